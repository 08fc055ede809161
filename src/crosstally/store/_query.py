"""The SQL the read, review and incident method groups share: event filters, review verdicts, corrections.

Why here: the event list and the incident list filter events the same way, and every read of events applies the
analysts' active corrections the same way; one definition keeps them from drifting apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..records import Event
from . import _corrections
from ._base import chunks
from ._models import AuditRow, CorrectionRow, DocumentRow, EventActorRow, EventRow


def event_target(doc_id: str, idx: int) -> str:
    """The ``target_id`` corrections and the audit log use for an event."""
    return f"{doc_id}:{idx}"


def like_literal(value: str) -> str:
    """``value`` with LIKE's wildcards escaped (use with ``escape="\\"``): the caller's text matches only itself."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def where_events(
    stmt: sa.Select[Any], *, doc_id: str | None = None, date_from: date | None = None, date_to: date | None = None,
    country_code: str | None = None, admin1: str | None = None, event_type: str | None = None,
    sub_event_type: str | None = None, source: str | None = None, incident_id: str | None = None,
    actor: str | None = None, text: str | None = None,
) -> sa.Select[Any]:
    """The event filters, in SQL over the extracted values (shared by the event and incident lists)."""
    if doc_id:
        stmt = stmt.where(EventRow.doc_id == doc_id)
    if date_from:
        stmt = stmt.where(EventRow.date_end >= date_from)
    if date_to:
        stmt = stmt.where(EventRow.date_start <= date_to)
    if country_code:
        stmt = stmt.where(EventRow.country_code == country_code)
    if admin1:
        stmt = stmt.where(EventRow.admin1 == admin1)
    if event_type:
        stmt = stmt.where(EventRow.event_type == event_type)
    if sub_event_type:
        stmt = stmt.where(EventRow.sub_event_type == sub_event_type)
    if incident_id:
        stmt = stmt.where(EventRow.incident_id == incident_id)
    if source or text:
        stmt = stmt.join(DocumentRow, DocumentRow.id == EventRow.doc_id)
    if source:
        stmt = stmt.where(DocumentRow.source == source)
    if text:  # case-insensitive substring of the document text or title (a LIKE scan: fine to ~1e5 documents)
        pat = "%" + like_literal(text.lower()) + "%"
        stmt = stmt.where(sa.or_(func.lower(DocumentRow.text).like(pat, escape="\\"),
                                 func.lower(DocumentRow.title).like(pat, escape="\\")))
    if actor:  # an actor's canonical name or its mention, case-insensitive
        who = actor.lower()
        stmt = stmt.where(EventRow.actors.any(sa.or_(func.lower(EventActorRow.name) == who,
                                                     func.lower(EventActorRow.mention) == who)))
    return stmt


EVENT_FILTERS = frozenset({"doc_id", "date_from", "date_to", "country_code", "admin1", "event_type", "sub_event_type",
                            "source", "incident_id", "actor", "text"})


# The review verdicts (audit actions) and the state each leaves its target in; the latest verdict wins and a target
# with none is open. The one rule both readings use: ``review_states`` in Python, :func:`review_state` in SQL.
VERDICT_STATES: dict[str, str] = {"confirm": "confirmed", "reject": "rejected", "reopen": "open"}
NO_VERDICT_STATE = "open"


def verdict_state(action: str | None) -> str:
    """The review state an audit action leaves its target in (:data:`VERDICT_STATES`; open for no verdict)."""
    return VERDICT_STATES.get(action or "", NO_VERDICT_STATE)


def event_target_sql() -> Any:
    """:func:`event_target` as a SQL expression over the events table, for joins with the audit log."""
    return EventRow.doc_id + ":" + sa.cast(EventRow.idx, sa.String)


def review_state(target: Any) -> Any:
    """The review state (:func:`verdict_state`) of the event ``target`` names, in SQL: the latest verdict in the
    audit log, as a correlated scalar subquery (one lookup in ix_audit_log_target per event), mapped to its state
    by the same table."""
    latest = (
        select(AuditRow.action)
        .where(AuditRow.target_type == "event", AuditRow.target_id == target,
               AuditRow.action.in_(tuple(VERDICT_STATES)))
        .order_by(AuditRow.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return sa.case(VERDICT_STATES, value=latest, else_=NO_VERDICT_STATE)


def events_with_children() -> sa.Select[Any]:
    """``SELECT`` events with their counts and actors loaded in two more queries (not one per event)."""
    return select(EventRow).options(selectinload(EventRow.counts), selectinload(EventRow.actors))


def corrections_for(s: Session, events: Sequence[Event]) -> dict[str, list[CorrectionRow]]:
    """The active corrections of ``events``, by event target, oldest first."""
    targets = sorted({event_target(e.doc_id, e.index) for e in events})
    out: dict[str, list[CorrectionRow]] = {}
    for group in chunks(targets):
        rows = s.scalars(
            select(CorrectionRow)
            .where(CorrectionRow.target_type == "event", CorrectionRow.active.is_(True),
                   CorrectionRow.target_id.in_(group))
            .order_by(CorrectionRow.id)
        )
        for r in rows:
            out.setdefault(r.target_id, []).append(r)
    return out


def apply_corrections(events: Iterable[Event], fixes: dict[str, list[CorrectionRow]]) -> None:
    """Apply each event's corrections (from :func:`corrections_for`) in place, oldest first: on read, so a
    re-run of the pipeline never undoes them."""
    for ev in events:
        for c in fixes.get(event_target(ev.doc_id, ev.index), []):
            _corrections.apply_on_read(ev, c.field or "", c.new)
