"""Query parameters shared by the list and download endpoints."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Query

from ...store import decode_cursor
from .._http import ApiError
from .._views import ClaimFilters

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (1–500).")]
Cursor = Annotated[str | None, Query(max_length=512, description="The `next_cursor` of the previous page, unchanged.")]
Text = Annotated[str | None, Query(max_length=200)]


def claim_filters(
    date_from: Annotated[date | None, Query(description="Events whose date range ends on or after this ISO date.")] = None,
    date_to: Annotated[date | None, Query(description="Events whose date range starts on or before this ISO date.")] = None,
    country: Annotated[str | None, Query(max_length=8, description="ISO 3166 alpha-2 country code, e.g. SY.")] = None,
    admin1: Annotated[str | None, Query(max_length=200, description="First-level region, e.g. Latakia.")] = None,
    event_type: Annotated[str | None, Query(max_length=100, description="ACLED event type, e.g. Battles.")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Actor name or mention (exact, any case).")] = None,
    source: Annotated[str | None, Query(max_length=200, description="Source (outlet) name, exact.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text search in the document text and title.")] = None,
) -> ClaimFilters:
    """The filters of every list and download, as one object."""
    return ClaimFilters(date_from=date_from, date_to=date_to, country=country.upper() if country else None,
                        admin1=admin1 or None, event_type=event_type or None, actor=actor or None,
                        source=source or None, q=q or None)


def check_cursor(cursor: str | None, *types: type) -> None:
    """Refuse a cursor from another list (its key has other types) before the database sees it."""
    if not cursor:
        return
    values = decode_cursor(cursor)
    if len(values) != len(types) or not all(isinstance(v, t) and not isinstance(v, bool) for v, t in zip(values, types, strict=True)):
        raise ApiError(400, "bad_request", "The cursor does not belong to this list. Pass back this list's "
                       "'next_cursor' unchanged.")
