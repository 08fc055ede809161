"""Framing: how each source names the event, the perpetrators and the victims, side by side."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...store import Store
from .._http import ApiError, get_store
from .._views import framing_of, incident_detail

router = APIRouter(prefix="/api/framing", tags=["framing"])
MAX_DOCS = 200


@router.get("", summary="The framing comparison of one incident's sources, or one source's framing")
def get_framing(
    store: Annotated[Store, Depends(get_store)],
    incident_id: Annotated[str | None, Query(max_length=100)] = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    from ...framing import aggregate_framing

    if bool(incident_id) == bool(source):
        raise ApiError(422, "invalid_request", "Give exactly one of 'incident_id' or 'source'.")
    if incident_id:
        d = incident_detail(store, incident_id)
        if d is None:
            raise ApiError(404, "not_found", f"There is no incident '{incident_id}'.")
        return d["framing"]
    page = store.documents_page("ok", MAX_DOCS, None, source=source)
    if not page.items:
        raise ApiError(404, "not_found", f"No analysed document from the source '{source}'. See /api/sources.")
    exts = list(store.extractions(doc_ids=[d.id for d in page.items]))
    agg = aggregate_framing(framing_of(x) for x in exts)
    out = agg.to_dict()
    out["clauses"] = len(agg.clauses)
    out["documents"] = len(exts)
    out["truncated"] = page.next_cursor is not None
    return out
