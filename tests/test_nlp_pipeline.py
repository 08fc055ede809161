"""The spaCy pipeline: cached loading, the entity ruler's fixes, clear errors, phrase-only patterns."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from crosstally.errors import ConfigError
from crosstally.nlp import RULER_NAME, base_patterns, load_nlp, register_extensions


def test_load_nlp_is_cached_and_has_ruler_before_ner(nlp) -> None:
    assert load_nlp() is nlp
    names = nlp.pipe_names
    assert RULER_NAME in names
    assert names.index(RULER_NAME) < names.index("ner")


def test_unknown_model_raises_e002() -> None:
    with pytest.raises(ConfigError, match=r"\[E002\].*no_such_pipeline_xx"):
        load_nlp("no_such_pipeline_xx")


def test_ruler_fixes_hts_and_alawites(nlp) -> None:
    doc = nlp("HTS fighters entered the town. Alawites fled, and Alawite families hid while HTS searched homes.")
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("HTS", "ORG") in labels
    assert ("Alawites", "NORP") in labels
    # the model alone scatters these across PERSON/GPE; the ruler (or the actor KB's longer names) fixes them
    alawite = [e for e in doc.ents if "Alawite" in e.text]
    assert len(alawite) == 2 and all(e.label_ in ("NORP", "ORG") for e in alawite)
    hts = next(e for e in doc.ents if e.text == "HTS")
    assert hts._.ct_kb_id == "hts"


def test_places_from_the_seed_article_are_gpe(nlp, seed_text) -> None:
    doc = nlp(seed_text)
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}
    assert {"Latakia", "Tartus", "Damascus"} <= places


def test_register_extensions_is_idempotent() -> None:
    register_extensions()
    register_extensions()
    assert Doc.has_extension("ct_doc_id") and Span.has_extension("ct_kb_id")


def test_patterns_have_label_pattern_id() -> None:
    pats = base_patterns()
    assert pats and all({"label", "pattern"} <= set(p) for p in pats)


def test_ruler_matches_phrases_only(nlp) -> None:
    """The entity ruler's cost stays linear in the text: every pattern is a phrase (one PhraseMatcher pass), none a
    token pattern (each of those is tried at every token). Its speed against the plain model is measured by
    `make bench` ("spaCy + entity ruler"), not timed here: a timed test fails on a loaded machine."""
    ruler = nlp.get_pipe(RULER_NAME)
    assert ruler.phrase_patterns and not ruler.token_patterns
    assert all(isinstance(p["pattern"], str) for p in base_patterns())
