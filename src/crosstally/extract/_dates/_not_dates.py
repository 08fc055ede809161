"""Matched phrases that are no date: newspaper titles, fractions, percentages, a day ahead, a place's name.

Why: the grammar matches on form alone; these guards read the words around a match ("next Tuesday", "1/4",
"in August Town", "Monday Night Football") before it becomes a claim.
"""

from __future__ import annotations

import re

from ._grammar import _WEEKDAY_KINDS
from ._terms import _terms


def _skip(kind: str, m: re.Match[str], text: str, ends: tuple[int, ...] = ()) -> bool:
    """False-positive guards: newspaper titles, percentages, ages, fractions; ``ends``: where numeral dates
    already taken end."""
    t = _terms()
    if kind in _WEEKDAY_KINDS and re.search(r"(?i:\b(?:next|coming|following))\s+$", text[max(0, m.start() - 12) : m.start()]):
        return True  # "next Tuesday", "the coming Friday": a day ahead, never this report's event
    if kind == "weekday":
        nxt = re.match(r"\s+([A-Z][A-Za-z]+)", text[m.end():])
        if nxt and nxt.group(1) in t.title_words:
            return True
        if not m.group("prep") and m.start() > 0 and text[m.start() - 1 : m.start()] in ("'", "’") and (
            text[m.start() - 2 : m.start() - 1].isalpha()
        ):
            return True
    if kind in ("month", "weekday") and _names_a_place(kind, m, text):
        return True
    if kind == "weekday_any":
        nxt = re.match(r"\s+([A-Z][A-Za-z]+)", text[m.end():])
        if nxt and nxt.group(1) in t.title_words:
            return True
    if kind in ("num", "num_range"):
        if m.group("y"):
            return False
        if f"{m.group('a')}/{m.group('b')}" in t.not_numeric:  # "01/04" is a date, "1/4" a fraction
            return True
        bracket = text[max(0, m.start() - 1) : m.start()] in ("(", "[")
        prep = (m.group("prep") or "").lower()
        if prep in ("and", "to"):  # "09/10 and 10/10": only right after another numeral date
            return not any(0 <= m.start() - e <= 2 for e in ends)
        return not (prep or bracket)
    if kind in ("dmy", "range_dm"):
        after = text[m.end(): m.end() + 10].lower()
        if after.lstrip().startswith(("percent", "%", "per cent")):
            return True
    return False


_PLACE_BEFORE = re.compile(r"(?:^|[^A-Za-z])(?:in|at|near|outside|from|of|around)\s+$")
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")


def _name_follows(text: str, end: int) -> bool:
    """A capitalised word (not a month, weekday or part of the day) right after ``end``."""
    nxt = _NAME_AFTER.match(text, end)
    if nxt is None:
        return False
    t = _terms()
    word = nxt.group(1)
    return not (word in t.months or word in t.weekdays or word.lower() in t.weekdays
                or re.fullmatch(t.part_re, word.lower()))


def _names_a_place(kind: str, m: re.Match[str], text: str) -> bool:
    """'in August Town', 'in May Pen', 'near Friday Harbor': a month or weekday name followed by a capitalised word
    in running (not title-case) text is the first word of a place's name, not a date.

    Why: a neighbourhood read as a month dated a Kingston shooting to the August before (linking round 7). Not when
    the next word is a month, a weekday or a part of the day ("Friday Morning"), nor in a title-case heading (the
    preposition capitalised: "Killed In August Raid").
    """
    if not _name_follows(text, m.end()):
        return False
    if kind == "month":
        prep = m.group("prep") or ""
        return prep[:1].islower() and m.group("pre") is None and prep.split()[0].lower() in ("in", "near", "at", "of",
                                                                                           "from")
    if m.group("prep") or m.group("part"):
        return False
    return _PLACE_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None
