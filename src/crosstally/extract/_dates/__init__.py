"""Date phrases in an article, resolved against its publication date.

A small grammar finds the phrases ("On 21 March 2020", "since Friday", "over the next 72 hours", "early March",
"between 6 and 10 March") and resolves each phrase on its own, never the whole text. Relative phrases need the
publication date; without one they are skipped (a day-month without a year borrows the nearest explicit year in
the text). spaCy DATE entities that the grammar missed are resolved with dateparser (RELATIVE_BASE=published,
PREFER_DATES_FROM="past"). Month and weekday names are matched capitalised only, so "may", "march" (verbs) and
"we" are never dates; a weekday in lower case or misspelt ("on wedsnesday") counts only after a preposition.
Precision follows ACLED: 1 day, 2 a few days / a week, 3 a month or vaguer.

Day/month numerals ("on 29/12", "the night of 13-14/03", "(18/02)", "20/3/08") need a leading word or a bracket
unless a year is written, and never read fractions or "24/7". They are read day first (ACLED notes, British and
East African news); when both readings are valid and a publication date is known, the one nearest on or before
it wins, so a US "12/7" published on 9 December is 7 December. A weekday followed by a bracketed date ("on
Wednesday (29/07)") is one claim with the bracketed date, and so is a weekday with its part of the day before a
written date ("Sunday night, Dec. 27"). A report's own date ("source dated 07/11", "as reported on") and "on or
before / after X" keep X with precision 2. "next Tuesday" is never a date here.

Follow-ups date the incident, not the sequel: "Two days after a bomb ..., police arrested ... on Wednesday"
(Monday), "died on Monday, a day after he was stabbed" (Sunday), "said on Friday that raiders who attacked the
village two days earlier" (Wednesday). A month or weekday name that begins a place's name ("in August Town", "in
May Pen", "in Friday Harbor") is no date. A bare "overnight" is the night before
publication and yields to any named day of the story. :func:`is_incident_day` tells a running toll's day that
names its incident ("hurt in Monday's assault") from a statement's day.

Two weekdays joined ("on Tuesday and Wednesday", "between Friday and Sunday") are one span at precision 2; one
night across two dates ("the night of May 28-29", "the night of Saturday to Sunday") is its first day. "two days
earlier" counts back from the sentence's own later day ("shot two days earlier, died on Monday"), not a
statement's. "on the 12th" is a day of the month of writing (or the month before); "the first week of March" a
week; "the morning after Christmas" a day from a named day; "ten days ago" one day.

Layout: this package's ``__init__`` re-exports the names other modules import; the reading lives in modules named
for what they decide, imported in one direction only (``tests/test_dates_layout.py``):

- ``_terms``: the word tables from ``data/date_terms.yaml`` (one build), word-boundary pieces, ``METHOD``
- ``_grammar``: one pattern for each kind of phrase, in the order they claim text
- ``_not_dates``: matches that are no date (titles, fractions, "next Tuesday", "in August Town")
- ``_calendar``: day arithmetic: valid days, year inference, day-first numerals, month parts, "since X"
- ``_resolve``: a matched phrase to (start, end, precision, confidence), by kind, over ``_phrase`` (the matched
  phrase), ``_written`` (numerals, ranges, written days, named days, months, years) and ``_relative`` (weekdays,
  "the 12th", "N days ago", "last week", "overnight")
- ``_joins``: a weekday with its bracketed date, two weekdays joined, one night across two dates
- ``_incident``: the incident's day vs a statement's or a charge's (``is_incident_day``, ``is_event_possessive``)
- ``_follow_ups``: days counted from another day ("a day after", "two days earlier", "Two days after ...")
- ``_context``: background, a tally's day, a log's date field
- ``_entities``: spaCy DATE entities as a fallback, resolved with dateparser
- ``_find``: the reading pass (:func:`find_dates`); ``_event_date``: an event's date from the claims
  (:func:`event_date`, :func:`published_fallback`)
"""

from __future__ import annotations

from ._context import (
    BACKGROUND_DAYS,
    FIELD_LOOKBACK,
    TALLY_CONFIDENCE,
    is_background,
    is_field_date,
    is_tally_date,
)
from ._event_date import event_date, published_fallback
from ._find import YEAR_HINT_CHARS, find_dates
from ._follow_ups import FOLLOW_UP_CONFIDENCE
from ._incident import INCIDENT_CLAUSE_CHARS, is_event_possessive, is_incident_day, tells_incident
from ._terms import METHOD

__all__ = [
    "BACKGROUND_DAYS",
    "FIELD_LOOKBACK",
    "FOLLOW_UP_CONFIDENCE",
    "INCIDENT_CLAUSE_CHARS",
    "METHOD",
    "TALLY_CONFIDENCE",
    "YEAR_HINT_CHARS",
    "event_date",
    "find_dates",
    "is_background",
    "is_event_possessive",
    "is_field_date",
    "is_incident_day",
    "is_tally_date",
    "published_fallback",
    "tells_incident",
]
