"""The place-word lists of data/gazetteer_extra.yaml, loaded once: articles, cues, kind hints, demonyms.

Why: every geo helper reads the same vocabulary; one loader keeps it data, not code.
"""

from __future__ import annotations

from functools import lru_cache

from ..vocab import load_vocab
from ._normalise import fold


@lru_cache(maxsize=1)
def _extra() -> dict:
    return load_vocab("gazetteer_extra")["entries"]


@lru_cache(maxsize=8)
def _listed(key: str) -> frozenset[str]:
    """One word list of data/gazetteer_extra.yaml as written ('articles', 'admin1_is_admin2'): not folded, unlike
    :func:`extra_words`, because these are matched case-sensitively (country codes, lower-case articles)."""
    return frozenset(str(w) for w in _extra().get(key) or ())


@lru_cache(maxsize=1)
def _near_cues() -> tuple[str, ...]:
    return tuple(sorted((str(c) for c in _extra().get("near_cues", [])), key=len, reverse=True))


@lru_cache(maxsize=1)
def _kind_hints() -> dict[str, str]:
    hints: dict[str, str] = {}
    for kind, words in (_extra().get("kind_hints") or {}).items():
        for w in words:
            hints[str(w).casefold()] = str(kind)
    return hints


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {str(w): str(cc) for cc, words in (_extra().get("demonyms") or {}).items() for w in words}


@lru_cache(maxsize=1)
def _admin1_terms() -> dict[str, frozenset[str]]:
    return {str(k).casefold(): frozenset(v or ()) for k, v in (_extra().get("admin1_terms") or {}).items()}


@lru_cache(maxsize=1)
def _demonyms_folded() -> frozenset[str]:
    return frozenset(fold(w) for w in _demonyms())
