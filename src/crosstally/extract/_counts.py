"""The counts grammar: every way a report states a toll, as :class:`~crosstally.records.Count` values.

Works over a parsed spaCy ``Doc`` one sentence at a time: find the figures ("over 1,200", "between 20 and 30",
"dozens of", "two ... and a ..."), then link each figure to what happened to the people it counts (killed,
injured, displaced, detained, abducted, missing) by reading forward ("5 were killed", "5 dead") or backward
("killing 5", "the death toll rose to 973", "along with 100,000 civilians"). Figures after a subset marker
("including three children") are never added. A figure a document repeats is one Count with several spans.
Fates that did not happen ("nearly killed", "was not hurt", "tried to kill") and a protest's grievance
("protested the killing of") give no count; a part of victims already counted ("two of the bodies") is not
a new toll; one person told again ("a man was shot dead ... the victim's body") is one death, two specific
people ("1 soldier", "a Taliban fighter") stay two. People shot with their fate untold ("three people were
shot", "a woman was shot") are injured (GVDB's coding) until the document tells a death: then the lone person
shot is the one who died ("... was later pronounced deceased") unless the text tells another person ("also",
"a second man", another gender or role), and of several shot those who did not die are the injured ("three
people were shot, one fatally": 1 killed, 2 injured); "five others were wounded, including the woman who died" is
four hurt and one more death. A person told alive ("in stable condition") is never the one who died. Ages are no
tolls ("a man of 22", "the men, 21 and 36,"); "shot at a party" is hit, "shot at by a gunman" is not. The shooter
who killed himself is one more victim (GVDB's annotators list him).
Word lists live in ``data/quantifiers.yaml`` and ``data/count_terms.yaml``.

Layout: this module keeps the entry point (:func:`find_counts`) and the method tags other modules import; the
grammar lives in ``_tolls/``, one module for each thing it decides:

- ``_terms``: method tags and the word lists read from the data files
- ``_numbers``: number words, digits, vague quantifiers; ages and dates that are no tolls
- ``_kinds``: what a word says happened (killed, injured, ...), and fates that did not happen
- ``_figures``: the figures of a sentence (``_Figure``, ``_find_figures``)
- ``_forward`` / ``_backward``: linking a figure to its fate after it ("5 were killed") or before it ("killing 5")
- ``_sentence``: the counts of one sentence, noun groups ("two policemen and a civilian"), headline lists
- ``_lone_victims``: victims told without a figure ("a man was shot dead"), the sentence pass; its readings:
  ``_victim_verbs`` (what a verb says befell one victim), ``_victim_args`` (which word is the victim),
  ``_one_person`` / ``_named_people`` (one person; how many a phrase names), ``_victim_nouns`` ("the death of",
  "in critical condition"), ``_one_more_victim`` (one more person, or the first told again)
- ``_persons``: whether two mentions are one person or two (names, gender, role, "another")
- ``_retold``: one victim told twice is one toll; ranks ("a second man has died")
- ``_later_deaths``: deaths among the hurt told later; the shot who survived
- ``_self_harm``: the shooter who killed himself
- ``_background``: figures that are no toll of this incident (grievances, related-story headlines, lost things)
- ``_earlier``: tolls of an earlier event or year told as background (shared with the event's toll)
- ``_other_incident``: a toll told inside a clause about another incident ("after an unrelated attack in which ...")
- ``_bodies`` / ``_no_survival``: one death told by a body found, or by a survival that failed ("did not survive")
- ``_note_shot``: people a short ACLED note says were shot, fate untold (ACLED codes them dead; news does not)
- ``_merge``: a figure the document repeats is one Count with several spans
- ``_other_harm``: people hurt by something other than the attack (a car), no victims
- ``_bare_rival``: a second party's figure told bare after a toll ("police confirmed four"), a rival of it
- ``_dead_total``: a toll told as the dead's number ("The dead, 13 in all")
- ``_killer_killed``: the one who killed, killed in turn ("before he himself was killed"), one more death
- ``_lynched``: one person a note says a crowd lynched, when the parse missed the verb
- ``_crowd_burned``: the people a crowd set alight or burned, in a note that tells no death otherwise
- ``_parts``: deaths told in parts ("two died instantly and one died later"), added up
- ``_pair_died``: people counted with no fate whose death "both", "neither" or "them" tells ("Both died")
- ``_left_for_dead``: a note's deaths told by "left for dead" or by "stone to death two men" (fate before figure)
- ``_conj_passive``: the first verb's figure hurt by the passive joined to it ("two men raided a shop and were shot")
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..records import Count
from ._doc_basics import _SHORT_DOC, doc_text
from ._tolls._background import _grievance_ranges, _in_ranges, _inside, _link_headlines, _lost_things
from ._tolls._bare_rival import bare_rivals
from ._tolls._conj_passive import conj_passive, misread_objects
from ._tolls._crowd_burned import crowd_burned
from ._tolls._dead_total import dead_totals
from ._tolls._earlier import _earlier_event, _recent, others_of_background
from ._tolls._group_fates import group_fates, plural_deaths
from ._tolls._killer_killed import killers_killed
from ._tolls._later_deaths import (
    _among_hurt,
    _both_died,
    _died_among_the_hurt,
    _died_of_the_hurt,
    _hurt_one_died,
    _later_death,
    _named_hurt_died,
    _nth_victim_died,
    _part_of,
    _the_other_died,
    _wounded_then_died,
    _wounded_who_died,
    shot_and_died,
    taken_where_died,
)
from ._tolls._left_for_dead import left_for_dead
from ._tolls._lone_victims import _singular_victims
from ._tolls._lynched import lynched_in_note
from ._tolls._merge import _merge_repeats
from ._tolls._other_harm import drop_other_harm, hurt_otherwise
from ._tolls._pair_died import pair_deaths
from ._tolls._parts import deaths_in_parts
from ._tolls._retold import _drop_weak_singles, _ordinal_toll
from ._tolls._self_harm import _new_selves, _own_hand_deaths, _self_harm, _suicide_re
from ._tolls._sentence import _headline_list, _sentence_counts
from ._tolls._terms import (
    DIED_AMONG_METHOD,
    DIED_METHOD,
    METHOD,
    SELF_METHOD,
    SHOT_METHOD,
    SURVIVORS_METHOD,
    _single_vocab,
)

__all__ = [
    "DIED_AMONG_METHOD",
    "DIED_METHOD",
    "METHOD",
    "SELF_METHOD",
    "SHOT_METHOD",
    "SURVIVORS_METHOD",
    "find_counts",
]


def find_counts(sdoc: Doc | Span) -> list[Count]:
    """Every toll the text states, once each: figures repeated in the document add evidence, not counts."""
    sents = list(sdoc.sents) if isinstance(sdoc, Doc) else [sdoc]
    counts: list[Count] = []
    singles: list[Count] = []
    ones: list[Count] = []
    apart: set[int] = set()  # a second lone victim told in the same sentence: never the first one again
    selves: list[Count] = []
    text = doc_text(sdoc)
    suicide = bool(_suicide_re().search(text))
    parts: list[Count] = []  # "one of them died", "two of the wounded died": deaths among those counted before
    for sent in sents:
        selves.extend(_self_harm(sent, suicide))
        marks: dict[int, str] = {}
        found = _sentence_counts(sent, marks)
        listed = _headline_list(sent)
        if listed is not None:  # "Man, woman killed in ...": one toll of everyone the headline lists
            found = [c for c in found if c.kind != listed.kind or not c.evidence
                     or c.evidence[0].start >= listed.evidence[0].end] + [listed]
        # "two of the bodies were burnt": a part of victims already counted, never a toll of its own
        # "Two were hurt ... One of them, a man of 40, died": a death among the hurt, even when the same man is
        # already counted dead ("A man who was shot on Saturday has died")
        parts.extend(c for c in found if marks.get(id(c)) == "partitive" and c.kind == "killed")
        found = [c for c in found if marks.get(id(c)) != "partitive" or not _part_of(c, counts)]
        # "Four soldiers were killed. Two officers were among the dead": a share of the dead told before, whoever
        # they were (the dead it is taken from are those counts)
        found = [c for c in found if marks.get(id(c)) != "among" or not any(
            o.kind == "killed" and o.low >= c.low for o in counts)]
        for c in found:  # "killing 2 officers and injuring 4. One of the officers later died": one death more
            if (marks.get(id(c)) == "partitive" and c.kind == "killed" and _among_hurt(c)
                    and any(o.kind == "killed" for o in counts) and any(o.kind == "injured" for o in counts)):
                c.method = DIED_AMONG_METHOD
        found = [c for c in found if not _lost_things(c) and not _age_of_person(c, doc_text(sent.doc))]
        found.extend(group_fates(sent, found))  # "three raiders did not survive", "nine of their men fell"
        deaths_in_parts(sent, found)  # "two died instantly and one died later": three deaths
        ones.extend(c for c in found if marks.get(id(c)) == "one")
        # "A man was shot ..., and several patrons had minor injuries as they fled": a figure of people hurt
        # otherwise than by the attack holds no victim of it, so the lone victim told beside it counts on his own
        # (the sentence's own list when none is: the lone-victim pass may fold companions' figures into it)
        attack = [c for c in found if not hurt_otherwise(text, c, sdoc.start_char if isinstance(sdoc, Span) else 0)]
        basis = found if len(attack) == len(found) else attack
        if isinstance(sdoc, Doc) and len(text) <= _SHORT_DOC:
            # "Crowd beats a man it accused of killing a trader": the trader's death is another event's (the toll leaves it
            # out), so it does not stand for the lone victim the sentence's own verb names
            # (the same list when none is: the lone-victim pass folds companions' figures into it in place)
            own = [c for c in basis if not _earlier_event(text, c)]
            basis = own if len(own) != len(basis) else basis
        one = [c for c in _singular_victims(sent, basis, apart) if not _lost_things(c)]
        grief = _grievance_ranges(sent)
        if grief:
            found = [c for c in found if not _in_ranges(c, grief)]
            one = [c for c in one if not _in_ranges(c, grief)]
        own = _own_hand_deaths(sent)
        if own:  # "found the man suspected of shooting her dead of a self-inflicted wound": his death, not hers
            found = [c for c in found if not _shot_dead_of_own_hand(c)]
            one = [c for c in one if not _shot_dead_of_own_hand(c)]
            # "Officers found the gunman dead": the lone death read off 'found ... dead' is the shooter's own, which
            # the self-harm count keeps (a lone victim would yield to the figure of his victims told before)
            one = [c for c in one if not (c.kind == "killed" and c.low == 1 and c.evidence and any(
                o.evidence[0].start <= c.evidence[0].start and c.evidence[0].end <= o.evidence[0].end for o in own))]
        if not any(c.kind == "killed" for c in found + one):
            selves.extend(own)  # "found the man ... dead of a self-inflicted wound"
        counts.extend(found)
        counts.extend(one)
        singles.extend(one)
    offset = sdoc.start_char if isinstance(sdoc, Span) else 0
    counts.extend(_the_other_died(counts, text, offset))
    _both_died(counts, text, offset)
    counts.extend(pair_deaths(counts, text, offset))  # "beat two men ... Both died", "burned them to death"
    singles = _ordinal_toll(counts, singles, ones, text)
    counts = _drop_weak_singles(counts, singles, ones, apart, text)
    _hurt_one_died(counts, text, offset)  # after the retold singles went: "the injured herder died" told alone
    counts.extend(_nth_victim_died(counts, text, offset))  # "The second victim, Ms Ortiz, died Sunday"
    counts.extend(taken_where_died(counts, text, offset))  # "Paramedics took him to UAB Hospital, where he died"
    counts = _later_death(counts, text)
    _named_hurt_died(counts, text, offset)  # "two men were wounded ... Hensley has died"
    _died_of_the_hurt(counts, parts)
    counts = _died_among_the_hurt(counts, text, offset)
    _wounded_then_died(counts, text, offset)
    counts = _wounded_who_died(counts, text, offset)
    shot_and_died(counts, text, offset)  # "two men had been shot and were pronounced dead"
    counts.extend(dead_totals(sdoc, counts))  # "The dead, 13 in all, included ..."
    counts.extend(killers_killed(sdoc, counts))  # "shot one dead before he himself was killed"
    counts.extend(bare_rivals(sdoc, counts))  # "...; police confirmed four": a rival figure of that toll
    counts.extend(plural_deaths(sdoc, counts))  # "deaths on both sides", no figure anywhere: ACLED's 10
    counts.extend(lynched_in_note(sdoc, counts))  # "Residents lynch robber": the parse read 'lynch' as a noun
    counts.extend(crowd_burned(sdoc, counts))  # "Residents set a suspected thief alight": mob justice that burns
    counts.extend(left_for_dead(sdoc, counts))  # a note's "attacked and left for dead", "stone to death two men"
    joined = conj_passive(sdoc, counts)  # "three raiders stormed a shop and were shot dead": the raiders
    counts = misread_objects(counts, joined, sdoc) + joined
    links = _link_headlines(text, offset)
    if links:  # 'Read: ... suspect shot himself Watch: ...': other stories' headlines
        counts = [c for c in counts if not _inside(c, links)]
        selves = [c for c in selves if not _inside(c, links)]
    for c in counts:
        _the_other(c, text, offset)  # "the six other dead were the attackers": those told before, not more
        # "one person on each side was killed", "each side lost two men": two sides, twice the figure
        if (c.group and _EACH_SIDE.search(c.group)) or _per_side(c, text, offset):
            c.low, c.high = c.low * 2, None if c.high is None else c.high * 2
    counts = drop_other_harm(_merge_repeats(counts + _new_selves(selves, counts)), text, offset)
    if isinstance(sdoc, Doc) and len(text) > _SHORT_DOC:
        # "... where a gunman killed two men in 2015. ... Four other people were wounded": the earlier incident's
        # people, whatever kind they are counted under (a reader of one kind's figures cannot tell)
        recent = _recent(text, counts)
        counts = [c for c in counts if not others_of_background(text, c, counts, recent)]
    return counts


def _the_other(c: Count, text: str, offset: int) -> None:
    """'Four villagers and six raiders were killed ... the six other dead were the attackers': a figure of "other"
    people after "the" names people the document already counted, so its group loses 'other' (no longer one more)."""
    words = (c.group or "").split()
    if not c.evidence or not words or words[0].lower() != "other":
        return
    a = c.evidence[0].start - offset
    if re.search(r"\bthe\s+$", text[max(0, a - 5) : a], re.I):
        c.group = " ".join(words[1:]) or "people"


# "Boy, 7, dies after ...", "Woman, 62, killed": a number set off by commas right after a person noun is an age
_AGE_BEFORE = re.compile(r"\b([A-Za-z]+),\s*$")


def _age_of_person(c: Count, text: str) -> bool:
    """'Boy, 7, dies after brother, 9, fires gun': the 7 is the boy's age, not a toll of seven (the boy's own death
    is read apart as one person)."""
    if not c.evidence or not re.match(r"\d{1,2},\s", c.phrase or ""):
        return False
    m = _AGE_BEFORE.search(text[max(0, c.evidence[0].start - 30) : c.evidence[0].start])
    return m is not None and m.group(1).lower() in _single_vocab()["singular_persons"]


# "shooting her dead of a self-inflicted wound": 'dead of' tells the shooter's own death, not a killing of 'her'
_SHOT_DEAD_OF = re.compile(r"shoot\w*\s+(?:him|her|them)\s+dead\s+(?:of|from)\s+(?:an?\s+)?(?:apparent(?:ly)?\s+)?"
                           r"self[- ]inflicted\b", re.I)


def _shot_dead_of_own_hand(c: Count) -> bool:
    """A killing read from 'shooting her dead of a self-inflicted wound': the shooter's own death, not hers."""
    return c.kind == "killed" and _SHOT_DEAD_OF.match(c.phrase or "") is not None


# a figure told for each of the two sides of a clash ("two raiders from each side were killed": four)
_EACH_SIDE = re.compile(r"\b(?:on|from)\s+(?:each|either)\s+side\b", re.I)
# the side as the figure's subject: "each side lost two men", "both sides lost three fighters each"
_SIDE_SUBJECT = re.compile(r"\b(?:each|either)\s+(?:side|camp)\s*$", re.I)
_BOTH_SIDES = re.compile(r"\b(?:both|the\s+two)\s+(?:sides|camps)\s*$", re.I)
_EACH_AFTER = re.compile(r"\s*each\b", re.I)


def _per_side(c: Count, text: str, offset: int) -> bool:
    """A killed figure told once for each of a clash's two sides by the subject before it ("each side lost two
    men": four dead; "both sides lost two men each"): ACLED's toll is the sum over both sides."""
    if c.kind != "killed" or not c.evidence or c.group and _EACH_SIDE.search(c.group):
        return False
    a, b = c.evidence[0].start - offset, c.evidence[0].end - offset
    left = text[max(0, a - 20) : a]
    return bool(_SIDE_SUBJECT.search(left) or (_BOTH_SIDES.search(left) and _EACH_AFTER.match(text, b)))
