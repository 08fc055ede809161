"""The framing lexicons, compiled once per spaCy vocabulary into phrase matchers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..vocab import load_vocab


@dataclass(frozen=True, slots=True)
class Term:
    lexicon: str  # event | actor | hedge
    term: str
    category: str  # event category, actor role, or hedge kind


@lru_cache(maxsize=1)
def terms() -> dict[str, Term]:
    """label → Term for every variant of every lexicon."""
    out: dict[str, Term] = {}
    for e in load_vocab("framing_event_terms")["entries"]:
        out[f"event|{e['term']}"] = Term("event", e["term"], e["category"])
    for e in load_vocab("framing_actor_terms")["entries"]:
        out[f"actor|{e['term']}"] = Term("actor", e["term"], e["role"])
    for e in load_vocab("framing_hedges")["entries"]:
        out[f"hedge|{e['term']}"] = Term("hedge", e["term"], e["kind"])
    return out


@lru_cache(maxsize=1)
def agency_lemmas() -> dict[str, frozenset[str]]:
    """kind (verbs / intransitive / nominalisations) → lemmas."""
    return {e["kind"]: frozenset(x.casefold() for x in e["lemmas"]) for e in load_vocab("framing_agency")["entries"]}


@lru_cache(maxsize=1)
def voices() -> dict[str, str]:
    """speaker_type → voice class."""
    return {e["speaker_type"]: e["voice"] for e in load_vocab("framing_voices")["entries"]}


_MATCHERS: dict[int, PhraseMatcher] = {}


def _matcher(nlp_vocab_owner: Doc) -> PhraseMatcher:
    vocab = nlp_vocab_owner.vocab
    m = _MATCHERS.get(id(vocab))
    if m is not None:
        return m
    m = PhraseMatcher(vocab, attr="LOWER")
    from spacy.lang.en import English

    tok = English(vocab=vocab).tokenizer  # tokenizer only: patterns need no tagging
    files = (("event", "framing_event_terms"), ("actor", "framing_actor_terms"), ("hedge", "framing_hedges"))
    for lex, name in files:
        for e in load_vocab(name)["entries"]:
            variants = {e["term"], *e.get("variants", [])}
            m.add(f"{lex}|{e['term']}", [tok(v) for v in sorted(variants)])
    _MATCHERS[id(vocab)] = m
    return m


def match(sdoc: Doc) -> dict[str, list[tuple[Term, Span]]]:
    """Lexicon hits per lexicon, longest match winning inside each lexicon."""
    table = terms()
    found: dict[str, list[Span]] = {"event": [], "actor": [], "hedge": []}
    for match_id, start, end in _matcher(sdoc)(sdoc):
        label = sdoc.vocab.strings[match_id]
        found[label.split("|", 1)[0]].append(Span(sdoc, start, end, label=label))
    return {lex: [(table[s.label_], s) for s in filter_spans(spans)] for lex, spans in found.items()}

