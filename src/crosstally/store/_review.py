"""Analysts' review: corrections of event fields, review verdicts and the audit log of who did what, and why.

Corrections and verdicts live in their own tables and are applied when events are read (``_query``), so a
re-run of the pipeline never undoes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from ..errors import Errors, StoreError
from . import _corrections
from ._base import aware, chunks, utcnow
from ._models import AuditRow, CorrectionRow
from ._pagination import Page, keyset, paginate
from ._query import VERDICT_STATES, event_target, like_literal, verdict_state
from ._read import ReadMethods


class ReviewMethods(ReadMethods):
    """Corrections (:meth:`correct`, :meth:`revert_correction`), the audit log and review verdicts.

    Built on :class:`ReadMethods` because :meth:`correct` reads the event it corrects (:meth:`event`).
    """

    def correct(self, doc_id: str, idx: int, field: str, value: Any, *, who: str, why: str = "") -> int:
        """Record an analyst's correction of one event field; returns its id.

        The extracted value stays in the events table; the correction is applied whenever the
        event is read, so re-running the pipeline never undoes it.
        """
        target = event_target(doc_id, idx)
        current = self.event(doc_id, idx)
        if current is None:
            raise StoreError(Errors.E032.format(field=field, target=f"event {target}", detail="no such event"))
        old = _corrections.get_value(current, field, f"event {target}") if field not in ("location", "date") else \
            _corrections.to_json(getattr(current, field))
        _corrections.apply(current, field, value, f"event {target}")  # validates the value converts
        now = utcnow()
        with self._write.begin() as s:
            row = CorrectionRow(at=now, who=who, action="set", target_type="event", target_id=target,
                                field=field, old=old, new=value, why=why, active=True)
            s.add(row)
            s.add(AuditRow(at=now, who=who, action="correct", target_type="event", target_id=target,
                           field=field, old=old, new=value, why=why))
            s.flush()
            return row.id

    def revert_correction(self, correction_id: int, *, who: str, why: str = "") -> bool:
        """Withdraw a correction (kept, marked inactive, and logged); False when there was none active."""
        with self._write.begin() as s:
            row = s.get(CorrectionRow, correction_id)
            if row is None or not row.active:
                return False
            row.active = False
            s.add(AuditRow(at=utcnow(), who=who, action="revert_correction", target_type=row.target_type,
                           target_id=row.target_id, field=row.field, old=row.new, new=row.old, why=why))
            return True

    def corrections(self, doc_id: str | None = None, *, active_only: bool = True) -> list[dict[str, Any]]:
        """Corrections as plain dicts, oldest first (optionally of one document's events)."""
        stmt = select(CorrectionRow).order_by(CorrectionRow.id)
        if doc_id:
            # a doc id is the caller's text: "_" or "%" in it must not match other documents' ids
            stmt = stmt.where(CorrectionRow.target_id.like(f"{like_literal(doc_id)}:%", escape="\\"))
        if active_only:
            stmt = stmt.where(CorrectionRow.active.is_(True))
        with self._read() as s:
            return [
                {"id": r.id, "at": aware(r.at), "who": r.who, "action": r.action, "target_type": r.target_type,
                 "target_id": r.target_id, "field": r.field, "old": r.old, "new": r.new, "why": r.why,
                 "active": r.active}
                for r in s.scalars(stmt)
            ]

    def audit(
        self, action: str, target_type: str, target_id: str, *, who: str, field: str | None = None,
        old: Any = None, new: Any = None, why: str = "",
    ) -> int:
        """Append one entry to the audit log (who did what to which record, and why); returns its id."""
        with self._write.begin() as s:
            row = AuditRow(at=utcnow(), who=who, action=action, target_type=target_type, target_id=target_id,
                           field=field, old=old, new=new, why=why)
            s.add(row)
            s.flush()
            return row.id

    def audit_log_page(
        self, target_type: str | None = None, target_id: str | None = None, limit: int = 100,
        cursor: str | None = None,
    ) -> Page[dict[str, Any]]:
        """Audit entries, newest first."""
        stmt = select(AuditRow)
        if target_type:
            stmt = stmt.where(AuditRow.target_type == target_type)
        if target_id:
            stmt = stmt.where(AuditRow.target_id == target_id)
        stmt = keyset(stmt, [AuditRow.id], cursor, limit, descending=True)
        with self._read() as s:
            rows = list(s.scalars(stmt))
        kept, nxt = paginate(rows, limit, lambda r: (r.id,))
        return Page(
            [{"id": r.id, "at": aware(r.at), "who": r.who, "action": r.action, "target_type": r.target_type,
              "target_id": r.target_id, "field": r.field, "old": r.old, "new": r.new, "why": r.why} for r in kept],
            nxt,
        )

    def review_states(self, target_ids: Iterable[str], target_type: str = "event") -> dict[str, dict[str, Any]]:
        """The latest review verdict (an audit action of ``VERDICT_STATES``) per target and the state it leaves:
        applied on read, so a re-run of the pipeline never undoes an analyst's verdict. The SQL twin is
        ``_query.review_state``; both read the one table."""
        out: dict[str, dict[str, Any]] = {}
        with self._read() as s:
            for group in chunks(sorted(set(target_ids))):
                rows = s.scalars(
                    select(AuditRow)
                    .where(AuditRow.target_type == target_type, AuditRow.target_id.in_(group),
                           AuditRow.action.in_(tuple(VERDICT_STATES)))
                    .order_by(AuditRow.id)
                )
                for r in rows:
                    out[r.target_id] = {"state": verdict_state(r.action), "who": r.who, "at": aware(r.at),
                                        "why": r.why}
        return out

    def audit_log(self, target_type: str | None = None, target_id: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """The newest audit entries (see :meth:`audit_log_page`)."""
        return self.audit_log_page(target_type, target_id, limit).items
