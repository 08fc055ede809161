"""One matched phrase as the resolvers see it: its kind, its groups, its leading word and what it may lean on.

Why a record: every kind of phrase is resolved by its own small function (``_written``, ``_relative``); they share
the normalised leading word ("since", "as reported on"), the publication date, the year hint and the anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ._terms import _terms

_Resolved = tuple[date, date, int, float]  # (start, end, precision, confidence)


@dataclass(frozen=True, slots=True)
class _Phrase:
    kind: str
    g: dict[str, Any]
    prep: str  # the leading word, lower case, white space folded ("" when none)
    published: date | None
    year_hint: int | None  # a year written just before, used when there is no publication date
    anchor: date | None  # the story's last event-level day: "over the next 72 hours" counts from it

    @property
    def hedged(self) -> bool:
        """'as reported on X' dates the report, 'on or before X' bounds the event: both keep X at precision 2."""
        t = _terms()
        report = bool(self.prep) and re.fullmatch(t.report_re, self.prep) is not None
        approx = bool(self.prep) and re.fullmatch(t.approx_re, self.prep) is not None
        return report or approx
