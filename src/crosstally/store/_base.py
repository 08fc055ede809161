"""What every method group of the Store shares: its engine and sessions, and how it reads and writes time."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


class StoreBase:
    """The attributes :class:`~crosstally.store.Store`'s constructor sets, which its method groups use.

    Why: each group (``_save``, ``_read``, ``_review``, ``_incidents``, ``_admin``) is a mixin of the one Store,
    so the methods keep their names and signatures; this says what they may rely on.
    """

    url: str
    engine: Engine
    _read: sessionmaker[Session]  # short read transactions
    _write: sessionmaker[Session]  # write transactions (SQLite: BEGIN IMMEDIATE, see _engine.writer)


def utcnow() -> datetime:
    return datetime.now(UTC)


def aware(dt: datetime | None) -> datetime | None:
    """SQLite hands datetimes back naive; every datetime we store is UTC."""
    if dt is not None and dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt


def chunks(items: Sequence[Any], n: int = 500) -> Iterator[Sequence[Any]]:
    """Slices of at most ``n``: keeps every ``IN (...)`` list under the backends' parameter limits."""
    for i in range(0, len(items), n):
        yield items[i : i + n]
