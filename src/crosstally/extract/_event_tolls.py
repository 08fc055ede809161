"""How many an event killed, the ACLED way: the entry points ``_assemble`` imports. This module decides which of a
document's counts are the event's (_fatalities: a protest's grievance, the cause a crowd answers, a road death, a
running total over months, the lone victim rescued, the gunman police stopped, the attacker a note leaves out) and moves tolls between events told apart in
one document (_toll_told_apart, _hurt_told_apart); the rest lives in modules named for what they decide:

- ``_toll_total``: the toll of one kind of harm (toll, _toll): voices, rival figures and ACLED's lowest
- ``_toll_sums``: how one voice's figures add up (_group_class, _additive, _claim_total)
- ``_toll_voices``: who speaks a figure (_voice_of: claimants, claims, reports set apart, rival tellings)
- ``_toll_replaced``: figures the document replaces or doubts (is_superseded, _unconfirmed, _drop_revised)
- ``_toll_notes``: ACLED's coding notes (_acled_coding, _acled_share) and the days a toll spans (_period_days)
- ``_tolls/_earlier``: tolls of earlier events or years, told as background (shared with the counts grammar)
"""

from __future__ import annotations

import re

from ..records import Count, Event, Fatalities
from ._doc_basics import _SHORT_DOC
from ._events import has_protest_cue
from ._toll_notes import _acled_coding as _acled_coding
from ._toll_notes import _acled_share as _acled_share
from ._toll_notes import _period_days as _period_days
from ._toll_replaced import is_superseded as is_superseded
from ._toll_sums import _claim_total as _claim_total
from ._toll_sums import _group_class as _group_class
from ._toll_total import _toll
from ._toll_total import toll as toll
from ._tolls._earlier import _recent, running_total
from ._tolls._note_shot import shot_in_note
from ._tolls._persons import _person_head
from ._tolls._place_parts import first_place_part
from ._tolls._terms import SELF_METHOD, _person_classes

# "the killing of two colleagues" (a grievance), never a figure of people ("Dozens of people were killed": ACLED's
# 12 for the protest itself)
_GRIEVANCE = re.compile(r"^(?:the\s+)?(?!(?:number|toll|tally|figure|count|total|dozens|hundreds|thousands|scores|tens|"
                        r"several|many|some|most|all|both|none|each|one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"\d[\d,]*)\s)\w+\s+of\b", re.I)


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
    if text and len(text) <= _SHORT_DOC:
        # "where bandits have killed 23 people over the past year": a running total told as background
        killed = [c for c in killed if not running_total(text, c)]
    if event_type == "Protests" and crowd:
        # "protested the killing of two colleagues": the grievance, not this event's toll
        killed = [c for c in killed if not _GRIEVANCE.match(c.phrase)]
    if event_type in ("Protests", "Riots") and text:
        # "rioted in response to the killing of a trader", "stormed the station after a man was found
        # murdered": the cause a crowd answers, not a toll of the riot itself
        killed = [c for c in killed if not _answered(text, c)]
    if text:  # "stoned police after a hit-and-run killed a child": a traffic death, whatever the event's type
        killed = [c for c in killed if not _road_death(text, c)]
    if text and len(text) <= _SHORT_DOC:
        # "A suspected thief is lynched ... he is rescued by police": the lone victim the note says was saved
        killed = [c for c in killed if not (c.low == 1 and c.evidence and _RESCUED.search(text, c.evidence[0].start))]
    if len(text) > _SHORT_DOC:  # an article: GVDB lists the victims; an ACLED note keeps the attacker's death
        killed = [c for c in killed if not _gunman_stopped(text, c, counts)] or killed
    out = _toll(killed, text, lead, recent=bool(text) and _recent(text, counts))
    if out.low is not None and text and len(text) <= _SHORT_DOC:
        # "left two dead, one in Kisumu town and the other at Ahero": ACLED codes each place apart, the first
        # event (the first place told) with its own part
        part = next((n for c in killed if c.low == out.low and (n := first_place_part(text, c)) is not None), None)
        if part is not None:
            return Fatalities(low=part, best=part, high=part)
    plus = [m for c in killed if c.evidence and (m := _PLUS_ATTACKER.match(text, c.evidence[0].end))]
    if out.low is not None and text and len(text) <= _SHORT_DOC and plus:
        # "23 people were killed, not counting the attacker": ACLED counts the perpetrator among the dead
        n = 2 if plus[0].group("pair") else 1
        return Fatalities(low=out.low + n, best=out.low + n, high=None if out.high is None else out.high + n)
    return out


# a note's toll told without the attacker who died in the act (ACLED counts perpetrators killed)
# ("2 soldiers dead besides the bomber", "four pupils died along with both bombers": the bombers are one or two more)
_PLUS_ATTACKER = re.compile(r"[^.;]{0,25}?\b(?:not\s+(?:counting|including)|excluding|besides|(?:along|together)\s+with|"
                            r"in\s+addition\s+to|as\s+well\s+as|plus)\s+"
                            r"(?:the\s+(?:suicide\s+)?(?:bomber|attacker|assailant|gunman|shooter)\b|"
                            r"(?P<pair>both|the\s+two|two)\s+(?:suicide\s+)?(?:bombers|attackers|assailants|gunmen)\b)",
                            re.I)


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

# a death the crowd answers told by what it felt or who its members were: "riders angered by a colleague's death",
# "relatives of a woman who died at the hospital smashed windows", "the family of a mother who had died in labour"
_CAUSE_FELT = re.compile(r"\b(?:(?:angered|angry|enraged|incensed|outraged|upset|furious)\s+(?:by|at|over|about|that)|"
                         r"(?P<kin>(?:relatives|family|families|kin|parents|friends)\s+of))(?:\s+(?:the|a|an))?\s*$",
                         re.I)
# a death the crowd blames its victim for: "stoned a woman after neighbours blamed her for the death of a child",
# "a man accused of the killing of a boda rider" (the reason the mob gave, an earlier death: never the riot's toll)
# ("accusing a guard of beating a trader to death", "accused soldiers of having shot two boys": the deed, told by a
# verb, that the crowd charges someone else with; "accusing the police of hushing up a clerk's killing", "of failing
# to solve a driver's murder": a verb and its particle, or "failing to" and a verb, before the death)
_BLAMED_FOR = re.compile(r"\b(?:blam(?:e|ed|es|ing)|accus(?:e|ed|es|ing)|suspect(?:ed|ing)?|held\s+responsible)\s+"
                         r"(?:(?:him|her|them|it|(?:the|an?|one|two|some)\s+\w+|\w+)\s+)?(?:for|of|over)"
                         r"(?:\s+(?:the|a|an|his|her|their))?(?:\s+having)?(?:\s+[a-z]+ing(?:\s+dead|\s+(?:up|over|"
                         r"out|down|away|off)|\s+to\s+[a-z]+)?)?(?:\s+(?:the|a|an|his|her|their))?\s*$",
                         re.I)
# a death the crowd is angry happened, told as a clause of its own: "stoned a bus, angry that bandits had killed two
# herders", "furious that police had shot a boy" (the whole clause after "that" is the crowd's cause)
_FELT_THAT = re.compile(r"\b(?:angered|angry|enraged|incensed|outraged|upset|furious)\s+(?:that|because)\s+"
                        r"[^,;:]{0,45}$", re.I)
# a road death the crowd answers: "after a lorry hit and killed a schoolboy", "after a hit-and-run killed a child"
# (a traffic death is no political violence: it is the crowd's cause, never the riot's toll)
_ROAD_DEATH = re.compile(r"\b(?:after|following|when)\s+(?:an?\s+|the\s+)?(?:speeding\s+|passing\s+)?(?:lorry|truck|"
                         r"matatu|bus|car|vehicle|hit-and-run|motorist|trailer|tanker|train|minibus)\s+"
                         r"(?:(?:hit|ran\s+over|knocked\s+down|struck)\s+and\s+)?$", re.I)


# deaths a crowd marks or mourns ("marched to mark a year since three young men were killed", "a vigil in memory of
# the two pupils shot last year"): the reason it gathered, an earlier event's toll (ACLED: 0 for the protest)
_COMMEMORATED = re.compile(r"\b(?:mark(?:ed|ing)?|commemorat\w*|remember(?:ed|ing)?|honou?r(?:ed|ing)?|mourn\w*|"
                           r"anniversary|memory|memorial|vigil)\b[^.;:!?]{0,40}$", re.I)


def _road_death(text: str, count: Count) -> bool:
    """A death a vehicle caused, told as what a crowd answers ("after a lorry killed a pedestrian")."""
    if not count.evidence:
        return False
    left = re.split(r"[.;!?]\s|,", text[max(0, count.evidence[0].start - 50) : count.evidence[0].start])[-1]
    return bool(_ROAD_DEATH.search(left))


def _answered(text: str, count: Count) -> bool:
    """A death a crowd reacts to: the figure's clause opens on 'after', 'following', 'in response to', or the
    crowd gathered to mark or mourn it."""
    if not count.evidence:
        return False
    left = re.split(r"[.;!?]\s|,", text[max(0, count.evidence[0].start - 50) : count.evidence[0].start])[-1]
    felt = _CAUSE_FELT.search(left)
    # "relatives of a woman who died": one person the mourners are kin of ("a family of 3 were killed": the family)
    if _CAUSE.search(left) or _ROAD_DEATH.search(left) or _BLAMED_FOR.search(left) or _FELT_THAT.search(left) or (
            felt and (felt.group("kin") is None or count.low == 1)):
        return True
    near = re.split(r"[.;!?]\s", text[max(0, count.evidence[0].start - 60) : count.evidence[0].start])[-1]
    return bool(_COMMEMORATED.search(near))


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


def _move_counts(main: Event, e: Event, moved: list[Count], text: str) -> None:
    """``moved`` counts of ``e`` go to the main event; both events' fatalities are read again."""
    main.counts.extend(c for c in moved if all(c is not m for m in main.counts))
    e.counts = [c for c in e.counts if all(c is not m for m in moved)]
    main.fatalities = _fatalities(main.counts, main.event_type, text, sub_event_type=main.sub_event_type)
    e.fatalities = _fatalities(e.counts, e.event_type, text, sub_event_type=e.sub_event_type)


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
        _also_killed(events, text)
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
        _move_counts(main, e, moved, text)
        return events
    return events


# "A bystander was also hit and died at the scene": one more death of the same incident, told with 'also'
_ALSO = re.compile(r"\balso\b[^.;!?]{0,40}$", re.I)
_APART = re.compile(r"\b(?:unrelated|separate(?:ly)?|earlier|last\s+(?:year|month|week)|previous(?:ly)?|another\s+"
                    r"(?:incident|shooting|attack))\b", re.I)


def _told_also(c: Count, text: str) -> bool:
    """The count is told with 'also' before it, and its clause says nothing of a separate or earlier incident."""
    if not c.evidence:
        return False
    a = c.evidence[0].start
    left = re.split(r"[.;!?]\s", text[max(0, a - 60) : a])[-1]
    stop = re.search(r"[.;!?](?:\s|$)", text[a:])
    clause = left + text[a : a + (stop.start() if stop else 120)]
    return bool(_ALSO.search(left)) and not _APART.search(clause)


def _also_killed(events: list[Event], text: str) -> None:
    """An article's main event that tells deaths, and a later violent event of its day typed apart whose every
    death is told with 'also' ("shot the driver dead. A passer-by was also struck and killed by a stray round"):
    the same incident's victims, which GVDB lists together; they move to the main event."""
    main = events[0]
    if len(text) <= _SHORT_DOC:
        return
    for e in events[1:]:
        moved = _harm(e, ("killed",))
        if not moved or e.event_type not in _VIOLENT_TYPES or (
                main.date is not None and e.date is not None
                and (main.date.start, main.date.end) != (e.date.start, e.date.end)):
            continue
        if not all(_told_also(c, text) for c in moved):
            continue
        _move_counts(main, e, moved, text)
        return
