"""The date a document's tallies are told on (_told_date) and its main period (_main_period).

Why its own module: a tally's date is no incident's day; it is read from the sentences that give counts.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

from ..records import Count, DateClaim
from ._doc_basics import _optional, doc_text
from ._event_dates_excluded import _SAID_BEFORE, _byline_stamp, _dateline_date, _dates_a_statement, _day
from ._event_dates_windows import _BY_TALLY_PHRASE
from ._event_tolls import _HARM
from ._events import Candidate


def _tally(sent: Span, counts: list[Count]) -> bool:
    """The sentence gives a harm figure ("the committee reported that 1,426 people had been killed", "its later
    tally counted 273 ... killed", "among the dead were 31 police officers"): a claim about killings, dated by
    them, never by a report."""
    return any(c.kind in _HARM and c.evidence and sent.start_char <= c.evidence[0].start < sent.end_char
               for c in counts)


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "last week", "over the past 72 hours": a window the event fell in, not the days of the violence
_WINDOW = re.compile(r"\b(?:past|last|previous|recent|next|coming|weekend)\b", re.I)


def _told_date(pool: list[DateClaim], best: Candidate, counts: list[Count], sdoc: Doc, published: Any,
               short: bool) -> DateClaim | None:
    """The date of an event whose sentence gives none of its own (or only a report's day). Another sentence's
    report day ("On 22 July the committee reported ...") dates no killings: the nearest earlier date of the
    events, else the document's main date, from the other dates; a figure ("Its later tally also counted 273 ...
    killed") else takes the period of the violence the document is about, however long ago (a July briefing on
    the March killings). A report's day only when the text dates nothing else: the best bound there is."""
    event_date = _optional("_dates", "event_date")
    if event_date is None:
        return None
    whole = sdoc[:]
    sent = best.sent
    text = doc_text(sdoc)

    def own_statement(d: DateClaim) -> bool:
        # '... in an overnight raid, police said on Sunday': the statement's day in the event's own sentence
        return bool(d.evidence) and sent.start_char <= d.evidence[0].start < sent.end_char and (
            bool(_SAID_BEFORE.search(text[max(0, d.evidence[0].start - 20) : d.evidence[0].start]))
            or _dateline_date(text, d) or _byline_stamp(text, d))

    def statement(d: DateClaim) -> bool:
        if not d.evidence:
            return False
        if sent.start_char <= d.evidence[0].start < sent.end_char:
            return own_statement(d)
        return _dates_a_statement(whole, d, tallies=False)

    if short:
        return event_date([d for d in pool if not own_statement(d)], sent, published) or event_date(
            pool, sent, published)
    told = [d for d in pool if not statement(d)]
    got = event_date(told, sent, published)
    if got is None and _tally(sent, counts):
        got = _main_period(pool, sdoc, published)
    return got or event_date(pool, sent, published)


def _main_period(dates: list[DateClaim], sdoc: Doc, published: Any) -> DateClaim | None:
    """The period of the violence a document is about: its first date that names a day or a few days ("on 6
    March", "between 6 and 10 March", "since Thursday"; not a window such as "last week"), not a report's day
    ("On 22 July the committee reported"), not a tally's cut-off ("by 11 March", "as of Sunday"), not after
    publication. Long before publication only with its year written (a July briefing on "the violence between
    6 and 10 March 2025"): a year-less day months back is a misread one ahead ("a memorial on 20 February")."""
    pub = _day(published)
    whole = sdoc[:]
    is_bg = _optional("_dates", "is_background")
    for d in dates:
        if not d.evidence or d.confidence < 0.5 or (pub is not None and d.start > pub):
            continue
        if d.precision > 2 or (d.end - d.start).days > 7:
            continue
        phrase = d.phrase or ""
        if d.precision > 1 and not phrase.casefold().startswith("since") and (
                not re.search(r"\d", phrase) or _WINDOW.search(phrase)):
            continue
        if is_bg is not None and is_bg(d, pub) and not _WRITTEN_YEAR.search(d.phrase or ""):
            continue
        s = d.evidence[0].start
        if (_SAID_BEFORE.search(doc_text(sdoc)[max(0, s - 20) : s]) or _BY_TALLY_PHRASE.match(d.phrase or "")
                or _dates_a_statement(whole, d, tallies=False)):
            continue
        return d
    return None
