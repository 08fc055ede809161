"""How one voice's figures add up: which victims a group names (_group_class), figures that add to those told
before them (_additive), and the voice's total over disjoint victim classes (_claim_total)."""

from __future__ import annotations

import dataclasses
import re

from ..records import Count
from ._events import event_cues as _event_cues
from ._events import without_not_armed
from ._tolls._terms import _ORDINALS, DIED_AMONG_METHOD, KILLER_METHOD, SELF_METHOD, _single_vocab

_GENERIC = {"", "people", "persons", "person", "others", "individuals", "dead", "victims", "bodies"}


def _group_class(group: str | None) -> str:
    """'armed_state' / 'armed_nonstate' / 'civilian' / 'generic' / 'other:<words>': which victims a group names."""
    ws = set(without_not_armed((group or "").lower().replace("-", " ")).replace(",", " ").split())
    if not ws or ws <= _GENERIC | {"the", "of", "on", "both", "sides", "at", "least", "more", "than"}:
        return "generic"
    cues = _event_cues()
    # "two VDP were killed": volunteers who fight on the state's side (data/quantifiers.yaml state_side_groups)
    if (ws & cues["armed_state"] or ws & _single_vocab()["state_side_groups"]) and not ws & cues["armed_nonstate"]:
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
    first = (c.group or "").lower().split(" ")[0]
    more = re.match(r"\w+\s+more\b(?!\s+than)", c.phrase or "", re.I) is not None  # "two more died"
    more = more or re.match(r"another\s+\w", c.phrase or "", re.I) is not None  # "another six were killed"
    # "one police officer was also killed", "a neighbour later died of his wounds": one more than those told before
    more = more or _ALSO_KILLED.match(c.phrase or "") is not None
    # "four guards killed at the gate plus two porters": "plus" adds its people to those told before
    more = more or re.match(r"plus\s+\S", c.phrase or "", re.I) is not None
    # "a man was shot ... Two others were wounded": "others" are people besides those told before; "the five
    # others who were shot" (a relative clause, or "the") are the rest of a figure already told, not more
    more = more or (first == "others" and re.match(r"the\s", c.phrase or "", re.I) is None
                    and re.search(r"\bothers\s+(?:who|that)\b", c.phrase or "", re.I) is None)
    return c.method in (SELF_METHOD, DIED_AMONG_METHOD, KILLER_METHOD) or more or first in (
        "more", "other", "another", "additional", "further") or (
        first in _single_vocab()["ordinal_persons"]  # "a second victim was found"; not "the second victim"
        and re.match(r"an?\s", c.phrase or "", re.I) is not None)


# a figure told as one more than the victims before it: "one police officer was also killed", "a neighbour later
# died" (an indefinite person, not "the victim later died": the same person told again); "a guard also died",
# "two porters also perished" (the intransitive death verb with "also": one more, whoever tells it)
_ALSO_KILLED = re.compile(r"(?:an?|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){1,3}?(?:(?:was|were)\s+also\s+"
                          r"(?:killed|shot\s+dead|found\s+dead)|also\s+(?:died|perished)|later\s+(?:died|succumbed))\b",
                          re.I)


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


def _retold_lone(counts: list[Count]) -> list[Count]:
    """A lone victim told again, by its noun with "the", among more people ("A farm manager was killed ... The
    manager died together with his cook": 2, the manager once): the first telling dropped."""
    out = []
    for c in counts:
        noun = (c.group or "").lower().split()[-1:] if c.low == 1 and c.high in (1, None) else []
        if noun and noun[0] not in _GENERIC and not _additive(c) and any(
                d is not c and d.low >= 2 and _start(d) > _start(c) and not _additive(d)
                and re.match(rf"the\s+{re.escape(noun[0])}\b", d.phrase or "", re.I) is not None
                and noun[0] in (d.group or "").lower().split() and " and " in (d.group or "")
                for d in counts):
            continue
        out.append(c)
    return out


def _lead_and_parts(counts: list[Count]) -> int | None:
    """A lead total told first and then its parts, the last ones added with "another" ("At least twelve are feared
    dead. Seven were killed at X. Another four were killed at Y"): "another" adds to the part before it, not to the
    lead, so the toll is the lead unless its parts sum to more (None when the figures are not told so)."""
    cs = sorted(counts, key=_start)
    if len(cs) < 3 or any(_additive(c) for c in cs[:2]) or cs[0].low <= cs[1].low:
        return None
    if {_group_class(c.group) for c in cs[:2]} != {"generic"}:
        return None
    # the parts after the first: all "another N" / "N more", none the shooter's own death or the killer's
    if not all(_additive(c) and c.method not in (SELF_METHOD, DIED_AMONG_METHOD, KILLER_METHOD) for c in cs[2:]):
        return None
    return max(cs[0].low, sum(c.low for c in cs[1:]))


def _claim_total(counts: list[Count]) -> tuple[int, frozenset[str]]:
    """One voice's toll: disjoint victim classes summed ("3 soldiers and 2 civilians"), repeats never."""
    counts = _retold_lone(_adds_to_told(counts))
    lead = _lead_and_parts(counts)
    if lead is not None:
        return lead, frozenset({"generic"})
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

