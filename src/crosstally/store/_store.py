"""The Store: one object over the database for every other package (none of them imports SQLAlchemy)."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

import sqlalchemy as sa
from alembic.util.exc import CommandError
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..errors import Errors, StoreError
from ..records import Document, Event, Extraction
from . import _corrections
from ._convert import (
    actor_values,
    count_values,
    document_from_row,
    event_from_row,
    event_values,
    extraction_from_row,
    extraction_hash,
    fill_document_row,
    location_json,
    quote_values,
    source_values,
)
from ._engine import make_engine, writer
from ._migrate import head_revision, revision_of, upgrade_engine
from ._models import (
    ApiTokenRow,
    AuditRow,
    CorrectionRow,
    CountRow,
    DocumentRow,
    EventActorRow,
    EventRow,
    IncidentOverrideRow,
    IncidentRow,
    QuoteRow,
    RunRow,
    SourceCitedRow,
    StateRow,
)
from ._pagination import Page, keyset, paginate

SaveStatus = Literal["inserted", "new_version", "updated", "unchanged"]
EventKey = tuple[str, int]


@dataclass(slots=True, frozen=True)
class SaveResult:
    """What :meth:`Store.save` did with one document."""

    doc_id: str
    status: SaveStatus
    version_of: str | None = None
    events: int = 0


def utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(dt: datetime | None) -> datetime | None:
    """SQLite hands datetimes back naive; every datetime we store is UTC."""
    if dt is not None and dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt


def event_target(doc_id: str, idx: int) -> str:
    """The ``target_id`` corrections and the audit log use for an event."""
    return f"{doc_id}:{idx}"


def _chunks(items: Sequence[Any], n: int = 500) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _where_events(
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
        pat = "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(sa.or_(func.lower(DocumentRow.text).like(pat, escape="\\"),
                                 func.lower(DocumentRow.title).like(pat, escape="\\")))
    if actor:  # an actor's canonical name or its mention, case-insensitive
        who = actor.lower()
        stmt = stmt.where(EventRow.actors.any(sa.or_(func.lower(EventActorRow.name) == who,
                                                     func.lower(EventActorRow.mention) == who)))
    return stmt


_EVENT_FILTERS = frozenset({"doc_id", "date_from", "date_to", "country_code", "admin1", "event_type", "sub_event_type",
                            "source", "incident_id", "actor", "text"})


def _review_state(target: Any) -> Any:
    """The latest review verdict (confirm / reject / reopen in the audit log) of the event ``target`` names,
    as a correlated scalar subquery (one lookup in ix_audit_log_target per event)."""
    return (
        select(AuditRow.action)
        .where(AuditRow.target_type == "event", AuditRow.target_id == target,
               AuditRow.action.in_(("confirm", "reject", "reopen")))
        .order_by(AuditRow.id.desc())
        .limit(1)
        .scalar_subquery()
    )


class Store:
    """Documents, extracted claims, incidents and analysts' corrections in SQLite or PostgreSQL.

    Opening a Store migrates the database to the newest schema (``upgrade=False`` only checks it).
    """

    def __init__(self, url: str, *, upgrade: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        found: str | None = None
        try:
            found = revision_of(self.engine)
            expected = head_revision()
            if found != expected:
                if not upgrade:
                    raise StoreError(Errors.E031.format(url=url, found=found, expected=expected))
                upgrade_engine(self.engine)
        except CommandError as exc:  # e.g. a revision from a newer crosstally
            self.engine.dispose()
            raise StoreError(Errors.E031.format(url=url, found=found, expected=head_revision()) + f" ({exc})") from exc
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(Errors.E030.format(url=url, detail=exc.__class__.__name__ + ": " + str(exc).splitlines()[0])) from exc
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    def close(self) -> None:
        """Release the connections (a Store is also a context manager)."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    # ----------------------------------------------------------------- documents and extractions

    def save(self, extraction: Extraction) -> SaveResult:
        """Store one document with everything extracted from it, in one transaction.

        Idempotent: the same extraction again changes nothing ("unchanged"). The same document
        with a new extraction replaces its events, quotes and sources atomically ("updated");
        analysts' corrections live in their own table and survive. Another text under an URL
        already stored becomes a new version pointing at the previous one ("new_version").
        """
        try:
            return self._save(extraction)
        except IntegrityError:
            # Another process stored the same document between our read and our write
            # (PostgreSQL; SQLite writers are serialised). Its row is there now: decide again.
            return self._save(extraction)

    def _save(self, extraction: Extraction) -> SaveResult:
        doc = extraction.document
        digest = extraction_hash(extraction)
        now = utcnow()
        with self._write.begin() as s:
            row = s.get(DocumentRow, doc.id, with_for_update=True)  # PostgreSQL: one writer per document
            if row is not None and row.extraction_hash == digest:
                return SaveResult(doc.id, "unchanged", row.version_of, len(extraction.events))
            status: SaveStatus
            if row is None:
                previous = None
                if doc.url:
                    previous = s.scalar(
                        select(DocumentRow.id)
                        .where(DocumentRow.url == doc.url, DocumentRow.id != doc.id)
                        .order_by(DocumentRow.ingested_at.desc(), DocumentRow.id.desc())
                        .limit(1)
                    )
                row = DocumentRow(id=doc.id, ingested_at=now, version_of=previous)
                s.add(row)
                status = "new_version" if previous else "inserted"
            else:
                # Counts and actors go with their events (ON DELETE CASCADE).
                s.execute(delete(EventRow).where(EventRow.doc_id == doc.id))
                s.execute(delete(QuoteRow).where(QuoteRow.doc_id == doc.id))
                s.execute(delete(SourceCitedRow).where(SourceCitedRow.doc_id == doc.id))
                status = "updated"
            fill_document_row(row, doc)
            row.framing = dict(extraction.framing)
            row.places = [location_json(p) for p in extraction.places]
            row.extraction_hash = digest
            row.extracted_at = now
            s.flush()
            self._insert_children(s, doc.id, extraction)
            return SaveResult(doc.id, status, row.version_of, len(extraction.events))

    @staticmethod
    def _insert_children(s: Session, doc_id: str, ex: Extraction) -> None:
        # Core executemany on the session's connection: the ORM costs several times more per row.
        conn = s.connection()
        if ex.events:
            events = EventRow.__table__
            pks = conn.execute(
                insert(events).returning(events.c.pk, sort_by_parameter_order=True),
                [event_values(doc_id, i, e) for i, e in enumerate(ex.events)],
            ).scalars().all()
            counts = [v for pk, e in zip(pks, ex.events, strict=True) for v in count_values(pk, e)]
            actors = [v for pk, e in zip(pks, ex.events, strict=True) for v in actor_values(pk, e)]
            if counts:
                conn.execute(insert(CountRow.__table__), counts)
            if actors:
                conn.execute(insert(EventActorRow.__table__), actors)
        if ex.quotes:
            conn.execute(insert(QuoteRow.__table__), quote_values(doc_id, ex.quotes))
        if ex.sources_cited:
            conn.execute(insert(SourceCitedRow.__table__), source_values(doc_id, ex.sources_cited))

    def save_many(self, extractions: Iterable[Extraction]) -> list[SaveResult]:
        """:meth:`save` each one (each its own transaction, so a crash loses at most one)."""
        return [self.save(ex) for ex in extractions]

    def has_document(self, doc_id: str) -> bool:
        """True when the document is stored (lets ingest skip work it has done)."""
        with self._read() as s:
            return s.scalar(select(DocumentRow.id).where(DocumentRow.id == doc_id)) is not None

    def add_publication(self, doc: Document) -> bool:
        """Record that a stored text was published again (a syndicated copy under another source or URL).

        The content hash makes the copy the same document, so its text is not stored twice; the other
        outlet is kept in ``meta["publications"]`` so reports can list every outlet that carried it.
        Returns True when this source/URL was new.
        """
        entry = {
            "source": doc.source,
            "url": doc.url,
            "title": doc.title,
            "published": doc.published.isoformat() if doc.published else None,
        }
        with self._write.begin() as s:
            row = s.get(DocumentRow, doc.id, with_for_update=True)
            if row is None:
                return False
            if (row.source, row.url) == (doc.source, doc.url):
                return False
            meta = dict(row.meta or {})
            pubs = list(meta.get("publications", []))
            if any((p.get("source"), p.get("url")) == (doc.source, doc.url) for p in pubs):
                return False
            meta["publications"] = [*pubs, entry]
            row.meta = meta
            return True

    def document(self, doc_id: str) -> Document | None:
        """One document, or None."""
        with self._read() as s:
            row = s.get(DocumentRow, doc_id)
            return document_from_row(row) if row else None

    def documents_page(
        self, status: str | None = None, limit: int = 100, cursor: str | None = None, *,
        source: str | None = None, url: str | None = None, newest_first: bool = False,
    ) -> Page[Document]:
        """Documents in the order they were first stored (or newest first), one keyset page at a time."""
        stmt = select(DocumentRow)
        if status:
            stmt = stmt.where(DocumentRow.status == status)
        if source:
            stmt = stmt.where(DocumentRow.source == source)
        if url:
            stmt = stmt.where(DocumentRow.url == url)
        stmt = keyset(stmt, [DocumentRow.ingested_at, DocumentRow.id], cursor, limit, descending=newest_first)
        with self._read() as s:
            rows = list(s.scalars(stmt))
        kept, nxt = paginate(rows, limit, lambda r: (r.ingested_at, r.id))
        return Page([document_from_row(r) for r in kept], nxt)

    def documents(self, status: str | None = None, limit: int = 100, cursor: str | None = None) -> list[Document]:
        """One page of documents (see :meth:`documents_page` for the next cursor)."""
        return self.documents_page(status, limit, cursor).items

    def extraction(self, doc_id: str, *, corrected: bool = True) -> Extraction | None:
        """One stored extraction, corrections applied unless ``corrected=False``."""
        return next(self.extractions(doc_ids=[doc_id], corrected=corrected), None)

    def extractions(
        self, since: datetime | date | None = None, doc_ids: Iterable[str] | None = None, *,
        status: str | None = None, corrected: bool = True, batch: int = 200,
    ) -> Iterator[Extraction]:
        """Rebuild stored extractions (``since``: stored or re-extracted at or after), ``batch`` documents at a time.

        Each batch is read in its own short transaction, so writers are never held up for long.
        """
        base = select(DocumentRow).options(
            selectinload(DocumentRow.events).selectinload(EventRow.counts),
            selectinload(DocumentRow.events).selectinload(EventRow.actors),
            selectinload(DocumentRow.quotes),
            selectinload(DocumentRow.sources_cited),
        )
        if since is not None:
            if not isinstance(since, datetime):  # a date: from its midnight, UTC
                since = datetime(since.year, since.month, since.day, tzinfo=UTC)
            base = base.where(DocumentRow.extracted_at >= since)
        if status:
            base = base.where(DocumentRow.status == status)
        wanted = sorted(set(doc_ids)) if doc_ids is not None else None
        groups: Iterable[Sequence[str] | None] = _chunks(wanted, batch) if wanted is not None else [None]
        for group in groups:
            stmt = base if group is None else base.where(DocumentRow.id.in_(group))
            cursor: str | None = None
            while True:
                with self._read() as s:
                    rows = list(s.scalars(keyset(stmt, [DocumentRow.id], cursor, batch)))
                    kept, cursor = paginate(rows, batch, lambda r: (r.id,))
                    out = [extraction_from_row(r) for r in kept]
                    fixes = self._corrections_for(s, [e for ex in out for e in ex.events]) if corrected else {}
                for ex in out:
                    for ev in ex.events:
                        for c in fixes.get(event_target(ev.doc_id, ev.index), []):
                            _corrections.apply_on_read(ev, c.field or "", c.new)
                    yield ex
                if cursor is None:
                    break

    # ----------------------------------------------------------------- events

    def events_page(
        self, *, doc_id: str | None = None, date_from: date | None = None, date_to: date | None = None,
        country_code: str | None = None, admin1: str | None = None, event_type: str | None = None,
        sub_event_type: str | None = None, source: str | None = None, incident_id: str | None = None,
        limit: int = 100, cursor: str | None = None, corrected: bool = True,
        actor: str | None = None, text: str | None = None, newest_first: bool = False,
    ) -> Page[Event]:
        """Events matching every filter given, in storage order, one keyset page at a time.

        Filters read the extracted values; corrections are applied to what is returned.
        ``newest_first`` pages from the most recently stored event backwards.
        ``date_from`` / ``date_to`` select events whose date range overlaps them.
        """
        stmt = _where_events(
            select(EventRow).options(selectinload(EventRow.counts), selectinload(EventRow.actors)),
            doc_id=doc_id, date_from=date_from, date_to=date_to, country_code=country_code, admin1=admin1,
            event_type=event_type, sub_event_type=sub_event_type, source=source, incident_id=incident_id,
            actor=actor, text=text,
        )
        stmt = keyset(stmt, [EventRow.pk], cursor, limit, descending=newest_first)
        with self._read() as s:
            rows = list(s.scalars(stmt))
            kept, nxt = paginate(rows, limit, lambda r: (r.pk,))
            events = [event_from_row(r) for r in kept]
            fixes = self._corrections_for(s, events) if corrected else {}
        for ev in events:
            for c in fixes.get(event_target(ev.doc_id, ev.index), []):
                _corrections.apply_on_read(ev, c.field or "", c.new)
        return Page(events, nxt)

    def events(self, **filters: Any) -> list[Event]:
        """One page of events; takes the filters of :meth:`events_page`."""
        return self.events_page(**filters).items

    def tallies(self, what: str, *, limit: int = 1000) -> list[dict[str, Any]]:
        """Distinct values with how many events carry them, most frequent first: the API's lists and filters.

        ``what``: source, actor, place, admin1, country, event_type.
        """
        cols: dict[str, list[Any]] = {
            "source": [DocumentRow.source],
            "actor": [EventActorRow.name],
            "place": [EventRow.location_name, EventRow.admin1, EventRow.country_code, EventRow.lat, EventRow.lon],
            "admin1": [EventRow.admin1, EventRow.country_code],
            "country": [EventRow.country_code, EventRow.country],
            "event_type": [EventRow.event_type],
        }
        if what not in cols:
            raise StoreError(Errors.E034.format(fmt=what, available=", ".join(cols)))
        keys = cols[what]
        n = func.count(sa.distinct(EventRow.pk)).label("events")
        stmt = select(*keys, n).select_from(EventRow)
        if what == "source":
            stmt = stmt.join(DocumentRow, DocumentRow.id == EventRow.doc_id)
        elif what == "actor":
            stmt = stmt.join(EventActorRow, EventActorRow.event_pk == EventRow.pk)
        stmt = stmt.where(keys[0].is_not(None)).group_by(*keys).order_by(n.desc(), *keys).limit(limit)
        with self._read() as s:
            rows = s.execute(stmt).all()
        return [{**{c.key: v for c, v in zip(keys, r[:-1], strict=True)}, "events": r[-1]} for r in rows]

    def event(self, doc_id: str, idx: int, *, corrected: bool = True) -> Event | None:
        """One event by its key (document id, position in the document)."""
        with self._read() as s:
            row = s.scalar(
                select(EventRow).options(selectinload(EventRow.counts), selectinload(EventRow.actors))
                .where(EventRow.doc_id == doc_id, EventRow.idx == idx)
            )
            if row is None:
                return None
            ev = event_from_row(row)
            fixes = self._corrections_for(s, [ev]) if corrected else {}
        for c in fixes.get(event_target(doc_id, idx), []):
            _corrections.apply_on_read(ev, c.field or "", c.new)
        return ev

    # ----------------------------------------------------------------- corrections and audit

    @staticmethod
    def _corrections_for(s: Session, events: Sequence[Event]) -> dict[str, list[CorrectionRow]]:
        targets = sorted({event_target(e.doc_id, e.index) for e in events})
        out: dict[str, list[CorrectionRow]] = {}
        for group in _chunks(targets):
            rows = s.scalars(
                select(CorrectionRow)
                .where(CorrectionRow.target_type == "event", CorrectionRow.active.is_(True),
                       CorrectionRow.target_id.in_(group))
                .order_by(CorrectionRow.id)
            )
            for r in rows:
                out.setdefault(r.target_id, []).append(r)
        return out

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
            stmt = stmt.where(CorrectionRow.target_id.like(f"{doc_id}:%"))
        if active_only:
            stmt = stmt.where(CorrectionRow.active.is_(True))
        with self._read() as s:
            return [
                {"id": r.id, "at": _aware(r.at), "who": r.who, "action": r.action, "target_type": r.target_type,
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
            [{"id": r.id, "at": _aware(r.at), "who": r.who, "action": r.action, "target_type": r.target_type,
              "target_id": r.target_id, "field": r.field, "old": r.old, "new": r.new, "why": r.why} for r in kept],
            nxt,
        )

    def review_states(self, target_ids: Iterable[str], target_type: str = "event") -> dict[str, dict[str, Any]]:
        """The latest review verdict (audit actions confirm / reject / reopen) per target: applied on read,
        so a re-run of the pipeline never undoes an analyst's verdict."""
        out: dict[str, dict[str, Any]] = {}
        with self._read() as s:
            for group in _chunks(sorted(set(target_ids))):
                rows = s.scalars(
                    select(AuditRow)
                    .where(AuditRow.target_type == target_type, AuditRow.target_id.in_(group),
                           AuditRow.action.in_(("confirm", "reject", "reopen")))
                    .order_by(AuditRow.id)
                )
                for r in rows:
                    out[r.target_id] = {"state": {"confirm": "confirmed", "reject": "rejected"}.get(r.action, "open"),
                                        "who": r.who, "at": _aware(r.at), "why": r.why}
        return out

    def audit_log(self, target_type: str | None = None, target_id: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """The newest audit entries (see :meth:`audit_log_page`)."""
        return self.audit_log_page(target_type, target_id, limit).items

    # ----------------------------------------------------------------- incidents

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
            for group in _chunks(list(incidents)):
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
            for group in _chunks(params):
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
              "created_at": _aware(r.created_at), "updated_at": _aware(r.updated_at), "events": n}
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
        events. ``skip_rejected`` leaves out events whose latest review verdict is 'reject'.
        """
        unknown = set(filters) - _EVENT_FILTERS
        if unknown:
            raise TypeError(f"incident_claims_page() got unknown filters: {', '.join(sorted(unknown))}")

        def matching(stmt: sa.Select[Any]) -> sa.Select[Any]:
            stmt = _where_events(stmt, **filters).where(EventRow.incident_id.is_not(None))
            if skip_rejected:
                target = EventRow.doc_id + ":" + sa.cast(EventRow.idx, sa.String)
                stmt = stmt.where(func.coalesce(_review_state(target), "open") != "reject")
            return stmt

        ids_stmt = keyset(matching(select(EventRow.incident_id)).distinct(), [EventRow.incident_id], cursor, limit)
        with self._read() as s:
            kept, nxt = paginate(list(s.scalars(ids_stmt)), limit, lambda i: (i,))
            if not kept:
                return Page([], None)
            rows = list(s.scalars(
                matching(select(EventRow).options(selectinload(EventRow.counts), selectinload(EventRow.actors)))
                .where(EventRow.incident_id.in_(kept)).order_by(EventRow.pk)
            ))
            events = [event_from_row(r) for r in rows]
            fixes = self._corrections_for(s, events) if corrected else {}
            sources: dict[str, str | None] = {}
            for group in _chunks(sorted({r.doc_id for r in rows})):
                sources.update((r[0], r[1]) for r in s.execute(select(DocumentRow.id, DocumentRow.source).where(DocumentRow.id.in_(group))))
            stored = {r[0]: (r[1], r[2] or {}) for r in s.execute(
                select(IncidentRow.id, IncidentRow.parent_id, IncidentRow.data).where(IncidentRow.id.in_(kept)))}
        members: dict[str, list[Event]] = {i: [] for i in kept}
        for row, ev in zip(rows, events, strict=True):
            for c in fixes.get(event_target(ev.doc_id, ev.index), []):
                _corrections.apply_on_read(ev, c.field or "", c.new)
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
                 "incident_ids": list(r.incident_ids), "who": r.who, "at": _aware(r.at), "why": r.why}
                for r in s.scalars(select(IncidentOverrideRow).order_by(IncidentOverrideRow.id))
            ]

    # ----------------------------------------------------------------- stage state, runs, tokens, stats

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
                {"id": r.id, "command": r.command, "stats": r.stats, "started_at": _aware(r.started_at),
                 "finished_at": _aware(r.finished_at)}
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
