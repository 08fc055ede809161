"""Tolls told as background: deaths of an earlier or separately coded event (_earlier_event), of an earlier year or
a month named without its day (_earlier_year); _recent: does a document tell harm of its own incident?
running_total: a figure in the perfect tense over a period (the period words shared with the period tallies).

Why here: both the counts grammar (a lone victim, a rank told again) and the event's toll leave these figures out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...records import Count
from ...vocab import load_vocab
from .._doc_basics import _SHORT_DOC
from ._other_incident import told_of_other_incident


@lru_cache(maxsize=1)
def _earlier_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    spec = load_vocab("count_terms").get("earlier_event") or {}

    def alt(key: str) -> re.Pattern[str]:
        words = sorted((str(w) for w in spec.get(key) or ()), key=len, reverse=True)
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(" ", r"\s+") for w in words) or "(?!x)x"
        return re.compile(rf"\b(?:{body})\b", re.I)

    opening = alt("sentence_start")
    return (alt("after"), alt("before"), re.compile(rf"^\s*(?:{opening.pattern})", re.I), alt("note_before"),
            alt("series_after"))


def _earlier_event(text: str, count: Count, periods: bool = True) -> bool:
    """A toll told as background: deaths of an earlier or separately coded event, not this event's. ``periods``:
    a tally over a period ("since January") counts as background too (not when the event is that tally's own)."""
    if not count.evidence:
        return False
    span = count.evidence[0]
    after_res, before_res, opening_re, note_res, series_res = _earlier_res()
    tail = text[max(span.start, span.end - 15) : span.end]  # "killed one woman several days| earlier"
    # a relative clause after the victim dates what the victim did, not the death ("killed a suspected burglar who
    # had robbed a shop the previous week")
    clause = re.split(r"[.;:!?]\s|\band\b|,|\b(?:who|whom|whose)\b", text[span.end : span.end + 90])[0]
    if len(clause) > 60:
        rel = _RELATIVE_OF_PLACE.search(clause)
        clause = clause[:60] if len(text) > _SHORT_DOC else clause[: max(60, rel.start())] if rel else clause
    # (a note's clause of place may be long: "killed by a mob in nearby X village in Y town days earlier"; not past
    # "the complex where a gunman killed three men in the summer of 2012", another incident's own date)
    right = tail + clause
    if _BODIES_OF.match(count.phrase or ""):
        # "the bodies of two traders kidnapped a week earlier were found": the participle clause dates what befell
        # the victims before, the finding is this event's (ACLED codes the bodies where and when they are found)
        right = tail + _VICTIM_CLAUSE.split(right[len(tail):])[0]
    left = re.split(r"[.;:!?]\s|,", text[max(0, span.start - 40) : span.start])[-1]
    opening = re.split(r"[.!?]\s", text[max(0, span.start - 120) : span.start])[-1]  # the sentence so far
    # ">=": the phrase may close the figure's own span ("killed four soldiers last year")
    note = note_res.search(left) if len(text) <= _SHORT_DOC else None
    # "a man accused of killing a rider" (the rider's death is its own event); not "set upon two men accused of
    # robbing a shop and lynched one of them", where the killing is the crowd's next act
    if note is None and len(text) <= _SHORT_DOC:
        note = _BELIEVED_OF.search(left)
    if note and not re.search(r"\band\s+(?!\w+ing\b)\w+", left[note.end():] + (count.phrase or "")) and not (
            _AFFILIATION.match(left[note.end():]) and _FINITE_KILL.match(count.phrase or "")):
        return True
    if len(text) <= _SHORT_DOC and _arrest_of_earlier(opening):
        return True
    if len(text) <= _SHORT_DOC and _OPENING_RELATIVE.match(opening) and _MAIN_STATE.match(
            re.split(r"[.;!?]\s", text[span.end : span.end + 160])[0]):
        return True
    own = _own_separate(text, count)
    return ((not own and any(m.end() >= len(tail) for m in after_res.finditer(right))) or bool(before_res.search(left))
            or bool(opening_re.match(opening)) or told_of_other_incident(text, span.start)
            or (bool(_CUMULATIVE.match(count.phrase or "")) and not _SINCE_RECENT.match(text[span.end : span.end + 40]))
            or (periods and (bool(_PERIOD_TALLY.search(right[len(tail):]))
                             or any(m.end() >= len(tail) for m in series_res.finditer(right))
                             or bool(_PERIOD_IN_FIGURE.search(count.phrase or ""))))
            or (len(text) <= _SHORT_DOC and bool(_LAST_WEEK.match(right[len(tail):])))
            or (len(text) <= _SHORT_DOC and bool(_RELATIVE_LAST.search(opening)))
            or _after_another_incident(text, span.start)
            or (len(text) <= _SHORT_DOC and _later_act(text, span.start, count))
            # "the same club where four people were killed in 2019": a place's past, dated by its year
            or (bool(re.search(r"\bwhere\s+$", left)) and bool(_IN_YEAR.search(right[len(tail):]))))


# "a mob lynched a man they believe killed a child": the crime the crowd believes its victim did, told in a relative
# clause on the person (not "They believe the man shot the woman": the sentence's own act)
_BELIEVED_OF = re.compile(r"\b(?:man|woman|men|women|person|people|suspect|suspects|youth|youths|boy|girl|thief|"
                          r"thieves|herder|herdsman|robber|robbers)\s+(?:whom\s+)?(?:they|residents|villagers)\s+"
                          r"(?:believe|believed|suspect|suspected|say|said)\s+(?:had\s+)?$", re.I)


# "Militants linked to the Zorblax Front kill three": the note's phrase names whom the actors are tied to (a name),
# and the figure is the main verb's own (a finite kill verb, not "killing" nor "having killed"): this note's toll
_AFFILIATION = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,4}(?:(?:militants|fighters|cells|militias?|members|"
                          r"gunmen)\s+)?$")
_FINITE_KILL = re.compile(r"(?:kill|kills|killed|shoot|shoots|shot|murder|murders|murdered|attack|attacks|attacked)\b",
                          re.I)


# "Gunmen killed three people in separate incidents on the same night": a figure that spans several incidents
_SEPARATE_PLURAL = re.compile(r"\s*(?:(?:on|in|at)\s+[\w\s-]{1,30}?\s+)?in\s+(?:separate|different|unrelated)\s+"
                              r"(?:\w+\s+){0,2}?(?:incidents|attacks|shootings|raids|killings|clashes)\b", re.I)
_KILLING_WORD = re.compile(r"\b(?:kill\w*|dead|died|die|shot|murder\w*|lynch\w*|hacked|bodies|body)\b", re.I)


def _own_separate(text: str, count: Count) -> bool:
    """A note's first toll told "in separate incidents" (plural) is the note's own: ACLED codes those deaths on
    its row, all together. Not so in a story, nor after a toll already told ("a man was killed ... two more died in
    separate attacks")."""
    span = count.evidence[0]
    return (len(text) <= _SHORT_DOC and count.low > 1 and _SEPARATE_PLURAL.match(text, span.end) is not None
            and not _KILLING_WORD.search(text, 0, _clause_start(text, span.start)))


def _clause_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` opens (its own kill verb may stand before the figure)."""
    cut = max(text.rfind(". ", 0, start), text.rfind("; ", 0, start))
    return cut + 1 if cut >= 0 else 0


_BODIES_OF = re.compile(r"^(?:the\s+)?(?:bod(?:y|ies)|remains|corpses?)\s+of\b", re.I)
# a reduced relative clause after the victims ("abducted by gunmen", "taken from their homes", "missing since")
_VICTIM_CLAUSE = re.compile(r"\b(?:\w+ed|taken|seen|stolen|driven|held|missing|last)\b", re.I)


# a note's sentence that opens on a later day ("The following day, police killed three raiders in a pursuit"): a new
# act on another day is another event, coded on its own row (ACLED codes one event a row, on its own day); deaths
# from the event's wounds or bodies found later stay the event's ("The next day, a third victim died")
_LATER_DAY = re.compile(r"^\s*(?:the\s+(?:following|next)\s+(?:day|morning|evening|night|week)|later\s+that\s+(?:week|month)"
                        r"|(?:on\s+)?the\s+(?:following|next)\s+day|(?:two|three|four|five|several|a\s+few|\d+)\s+days\s+"
                        r"later)\s*,?\s", re.I)
_LATER_OWN = re.compile(r"\b(?:died|succumbed|dies|succumbs|bod(?:y|ies)|remains|toll|found|recovered|discovered|"
                        r"passed\s+away)\b", re.I)


def _later_act(text: str, start: int, count: Count) -> bool:
    """Is the figure at ``start`` told in a sentence that opens on a later day and tells a new act (someone killed
    someone), not a later death or a body found, with the note's own toll told before it?"""
    if count.kind != "killed":
        return False
    sents = re.split(r"(?<=[.!?])\s+", text[:start])
    if len(sents) < 2 or not _LATER_DAY.match(sents[-1]):
        return False
    end = re.search(r"[.!?](?:\s|$)", text[start:])
    sentence = sents[-1] + text[start : start + (end.start() if end else len(text) - start)]
    if _LATER_OWN.search(sentence):
        return False
    return bool(re.search(r"\b(?:killed|killing|dead|died|shot|hacked|lynched)\b", " ".join(sents[:-1]), re.I))


# a note's arrest: "police arrested four suspects linked to last month's raid in which 12 people were killed": the
# arrest is the event, the raid another one; its toll is only harm done during the arrest ("arrested two and shot
# dead a third", a clause of its own after "and", keeps its toll)
_ARREST = re.compile(r"\b(?:arrested|arrests?|detained|nabbed|apprehended|charged|arraigned|rounded\s+up|picked\s+up)"
                     r"\b", re.I)


def _arrest_of_earlier(opening: str) -> bool:
    """Does the sentence so far tell an arrest linked to another incident ("arrested ... linked to", "over",
    "in connection with"), the figure told inside that incident's phrase?"""
    arrest = _ARREST.search(opening)
    if arrest is None:
        return False
    rest = opening[arrest.end():]
    _after, _before, _opening, note_res, _series = _earlier_res()
    link = note_res.search(rest) or re.search(r"\b(?:over|for)\s+(?:the|a|an|last|this)\b", rest, re.I)
    if link is None:
        return False
    return not re.search(r"(?:,|\band)\s+(?:then\s+|later\s+)?(?:(?!\w+ing\b)\w+(?:ed|ot|ew)\b|$)", rest[link.end():])


# "Raiders who killed at least 12 herders last year are now camped across the border": a note's sentence that
# opens on a short noun phrase and a relative clause holding the toll, then tells what those people are or have
# done since (a state, a perfect, a passive): the killing describes the actor, an earlier event's toll, not this
# note's ("Militants who killed three workers fled to Somalia" keeps its toll: a plain past act of the same raid)
_OPENING_RELATIVE = re.compile(r"^\s*(?:[\w'-]+\s+){1,4}(?:who|that)\s+(?:had\s+|have\s+|has\s+)?$")
_MAIN_STATE = re.compile(r"^(?:[^,]*?\s)??(?:have|has|had|are|is|were|was|now|still|remain|remains)\s+\w+", re.I)


# "repeated attacks in which hundreds of people have been killed": a vague figure in the perfect sums many incidents
_CUMULATIVE = re.compile(r"^(?:many\s+)?(?:hundreds|thousands|dozens|scores|tens)\s+of\b.*\b(?:have|has)\s+been\s+"
                         r"(?:killed|wounded|injured|hurt)\b", re.I)
# "Dozens of people have been killed since Tuesday": a running toll of this event, counted from a recent day
_SINCE_RECENT = re.compile(r"\s*(?:so\s+far\s+)?since\s+(?:(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                      r"Sunday|night|week)|yesterday|the\s+(?:attack|fighting|clashes|violence|strike|blast|raid)s?)\b",
                      re.I)


_MONTHS_WORDS = "January|February|March|April|May|June|July|August|September|October|November|December"
# a span of months or years a tally is counted over ("since January", "since mid-2020", "since the start of 2021",
# "in the past three months", "over the last year", "so far this year"): many incidents, not one event's (a day or the
# event itself: _SINCE_RECENT)
_PERIOD = (rf"\bsince\s+(?:(?:early|late|mid|the\s+start\s+of|the\s+beginning\s+of)[\s-]+)?(?:{_MONTHS_WORDS}|"
           r"(?:19|20)\d\d|last\s+year)\b"
           r"|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:year|decade|(?:\w+\s+)?(?:weeks|months|years|decade))\b"
           r"|\b(?:so\s+far\s+)?this\s+year\b")
_PERIOD_RE = re.compile(_PERIOD, re.I)
# "At least 15 people have been killed in the area since January": a tally over a period told beside the incident,
# in the figure's clause after it
_PERIOD_TALLY = re.compile(rf"^[^.;]*?(?:{_PERIOD})", re.I)
_PERFECT = re.compile(r"\b(?:have|has)\b", re.I)


def running_total(text: str, c: Count) -> bool:
    """A figure in the perfect tense over months or years ("have been killed since 2021", "have left 17 dead since
    January", "have killed 23 people over the past year"): a running total, never this event's toll. A period
    tally without the perfect is background only while the event has a toll of its own (``_earlier_event``'s
    ``periods``)."""
    if not c.evidence:
        return False
    a, b = c.evidence[0].start, c.evidence[0].end
    left = re.split(r"[.;!?]\s|,", text[max(0, a - 40) : a])[-1]
    right = re.split(r"[.;!?]\s|,", text[b : b + 50])[0]
    phrase = c.phrase if len(c.phrase) <= 50 else ""  # a lone victim's long clause tells no figure's tense
    return bool((_PERFECT.search(left) or _PERFECT.search(phrase))
                and (_PERIOD_RE.search(right) or _PERIOD_RE.search(phrase)))

# "The city had another shooting the same weekend. On Saturday afternoon, a man of 40 was hit in the arm": a
# sentence that announces another incident, told after the story's own harm, hands the next sentence's toll to it
_ANOTHER_INCIDENT = re.compile(r"\b(?:another|a\s+separate|an\s+unrelated|a\s+second)\s+(?:\w+\s+)?(?:shooting|attack|"
                               r"incident|stabbing)s?\b[^.!?]*[.!?]\s*$", re.I)
_HARM_TOLD = re.compile(r"\b(?:killed|died|dead|shot|wounded|hurt|injured)\b", re.I)


def _after_another_incident(text: str, start: int) -> bool:
    """Is the figure at ``start`` in the sentence right after one that announces another incident (with no toll of
    its own), the story's own harm having been told before that announcement?"""
    sents = re.split(r"(?<=[.!?])\s+", text[:start])
    if len(sents) < 3:
        return False
    prev = sents[-2] + " "
    before = " ".join(sents[:-2])
    return (bool(_ANOTHER_INCIDENT.search(prev)) and not _HARM_TOLD.search(prev)
            and bool(_HARM_TOLD.search(before)))


# a note's "a man killed by police in Mathare last week": a note is dated to its own day, so a death of last week or
# last month is another event's (in an article the story's own incident may be last week's: notes only)
_LAST_WEEK = re.compile(r"[^.;,]*?\blast\s+(?:week|month)\b", re.I)
_RELATIVE_OF_PLACE = re.compile(r"\b(?:where|when|which|that)\b", re.I)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# "gunmen said to be members of a gang who raided a market last Tuesday, killing three traders": the toll of a deed
# a relative clause dates to an earlier day (a note is dated to its own day), told to say who the actors are
_RELATIVE_LAST = re.compile(rf"\b(?:who|which|that)\s+(?:had\s+)?\w+ed\b[^.;!?]*?\blast\s+(?:week|month|night|"
                            rf"{_WEEKDAYS})\b(?:[^.;!?]{{0,30}}?)(?:,\s*)?$", re.I)
# "bringing the number of suspects killed this month to seven": a period named inside the figure's own phrase
# "bringing the death toll from the week's clashes to 11": a toll of a period's clashes, not of this one
_PERIOD_IN_FIGURE = re.compile(r"\b(?:number|tally|total|count)\s+of\b.*\b(?:this|last)\s+(?:year|month|week)\b"
                               r"|\b(?:toll|tally|total|number)\s+(?:from|of|for)\s+(?:the|this|last)\s+"
                               r"(?:week|weekend|month|year)(?:'s|\u2019s)\s", re.I)


_IN_YEAR = re.compile(r"\b(?i:in)\s+(?:(?i:early|late|mid)[\s-]+)?(?:the\s+\w+\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?"
                      r"((?:19|20)\d\d)\b")
_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?![\d,])")


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")
# a clause dated by a month alone ("In March, ...", "and in June two men were wounded"): a story's own incident is
# told by its day ("on March 3", "Sunday"); a month without a day recalls another incident
_IN_MONTH_OPENING = re.compile(rf"\s*(?:(?i:and\s+)?(?i:back\s+)?(?i:in)\s+(?:(?i:early|late|mid)[\s-]+)?(?:{_MONTHS})"
                               rf"(?:\s+(?:19|20)\d\d)?)(?!\s*\d)\s*,?")
_IN_MONTH_RIGHT = re.compile(rf"\b(?i:earlier|back)\s+(?i:in)\s+(?:{_MONTHS})(?!\s*\d)")
# "killed in a series of raids in December 2023": a month and year without a day date another incident
_IN_MONTH_YEAR_RIGHT = re.compile(rf"\b(?i:in)\s+(?:(?i:early|late|mid)[\s-]+)?(?:{_MONTHS})\s+(?:19|20)\d\d\b")
_IN_MONTH_LEFT = re.compile(rf"\b(?i:in)\s+(?:(?i:early|late|mid)[\s-]+)?(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?\s*$")


def _earlier_year(text: str, count: Count) -> bool:
    """'In 2014, two officers were shot and killed', 'her brother was shot to death in 2012': a toll the clause dates
    to a year before the latest the document names (its own). Background, unless the story is about that incident
    (a trial for a 2014 killing): see :func:`_recent`."""
    if not count.evidence or not text:
        return False
    span = count.evidence[0]
    right = text[max(span.start, span.end - 15) : span.end] + re.split(
        r"[.;:!?]\s|\band\b|,", text[span.end : span.end + 60])[0]
    opening = re.split(r"[.!?]\s", text[max(0, span.start - 120) : span.start])[-1]
    left = re.split(r"[.;:!?]\s|,", text[max(0, span.start - 40) : span.start])[-1]
    if (_IN_MONTH_OPENING.match(opening) or _IN_MONTH_LEFT.search(left) or _IN_MONTH_RIGHT.search(right)
            or _IN_MONTH_YEAR_RIGHT.search(right)):
        return True  # "In March, a shooting on the same street killed three": a month named without its day
    got = [int(m.group(1)) for m in _IN_YEAR.finditer(right)]
    m = re.match(r"\s*(?:back\s+)?" + _IN_YEAR.pattern[2:], opening)
    if m:
        got.append(int(m.group(1)))
    if not got:
        return False
    # the clause's own year may be the only one ('In 2014, ...': _YEAR leaves a year before a comma out)
    latest = max((int(y) for y in _YEAR.findall(text)), default=max(got))
    return min(got) < latest


def _recent(text: str, counts: list[Count]) -> bool:
    """Does the document tell a death or an injury that is neither background nor of an earlier year?"""
    return any(c.kind in ("killed", "injured") and not _earlier_event(text, c) and not _earlier_year(text, c)
               for c in counts)


# "Three other people were wounded", "two others were hurt": people told beside victims counted before
_OTHERS_PHRASE = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:other|others)\b", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“]?[A-Z])")


def others_of_background(text: str, count: Count, counts: list[Count], recent: bool) -> bool:
    """'... where a gunman killed two men in 2015. ... Four other people were wounded': "others" told beside an
    earlier incident's toll (the nearest killed or hurt figure before it, at most four sentences back) are that
    incident's people too, not this story's. An article's reading (a note tells one incident)."""
    if len(text) <= _SHORT_DOC or not count.evidence or not _OTHERS_PHRASE.match(count.phrase or ""):
        return False
    start = count.evidence[0].start
    before = [c for c in counts if c is not count and c.kind in ("killed", "injured") and c.evidence
              and c.evidence[0].end <= start]
    if not before:
        return False
    prev = max(before, key=lambda c: c.evidence[0].end)
    if len(_SENTENCE_BREAK.findall(text, prev.evidence[0].end, start)) > 4:
        return False
    return _earlier_event(text, prev) or (recent and _earlier_year(text, prev))
