"""Blocking: which pairs of claims are compared at all, by (country, family, week) with the next week, province
and the places a report names; never all pairs, so linking stays near-linear.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Sequence

from ._names import _with_variants, name_set
from ._places import admin1_parts, own_names
from ._types import ClaimProfile

MAX_WEEKS = 8  # a claim vaguer than this is blocked on its first and last weeks only
MAX_BLOCK_PAIRS = 250_000  # above this a block compares each claim with its nearest neighbours only
BLOCK_WINDOW = 60
MAX_PLACELESS = 500  # a placeless claim is compared with its week's placed claims only below this


def _weeks(c: ClaimProfile) -> list[int]:
    if c.start is None or c.end is None:
        return [-1]
    w0, w1 = c.start // 7, c.end // 7
    if w1 - w0 + 1 > MAX_WEEKS:
        return [w0, w1]
    return list(range(w0, w1 + 1))


def placeless(c: ClaimProfile) -> bool:
    """A claim whose report names no place, or only the country: nothing says which of a country's (or a city's)
    incidents of that day it tells, so it must not be the bridge that chains two of them into one."""
    return c.level == 0 and not c.admin1 and not c.admin2 and not c.subplaces and c.area in (None, c.country)


_DEADLY_FAMILIES = ("violence", "demonstrations")


def block_families(c: ClaimProfile) -> tuple[str, ...]:
    """The blocks' event families a claim sits in: its own, and "violence" too for a "strategic development"
    that reports deaths (an attack on a village that one outlet's wording made a strategic development).
    Protests and riots with deaths stay apart (the synthetic corpus lost precision and gained 22 % pairs), except
    a deadly claim that names no place: one outlet's "clashes between party activists" is another's riot, and such
    a claim is placed last, never joining two incidents, so it may look in both families."""
    if c.killed and c.family == "strategic":
        return (c.family, "violence")
    if c.killed and c.family in _DEADLY_FAMILIES and placeless(c):
        return (c.family, *(f for f in _DEADLY_FAMILIES if f != c.family))
    return (c.family,)


def candidate_pairs(claims: Sequence[ClaimProfile]) -> tuple[Iterator[tuple[int, int]], list[int]]:
    """Pairs of claim indices that share a block: (country, family, week) with the next week,
    admin1 equal or one of them province-less. Never all pairs.

    Returns the pair iterator and a one-item list filled with the number of blocks.
    """
    groups: dict[tuple[str, str, int], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    fam_week: dict[tuple[str, int], list[int]] = defaultdict(list)
    placeless: list[tuple[int, str, int]] = []
    for i, c in enumerate(claims):
        for w in _weeks(c):
            for fam in block_families(c):
                for a1 in admin1_parts(c.admin1) or ("",):
                    groups[(c.country or "", fam, w)][a1].append(i)
                if c.country:
                    fam_week[(fam, w)].append(i)
                else:
                    placeless.append((i, fam, w))
    nblocks = [sum(len(g) for g in groups.values())]
    # a claim meets the claims of its weeks whose town, district or province its report names, whatever its own
    # geocoded place (a dateline town, a place put in the wrong country)
    by_name: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if c.start is None:
            continue
        for w in _weeks(c):
            for n in {*own_names(c), *_with_variants(admin1_parts(c.admin1)), *name_set(c.subplaces)}:
                for fam in block_families(c):
                    by_name[(fam, w, n)].append(i)

    docs = [c.doc_id for c in claims]
    starts = [c.start if c.start is not None else 0 for c in claims]

    def cross(l1: list[int], l2: list[int], same: bool) -> Iterator[tuple[int, int]]:
        n = len(l1) * (len(l1) - 1) // 2 if same else len(l1) * len(l2)
        if n <= MAX_BLOCK_PAIRS:
            for x, i in enumerate(l1):
                for j in (l1[x + 1:] if same else l2):
                    if docs[i] != docs[j]:
                        yield i, j
            return
        # an oversized block (a whole country's undetailed claims in one week): each claim meets
        # only its BLOCK_WINDOW nearest neighbours by start date, so the cost stays linear
        other = sorted(l2, key=starts.__getitem__)
        keys = [starts[j] for j in other]
        for i in l1:
            at = bisect_left(keys, starts[i])
            for j in other[max(0, at - BLOCK_WINDOW // 2): at + BLOCK_WINDOW // 2]:
                if i != j and docs[i] != docs[j]:
                    yield i, j

    def few(i: int, near: Sequence[int], seen: set[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """Claim ``i`` against a small set of others (none when the set is too big to be a lead), each pair once."""
        if len(near) > MAX_PLACELESS:
            return
        for j in near:
            if docs[i] == docs[j]:
                continue
            p = (i, j) if i < j else (j, i)
            if p not in seen:
                seen.add(p)
                yield p

    def gen() -> Iterator[tuple[int, int]]:
        seen: set[tuple[int, int]] = set()
        for (country, fam, w), g in groups.items():
            nxt = groups.get((country, fam, w + 1)) if w >= 0 else None
            todo: list[tuple[list[int], list[int], bool]] = []
            for a1, l1 in g.items():
                # same week, same admin1 (or one province-less); then the next week
                for a2, l2 in g.items():
                    if a2 < a1 or not (a1 == a2 or a1 == "" or a2 == ""):
                        continue
                    todo.append((l1, l2, a1 == a2))
                if nxt:
                    for a2, l2 in nxt.items():
                        if a1 == a2 or a1 == "" or a2 == "":
                            todo.append((l1, l2, False))
            for l1, l2, same in todo:
                for i, j in cross(l1, l2, same):
                    p = (i, j) if i < j else (j, i)
                    if p not in seen:
                        seen.add(p)
                        yield p
        for i, c in enumerate(claims):
            if not (c.names or c.subplaces) or c.start is None:
                continue
            weeks = {w + d for w in _weeks(c) for d in (-1, 0, 1)}
            for key in ((f, w, n) for n in name_set(c.names) | name_set(c.subplaces) for w in weeks
                        for f in block_families(c)):
                yield from few(i, by_name.get(key, ()), seen)
        # a claim the geocoder could not place meets the placed claims of its week, when few
        for i, fam, w in placeless:
            yield from few(i, [j for d in (-1, 0, 1) for j in fam_week.get((fam, w + d), ())], seen)

    return gen(), nblocks
