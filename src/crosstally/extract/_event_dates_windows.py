"""Dates read around a window: a day within a relative window (_day_in_window, _day_within), a running toll's
period (_since, _running_date, "by 11 March"), a heading's date, the document's one date (_anywhere) and a date
told wider than the trigger's sentence (_wide_date).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta
from typing import Any

from spacy.tokens import Doc, Span

from ..records import DateClaim
from ._doc_basics import doc_text
from ._event_dates_excluded import _SAID_BEFORE, _dates_a_statement, _day

_HEADING_AFTER = re.compile(r"\s*:")


def _heading_date(dates: list[DateClaim], text: str, published: Any) -> DateClaim | None:
    """A note opening with a dated heading ("07 September: ...") is coded on that day, whatever days its body
    goes on to name ("on September 6th and 7th")."""
    lead = len(text) - len(text.lstrip())
    pub = _day(published)
    for d in dates:
        if not d.evidence or d.evidence[0].start > lead:
            break
        if (_HEADING_AFTER.match(text, d.evidence[0].end) and d.confidence >= 0.5 and (d.end - d.start).days <= 7
                and (pub is None or d.start <= pub)):
            return d
    return None


def _anywhere(dates: list[DateClaim], published: Any) -> DateClaim | None:
    """A note's only date told apart from its event ("... Date known only as April 2013."): better than the
    publication date."""
    pub = _day(published)
    return next((d for d in dates if d.evidence and d.confidence >= 0.5 and (d.end - d.start).days <= 31
                 and (pub is None or d.start <= pub) and not (pub is not None and (pub - d.end).days > 45)), None)


_RELATIVE_WINDOW = re.compile(r"\b(?:week|weeks|weekend|ago|recent|days)\b", re.I)
# The day of writing, not a day the article names: "anyone in Syria today ..." is no incident day.
_WRITING_DAY = re.compile(r"(?:today|tonight|this\s+(?:morning|afternoon|evening))", re.I)


def _day_in_window(dates: list[DateClaim], claim: DateClaim, sdoc: Doc, published: Any) -> DateClaim | None:
    """'a deadly robbery last week' ... 'the clerk was found in the store on 14 March': a window counted back from
    publication ("last week", "some three weeks ago") gives way to the first day the article names between the window's start
    and publication, unless that day dates a statement ("police said Tuesday").

    Why: a window is as wide as a week and is counted from the day the story went out, which may be days after it
    was written; a named day is the article's own evidence (GVDB dev, dates round 2)."""
    phrase = claim.phrase or ""
    if claim.precision != 2 or re.search(r"\d", phrase) or not _RELATIVE_WINDOW.search(phrase) or (
            phrase.casefold().startswith("since")):
        return None
    pub = _day(published)
    text = doc_text(sdoc)
    whole = sdoc[:]
    for d in dates:
        if not (d.evidence and d.precision == 1 and d.start == d.end and d.confidence >= 0.5
                and claim.start <= d.start and (pub is None or d.start <= pub)) or (
                _WRITING_DAY.fullmatch((d.phrase or "").strip())):
            continue
        s = d.evidence[0].start
        if _SAID_BEFORE.search(text[max(0, s - 20):s]) or _dates_a_statement(whole, d, tallies=False):
            continue
        return d
    return None


def _day_within(dates: list[DateClaim], claim: DateClaim, published: Any) -> DateClaim | None:
    """'the December shooting' ... 'early on Dec. 26': the first day the article names inside the month it gave."""
    if claim.precision < 3 or (claim.end - claim.start).days > 31:
        return None
    pub = _day(published)
    return next((d for d in dates if d.precision == 1 and d.confidence >= 0.5 and d.evidence
                 and claim.start <= d.start <= claim.end and (pub is None or d.start <= pub)), None)


_SINCE = re.compile(r"\bsince\b(?:\s+the\s+\w+(?:\s+of\s+the\s+\w+)?(?:\s+began)?)?\s*$", re.I)


def _since(text: str, claim: DateClaim | None, published: Any) -> DateClaim | None:
    """'killed since the violence began on Thursday': a running toll covers that day through publication."""
    if claim is None or not claim.evidence or published is None or claim.end != claim.start:
        return claim
    before = text[max(0, claim.evidence[0].start - 45) : claim.evidence[0].start]
    before = re.sub(r"\s+(?:on|in)\s*$", " ", before).rstrip()
    pub = _day(published)
    if not _SINCE.search(before) or not (claim.start < pub):
        return claim
    return dataclasses.replace(claim, end=pub)


_BY_TALLY = re.compile(r"\b(?:by|as\s+of)\s*$", re.I)
_BY_TALLY_PHRASE = re.compile(r"(?:by|as\s+of)\b", re.I)


def _running_date(claim: DateClaim | None, published: Any) -> DateClaim | None:
    """A running toll dated only by its statement ('has reached 1,383, SOHR said on Tuesday') covers the
    days before the statement: the week up to it, at week precision, not the day it was said."""
    if published is None or (claim is not None and claim.end != claim.start):
        return claim
    pub = _day(published)
    if claim is not None and (pub - claim.start).days > 1:
        return claim
    return DateClaim(start=pub - timedelta(days=6), end=pub, precision=2,
                     evidence=list(claim.evidence) if claim else [], phrase=claim.phrase if claim else "",
                     method=(claim.method if claim else "") + "+running_toll",
                     confidence=0.5 * (claim.confidence if claim else 0.6))


def _wide_date(sent: Span, dates: list[DateClaim], published: Any) -> DateClaim | None:
    """The period a wider toll covers: its 'since' range, a range the sentence gives, else the week up to its
    date (or the publication): a running total counts the days before it."""
    text = doc_text(sent.doc)
    inside = [d for d in dates if d.evidence and sent.start_char <= d.evidence[0].start < sent.end_char
              and (published is None or d.start <= _day(published))]
    for d in inside:
        widened = _since(text, d, published)
        if widened is not d or (d.phrase.casefold().startswith("since") and d.start < d.end):
            return widened
    for d in inside:
        if d.start < d.end:
            return d
    base = inside[0] if inside else None
    end = base.end if base is not None else (_day(published) if published is not None else None)
    if end is None:
        return None
    # the story's own "since Thursday" elsewhere dates the start of the toll it relays ("as of Sunday")
    for d in dates:
        if not d.evidence or d.start > end:
            continue
        widened = _since(text, d, published)
        if widened is not d or (d.phrase.casefold().startswith("since") and d.start < d.end):
            return dataclasses.replace(widened, end=max(end, widened.start), precision=2)
    return DateClaim(start=end - timedelta(days=6), end=end, precision=2,
                     evidence=list(base.evidence) if base else [], phrase=base.phrase if base else "",
                     method=(base.method if base else "") + "+running_toll",
                     confidence=0.5 * (base.confidence if base else 0.6))
