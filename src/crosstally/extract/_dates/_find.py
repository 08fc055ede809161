"""The reading pass: every date phrase in a text, each resolved on its own, then joined and shifted.

Why one entry point: the order matters (grammar, guards, bracketed joins, resolving with the year hint and the
"next N days" anchor, weekday spans, nights, follow-ups, "overnight", then spaCy entities) and is kept in one place.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from ...records import DateClaim, Span
from ._context import TALLY_CONFIDENCE, _tally_lead, is_background
from ._entities import _from_entities
from ._follow_ups import _overnight_yields, _shift_relative
from ._grammar import _patterns
from ._joins import _merge_bracketed, _night_spans, _weekday_spans
from ._not_dates import _skip
from ._resolve import _resolve
from ._terms import METHOD

YEAR_HINT_CHARS = 200  # how far before a year-less date a written year still applies


def _years_in(text: str) -> list[tuple[int, int]]:
    return [(mm.start(), int(mm.group())) for mm in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)]



def find_dates(text: str, published: date | None, sdoc: Doc | None = None) -> list[DateClaim]:
    """Every date phrase in ``text``, resolved on its own against ``published``.

    Phrases that resolve after ``published`` are kept with confidence 0.2 (a reader may want them; event_date
    never picks them). Without ``published`` relative phrases ("on Thursday", "last week") are skipped.
    """
    years = _years_in(text)
    taken: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pat in _patterns():
        for m in pat.finditer(text):
            s, e = m.span()
            # an earlier kind (or an earlier match) already claims part of this stretch: the first claim wins
            if any(s < te and ts < e for ts, te, _, _ in taken):
                continue
            if _skip(kind, m, text, tuple(te for _, te, k, _ in taken if k in ("num", "num_range"))):
                continue
            taken.append((s, e, kind, m))
    taken.sort(key=lambda x: x[0])
    taken = _merge_bracketed(taken, text)
    out: list[DateClaim] = []
    anchor: date | None = None
    for s, e, kind, m in taken:
        # Without a publication date, a month or day with no year takes the year only from a year written just
        # before it: a year elsewhere in the text ("as he put it in 2015") is context, not this event's year.
        hint = None
        if published is None:
            hint = next((y for pos, y in reversed(years) if s - YEAR_HINT_CHARS <= pos < s), None)
        got = _resolve(kind, m, published, hint, anchor)
        if got is None:
            continue
        start, end, prec, conf = got
        if published is not None and start > published:
            conf = 0.2
        elif _tally_lead().search(text, max(0, s - 30), s):
            conf = min(conf, TALLY_CONFIDENCE)  # "per figures of 5 November": the tally's day, not the event's
        claim = DateClaim(start=start, end=end, precision=prec, evidence=[Span(s, e)], phrase=text[s:e],
                          method=METHOD, confidence=conf)
        out.append(claim)
        if conf >= 0.5 and not is_background(claim, published) and kind != "next_n":
            anchor = start
    out = _night_spans(text, _weekday_spans(text, out, published))
    out = _shift_relative(text, out, published)
    out = _overnight_yields(text, out)
    if sdoc is not None and published is not None:
        out.extend(_from_entities(text, sdoc, published, out))
        out.sort(key=lambda c: c.evidence[0].start)
    return out
