"""crosstally's spaCy components, registered the spaCy way (``Language.factory``) exactly once.

The entity ruler runs before ``ner`` so that actor and place names from the knowledge bases (and the fixes
in ``data/nlp_entity_patterns.yaml``) get one stable label the statistical model cannot scatter.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span, Token

from ..vocab import load_vocab
from ._cache import cached_patterns

log = logging.getLogger(__name__)

RULER_NAME = "crosstally_entity_ruler"
_REGISTERED = False
_EXTENSIONS = False


def register_extensions() -> None:
    """Add crosstally's ``ct_``-prefixed attributes to Doc/Span/Token; safe to call many times."""
    global _EXTENSIONS
    if _EXTENSIONS:
        return
    if not Doc.has_extension("ct_doc_id"):
        Doc.set_extension("ct_doc_id", default=None)
    if not Doc.has_extension("ct_published"):
        Doc.set_extension("ct_published", default=None)
    if not Span.has_extension("ct_kb_id"):
        Span.set_extension("ct_kb_id", getter=lambda span: span.ent_id_ or None)
    if not Token.has_extension("ct_count_kind"):
        Token.set_extension("ct_count_kind", default=None)
    _EXTENSIONS = True


def _optional_patterns(module: str) -> list[dict[str, Any]]:
    """Patterns from another stage's knowledge base; tolerated absent while that stage is being built."""
    try:
        mod = __import__(f"crosstally.{module}", fromlist=["entity_patterns"])
        fn = getattr(mod, "entity_patterns", None)
        if fn is None:
            return []
        pats = list(fn())
    except Exception as exc:  # the other stage may not be installed or may fail to load its data
        log.warning("crosstally.%s.entity_patterns() unavailable: %s", module, exc)
        return []
    return [p for p in pats if isinstance(p, dict) and "label" in p and "pattern" in p]


def base_patterns() -> list[dict[str, Any]]:
    """The ruler's patterns: the pipeline's own fixes, then actors, then places (first one wins on overlap)."""
    own = [dict(e) for e in load_vocab("nlp_entity_patterns")["entries"]]
    return own + _optional_patterns("actors") + _optional_patterns("geo")


def unique_patterns() -> list[dict[str, Any]]:
    """``base_patterns()`` without repeats of the same (pattern, label): the first one (and its id) wins."""
    seen: set[tuple[str, str]] = set()
    unique = []
    for p in base_patterns():
        key = (str(p["pattern"]), str(p["label"]))
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def register_factories() -> None:
    """Register the component factories once per process."""
    global _REGISTERED
    if _REGISTERED or Language.has_factory(RULER_NAME):
        _REGISTERED = True
        return

    @Language.factory(
        RULER_NAME,
        assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
        requires=["token.text"],
        default_config={"overwrite_ents": True},
    )
    def make_ruler(nlp: Language, name: str, overwrite_ents: bool) -> EntityRuler:
        ruler = EntityRuler(nlp, name=name, phrase_matcher_attr="ORTH", overwrite_ents=overwrite_ents)
        model = f"{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"
        unique = cached_patterns(unique_patterns, model=model)
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(unique)
        return ruler

    _REGISTERED = True
