"""Incidents for the exports: the linker's incidents, their reconciled figures and one place / date / actors each.

The incident writers (``ucdp-csv``, and ``acled-csv`` / ``jsonl`` / ``geojson`` with ``incidents=True``) all
read :func:`collect_incidents`, so every format gives the same incident the same figures.

* Events already linked (``incident_id`` set, as a Store returns them after ``crosstally link``) keep their
  incidents; otherwise the extractions are linked in memory for the export (with the store's link state and
  analysts' overrides when a store is given), and nothing is written back.
* Killed totals (:class:`Totals`): an undifferentiated figure ("killed, all victims") and the per-victim-class
  figures (civilians, security forces, fighters...) are both reconciled by :mod:`crosstally.link`; a total is
  never below the sum of its parts, so each of ACLED / low / best / high is the larger of the all-victims figure
  and the sum of the class figures. A nested incident's toll is never added to its parent's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..link import Incident, LinkState, Override, Reconciliation, link_events, reconcile_all
from ..records import ActorMention, Event, Extraction, Location

#: The victim classes reconciliation reports, besides "all" (no group given).
CLASSES: tuple[str, ...] = ("civilians", "security_forces", "fighters", "mixed", "unspecified")


@dataclass(slots=True)
class Totals:
    """Reconciled killed figures of one incident: overall and per victim class (UCDP best per class)."""

    acled: int | None = None
    low: int | None = None
    best: int | None = None
    high: int | None = None
    by_class: dict[str, int] = field(default_factory=dict)  # class -> reconciled best


@dataclass(slots=True)
class Place:
    """Where an incident happened, as precisely as all its claims allow."""

    name: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str = "country"  # town_exact | town_near | admin2 | admin1 | wider_region | country | unknown
    named: list[str] = field(default_factory=list)  # every distinct place the claims name


@dataclass(slots=True)
class IncidentRecord:
    """One incident with everything an incident export writes."""

    incident: Incident
    reconciliation: Reconciliation
    members: list[tuple[Extraction, Event]]
    totals: Totals
    place: Place
    sub_event_type: str = ""
    side_a: ActorMention | None = None
    side_b: ActorMention | None = None
    date_precision: int = 3  # the best (lowest) ACLED time precision among the members' dates

    @property
    def days(self) -> int | None:
        inc = self.incident
        return (inc.end - inc.start).days + 1 if inc.start and inc.end else None

    @property
    def documents(self) -> list[Extraction]:
        seen: dict[str, Extraction] = {}
        for ex, _ in self.members:
            seen.setdefault(ex.document.id, ex)
        return sorted(seen.values(), key=lambda e: (e.document.published or date.min, e.document.id))


def _store_state(store: Any) -> tuple[LinkState | None, list[Override]]:
    raw = store.get_state("link") if hasattr(store, "get_state") else None
    overrides = [Override(kind=o["kind"], events=tuple((str(d), int(i)) for d, i in o["event_keys"]),
                          incidents=tuple(o["incident_ids"]), note=o.get("why") or "")
                 for o in (store.overrides() if hasattr(store, "overrides") else [])]
    return (LinkState.from_dict(raw) if raw else None), overrides


def _stored_incidents(ok: list[Extraction], store: Any) -> list[Incident]:
    """Rebuild incidents from the ids the events carry (and the store's incident data when there is one)."""
    members: dict[str, list[Event]] = defaultdict(list)
    keys: dict[int, tuple[str, int]] = {}
    for ex in ok:
        for ev in ex.events:
            if ev.incident_id:
                members[ev.incident_id].append(ev)
                keys[id(ev)] = (ex.document.id, ev.index)
    data: dict[str, dict[str, Any]] = {}
    if store is not None and hasattr(store, "incidents"):
        ids = sorted(members)
        for i in range(0, len(ids), 500):
            for row in store.incidents(ids=ids[i:i + 500], limit=500):
                data[row["id"]] = {**(row.get("data") or {}), "parent_id": row.get("parent_id")}
    out: dict[str, Incident] = {}
    for iid, evs in members.items():
        d = data.get(iid, {})
        parent = d.get("parent_id") or Counter(e.parent_incident_id for e in evs
                                               if e.parent_incident_id).most_common(1)
        if isinstance(parent, list):
            parent = parent[0][0] if parent else None
        dated = [e.date for e in evs if e.date is not None]
        precise = [dc for dc in dated if dc.precision == 1] or dated
        locs = [e.location for e in evs if e.location is not None]
        out[iid] = Incident(
            id=iid, members=sorted(keys[id(e)] for e in evs), parent_id=parent,
            event_type=d.get("event_type") or Counter(e.event_type for e in evs).most_common(1)[0][0],
            start=date.fromisoformat(d["start"]) if d.get("start") else (min(x.start for x in precise) if precise else None),
            end=date.fromisoformat(d["end"]) if d.get("end") else (max(x.end for x in precise) if precise else None),
            place=d.get("place") or (Counter(x.name for x in locs).most_common(1)[0][0] if locs else None),
            admin1=d.get("admin1"), country=d.get("country"), sources=list(d.get("sources") or []), events=evs,
        )
    for inc in out.values():
        if inc.parent_id in out:
            out[inc.parent_id].children.append(inc.id)
    for inc in out.values():
        inc.children.sort()
    return sorted(out.values(), key=lambda i: (i.start or date.min, i.id))


def _totals(rec: Reconciliation) -> Totals:
    t = Totals()
    whole = rec.figure("killed", "all")
    parts = [f for f in rec.figures if f.kind == "killed" and f.group_class in CLASSES]
    t.by_class = {f.group_class: f.ucdp_best for f in parts if f.ucdp_best is not None}
    for attr, src in (("acled", "acled"), ("low", "ucdp_low"), ("best", "ucdp_best"), ("high", "ucdp_high")):
        vals = [getattr(f, src) for f in parts if getattr(f, src) is not None]
        summed = sum(vals) if vals else None
        own = getattr(whole, src) if whole is not None else None
        cands = [v for v in (own, summed) if v is not None]
        setattr(t, attr, max(cands) if cands else None)
    if t.low is not None and t.best is not None and t.high is not None:
        t.best = min(max(t.best, t.low), t.high)
    return t


def _kind(loc: Location) -> str:
    name = (loc.name or "").casefold()
    if loc.precision <= 2 and name and name not in {(x or "").casefold() for x in (loc.admin1, loc.admin2,
                                                                                    loc.country)}:
        return "town_exact" if loc.precision == 1 else "town_near"
    if loc.admin2 and (loc.precision <= 2 or name == loc.admin2.casefold()):
        return "admin2"
    if loc.admin1:
        return "admin1"
    if name and name not in {(loc.country or "").casefold(), (loc.country_code or "").casefold()}:
        return "wider_region"  # a named area with no province: "the Syrian coast"
    return "country"


_RANK = {"town_exact": 0, "town_near": 1, "admin2": 2, "admin1": 3, "wider_region": 4, "country": 5}


def _place(inc: Incident, locs: list[Location]) -> Place:
    placed = [loc for loc in locs if loc.country_code]
    locs = placed or locs  # a name the geocoder could not place says nothing once others are placed
    if not locs or not placed:
        first = locs[0] if locs else None
        return Place(name=inc.place or (first.name if first else None), admin1=inc.admin1, country=inc.country,
                     kind="unknown", named=sorted({x.name for x in locs if x.name}))
    distinct: dict[tuple[str, str], Location] = {}
    for loc in sorted(locs, key=lambda x: (_RANK[_kind(x)], x.lat is None)):
        distinct.setdefault(((loc.name or "").casefold(), (loc.admin1 or "").casefold()), loc)
    # a province claim that a town claim lies in adds nothing: keep the most specific places only
    specific = [loc for loc in distinct.values()
                if not (_kind(loc) in ("admin1", "admin2", "country")
                        and any(o is not loc and _RANK[_kind(o)] < _RANK[_kind(loc)]
                                and (o.admin1 == loc.admin1 or _kind(loc) == "country")
                                and o.country_code == loc.country_code for o in distinct.values()))]
    named = sorted({loc.name for loc in specific if loc.name})
    coords = [(loc.lat, loc.lon) for loc in specific if loc.lat is not None and loc.lon is not None]
    first = specific[0]
    p = Place(name=first.name, admin1=first.admin1, admin2=first.admin2, country=first.country,
              country_code=first.country_code, named=named)
    if coords:
        p.lat = round(sum(c[0] for c in coords) / len(coords), 5)
        p.lon = round(sum(c[1] for c in coords) / len(coords), 5)
    if len(specific) == 1:
        p.kind = _kind(first)
        return p
    same = {attr: {getattr(loc, attr) for loc in specific} for attr in ("admin2", "admin1", "country_code")}
    if len(same["admin2"]) == 1 and None not in same["admin2"]:
        p.kind, p.name = "admin2", first.admin2
    elif len(same["admin1"]) == 1 and None not in same["admin1"]:
        p.kind, p.name, p.admin2 = "admin1", first.admin1, None
    elif len(same["country_code"]) == 1 and None not in same["country_code"]:
        p.kind, p.name, p.admin2 = "wider_region", inc.place or first.name, None
        p.admin1 = "; ".join(sorted({loc.admin1 for loc in specific if loc.admin1})) or None
    else:
        p.kind, p.admin1, p.admin2 = "country", None, None
        p.country = "; ".join(sorted({loc.country for loc in specific if loc.country})) or first.country
    return p


def _side(members: list[tuple[Extraction, Event]], role: str) -> ActorMention | None:
    """The actor most sources name in ``role`` (resolved actors preferred over bare mentions)."""
    votes: dict[str, set[str]] = defaultdict(set)
    pick: dict[str, ActorMention] = {}
    for ex, ev in members:
        for a in ev.actors:
            if a.role == role and (a.name or a.mention):
                key = (a.name or a.mention).casefold()
                votes[key].add(ex.document.source or ex.document.id)
                if key not in pick or (pick[key].inter is None and a.inter is not None):
                    pick[key] = a
    if not votes:
        return None
    best = max(votes, key=lambda k: (len(votes[k]), pick[k].inter is not None, pick[k].actor_id is not None, k))
    return pick[best]


def _record(inc: Incident, rec: Reconciliation, members: list[tuple[Extraction, Event]]) -> IncidentRecord:
    events = [ev for _, ev in members]
    subs = Counter(ev.sub_event_type for ev in events if ev.event_type == inc.event_type and ev.sub_event_type)
    precisions = [ev.date.precision for ev in events if ev.date is not None]
    return IncidentRecord(
        incident=inc, reconciliation=rec, members=members, totals=_totals(rec),
        place=_place(inc, [ev.location for ev in events if ev.location is not None]),
        sub_event_type=subs.most_common(1)[0][0] if subs else "",
        side_a=_side(members, "actor1"), side_b=_side(members, "actor2"),
        date_precision=min(precisions) if precisions else 3,
    )


def collect_incidents(extractions: Iterable[Extraction], *, store: Any = None) -> list[IncidentRecord]:
    """Every incident among ``extractions`` with its reconciliation, place, dates and sides.

    Parents come before their children; otherwise by start date and id.
    """
    ok = [ex for ex in extractions if ex.document.status == "ok"]
    events = [ev for ex in ok for ev in ex.events]
    if not events:
        return []
    if all(ev.incident_id for ev in events):
        incidents = _stored_incidents(ok, store)
    else:
        previous, overrides = _store_state(store) if store is not None else (None, [])
        incidents = link_events(ok, previous=previous, overrides=overrides).incidents
    mine = {(ex.document.id, ev.index): (ex, ev) for ex in ok for ev in ex.events}
    recs = reconcile_all(incidents, ok)
    records = []
    for inc in incidents:
        members = [mine[k] for k in inc.members if k in mine]
        if members:
            records.append(_record(inc, recs[inc.id], members))
    by_id = {r.incident.id: r for r in records}

    def depth(r: IncidentRecord) -> int:
        n, pid, seen = 0, r.incident.parent_id, set()
        while pid in by_id and pid not in seen:
            seen.add(pid)
            n, pid = n + 1, by_id[pid].incident.parent_id
        return n

    def root_key(r: IncidentRecord) -> tuple[date, str]:
        top = r
        for _ in range(depth(r)):
            top = by_id[top.incident.parent_id]  # type: ignore[index]
        return (top.incident.start or date.min, top.incident.id)

    return sorted(records, key=lambda r: (*root_key(r), depth(r), r.incident.start or date.min, r.incident.id))
