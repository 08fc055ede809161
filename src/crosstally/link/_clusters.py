"""Clustering with cannot-link constraints: a union-find whose clusters remember what a merge must not violate
(one report twice, two towns, two weapons, two parts of a town, days apart), and the late placing of claims
that name no place.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._config import LinkConfig
from ._places import admin1_parts, km, named_by
from ._subplaces import other_parts
from ._types import ClaimProfile


def _region_wide(c: ClaimProfile) -> bool:
    """A claim placed only over a region of several provinces, strictly wider than any village or town in it, and
    told over days: a claim of one day over a region ("an air strike in northwest Syria on Monday") is one incident
    placed vaguely, which may be a town's."""
    return c.level == 0 and len(admin1_parts(c.admin1)) > 1 and not (
        c.date_precision == 1 and c.start is not None and c.start == c.end)


class _Clusters:
    """Union-find whose clusters remember what a merge must not violate."""

    def __init__(self, claims: Sequence[ClaimProfile], frozen: Sequence[str | None], cfg: LinkConfig) -> None:
        self.cfg = cfg
        self.claims = claims
        self.parent = list(range(len(claims)))
        self.docs: list[set[str]] = [{c.doc_id} for c in claims]
        self.frozen: list[str | None] = list(frozen)
        # distinct towns named in the cluster (place -> one claim naming it)
        self.towns: list[dict[str, ClaimProfile]] = [{c.place: c} if c.level == 3 and c.place else {}
                                                     for c in claims]
        # distinct districts named (admin2 -> one claim): a report naming only the province must not chain
        # two districts' incidents of one day into one ("Beni territory" and "Nyiragongo territory")
        self.districts: list[dict[str, ClaimProfile]] = [{f"{c.admin1}|{c.admin2}": c} if c.admin2 else {}
                                                         for c in claims]
        # envelope of the day-precise dates: (latest start, earliest end), enough to check every pair
        self.days: list[tuple[int, int] | None] = [
            (c.start, c.end) if c.date_precision == 1 and c.start is not None and c.end is not None else None
            for c in claims
        ]
        # the weapons confident reports tell (see _profile.weapon_of): a cluster of shellings never absorbs one of
        # drone strikes, even through a report's background claims joined as facets
        self.weapons: list[set[str]] = [{c.weapon} if c.weapon else set() for c in claims]
        # the named parts of the town the claims' own sentences give (Sadr City, Dora): never two disjoint ones
        self.parts: list[list[tuple[str, int | None]]] = [[(n, c.killed) for n in c.subplaces] for c in claims]
        # the spread of places a cluster holds: a claim at a village or town, and one over a whole region of
        # several provinces ("Syrian coast": Latakia; Tartus). A region's toll told in a village's story is the
        # wave's, so the two never make one incident: the region's claim nests above or stays beside it
        self.town_level: list[bool] = [c.level == 3 for c in claims]
        self.region_level: list[bool] = [_region_wide(c) for c in claims]
        # the tolls of day-precise claims by day, (lowest, highest): where a vaguely dated claim makes the match, the
        # pair test that a much smaller toll a day later is another attack (see _scoring.score) must hold for every pair
        # of the two clusters (a report dated to a week chained a checkpost attack to the next day's shooting of a
        # polio team). Only there: outlets of one night disagree by a day and their tolls drift, and a day-precise
        # match between two such clusters stays a match (synthetic corpus: recall 0.962 -> 0.818 when always applied)
        self.tolls: list[dict[int, tuple[int, int]]] = [
            {c.start: (c.killed, c.killed)} if c.date_precision == 1 and c.start is not None and c.start == c.end
            and c.killed else {} for c in claims
        ]
        self.members: list[set[int]] = [{i} for i in range(len(claims))]
        self.forbid: list[set[int]] = [set() for _ in claims]  # part-of pairs: never the same incident

    def cannot_link(self, i: int, j: int) -> None:
        self.forbid[self.find(i)].add(j)
        self.forbid[self.find(j)].add(i)

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def _towns_ok(self, a: dict[str, ClaimProfile], b: dict[str, ClaimProfile], by_name: bool = False) -> bool:
        for ka, x in a.items():
            for kb, y in b.items():
                if (ka == kb if by_name else (x.geonameid and x.geonameid == y.geonameid) or x.place == y.place):
                    continue
                if named_by(x, y) >= 0.6:
                    continue  # one report names the other's town: a dateline, or a town put in another state
                d = km(x, y)
                if d is None or d > self.cfg.near_km:
                    return False
        return True

    def _days_ok(self, a: tuple[int, int] | None, b: tuple[int, int] | None, tol: int | None = None) -> bool:
        """Every day-precise claim of one cluster within the tolerance of every one of the other."""
        if a is None or b is None:
            return True
        tol = self.cfg.day_tolerance if tol is None else tol
        return a[0] - b[1] <= tol and b[0] - a[1] <= tol

    def _facets_of_one_report(self, ra: int, rb: int) -> bool:
        """Every report on both sides tells them under different event types (a clash and the killing of
        civilians in one wave): facets of one incident, not two incidents of one report."""
        shared = self.docs[ra] & self.docs[rb]
        for doc in shared:
            ta = {self.claims[m].event_type for m in self.members[ra] if self.claims[m].doc_id == doc}
            tb = {self.claims[m].event_type for m in self.members[rb] if self.claims[m].doc_id == doc}
            if ta & tb:
                return False
        return True

    def _tolls_ok(self, a: dict[int, tuple[int, int]], b: dict[int, tuple[int, int]]) -> bool:
        """No day's toll on one side is under half a toll of the day before on the other side: tolls rise as the
        wounded die, so a much smaller toll a day later is another attack (consecutive attacks in one district)."""
        for da, (lo_a, hi_a) in a.items():
            for db, (lo_b, hi_b) in b.items():
                if db == da + 1 and 2 * lo_b < hi_a or da == db + 1 and 2 * lo_a < hi_b:
                    return False
        return True

    def vague(self, i: int, j: int) -> bool:
        """The match of claims ``i`` and ``j`` involves a claim not dated to one day ("Monday's assault" read as a
        week): such a match may bridge two days' incidents, so it merges only where every toll agrees across days."""
        return self.claims[i].date_precision != 1 or self.claims[j].date_precision != 1

    def can_merge(self, ra: int, rb: int, facets: bool = False, vague: bool = False) -> bool:
        if ra == rb or not self.docs[ra].isdisjoint(self.docs[rb]) and not (
                facets and self._facets_of_one_report(ra, rb)):
            return False
        fa, fb = self.frozen[ra], self.frozen[rb]
        if fa is not None and fb is not None and fa != fb:
            return False  # two incidents of an earlier run only merge by an analyst's override
        if not self.forbid[ra].isdisjoint(self.members[rb]) or not self.forbid[rb].isdisjoint(self.members[ra]):
            return False
        if self.weapons[ra] and self.weapons[rb] and self.weapons[ra].isdisjoint(self.weapons[rb]):
            return False
        if other_parts(self.parts[ra], self.parts[rb]):
            return False
        if vague and not self._tolls_ok(self.tolls[ra], self.tolls[rb]):
            return False
        if (self.town_level[ra] and self.region_level[rb]) or (self.region_level[ra] and self.town_level[rb]):
            return False
        return (self._towns_ok(self.towns[ra], self.towns[rb]) and self._towns_ok(self.districts[ra],
                self.districts[rb], by_name=True)
                # facets of one report are told of one day: joined through them, no day's slack (a drone strike on
                # the camp is not a facet of the previous day's market shelling that its report recalls)
                and self._days_ok(self.days[ra], self.days[rb], 0 if facets else None))

    def union(self, ra: int, rb: int) -> int:
        if ra == rb:
            return ra
        if len(self.docs[ra]) < len(self.docs[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.docs[ra] |= self.docs[rb]
        for place, c in self.towns[rb].items():
            self.towns[ra].setdefault(place, c)
        for place, c in self.districts[rb].items():
            self.districts[ra].setdefault(place, c)
        da, db = self.days[ra], self.days[rb]
        self.days[ra] = db if da is None else da if db is None else (max(da[0], db[0]), min(da[1], db[1]))
        for day, (lo, hi) in self.tolls[rb].items():
            lo0, hi0 = self.tolls[ra].get(day, (lo, hi))
            self.tolls[ra][day] = (min(lo, lo0), max(hi, hi0))
        self.members[ra] |= self.members[rb]
        self.town_level[ra] = self.town_level[ra] or self.town_level[rb]
        self.region_level[ra] = self.region_level[ra] or self.region_level[rb]
        self.weapons[ra] |= self.weapons[rb]
        self.parts[ra] += self.parts[rb]
        self.forbid[ra] |= self.forbid[rb]
        if self.frozen[ra] is None:
            self.frozen[ra] = self.frozen[rb]
        return ra


def _attach_placeless(clusters: _Clusters, bare: Sequence[bool], loose: list[tuple[float, int, int]]) -> int:
    """Place the claims that name no place once the placed claims are clustered; returns the merges made.

    Each placeless claim joins the one placed cluster it agrees with best (its best match into that cluster:
    toll, weapon, actors, wording, date all count in the score), or none when no match may merge. Then the
    placeless claims left join one another and, through matches of their own, a placed cluster; a merge never
    joins two clusters that both hold a placed claim: those did not merge on their own evidence, and a report
    that names no place does not make them one (two attacks in one city on one day, a follow-up of each).
    Cost: one pass over the placeless claims' matches, which blocking already bounds.
    """
    if not loose:
        return 0
    best: dict[int, tuple[float, int, int]] = {}  # placeless claim -> (score, placed root, placed claim)
    for s, i, j in loose:
        if bare[i] == bare[j]:
            continue
        x, y = (i, j) if bare[i] else (j, i)
        ry = clusters.find(y)
        if clusters.can_merge(clusters.find(x), ry, vague=clusters.vague(x, y)) and s > best.get(x, (-1.0,))[0]:
            best[x] = (s, ry, y)
    merged = 0
    for x, (_s, ry, y) in sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0])):
        rx, ry = clusters.find(x), clusters.find(ry)
        if clusters.can_merge(rx, ry, vague=clusters.vague(x, y)):
            clusters.union(rx, ry)
            merged += 1
    placed = {clusters.find(i) for i in range(len(bare)) if not bare[i]}  # roots of clusters holding a placed claim
    loose.sort(key=lambda t: (-t[0], t[1], t[2]))
    for _s, i, j in loose:
        ra, rb = clusters.find(i), clusters.find(j)
        if (ra in placed and rb in placed) or not clusters.can_merge(ra, rb, vague=clusters.vague(i, j)):
            continue
        root = clusters.union(ra, rb)
        if ra in placed or rb in placed:
            placed.add(root)
        merged += 1
    return merged
