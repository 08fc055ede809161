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
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..records import DateClaim, Span
from ..vocab import load_vocab

METHOD = "crosstally.dates.v1"
BACKGROUND_DAYS = 45  # a date ending this long before publication is background, not this week's news

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


YEAR_HINT_CHARS = 200  # how far before a year-less date a written year still applies


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _ws(phrases: list[str]) -> str:
    """Case-free alternation of phrases whose spaces match any run of white space."""
    parts = [r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(set(phrases), key=len, reverse=True)]
    return f"(?i:{'|'.join(parts)})"


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
    named: dict[str, tuple[int, int]] = {}
    for name, (mo, d) in (e.get("named_days") or {}).items():
        named[name] = (int(mo), int(d))
        named[name.replace("'", "\u2019")] = (int(mo), int(d))  # "New Year’s Day" as typeset
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
    )


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    t = _terms()
    M, FM, WD, NUM = t.any_month_re, t.full_month_re, t.weekday_re, t.number_re
    D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
    Y = r"(?:1[89]\d\d|20\d\d)"
    lead = (
        rf"(?:(?P<prep>{t.report_re}|{t.approx_re}|(?i:on\s+the\s+(?:night|morning|evening|afternoon)\s+of|"
        r"the\s+(?:night|morning|evening)\s+of|on|since|by|until|till|from|between|in|during|before|after|"
        r"around|about))\s+)?"
    )
    # day/month numerals: a leading word (or an opening bracket) is required unless a year is written
    part_of = r"(?:early\s+hours|night|morning|evening|afternoon|late\s+evening|better\s+part)"
    nlead = (
        rf"(?P<prep>{t.report_re}|{t.approx_re}|(?i:(?:(?:on|in)\s+)?the\s+{part_of}\s+(?:on|of)|"
        r"on|since|by|until|till|from|between|and|to|in|late|early|before|after|around|about))(?:\s+|\s*\()"
    )
    # "Wednesday, Dec. 2", "Sunday night, December 27": the weekday (and its part of the day) names the written date
    wd_prefix = rf"(?:(?P<wd>{WD})(?:\s+{t.part_re})?,?\s+)?"
    pats = [
        # "the morning after Christmas", "the night before New Year's Eve": a day from a named day
        ("named_shift", rf"{_B}(?:(?i:on|in|during)\s+)?(?i:the\s+)(?P<part>(?i:day|morning|afternoon|evening|night))"
                        rf"\s+(?P<dir>(?i:after|before))\s+(?P<nd>{t.named_day_re}|Christmas|New\s+Year(?:'s|\u2019s)?)"
                        rf"{_E}"),
        ("named_day", rf"{_B}{lead}(?:the\s+)?(?P<nd>{t.named_day_re}){_E}"),
        ("range_dm", rf"{_B}(?P<prep>(?i:between|from)\s+)?(?P<d1>{D})\s*(?:-|–|to|and|until|through)\s*"
                     rf"(?P<d2>{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?{_E}"),
        ("range_md", rf"{_B}(?P<prep>(?i:between|from)\s+)?(?P<m>{M})\s+(?P<d1>{D})\s*(?:-|–|to|and|through)\s*"
                     rf"(?P<d2>{D})(?!\d)(?:,?\s+(?P<y>{Y}))?{_E}"),
        ("range_dmdm", rf"{_B}(?P<prep>(?i:between|from)\s+)?(?P<d1>{D})\s+(?P<m1>{M})\s*(?:-|–|to|and|until)\s*"
                       rf"(?P<d2>{D})\s+(?P<m>{M})(?:,?\s+(?P<y>{Y}))?{_E}"),
        ("iso", rf"{_B}{lead}(?P<y>{Y})-(?P<mm>[01]\d)-(?P<d>[0-3]\d){_E}"),
        ("dmy", rf"{_B}{lead}{wd_prefix}(?:the\s+)?(?P<d>{D})\s+(?:of\s+)?(?P<m>{M})(?:,?\s+(?P<y>{Y}))?{_E}"),
        ("mdy", rf"{_B}{lead}{wd_prefix}(?P<m>{M})\s+(?P<d>{D})(?!\d)(?:,?\s+(?P<y>{Y}))?{_E}"),
        ("num_range", rf"(?<![\w/.,-])(?:{nlead})?(?P<d1>[0-3]?\d)\s*[-–]\s*(?P<a>[0-3]?\d)/(?P<b>[01]?\d)"
                      rf"(?:/(?P<y>(?:19|20)?\d\d))?(?![\w/]|[.,]\d)"),
        ("num_y", rf"(?<![\w/.,-])(?:{nlead})?(?P<a>[0-3]?\d)(?P<sep>[.-])(?P<b>[0-3]?\d)(?P=sep)"
                  rf"(?P<y>(?:19|20)\d\d)(?![\w/]|[.,-]\d)"),
        ("num", rf"(?<![\w/.,-])(?:{nlead})?(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y>(?:19|20)?\d\d))?"
                rf"(?![\w/]|[.,]\d)"),
        ("week_of", rf"{_B}(?:(?i:in|during|over|on)\s+)?(?i:the\s+)(?P<nth>(?i:first|second|third|fourth|last|final))"
                    rf"\s+(?i:week)\s+(?i:of)\s+(?P<m>{FM})(?:,?\s+(?P<y>{Y}))?{_E}"),
        ("month_year", rf"{_B}{lead}(?P<part>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)"
                       rf"[\s-]+)?(?P<m>{FM}),?\s+(?P<y>{Y}){_E}"),
        # "on the 12th," a day of the month the story is written in (or the month before, when the day is ahead)
        ("ordinal_day", rf"{_B}(?P<prep>(?i:on|since|by|until))\s+the\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th){_E}"
                        rf"(?=\s*[,.;:)]|\s*$|\s+(?i:at|in|when|as|after|before|night|morning|evening|afternoon)\b)"),
        ("weekday", rf"{_B}(?P<prep>(?i:as\s+reported\s+on|on\s+the\s+(?:night|morning|evening|afternoon)\s+of|"
                    rf"on|since|by|until|till|from|before|last|this|past|early|late|on\s+last)\s+)?(?P<wd>{WD})"
                    rf"(?:\s+(?P<part>{t.part_re}))?{_E}"),
        ("weekday_any", rf"{_B}(?P<prep>(?i:on\s+the\s+(?:night|morning|evening|afternoon)\s+of|on|since|by|until|"
                        rf"last|this|past|early|late|on\s+last|their)\s+)(?P<wd>{t.weekday_any_re})"
                        rf"(?:\s+(?P<part>{t.part_re}))?{_E}"),
        ("next_n", rf"{_B}(?i:(?:over|in|during|for|within)\s+the\s+(?:next|following|coming)\s+)"
                   rf"(?P<n>{NUM})\s+(?P<unit>(?i:hours|days|weeks|day|hour|week)){_E}"),
        ("past_n", rf"{_B}(?i:(?:over|in|during|for|within)\s+the\s+(?:past|last|previous)\s+)"
                   rf"(?P<n>{NUM})\s+(?P<unit>(?i:hours|days|weeks|day|hour|week)){_E}"),
        ("ago", rf"{_B}(?P<n>(?i:{NUM}))\s+(?P<unit>(?i:days|weeks|day|week))\s+(?i:ago){_E}"),
        ("recent", rf"{_B}(?i:in\s+recent\s+days|over\s+recent\s+days|in\s+the\s+past\s+few\s+days|"
                   rf"over\s+the\s+past\s+few\s+days){_E}"),
        ("rel_day", rf"{_B}(?P<w>(?i:yesterday|today|tonight|last\s+night|this\s+morning|this\s+afternoon|"
                    rf"this\s+evening|earlier\s+today)){_E}"),
        # "killed five villagers overnight": the night before the report; not "overnight on Monday" (the weekday's)
        ("overnight", rf"{_B}(?i:overnight){_E}(?!\s+(?:(?i:on|into|to|from|between|of|in\s+the)\s+)?(?:the\s+)?"
                      rf"(?:{WD}|{M}|\d|(?i:early\s+hours)))"),
        ("weekend", rf"{_B}(?i:over\s+the\s+weekend|at\s+the\s+weekend|this\s+past\s+weekend){_E}"),
        ("rel_period", rf"{_B}(?P<w>(?i:(?:earlier|later)\s+this|last|this|past|previous)\s+)"
                       rf"(?P<unit>(?i:week|weekend|month|year)){_E}"),
        ("month", rf"{_B}(?P<pre>(?i:since|in|by|until|from|during)\s+(?=(?i:early|mid|late)))?(?P<prep>(?i:in|since|by|until|till|during|early|mid|late|earlier\s+in|later\s+in|"
                  rf"last|this|from|of|before|after|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)"
                  rf"[\s-]+)(?P<m>{FM}){_E}"),
        ("year", rf"{_B}(?P<prep>(?i:in|since|during|until|by|from|early|late|mid|of|before|after)[\s-]+)"
                 rf"(?P<y>{Y})(?!\s*[-–/]\s*\d){_E}"),
    ]
    return [(k, re.compile(p)) for k, p in pats]


def _num(s: str) -> int | None:
    s = " ".join(s.lower().split())
    if s.isdigit():
        return int(s)
    return _terms().numbers.get(s)


def _day(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _mk(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, published: date | None, year_hint: int | None) -> int | None:
    """The year of a day-month with no year: the latest one not after publication."""
    if published is not None:
        y = published.year
        got = _mk(y, m, min(d, 28))
        if got is not None and got > published + timedelta(days=1):
            y -= 1
        return y
    return year_hint


def _year_of(text: str | None, published: date | None) -> int | None:
    """A written year; two digits are this century unless that would be after publication ("08" → 2008)."""
    if not text:
        return None
    y = int(text)
    if len(text) == 4:
        return y
    this = (published or date.today()).year
    return 2000 + y if 2000 + y <= this + 1 else 1900 + y


def _numeric_day(a: int, b: int, y: int | None, published: date | None, year_hint: int | None) -> date | None:
    """The day meant by "a/b": day first unless only month first is valid; with a publication date the valid
    reading nearest on or before it wins (the news convention: a report tells of its own recent days)."""
    readings: list[date] = []
    for d, m in ((a, b), (b, a)):
        if not (1 <= m <= 12 and 1 <= d <= 31):
            continue
        yy = y if y is not None else _infer_year(m, d, published, year_hint)
        got = _mk(yy, m, d) if yy is not None else None
        if got is not None and got not in readings:
            readings.append(got)
    if not readings:
        return None
    if published is not None and len(readings) > 1:
        before = [r for r in readings if r <= published + timedelta(days=1)]
        if before:
            return max(before)
    return readings[0]


def _precision(start: date, end: date) -> int:
    n = (end - start).days
    return 1 if n == 0 else 2 if n <= 7 else 3


def _weekday_on_or_before(wd: int, ref: date, strict: bool = False) -> date:
    back = (ref.weekday() - wd) % 7
    if strict and back == 0:
        back = 7
    return ref - timedelta(days=back)


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _part_range(y: int, m: int, part: str | None) -> tuple[date, date]:
    last = _last_day(y, m)
    p = (part or "").lower().strip(" -")
    if p == "early" or "beginning" in p or "start" in p:
        return date(y, m, 1), date(y, m, 10)
    if p == "mid":
        return date(y, m, 11), date(y, m, 20)
    if p == "late" or "end" in p:
        return date(y, m, 21), date(y, m, last)
    return date(y, m, 1), date(y, m, last)


def _apply_prep(prep: str | None, start: date, end: date, published: date | None) -> tuple[date, date]:
    """'since X' runs from X to publication; other prepositions keep the date itself."""
    p = (prep or "").lower().strip()
    if p == "since" and published is not None and published >= start:
        return start, published
    return start, end


def _resolve(
    kind: str, m: re.Match[str], published: date | None, year_hint: int | None, anchor: date | None
) -> tuple[date, date, int, float] | None:
    """(start, end, precision, confidence) for one matched phrase, or None when it cannot be resolved."""
    t = _terms()
    g = m.groupdict()
    prep = " ".join((g.get("prep") or "").lower().strip(" -\n\t").split())
    report = bool(prep) and re.fullmatch(t.report_re, prep) is not None
    approx = bool(prep) and re.fullmatch(t.approx_re, prep) is not None
    if kind in ("num", "num_range", "num_y"):
        y = _year_of(g.get("y"), published)
        end_day = _numeric_day(int(g["a"]), int(g["b"]), y, published, year_hint)
        if end_day is None:
            return None
        start_day = end_day
        if kind == "num_range":
            start_day = _mk(end_day.year, end_day.month, int(g["d1"])) or end_day
            if start_day > end_day:
                return None
        s, e = _apply_prep(prep, start_day, end_day, published)
        prec = 2 if report or approx else _precision(s, e)
        return s, e, prec, 0.9 if g.get("y") else 0.8
    if kind in ("range_dm", "range_md", "range_dmdm"):
        mo = t.months[g["m"]]
        mo1 = t.months[g["m1"]] if g.get("m1") else mo
        d1, d2 = _day(g["d1"]), _day(g["d2"])
        y = int(g["y"]) if g.get("y") else _infer_year(mo, d2, published, year_hint)
        if y is None:
            return None
        s = _mk(y if mo1 <= mo else y - 1, mo1, d1)
        e = _mk(y, mo, d2)
        if s is None or e is None or e < s:
            return None
        return s, e, _precision(s, e), 0.9
    if kind in ("iso", "dmy", "mdy"):
        if kind == "iso":
            y, mo, d = int(g["y"]), int(g["mm"]), int(g["d"])
        else:
            mo, d = t.months[g["m"]], _day(g["d"])
            y = int(g["y"]) if g.get("y") else _infer_year(mo, d, published, year_hint)  # type: ignore[assignment]
            if y is None:
                return None
        day = _mk(y, mo, d)
        if day is None:
            return None
        s, e = _apply_prep(prep, day, day, published)
        prec = _precision(s, e)
        if report or approx:
            prec = 2  # ACLED: "as reported on" dates the report, the event is on or shortly before it
        conf = 0.95 if g.get("y") or kind == "iso" else 0.85
        return s, e, prec, conf
    if kind == "week_of":
        mo = t.months[g["m"]]
        y = int(g["y"]) if g.get("y") else _infer_year(mo, 1, published, year_hint)
        if y is None:
            return None
        nth = g["nth"].lower()
        last = _last_day(y, mo)
        first = last - 6 if nth in ("last", "final") else 1 + 7 * ("first", "second", "third", "fourth").index(nth)
        return date(y, mo, first), date(y, mo, first + 6), 2, 0.85
    if kind == "ordinal_day":
        d = int(g["d"])
        if published is None or not 1 <= d <= 31:
            return None
        y, mo = (published.year, published.month) if d <= published.day else (
            (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12))
        day = _mk(y, mo, d)
        if day is None:
            return None
        s, e = _apply_prep(prep, day, day, published)
        return s, e, _precision(s, e), 0.75
    if kind == "named_shift":
        nd = " ".join(g["nd"].split())
        mo, d = t.named_days.get(nd) or ((12, 25) if nd == "Christmas" else (1, 1))
        shift = 1 if g["dir"].lower() == "after" else -1
        y = _infer_year(mo, d, published, year_hint)
        day = _mk(y, mo, d) if y is not None else None
        if day is None:
            return None
        day += timedelta(days=shift)
        if published is not None and day > published and y is not None:
            day = (_mk(y - 1, mo, d) or day) + timedelta(days=shift)
        return day, day, 1, 0.85
    if kind == "named_day":
        mo, d = t.named_days[g["nd"]]
        y = _infer_year(mo, d, published, year_hint)
        day = _mk(y, mo, d) if y is not None else None
        if day is None:
            return None
        s, e = _apply_prep(prep, day, day, published)
        return s, e, _precision(s, e), 0.85
    if kind == "month_year":
        s, e = _part_range(int(g["y"]), t.months[g["m"]], g.get("part"))
        s, e = _apply_prep(prep, s, e, published)
        return s, e, 3, 0.85
    if kind in ("weekday", "weekday_any"):
        if published is None:
            return None
        day = _weekday_on_or_before(t.weekdays[g["wd"]] if g["wd"] in t.weekdays else t.weekdays[g["wd"].lower()],
                                    published, strict=prep in ("last", "past", "on last"))
        s, e = _apply_prep(prep, day, day, published)
        return s, e, _precision(s, e) if prep == "since" else 1, 0.85
    if kind == "next_n":
        n = _num(g["n"])
        base = anchor or published
        if n is None or base is None:
            return None
        unit = g["unit"].lower()
        days = math.ceil(n / 24) if unit.startswith("hour") else n * 7 if unit.startswith("week") else n
        return base, base + timedelta(days=days), _precision(base, base + timedelta(days=days)), (
            0.75 if anchor else 0.4
        )
    if kind in ("past_n", "recent"):
        if published is None:
            return None
        if kind == "recent":
            n_days = 3
        else:
            n = _num(g["n"])
            if n is None:
                return None
            unit = g["unit"].lower()
            n_days = math.ceil(n / 24) if unit.startswith("hour") else n * 7 if unit.startswith("week") else n
        s = published - timedelta(days=n_days)
        return s, published, _precision(s, published), 0.7
    if kind == "ago":
        n = _num(g["n"])
        if n is None or published is None:
            return None
        days = n * 7 if g["unit"].lower().startswith("week") else n
        day = published - timedelta(days=days)
        return day, day, 1 if not g["unit"].lower().startswith("week") else 2, 0.8  # "ten days ago": that day
    if kind == "rel_day":
        if published is None:
            return None
        w = " ".join(g["w"].lower().split())
        day = published - timedelta(days=1) if w in ("yesterday", "last night") else published
        return day, day, 1, 0.8
    if kind == "overnight":
        if published is None:
            return None
        day = published - timedelta(days=1)
        return day, day, 1, 0.6
    if kind == "weekend":
        if published is None:
            return None
        sat = _weekday_on_or_before(5, published)
        return sat, min(sat + timedelta(days=1), published), 2, 0.7
    if kind == "rel_period":
        if published is None:
            return None
        w = " ".join(g["w"].lower().split())
        unit = g["unit"].lower()
        past = w in ("last", "past", "previous")
        if w == "past" and unit in ("week", "month", "year"):  # "the past month": the last 30 days
            n_days = {"week": 7, "month": 30, "year": 365}[unit]
            s = published - timedelta(days=n_days)
            return s, published, _precision(s, published), 0.6
        if unit == "week":
            monday = published - timedelta(days=published.weekday())
            if past:
                return monday - timedelta(days=7), monday - timedelta(days=1), 2, 0.7
            return monday, published, 2, 0.7
        if unit == "weekend":
            sat = _weekday_on_or_before(5, published, strict=past)
            return sat, min(sat + timedelta(days=1), published), 2, 0.7
        if unit == "month":
            if past:
                last_m = published.replace(day=1) - timedelta(days=1)
                return last_m.replace(day=1), last_m, 3, 0.7
            return published.replace(day=1), published, 3, 0.7
        y = published.year - 1 if past else published.year
        return date(y, 1, 1), date(y, 12, 31) if past else published, 3, 0.6
    if kind == "month":
        mo = t.months[g["m"]]
        if published is not None:
            y = published.year if mo <= published.month else published.year - 1
            if prep == "last" and mo == published.month:
                y -= 1
        elif year_hint is not None:
            y = year_hint
        else:
            return None
        part = prep if prep in ("early", "mid", "late") or "end" in prep or "beginning" in prep else None
        s, e = _part_range(y, mo, part)
        s, e = _apply_prep((g.get("pre") or prep).lower().strip(), s, e, published)
        if published is not None and s <= published < e:
            e = published  # the current month so far
        return s, e, 3, 0.7
    if kind == "year":
        y = int(g["y"])
        if not 1800 <= y <= 2100:
            return None
        s, e = date(y, 1, 1), date(y, 12, 31)
        s, e = _apply_prep(prep, s, e, published)
        return s, e, 3, 0.6
    return None


def _skip(kind: str, m: re.Match[str], text: str, ends: tuple[int, ...] = ()) -> bool:
    """False-positive guards: newspaper titles, percentages, ages, fractions; ``ends``: where numeral dates
    already taken end."""
    t = _terms()
    if kind in _WEEKDAY_KINDS and re.search(r"(?i:\b(?:next|coming|following))\s+$", text[max(0, m.start() - 12) : m.start()]):
        return True  # "next Tuesday", "the coming Friday": a day ahead, never this report's event
    if kind == "weekday":
        nxt = re.match(r"\s+([A-Z][A-Za-z]+)", text[m.end():])
        if nxt and nxt.group(1) in t.title_words:
            return True
        if not m.group("prep") and m.start() > 0 and text[m.start() - 1 : m.start()] in ("'", "’") and (
            text[m.start() - 2 : m.start() - 1].isalpha()
        ):
            return True
    if kind in ("month", "weekday") and _names_a_place(kind, m, text):
        return True
    if kind == "weekday_any":
        nxt = re.match(r"\s+([A-Z][A-Za-z]+)", text[m.end():])
        if nxt and nxt.group(1) in t.title_words:
            return True
    if kind in ("num", "num_range"):
        if m.group("y"):
            return False
        if f"{m.group('a')}/{m.group('b')}" in t.not_numeric:  # "01/04" is a date, "1/4" a fraction
            return True
        bracket = text[max(0, m.start() - 1) : m.start()] in ("(", "[")
        prep = (m.group("prep") or "").lower()
        if prep in ("and", "to"):  # "09/10 and 10/10": only right after another numeral date
            return not any(0 <= m.start() - e <= 2 for e in ends)
        return not (prep or bracket)
    if kind in ("dmy", "range_dm"):
        after = text[m.end(): m.end() + 10].lower()
        if after.lstrip().startswith(("percent", "%", "per cent")):
            return True
    return False


_PLACE_BEFORE = re.compile(r"(?:^|[^A-Za-z])(?:in|at|near|outside|from|of|around)\s+$")
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)")


def _name_follows(text: str, end: int) -> bool:
    """A capitalised word (not a month, weekday or part of the day) right after ``end``."""
    nxt = _NAME_AFTER.match(text, end)
    if nxt is None:
        return False
    t = _terms()
    word = nxt.group(1)
    return not (word in t.months or word in t.weekdays or word.lower() in t.weekdays
                or re.fullmatch(t.part_re, word.lower()))


def _names_a_place(kind: str, m: re.Match[str], text: str) -> bool:
    """'in August Town', 'in May Pen', 'near Friday Harbor': a month or weekday name followed by a capitalised word
    in running (not title-case) text is the first word of a place's name, not a date.

    Why: a neighbourhood read as a month dated a Kingston shooting to the August before (linking round 7). Not when
    the next word is a month, a weekday or a part of the day ("Friday Morning"), nor in a title-case heading (the
    preposition capitalised: "Killed In August Raid").
    """
    if not _name_follows(text, m.end()):
        return False
    if kind == "month":
        prep = m.group("prep") or ""
        return prep[:1].islower() and m.group("pre") is None and prep.split()[0].lower() in ("in", "near", "at", "of",
                                                                                           "from")
    if m.group("prep") or m.group("part"):
        return False
    return _PLACE_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None


_BRACKETED = re.compile(r"\s*[(\[]\s*")
_WEEKDAY_KINDS = ("weekday", "weekday_any")


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


def _years_in(text: str) -> list[tuple[int, int]]:
    return [(mm.start(), int(mm.group())) for mm in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)]


def is_background(claim: DateClaim, published: date | None) -> bool:
    """A year-only (or vaguer) date, or one that ended well before publication: context, not this week's event."""
    if (claim.end - claim.start).days >= 300:
        return True
    return published is not None and claim.end < published - timedelta(days=BACKGROUND_DAYS)


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
            # trim a leading space that the glued-word boundary may have left out
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


_DAYS_AFTER = re.compile(r"(?:,?\s+|\s*\(\s*)(?:just\s+|only\s+)?(?P<n>a|one|two|three|\d)\s+days?\s+(?:after|since)\b", re.I)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3}
FOLLOW_UP_CONFIDENCE = 0.25  # a day a sentence dates its sequel by ('on Friday, ... the previous night'): below 0.3


@lru_cache(maxsize=1)
def _incident_words() -> frozenset[str]:
    e = load_vocab("date_terms")["entries"]
    return frozenset(str(w).lower() for w in (e.get("incident_words") or []) + (e.get("harm_words") or []))


@lru_cache(maxsize=1)
def _day_before_re() -> re.Pattern[str]:
    phrases = load_vocab("date_terms")["entries"].get("day_before_phrases") or []
    # 'the day before' only closes a clause: 'the day before the vote' dates the vote's eve, not the event's
    return re.compile(rf"{_B}(?i:{_alt(list(phrases))})(?=\s*(?:[.,;:)!?]|$|\n))")


@lru_cache(maxsize=1)
def _days_earlier_re() -> re.Pattern[str]:
    """'two days earlier', 'a week before,', 'three days previously': a day counted back from the sentence's other
    day (data/date_terms.yaml ``days_earlier_words``); 'before' and 'prior' only where they close a clause ('two
    days before the vote' dates the vote's eve)."""
    e = load_vocab("date_terms")["entries"]
    anywhere = _alt([str(w) for w in e.get("days_earlier_words") or ["earlier"]])
    closing = _alt([str(w) for w in e.get("days_earlier_closing_words") or ["before"]])
    return re.compile(rf"{_B}(?P<n>(?i:{_terms().number_re}))\s+(?P<unit>(?i:days?|weeks?|nights?))\s+"
                      rf"(?i:(?:{anywhere}){_E}|(?:{closing})(?=\s*(?:[.,;:)!?]|$|\n)))")


def _shift_relative(text: str, out: list[DateClaim], published: date | None) -> list[DateClaim]:
    """Days told relative to another day: 'on Tuesday, a day after gunmen killed six' (Monday), 'arrested on
    Friday over the shooting the previous night' (Thursday; Friday is the sequel's day and drops to 0.25).

    Why: these follow-up reports date their own sentence by the sequel (a funeral, an arrest, shops shut); the
    incident is the day before, and linking needs its day to meet the other reports of it.
    """
    res = list(out)
    for i, c in enumerate(out):
        if not c.evidence or c.precision != 1 or c.confidence < 0.5:
            continue
        m = _DAYS_AFTER.match(text, c.evidence[0].end)
        if m is None:
            continue
        sent_start = max(text.rfind(". ", 0, c.evidence[0].start), text.rfind("\n", 0, c.evidence[0].start)) + 1
        if tells_incident(text, sent_start, c.evidence[0].start) and not _death_after_harm(
                text, sent_start, c.evidence[0].start, m.end()):
            continue  # 'three men died ... on 14 March, a day after the raid': the sentence's own incident's day
        n = _SMALL.get(m.group("n").lower()) or int(m.group("n"))
        shift = timedelta(days=n)
        res[i] = DateClaim(start=c.start - shift, end=c.end - shift, precision=1,
                           evidence=[Span(c.evidence[0].start, m.end())], phrase=text[c.evidence[0].start:m.end()],
                           method=METHOD + "+days_after", confidence=c.confidence)
    res = _lead_after(text, res)
    found = [(m, timedelta(days=1), 1) for m in _day_before_re().finditer(text)]
    for m in _days_earlier_re().finditer(text):
        n = _num(m.group("n"))
        if n is None or n > 31:
            continue
        week = m.group("unit").lower().startswith("week")
        vague = m.group("n").lower().strip() in ("a few", "few", "several", "couple of", "a couple of")
        found.append((m, timedelta(days=n * 7 if week else n), 2 if week or vague else 1))
    for m, gap, prec in sorted(found, key=lambda x: x[0].start()):
        if any(c.evidence and c.evidence[0].start < m.end() and m.start() < c.evidence[0].end for c in res):
            continue
        sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        refs = [j for j, c in enumerate(res) if c.evidence and sent_start <= c.evidence[0].start < m.start()
                and c.precision == 1 and c.confidence >= 0.5]
        if not refs:
            # 'a teenager shot two days earlier died on Monday': the sentence's own later day, not publication
            stop = re.search(r"[.!?](?:\s|$)|\n", text[m.end():])
            sent_end = m.end() + (stop.start() if stop else len(text) - m.end())
            refs = [j for j, c in enumerate(res) if c.evidence and m.end() <= c.evidence[0].start < sent_end
                    and c.precision == 1 and c.start == c.end and c.confidence >= 0.5
                    and not _said_before_re().search(text, max(0, c.evidence[0].start - 40), c.evidence[0].start)][:1]
        if refs:
            ref = res[refs[-1]]
            base = ref.start
            res[refs[-1]] = replace(ref, confidence=FOLLOW_UP_CONFIDENCE)
        elif published is not None:
            base = published
        else:
            continue
        day = base - gap
        res.append(DateClaim(start=day, end=day, precision=prec, evidence=[Span(m.start(), m.end())],
                             phrase=m.group(0), method=METHOD + "+day_before", confidence=0.8))
    res.sort(key=lambda c: c.evidence[0].start if c.evidence else 0)
    return res


_HARM_AFTER = re.compile(r"\s+(?:(?:he|she|they|it|him|her)\s+)?(?:(?:was|were|had\s+been|got)\s+)?(?:being\s+)?"
                         r"(?P<w>[A-Za-z]+)")
_DEATH_WORDS = frozenset({"died", "dies", "die", "dead", "succumbed", "death"})


def _overnight_yields(text: str, out: list[DateClaim]) -> list[DateClaim]:
    """A bare 'overnight' (the night before publication) yields to any other day the story gives its events.

    Why: a report can be filed days after the night it tells of ('shot overnight ... The shooting occurred
    Saturday morning'); a named day is better evidence. A statement's day ('officials said on Tuesday') is none.
    """
    bare = [c for c in out if c.phrase.lower() == "overnight" and c.confidence >= 0.5]
    if not bare:
        return out
    said = _said_before_re()
    others = [c for c in out if c not in bare and c.precision == 1 and c.confidence >= 0.5 and c.evidence
              and said.search(text, max(0, c.evidence[0].start - 40), c.evidence[0].start) is None]
    if not others:
        return out
    return [replace(c, confidence=FOLLOW_UP_CONFIDENCE) if c in bare else c for c in out]


def _death_after_harm(text: str, sent_start: int, day_start: int, after_end: int) -> bool:
    """'A man died on Monday, a day after he was stabbed': a later death dated by the harm that caused it.

    Why: the sentence's only incident word before the day is the death; the harm after 'after' is the incident
    (the stabbing's day), unlike 'died when their bus was shot at ... on 9 May, a day after the bombing'.
    """
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text[sent_start:day_start])} & _incident_words()
    if not words or not words <= _DEATH_WORDS:
        return False
    m = _HARM_AFTER.match(text, after_end)
    return m is not None and m.group("w").lower() in _incident_words() - _DEATH_WORDS


_LEAD_AFTER = re.compile(
    r"(?P<lead>(?:(?P<approx>nearly|almost|about|around|more\s+than|over|just|only)\s+)?"
    r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+after)\s+",
    re.I)


def _lead_after(text: str, res: list[DateClaim]) -> list[DateClaim]:
    """'Two days after a grenade exploded in a bar, police arrested a suspect on Wednesday': the sentence opens on
    the incident, dated by the sequel's day less the gap (Monday); the sequel's day drops below event level.

    Why: a follow-up report dates its own sentence by the sequel; linking needs the incident's day.
    """
    out = list(res)
    for m in _LEAD_AFTER.finditer(text):
        s = m.start()
        if s > 0 and not re.search(r"(?:^|[.!?\n]\s*|\n)$", text[max(0, s - 3):s]):
            continue  # only a sentence's opening words
        if not tells_incident(text, m.end(), m.end() + 80):
            continue
        end = text.find(". ", m.end())
        end = len(text) if end < 0 else end
        comma = text.find(",", m.end(), end)  # a day inside the incident's clause is its own ('after ... on 3 May,')
        days = [j for j, c in enumerate(out) if c.evidence and max(m.end(), comma) <= c.evidence[0].start < end
                and c.precision == 1 and c.confidence >= 0.5]
        if not days or any(c.evidence and s <= c.evidence[0].start < max(m.end(), comma) for c in out):
            continue
        n = _SMALL.get(m.group("n").lower()) or _num(m.group("n")) or 1
        gap = timedelta(days=n * 7 if m.group("unit").lower().startswith("week") else n)
        ref = out[days[0]]
        out[days[0]] = replace(ref, confidence=FOLLOW_UP_CONFIDENCE)
        day = ref.start - gap
        prec = 2 if m.group("approx") or m.group("unit").lower().startswith("week") else 1
        out.append(DateClaim(start=day, end=day, precision=prec, evidence=[Span(m.start("lead"), m.end("lead"))],
                             phrase=m.group("lead"), method=METHOD + "+lead_after", confidence=0.8))
    out.sort(key=lambda c: c.evidence[0].start if c.evidence else 0)
    return out


def tells_incident(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names an incident or a harm ('killed', 'attack', 'died').

    Why: a sentence that tells its own incident before its day ('two men were killed ... on Saturday, a week
    after last week's attack') is dated by that day, not by a day it gives an earlier incident.
    """
    return any(w.lower() in _incident_words() for w in re.findall(r"[A-Za-z]+", text[start:end]))


def is_event_possessive(claim: DateClaim, text: str) -> bool:
    """Whether a day is written as the possessor of the incident ("last weekend's bar shooting", "Monday's raid").

    Why: such a day names the incident's own date in a sentence dated by its sequel ("charged on Tuesday over
    last weekend's shooting"); not a statement's, a forum's or a hearing's day: an incident word must follow.
    """
    if not claim.evidence:
        return False
    end = claim.evidence[0].end
    if text[end:end + 2] not in ("'s", "\u2019s"):
        return False
    nxt = re.findall(r"[A-Za-z]+", text[end + 2:end + 40])[:3]
    heads = _incident_words() | _charge_words()  # "Monday's assault", "Saturday's murder": the incident's day
    return any(w.lower() in heads for w in nxt)


@lru_cache(maxsize=1)
def _charge_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_vocab("date_terms")["entries"].get("charge_words") or [])


@lru_cache(maxsize=1)
def _said_before_re() -> re.Pattern[str]:
    verbs = load_vocab("date_terms")["entries"].get("statement_verbs") or ["said"]
    return re.compile(rf"{_B}(?i:{_alt(list(verbs))})(?:\s+\w+){{0,3}}\s*$")


INCIDENT_CLAUSE_CHARS = 120  # how far before a day the incident it dates may be named in its sentence


def is_incident_day(claim: DateClaim, text: str) -> bool:
    """Whether a day-precision date dates the incident its sentence names, not a statement or a toll's update.

    Why: a report that a toll rose ("raising the death toll to five, police said on Tuesday") covers the week up
    to the statement; but "hurt in Monday's assault" or "injured when a drone struck ... on Thursday night" give
    the incident's own day, and linking needs that day (not a week) to meet the other reports of it.
    """
    if not claim.evidence or claim.start != claim.end:
        return False
    if is_event_possessive(claim, text):
        return True
    s = claim.evidence[0].start
    sent_start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    lo = max(sent_start, s - INCIDENT_CLAUSE_CHARS)
    if _said_before_re().search(text, lo, s):
        return False  # "police said on Tuesday": the statement's day
    clause = text[lo:s].rsplit(",", 1)[-1] if "," in text[lo:s] else text[lo:s]
    return tells_incident(clause, 0, len(clause))


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


def _bounds(sentence: Span | SpacySpan) -> tuple[int, int, str | None]:
    if isinstance(sentence, SpacySpan):
        return sentence.start_char, sentence.end_char, sentence.doc.text
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


TALLY_CONFIDENCE = 0.25  # below what stages take as an event's date (0.3): a tally's day, used only as a last resort
FIELD_LOOKBACK = 40  # how far before a date its field label ("Date of incident:") may start


@lru_cache(maxsize=1)
def _tally_lead() -> re.Pattern[str]:
    """The words that date a tally ("figures of"), read from date_terms.yaml, ending where the date starts."""
    return re.compile(rf"(?:{_terms().figures_re})\s*$")


def is_field_date(claim: DateClaim, text: str) -> bool:
    """The date of a log's or incident sheet's date field ("Date: 4 November 2024."), at the start of the text,
    a line or a sentence: the incident's own date, written by the one who logged it."""
    s = claim.evidence[0].start if claim.evidence else -1
    if s < 0:
        return False
    before = text[max(0, s - FIELD_LOOKBACK):s]
    start = r"^" if s <= FIELD_LOOKBACK else r"(?!)"
    return re.search(rf"(?:{start}|[\n.|;]\s*)(?:{_terms().label_re})\s*:\s*$", before) is not None


def is_tally_date(claim: DateClaim, text: str) -> bool:
    """A date that dates a tally, not the event ("8 killed, per figures of 5 November", "updated on Tuesday")."""
    s = claim.evidence[0].start if claim.evidence else -1
    return s > 0 and _tally_lead().search(text, max(0, s - 30), s) is not None


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
