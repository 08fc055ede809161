"""Incidents: the linker's output (incidents and each event's incident), analysts' locks and merge/split
overrides, and the incident pages the API lists."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy import func, select, update

from ..records import Event
from ._base import StoreBase, aware, chunks, utcnow
from ._convert import event_from_row
from ._models import AuditRow, DocumentRow, EventRow, IncidentOverrideRow, IncidentRow
from ._pagination import Page, keyset, paginate
from ._query import (
    EVENT_FILTERS,
    apply_corrections,
    corrections_for,
    event_target_sql,
    events_with_children,
    review_state,
    where_events,
)

EventKey = tuple[str, int]


class IncidentMethods(StoreBase):
    """Incidents as the linker stores them and analysts fix them (locks, merges, splits)."""

    def set_incidents(
        self, assignments: dict[EventKey, tuple[str | None, str | None]], incidents: dict[str, dict[str, Any]],
        *, parents: dict[str, str | None] | None = None,
    ) -> dict[str, int]:
        """Store the linker's output: each event key → (incident id, parent incident id), and incident data.

        An incident's parent comes from ``parents``, else its ``data["parent_id"]``, else its events'
        parent ids. Locked incidents (an analyst fixed them) keep their data. Returns what changed.
        """
        now = utcnow()
        stats = {"events": 0, "missing_events": 0, "incidents_created": 0, "incidents_updated": 0, "locked_kept": 0}
        parents = parents or {}
        derived: dict[str, str] = {}
        for inc, par in assignments.values():  # an incident's parent, as its events say
            if inc is not None and par is not None:
                derived.setdefault(inc, par)
        with self._write.begin() as s:
            existing = {}
            for group in chunks(list(incidents)):
                existing.update({r.id: r for r in s.scalars(select(IncidentRow).where(IncidentRow.id.in_(group)))})
            for iid, data in incidents.items():
                if iid in parents:
                    parent = parents[iid]
                elif isinstance(data, dict) and data.get("parent_id"):
                    parent = data["parent_id"]
                else:
                    parent = derived.get(iid)
                row = existing.get(iid)
                if row is None:
                    s.add(IncidentRow(id=iid, parent_id=parent, data=data, locked=False, created_at=now, updated_at=now))
                    stats["incidents_created"] += 1
                elif row.locked:
                    stats["locked_kept"] += 1
                else:
                    row.data, row.parent_id, row.updated_at = data, parent, now
                    stats["incidents_updated"] += 1
            s.flush()
            stmt = (
                update(EventRow)
                .where(EventRow.doc_id == sa.bindparam("k_doc"), EventRow.idx == sa.bindparam("k_idx"))
                .values(incident_id=sa.bindparam("k_inc"), parent_incident_id=sa.bindparam("k_par"))
            )
            params = [{"k_doc": d, "k_idx": i, "k_inc": inc, "k_par": par} for (d, i), (inc, par) in assignments.items()]
            conn = s.connection()
            for group in chunks(params):
                for p in group:
                    n = conn.execute(stmt, p).rowcount
                    stats["events" if n else "missing_events"] += 1
        return stats

    def incidents_page(
        self, *, ids: Iterable[str] | None = None, parent_id: str | None = None, limit: int = 100,
        cursor: str | None = None,
    ) -> Page[dict[str, Any]]:
        """Incidents as dicts (id, parent_id, data, locked, created_at, updated_at, events)."""
        n_events = (
            select(func.count(EventRow.pk)).where(EventRow.incident_id == IncidentRow.id).scalar_subquery()
        )
        stmt = select(IncidentRow, n_events)
        if ids is not None:
            stmt = stmt.where(IncidentRow.id.in_(list(ids)))
        if parent_id:
            stmt = stmt.where(IncidentRow.parent_id == parent_id)
        stmt = keyset(stmt, [IncidentRow.id], cursor, limit)
        with self._read() as s:
            rows = list(s.execute(stmt))
        kept, nxt = paginate(rows, limit, lambda r: (r[0].id,))
        return Page(
            [{"id": r.id, "parent_id": r.parent_id, "data": r.data, "locked": r.locked,
              "created_at": aware(r.created_at), "updated_at": aware(r.updated_at), "events": n}
             for r, n in kept],
            nxt,
        )

    def incident_claims_page(
        self, *, limit: int = 100, cursor: str | None = None, skip_rejected: bool = True, corrected: bool = True,
        **filters: Any,
    ) -> Page[dict[str, Any]]:
        """Incidents with at least one event matching ``filters`` (those of :meth:`events_page`), by id, one
        keyset page at a time, each as ``{"id", "parent_id", "events", "sources", "span"}``: its matching events
        (storage order, corrections applied), their documents' sources (doc id → source) and the linker's stored
        (start, end) of the incident (ISO strings, or None).

        Why: the API's incident list must not read every event per request. Filtering, DISTINCT and paging run
        in SQL over events.incident_id (ix_events_incident_listing), so a page loads only its own incidents'
        events. ``skip_rejected`` leaves out events whose review state is 'rejected'.
        """
        unknown = set(filters) - EVENT_FILTERS
        if unknown:
            raise TypeError(f"incident_claims_page() got unknown filters: {', '.join(sorted(unknown))}")

        def matching(stmt: sa.Select[Any]) -> sa.Select[Any]:
            stmt = where_events(stmt, **filters).where(EventRow.incident_id.is_not(None))
            if skip_rejected:
                stmt = stmt.where(review_state(event_target_sql()) != "rejected")
            return stmt

        ids_stmt = keyset(matching(select(EventRow.incident_id)).distinct(), [EventRow.incident_id], cursor, limit)
        with self._read() as s:
            kept, nxt = paginate(list(s.scalars(ids_stmt)), limit, lambda i: (i,))
            if not kept:
                return Page([], None)
            rows = list(s.scalars(
                matching(events_with_children())
                .where(EventRow.incident_id.in_(kept)).order_by(EventRow.pk)
            ))
            events = [event_from_row(r) for r in rows]
            fixes = corrections_for(s, events) if corrected else {}
            sources: dict[str, str | None] = {}
            for group in chunks(sorted({r.doc_id for r in rows})):
                sources.update((r[0], r[1]) for r in s.execute(select(DocumentRow.id, DocumentRow.source).where(DocumentRow.id.in_(group))))
            stored = {r[0]: (r[1], r[2] or {}) for r in s.execute(
                select(IncidentRow.id, IncidentRow.parent_id, IncidentRow.data).where(IncidentRow.id.in_(kept)))}
        apply_corrections(events, fixes)
        members: dict[str, list[Event]] = {i: [] for i in kept}
        for row, ev in zip(rows, events, strict=True):
            members[row.incident_id or ""].append(ev)
        return Page(
            [{"id": i, "parent_id": stored.get(i, (None, {}))[0], "events": evs,
              "sources": {e.doc_id: sources.get(e.doc_id) for e in evs},
              "span": (stored.get(i, (None, {}))[1].get("start"), stored.get(i, (None, {}))[1].get("end"))}
             for i, evs in members.items()],
            nxt,
        )

    def incidents(self, **filters: Any) -> list[dict[str, Any]]:
        """One page of incidents; takes the filters of :meth:`incidents_page`."""
        return self.incidents_page(**filters).items

    def lock_incident(self, incident_id: str, locked: bool = True, *, who: str, why: str = "") -> bool:
        """Freeze (or free) an incident's data against the linker's re-runs; False when unknown."""
        with self._write.begin() as s:
            row = s.get(IncidentRow, incident_id)
            if row is None:
                return False
            old, row.locked = row.locked, locked
            s.add(AuditRow(at=utcnow(), who=who, action="lock" if locked else "unlock", target_type="incident",
                           target_id=incident_id, field="locked", old=old, new=locked, why=why))
            return True

    def add_override(
        self, kind: Literal["merge", "split"], event_keys: Iterable[EventKey], incident_ids: Iterable[str] = (),
        *, who: str, why: str = "",
    ) -> int:
        """Record a manual merge or split that the linker must respect; returns its id."""
        keys = [[d, int(i)] for d, i in event_keys]
        now = utcnow()
        with self._write.begin() as s:
            row = IncidentOverrideRow(kind=kind, event_keys=keys, incident_ids=list(incident_ids), who=who,
                                      at=now, why=why)
            s.add(row)
            s.flush()
            s.add(AuditRow(at=now, who=who, action=kind, target_type="incident_override", target_id=str(row.id),
                           new={"event_keys": keys, "incident_ids": row.incident_ids}, why=why))
            return row.id

    def overrides(self) -> list[dict[str, Any]]:
        """Every manual merge/split decision, oldest first (event keys as (doc_id, idx) tuples)."""
        with self._read() as s:
            return [
                {"id": r.id, "kind": r.kind, "event_keys": [(d, i) for d, i in r.event_keys],
                 "incident_ids": list(r.incident_ids), "who": r.who, "at": aware(r.at), "why": r.why}
                for r in s.scalars(select(IncidentOverrideRow).order_by(IncidentOverrideRow.id))
            ]
