"""Claims joined into one: a weekday with its bracketed date, two weekdays joined, one night across two dates.

Why: read apart, "on Wednesday (29/07)" is two claims and "on Tuesday and Wednesday" two one-day events; joined,
each is the one date (or span of days) the writer meant, with one evidence span.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ...records import DateClaim, Span
from ._grammar import _WEEKDAY_KINDS
from ._terms import METHOD, _terms

_BRACKETED = re.compile(r"\s*[(\[]\s*")


def _merge_bracketed(
    taken: list[tuple[int, int, str, re.Match[str]]], text: str
) -> list[tuple[int, int, str, re.Match[str]]]:
    """'on Wednesday (29/07)', 'last Friday [16 August]': the bracketed date says which Wednesday; the weekday
    phrase is dropped and the bracketed date's span grows back to cover it (one claim, one evidence span)."""
    out: list[tuple[int, int, str, re.Match[str]]] = []
    i = 0
    while i < len(taken):
        cur = taken[i]
        nxt = taken[i + 1] if i + 1 < len(taken) else None
        if (nxt is not None and cur[2] in _WEEKDAY_KINDS and nxt[2] not in _WEEKDAY_KINDS
                and nxt[2] in ("dmy", "mdy", "iso", "num", "num_y") and _BRACKETED.fullmatch(text[cur[1] : nxt[0]])):
            out.append((cur[0], nxt[1], nxt[2], nxt[3]))
            i += 2
            continue
        out.append(cur)
        i += 1
    return out



_WEEKDAY_JOIN = re.compile(r"\s*(?:,?\s*and|to|through|until|-|\u2013)\s+(?:on\s+)?\s*|\s*[-\u2013]\s*")
_BETWEEN_BEFORE = re.compile(r"(?i:\b(?:between|from)\s+)$")
_WEEKDAY_PHRASE = re.compile(r"[A-Za-z]+")


def _weekday_of(claim: DateClaim) -> int | None:
    """The weekday a day-precision weekday phrase names ("on Tuesday", "late Saturday"), else None."""
    if claim.precision != 1 or claim.start != claim.end or re.search(r"\d", claim.phrase or ""):
        return None
    wd = _terms().weekdays
    return next((wd[w] for w in _WEEKDAY_PHRASE.findall(claim.phrase or "") if w in wd), None)


_NIGHT_PHRASE = re.compile(r"(?i:(?:on\s+)?the\s+night\s+of|overnight)\b")
_NIGHT_BEFORE = re.compile(r"(?i:\b(?:night|overnight)\s+(?:of\s+)?(?:the\s+)?)$")


def _night_spans(text: str, out: list[DateClaim]) -> list[DateClaim]:
    """'on the night of May 28-29', 'overnight 22-23 October': one night across two dates is the day it began, at
    day precision, not a two-day span (as 'overnight Thursday into Friday' is Thursday)."""
    res = []
    for c in out:
        if (c.evidence and (c.end - c.start).days == 1 and c.precision == 2
                and (_NIGHT_BEFORE.search(text, max(0, c.evidence[0].start - 30), c.evidence[0].start) or (
                    c.method.endswith("+weekday_span") and _NIGHT_PHRASE.match(c.phrase or "")))):
            c = replace(c, end=c.start, precision=1, method=c.method + "+night")
        res.append(c)
    return res


def _weekday_spans(text: str, out: list[DateClaim], published: date | None) -> list[DateClaim]:
    """'on Tuesday and Wednesday', 'between Friday and Sunday': two weekdays joined are one span of days, dated by
    its first day at precision 2 (ACLED: an event over a few days), not two separate days.

    Why: read apart, the first weekday alone reads as a one-day event (date_probe2), and the second weekday was
    counted back from publication, not from the first."""
    res: list[DateClaim] = []
    i = 0
    while i < len(out):
        a = out[i]
        b = out[i + 1] if i + 1 < len(out) else None
        wa, wb = _weekday_of(a), (_weekday_of(b) if b is not None else None)
        if (b is not None and wa is not None and wb is not None and wa != wb and a.evidence and b.evidence
                and a.confidence >= 0.5 and b.confidence >= 0.5
                and _WEEKDAY_JOIN.fullmatch(text[a.evidence[0].end : b.evidence[0].start])):
            gap = (wb - wa) % 7
            start, end = b.start - timedelta(days=gap), b.end
            lead = _BETWEEN_BEFORE.search(text, max(0, a.evidence[0].start - 10), a.evidence[0].start)
            s0 = lead.start() if lead is not None else a.evidence[0].start
            res.append(DateClaim(start=start, end=end, precision=2, evidence=[Span(s0, b.evidence[0].end)],
                                 phrase=text[s0 : b.evidence[0].end], method=METHOD + "+weekday_span",
                                 confidence=min(a.confidence, b.confidence)))
            i += 2
            continue
        res.append(a)
        i += 1
    return res
