"""How many an event killed, the ACLED way: which counts make the toll (_fatalities, toll, _toll),
how figures for different groups add up (_claim_total), earlier or superseded figures left out, conflicting reports
kept apart, ACLED's own coding notes (_acled_coding, _acled_share) and the days a toll is spread over (_period_days),
and tolls of events told apart in one document (_toll_told_apart).
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ..records import Count, Event, Fatalities
from ._doc_basics import _SHORT_DOC
from ._events import event_cues as _event_cues
from ._events import has_protest_cue, without_not_armed
from ._tolls._note_shot import shot_in_note
from ._tolls._other_incident import told_of_other_incident

# ACLED's own coding notes inside its notes: "Fatalities coded as 0 (<outlet> reported N fatalities)",
# "Fatalities are split across N events (M)", "Fatalities split over 2 locations (5)".
_CODED = re.compile(r"fatalities\s+(?:were\s+|are\s+)?coded\s+as\s+(\d+)", re.I)
_SPLIT = re.compile(r"fatalities\s+(?:are\s+|were\s+)?split\s+(?:across|over|between)\s+\w+\s+\w+\s*\((\d+)", re.I)
# A coder's notes: "coded as 8 here", "FATALITIES: 15", "FATALITIES: estimate:10/ confirmed: 6", "(ESTIMATE ONLY:24";
# a toll shared across rows: "(coded across 6 events)", "(split between 2 events)" (ACLED codes each row's share)
_CODED_HERE = re.compile(r"\bcoded\s+as\s+(\d+)\s+here\b", re.I)
_FIELD = re.compile(r"\bFATALITIES\s*:\s*(?:DETAILS\s+NOT\s+SPECIFIED\s*\(?\s*)?(?:estimate(?:\s+only)?\s*(?::|of)\s*)?"
                    r"(\d+)\b(?!\s*(?:more|others?|-|to|were|killed))", re.I)
_CONFIRMED = re.compile(r"\bconfirmed\s*:\s*(\d+)", re.I)
_SHARE = re.compile(r"\((?:coded|split|spread)\s+(?:across|between|over)\s+(\d+)\s+(?:separate\s+)?(?:events|days)\)",
                    re.I)


_GRIEVANCE = re.compile(r"^(?:the\s+)?(?!(?:number|toll|tally|figure|count|total)\s)\w+\s+of\b", re.I)
# "up from 745", "had put the toll at 745", "earlier figure of 745": a figure the document itself has replaced
_SUPERSEDED = re.compile(
    r"(?:\b(?:up|rising|risen|rose|increased|climbed|jumped)\s+from\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}"
    r"|\b(?:had|earlier|previously|initially|originally|first)\b[^.;]{0,40}\b(?:toll|figure|tally|count)\b[^.;]{0,25}"
    r"|\b(?:earlier|previous|initial|original)\s+(?:toll|figure|count|tally)\s+(?:of\s+)?"
    # "Police had earlier said two people were killed and three wounded"
    r"|\b(?:had\s+)?(?:earlier|initially|originally|previously|first)\s+(?:said|reported|stated|told\s+\w+)\b"
    r"(?:\s+that)?[^.;]{0,40}"
    # "Initially, police said one person was killed": the first account, told as such before its speaker
    r"|(?:^|[.;]\s*|\n)\s*(?:initially|originally|at\s+first)\s*,?\s+(?:the\s+)?(?:[\w'.]+\s+){1,4}?"
    r"(?:said|reported|stated|announced)\b(?:\s+that)?[^.;]{0,40})$",
    re.I,
)
_GENERIC = {"", "people", "persons", "person", "others", "individuals", "dead", "victims", "bodies"}


def is_superseded(text: str, count: Count) -> bool:
    """A figure the document itself reports as earlier ("up from 745", "had put the toll at 745")."""
    start = count.evidence[0].start if count.evidence else 0
    left = text[max(0, start - 70) : start]
    left = left.split(". ")[-1]
    return bool(_SUPERSEDED.search(left))


def _group_class(group: str | None) -> str:
    """'armed_state' / 'armed_nonstate' / 'civilian' / 'generic' / 'other:<words>': which victims a group names."""
    ws = set(without_not_armed((group or "").lower().replace("-", " ")).replace(",", " ").split())
    if not ws or ws <= _GENERIC | {"the", "of", "on", "both", "sides", "at", "least", "more", "than"}:
        return "generic"
    cues = _event_cues()
    if ws & cues["armed_state"] and not ws & cues["armed_nonstate"]:
        return "armed_state"
    if ws & cues["armed_nonstate"]:
        return "armed_nonstate" if not ws & cues["armed_state"] else "armed"
    if ws & (cues["civilians"] - {"people", "person"}):
        return "civilian"
    if ws & {"people", "person", "persons"}:
        return "generic"
    return "other:" + " ".join(sorted(ws))  # "council member": its own group, added to the guards beside it


def _additive(c: Count) -> bool:
    """A figure that adds to victims counted before it: "4 more bodies", "another man"; the shooter who killed
    himself ("killed five people before killing himself": the five are his victims, he is one more)."""
    from ._tolls._terms import DIED_AMONG_METHOD, SELF_METHOD, _single_vocab

    first = (c.group or "").lower().split(" ")[0]
    more = re.match(r"\w+\s+more\b(?!\s+than)", c.phrase or "", re.I) is not None  # "two more died"
    # "one police officer was also killed", "a neighbour later died of his wounds": one more than those told before
    more = more or _ALSO_KILLED.match(c.phrase or "") is not None
    return c.method in (SELF_METHOD, DIED_AMONG_METHOD) or more or first in ("more", "other", "another", "additional", "further") or (
        first in _single_vocab()["ordinal_persons"]  # "a second victim was found"; not "the second victim"
        and re.match(r"an?\s", c.phrase or "", re.I) is not None)


# a figure told as one more than the victims before it: "one police officer was also killed", "a neighbour later
# died" (an indefinite person, not "the victim later died": the same person told again)
_ALSO_KILLED = re.compile(r"(?:an?|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){1,3}?(?:(?:was|were)\s+also\s+"
                          r"(?:killed|shot\s+dead|found\s+dead)|later\s+(?:died|succumbed))\b", re.I)


def _class_figures(counts: list[Count]) -> dict[str, int]:
    """One voice's largest figure per victim class (additive figures left out), and at least as many as the lone
    people of that class it tells apart ("a man was shot dead ... gunmen also killed a woman": the counts grammar
    keeps two one-person counts only for two people, so they are two, not one figure told twice)."""
    by_class: dict[str, int] = {}
    ones: dict[str, int] = {}
    for c in counts:
        if not _additive(c):
            cls = _group_class(c.group)
            by_class[cls] = max(by_class.get(cls, 0), c.low)
            if c.low == 1 and c.high in (1, None) and cls != "generic":
                ones[cls] = ones.get(cls, 0) + 1
    for cls, n in ones.items():
        by_class[cls] = max(by_class[cls], n)
    return by_class


_RUNNING_TOLL = re.compile(r"\b(?:toll|tally)\b", re.I)


def _start(c: Count) -> int:
    return c.evidence[0].start if c.evidence else 0


_MORE_WORDS = ("more", "other", "another", "additional", "further")


def _adds_to_told(counts: list[Count]) -> list[Count]:
    """The voice's figures with an additive one that adds to nothing told before it, and is told again by the same
    number after it, read as one figure ("Four men were killed and three other people were wounded ... Two women
    and a man were wounded": 'other' sets the hurt apart from the dead, so the three are told twice; not "killed
    along with 4 other members and 5 guards", where 'other' adds to a person no figure counts), and an ordinal whose
    rank the figures told before it already reach dropped ("Two workers were shot ... A second worker was
    wounded": one of the two)."""
    from ._tolls._terms import _ORDINALS

    out: list[Count] = []
    told = 0
    for c in sorted(counts, key=_start):
        words = (c.group or "").lower().split()
        if _additive(c) and words:
            rank = _ORDINALS.get(words[0])
            if rank is not None and told >= rank and re.match(r"an?\s", c.phrase or "", re.I):
                continue
            if not told and words[0] in _MORE_WORDS and any(
                    d.low == c.low and not _additive(d) and _start(d) > _start(c) for d in counts):
                c = dataclasses.replace(c, group=" ".join(words[1:]) or "people")
                told = c.low
                out.append(c)
                continue
        told = told + c.low if _additive(c) else max(told, c.low)
        out.append(c)
    return out


def _claim_total(counts: list[Count]) -> tuple[int, frozenset[str]]:
    """One voice's toll: disjoint victim classes summed ("3 soldiers and 2 civilians"), repeats never."""
    counts = _adds_to_told(counts)
    by_class = _class_figures(counts)
    # "4 more bodies were found": on top of the others, unless a running toll told after them already holds them
    # ("two more bodies were found, bringing the death toll to 7": 7)
    running = [c for c in counts if not _additive(c) and c.evidence and _RUNNING_TOLL.search(c.phrase or "")]
    additive = sum(c.low for c in counts if _additive(c) and not any(
        c.evidence and r.evidence[0].start > c.evidence[0].start and r.low >= c.low for r in running))
    classes = frozenset(by_class)
    generic = by_class.pop("generic", 0)
    if "armed" in by_class and ("armed_state" in by_class or "armed_nonstate" in by_class):
        by_class["armed"] = max(by_class.pop("armed"), by_class.pop("armed_state", 0) + by_class.pop("armed_nonstate", 0))
    return max(generic, sum(by_class.values())) + additive, classes


_NO_TOLL_SUBS = frozenset({"Peaceful protest"})


def _fatalities(counts: list[Count], event_type: str = "", text: str = "", lead: list[Count] | None = None,
                sub_event_type: str = "") -> Fatalities:
    """ACLED's conservative low and the largest figure reported.

    The document's own (unattributed) figures form one voice: disjoint victim groups summed, repeats never. Each
    named claimant is another voice. The voice of the first-told toll (or of ``lead``) is the event's; another
    voice's total within a factor two of it is an alternative claim (committee 1,426, SOHR 1,383: low the
    smallest, high the largest), a far larger one a wider total told for context. Reports the note sets apart
    ("initial reports of 3 ..., later reports of one") are alternatives however far apart. A figure the document
    says it replaced ("up from 745", "later revised the toll to one") does not count.
    """
    # a note that names no crowd at all ("the bodies of four men were found") was misread as a protest: its dead
    # are its own toll, not a crowd's grievance
    crowd = not text or event_type not in ("Protests", "Riots") or has_protest_cue(text)
    if sub_event_type in _NO_TOLL_SUBS and crowd:
        # ACLED's definitions: a protest where someone dies is "Excessive force against protesters" (or a riot);
        # deaths a peaceful protest names are its grievance or another event's (no Kenya dev row of this
        # sub-type carries a fatality).
        return Fatalities()
    killed = [c for c in counts if c.kind == "killed"] or shot_in_note(text, counts)  # "Police shoot two robbers"
    if event_type == "Protests" and crowd:
        # "protested the killing of two colleagues": the grievance, not this event's toll
        killed = [c for c in killed if not _GRIEVANCE.match(c.phrase)]
    if event_type in ("Protests", "Riots") and text:
        # "rioted in response to the killing of a trader", "stormed the station after a man was found
        # murdered": the cause a crowd answers, not a toll of the riot itself
        killed = [c for c in killed if not _answered(text, c)]
    if text and len(text) <= _SHORT_DOC:
        # "A suspected thief is lynched ... he is rescued by police": the lone victim the note says was saved
        killed = [c for c in killed if not (c.low == 1 and c.evidence and _RESCUED.search(text, c.evidence[0].start))]
    if len(text) > _SHORT_DOC:  # an article: GVDB lists the victims; an ACLED note keeps the attacker's death
        killed = [c for c in killed if not _gunman_stopped(text, c, counts)] or killed
    out = _toll(killed, text, lead, recent=bool(text) and _recent(text, counts))
    if out.low is not None and text and len(text) <= _SHORT_DOC and any(
            c.evidence and _PLUS_ATTACKER.match(text, c.evidence[0].end) for c in killed):
        # "23 people were killed, not counting the attacker": ACLED counts the perpetrator among the dead
        return Fatalities(low=out.low + 1, best=out.low + 1, high=None if out.high is None else out.high + 1)
    return out


# a note's toll told without the attacker who died in the act (ACLED counts perpetrators killed)
_PLUS_ATTACKER = re.compile(r"[^.;]{0,25}?\b(?:not\s+(?:counting|including)|excluding)\s+"
                            r"the\s+(?:suicide\s+)?(?:bomber|attacker|assailant|gunman|shooter)\b", re.I)


# the one person a note tells was saved from the mob or the attack: "the suspect was rescued by officers",
# "police rescued him", "nearly killed before he is rescued" (not "his wife was rescued": another person)
_RESCUED = re.compile(r"\b(?:he|she|the\s+(?:man|woman|suspect|victim|boy|girl|youth))\s+(?:is|was)\s+(?:later\s+)?"
                      r"rescued\b|\brescued\s+(?:him|her|the\s+(?:man|woman|suspect|victim|boy|girl|youth))\b", re.I)


_BY_FORCE_AFTER = re.compile(r"[^.;!?]{0,25}?\bby\s+(?:an?\s+|the\s+|two\s+|responding\s+|local\s+)*"
                             r"(?:police|officers?|deputies|deputy|troopers?|agents?|security|guards?|sheriff)", re.I)
_BY_FORCE_BEFORE = re.compile(r"\b(?:police|officers?|deputies|deputy|troopers?|agents?)\s+(?:who\s+\w+\s+)?"
                              r"(?:shot|killed|fatally\s+shot)(?:\s+and\s+killed)?\s*$", re.I)


_SHOOTER_CLAUSE = re.compile(r"\b(?:man|woman|person|teen(?:ager)?|boy|youth|driver)\s+who\s+(?:had\s+)?(?:shot|wounded|"
                             r"killed|injured|stabbed|opened\s+fire|fired|attacked)\b", re.I)


def _gunman_stopped(text: str, c: Count, counts: list[Count]) -> bool:
    """'the gunman was shot dead by police' in an article that tells his victims: the shooter, not one of the
    victims (GVDB's victims are those the shooter hit). One who killed himself stays counted: GVDB's annotators
    list him among the victims killed (4 of 4 such GVDB dev articles)."""
    from ._tolls._persons import _person_head
    from ._tolls._terms import SELF_METHOD, _person_classes

    roles = _person_classes()["person_roles"]
    if c.kind != "killed" or c.low != 1 or c.method == SELF_METHOD or not c.evidence:
        return False
    a, b = c.evidence[0].start, c.evidence[0].end
    # "A man who wounded two people ... was shot and killed by police": the clause names him the shooter
    if roles.get(_person_head(c.group) or "") != "offender" and not _SHOOTER_CLAUSE.search(text[a:b]):
        return False
    if not (_BY_FORCE_AFTER.match(text, b) or _BY_FORCE_BEFORE.search(text[max(0, a - 40) : a])):
        return False
    return any(o is not c and o.kind in ("killed", "injured") and o.low >= 1
               and roles.get(_person_head(o.group) or "") not in ("offender", "police") for o in counts)


_CAUSE = re.compile(r"\b(?:after|following|in\s+response\s+to|in\s+reaction\s+to|over|against|protest(?:ed|ing)?)"
                    r"(?:\s+(?:the|a|an|alleged|recent))?\s*$", re.I)


def _answered(text: str, count: Count) -> bool:
    """A death a crowd reacts to: the figure's clause opens on 'after', 'following', 'in response to'."""
    if not count.evidence:
        return False
    left = re.split(r"[.;!?]\s|,", text[max(0, count.evidence[0].start - 50) : count.evidence[0].start])[-1]
    return bool(_CAUSE.search(left))


@lru_cache(maxsize=1)
def _earlier_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from ..vocab import load_vocab

    spec = load_vocab("count_terms").get("earlier_event") or {}

    def alt(key: str) -> re.Pattern[str]:
        words = sorted((str(w) for w in spec.get(key) or ()), key=len, reverse=True)
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(" ", r"\s+") for w in words) or "(?!x)x"
        return re.compile(rf"\b(?:{body})\b", re.I)

    opening = alt("sentence_start")
    return alt("after"), alt("before"), re.compile(rf"^\s*(?:{opening.pattern})", re.I), alt("note_before")


def _earlier_event(text: str, count: Count) -> bool:
    """A toll told as background: deaths of an earlier or separately coded event, not this event's."""
    if not count.evidence:
        return False
    span = count.evidence[0]
    after_res, before_res, opening_re, note_res = _earlier_res()
    tail = text[max(span.start, span.end - 15) : span.end]  # "killed one woman several days| earlier"
    # a relative clause after the victim dates what the victim did, not the death ("killed a suspected burglar who
    # had robbed a shop the previous week")
    right = tail + re.split(r"[.;:!?]\s|\band\b|,|\b(?:who|whom|whose)\b", text[span.end : span.end + 60])[0]
    left = re.split(r"[.;:!?]\s|,", text[max(0, span.start - 40) : span.start])[-1]
    opening = re.split(r"[.!?]\s", text[max(0, span.start - 120) : span.start])[-1]  # the sentence so far
    # ">=": the phrase may close the figure's own span ("killed four soldiers last year")
    note = note_res.search(left) if len(text) <= _SHORT_DOC else None
    # "a man accused of killing a rider" (the rider's death is its own event); not "set upon two men accused of
    # robbing a shop and lynched one of them", where the killing is the crowd's next act
    if note and not re.search(r"\band\s+(?!\w+ing\b)\w+", left[note.end():] + (count.phrase or "")):
        return True
    return (any(m.end() >= len(tail) for m in after_res.finditer(right)) or bool(before_res.search(left))
            or bool(opening_re.match(opening)) or told_of_other_incident(text, span.start)
            or (bool(_CUMULATIVE.match(count.phrase or "")) and not _SINCE_RECENT.match(text[span.end : span.end + 40])))


# "repeated attacks in which hundreds of people have been killed": a vague figure in the perfect sums many incidents
_CUMULATIVE = re.compile(r"^(?:many\s+)?(?:hundreds|thousands|dozens|scores|tens)\s+of\b.*\b(?:have|has)\s+been\s+"
                         r"(?:killed|wounded|injured|hurt)\b", re.I)
# "Dozens of people have been killed since Tuesday": a running toll of this event, counted from a recent day
_SINCE_RECENT = re.compile(r"\s*(?:so\s+far\s+)?since\s+(?:(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                      r"Sunday|night|week)|yesterday|the\s+(?:attack|fighting|clashes|violence|strike|blast|raid)s?)\b",
                      re.I)


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


def toll(counts: list[Count], kind: str = "killed", text: str = "") -> Fatalities:
    """The event's total for one kind of harm (killed, injured, ...) by the same rule as its fatalities.

    Why: a reader of the claims (the eval, an export) must total "a man was shot ... another man was shot" as 2
    and "two were hurt ... the two wounded" as 2, exactly as extraction totals deaths; ``text`` (the document's
    cleaned text) lets figures the document says it replaced drop out.
    """
    return _toll([c for c in counts if c.kind == kind], text, recent=bool(text) and _recent(text, counts))


# "later revised the toll to one", "corrected the figure down to two": the document replaces what it told before
_REVISION = re.compile(
    r"\b(?:revis|correct|lower|reduc|amend|adjust|updat|downgrad|rais)\w*\b([^.;!?]{0,40})"
    r"\b(?:toll|figure|tally|count|number)\b[^.;!?]{0,20}?\bto\s+(?:\w+\s+){0,2}\w+$", re.I)
_REVISION_REACH = 250  # characters: the figure a revision replaces is told just before it


def _drop_revised(text: str, counts: list[Count]) -> list[Count]:
    """Figures a later revision in the document replaces, left out (ACLED takes the corrected figure).

    Why: the document's own figures form one voice whose repeats count once (the largest), so "initially said
    four were killed, but later revised the toll to one" would keep four; the correction must win before voices
    are totalled."""
    def start(c: Count) -> int:
        return c.evidence[0].start if c.evidence else 0

    revisions: list[tuple[Count, str]] = []
    for c in counts:
        m = _REVISION.search(text[max(0, start(c) - 80) : c.evidence[0].end]) if c.evidence else None
        if m:
            # "revised the civilian toll to one": the victims it names, when the count itself names none
            named = _group_class(c.group) if c.group else _group_class(m.group(1))
            revisions.append((c, named if named in ("armed_state", "armed_nonstate", "armed", "civilian")
                              or c.group else "generic"))
    if not revisions:
        return counts

    def replaced(c: Count) -> bool:
        cls = _group_class(c.group)
        return not _additive(c) and any(
            start(r) - _REVISION_REACH <= start(c) < start(r) and r is not c
            and (cls == "generic" or r_cls in ("generic", cls)) for r, r_cls in revisions)

    return [c for c in counts if not replaced(c)] or counts


_TITLE_CHARS = 400  # a scraped page's title (and its outlet) ends within this: ingest.clean_text's reach


# "were killed. Two", "said." at the paragraph's end: a sentence's stop ("Gasconade Co. | News" is none)
_SENTENCE_STOP = re.compile(r"[a-z0-9%][.!?][\"”’')\]]*(?:\s+[\"“]?[A-Z][a-z]|\s*$)")


def _title_end(text: str) -> int:
    """Where the page title ends: the first paragraph break in the document's top, else 0 (no title line). A first
    paragraph that holds a sentence's full stop is a lead paragraph, not a title ("Three soldiers were killed.")."""
    i = text.find("\n\n", 0, _TITLE_CHARS)
    if i <= 0 or _SENTENCE_STOP.search(text, 0, i):
        return 0
    return i


def _headline_split(text: str, counts: list[Count]) -> tuple[list[Count], list[Count]]:
    """The figures told in the title line and those told below it."""
    end = _title_end(text)
    head = [c for c in counts if end and c.evidence and c.evidence[0].end <= end]
    return head, [c for c in counts if all(c is not h for h in head)]


def _summary_and_body(head: Fatalities, body: Fatalities) -> Fatalities:
    """A headline sums up the toll its article tells ("2 dead, 1 hurt | ... a third man was injured"): told twice,
    counted once. The larger telling wins, so a toll told only in the headline is kept."""
    if head.low is None:
        return body
    if body.low is None:
        return head
    low = max(head.low, body.low)
    highs = [h for h in (head.high, body.high) if h is not None]
    high = max(highs) if highs and max(highs) > low else None
    return Fatalities(low=low, best=low, high=high)


def _toll(killed: list[Count], text: str = "", lead: list[Count] | None = None, recent: bool = False) -> Fatalities:
    """Voices, alternatives and supersession over counts of one kind (see ``_fatalities``). ``recent``: the document
    tells harm of its own incident, so tolls it dates to an earlier year are background."""
    if text:  # deaths of an earlier or separately coded event are not this event's toll
        killed = [c for c in killed if not _earlier_event(text, c)]
        if recent:
            killed = [c for c in killed if not _earlier_year(text, c)]
    if not killed:
        return Fatalities()
    current = [c for c in killed if not (text and is_superseded(text, c))] or killed
    if text:  # "two guards died ... five more deaths were feared but remain unconfirmed": the confirmed toll
        confirmed = [c for c in current if not _unconfirmed(text, c)]
        current = confirmed or current
    # "several others hurt ... Five others were wounded": a vague figure yields to an exact one of the same people
    exact_heads = {_head(c.group) for c in current if c.qualifier != "vague" and c.group}
    current = [c for c in current if c.qualifier != "vague" or _head(c.group) not in exact_heads] or current
    if text:
        current = _drop_revised(text, current)
        head, body = _headline_split(text, current)
        if head and body and all(c.qualifier == "vague" for c in head) and any(c.qualifier != "vague" for c in body):
            head = []  # "several others hurt" above "Five others were wounded": the body's figure says how many
            current = body
        from ._counts import SELF_METHOD

        # "Man killed estranged wife, then himself | ... then fatally shot himself": the body tells only the shooter's
        # own death, which adds to the victims the title counts rather than summing the story up again
        self_only = bool(body) and all(c.method == SELF_METHOD for c in body) and any(
            c.method != SELF_METHOD for c in head)
        if head and body and not self_only:
            return _summary_and_body(_toll(head, text, lead, recent), _toll(body, text, lead, recent))
    # a note that says its sources' tolls disagree ("reports of the toll varied widely: the group said it killed
    # 30 soldiers, while a news outlet reported 12 dead"): each clause is a rival telling of the same toll, and
    # ACLED codes the lowest
    disputed = bool(text) and len(text) <= _SHORT_DOC and _DISPUTED.search(text) is not None

    def voice(c: Count) -> str:
        key = _voice_of(text, c)
        if disputed and c.evidence:
            key += f"#{len(_CLAUSE_BREAK.findall(text, 0, c.evidence[0].start))}"
        return key

    voices: dict[str, list[Count]] = {}
    prev = ""
    for c in sorted(current, key=lambda c: c.evidence[0].start if c.evidence else 0):
        # "another man was shot" adds to the toll told before it, whoever is cited for either sentence
        key = prev if _additive(c) and prev in voices else voice(c)
        if key == _CONFLICTING and key in voices and not _additive(c):
            key = f"{key}#{len(voices)}"  # "conflicting reports say 9 ... or 2": rival figures, never repeats
        voices.setdefault(key, []).append(c)
        prev = key
    totals = {k: _claim_total(v) for k, v in voices.items()}
    first = [c for c in (lead or []) if any(c is x for x in current)]
    if not first:
        first = sorted(current, key=lambda c: c.evidence[0].start if c.evidence else 0)[:1]
    main_key = voice(first[0])
    main, main_cls = totals[main_key]
    main_by = _class_figures(voices[main_key])
    alternatives = [main]
    for key, (total, cls) in totals.items():
        if key == main_key:
            continue
        other_by = _class_figures(voices[key])
        if (total < main and other_by and "generic" not in other_by
                and all(main_by.get(k) == v for k, v in other_by.items())):
            continue  # "two civilians" beside the main voice's "three people ... two civilians": a part, told again
        if total < main and _one_told_alone(voices[key], key):
            continue  # "2 dead ... One man died at the scene": a single victim of that toll, not a rival toll
        overlapping = "generic" in cls or "generic" in main_cls or bool(cls & main_cls)
        # reports the note itself sets against each other ("initial reports of 3 ..., later reports of one") tell
        # the same toll, however far apart: the factor two only guards a claimant's figure of unknown scope
        set_apart = _SET_APART in key or _SET_APART in main_key or disputed
        if overlapping and (set_apart or (main <= total * 2 and total <= main * 2)):
            if set_apart and all(c.qualifier == "vague" for c in voices[main_key]) and all(
                    c.qualifier != "vague" for c in voices[key]):
                alternatives[0] = total  # "the bodies of dozens ...; the authority said 43 were killed": the count
            alternatives.append(total)
    low = min(alternatives)
    high: int | None = max(alternatives) if len(alternatives) > 1 else None
    # "the number killed ... rose to three": the toll as it now stands, an update over time, not a rival claim
    risen = [c.low for c in current if c.qualifier == "exact" and _RISEN.search(c.phrase or "")]
    if risen and max(risen) > low and max(risen) in alternatives:
        low = max(risen)
    highs = [c.high for c in current if c.high is not None]
    if highs:
        high = max(high or 0, *highs)
    if high is not None and high < low:
        high = low if all(c.high is not None for c in current) else None
    return Fatalities(low=low, best=low, high=high)


_DISPUTED = re.compile(r"\b(?:tolls?|figures?|accounts?|numbers?|reports?)\s+(?:of\s+the\s+(?:toll|dead|deaths)\s+)?"
                       r"(?:varied|vary|differed|differ|conflicted|conflict|diverged|were\s+disputed)\b", re.I)


_CLAUSE_BREAK = re.compile(r"[.;:]\s|,?\s+(?:while|whereas|but)\s", re.I)


_UNCONFIRMED = re.compile(r"\b(?:unconfirmed(?!\s+reports?\b)|not\s+(?:been\s+|yet\s+)?(?:confirmed|verified)|could\s+not\s+be\s+"
                          r"(?:confirmed|verified))\b", re.I)


def _unconfirmed(text: str, c: Count) -> bool:
    """A figure its own clause calls unconfirmed ("five more deaths were feared but remain unconfirmed", "(2 others feared dead
    in an earlier report but not confirmed)"): ACLED codes the confirmed toll beside it (the most conservative).
    "Unconfirmed reports of 8 deaths" is a voice of its own (a rival claim, kept as the high figure)."""
    if not c.evidence:
        return False
    right = re.split(r"[.;:!?)]", text[c.evidence[0].end : c.evidence[0].end + 60])[0]
    left = re.split(r"[.;:!?(]\s|,", text[max(0, c.evidence[0].start - 30) : c.evidence[0].start])[-1]
    return bool(_UNCONFIRMED.search(right) or _UNCONFIRMED.search(left))


_RISEN = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|grew)\s+to\b", re.I)


def _head(group: str | None) -> str:
    words = (group or "").lower().split()
    return words[-1] if words else ""


def _one_told_alone(counts: list[Count], key: str) -> bool:
    """A voice that only tells single people ("One man died at the scene", "a woman died at the hospital"): a
    victim a larger toll holds, told alone, never a rival total. A party's claim or reports the text sets
    apart stay rivals."""
    if key == "(claim)" or _SET_APART in key:
        return False
    return bool(counts) and all(
        c.low == 1 and c.high in (1, None) and c.group and not _additive(c)
        and not (c.group or "").lower().endswith("s") for c in counts)


_CLAIM = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.I)
# "Conflicting reports hold 18 deaths", "initial reports of 2 ... later reports of one": reports the note sets
# apart from its own telling are voices of their own (ACLED keeps the most conservative figure)
_REPORTS = re.compile(r"\b(conflicting|other|some|initial|early|earlier|later|unconfirmed|local|media|press)\s+"
                      r"reports?\b(?:\s+(?:of|hold|holds|say|said|put|suggest|suggested|indicate|indicated|that))?"
                      r"[^.;:!?]{0,25}$", re.I)


_SET_APART = "(reports:"
_CONFLICTING = f"{_SET_APART}conflicting)"


def _voice_of(text: str, c: Count) -> str:
    """Who speaks a figure: its cited claimant, a party's own claim, or reports the note sets apart."""
    if text and c.evidence and len(text) <= _SHORT_DOC and _RIVAL.search(
            text[max(0, c.evidence[0].start - 60) : c.evidence[0].start]):
        return f"{_SET_APART}rival)"  # "...; the government acknowledged one death": ACLED codes the lowest
    key = _voice_key(c.attributed_to)
    if key or not text:
        return key
    if _claimed(text, c):
        return "(claim)"
    if c.evidence:
        m = _REPORTS.search(text[max(0, c.evidence[0].start - 60) : c.evidence[0].start])
        if m:
            return f"{_SET_APART}{m.group(1).lower()})"
    return ""


# a note's second telling by another party that answers the first ("Organisers said three marchers were shot dead;
# the government acknowledged one death", "..., while police put the number of dead at five"): rival figures of
# one toll, however far apart
# ("...; the US military said the strike killed one militant", "while residents said three people died": a second
# party saying its own figure after the first)
_RIVAL = re.compile(r"(?:;|\b(?:while|whereas|but))\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}?(?:acknowledged|admitted|"
                    r"conceded|confirmed(?:\s+only)?|put\s+the\s+(?:\w+\s+){0,3}?(?:at\s+)?|put|gave|"
                    r"(?:said|says|reported|claimed|maintained|insisted)\s+(?:that\s+)?(?:(?!and\b|also\b|more\b)"
                    r"[\w'-]+\s+){0,3}?)\s*(?:only\s+)?$", re.I)


def _claimed(text: str, count: Count) -> bool:
    """A figure a party claims in its own sentence ("the militia, claiming the ambush, puts the dead at nine"): a voice of
    its own, beside the report's, whoever else is cited."""
    if not count.evidence:
        return False
    left = re.split(r"[.;!?]\s", text[max(0, count.evidence[0].start - 60) : count.evidence[0].start])[-1]
    return bool(_CLAIM.search(left))


def _voice_key(name: str | None) -> str:
    """One claimant however the text names it: "officials" / "an official", "the police" / "police"."""
    words = re.sub(r"^(?:the|an?)\s+", "", (name or "").strip().lower()).split()
    if "police" in words:
        return "police"  # "Memphis police", "police spokesman Derek Lyle", "police Inspector X": one force speaking
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _acled_coding(text: str) -> int | None:
    """A figure a coder's note states for this row: "fatalities coded as 3", "coded as 8 here", "FATALITIES: 15"."""
    m = _CODED.search(text) or _SPLIT.search(text) or _CODED_HERE.search(text)
    if m:
        return int(m.group(1))
    m = _FIELD.search(text)
    if m:
        confirmed = _CONFIRMED.search(text, m.end())
        return int(confirmed.group(1) if confirmed and confirmed.start() - m.end() < 60 else m.group(1))
    m = _FIELD_WORDS.search(text)
    if m:  # "Fatalities: several": ACLED's figure for the vague word (data/quantifiers.yaml)
        from ..vocab import load_vocab

        vague = load_vocab("quantifiers")["entries"]["vague"]
        word = " ".join(m.group(1).lower().split())
        if word in vague:
            return int(vague[word]["value"])
    return None


# "Fatalities: several, according to the chief": a coder's field told with a vague word ("Fatalities unknown" is none)
_FIELD_WORDS = re.compile(r"\bFATALITIES\s*:\s*(several|many|numerous|a\s+few|dozens|hundreds|a\s+number)\b(?!\s+of)",
                          re.I)


def _acled_share(text: str) -> int | None:
    """How many rows a coder's note says one toll was coded across ("6 deaths (coded across 6 events)", "split
    between 2 events"): this row carries its share. A toll a report tells for several days stays whole: the claim
    keeps what the source said, and splitting by day is an export's business."""
    m = _SHARE.search(text)
    return int(m.group(1)) if m and int(m.group(1)) > 1 else None


# "killed over the course of ten days", "following two days of clashes", "over a 36 hour period", "fought for three
# days", "during a two-day raid": a toll told for a fight that lasted several days (never "over the past six days",
# a running tally, nor "the second attack in two days"). The number words are count_terms.yaml's.
@lru_cache(maxsize=1)
def _period_re() -> re.Pattern[str]:
    from ._tolls._terms import _vocab

    words = sorted((w for w, v in _vocab()["numbers"].items() if isinstance(v, int) and v >= 2 and w.isalpha()),
                   key=len, reverse=True)
    num = rf"({'|'.join(words)}|\d{{1,3}})"
    return re.compile(
        rf"\bover\s+(?:the\s+(?:course|span)\s+of\s+)?(?:an?\s+)?{num}[\s-]+(days?|hours?)\b"
        rf"|\b(?:following|after)\s+{num}\s+(days)\s+of\s+(?:\w+\s+){{0,2}}?(?:fighting|clashes|violence|attacks|raids|battles?|unrest)\b"
        rf"|\b(?:fought|clashed|battled|fighting|clashes)\s+(?:\w+\s+){{0,3}}?for\s+{num}\s+(days)\b"
        rf"|\b(?:during|in)\s+an?\s+{num}-(day)\s+(?:raid|attack|assault|siege|battle|clash|offensive|fighting)\b",
        re.I)


# the sentence that tells the period is about the fighting itself, not a protest or an arrest campaign
_PERIOD_FIGHT = re.compile(r"\b(?:clash|fight|fought|violence|raid|attack|assault|battle|siege|offensive|unrest|killed|dead|"
                           r"died|deaths?)", re.I)
# a coder's note that the row carries the whole toll ("FATALITIES = TOTAL FOR 2 DAYS", "coded on last day")
_PERIOD_WHOLE = re.compile(r"\btotal\s+(?:coded\s+)?for\s+\d+\s+days\b|\b(?:coded|recorded)\s+on\s+(?:the\s+)?"
                           r"(?:last|first|final)\s+day\b|\bFATALITIES\s*[:=]", re.I)


def _period_days(text: str) -> int | None:
    """How many days a note says its toll spans ("Seventeen are killed in clashes over a 36 hour period": 2).

    Why: ACLED's fatalities FAQ divides a toll reported for several days evenly across the days' events (each row
    carries its share; the remainder goes to the first day, so the floor is every later day's share)."""
    if len(text) > _SHORT_DOC or _PERIOD_WHOLE.search(text):
        return None
    from ._tolls._terms import _vocab

    words = _vocab()["numbers"]
    for m in _period_re().finditer(text):
        num, unit = next((g, u) for g, u in zip(m.groups()[::2], m.groups()[1::2], strict=True) if g)
        left = re.split(r"[.;!?]\s", text[: m.start()])[-1]
        if re.search(r"\b(?:past|last|previous)\s*$", left, re.I):
            continue
        sent_end = re.search(r"[.;!?](?:\s|$)", text[m.end():])
        sentence = left + text[m.start(): m.end() + (sent_end.start() if sent_end else len(text))]
        if not _PERIOD_FIGHT.search(sentence):
            continue
        n = int(num) if num.isdigit() else int(words.get(num.lower(), 0))
        days = -(-n // 24) if unit.lower().startswith("hour") else n
        if days >= 2:
            return days
    return None


def _drop_vague_beside_figures(counts: list[Count]) -> list[Count]:
    """'many were killed' (ACLED's 10) beside '1,383 civilians killed' in one event is colour, not a rival
    toll: a vague figure naming no victims goes when the same event gives a stated figure ten times larger."""
    def stated(c: Count) -> bool:
        return c.qualifier != "vague"

    return [c for c in counts if not (
        c.qualifier == "vague" and not c.group
        and any(stated(o) and o.kind == c.kind and o.low >= 10 * max(1, c.low) for o in counts))]


_RUNNING = re.compile(r"^(?:\w+\s+)?(?:death\s+)?tolls?\b|^number\s+of\b|"
                      r"^(?:more\s+than\s+|over\s+|at\s+least\s+)?[\d,]{4,}\b.*\b(?:have|has|had)\s+been\s+killed\b",
                      re.I)  # a toll in the thousands "have been killed": counted up to the statement


_HARM = ("killed", "injured", "abducted", "detained", "missing")


def _hurt_told_apart(events: list[Event]) -> None:
    """'Gunmen killed 12 villagers and kidnapped 30 ... Four other people were wounded': the wounded sentence,
    typed on its own (an attack beside an abduction), tells the same incident's hurt. The main event takes the
    injured figures of another event at the same place and day that tells nothing else, when it tells deaths
    but no hurt of its own."""
    if len(events) < 2:
        return
    main = events[0]
    if (any(c.kind == "injured" for c in main.counts) or not any(c.kind == "killed" for c in main.counts)
            or main.date is None):
        return
    for e in events[1:]:
        if (e.counts and all(c.kind == "injured" for c in e.counts) and e.date is not None
                and (e.date.start, e.date.end) == (main.date.start, main.date.end)):
            main.counts.extend(e.counts)
            e.counts = []
            return


_VIOLENT_TYPES = frozenset({"Violence against civilians", "Battles", "Explosions/Remote violence"})
_OF_THEM = re.compile(r"^\w+\s+of\s+(?:them|those|the\s+(?:victims|wounded|injured|men|women|people))\b", re.I)


def _harm(e: Event, kinds: tuple[str, ...] = ("killed", "injured")) -> list[Count]:
    return [c for c in e.counts if c.kind in kinds]


def _toll_told_apart(events: list[Event], text: str) -> list[Event]:
    """An article's main event that tells no death, when the toll went to another event of the same incident.

    Why: GVDB and ACLED code one incident with its toll; a sentence split off by its own day or place ("A woman
    wounded in a weekend shooting at Shawnee Park has died, bringing the number killed to two"; "One of them later
    died") or an arrest told first ("Soto was arrested Sunday in Sanger") must not leave the main event with none.
    - The main event tells no harm, another violent event of its type and day does: its toll moves to the main
      event (which keeps its place and day).
    - The main event is a strategic development (an arrest) that tells no harm: the first violent event that tells
      harm becomes the main event.
    - The main event tells the hurt but no death: the deaths of another event of its type and day, or deaths told
      as "one of them" (of those hurt), move to the main event."""
    if len(events) < 2:
        return events
    main = events[0]
    if _harm(main, ("killed",)):
        return events
    for e in events[1:]:
        moved = _harm(e)
        if not moved or e.event_type not in _VIOLENT_TYPES:
            continue
        same = main.event_type == e.event_type and (
            main.date is None or e.date is None or (main.date.start, main.date.end) == (e.date.start, e.date.end))
        if _harm(main):
            moved = _harm(e, ("killed",))
            if not moved or not (same or all(_OF_THEM.match(c.phrase or "") for c in moved)):
                continue
        elif main.event_type == "Strategic developments":
            return [e] + [x for x in events if x is not e]
        elif not same:
            continue
        main.counts.extend(c for c in moved if all(c is not m for m in main.counts))
        e.counts = [c for c in e.counts if all(c is not m for m in moved)]
        main.fatalities = _fatalities(main.counts, main.event_type, text, sub_event_type=main.sub_event_type)
        e.fatalities = _fatalities(e.counts, e.event_type, text, sub_event_type=e.sub_event_type)
        return events
    return events
