"""Dates that are not the incident's: a statement's ("said on Tuesday"), the future's, the dateline's, a byline's
or filing stamp's, a funeral's or other aftermath's; and the shared helpers :func:`_date_words` and :func:`_day`.

Why its own module: every other date rule asks these first, so they sit at the bottom of the import order.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from ..records import DateClaim
from ._dateline import dateline_span
from ._doc_basics import _overlaps


@lru_cache(maxsize=16)
def _date_words(key: str) -> frozenset[str]:
    """A word list of data/date_terms.yaml: ``aftermath_verbs`` (custody, court and hospital verbs: a date on them
    dates what followed the event), ``incident_words`` (words naming the incident), ``charge_words``."""
    from ..vocab import load_vocab

    return frozenset(str(v).lower() for v in load_vocab("date_terms")["entries"].get(key) or [])


def _day(published: Any) -> Any:
    return published.date() if hasattr(published, "date") else published


# "said on Tuesday" dates the statement; "by 11 March", "as of Tuesday" date a running tally: neither is the event's
_SAID_BEFORE = re.compile(
    r"(?:\b(?:said|says|reported|told|announced|added|stated|confirmed)\s*|\b(?:by|as\s+of|until|through)\s+)$", re.I)


@lru_cache(maxsize=2)
def _statement_verbs(tallies: bool = True) -> frozenset[str]:
    """Reporting verbs (data/speech_verbs.yaml) plus, with ``tallies``, tallying ones: a date on them dates a
    statement or a count. Without ``tallies``, only verbs that report whatever follows them ("call", "put",
    "record" report only in set phrases: "deputies were called out on Wednesday" is no report)."""
    from ..vocab import load_vocab

    e = load_vocab("speech_verbs")["entries"]
    verbs = {str(v).lower() for v in e["verbs"]}
    if not tallies:
        return frozenset(verbs - {str(v).lower() for v in e.get("phrase_only") or []})
    return frozenset(verbs | {"count", "tally", "list", "find"})


_SAID_DEPS = ("ccomp", "dobj", "xcomp", "parataxis")  # what a reporting verb reports


def _dates_a_statement(sent: Span, claim: DateClaim, tallies: bool = True) -> bool:
    """'On 22 July the committee reported that ...', 'said on Tuesday': the date belongs to the report. Not when
    words naming the incident stand between the verb and the date ('figures published about the violence on
    the coast between 6 and 10 March': the violence's days, wherever the parser hangs them). ``tallies=False``:
    reporting verbs only, with what they report ("officers found the car on Friday", "deputies responded to
    the house on Sunday" are no reports)."""
    span = sent.doc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    for anc in span.root.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            if anc.lemma_.lower() not in _statement_verbs(tallies):
                return False
            if not tallies and not any(ch.dep_ in _SAID_DEPS for ch in anc.children):
                return False  # "deputies responded to the house on Sunday": nothing reported
            if anc.i > span.start:
                return True  # "On 22 July the committee investigating the killings reported": the report's day
            incident = _date_words("incident_words")
            between = sent.doc[anc.i + 1 : span.start]
            return not any(t.lower_ in incident or t.lemma_.lower() in incident for t in between)
    return False


def _future_date(sent: Span, claim: DateClaim) -> bool:
    """'Detectives will brief reporters Friday morning': a day in a future clause is a plan (a briefing, a
    hearing, a vigil to come), never the day of the event, even when it falls before publication."""
    span = sent.doc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    future = _date_words("future_auxiliaries")
    for anc in span.root.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return any(ch.dep_ == "aux" and ch.lower_ in future for ch in anc.children)
    return False


def _dateline_date(text: str, claim: DateClaim) -> bool:
    """'YANGON, Feb 27 (Mekong Wire) -': a date inside the wire dateline is the day the story was filed."""
    dl = dateline_span(text) if claim.evidence and claim.evidence[0].start < 80 else None
    return dl is not None and _overlaps(claim.evidence[0], dl)


# "(Jan. 2, 2016) -", "[Updated 9:40 p.m. ET Friday]", "NEWS RELEASE (11:30 A.M. Monday)": when the story was filed
_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s*m\.?\s*(?:[ECMP][SD]?T\s*)?)"
_STAMP_BEFORE = re.compile(rf"[(\[]\s*(?:updated?\s*:?\s*)?(?:{_CLOCK})?$", re.I)
_STAMP_AFTER = re.compile(rf"\s*(?:,?\s*{_CLOCK})?[)\]]", re.I)
# an article's own day for these types is the day of the arrest, the protest, the riot
_AFTERMATH_IS_EVENT = ("Protests", "Riots", "Strategic developments")


def _stamped(text: str, claim: DateClaim) -> bool:
    """A bracketed date standing alone, maybe with a clock time, or a byline's 'Published ...' date: the story's
    filing or update stamp."""
    s, e = claim.evidence[0].start, claim.evidence[0].end
    return bool(_STAMP_BEFORE.search(text[max(0, s - 30) : s]) and _STAMP_AFTER.match(text, e)) or _byline_stamp(
        text, claim)


@lru_cache(maxsize=1)
def _byline_lead() -> re.Pattern[str]:
    """'Published 6:12 p.m. ET ', 'Updated: ', 'Posted on Monday, ' (data/date_terms.yaml ``stamp_leads``),
    ending where the date starts."""
    leads = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_date_words("stamp_leads"), key=len,
                                                                            reverse=True)) or "(?!x)x"
    return re.compile(rf"\b(?:{leads})\s*:?\s*(?:on\s+|at\s+)?(?:{_CLOCK})?[\s,|]*"
                      rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$", re.I)


def _byline_stamp(text: str, claim: DateClaim) -> bool:
    """'Published 6:12 p.m. ET Jan. 14, 2024': a byline's date is the day the story went out, not the event's."""
    if not claim.evidence:
        return False
    s = claim.evidence[0].start
    return _byline_lead().search(text, max(0, s - 40), s) is not None


def _aftermath(sdoc: Doc, claim: DateClaim, trigger: Any, rites_only: bool = False) -> bool:
    """'charged Tuesday after he shot his neighbour on Sunday', 'arrested Friday night in the January murder': the date a
    custody, court or hospital verb governs dates what followed the incident (the trigger itself excepted).
    ``rites_only``: only a verb at a rite or place of the aftermath ("went to the morgues on Thursday") counts, for
    events whose own day is an arrest's or a protest's."""
    span = sdoc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    incident = _date_words("incident_words")
    for anc in span.root.ancestors:
        if {anc.lower_, anc.lemma_.lower()} & (incident | _date_words("charge_words")):
            return False  # "the Dec. 17 incident", "the Dec. 17 murder"
        if anc.pos_ in ("VERB", "AUX"):
            custody = not rites_only and (anc.lemma_.lower() in _date_words("aftermath_verbs") or (
                anc.dep_ == "relcl" and anc.lemma_.lower() in _date_words("later_death_verbs")))
            if anc.i == trigger.i or not (custody or _at_rite(anc)):
                return False
            # "arrested in connection with a shooting that occurred Tuesday": the words between name the incident
            between = sdoc[min(anc.i, span.start) + 1 : span.start] if anc.i < span.start else sdoc[span.end : anc.i]
            return not any(t.lower_ in incident or t.lemma_.lower() in incident for t in between)
    return False


def _at_rite(verb: Any) -> bool:
    """'gathered for the funerals', 'went to city morgues', 'held a vigil': the verb's object, or the object of its
    preposition, is a place or rite of the aftermath (data/date_terms.yaml ``aftermath_nouns``)."""
    nouns = _date_words("aftermath_nouns")
    for child in verb.children:
        objs = [child] if child.dep_ in ("dobj", "attr") else [g for g in child.children if g.dep_ == "pobj"] if (
            child.dep_ == "prep") else []
        if any(o.lower_ in nouns or o.lemma_.lower() in nouns for o in objs):
            return True
    return False


def _filing_stamp(dates: list[DateClaim], text: str) -> Any:
    """The day of a dated dateline near the top ("YORK, Pa. (Jan. 4, 2016) —"): the story's filing date, which
    stands in for a missing publication date so that "late Monday night" can be resolved."""
    for c in dates:
        if c.evidence and c.evidence[0].start < 300 and c.precision == 1 and c.start == c.end and _stamped(text, c):
            return c.start
    return None
