"""Reading documents, extractions and events: keyset pages, the event filters, corrections applied on read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..errors import Errors, StoreError
from ..records import Document, Event, Extraction
from . import _corrections
from ._base import StoreBase, chunks
from ._convert import document_from_row, event_from_row, extraction_from_row
from ._models import DocumentRow, EventActorRow, EventRow
from ._pagination import Page, keyset, paginate
from ._query import apply_corrections, corrections_for, event_target, events_with_children, where_events


class ReadMethods(StoreBase):
    """Documents, extractions and events as records, and the tallies behind the API's lists."""

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
        groups: Iterable[Sequence[str] | None] = chunks(wanted, batch) if wanted is not None else [None]
        for group in groups:
            stmt = base if group is None else base.where(DocumentRow.id.in_(group))
            cursor: str | None = None
            while True:
                with self._read() as s:
                    rows = list(s.scalars(keyset(stmt, [DocumentRow.id], cursor, batch)))
                    kept, cursor = paginate(rows, batch, lambda r: (r.id,))
                    out = [extraction_from_row(r) for r in kept]
                    fixes = corrections_for(s, [e for ex in out for e in ex.events]) if corrected else {}
                for ex in out:
                    apply_corrections(ex.events, fixes)
                    yield ex
                if cursor is None:
                    break

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
        stmt = where_events(
            events_with_children(),
            doc_id=doc_id, date_from=date_from, date_to=date_to, country_code=country_code, admin1=admin1,
            event_type=event_type, sub_event_type=sub_event_type, source=source, incident_id=incident_id,
            actor=actor, text=text,
        )
        stmt = keyset(stmt, [EventRow.pk], cursor, limit, descending=newest_first)
        with self._read() as s:
            rows = list(s.scalars(stmt))
            kept, nxt = paginate(rows, limit, lambda r: (r.pk,))
            events = [event_from_row(r) for r in kept]
            fixes = corrections_for(s, events) if corrected else {}
        apply_corrections(events, fixes)
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
            row = s.scalar(events_with_children().where(EventRow.doc_id == doc_id, EventRow.idx == idx))
            if row is None:
                return None
            ev = event_from_row(row)
            fixes = corrections_for(s, [ev]) if corrected else {}
        for c in fixes.get(event_target(doc_id, idx), []):
            _corrections.apply_on_read(ev, c.field or "", c.new)
        return ev
