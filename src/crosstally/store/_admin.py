"""Housekeeping: stages' saved state, the run log, API tokens and the counts dashboards show."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update

from ._base import StoreBase, aware, utcnow
from ._models import (
    ApiTokenRow,
    CorrectionRow,
    CountRow,
    DocumentRow,
    EventRow,
    IncidentRow,
    QuoteRow,
    RunRow,
    SourceCitedRow,
    StateRow,
)


class AdminMethods(StoreBase):
    """Stage state (:meth:`put_state`), runs (:meth:`record_run`), tokens (:meth:`create_token`), :meth:`stats`."""

    def put_state(self, name: str, data: dict[str, Any]) -> None:
        """Keep a stage's JSON state under ``name`` (replacing the previous one) for its next run."""
        with self._write.begin() as s:
            row = s.get(StateRow, name)
            if row is None:
                s.add(StateRow(name=name, data=data, updated_at=utcnow()))
            else:
                row.data, row.updated_at = data, utcnow()

    def get_state(self, name: str) -> dict[str, Any] | None:
        """The JSON state kept under ``name``, or None."""
        with self._read() as s:
            row = s.get(StateRow, name)
            return dict(row.data) if row is not None else None

    def record_run(
        self, command: str, stats: dict[str, Any] | None = None, *, started_at: datetime | None = None,
        finished_at: datetime | None = None,
    ) -> int:
        """Log one run of a command with its statistics; returns the run id."""
        with self._write.begin() as s:
            row = RunRow(command=command, stats=stats or {}, started_at=started_at or utcnow(),
                         finished_at=finished_at or utcnow())
            s.add(row)
            s.flush()
            return row.id

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        """The latest runs, newest first."""
        with self._read() as s:
            return [
                {"id": r.id, "command": r.command, "stats": r.stats, "started_at": aware(r.started_at),
                 "finished_at": aware(r.finished_at)}
                for r in s.scalars(select(RunRow).order_by(RunRow.id.desc()).limit(limit))
            ]

    def create_token(self, name: str) -> str:
        """A new API token; only its SHA-256 is stored, so show the returned value once."""
        token = secrets.token_urlsafe(32)
        with self._write.begin() as s:
            s.add(ApiTokenRow(name=name, token_hash=hashlib.sha256(token.encode()).hexdigest(),
                              created_at=utcnow(), revoked=False))
        return token

    def check_token(self, token: str) -> str | None:
        """The token's name when it is valid and not revoked, else None."""
        digest = hashlib.sha256(token.encode()).hexdigest()
        with self._read() as s:
            row = s.scalar(select(ApiTokenRow).where(ApiTokenRow.token_hash == digest))
            return row.name if row is not None and not row.revoked else None

    def revoke_token(self, name: str) -> int:
        """Revoke every token of that name; returns how many."""
        with self._write.begin() as s:
            return s.execute(update(ApiTokenRow).where(ApiTokenRow.name == name, ApiTokenRow.revoked.is_(False))
                             .values(revoked=True)).rowcount

    def stats(self) -> dict[str, Any]:
        """Counts for dashboards and run reports: documents by status, events, counts by kind, incidents."""
        with self._read() as s:
            by_status = dict(s.execute(select(DocumentRow.status, func.count()).group_by(DocumentRow.status)).all())
            by_kind = dict(s.execute(select(CountRow.kind, func.count()).group_by(CountRow.kind)).all())
            return {
                "documents": sum(by_status.values()),
                "documents_by_status": by_status,
                "events": s.scalar(select(func.count()).select_from(EventRow)) or 0,
                "counts_by_kind": by_kind,
                "quotes": s.scalar(select(func.count()).select_from(QuoteRow)) or 0,
                "sources_cited": s.scalar(select(func.count()).select_from(SourceCitedRow)) or 0,
                "incidents": s.scalar(select(func.count()).select_from(IncidentRow)) or 0,
                "corrections": s.scalar(select(func.count()).select_from(CorrectionRow)
                                        .where(CorrectionRow.active.is_(True))) or 0,
            }
