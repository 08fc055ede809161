"""The date of the event a sentence tells, chosen from the document's date claims.

Why apart from reading: the choice (the sentence's own date, the paragraph's earlier one, a log's field, the
document's opening "On <date>") is the stages' question, asked once per event after every claim is read.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span as SpacySpan

from ...records import DateClaim, Span
from .._doc_basics import doc_text
from ._context import TALLY_CONFIDENCE, is_background, is_field_date, is_tally_date
from ._incident import _said_before_re
from ._terms import _terms


def _bounds(sentence: Span | SpacySpan) -> tuple[int, int, str | None]:
    if isinstance(sentence, SpacySpan):
        return sentence.start_char, sentence.end_char, doc_text(sentence.doc)
    return sentence.start, sentence.end, None


_PARA = re.compile(r"\n\s*\n|\n")


def _main_date(dates: list[DateClaim], published: date | None) -> DateClaim | None:
    for c in dates:
        opener = c.phrase[:3].lower() in ("on ", "on\n") or re.match(_terms().report_re, c.phrase) is not None
        if opener and c.precision <= 2 and c.confidence >= 0.5 and not is_background(c, published):
            return c
    for c in dates:  # no "On <date>" opener: the first day-level date of the story
        if c.precision == 1 and c.confidence >= 0.5 and not is_background(c, published):
            return c
    return None



def event_date(
    dates: list[DateClaim], sentence: Span | SpacySpan, published: date | None, text: str | None = None
) -> DateClaim | None:
    """The date of the event told in ``sentence`` (a records.Span or a spaCy Span).

    Order: a date phrase inside the sentence; else the nearest preceding event-like date in the same paragraph
    (paragraphs are known when ``sentence`` is a spaCy Span or ``text`` is given; otherwise the whole text
    before the sentence counts); else the document's main date (the first "On <date>" phrase); else None.
    Background dates (year-only, or ended over 45 days before publication) are never taken from outside the
    sentence, and inside it only when they name a day or a few days. Dates after publication are never taken.
    On None the caller falls back to :func:`published_fallback` (publication date, precision 2).
    A date that dates a tally ("per figures of 5 November") is taken only when no other date is found; a log's
    date field ("Date: 4 November 2024.") stands before the document's other main dates.
    """
    s0, e0, doc_text = _bounds(sentence)
    text = text if text is not None else doc_text
    usable = [c for c in dates if c.confidence >= 0.3 and (published is None or c.start <= published)]
    tallies = [c for c in dates if c.confidence >= TALLY_CONFIDENCE and (published is None or c.start <= published)
               and text is not None and is_tally_date(c, text)]
    if tallies:
        usable = [c for c in usable if c not in tallies]
        got = event_date(usable, sentence, published, text)
        if got is not None:
            return got
        usable = tallies
    inside = [c for c in usable if s0 <= c.evidence[0].start < e0]
    fresh = [c for c in inside if not is_background(c, published)]
    if fresh:
        return fresh[0]
    old = [c for c in inside if c.precision <= 2 and (c.end - c.start).days <= 7]
    if old:
        return old[0]
    para_start = 0
    if text is not None:
        breaks = [m.end() for m in _PARA.finditer(text, 0, s0)]
        para_start = breaks[-1] if breaks else 0
    before = [c for c in usable if para_start <= c.evidence[0].start < s0 and not is_background(c, published)]
    if before:
        # "Relatives said on Tuesday that 23 were held. The driver was killed.": a statement's day dates no
        # incident told after it; an earlier day the paragraph gives the incident ("seized ... on Saturday") does
        said = _said_before_re()
        told = [c for c in before if text is None or said.search(text, max(0, c.evidence[0].start - 40),
                                                                 c.evidence[0].start) is None]
        return (told or before)[-1]
    fields = [c for c in usable if text is not None and is_field_date(c, text) and not is_background(c, published)]
    return fields[0] if fields else _main_date(usable, published)


def published_fallback(published: date | None) -> DateClaim | None:
    """The caller's last resort: the publication date, precision 2, low confidence (the event is on or before it)."""
    if published is None:
        return None
    return DateClaim(start=published, end=published, precision=2, evidence=[], phrase="",
                     method="crosstally.dates.published.v1", confidence=0.3)
