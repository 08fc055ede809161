"""Resolving phrases that count from the publication date: weekdays, "the 12th", "N days ago", "last week".

Why apart from ``_written``: without a publication date none of these resolves; each kind of phrase has its own
function, picked by :data:`~._resolve._RESOLVERS`.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from ._calendar import _apply_prep, _mk, _num, _precision, _weekday_on_or_before
from ._phrase import _Phrase, _Resolved
from ._terms import _terms


def _ordinal_day(p: _Phrase) -> _Resolved | None:
    """'on the 12th': a day of the month of writing, or of the month before when the day is still ahead."""
    published = p.published
    d = int(p.g["d"])
    if published is None or not 1 <= d <= 31:
        return None
    y, mo = (published.year, published.month) if d <= published.day else (
        (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12))
    day = _mk(y, mo, d)
    if day is None:
        return None
    s, e = _apply_prep(p.prep, day, day, published)
    return s, e, _precision(s, e), 0.75


def _weekday(p: _Phrase) -> _Resolved | None:
    """'on Tuesday', 'last Friday', 'since Monday': the latest such weekday on or before publication."""
    t = _terms()
    g, prep, published = p.g, p.prep, p.published
    if published is None:
        return None
    day = _weekday_on_or_before(t.weekdays[g["wd"]] if g["wd"] in t.weekdays else t.weekdays[g["wd"].lower()],
                                published, strict=prep in ("last", "past", "on last"))
    s, e = _apply_prep(prep, day, day, published)
    return s, e, _precision(s, e) if prep == "since" else 1, 0.85


def _next_n(p: _Phrase) -> _Resolved | None:
    """'over the next 72 hours': forward from the story's last event-level day (the anchor), else publication."""
    g = p.g
    n = _num(g["n"])
    base = p.anchor or p.published
    if n is None or base is None:
        return None
    unit = g["unit"].lower()
    days = math.ceil(n / 24) if unit.startswith("hour") else n * 7 if unit.startswith("week") else n
    return base, base + timedelta(days=days), _precision(base, base + timedelta(days=days)), (
        0.75 if p.anchor else 0.4
    )


def _past_n(p: _Phrase) -> _Resolved | None:
    """'over the past 48 hours', 'in recent days' (three): the days up to publication."""
    g, published = p.g, p.published
    if published is None:
        return None
    if p.kind == "recent":
        n_days = 3
    else:
        n = _num(g["n"])
        if n is None:
            return None
        unit = g["unit"].lower()
        n_days = math.ceil(n / 24) if unit.startswith("hour") else n * 7 if unit.startswith("week") else n
    s = published - timedelta(days=n_days)
    return s, published, _precision(s, published), 0.7


def _ago(p: _Phrase) -> _Resolved | None:
    """'ten days ago': that day; 'two weeks ago': that day, a week's precision."""
    g = p.g
    n = _num(g["n"])
    if n is None or p.published is None:
        return None
    days = n * 7 if g["unit"].lower().startswith("week") else n
    day = p.published - timedelta(days=days)
    return day, day, 1 if not g["unit"].lower().startswith("week") else 2, 0.8  # "ten days ago": that day


def _rel_day(p: _Phrase) -> _Resolved | None:
    """'yesterday', 'last night' (the day before publication), 'today', 'this morning'."""
    published = p.published
    if published is None:
        return None
    w = " ".join(p.g["w"].lower().split())
    day = published - timedelta(days=1) if w in ("yesterday", "last night") else published
    return day, day, 1, 0.8


def _overnight(p: _Phrase) -> _Resolved | None:
    """A bare 'overnight': the night before publication, at lower confidence (a named day later wins)."""
    if p.published is None:
        return None
    day = p.published - timedelta(days=1)
    return day, day, 1, 0.6


def _weekend(p: _Phrase) -> _Resolved | None:
    """'over the weekend': the Saturday and Sunday on or before publication."""
    published = p.published
    if published is None:
        return None
    sat = _weekday_on_or_before(5, published)
    return sat, min(sat + timedelta(days=1), published), 2, 0.7


def _rel_period(p: _Phrase) -> _Resolved | None:
    """'last week', 'this month', 'the past year', 'earlier this week': a calendar period near publication."""
    g, published = p.g, p.published
    if published is None:
        return None
    w = " ".join(g["w"].lower().split())
    unit = g["unit"].lower()
    past = w in ("last", "past", "previous")
    if w == "past" and unit in ("week", "month", "year"):  # "the past month": the last 30 days
        n_days = {"week": 7, "month": 30, "year": 365}[unit]
        s = published - timedelta(days=n_days)
        return s, published, _precision(s, published), 0.6
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        if past:
            return monday - timedelta(days=7), monday - timedelta(days=1), 2, 0.7
        return monday, published, 2, 0.7
    if unit == "weekend":
        sat = _weekday_on_or_before(5, published, strict=past)
        return sat, min(sat + timedelta(days=1), published), 2, 0.7
    if unit == "month":
        if past:
            last_m = published.replace(day=1) - timedelta(days=1)
            return last_m.replace(day=1), last_m, 3, 0.7
        return published.replace(day=1), published, 3, 0.7
    y = published.year - 1 if past else published.year
    return date(y, 1, 1), date(y, 12, 31) if past else published, 3, 0.6
