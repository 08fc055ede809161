"""Reconcile the figures of one incident the ways the field does, claim by claim."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from ..records import COUNT_KINDS, Event, Extraction
from ..vocab import load_vocab
from ._claimants import claimant_resolver
from ._names import norm_name
from ._profile import source_of
from ._syndication import claimant_key, syndication_groups
from ._types import EventKey, Incident

_LEVEL_WORD = {3: "village/town", 2: "district", 1: "province", 0: "country"}


@lru_cache(maxsize=1)
def _group_terms() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for entry in load_vocab("framing_victim_groups")["entries"]:
        terms = sorted({norm_name(t) or t for t in entry["terms"]}, key=len, reverse=True)
        out.append((entry["class"], re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b")))
    return out


def victim_class(group: str | None) -> str:
    """"civilians", "security_forces", "fighters", "mixed", "unspecified" or "all" (no group given)."""
    if not group:
        return "all"
    g = norm_name(group) or ""
    hits = [cls for cls, pat in _group_terms() if pat.search(g)]
    if not hits:
        return "unspecified"
    return hits[0] if len(hits) == 1 else "mixed"


@dataclass(slots=True)
class FigureClaim:
    """One figure as one document gives it, with who it belongs to and who passed it on."""

    kind: str
    group: str | None
    group_class: str
    low: int
    high: int | None
    qualifier: str
    source: str
    claimant: str
    relayed_by: str | None
    doc_id: str
    published: date | None
    event_start: date | None
    event_end: date | None
    evidence: str
    phrase: str
    superseded: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = {s: getattr(self, s) for s in self.__slots__}  # type: ignore[attr-defined]
        for k in ("published", "event_start", "event_end"):
            d[k] = d[k].isoformat() if d[k] else None
        return d


@dataclass(slots=True)
class FigureSummary:
    """Every claim of one kind and victim class, each claimant's series, and the reconciled range.

    Rules (only each claimant's LATEST figure enters the range; copies count once):
    ``acled`` = the lowest latest figure (ACLED codes the most conservative reported figure);
    ``ucdp_low`` = lowest latest low; ``ucdp_high`` = highest latest high (the low when open-ended);
    ``ucdp_best`` = the median of the claimants' latest lows (the lower one of the two middle values),
    so one outlier claimant moves neither end of the best estimate; ``minimum`` / ``maximum`` = the same
    ends as UCDP low/high.
    """

    kind: str
    group_class: str
    claims: list[FigureClaim] = field(default_factory=list)
    series: dict[str, list[FigureClaim]] = field(default_factory=dict)
    latest: dict[str, FigureClaim] = field(default_factory=dict)
    acled: int | None = None
    ucdp_low: int | None = None
    ucdp_best: int | None = None
    ucdp_high: int | None = None
    minimum: int | None = None
    maximum: int | None = None

    @property
    def claimants(self) -> int:
        return len(self.latest)

    def series_text(self, claimant: str) -> str:
        """"745 → 973 → 1,225 → 1,383" for one claimant."""
        return " → ".join(_fmt(c) for c in self.series.get(claimant, []))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "group_class": self.group_class,
            "claims": [c.to_dict() for c in self.claims],
            "series": {k: [c.low for c in v] for k, v in self.series.items()},
            "acled": self.acled, "ucdp_low": self.ucdp_low, "ucdp_best": self.ucdp_best,
            "ucdp_high": self.ucdp_high, "minimum": self.minimum, "maximum": self.maximum,
            "claimants": self.claimants,
        }


@dataclass(slots=True)
class Part:
    """A nested incident shown as "part of" this one, its figures not added to this one's."""

    incident_id: str
    place: str | None
    killed: int | None


@dataclass(slots=True)
class Reconciliation:
    incident_id: str
    figures: list[FigureSummary] = field(default_factory=list)
    independent_sources: int = 0
    sources: list[str] = field(default_factory=list)
    syndicated: dict[str, list[str]] = field(default_factory=dict)  # origin -> the sources that copied it
    perpetrators: dict[str, list[str]] = field(default_factory=dict)  # actor -> sources naming it
    parts: list[Part] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def figure(self, kind: str = "killed", group_class: str | None = None) -> FigureSummary | None:
        """The summary for a kind (and victim class; the first one when not given)."""
        for f in self.figures:
            if f.kind == kind and (group_class is None or f.group_class == group_class):
                return f
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "incident_id": self.incident_id,
            "figures": [f.to_dict() for f in self.figures],
            "independent_sources": self.independent_sources,
            "sources": self.sources,
            "syndicated": self.syndicated,
            "perpetrators": self.perpetrators,
            "parts": [{"incident_id": p.incident_id, "place": p.place, "killed": p.killed} for p in self.parts],
            "notes": self.notes,
        }


def _fmt(c: FigureClaim) -> str:
    s = f"{c.low:,}"
    if c.high is not None and c.high != c.low:
        s += f"–{c.high:,}"
    elif c.qualifier in ("over", "at_least") and c.high is None:
        s += "+"
    return s


def _members(incident: Incident, extractions: Sequence[Extraction] | Mapping[str, Extraction]
             ) -> list[tuple[Extraction, Event]]:
    want: set[EventKey] = set(incident.members)
    if isinstance(extractions, Mapping):
        pool = [extractions[d] for d in sorted({k[0] for k in want}) if d in extractions]
    else:
        pool = list(extractions)
    out = []
    for ext in pool:
        for ev in ext.events:
            if (ext.document.id, ev.index) in want:
                out.append((ext, ev))
    return out


def reconcile_all(incidents: Sequence[Incident], extractions: Sequence[Extraction]) -> dict[str, Reconciliation]:
    """Reconcile every incident of a link result, indexing the documents once (linear, not
    incidents × documents)."""
    by_doc = {e.document.id: e for e in extractions}
    return {inc.id: reconcile(inc, by_doc, incidents=incidents) for inc in incidents}


def _claimant(ext: Extraction, ev: Event, attributed: str | None, origin: str) -> str:
    if attributed:
        return attributed
    if len(ev.attributed_to) == 1:
        return ev.attributed_to[0]
    return origin


def reconcile(
    incident: Incident,
    extractions: Sequence[Extraction] | Mapping[str, Extraction],
    *,
    incidents: Sequence[Incident] = (),
) -> Reconciliation:
    """Every figure claim about one incident, each claimant's series, and the reconciled ranges.

    Pass ``incidents`` (the link result's list) to show nested incidents as parts: their
    figures are listed, never added to this incident's. ``extractions`` may be a list or a
    mapping doc_id → Extraction (faster when reconciling many incidents).
    """
    pairs = _members(incident, extractions)
    docs = {ext.document.id: ext for ext, _ in pairs}
    origin = syndication_groups(list(docs.values()))
    rec = Reconciliation(incident_id=incident.id)
    rec.sources = sorted({source_of(ext) for ext in docs.values()})
    rec.independent_sources = len(set(origin.values()))
    copies: dict[str, set[str]] = defaultdict(set)
    for doc_id, org in origin.items():
        copies[org].add(source_of(docs[doc_id]))
    rec.syndicated = {
        org: sorted(srcs) for org, srcs in sorted(copies.items())
        if len(srcs) > 1 or any(claimant_key(s) != claimant_key(org) for s in srcs)
    }

    by_kind: dict[tuple[str, str], list[FigureClaim]] = defaultdict(list)
    perps: dict[str, set[str]] = defaultdict(set)
    names = {source_of(ext) for ext in docs.values()} | set(origin.values())
    names |= {n for _, ev in pairs for n in (*ev.attributed_to, *(c.attributed_to for c in ev.counts)) if n}
    canon = claimant_resolver(names)
    for ext, ev in pairs:
        doc = ext.document
        src = source_of(ext)
        for a in ev.actors:
            if a.role == "actor1" and (a.name or a.mention):
                perps[a.name or a.mention].add(canon(src))  # "OHCHR" is the UN Human Rights Office: one source
        for c in ev.counts:
            if c.kind not in COUNT_KINDS:
                continue
            claimant = canon(_claimant(ext, ev, c.attributed_to, origin.get(doc.id, src)))
            relayed = src if claimant_key(claimant) != claimant_key(canon(src)) else None
            fc = FigureClaim(
                kind=c.kind, group=c.group, group_class=victim_class(c.group), low=c.low, high=c.high,
                qualifier=c.qualifier, source=src, claimant=claimant, relayed_by=relayed, doc_id=doc.id,
                published=doc.published, event_start=ev.date.start if ev.date else None,
                event_end=ev.date.end if ev.date else None,
                evidence=" ".join(doc.text[s.start:s.end] for s in c.evidence), phrase=c.phrase,
            )
            by_kind[(c.kind, fc.group_class)].append(fc)
    rec.perpetrators = {k: sorted(v) for k, v in sorted(perps.items())}

    for (kind, gclass), claims in sorted(by_kind.items(), key=lambda kv: (COUNT_KINDS.index(kv[0][0]), kv[0][1])):
        rec.figures.append(_summarise(kind, gclass, claims))

    # nested incidents: shown as parts, not added
    by_id = {i.id: i for i in incidents} if incident.children else {}
    if isinstance(extractions, Sequence) and incident.children:
        extractions = {e.document.id: e for e in extractions}
    for cid in incident.children:
        child = by_id.get(cid)
        if child is None:
            continue
        sub = reconcile(child, extractions)
        f = sub.figure("killed")
        rec.parts.append(Part(incident_id=cid, place=child.place, killed=f.acled if f else None))

    rec.notes = _notes(incident, rec, by_id)
    return rec


def _summarise(kind: str, gclass: str, claims: list[FigureClaim]) -> FigureSummary:
    fs = FigureSummary(kind=kind, group_class=gclass, claims=claims)
    series: dict[str, list[FigureClaim]] = defaultdict(list)
    names: dict[str, str] = {}
    for c in claims:
        k = claimant_key(c.claimant)
        names.setdefault(k, c.claimant)
        series[k].append(c)
    for k, lst in series.items():
        # copies of one figure by relays are one point of the series
        lst.sort(key=lambda c: (c.published or date.min, c.low, c.high or c.low))
        # a relay that repeats an older or rounded figure ("more than 1,300" days after the monitor said
        # 1,383) restates the claimant, it does not revise it down: it is neither a point nor the latest
        top = 0
        kept: list[FigureClaim] = []
        for c in lst:
            if c.relayed_by is not None and c.low < top:
                c.superseded = True
                continue
            top = max(top, c.low)
            kept.append(c)
        lst = kept
        uniq: list[FigureClaim] = []
        for c in lst:
            if uniq and uniq[-1].low == c.low and uniq[-1].high == c.high:
                continue
            uniq.append(c)
        for c in lst:
            c.superseded = c is not lst[-1] and not (c.low == lst[-1].low and c.high == lst[-1].high)
        fs.series[names[k]] = uniq
        fs.latest[names[k]] = lst[-1]
    # a vague word ("many", "dozens") enters the range only when no claimant gives a number: "many were
    # executed" in a column is no toll beside a monitor's 1,383 and a UN office's 111
    latest = [c for c in fs.latest.values() if c.qualifier != "vague"] or list(fs.latest.values())
    lows = sorted(c.low for c in latest)
    highs = [c.high if c.high is not None else c.low for c in latest]
    if lows:
        fs.acled = fs.ucdp_low = fs.minimum = lows[0]
        fs.ucdp_high = fs.maximum = max(highs)
        fs.ucdp_best = lows[(len(lows) - 1) // 2]
    return fs


def _notes(incident: Incident, rec: Reconciliation, by_id: dict[str, Incident]) -> list[str]:
    notes: list[str] = []
    if rec.independent_sources == 1:
        notes.append("only one independent source")
    perps = {norm_name(k): k for k in rec.perpetrators}
    if len(perps) > 1:
        named = "; ".join(f"{k} ({', '.join(v)})" for k, v in rec.perpetrators.items())
        all_sources = [set(v) for v in rec.perpetrators.values()]
        if any(a != b for a in all_sources for b in all_sources):
            notes.append(f"sources disagree on the perpetrator: {named}")
    for f in rec.figures:
        label = f.kind if f.group_class in ("all", "unspecified") else f"{f.kind} ({f.group_class.replace('_', ' ')})"
        if f.claimants >= 2 and f.minimum and f.maximum and f.maximum > 2 * f.minimum:
            lo = min(f.latest.items(), key=lambda kv: kv[1].low)
            hi = max(f.latest.items(), key=lambda kv: kv[1].high or kv[1].low)
            notes.append(f"{label} figures differ by more than 2×: {lo[1].low:,} ({lo[0]}) to "
                         f"{hi[1].high or hi[1].low:,} ({hi[0]})")
        for who, pts in f.series.items():
            if len(pts) > 1:
                notes.append(f"{who} updated its {label} figure over time: "
                             f"{' → '.join(_fmt(p) for p in pts)} (an update, not a disagreement)")
        relayed = sorted({(c.relayed_by, c.claimant) for c in f.claims if c.relayed_by})
        for by, who in relayed:
            notes.append(f"{by} relays {who}'s {label} figure")
    mine = rec.figure("killed")
    for part in rec.parts:
        child = by_id.get(part.incident_id)
        level = "village/town"
        if child is not None and child.members and child.place and child.place == child.admin1:
            level = "province"
        whole = incident.place or "this incident"
        if part.killed is not None:
            theirs = f" ({mine.acled:,} killed)" if mine and mine.acled is not None else ""
            notes.append(f"{part.place}'s figure ({part.killed:,} killed) is a subset ({level}) of "
                         f"{whole}'s{theirs}; it is not added to it")
        else:
            notes.append(f"{part.place} is a part ({level}) of {whole}")
    return notes
