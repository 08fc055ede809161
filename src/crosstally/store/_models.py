"""SQLAlchemy 2 declarative models: the one place the schema is declared.

The Alembic revisions in ``store/migrations/versions`` create exactly these tables; a test
compares the migrated database with this metadata so the two cannot drift apart.
JSON columns are JSONB on PostgreSQL (indexable) and JSON text on SQLite.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")
UTCDateTime = sa.DateTime(timezone=True)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    input_id: Mapped[str | None] = mapped_column(sa.Text)
    source: Mapped[str | None] = mapped_column(sa.Text, index=True)
    url: Mapped[str | None] = mapped_column(sa.Text, index=True)
    title: Mapped[str | None] = mapped_column(sa.Text)
    published: Mapped[date | None] = mapped_column(sa.Date, index=True)
    author: Mapped[str | None] = mapped_column(sa.Text)
    site_name: Mapped[str | None] = mapped_column(sa.Text)
    language: Mapped[str | None] = mapped_column(sa.String(16))
    raw: Mapped[str | None] = mapped_column(sa.Text)
    text: Mapped[str] = mapped_column(sa.Text, nullable=False)
    status: Mapped[str] = mapped_column(sa.String(16), nullable=False, index=True)
    reasons: Mapped[list[str]] = mapped_column(JSONType, nullable=False, default=list)
    origin: Mapped[str | None] = mapped_column(sa.Text)
    version_of: Mapped[str | None] = mapped_column(sa.String(32), index=True)
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    extracted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    meta: Mapped[dict[str, Any]] = mapped_column(JSONType, nullable=False, default=dict)
    framing: Mapped[dict[str, Any]] = mapped_column(JSONType, nullable=False, default=dict)
    places: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, nullable=False, default=list, server_default="[]")
    extraction_hash: Mapped[str | None] = mapped_column(sa.String(64))

    events: Mapped[list[EventRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True, order_by="EventRow.idx"
    )
    quotes: Mapped[list[QuoteRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="QuoteRow.idx"
    )
    sources_cited: Mapped[list[SourceCitedRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="SourceCitedRow.idx"
    )


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (
        sa.UniqueConstraint("doc_id", "idx"),
        sa.Index("ix_events_country_code_admin1", "country_code", "admin1"),
        # the incident list: DISTINCT incident_id in order, filtered on the index before the row is read (0004)
        sa.Index("ix_events_incident_listing", "incident_id", "event_type", "country_code", "admin1", "date_start",
                 "date_end"),
        sa.Index("ix_events_date_end", "date_end"),
    )

    pk: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(
        sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )
    idx: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    event_type: Mapped[str] = mapped_column(sa.Text, nullable=False, index=True)
    sub_event_type: Mapped[str] = mapped_column(sa.Text, nullable=False)
    date_start: Mapped[date | None] = mapped_column(sa.Date, index=True)
    date_end: Mapped[date | None] = mapped_column(sa.Date)
    date_precision: Mapped[int | None] = mapped_column(sa.Integer)
    date: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    location_name: Mapped[str | None] = mapped_column(sa.Text)
    admin1: Mapped[str | None] = mapped_column(sa.Text)
    admin2: Mapped[str | None] = mapped_column(sa.Text)
    country: Mapped[str | None] = mapped_column(sa.Text)
    country_code: Mapped[str | None] = mapped_column(sa.String(8))
    lat: Mapped[float | None] = mapped_column(sa.Float)
    lon: Mapped[float | None] = mapped_column(sa.Float)
    geonameid: Mapped[int | None] = mapped_column(sa.Integer)
    geo_precision: Mapped[int | None] = mapped_column(sa.Integer)
    location: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    fatalities_low: Mapped[int | None] = mapped_column(sa.Integer)
    fatalities_best: Mapped[int | None] = mapped_column(sa.Integer)
    fatalities_high: Mapped[int | None] = mapped_column(sa.Integer)
    trigger: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    plover: Mapped[str | None] = mapped_column(sa.Text)
    method: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    confidence: Mapped[float] = mapped_column(sa.Float, nullable=False, default=0.0)
    evidence: Mapped[list[dict[str, int]]] = mapped_column(JSONType, nullable=False, default=list)
    attributed_to: Mapped[list[str]] = mapped_column(JSONType, nullable=False, default=list)
    incident_id: Mapped[str | None] = mapped_column(sa.Text, index=True)
    parent_incident_id: Mapped[str | None] = mapped_column(sa.Text, index=True)

    document: Mapped[DocumentRow] = relationship(back_populates="events")
    counts: Mapped[list[CountRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="CountRow.idx"
    )
    actors: Mapped[list[EventActorRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EventActorRow.idx"
    )


class CountRow(Base):
    __tablename__ = "counts"

    pk: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    event_pk: Mapped[int] = mapped_column(
        sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, index=True
    )
    idx: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    kind: Mapped[str] = mapped_column(sa.String(16), nullable=False, index=True)
    low: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    high: Mapped[int | None] = mapped_column(sa.Integer)
    qualifier: Mapped[str] = mapped_column(sa.String(16), nullable=False)
    group: Mapped[str | None] = mapped_column(sa.Text)
    attributed_to: Mapped[str | None] = mapped_column(sa.Text)
    phrase: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    evidence: Mapped[list[dict[str, int]]] = mapped_column(JSONType, nullable=False, default=list)
    method: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    confidence: Mapped[float] = mapped_column(sa.Float, nullable=False, default=0.0)


class EventActorRow(Base):
    __tablename__ = "event_actors"

    pk: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    event_pk: Mapped[int] = mapped_column(
        sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, index=True
    )
    idx: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    role: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    name: Mapped[str] = mapped_column(sa.Text, nullable=False, index=True)
    mention: Mapped[str] = mapped_column(sa.Text, nullable=False)
    inter: Mapped[int | None] = mapped_column(sa.Integer)
    actor_id: Mapped[str | None] = mapped_column(sa.Text, index=True)
    wikidata: Mapped[str | None] = mapped_column(sa.Text)
    country: Mapped[str | None] = mapped_column(sa.Text)
    evidence: Mapped[list[dict[str, int]]] = mapped_column(JSONType, nullable=False, default=list)
    method: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    confidence: Mapped[float] = mapped_column(sa.Float, nullable=False, default=0.0)


class QuoteRow(Base):
    __tablename__ = "quotes"

    pk: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(
        sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    )
    idx: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    speaker: Mapped[str | None] = mapped_column(sa.Text)
    text: Mapped[str] = mapped_column(sa.Text, nullable=False)
    speaker_type: Mapped[str | None] = mapped_column(sa.String(32))
    evidence: Mapped[list[dict[str, int]]] = mapped_column(JSONType, nullable=False, default=list)
    speaker_evidence: Mapped[list[dict[str, int]]] = mapped_column(JSONType, nullable=False, default=list)
    method: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    confidence: Mapped[float] = mapped_column(sa.Float, nullable=False, default=0.0)


class SourceCitedRow(Base):
    __tablename__ = "sources_cited"

    pk: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(
        sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    )
    idx: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    name: Mapped[str] = mapped_column(sa.Text, nullable=False, index=True)
    evidence: Mapped[list[dict[str, int]]] = mapped_column(JSONType, nullable=False, default=list)
    method: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    confidence: Mapped[float] = mapped_column(sa.Float, nullable=False, default=0.0)


class IncidentRow(Base):
    __tablename__ = "incidents"

    id: Mapped[str] = mapped_column(sa.Text, primary_key=True)
    parent_id: Mapped[str | None] = mapped_column(sa.Text, index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSONType, nullable=False, default=dict)
    locked: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)


class IncidentOverrideRow(Base):
    """A manual merge or split decision the linker must respect on every re-run."""

    __tablename__ = "incident_overrides"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(sa.String(16), nullable=False)  # merge | split
    event_keys: Mapped[list[list[Any]]] = mapped_column(JSONType, nullable=False, default=list)
    incident_ids: Mapped[list[str]] = mapped_column(JSONType, nullable=False, default=list)
    who: Mapped[str] = mapped_column(sa.Text, nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    why: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")


class CorrectionRow(Base):
    """An analyst's correction of one field; kept apart from extracted rows and applied on read."""

    __tablename__ = "corrections"
    __table_args__ = (sa.Index("ix_corrections_target", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    who: Mapped[str] = mapped_column(sa.Text, nullable=False)
    action: Mapped[str] = mapped_column(sa.String(32), nullable=False)  # set
    target_type: Mapped[str] = mapped_column(sa.String(32), nullable=False)  # event | document | incident
    target_id: Mapped[str] = mapped_column(sa.Text, nullable=False)  # "<doc_id>:<idx>" for events
    field: Mapped[str | None] = mapped_column(sa.Text)
    old: Mapped[Any | None] = mapped_column(JSONType)
    new: Mapped[Any | None] = mapped_column(JSONType)
    why: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=True)


class AuditRow(Base):
    """Append-only log of every change made by a person or a command."""

    __tablename__ = "audit_log"
    __table_args__ = (sa.Index("ix_audit_log_target", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    who: Mapped[str] = mapped_column(sa.Text, nullable=False)
    action: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    target_type: Mapped[str] = mapped_column(sa.String(32), nullable=False)
    target_id: Mapped[str] = mapped_column(sa.Text, nullable=False)
    field: Mapped[str | None] = mapped_column(sa.Text)
    old: Mapped[Any | None] = mapped_column(JSONType)
    new: Mapped[Any | None] = mapped_column(JSONType)
    why: Mapped[str] = mapped_column(sa.Text, nullable=False, default="")


class ApiTokenRow(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(sa.Text, nullable=False)
    token_hash: Mapped[str] = mapped_column(sa.String(64), nullable=False, unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    revoked: Mapped[bool] = mapped_column(sa.Boolean, nullable=False, default=False)


class RunRow(Base):
    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    command: Mapped[str] = mapped_column(sa.Text, nullable=False)
    stats: Mapped[dict[str, Any]] = mapped_column(JSONType, nullable=False, default=dict)


class StateRow(Base):
    """Named JSON state a resumable stage hands to its next run (e.g. the linker's claims and ids)."""

    __tablename__ = "state"

    name: Mapped[str] = mapped_column(sa.String(100), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSONType, nullable=False, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
