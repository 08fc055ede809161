"""Saving extractions: one transaction per document, idempotent by content hash, versions by URL."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..records import Document, Extraction
from ._base import StoreBase, utcnow
from ._convert import (
    actor_values,
    count_values,
    event_values,
    extraction_hash,
    fill_document_row,
    location_json,
    quote_values,
    source_values,
)
from ._models import CountRow, DocumentRow, EventActorRow, EventRow, QuoteRow, SourceCitedRow

SaveStatus = Literal["inserted", "new_version", "updated", "unchanged"]


@dataclass(slots=True, frozen=True)
class SaveResult:
    """What :meth:`Store.save` did with one document."""

    doc_id: str
    status: SaveStatus
    version_of: str | None = None
    events: int = 0


class SaveMethods(StoreBase):
    """Writing documents and what was extracted from them (:meth:`save`, :meth:`add_publication`)."""

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
