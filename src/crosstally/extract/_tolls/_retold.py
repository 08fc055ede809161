"""One victim told twice is one toll: lone victims the figures already count, and ranks ("a second man has died")."""

from __future__ import annotations

import re

from ...records import Count
from ._earlier import _earlier_event, _earlier_year
from ._later_deaths import _survived
from ._other_harm import hurt_otherwise
from ._persons import _ALSO, _another, _apart, _offender_beside, _other_side, _same_person
from ._terms import _ORDINALS, SHOT_METHOD


def _ordinal_toll(counts: list[Count], singles: list[Count], ones: list[Count], text: str) -> list[Count]:
    """A follow-up that opens on "A second man has died" tells a toll of two before it names anyone: when the
    document's first death is such an ordinal, it states that rank, and the deaths told after it that stay within
    the rank ("A third person has died. Two women were killed at the scene") are the same people, not more (they
    leave ``counts``). Returns the singles left."""
    dead = sorted((c for c in counts if c.kind == "killed" and c.evidence and not _earlier_event(text, c)),
                  key=lambda c: c.evidence[0].start)
    if not dead:
        return singles
    first = dead[0]
    words = (first.group or "").lower().split()
    rank = _ORDINALS.get(words[0]) if words else None
    if rank is None or first.low != 1 or not any(first is c for c in [*singles, *ones]):
        return singles
    if any(c.kind != "killed" and c.evidence and c.evidence[0].start < first.evidence[0].start
           and 1 <= c.low <= rank - 1 for c in counts):
        # "arrested two suspects and shot dead a third": the rank counts the people of another fate told before
        # it (the arrested, the hurt), not earlier deaths
        return singles
    first.low = first.high = rank
    told = 0
    for c in dead[1:]:
        if told + c.low > rank - 1:
            break
        told += c.low
        counts.remove(c)  # its span tells fewer than the rank: not evidence of the rank's figure
    return [c for c in singles if c is not first and any(c is o for o in counts)]


# a lone death read backward from its verb with "another" or "one more" before the victim: one more person
_ANOTHER_KILLED = re.compile(r"^(?:killing|killed|shooting\s+dead|shot\s+dead)\s+(?:another|one\s+more|a\s+(?:third|"
                            r"fourth|fifth))\s+\w+", re.I)


def _drop_weak_singles(counts: list[Count], singles: list[Count], ones: list[Count] | None = None,
                       apart: set[int] | None = None, text: str = "") -> list[Count]:
    """A lone victim read off a verb yields to a stated figure of the same kind ("two were killed ... he died");
    "was shot" with no fate yields to any death in the document (the one shot is usually the one who died),
    unless the death is only vague ("so many deaths" in the city this year) or the dead are named people other
    than the one shot ("officer Barney was killed ... officer Richey suffered three gunshot wounds")."""
    def background(c: Count) -> bool:  # "In April, three people were wounded there": another, older incident
        return bool(text) and (_earlier_event(text, c) or _earlier_year(text, c))

    single_ids = {id(c) for c in singles}
    # a toll told as background ("killed three men in the summer of 2012") rules no lone victim out
    # nor does a figure of people hurt by something other than the attack ("two were hit by the shooter's car")
    figured = {c.kind for c in counts if id(c) not in single_ids and c.low >= 2 and not background(c)
               and not (text and hurt_otherwise(text, c)) and not _others_after_single(c, singles)}
    dead = [c for c in counts if c.kind == "killed" and c.qualifier != "vague"
            and not background(c)]  # "his brother was shot to death in 2012": not this one
    any_killed = bool(dead)
    kept = [
        c for c in counts
        if id(c) not in single_ids
        or (c.kind not in figured and not (c.method == SHOT_METHOD and any_killed and not _apart(c, dead)
                                           and not _survived(text, c)))
        # "killing two soldiers ... then fired on the convoy, killing another soldier": one more victim, beside the figure
        or (c.kind == "killed" and c.method != SHOT_METHOD and _ANOTHER_KILLED.match(c.phrase or "") is not None)
        or _offender_beside(c, [o for o in counts if id(o) not in single_ids and o.low >= 2])
        or _other_side(c, [o for o in counts if id(o) not in single_ids and o.low >= 2])
    ]
    # "a man was shot and killed ... Amos was pronounced dead": one victim told several times is one Count,
    # its evidence the first telling ("a man", which states the 1; "Amos was pronounced dead" does not);
    # "another man was shot" stays apart (a second victim)
    # The same holds for a one-person figure told again ("A man was shot dead ... a man's body was found";
    # "a shooting death ... the victim, a man, died"): same kind, no "another"/"also", one person.
    one_ids = single_ids | {id(c) for c in ones or ()}
    out: list[Count] = []
    first_one: dict[str, Count] = {}
    for c in kept:
        if c.low == 1 and c.high == 1 and c.kind not in first_one:
            if background(c):  # "Crowd kills man suspected of stabbing a guard": the guard is another event's victim,
                out.append(c)  # never the man told after it
                continue
            first_one[c.kind] = c
            out.append(c)
            continue
        head = first_one.get(c.kind)
        if head is not None and _retold_with_companions(head, c, single_ids, text):
            # "A trader was shot dead ... Mr Otieno, the trader, died together with his driver": the lone victim told
            # again with those beside him; the larger telling is the toll, the first one goes
            out[next(k for k, o in enumerate(out) if o is head)] = c
            first_one[c.kind] = c
            continue
        if head is not None and id(c) in single_ids and background(c):
            continue  # "Another shooting the same weekend ... a man of 40 was hit": a lone victim of that incident
        # "a man dead and another with injuries ... the other man was found": "the other" is that "another" again
        again = head is not None and _another(head.group) and (c.phrase or "").lower().startswith("the other ")
        # "A man has died and another has been injured ... A second man, aged 41, was taken to hospital": the
        # second of two people already counted, told again
        again = again or (head is not None and id(c) in single_ids and _ordinal_told(c, out))
        if (head is not None and id(c) in one_ids and id(c) not in (apart or ()) and not _listed_apart(head, c, ones, text)
                and (again or (not _another(c.group) and not _ALSO.search(c.phrase) and not _also_before(text, c)
                               and not _VICTIM_OF_PRONOUN.match(c.phrase or "")))
                and _same_person(head.group, c.group, text)):
            if id(c) not in single_ids and c.evidence:
                head.evidence.append(c.evidence[0])  # "1 fatality" states the 1 again: more evidence
            continue
        out.append(c)
    return out


def _retold_with_companions(head: Count, c: Count, single_ids: set[int], text: str) -> bool:
    """``c`` is a lone victim's verb read with its companions ("X died together with his driver": 2, group "X and
    driver") told after ``head``, a lone death of the same person ("A trader was shot dead")."""
    parts = (c.group or "").split(" and ")
    if id(c) not in single_ids or head.low != 1 or head.high not in (1, None) or c.low < 2 or len(parts) < 2:
        return False
    if not (head.evidence and c.evidence and head.evidence[0].end <= c.evidence[0].start):
        return False
    if _another(c.group) or _ALSO.search(c.phrase or "") or _also_before(text, c):
        return False
    return _same_person(head.group, parts[0], text)


def _others_after_single(c: Count, singles: list[Count]) -> bool:
    """'A woman was stabbed ..., and two others were hurt': "others" told after a lone victim of the same fate are
    people besides him (GVDB lists all three), so that figure does not hold him."""
    words = (c.group or "").lower().split()
    if not words or words[0] not in ("other", "others") or not c.evidence:
        return False
    if re.search(r"\bothers?\s+(?:people\s+)?(?:who|that)\b", c.phrase or "", re.I):
        return False  # "the five others who were shot": the rest of a figure told before, not people besides him
    return any(s.kind == c.kind and s.evidence and s.evidence[0].end <= c.evidence[0].start for s in singles)


# "A woman he had stabbed during the robbery died of her injuries" after "a mob beat a suspected thief to death": a
# new person told with an article and a relative clause whose subject is someone told before; she is that person's
# victim, so not him (ACLED counts both deaths)
_VICTIM_OF_PRONOUN = re.compile(r"an?\s+(?:[\w-]+\s+){0,2}?(?:whom\s+|that\s+)?(?:he|she|they)\s+(?:had\s+|has\s+|have\s+)?"
                                r"(?!been\b|was\b|is\b)[a-z]+", re.I)


def _listed_apart(first: Count, c: Count, ones: list[Count] | None, text: str) -> bool:
    """'1 teenage boy killed by a stray bullet - 1 hawker killed near the bus park': two figures of one, each with its
    own person noun, listed in one sentence, are two people (a sentence does not state the same person's toll twice)."""
    if not ones or not text or not (any(first is o for o in ones) and any(c is o for o in ones)):
        return False
    if not (first.group and c.group and first.evidence and c.evidence):
        return False
    heads = [g.lower().split()[-1].rstrip("s") for g in (first.group, c.group)]
    a, b = sorted((first.evidence[0], c.evidence[0]), key=lambda e: e.start)
    return heads[0] != heads[1] and a.end <= b.start and not re.search(r"[.!?;]\s", text[a.end : b.start])


def _ordinal_told(c: Count, before: list[Count]) -> bool:
    """Is ``c`` 'a second man' (third, ...) whose rank the people counted before it already reach?"""
    words = (c.group or "").lower().split()
    rank = _ORDINALS.get(words[0]) if words else None
    if rank is None or not c.evidence or c.kind not in ("killed", "injured"):
        return False
    told = sum(o.low for o in before if o.kind in ("killed", "injured") and o.evidence
               and o.evidence[0].start < c.evidence[0].start)
    return rank <= told


def _also_before(text: str, c: Count) -> bool:
    """'The officer also shot and killed a neighbor', 'gunmen also killed a woman': the clause says one more victim."""
    if not text or not c.evidence:
        return False
    left = re.split(r"[.;!?]\s|,", text[max(0, c.evidence[0].start - 40) : c.evidence[0].start])[-1]
    return bool(re.search(r"\balso\b", left, re.I)) and not re.search(r"\b(?:he|she|him|her)\b", c.phrase or "", re.I)
