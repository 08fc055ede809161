"""The speech verbs (``data/speech_verbs.yaml``) and the known outlets and bodies (``data/news_sources.yaml``),
built once into the tables every other module of the package reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...vocab import load_vocab


@dataclass(frozen=True, slots=True)
class _Source:
    name: str
    type: str
    country: str | None


@dataclass(frozen=True, slots=True)
class _Vocab:
    verbs: frozenset[str]
    phrase_only: frozenset[str]
    statement_nouns: frozenset[str]
    body_nouns: frozenset[str]
    cues: tuple[tuple[str, frozenset[str]], ...]
    aliases: dict[str, _Source]
    alias_re: re.Pattern[str]
    toll_verbs: frozenset[str]
    toll_nouns: frozenset[str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    sv = load_vocab("speech_verbs")["entries"]
    ns = load_vocab("news_sources")["entries"]
    aliases: dict[str, _Source] = {}
    for e in ns:
        src = _Source(e["name"], e["type"], e.get("country"))
        for a in [e["name"], *(e.get("aliases") or [])]:
            a = re.sub(r"^the\s+", "", a)  # "the BBC" → "BBC"; titles such as "The Standard" stay whole
            aliases.setdefault(a, src)
    alts = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return _Vocab(
        verbs=frozenset(sv["verbs"]),
        phrase_only=frozenset(sv["phrase_only"]),
        statement_nouns=frozenset(sv["statement_nouns"]),
        body_nouns=frozenset(sv["body_nouns"]),
        cues=tuple((k, frozenset(v)) for k, v in sv["speaker_cues"].items()),
        aliases=aliases,
        alias_re=re.compile(rf"(?<![\w.])(?:{alts})(?![\w])"),
        toll_verbs=frozenset(sv.get("toll_verbs") or ()),
        toll_nouns=frozenset(sv.get("toll_nouns") or ()),
    )
