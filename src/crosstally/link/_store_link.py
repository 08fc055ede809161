"""The CLI's view of linking over a store: ``crosstally link / incidents / incident``.

The linker itself takes claim objects; this module only reads them from a
:class:`crosstally.store.Store`, calls :func:`link_events` / :func:`reconcile_all`, and
writes the assignments, incident summaries and the link state back.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from ..errors import CrosstallyError, Errors
from ..records import Extraction
from ._link import link_events
from ._reconcile import Reconciliation, reconcile, reconcile_all
from ._types import Incident, LinkState, Override

STATE_NAME = "link"


def _overrides(store: Any) -> list[Override]:
    return [Override(kind=o["kind"], events=tuple((str(d), int(i)) for d, i in o["event_keys"]),
                     incidents=tuple(o["incident_ids"]), note=o.get("why") or "")
            for o in store.overrides()]


def incident_data(inc: Incident, rec: Reconciliation | None) -> dict[str, Any]:
    """What the store keeps per incident: the summary and the reconciled killed figures."""
    data = inc.to_dict()
    if rec is not None:
        k = rec.figure("killed", "all") or rec.figure("killed")
        data |= {
            "independent_sources": rec.independent_sources,
            "killed": {"acled": k.acled, "ucdp_low": k.ucdp_low, "ucdp_best": k.ucdp_best,
                       "ucdp_high": k.ucdp_high, "claimants": k.claimants} if k else None,
            "notes": rec.notes,
        }
    return data


def link_store(db: str, since: date | None = None) -> dict[str, int]:
    """Link the stored claims (only documents extracted since ``since`` are new when a
    previous run's state exists), keep ids stable, re-apply analysts' overrides, store the result."""
    from ..store import Store

    with Store(db) as store:
        raw = store.get_state(STATE_NAME)
        previous = LinkState.from_dict(raw) if raw else None
        new = list(store.extractions(since=since if previous else None, status="ok"))
        res = link_events(new, previous=previous, overrides=_overrides(store))
        old_ids = {v[0] for v in previous.assignments.values()} if previous else set()
        changed = {k: v for k, v in res.assignments.items()
                   if previous is None or previous.assignments.get(k) != v}
        touched = {v[0] for v in changed.values()} | {v[1] for v in changed.values() if v[1]}
        incs = [i for i in res.incidents if i.id in touched]
        need = {k[0] for i in incs for k in i.members} | {k[0] for i in res.incidents
                                                          for c in i.children if c in touched for k in i.members}
        have = {e.document.id: e for e in new}
        missing = sorted(need - set(have))
        if missing:
            have.update({e.document.id: e for e in store.extractions(doc_ids=missing)})
        recs = reconcile_all(incs, list(have.values())) if incs else {}
        store.set_incidents(changed, {i.id: incident_data(i, recs.get(i.id)) for i in incs},
                            parents={i.id: i.parent_id for i in incs})
        store.put_state(STATE_NAME, res.state.to_dict())
        summary = {"events": len(res.assignments), "incidents": len(res.incidents),
                   "new": len({i.id for i in res.incidents} - old_ids), "changed_events": len(changed),
                   "candidate_pairs": res.stats.candidate_pairs}
        store.record_run("link", summary)
    return summary


def incidents_table(db: str, limit: int = 50) -> Any:
    """A rich table of incidents: dates, place, type, reconciled killed range, sources."""
    from rich.table import Table

    from ..store import Store

    table = Table(title="incidents")
    for col in ("id", "dates", "place", "type", "killed (ACLED | UCDP low-best-high)", "sources", "part of"):
        table.add_column(col)
    with Store(db) as store:
        rows = store.incidents(limit=limit)
    for r in rows:
        d = r.get("data") or {}
        k = d.get("killed") or {}
        killed = (f"{k.get('acled')} | {k.get('ucdp_low')}-{k.get('ucdp_best')}-{k.get('ucdp_high')}"
                  if k.get("acled") is not None else "—")
        dates = d.get("start") or "?"
        if d.get("end") and d.get("end") != d.get("start"):
            dates += f" → {d['end']}"
        table.add_row(r["id"], dates, str(d.get("place") or "—"), str(d.get("event_type") or ""), killed,
                      f"{d.get('independent_sources', '?')} indep. / {len(d.get('sources') or [])}",
                      r.get("parent_id") or "")
    return table


def _incident_from_store(store: Any, incident_id: str) -> tuple[Incident, dict[str, Extraction]]:
    rows = store.incidents(ids=[incident_id], limit=1)
    events = store.events(incident_id=incident_id, limit=100_000)
    if not rows and not events:
        raise CrosstallyError(Errors.E040.format(incident_id=incident_id))
    data = (rows[0].get("data") if rows else None) or {}
    exts = {e.document.id: e for e in store.extractions(doc_ids=sorted({ev.doc_id for ev in events}))}
    children = [r["id"] for r in store.incidents(parent_id=incident_id, limit=1000)]
    inc = Incident(id=incident_id, members=sorted((ev.doc_id, ev.index) for ev in events),
                   parent_id=rows[0].get("parent_id") if rows else None, children=children,
                   event_type=data.get("event_type", ""),
                   start=date.fromisoformat(data["start"]) if data.get("start") else None,
                   end=date.fromisoformat(data["end"]) if data.get("end") else None,
                   place=data.get("place"), admin1=data.get("admin1"), country=data.get("country"),
                   sources=data.get("sources") or [])
    return inc, exts


def incident_view(db: str, incident_id: str) -> Iterator[Any]:
    """What ``crosstally incident ID`` prints: the claims ledger, each claimant's series, the
    reconciled figures, disagreements in words, and the sources' framing side by side."""
    from rich.table import Table

    from ..framing import compare_framing, framing_of
    from ..store import Store

    with Store(db) as store:
        inc, exts = _incident_from_store(store, incident_id)
        child_incs = []
        for cid in inc.children:
            child, cexts = _incident_from_store(store, cid)
            child_incs.append(child)
            exts.update(cexts)
    rec = reconcile(inc, exts, incidents=child_incs)
    yield (f"[bold]{inc.id}[/bold]  {inc.event_type}  {inc.place or ''}  {inc.start} → {inc.end}  "
           f"{rec.independent_sources} independent source(s)" + (f"  part of {inc.parent_id}" if inc.parent_id else ""))
    ledger = Table(title="claims")
    for col in ("kind", "group", "figure", "claimant", "relayed by", "published", "evidence"):
        ledger.add_column(col)
    for f in rec.figures:
        for c in sorted(f.claims, key=lambda c: (c.published or date.min, c.claimant)):
            fig = f"{c.low:,}" + (f"–{c.high:,}" if c.high and c.high != c.low else "") + (
                " (superseded)" if c.superseded else "")
            ledger.add_row(c.kind, f.group_class, fig, c.claimant, c.relayed_by or "",
                           c.published.isoformat() if c.published else "", c.evidence[:90])
    yield ledger
    figs = Table(title="reconciled")
    for col in ("kind", "group", "ACLED", "UCDP low", "UCDP best", "UCDP high", "claimants", "series"):
        figs.add_column(col)
    for f in rec.figures:
        series = "; ".join(f"{who}: {f.series_text(who)}" for who in f.series)
        figs.add_row(f.kind, f.group_class, str(f.acled), str(f.ucdp_low), str(f.ucdp_best), str(f.ucdp_high),
                     str(f.claimants), series)
    yield figs
    for note in rec.notes:
        yield f"• {note}"
    framings = [framing_of(e) for e in exts.values() if e.document.id in inc.doc_ids]
    yield compare_framing(inc, framings).render()

