"""Resolving one matched phrase to (start, end, precision, confidence), by its kind.

Why a table: each kind of phrase ("num", "dmy", "weekday", "rel_period", ...) is resolved by its own small function
in ``_written`` (the phrase writes its calendar) or ``_relative`` (it counts from publication); a kind with no
entry resolves to nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ._phrase import _Phrase, _Resolved
from ._relative import (
    _ago,
    _next_n,
    _ordinal_day,
    _overnight,
    _past_n,
    _rel_day,
    _rel_period,
    _weekday,
    _weekend,
)
from ._written import (
    _day_range,
    _month,
    _month_year,
    _named_day,
    _named_shift,
    _numeric,
    _week_of,
    _written_day,
    _year,
)

_RESOLVERS: dict[str, Callable[[_Phrase], _Resolved | None]] = {
    "num": _numeric, "num_range": _numeric, "num_y": _numeric,
    "range_dm": _day_range, "range_md": _day_range, "range_dmdm": _day_range,
    "iso": _written_day, "dmy": _written_day, "mdy": _written_day,
    "week_of": _week_of,
    "ordinal_day": _ordinal_day,
    "named_shift": _named_shift,
    "named_day": _named_day,
    "month_year": _month_year,
    "weekday": _weekday, "weekday_any": _weekday,
    "next_n": _next_n,
    "past_n": _past_n, "recent": _past_n,
    "ago": _ago,
    "rel_day": _rel_day,
    "overnight": _overnight,
    "weekend": _weekend,
    "rel_period": _rel_period,
    "month": _month,
    "year": _year,
}


def _resolve(
    kind: str, m: re.Match[str], published: date | None, year_hint: int | None, anchor: date | None
) -> tuple[date, date, int, float] | None:
    """(start, end, precision, confidence) for one matched phrase, or None when it cannot be resolved."""
    fn = _RESOLVERS.get(kind)
    if fn is None:
        return None
    g = m.groupdict()
    prep = " ".join((g.get("prep") or "").lower().strip(" -\n\t").split())
    return fn(_Phrase(kind, g, prep, published, year_hint, anchor))
