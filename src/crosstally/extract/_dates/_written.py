"""Resolving phrases that write their day, month or year: numerals, day-month ranges, named days, months, years.

Why apart from ``_relative``: these name the calendar themselves and need the publication date only to infer a
missing year; each kind of phrase has its own function, picked by :data:`~._resolve._RESOLVERS`.
"""

from __future__ import annotations

from datetime import date, timedelta

from ._calendar import (
    _apply_prep,
    _day,
    _infer_year,
    _last_day,
    _mk,
    _numeric_day,
    _part_range,
    _precision,
    _year_of,
)
from ._phrase import _Phrase, _Resolved
from ._terms import _terms


def _numeric(p: _Phrase) -> _Resolved | None:
    """'on 29/12', 'the night of 13-14/03', '20.3.2008': read day first; a range runs from its first day."""
    g, published = p.g, p.published
    y = _year_of(g.get("y"), published)
    end_day = _numeric_day(int(g["a"]), int(g["b"]), y, published, p.year_hint)
    if end_day is None:
        return None
    start_day = end_day
    if p.kind == "num_range":
        start_day = _mk(end_day.year, end_day.month, int(g["d1"])) or end_day
        if start_day > end_day:
            return None
    s, e = _apply_prep(p.prep, start_day, end_day, published)
    prec = 2 if p.hedged else _precision(s, e)
    return s, e, prec, 0.9 if g.get("y") else 0.8


def _day_range(p: _Phrase) -> _Resolved | None:
    """'between 6 and 10 March', 'March 6-10', '28 February to 2 March': a span of written days."""
    t = _terms()
    g, published = p.g, p.published
    mo = t.months[g["m"]]
    mo1 = t.months[g["m1"]] if g.get("m1") else mo
    d1, d2 = _day(g["d1"]), _day(g["d2"])
    y = int(g["y"]) if g.get("y") else _infer_year(mo, d2, published, p.year_hint)
    if y is None:
        return None
    s = _mk(y if mo1 <= mo else y - 1, mo1, d1)
    e = _mk(y, mo, d2)
    if s is None or e is None or e < s:
        return None
    return s, e, _precision(s, e), 0.9


def _written_day(p: _Phrase) -> _Resolved | None:
    """'2020-03-21', 'On 21 March 2020', 'Wednesday, Dec. 2': one written day."""
    t = _terms()
    g, published = p.g, p.published
    if p.kind == "iso":
        y, mo, d = int(g["y"]), int(g["mm"]), int(g["d"])
    else:
        mo, d = t.months[g["m"]], _day(g["d"])
        y = int(g["y"]) if g.get("y") else _infer_year(mo, d, published, p.year_hint)  # type: ignore[assignment]
        if y is None:
            return None
    day = _mk(y, mo, d)
    if day is None:
        return None
    s, e = _apply_prep(p.prep, day, day, published)
    prec = _precision(s, e)
    if p.hedged:
        prec = 2  # ACLED: "as reported on" dates the report, the event is on or shortly before it
    conf = 0.95 if g.get("y") or p.kind == "iso" else 0.85
    return s, e, prec, conf


def _week_of(p: _Phrase) -> _Resolved | None:
    """'the first week of March', 'the last week of June 2021': seven days of a month."""
    t = _terms()
    g = p.g
    mo = t.months[g["m"]]
    y = int(g["y"]) if g.get("y") else _infer_year(mo, 1, p.published, p.year_hint)
    if y is None:
        return None
    nth = g["nth"].lower()
    last = _last_day(y, mo)
    first = last - 6 if nth in ("last", "final") else 1 + 7 * ("first", "second", "third", "fourth").index(nth)
    return date(y, mo, first), date(y, mo, first + 6), 2, 0.85


def _named_shift(p: _Phrase) -> _Resolved | None:
    """'the morning after Christmas', 'the night before New Year's Eve': a day from a named day."""
    t = _terms()
    g, published = p.g, p.published
    nd = " ".join(g["nd"].split())
    mo, d = t.named_days.get(nd) or t.shift_days[nd]  # the grammar matches only these two tables' names
    shift = 1 if g["dir"].lower() == "after" else -1
    y = _infer_year(mo, d, published, p.year_hint)
    day = _mk(y, mo, d) if y is not None else None
    if day is None:
        return None
    day += timedelta(days=shift)
    if published is not None and day > published and y is not None:
        day = (_mk(y - 1, mo, d) or day) + timedelta(days=shift)
    return day, day, 1, 0.85


def _named_day(p: _Phrase) -> _Resolved | None:
    """'on Christmas Day', 'the Fourth of July': a named day of the latest year not after publication."""
    t = _terms()
    mo, d = t.named_days[p.g["nd"]]
    y = _infer_year(mo, d, p.published, p.year_hint)
    day = _mk(y, mo, d) if y is not None else None
    if day is None:
        return None
    s, e = _apply_prep(p.prep, day, day, p.published)
    return s, e, _precision(s, e), 0.85


def _month_year(p: _Phrase) -> _Resolved | None:
    """'March 2020', 'late March 2020': a month, or its early, mid or late part."""
    t = _terms()
    g = p.g
    s, e = _part_range(int(g["y"]), t.months[g["m"]], g.get("part"))
    s, e = _apply_prep(p.prep, s, e, p.published)
    return s, e, 3, 0.85


def _month(p: _Phrase) -> _Resolved | None:
    """'in March', 'since early March', 'last June': the latest such month; the current one runs to publication."""
    t = _terms()
    g, prep, published = p.g, p.prep, p.published
    mo = t.months[g["m"]]
    if published is not None:
        y = published.year if mo <= published.month else published.year - 1
        if prep == "last" and mo == published.month:
            y -= 1
    elif p.year_hint is not None:
        y = p.year_hint
    else:
        return None
    part = prep if prep in ("early", "mid", "late") or "end" in prep or "beginning" in prep else None
    s, e = _part_range(y, mo, part)
    s, e = _apply_prep((g.get("pre") or prep).lower().strip(), s, e, published)
    if published is not None and s <= published < e:
        e = published  # the current month so far
    return s, e, 3, 0.7


def _year(p: _Phrase) -> _Resolved | None:
    """'in 2015', 'since 2019': a whole year (background unless the story is that recent)."""
    y = int(p.g["y"])
    if not 1800 <= y <= 2100:
        return None
    s, e = date(y, 1, 1), date(y, 12, 31)
    s, e = _apply_prep(p.prep, s, e, p.published)
    return s, e, 3, 0.6
