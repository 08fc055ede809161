"""What the API, the pages and the situation report show, assembled from the Store.

No FastAPI here: the report uses the same functions. Claims are events with their document's
source and date, the sentence they came from, and the analyst's review verdict; incidents are
rebuilt from their member claims (rejected claims left out) and reconciled on read, so a
correction or verdict shows at once and a re-run of the pipeline never undoes it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..records import Document, Event, Extraction
from ..store import Store, event_target

MAX_SENTENCE = 600  # characters of context shown around a claim's evidence
_SENT_END = re.compile(r"[.!?]\s|\n")


@dataclass(slots=True)
class ClaimFilters:
    """The filters every list and download takes (all optional, combined with AND)."""

    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    actor: str | None = None
    source: str | None = None
    q: str | None = None
    incident_id: str | None = None
    doc_id: str | None = None

    def store_kwargs(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from, "date_to": self.date_to, "country_code": self.country,
            "admin1": self.admin1, "event_type": self.event_type, "actor": self.actor, "source": self.source,
            "text": self.q, "incident_id": self.incident_id, "doc_id": self.doc_id,
        }


def claim_id(ev: Event) -> str:
    """``doc_id:index``: the id the API, corrections and the audit log use for a claim."""
    return event_target(ev.doc_id, ev.index)


def iter_events(store: Store, filters: ClaimFilters, batch: int = 500) -> Iterator[Event]:
    """Every event matching the filters, page by page (corrections applied)."""
    cursor: str | None = None
    while True:
        page = store.events_page(limit=batch, cursor=cursor, **filters.store_kwargs())
        yield from page.items
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def sentence_of(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentence (bounded to MAX_SENTENCE characters) around the first and last evidence span."""
    if not spans:
        return (0, 0)
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    left = max(0, start - MAX_SENTENCE // 2)
    cut = [m.end() for m in _SENT_END.finditer(text, left, start)]
    s0 = cut[-1] if cut else left
    m = _SENT_END.search(text, max(end - 1, s0), min(len(text), end + MAX_SENTENCE // 2))
    e0 = m.start() + 1 if m else min(len(text), end + MAX_SENTENCE // 2)
    if e0 - s0 > MAX_SENTENCE:
        s0, e0 = max(0, start - 60), min(len(text), end + 60)
    return s0, min(e0, len(text))


def value_spans(ev: Event) -> list[dict[str, Any]]:
    """Every extracted value of a claim with its span: what the pages highlight."""
    out: list[dict[str, Any]] = []

    def add(kind: str, label: str, spans: list[Any]) -> None:
        for s in spans:
            out.append({"start": s.start, "end": s.end, "kind": kind, "label": label})

    add("event", f"{ev.event_type}: {ev.trigger}".strip(": "), ev.evidence)
    for c in ev.counts:
        add("count", f"{c.kind} {c.low}" + (f"–{c.high}" if c.high and c.high != c.low else ""), c.evidence)
    if ev.date:
        add("date", f"date {ev.date.start.isoformat()}", ev.date.evidence)
    if ev.location:
        add("place", f"place {ev.location.name}", ev.location.evidence)
    for a in ev.actors:
        add("actor", f"{a.role} {a.name}", a.evidence)
    return out


def claim_dict(ev: Event, doc: Document | None, review: dict[str, Any] | None = None) -> dict[str, Any]:
    """A claim as the API returns it: the contract's event, its key, document facts, evidence sentence."""
    d = ev.to_dict()
    d["id"] = claim_id(ev)
    d["doc_id"] = ev.doc_id
    d["index"] = ev.index
    d["incident_id"] = ev.incident_id
    d["parent_incident_id"] = ev.parent_incident_id
    d["review"] = _review_json(review)
    if doc is not None:
        d["source"] = doc.source
        d["published"] = doc.published.isoformat() if doc.published else None
        d["title"] = doc.title
        d["url"] = doc.url
        spans = value_spans(ev)
        # the sentence of the figure when there is one, else of the event's first evidence span
        anchor = next((s for s in spans if s["kind"] == "count"), None) or next(iter(spans), None)
        s0, e0 = sentence_of(doc.text, [(anchor["start"], anchor["end"])] if anchor else [])
        d["sentence"] = {
            "start": s0, "end": e0, "text": doc.text[s0:e0],
            "highlights": [
                {"start": s["start"] - s0, "end": s["end"] - s0, "kind": s["kind"], "label": s["label"]}
                for s in spans if s0 <= s["start"] and s["end"] <= e0 and s["end"] > s["start"]
            ],
        }
    return d


def _review_json(review: dict[str, Any] | None) -> dict[str, Any]:
    if not review:
        return {"state": "open", "who": None, "at": None, "why": None}
    return {**review, "at": review["at"].isoformat() if review.get("at") else None}


def claims_page(
    store: Store, filters: ClaimFilters, limit: int, cursor: str | None
) -> tuple[list[dict[str, Any]], str | None]:
    """One keyset page of claims with their documents and review verdicts."""
    page = store.events_page(limit=limit, cursor=cursor, **filters.store_kwargs())
    docs = _documents(store, {e.doc_id for e in page.items})
    reviews = store.review_states(claim_id(e) for e in page.items)
    return [claim_dict(e, docs.get(e.doc_id), reviews.get(claim_id(e))) for e in page.items], page.next_cursor


def _documents(store: Store, ids: set[str]) -> dict[str, Document]:
    out = {}
    for i in ids:
        d = store.document(i)
        if d is not None:
            out[i] = d
    return out


# ----------------------------------------------------------------------------------------- incidents


@dataclass(slots=True)
class IncidentSummary:
    """One incident as the overview shows it: where, when, what, how many sources, the figures claimed."""

    id: str
    parent_id: str | None
    event_type: str
    start: date | None
    end: date | None
    place: str | None
    admin1: str | None
    country: str | None
    country_code: str | None
    lat: float | None
    lon: float | None
    claims: int
    sources: list[str] = field(default_factory=list)
    killed_low: int | None = None
    killed_high: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "parent_id": self.parent_id, "event_type": self.event_type,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "place": self.place, "admin1": self.admin1, "country": self.country,
            "country_code": self.country_code, "lat": self.lat, "lon": self.lon, "claims": self.claims,
            "sources": self.sources, "killed_low": self.killed_low, "killed_high": self.killed_high,
        }


def _span(value: Any) -> tuple[date | None, date | None]:
    """The linker's stored (start, end) of an incident, from ISO strings; (None, None) when absent or unreadable."""
    try:
        start, end = value or (None, None)
        return (date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None)
    except (TypeError, ValueError):
        return None, None


def summarise(
    incident_id: str, events: list[Event], sources: Mapping[str, str | None], parent_id: str | None,
    span: Any = None,
) -> IncidentSummary:
    """Where, when and what an incident is, from its member claims (the most precise place wins);
    ``sources`` maps each claim's document id to its source (outlet). ``span`` is the linker's stored (start, end):
    when given it is the incident's dates, as ``crosstally incidents`` shows them (the claims' own dates can reach
    wider: a report's "since Thursday" or a later round-up); otherwise the claims' earliest start and latest end."""
    types = Counter(e.event_type for e in events)
    located = [e for e in events if e.location is not None and e.location.lat is not None]
    # the most precise place (ACLED precision 1 = town) wins, then the most confident
    best = min(located, key=lambda e: (e.location.precision, -e.location.confidence)) if located else None  # type: ignore[union-attr]
    loc = best.location if best else next((e.location for e in events if e.location), None)
    starts = [e.date.start for e in events if e.date]
    ends = [e.date.end for e in events if e.date]
    stored_start, stored_end = _span(span)
    if stored_start is not None:
        starts, ends = [stored_start], [stored_end or stored_start]
    killed = [e.fatalities for e in events if e.fatalities.low is not None]
    names = sorted({(sources[e.doc_id] or "unknown") for e in events if e.doc_id in sources})
    return IncidentSummary(
        id=incident_id, parent_id=parent_id, event_type=types.most_common(1)[0][0] if types else "",
        start=min(starts) if starts else None, end=max(ends) if ends else None,
        place=loc.name if loc else None, admin1=loc.admin1 if loc else None,
        country=loc.country if loc else None, country_code=loc.country_code if loc else None,
        lat=loc.lat if loc else None, lon=loc.lon if loc else None, claims=len(events), sources=names,
        killed_low=min(f.low for f in killed if f.low is not None) if killed else None,
        killed_high=max((f.high if f.high is not None else f.low) or 0 for f in killed) if killed else None,
    )


def incident_summaries_page(
    store: Store, filters: ClaimFilters, limit: int, cursor: str | None,
) -> tuple[list[IncidentSummary], str | None]:
    """One keyset page (by id) of incidents with at least one matching, non-rejected claim, each summarised
    from those claims. Filtering and paging run in SQL, so a page reads only its own incidents' claims."""
    page = store.incident_claims_page(limit=limit, cursor=cursor, **filters.store_kwargs())
    return ([summarise(r["id"], r["events"], r["sources"], r["parent_id"], r.get("span")) for r in page.items],
            page.next_cursor)


def incident_summaries(store: Store, filters: ClaimFilters, batch: int = 500) -> list[IncidentSummary]:
    """Every incident with at least one matching, non-rejected claim, ordered by id (the report's list)."""
    out: list[IncidentSummary] = []
    cursor: str | None = None
    while True:
        items, cursor = incident_summaries_page(store, filters, batch, cursor)
        out.extend(items)
        if cursor is None:
            return out


_FRAMINGS: dict[tuple[str, str], Any] = {}
_MAX_FRAMINGS = 2000


def framing_of(ext: Extraction) -> Any:
    """The document's Framing: the one the pipeline stored, else computed once per (document, source) and
    kept in memory (the id is a hash of the text, so it never goes stale)."""
    from ..framing import frame_document
    from ..framing import framing_of as stored_framing

    if ext.framing and "event_terms" in ext.framing:
        return stored_framing(ext)
    source = ext.document.source or ext.document.site_name or ext.document.id
    key = (ext.document.id, source)
    if key not in _FRAMINGS:
        if len(_FRAMINGS) >= _MAX_FRAMINGS:
            _FRAMINGS.pop(next(iter(_FRAMINGS)))
        fr = frame_document(ext)
        fr.source = source
        _FRAMINGS[key] = fr
    return _FRAMINGS[key]


def incident_detail(store: Store, incident_id: str) -> dict[str, Any] | None:
    """Everything the incident page shows: summary, reconciled figures, per-source claims and series,
    disagreements in plain words, framing side by side, parts and parent."""
    from ..framing import compare_framing
    from ..link import Incident, reconcile

    events = list(iter_events(store, ClaimFilters(incident_id=incident_id)))
    rows = store.incidents(ids=[incident_id], limit=1)
    if not events and not rows:
        return None
    row = rows[0] if rows else {"parent_id": None, "locked": False}
    reviews = store.review_states(claim_id(e) for e in events)
    live = [e for e in events if reviews.get(claim_id(e), {}).get("state") != "rejected"]
    exts = {x.document.id: x for x in store.extractions(doc_ids={e.doc_id for e in events})}
    docs = {k: x.document for k, x in exts.items()}
    data = row.get("data") or {}
    summary = summarise(incident_id, live or events, {k: d.source for k, d in docs.items()}, row["parent_id"],
                        (data.get("start"), data.get("end")))
    children = [r["id"] for r in store.incidents(parent_id=incident_id, limit=200)]
    inc = Incident(id=incident_id, members=[(e.doc_id, e.index) for e in live], parent_id=row["parent_id"],
                   children=[], event_type=summary.event_type, start=summary.start, end=summary.end,
                   place=summary.place, admin1=summary.admin1, country=summary.country,
                   sources=summary.sources)
    # reconcile reads the events from the extractions: give it the corrected events we hold
    by_key = {(e.doc_id, e.index): e for e in events}
    for x in exts.values():
        x.events = [by_key.get((x.document.id, ev.index), ev) for ev in x.events]
    rec = reconcile(inc, list(exts.values()))
    framings = [framing_of(exts[d]) for d in sorted({e.doc_id for e in live}) if d in exts]
    table = compare_framing(inc, framings)
    claims = [claim_dict(e, docs.get(e.doc_id), reviews.get(claim_id(e))) for e in events]
    claims.sort(key=lambda c: (c.get("published") or "", c.get("source") or "", c["id"]))
    series = []
    for f in rec.figures:
        series.append({
            "kind": f.kind, "group_class": f.group_class,
            "points": [{"claimant": who, "published": c.published.isoformat() if c.published else None,
                        "low": c.low, "high": c.high, "source": c.source}
                       for who, pts in f.series.items() for c in pts],
        })
    return {
        "incident": summary.to_dict() | {"locked": row.get("locked", False), "children": children},
        "reconciliation": rec.to_dict(),
        "disagreements": list(rec.notes),
        "series": series,
        "framing": table.to_dict() | {"cells": table.cells()},
        "claims": claims,
        "documents": [
            {"id": d.id, "source": d.source, "title": d.title, "url": d.url,
             "published": d.published.isoformat() if d.published else None}
            for d in sorted(docs.values(), key=lambda d: (d.published or date.min, d.source or ""))
        ],
    }


def document_detail(store: Store, doc_id: str) -> dict[str, Any] | None:
    """A document with its status and reasons, its full text, and every extracted value's span."""
    ext = store.extraction(doc_id)
    if ext is None:
        return None
    doc = ext.document
    reviews = store.review_states(claim_id(e) for e in ext.events)
    highlights = []
    for ev in ext.events:
        for s in value_spans(ev):
            if 0 <= s["start"] < s["end"] <= len(doc.text):
                highlights.append({**s, "claim": claim_id(ev)})
    for q in ext.quotes:
        for sp in q.evidence:
            highlights.append({"start": sp.start, "end": sp.end, "kind": "quote", "label": f"quote: {q.speaker or 'unattributed'}", "claim": None})
    for sc in ext.sources_cited:
        for sp in sc.evidence:
            highlights.append({"start": sp.start, "end": sp.end, "kind": "source", "label": f"source cited: {sc.name}", "claim": None})
    highlights.sort(key=lambda h: (h["start"], -h["end"]))
    return {
        "id": doc.id, "input_id": doc.input_id, "status": doc.status, "reasons": list(doc.reasons),
        "source": doc.source, "url": doc.url, "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None, "language": doc.language,
        "text": doc.text, "highlights": highlights,
        "claims": [claim_dict(e, doc, reviews.get(claim_id(e))) for e in ext.events],
        "quotes": [q.to_dict() for q in ext.quotes],
        "sources_cited": [s.to_dict() for s in ext.sources_cited],
    }


def document_row(doc: Document) -> dict[str, Any]:
    """A document in a list: no text, its status and reasons."""
    return {"id": doc.id, "input_id": doc.input_id, "status": doc.status, "reasons": list(doc.reasons),
            "source": doc.source, "url": doc.url, "title": doc.title,
            "published": doc.published.isoformat() if doc.published else None, "language": doc.language,
            "chars": len(doc.text)}
