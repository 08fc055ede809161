"""When an event happened: the date claim a trigger's sentence gives its incident (_own_date,
_incident_told_day, _custody_day), dates that belong to a statement, a byline, a funeral or the future rather than
the incident, a day within a relative window (_day_in_window, _day_within), a running toll's period (_since,
_running_date) and the date a document's tallies are told on (_told_date, _main_period, _anywhere).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from ..records import Count, DateClaim
from ._dateline import dateline_span
from ._doc_basics import _optional, _overlaps, doc_text
from ._event_tolls import _HARM
from ._events import Candidate

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


_CLAUSE_STOPS = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013"})
_ANCHOR_WORDS = 12  # how far before a date its clause's verb is looked for


def _incident_anchor(sent: Span, claim: DateClaim) -> bool | None:
    """Whether the words just before a date tell the incident ("workers killed in southern Culiacan on Thursday",
    "an attack on a village ... on Saturday", "the attack took place ... on Saturday": True) or something else
    ("demanded answers on Saturday", "kept their shops shut on Wednesday", "rose to eight on Monday": False); None
    when no verb or incident word stands in the date's clause. Read linearly: the parser often hangs such a day on
    the main verb."""
    tok = _anchor_token(sent, claim)
    if tok is None:
        return None
    incident = _date_words("incident_words") | _date_words("harm_words")
    if tok.lower_ in incident or tok.lemma_.lower() in incident:
        return True
    subj = [ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")]
    return any(ch.lower_ in incident or ch.lemma_.lower() in incident for ch in subj)


def _anchor_token(sent: Span, claim: DateClaim) -> Any:
    """The incident word or verb nearest before a date in its clause (see :func:`_incident_anchor`), or None."""
    span = sent.doc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return None
    incident = _date_words("incident_words") | _date_words("harm_words")
    for tok in reversed(sent.doc[max(sent.start, span.start - _ANCHOR_WORDS) : span.start]):
        if tok.text in _CLAUSE_STOPS:
            return None
        if tok.lower_ in incident or tok.lemma_.lower() in incident or tok.pos_ == "VERB":
            return tok
    return None


def _incident_told_day(sent: Span, inside: list[DateClaim], trigger: Any = None) -> DateClaim | None:
    """'Relatives of two workers killed in Culiacan on Thursday demanded answers on Saturday': of a sentence's
    days, the one its incident is told with beats an earlier day of a sequel (a demand, a protest, a toll's rise).

    Why: a follow-up is dated to the day its news broke, not the incident's, and linking then misses the other
    reports of that incident (linking round 7)."""
    days = [c for c in inside if c.precision == 1 and c.start == c.end]
    if len(days) < 2:
        return None
    first = _incident_anchor(sent, days[0])
    if first is None and _custody_day(sent, days[0]):
        first = False  # 'Police on Friday arrested a suspect in the killing ..., which happened on Sunday'
    if first is not False:
        return None
    tok = _anchor_token(sent, days[0])
    if trigger is not None and tok is not None and tok.i == trigger.i:
        return None  # "students protested on Wednesday after police shot a classmate on Monday": the protest's day
    return next((c for c in days[1:] if c.start < days[0].start and _incident_anchor(sent, c) is True), None)


def _custody_day(sent: Span, claim: DateClaim) -> bool:
    """Whether a day written before its verb hangs on a custody or court verb ("police on Friday arrested a
    suspect"): the aftermath's day, which no word before it shows."""
    span = sent.doc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    while head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _date_words("aftermath_verbs")


def _incident_day_elsewhere(pool: list[DateClaim], claim: DateClaim, sent: Span,
                            sents: list[Span]) -> DateClaim | None:
    """'The toll ... rose to eight on Monday ... The attack took place shortly before midnight on Saturday.': when
    the event's sentence dates a sequel (a toll's rise, a demand), an earlier day another of its sentences tells the
    incident with (within a week) is the incident's.

    Why: a follow-up is dated to the day its news broke, not the incident's (linking round 7)."""
    if claim.precision != 1 or not claim.evidence or _incident_anchor(sent, claim) is not False:
        return None
    for other in sents:
        if other.start == sent.start:
            continue
        for d in pool:
            if (d.evidence and other.start_char <= d.evidence[0].start < other.end_char and d.precision == 1
                    and d.confidence >= 0.5 and d.start == d.end and 0 < (claim.start - d.start).days <= 7
                    and _incident_anchor(other, d) is True):
                return d
    return None


def _own_date(dates: list[DateClaim], sent: Span, published: Any, trigger: Any = None) -> DateClaim | None:
    """The date a sentence itself gives its event ("on 25 June"), not the day someone said it, nor the day a wire
    dateline says the story was filed ("YANGON, Feb 27 (Mekong Wire) - ... on Monday": Monday).

    With the trigger token given, a date hanging off the trigger's clause wins ("buried on Thursday five people
    killed when gunmen stormed the village on 8 October": 8 October; "killed ... in March": March).
    """
    text = doc_text(sent.doc)
    inside = [c for c in dates if c.evidence and sent.start_char <= c.evidence[0].start < sent.end_char
              and c.confidence >= 0.3 and (published is None or c.start <= published)
              and (c.end - c.start).days <= 31
              and not _SAID_BEFORE.search(text[max(0, c.evidence[0].start - 20) : c.evidence[0].start])]
    inside = [c for c in inside if (not _dates_a_statement(sent, c) or _incident_anchor(sent, c) is True)
              and not _dateline_date(text, c)
              and not _byline_stamp(text, c) and not _future_date(sent, c)]
    possessive = _optional("_dates", "is_event_possessive")
    tells = _optional("_dates", "tells_incident")
    if possessive is not None and tells is not None and len(inside) > 1:
        own = [c for c in inside if possessive(c, text)]
        other = [c for c in inside if c not in own]
        if own and other and not tells(text, sent.start_char, other[0].evidence[0].start):
            return own[0]  # 'charged on Tuesday over last weekend's shooting': the incident's own day
    told = _incident_told_day(sent, inside, trigger)
    if told is not None:
        return told
    if trigger is not None:
        for c in inside:
            if _hangs_off(sent, c, trigger):
                return c
    inside = [c for c in inside if (c.end - c.start).days <= 7]
    if not inside:
        return None
    is_bg = _optional("_dates", "is_background")
    fresh = [c for c in inside if is_bg is None or not is_bg(c, published)]
    return (fresh or inside)[0]


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


@lru_cache(maxsize=16)
def _date_words(key: str) -> frozenset[str]:
    """A word list of data/date_terms.yaml: ``aftermath_verbs`` (custody, court and hospital verbs: a date on them
    dates what followed the event), ``incident_words`` (words naming the incident), ``charge_words``."""
    from ..vocab import load_vocab

    return frozenset(str(v).lower() for v in load_vocab("date_terms")["entries"].get(key) or [])


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


def _incident_dates(dates: list[DateClaim], sdoc: Doc, trigger: Any, published: Any,
                    rites_only: bool = False) -> list[DateClaim]:
    """An article's dates that can be its incident's: not a filing stamp or a dateline's date ("JABLEH, Syria,
    March 10 (Meridian Wire) -": the day the story was filed), not a date of the aftermath. All dates when that
    leaves none usable (a date of the aftermath is still nearer than the publication). ``rites_only`` (an arrest's,
    a protest's own day is the event's): only the days of funerals, vigils and morgues go."""
    text = doc_text(sdoc)
    dateline = dateline_span(text)
    def filed(d: DateClaim) -> bool:  # the story's filing day: a stamp, or the dateline's date
        return _stamped(text, d) or (dateline is not None and _overlaps(d.evidence[0], dateline))

    kept = [d for d in dates if d.evidence and not _aftermath(sdoc, d, trigger, rites_only)
            and (rites_only or not filed(d))]
    pub = _day(published)
    if any(d.confidence >= 0.3 and (pub is None or d.start <= pub) for d in kept):
        return kept
    return dates


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


def _day(published: Any) -> Any:
    return published.date() if hasattr(published, "date") else published


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


def _hangs_off(sent: Span, claim: DateClaim, trigger: Any) -> bool:
    """Whether a date phrase depends on the trigger (or on a clause attached to it)."""
    span = sent.doc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    return any(a.i == trigger.i or (a.head.i == trigger.i and a.dep_ == "advcl") for a in span.root.ancestors)


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


def _filing_stamp(dates: list[DateClaim], text: str) -> Any:
    """The day of a dated dateline near the top ("YORK, Pa. (Jan. 4, 2016) —"): the story's filing date, which
    stands in for a missing publication date so that "late Monday night" can be resolved."""
    for c in dates:
        if c.evidence and c.evidence[0].start < 300 and c.precision == 1 and c.start == c.end and _stamped(text, c):
            return c.start
    return None
