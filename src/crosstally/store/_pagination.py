"""Keyset (cursor) pagination: stable pages without OFFSET scans, reusable by the web API."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar

import sqlalchemy as sa

from ..errors import Errors, StoreError

T = TypeVar("T")


@dataclass(slots=True)
class Page(Generic[T]):
    """One page of results; pass ``next_cursor`` back to get the next one (None: last page)."""

    items: list[T] = field(default_factory=list)
    next_cursor: str | None = None


def _tag(v: Any) -> Any:
    if isinstance(v, datetime):
        return {"dt": v.isoformat()}
    if isinstance(v, date):
        return {"d": v.isoformat()}
    return v


def _untag(v: Any) -> Any:
    if isinstance(v, dict):
        if "dt" in v:
            return datetime.fromisoformat(v["dt"])
        if "d" in v:
            return date.fromisoformat(v["d"])
    return v


def encode_cursor(values: Sequence[Any]) -> str:
    """Opaque, URL-safe cursor holding the sort key of the last row of a page."""
    raw = json.dumps([_tag(v) for v in values], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> list[Any]:
    """The sort key stored in a cursor; a clear error when it was tampered with."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
        if not isinstance(values, list):
            raise ValueError("not a list")
        return [_untag(v) for v in values]
    except (ValueError, TypeError) as exc:
        raise StoreError(Errors.E033.format(cursor=cursor[:80])) from exc


def keyset(
    stmt: sa.Select[Any], columns: Sequence[Any], cursor: str | None, limit: int, *, descending: bool = False
) -> sa.Select[Any]:
    """Order ``stmt`` by ``columns`` (non-null, last one unique) and start after ``cursor``; fetches limit+1."""
    if cursor:
        values = decode_cursor(cursor)
        if len(values) != len(columns):
            raise StoreError(Errors.E033.format(cursor=cursor[:80]))
        ors = []
        for i, col in enumerate(columns):
            eqs = [columns[j] == values[j] for j in range(i)]
            cmp = col < values[i] if descending else col > values[i]
            ors.append(sa.and_(*eqs, cmp))
        stmt = stmt.where(sa.or_(*ors))
    order = [c.desc() if descending else c.asc() for c in columns]
    return stmt.order_by(*order).limit(limit + 1)


def paginate(rows: Sequence[T], limit: int, key: Callable[[T], Sequence[Any]]) -> tuple[list[T], str | None]:
    """Cut the extra row fetched by :func:`keyset` and make the next cursor from the last kept row."""
    kept = list(rows[:limit])
    more = len(rows) > limit
    return kept, (encode_cursor(key(kept[-1])) if more and kept else None)
