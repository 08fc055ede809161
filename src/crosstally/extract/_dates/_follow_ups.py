"""Days told relative to another day: "a day after", "two days earlier", "the day before", "Two days after ...".

Why: follow-up reports date their own sentence by the sequel (an arrest, a funeral, a death); the incident is that
day less the gap, and the sequel's day drops below event level. A bare "overnight" yields to a named day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from ...records import DateClaim, Span
from ._calendar import _num
from ._incident import _incident_words, _said_before_re, _sentence_start, tells_incident
from ._terms import _B, _E, METHOD, _alt, _terms

_DAYS_AFTER = re.compile(r"(?:,?\s+|\s*\(\s*)(?:just\s+|only\s+)?(?P<n>a|one|two|three|\d)\s+days?\s+(?:after|since)\b", re.I)
FOLLOW_UP_CONFIDENCE = 0.25  # a day a sentence dates its sequel by ('on Friday, ... the previous night'): below 0.3


@lru_cache(maxsize=1)
def _day_before_re() -> re.Pattern[str]:
    # 'the day before' only closes a clause: 'the day before the vote' dates the vote's eve, not the event's
    return re.compile(rf"{_B}(?i:{_alt(list(_terms().day_before_phrases))})(?=\s*(?:[.,;:)!?]|$|\n))")


@lru_cache(maxsize=1)
def _days_earlier_re() -> re.Pattern[str]:
    """'two days earlier', 'a week before,', 'three days previously': a day counted back from the sentence's other
    day (data/date_terms.yaml ``days_earlier_words``); 'before' and 'prior' only where they close a clause ('two
    days before the vote' dates the vote's eve)."""
    t = _terms()
    anywhere = _alt(list(t.days_earlier_words))
    closing = _alt(list(t.days_earlier_closing_words))
    return re.compile(rf"{_B}(?P<n>(?i:{t.number_re}))\s+(?P<unit>(?i:days?|weeks?|nights?))\s+"
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
        if m is None or _note_lead(text, c):
            continue  # 'On 20 May 2022, a day after the raid, ...': a note's opening day is its event's
        sent_start = _sentence_start(text, c.evidence[0].start)
        if tells_incident(text, sent_start, c.evidence[0].start) and not _death_after_harm(
                text, sent_start, c.evidence[0].start, m.end()):
            continue  # 'three men died ... on 14 March, a day after the raid': the sentence's own incident's day
        n = _num(m.group("n")) or int(m.group("n"))  # a|one|two|three|\d: number_words or the digit
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
        vague = m.group("n").lower().strip() in _terms().vague_counts
        found.append((m, timedelta(days=n * 7 if week else n), 2 if week or vague else 1))
    for m, gap, prec in sorted(found, key=lambda x: x[0].start()):
        if any(c.evidence and c.evidence[0].start < m.end() and m.start() < c.evidence[0].end for c in res):
            continue
        sent_start = _sentence_start(text, m.start())
        clause = re.split(r"[,;:]", text[sent_start : m.start()])[-1]
        if _MOTIVE.search(clause) or _OPPOSED_DONE.search(clause):
            continue  # 'stoned a bus, angry that raiders had killed two herders the day before': the cause's day
        refs = [j for j, c in enumerate(res) if c.evidence and sent_start <= c.evidence[0].start < m.start()
                and c.precision == 1 and c.confidence >= 0.5]
        if not refs:
            # 'a teenager shot two days earlier died on Monday': the sentence's own later day, not publication
            stop = re.search(r"[.!?](?:\s|$)|\n", text[m.end():])
            sent_end = m.end() + (stop.start() if stop else len(text) - m.end())
            refs = [j for j, c in enumerate(res) if c.evidence and m.end() <= c.evidence[0].start < sent_end
                    and c.precision == 1 and c.start == c.end and c.confidence >= 0.5
                    and not _said_before_re().search(text, max(0, c.evidence[0].start - 40), c.evidence[0].start)][:1]
        if refs and _note_lead(text, res[refs[-1]]):
            # 'On 22 October 2019, a crowd lynched two men accused of killing a trader the night before': a conflict
            # note's opening day is its event's (ACLED writes the note under it); the day counted back from it in
            # that sentence dates the background (the earlier deed), kept below event level
            ref = res[refs[-1]]
            day = ref.start - gap
            res.append(DateClaim(start=day, end=day, precision=prec, evidence=[Span(m.start(), m.end())],
                                 phrase=m.group(0), method=METHOD + "+day_before", confidence=FOLLOW_UP_CONFIDENCE))
            continue
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


# a note's opening day: "On 3 May 2021, ..." (a full date, the note's first words, a comma after it)
_LEAD_ON = re.compile(r"\s*(?:On\s+)?$", re.I)


def _note_lead(text: str, c: DateClaim) -> bool:
    """Is ``c`` the day a conflict note opens on ("On 3 May 2021, youths blocked ...")?"""
    if not c.evidence or c.precision != 1 or c.start != c.end:
        return False
    ev = c.evidence[0]
    return ev.start <= 4 and _LEAD_ON.match(text[: ev.start]) is not None and text[ev.end : ev.end + 1] == "," and (
        re.search(r"\d{4}$", text[ev.start : ev.end]) is not None)


# a crowd's motive told as a clause of its own ("angry that ...", "accusing a guard of ..."): a day counted back
# inside it dates the cause the crowd answers, an earlier incident, never the crowd's own action or its sequel
_MOTIVE = re.compile(r"\b(?:(?:angered|angry|enraged|incensed|outraged|upset|furious)\s+(?:that|because|over|about|at|by)|"
                     r"accus(?:e|ed|es|ing)\s+(?:\w+\s+){1,3}?of|blam(?:e|ed|es|ing)\s+(?:\w+\s+){1,3}?for)\b", re.I)


# what a protest opposes, named with the act that made it ("marched against the fuel levy approved two days
# before", "rallied denouncing a ruling handed down a day earlier"): the day counted back dates that act (a
# reduced relative on the opposed thing), the protest's cause, never the protest itself
_OPPOSED_DONE = re.compile(r"\b(?:against|protesting|opposing|denouncing|rejecting|condemning|decrying)\s+"
                           r"(?:[\w'-]+\s+){1,6}?(?<!was\s)(?<!were\s)(?<!been\s)(?<!had\s)"
                           r"[a-z]+(?:ed|en|wn)(?:\s+(?:down|up|out|through))?\s*$", re.I)


_HARM_AFTER = re.compile(r"\s+(?:(?:he|she|they|it|him|her)\s+)?(?:(?:was|were|had\s+been|got)\s+)?(?:being\s+)?"
                         r"(?P<w>[A-Za-z]+)")


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
    death = _terms().death_words
    if not words or not words <= death:
        return False
    m = _HARM_AFTER.match(text, after_end)
    return m is not None and m.group("w").lower() in _incident_words() - death


@lru_cache(maxsize=1)
def _lead_after_re() -> re.Pattern[str]:
    """'Two days after', 'nearly a week after' opening a sentence (approximation words: data/date_terms.yaml
    ``lead_after_approx_words``)."""
    return re.compile(
        rf"(?P<lead>(?:(?P<approx>{_terms().lead_after_approx_re})\s+)?"
        r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+after)\s+",
        re.I)


def _lead_after(text: str, res: list[DateClaim]) -> list[DateClaim]:
    """'Two days after a grenade exploded in a bar, police arrested a suspect on Wednesday': the sentence opens on
    the incident, dated by the sequel's day less the gap (Monday); the sequel's day drops below event level.

    Why: a follow-up report dates its own sentence by the sequel; linking needs the incident's day.
    """
    out = list(res)
    for m in _lead_after_re().finditer(text):
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
        n = _num(m.group("n")) or 1
        gap = timedelta(days=n * 7 if m.group("unit").lower().startswith("week") else n)
        ref = out[days[0]]
        out[days[0]] = replace(ref, confidence=FOLLOW_UP_CONFIDENCE)
        day = ref.start - gap
        prec = 2 if m.group("approx") or m.group("unit").lower().startswith("week") else 1
        out.append(DateClaim(start=day, end=day, precision=prec, evidence=[Span(m.start("lead"), m.end("lead"))],
                             phrase=m.group("lead"), method=METHOD + "+lead_after", confidence=0.8))
    out.sort(key=lambda c: c.evidence[0].start if c.evidence else 0)
    return out
