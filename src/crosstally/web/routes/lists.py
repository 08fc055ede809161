"""Sources, actors, places and event types, with how many claims name each: the filters' choices."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ...store import Store
from .._http import get_store

router = APIRouter(prefix="/api", tags=["lists"])
Limit = Annotated[int, Query(ge=1, le=5000)]


@router.get("/sources", summary="Sources (outlets) with their number of claims")
def sources(store: Annotated[Store, Depends(get_store)], limit: Limit = 1000) -> dict[str, Any]:
    return {"items": store.tallies("source", limit=limit)}


@router.get("/actors", summary="Actors named in claims, with their number of claims")
def actors(store: Annotated[Store, Depends(get_store)], limit: Limit = 1000) -> dict[str, Any]:
    return {"items": store.tallies("actor", limit=limit)}


@router.get("/places", summary="Places, regions (admin1) or countries named in claims")
def places(
    store: Annotated[Store, Depends(get_store)],
    level: Annotated[Literal["place", "admin1", "country"], Query()] = "place",
    limit: Limit = 1000,
) -> dict[str, Any]:
    return {"items": store.tallies(level, limit=limit)}


@router.get("/event-types", summary="Event types with their number of claims")
def event_types(store: Annotated[Store, Depends(get_store)], limit: Limit = 1000) -> dict[str, Any]:
    return {"items": store.tallies("event_type", limit=limit)}
