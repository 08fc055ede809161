"""Day arithmetic for resolving a phrase: numbers, valid days, the year of a year-less date, month parts.

Why apart from the resolvers: year inference ("the latest such day not after publication"), the day-first reading
of numerals and "since X" runs are shared by every kind of phrase and decide most of what a date resolves to.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ._terms import _terms


def _num(s: str) -> int | None:
    s = " ".join(s.lower().split())
    if s.isdigit():
        return int(s)
    return _terms().numbers.get(s)


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _mk(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, published: date | None, year_hint: int | None) -> int | None:
    """The year of a day-month with no year: the latest one not after publication."""
    if published is not None:
        y = published.year
        got = _mk(y, m, min(d, 28))
        if got is not None and got > published + timedelta(days=1):
            y -= 1
        return y
    return year_hint


def _year_of(text: str | None, published: date | None) -> int | None:
    """A written year; two digits are this century unless that would be after publication ("08" → 2008)."""
    if not text:
        return None
    y = int(text)
    if len(text) == 4:
        return y
    this = (published or date.today()).year
    return 2000 + y if 2000 + y <= this + 1 else 1900 + y


def _numeric_day(a: int, b: int, y: int | None, published: date | None, year_hint: int | None) -> date | None:
    """The day meant by "a/b": day first unless only month first is valid; with a publication date the valid
    reading nearest on or before it wins (the news convention: a report tells of its own recent days)."""
    readings: list[date] = []
    for d, m in ((a, b), (b, a)):
        if not (1 <= m <= 12 and 1 <= d <= 31):
            continue
        yy = y if y is not None else _infer_year(m, d, published, year_hint)
        got = _mk(yy, m, d) if yy is not None else None
        if got is not None and got not in readings:
            readings.append(got)
    if not readings:
        return None
    if published is not None and len(readings) > 1:
        before = [r for r in readings if r <= published + timedelta(days=1)]
        if before:
            return max(before)
    return readings[0]


def _precision(start: date, end: date) -> int:
    n = (end - start).days
    return 1 if n == 0 else 2 if n <= 7 else 3


def _weekday_on_or_before(wd: int, ref: date, strict: bool = False) -> date:
    back = (ref.weekday() - wd) % 7
    if strict and back == 0:
        back = 7
    return ref - timedelta(days=back)


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _part_range(y: int, m: int, part: str | None) -> tuple[date, date]:
    last = _last_day(y, m)
    p = (part or "").lower().strip(" -")
    if p == "early" or "beginning" in p or "start" in p:
        return date(y, m, 1), date(y, m, 10)
    if p == "mid":
        return date(y, m, 11), date(y, m, 20)
    if p == "late" or "end" in p:
        return date(y, m, 21), date(y, m, last)
    return date(y, m, 1), date(y, m, last)


def _apply_prep(prep: str | None, start: date, end: date, published: date | None) -> tuple[date, date]:
    """'since X' runs from X to publication; other prepositions keep the date itself."""
    p = (prep or "").lower().strip()
    if p == "since" and published is not None and published >= start:
        return start, published
    return start, end
