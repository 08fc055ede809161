"""Evidence spans checked (:func:`span_checks`): does each span hold the value it is evidence for; and gold
offsets of the input carried over to the cleaned text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from ._fold import fold


def _mapped_span(src: str | None, dst: str, start: int, end: int) -> tuple[int, int] | None:
    """Character offsets into ``src`` (the input) carried over to ``dst`` (the cleaned text), None when the span's
    text did not survive cleaning. Why: cleaning splits glued headlines and drops debris, so gold offsets of the
    input no longer index the text the evidence points into."""
    if src is None or src == dst:
        return start, end
    if not 0 <= start < end <= len(src):
        return None
    from difflib import SequenceMatcher

    for a, b, size in SequenceMatcher(None, src, dst, autojunk=False).get_matching_blocks():
        if a <= start and end <= a + size:
            return b + start - a, b + end - a
    return None


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    from crosstally.vocab import load_vocab

    words: dict[str, int] = {}
    try:
        entries = load_vocab("quantifiers")["entries"]
    except Exception:
        return words
    for k, v in (entries.get("numbers") or {}).items():
        if isinstance(v, int):
            words[str(k).lower()] = v
    for k, v in (entries.get("vague") or {}).items():
        val = v.get("value") if isinstance(v, dict) else v
        if isinstance(val, int):
            words[str(k).lower()] = val
    return words


def _numbers_in(text: str) -> set[int]:
    """Every figure a span states: digits, number words, vague phrases, tens-units, and their sum."""
    low = text.lower()
    found: list[int] = [int(d.replace(",", "")) for d in re.findall(r"\d[\d,]*", low) if d.replace(",", "").isdigit()]
    words = _number_words()
    tokens = re.findall(r"[a-z]+(?:-[a-z]+)?", low)
    for tok in tokens:
        parts = tok.split("-")
        if all(p in words for p in parts):
            found.append(sum(words[p] for p in parts))
        elif tok in words:
            found.append(words[tok])
    for phrase, val in words.items():
        if " " in phrase and re.search(rf"\b{re.escape(phrase)}\b", low):
            found.append(val)
    out = set(found)
    if found:
        out.add(sum(found))
    return out


@lru_cache(maxsize=1)
def _singular() -> tuple[frozenset[str], frozenset[str]]:
    from crosstally.vocab import load_vocab

    try:
        entries = load_vocab("eval_singular")["entries"]
    except Exception:
        return frozenset(), frozenset()
    return (frozenset(str(w).lower() for w in entries.get("pronouns") or []),
            frozenset(str(w).lower() for w in entries.get("person_nouns") or []))


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def names_one_person(span: str, text: str = "") -> bool:
    """Does a span without a figure still state one victim ('he was pronounced dead', 'a man was shot', 'Watkins
    was killed')? A proper name counts when the document never writes that word in lower case ('Profit' does not)."""
    pronouns, nouns = _singular()
    words = _WORD.findall(span)
    for w in words:
        low = w.lower().replace("’", "'")
        if low in pronouns or low in nouns:
            return True
        if low.endswith("'s") and low[:-2] in nouns:
            return True
    lowered = set(_WORD.findall(text)) if text else set()
    for w in words:
        if w[0].isupper() and len(w) > 1 and w.lower() not in lowered and w.lower() not in nouns:
            return True
    return False


def span_checks(contract: dict[str, Any]) -> list[tuple[str, bool]]:
    """(what, ok) per evidence span of counts, places, actors and dates: does the span hold the value?"""
    text = contract.get("text") or ""
    out: list[tuple[str, bool]] = []

    def spans(obj: dict[str, Any]) -> list[str] | None:
        res = []
        for s in obj.get("evidence") or []:
            a, b = s.get("start", -1), s.get("end", -1)
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                return None
            res.append(text[a:b])
        return res

    for ev in contract.get("events") or []:
        for c in ev.get("counts") or []:
            got = spans(c)
            if got is None:
                out.append(("count", False))
                continue
            for s in got:
                ok = c.get("low") in _numbers_in(s) or (c.get("low") == 1 and names_one_person(s, text))
                out.append(("count", ok))
        loc = ev.get("location")
        if loc:
            got = spans(loc)
            names = [n for n in (loc.get("name"), loc.get("mention")) if n]
            for s in got if got is not None else [None]:
                ok = s is not None and any(
                    fold(n) in fold(s) or fuzz.partial_ratio(fold(n), fold(s)) >= 85 for n in names
                )
                out.append(("place", ok))
        for a in ev.get("actors") or []:
            got = spans(a)
            mention = a.get("mention") or a.get("name") or ""
            for s in got if got is not None else [None]:
                out.append(("actor", s is not None and bool(mention) and fold(mention) in fold(s)))
        d = ev.get("date")
        if d:
            got = spans(d)
            phrase = d.get("phrase") or ""
            for s in got if got is not None else [None]:
                ok = s is not None and (not phrase or fold(phrase) in fold(s) or fold(s) in fold(phrase))
                out.append(("date", ok))
    return out
