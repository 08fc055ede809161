"""The words the date grammar reads (data/date_terms.yaml) and the pieces every pattern shares.

Why one module: the month, weekday and number tables, and the incident, statement and follow-up words, are built
once (one read of the file, cached) and read by the grammar, the resolvers, the joins, the follow-ups and the entity
fallback alike. The rule name ``METHOD`` tags every claim they make.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ...vocab import load_vocab, phrase_alternation

METHOD = "crosstally.dates.v1"

_B = r"(?:(?<![A-Za-z0-9])|(?<=[a-z])(?=[A-Z]))"  # word start, also inside glued scrape debris ("TweetSince")
_E = r"(?![A-Za-z0-9])"


@dataclass(frozen=True, slots=True)
class _Terms:
    months: dict[str, int]  # every spelling → month number
    full_month_re: str
    any_month_re: str
    weekdays: dict[str, int]
    weekday_re: str
    part_re: str
    title_words: frozenset[str]
    numbers: dict[str, int]
    number_re: str
    weekday_any_re: str  # names in any case and misspellings: read only after a preposition
    report_re: str
    approx_re: str
    not_numeric: frozenset[str]
    named_days: dict[str, tuple[int, int]]  # "Fourth of July" → (7, 4)
    named_day_re: str
    label_re: str  # a log's date field: "Date:"
    figures_re: str  # "figures of": a tally's date
    shift_days: dict[str, tuple[int, int]]  # "Christmas", "New Year's": named days read only in "the day after X"
    shift_day_re: str
    incident_words: frozenset[str]  # incident and harm words, lower case
    charge_words: frozenset[str]
    statement_verbs: tuple[str, ...]
    day_before_phrases: tuple[str, ...]
    days_earlier_words: tuple[str, ...]
    days_earlier_closing_words: tuple[str, ...]
    death_words: frozenset[str]
    vague_counts: frozenset[str]
    lead_after_approx_re: str



def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _spaced(phrases: list[str]) -> str:
    """Alternation of phrases (longest first) whose spaces match any run of white space."""
    return phrase_alternation(phrases)


def _ws(phrases: list[str]) -> str:
    """Case-free alternation of phrases whose spaces match any run of white space."""
    return f"(?i:{_spaced(phrases)})"


def _days(table: dict[str, list[int]] | None) -> dict[str, tuple[int, int]]:
    """Named days to (month, day), each also spelt with the typeset apostrophe ("New Year’s Day")."""
    named: dict[str, tuple[int, int]] = {}
    for name, (mo, d) in (table or {}).items():
        named[name] = (int(mo), int(d))
        named[name.replace("'", "\u2019")] = (int(mo), int(d))
    return named


def _words(e: dict[str, Any], key: str, default: list[str] | None = None) -> tuple[str, ...]:
    return tuple(str(w) for w in e.get(key) or default or [])


@lru_cache(maxsize=1)
def _terms() -> _Terms:
    e = load_vocab("date_terms")["entries"]
    months: dict[str, int] = {}
    full: list[str] = []
    for i, (name, abbrs) in enumerate(e["months"].items(), start=1):
        months[name] = i
        full.append(name)
        for a in abbrs or []:
            months[a] = i
    weekdays = {w: i for i, w in enumerate(e["weekdays"])}
    weekday_re = f"(?:{_alt(list(weekdays))})"
    loose = {w.lower(): i for w, i in weekdays.items()}
    for name, wrong in (e.get("weekday_misspellings") or {}).items():
        loose.update({x.lower(): weekdays[name] for x in wrong or []})
    weekdays.update(loose)
    numbers = {str(k): int(v) for k, v in e["number_words"].items()}
    named = _days(e.get("named_days"))
    shift_days = _days(e.get("shift_named_days"))
    return _Terms(
        months=months,
        full_month_re=f"(?:{_alt(full)})",
        any_month_re=f"(?:{_alt(list(months))})",
        weekdays=weekdays,
        weekday_re=weekday_re,
        part_re=f"(?:{_alt(e['parts_of_day'])})",
        title_words=frozenset(e["weekday_title_words"]),
        numbers=numbers,
        number_re=rf"(?:\d+|{_alt(list(numbers))})",
        weekday_any_re=f"(?i:{_alt(list(loose))})",
        report_re=_ws(e["report_leads"]),
        approx_re=_ws(e["approximate_leads"]),
        not_numeric=frozenset(e["numeric_not_dates"]),
        named_days=named,
        named_day_re=f"(?:{_alt(list(named))})",
        label_re=f"(?:{_alt(e.get('date_labels') or ['Date'])})",
        figures_re=_ws(e.get("figures_leads") or ["figures of"]),
        shift_days=shift_days,
        shift_day_re=f"(?:{_spaced(list(shift_days))})",
        incident_words=frozenset(w.lower() for w in _words(e, "incident_words") + _words(e, "harm_words")),
        charge_words=frozenset(w.lower() for w in _words(e, "charge_words")),
        statement_verbs=_words(e, "statement_verbs", ["said"]),
        day_before_phrases=_words(e, "day_before_phrases"),
        days_earlier_words=_words(e, "days_earlier_words", ["earlier"]),
        days_earlier_closing_words=_words(e, "days_earlier_closing_words", ["before"]),
        death_words=frozenset(w.lower() for w in _words(e, "death_words")),
        vague_counts=frozenset(w.lower() for w in _words(e, "vague_counts")),
        lead_after_approx_re=_spaced(list(_words(e, "lead_after_approx_words"))),
    )
