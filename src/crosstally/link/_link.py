"""link_events: block, score, cluster with cannot-link constraints, nest, keep ids stable.

The map, in import order (lower modules never import higher ones; tests/test_link_layout.py):

* ``_names.py``: names made comparable (case-, accent-blind, transliteration keys); ``_config.py``: ``LinkConfig``.
* ``_places.py``: where a claim is placed and whether two claims' places agree (``place_score``, ``named_by``).
* ``_people.py``, ``_subplaces.py``: the people a report names; the named parts of a town and the report's lead.
* ``_profile.py``: one event claim reduced to a ``ClaimProfile``, the only thing the steps below read.
* ``_blocking.py``: which pairs are compared at all (``candidate_pairs``).
* ``_scoring.py``: how likely a pair is one incident (``score``); ``_relation.py``: same, part-of-whole, or neither.
* ``_clusters.py``: union-find with cannot-link constraints, and the late placing of placeless claims.
* ``_ids.py``: incident ids kept across runs and analysts' overrides; this module: the run, nesting, ``Incident``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

from ..records import Event, Extraction
from ._blocking import candidate_pairs, placeless
from ._clusters import _attach_placeless, _Clusters
from ._config import LinkConfig
from ._ids import _apply_overrides, _assign_ids
from ._names import norm_name
from ._places import admin1_parts
from ._profile import profile
from ._relation import relation
from ._scoring import date_gap, score
from ._subplaces import known_subplaces
from ._types import (
    ClaimProfile,
    EventKey,
    Incident,
    LinkResult,
    LinkState,
    LinkStats,
    Override,
)


def _main_same_day(a: ClaimProfile, b: ClaimProfile) -> bool:
    """Both claims are their reports' main claims and their dates overlap."""
    gap = date_gap(a, b)
    return a.index == 0 and b.index == 0 and gap is not None and gap <= 0


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
