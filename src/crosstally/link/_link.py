"""link_events: block, score, cluster with cannot-link constraints, nest, keep ids stable."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

from ..records import Event, Extraction
from ._match import (
    LinkConfig,
    admin1_parts,
    candidate_pairs,
    date_gap,
    km,
    known_subplaces,
    named_by,
    norm_name,
    other_parts,
    placeless,
    profile,
    relation,
    score,
)
from ._types import (
    ClaimProfile,
    EventKey,
    Incident,
    LinkResult,
    LinkState,
    LinkStats,
    Override,
)


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
        # the weapons confident reports tell (see _match.weapon_of): a cluster of shellings never absorbs one of
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
        # pair test that a much smaller toll a day later is another attack (see _match.score) must hold for every pair
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


def _main_same_day(a: ClaimProfile, b: ClaimProfile) -> bool:
    """Both claims are their reports' main claims and their dates overlap."""
    gap = date_gap(a, b)
    return a.index == 0 and b.index == 0 and gap is not None and gap <= 0


def _fresh_id(keys: Sequence[EventKey], taken: set[str]) -> str:
    founding = min(keys)
    base = f"{founding[0]}:{founding[1]}"
    n = 0
    while True:
        h = hashlib.sha1((base if n == 0 else f"{base}#{n}").encode()).hexdigest()[:10]
        iid = f"inc-{h}"
        if iid not in taken:
            return iid
        n += 1


def _apply_overrides(groups: list[list[int]], claims: Sequence[ClaimProfile], overrides: Sequence[Override],
                     old_id: Sequence[str | None]) -> tuple[list[list[int]], dict[int, str]]:
    """Re-apply analysts' splits and merges in the order given; returns groups and preferred ids."""
    index = {c.key: i for i, c in enumerate(claims)}
    preferred: dict[int, str] = {}  # group position -> id the analyst named
    for ov in overrides:
        where = {m: g for g, members in enumerate(groups) for m in members}
        named = [index[k] for k in ov.events if k in index]
        if ov.kind == "split":
            if not named:
                continue
            out = set(named)
            groups = [[m for m in members if m not in out] for members in groups]
            groups.append(sorted(out))
        elif ov.kind == "merge":
            hit = {where[m] for m in named}
            hit |= {g for g, members in enumerate(groups) if any(old_id[m] in ov.incidents for m in members)}
            if len(hit) < 1:
                continue
            merged = sorted(m for g in hit for m in groups[g])
            groups = [members for g, members in enumerate(groups) if g not in hit]
            groups.append(merged)
            pos = len(groups) - 1
            ids = [i for i in ov.incidents if any(old_id[m] == i for m in merged)]
            if ids:
                preferred[pos] = ids[0]
        groups_nonempty = [(g, members) for g, members in enumerate(groups) if members]
        remap = {g: n for n, (g, _) in enumerate(groups_nonempty)}
        preferred = {remap[g]: v for g, v in preferred.items() if g in remap}
        groups = [members for _, members in groups_nonempty]
    return groups, preferred


def _assign_ids(groups: list[list[int]], votes_of: Sequence[str | None], preferred: dict[int, str],
                keys: Sequence[EventKey]) -> list[str]:
    """A group keeps the id most of its members had; the others get fresh ids. Never renumbers."""
    group_id: list[str | None] = [None] * len(groups)
    taken: set[str] = set(preferred.values())
    for g, iid in preferred.items():
        group_id[g] = iid
    order = sorted(range(len(groups)), key=lambda g: (-len(groups[g]), groups[g][0]))
    for g in order:
        if group_id[g] is not None:
            continue
        votes = Counter(votes_of[m] for m in groups[g] if votes_of[m] is not None)
        for iid, _n in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
            if iid not in taken:
                group_id[g] = iid
                taken.add(iid)
                break
    for g in order:
        if group_id[g] is None:
            iid = _fresh_id([keys[m] for m in groups[g]], taken)
            group_id[g] = iid
            taken.add(iid)
    return [g for g in group_id if g is not None]


def link_events(
    extractions: Sequence[Extraction],
    *,
    previous: LinkState | None = None,
    overrides: Sequence[Override] = (),
    config: LinkConfig | None = None,
) -> LinkResult:
    """Link event claims from many documents into incidents, nesting parts under wholes.

    Pass the new documents (and, if you like, the old ones again); ``previous`` carries the
    earlier run's claims and ids so existing incidents keep their ids and new reports join
    them. Sets ``incident_id`` / ``parent_incident_id`` on the Event objects given. Claims whose
    report names no place (or only the country) are placed after the others have clustered, each
    in the one incident it matches best, and never join two incidents (see ``_attach_placeless``).
    """
    cfg = config or LinkConfig()
    events: dict[EventKey, Event] = {}
    profiles: dict[EventKey, ClaimProfile] = dict(previous.claims) if previous else {}
    for ext in extractions:
        if ext.document.status not in ("ok",):
            continue
        for ev in ext.events:
            p = profile(ext, ev)
            profiles[p.key] = p
            events[p.key] = ev
    keys = sorted(profiles)
    claims = known_subplaces([profiles[k] for k in keys])
    prev_assign = previous.assignments if previous else {}
    old_id: list[str | None] = [prev_assign[k][0] if k in prev_assign else None for k in keys]

    stats = LinkStats(claims=len(claims))
    clusters = _Clusters(claims, old_id, cfg)
    # an earlier run's incidents start as clusters: ids never renumber
    first: dict[str, int] = {}
    for i, oid in enumerate(old_id):
        if oid is not None:
            if oid in first:
                clusters.union(clusters.find(first[oid]), clusters.find(i))
            else:
                first[oid] = i

    pairs, nblocks = candidate_pairs(claims)
    same: list[tuple[float, int, int]] = []
    nests: list[tuple[float, int, int]] = []  # (score, parent, child)
    bare = [placeless(c) for c in claims]
    loose: list[tuple[float, int, int]] = []  # matches of a claim naming no place (see _attach_placeless)
    for i, j in pairs:
        stats.candidate_pairs += 1
        a, b = claims[i], claims[j]
        s = score(a, b, cfg)
        if s is None:
            continue
        rel = relation(a, b, s, cfg)
        if rel is None:
            continue
        if rel[0] == "same":
            (loose if bare[i] or bare[j] else same).append((s, i, j))
        else:
            nests.append((s, j, i) if rel[1] else (s, i, j))
    stats.blocks = nblocks[0]
    for _s, p, c in nests:
        clusters.cannot_link(p, c)
    # two reports' main claims that agree on the day match first: a report's secondary claim (a facet told under
    # another type) that joined another report's main claim first would keep the two main claims apart for good,
    # since one incident never holds two claims of one report. Main claims a day apart wait their turn by score:
    # there a secondary claim recalling yesterday's attack may be the better match (tests/test_link_apart.py)
    same.sort(key=lambda t: (not _main_same_day(claims[t[1]], claims[t[2]]), -t[0], t[1], t[2]))
    for _s, i, j in same:
        ra, rb = clusters.find(i), clusters.find(j)
        if clusters.can_merge(ra, rb, vague=clusters.vague(i, j)):
            clusters.union(ra, rb)
            stats.linked_pairs += 1
    stats.linked_pairs += _attach_placeless(clusters, bare, loose)
    same += loose
    same.sort(key=lambda t: (-t[0], t[1], t[2]))

    # a report that tells one wave under two event types may sit on both sides of a remaining match: once
    # every report's own claims are placed, join such facets (never two claims of one type from one report)
    for _s, i, j in same:
        ra, rb = clusters.find(i), clusters.find(j)
        if (ra != rb and not clusters.docs[ra].isdisjoint(clusters.docs[rb])
                and clusters.can_merge(ra, rb, True, clusters.vague(i, j))):
            clusters.union(ra, rb)
            stats.linked_pairs += 1

    by_root: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        by_root[clusters.find(i)].append(i)
    groups = sorted(by_root.values(), key=lambda g: g[0])
    provisional = _assign_ids(groups, old_id, {}, keys)
    prov_of = {m: provisional[g] for g, members in enumerate(groups) for m in members}
    named_id: list[str | None] = [old_id[m] or prov_of[m] for m in range(len(claims))]
    groups, preferred = _apply_overrides(groups, claims, overrides, named_id)
    group_id = _assign_ids(groups, named_id, preferred, keys)

    # nesting: each group's parent is the containing group with the strongest evidence, no cycles
    member_group = {m: g for g, members in enumerate(groups) for m in members}
    votes_for: dict[tuple[int, int], float] = defaultdict(float)
    for s, p, c in nests:
        gp, gc = member_group[p], member_group[c]
        if gp != gc:
            votes_for[(gc, gp)] += s
            stats.nest_pairs += 1
    parent_of: dict[int, int] = {}
    for (gc, gp), _v in sorted(votes_for.items(), key=lambda kv: (-kv[1], kv[0])):
        if gc in parent_of:
            continue
        anc, cycle = gp, False
        while anc in parent_of:
            anc = parent_of[anc]
            if anc == gc:
                cycle = True
                break
        if not cycle and gp != gc:
            parent_of[gc] = gp

    incidents: list[Incident] = []
    assignments: dict[EventKey, tuple[str, str | None]] = {}
    by_id: dict[str, Incident] = {}
    for g, members in enumerate(groups):
        iid = group_id[g]
        assert iid is not None
        pid = group_id[parent_of[g]] if g in parent_of else None
        inc = _describe(iid, pid, [claims[m] for m in members], [events.get(keys[m]) for m in members])
        incidents.append(inc)
        by_id[iid] = inc
        for m in members:
            assignments[keys[m]] = (iid, pid)
            ev = events.get(keys[m])
            if ev is not None:
                ev.incident_id, ev.parent_incident_id = iid, pid
    for inc in incidents:
        if inc.parent_id is not None:
            by_id[inc.parent_id].children.append(inc.id)
    for inc in incidents:
        inc.children.sort()
    incidents.sort(key=lambda inc: (inc.start or date.min, inc.id))
    state = LinkState(assignments=dict(assignments), claims=profiles)
    return LinkResult(incidents=incidents, assignments=assignments, state=state, stats=stats)


def _describe(iid: str, pid: str | None, claims: list[ClaimProfile], events: list[Event | None]) -> Incident:
    starts = [c.start for c in claims if c.start is not None]
    ends = [c.end for c in claims if c.end is not None]
    precise = [c for c in claims if c.date_precision == 1 and c.start is not None] or claims
    pstarts = [c.start for c in precise if c.start is not None]
    pends = [c.end for c in precise if c.end is not None]
    towns = Counter(c.place for c in claims if c.place)
    place_ev = [e for e in events if e is not None and e.location is not None]
    name = None
    top = towns.most_common(1)[0][0] if towns else None
    if top is None:  # no town named: the most common area ("Syrian coast", a province)
        areas = Counter(c.area for c in claims if c.area)
        top = areas.most_common(1)[0][0] if areas else None
        # a region that holds every province the claims name ("Syrian coast" over Latakia and Tartus) names
        # the whole better than whichever of its provinces most outlets happened to write
        regions = [c for c in claims if len(admin1_parts(c.admin1)) > 1 and c.area]
        named = {a for c in claims for a in admin1_parts(c.admin1)}
        for r in regions:
            if named <= set(admin1_parts(r.admin1)):
                top = r.area
                break
    if top is not None:
        name = next((e.location.name for e in place_ev if e.location and e.location.name
                     and norm_name(e.location.name) == top), top)
    admin1 = Counter(c.admin1 for c in claims if c.admin1).most_common(1)
    country = Counter(c.country for c in claims if c.country).most_common(1)
    if place_ev:
        loc = place_ev[0].location
        assert loc is not None
        admin1_name = loc.admin1 or (admin1[0][0] if admin1 else None)
        country_name = loc.country or (country[0][0] if country else None)
    else:
        admin1_name = admin1[0][0] if admin1 else None
        country_name = country[0][0] if country else None
    return Incident(
        id=iid,
        parent_id=pid,
        members=sorted(c.key for c in claims),
        event_type=Counter(c.event_type for c in claims).most_common(1)[0][0] if claims else "",
        start=date.fromordinal(min(pstarts)) if pstarts else (date.fromordinal(min(starts)) if starts else None),
        end=date.fromordinal(max(pends)) if pends else (date.fromordinal(max(ends)) if ends else None),
        place=name or admin1_name,
        admin1=admin1_name,
        country=country_name,
        sources=sorted({c.source for c in claims}),
        events=[e for e in events if e is not None],
    )
