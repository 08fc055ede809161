"""The fallback: spaCy DATE entities the grammar missed, resolved with dateparser.

Why apart: it is the only reader that needs the parse and a third-party parser, and it must not take back what
the guards refused ("in August Town").
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ...records import DateClaim, Span
from ._calendar import _last_day
from ._not_dates import _PLACE_BEFORE, _name_follows
from ._terms import _B, _E, METHOD, _terms


@lru_cache(maxsize=1)
def _dd_parser_cls() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser


_PERIOD_PRECISION = {"time": 1, "day": 1, "week": 2, "month": 3, "year": 3}


def _from_entities(text: str, sdoc: Doc, published: date, have: list[DateClaim]) -> list[DateClaim]:
    """spaCy DATE entities the grammar missed, resolved with dateparser; only ones naming a month or weekday.

    A bare year ("2015 was a long time ago", "ISIS 2015") is never taken from an entity alone.
    """
    t = _terms()
    names = re.compile(rf"{_B}(?:{t.full_month_re}|{t.weekday_re}){_E}")
    spans = [(c.evidence[0].start, c.evidence[0].end) for c in have]
    out: list[DateClaim] = []
    parser = None
    for ent in sdoc.ents:
        if ent.label_ != "DATE" or not names.search(ent.text):
            continue
        s, e = ent.start_char, ent.end_char
        if any(s < he and hs < e for hs, he in spans) or text[s:e] != ent.text:
            continue
        if (ent.text in t.months or ent.text in t.weekdays) and _name_follows(text, e) and _PLACE_BEFORE.search(
                text, max(0, s - 10), s):
            continue  # "in August Town": a place's name, not a month
        if parser is None:
            base = datetime(published.year, published.month, published.day, 12)
            parser = _dd_parser_cls()(languages=["en"], settings={
                "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False})
        try:
            data = parser.get_date_data(ent.text)
        except Exception:  # dateparser raises on odd input; an unresolvable entity is simply not a date
            continue
        if data is None or data.date_obj is None:
            continue
        day = data.date_obj.date()
        prec = _PERIOD_PRECISION.get(data.period or "day", 3)
        start, end = day, day
        if prec == 3 and data.period == "month":
            start, end = day.replace(day=1), day.replace(day=_last_day(day.year, day.month))
        elif data.period == "year":
            start, end = date(day.year, 1, 1), date(day.year, 12, 31)
        conf = 0.5 if start <= published else 0.2
        out.append(DateClaim(start=start, end=end, precision=prec, evidence=[Span(s, e)], phrase=ent.text,
                             method=METHOD, confidence=conf))
    return out
