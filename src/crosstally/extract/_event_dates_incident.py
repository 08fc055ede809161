"""The date claim a trigger's sentence gives its incident (_own_date, _incident_told_day, _custody_day), the
incident's day told elsewhere (_incident_day_elsewhere) and the incident's dates among a document's (_incident_dates).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from ..records import DateClaim
from ._dateline import dateline_span
from ._doc_basics import _optional, _overlaps, doc_text
from ._event_dates_excluded import (
    _SAID_BEFORE,
    _aftermath,
    _byline_stamp,
    _date_words,
    _dateline_date,
    _dates_a_statement,
    _day,
    _future_date,
    _stamped,
)

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


def _hangs_off(sent: Span, claim: DateClaim, trigger: Any) -> bool:
    """Whether a date phrase depends on the trigger (or on a clause attached to it)."""
    span = sent.doc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    return any(a.i == trigger.i or (a.head.i == trigger.i and a.dep_ == "advcl") for a in span.root.ancestors)


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
