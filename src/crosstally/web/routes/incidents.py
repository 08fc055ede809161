"""Incidents: the overview's list and map data, one incident with its reconciled figures, per-source
claims, disagreements and framing; an analyst's merges and splits (recorded for the linker, shown at once)."""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path
from pydantic import BaseModel, Field

from ...store import Store
from .._http import ApiError, get_store, require_token
from .._views import ClaimFilters, incident_detail, incident_summaries_page, iter_events
from ._common import Cursor, Limit, check_cursor, claim_filters

router = APIRouter(prefix="/api/incidents", tags=["incidents"])
IncidentId = Annotated[str, Path(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.:-]+$")]


@router.get("", summary="Incidents with a matching claim: place, dates, sources, the range of figures claimed")
def list_incidents(
    store: Annotated[Store, Depends(get_store)],
    filters: Annotated[ClaimFilters, Depends(claim_filters)],
    limit: Limit = 100,
    cursor: Cursor = None,
) -> dict[str, Any]:
    check_cursor(cursor, str)
    items, nxt = incident_summaries_page(store, filters, limit, cursor)
    return {"items": [i.to_dict() for i in items], "next_cursor": nxt}


@router.get("/{incident_id}", summary="One incident: reconciled figures, claims by source, disagreements, framing")
def get_incident(incident_id: IncidentId, store: Annotated[Store, Depends(get_store)]) -> dict[str, Any]:
    d = incident_detail(store, incident_id)
    if d is None:
        raise ApiError(404, "not_found", f"There is no incident '{incident_id}'. List them at /api/incidents.")
    return d


class Merge(BaseModel):
    """Merge incidents into the first one listed."""

    incident_ids: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(..., min_length=2, max_length=50)
    why: str = Field(..., min_length=1, max_length=2000)

    model_config = {"extra": "forbid"}


def _keys(store: Store, incident_id: str) -> list[tuple[str, int]]:
    return [(e.doc_id, e.index) for e in iter_events(store, ClaimFilters(incident_id=incident_id))]


@router.post("/merge", status_code=201, summary="Merge incidents into the first one (the linker keeps this)")
def merge_incidents(
    body: Merge, store: Annotated[Store, Depends(get_store)], who: Annotated[str, Depends(require_token)],
) -> dict[str, Any]:
    ids = list(dict.fromkeys(body.incident_ids))
    if len(ids) < 2:
        raise ApiError(422, "invalid_request", "Name at least two different incidents to merge.")
    rows = {r["id"]: r for r in store.incidents(ids=ids, limit=len(ids) + 1)}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise ApiError(404, "not_found", f"There is no incident {', '.join(repr(m) for m in missing[:5])}.")
    target = ids[0]
    parent = rows[target]["parent_id"]
    keys = [k for i in ids for k in _keys(store, i)]
    store.add_override("merge", keys, ids, who=who, why=body.why)
    data = dict(rows[target]["data"] or {})
    data["members"] = [list(k) for k in keys]
    data["merged_from"] = ids[1:]
    store.set_incidents({k: (target, parent) for k in keys}, {target: data})
    return {"incident_id": target, "claims": len(keys), "merged": ids[1:]}


class Split(BaseModel):
    """Move claims (``doc_id:index``) out of an incident into a new incident of their own."""

    claims: list[Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]+:\d{1,6}$")]] = Field(..., min_length=1, max_length=500)
    why: str = Field(..., min_length=1, max_length=2000)

    model_config = {"extra": "forbid"}


@router.post("/{incident_id}/split", status_code=201, summary="Split claims off into a new incident")
def split_incident(
    incident_id: IncidentId, body: Split, store: Annotated[Store, Depends(get_store)],
    who: Annotated[str, Depends(require_token)],
) -> dict[str, Any]:
    members = set(_keys(store, incident_id))
    if not members:
        raise ApiError(404, "not_found", f"There is no incident '{incident_id}' with claims.")
    wanted = [(c.rsplit(":", 1)[0], int(c.rsplit(":", 1)[1])) for c in body.claims]
    strangers = [f"{d}:{i}" for d, i in wanted if (d, i) not in members]
    if strangers:
        raise ApiError(422, "invalid_request", f"Not claims of {incident_id}: {', '.join(strangers[:5])}.")
    if set(wanted) >= members:
        raise ApiError(422, "invalid_request", "Splitting every claim off leaves the incident empty; leave at least one.")
    new_id = "inc-s" + hashlib.sha256(repr(sorted(wanted)).encode()).hexdigest()[:9]
    rows = store.incidents(ids=[incident_id], limit=1)
    parent = rows[0]["parent_id"] if rows else None
    store.add_override("split", wanted, [incident_id], who=who, why=body.why)
    store.set_incidents({k: (new_id, parent) for k in wanted},
                        {new_id: {"id": new_id, "split_from": incident_id, "members": [list(k) for k in wanted]}})
    return {"incident_id": new_id, "split_from": incident_id, "claims": [f"{d}:{i}" for d, i in wanted]}
