"""Downloads of any filtered view: ACLED-style CSV, GeoJSON, JSON Lines (crosstally.export's writers)."""

from __future__ import annotations

import io
from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from ...store import Store
from .._http import get_store
from .._views import ClaimFilters, claim_id, iter_events
from ._common import claim_filters

router = APIRouter(prefix="/api/export", tags=["export"])
_FORMATS = {"csv": ("acled-csv", "text/csv"), "geojson": ("geojson", "application/geo+json"),
            "jsonl": ("jsonl", "application/x-ndjson")}
MAX_EVENTS = 50_000


@router.get("/{fmt}", summary="The claims matching the filters as ACLED-style CSV, GeoJSON or JSON Lines",
            response_class=Response, responses={200: {"content": {"text/csv": {}, "application/geo+json": {},
                                                                  "application/x-ndjson": {}}}})
def export_view(
    fmt: Literal["csv", "geojson", "jsonl"], store: Annotated[Store, Depends(get_store)],
    filters: Annotated[ClaimFilters, Depends(claim_filters)],
) -> Response:
    from ...export import export

    wanted: dict[str, set[int]] = {}
    rejected = set()
    events = []
    for n, ev in enumerate(iter_events(store, filters)):
        if n >= MAX_EVENTS:
            break
        events.append(ev)
    for k, v in store.review_states(claim_id(e) for e in events).items():
        if v["state"] == "rejected":
            rejected.add(k)
    by_key = {}
    for ev in events:
        if claim_id(ev) not in rejected:
            wanted.setdefault(ev.doc_id, set()).add(ev.index)
            by_key[(ev.doc_id, ev.index)] = ev
    exts = []
    for ext in store.extractions(doc_ids=list(wanted)):
        ext.events = [by_key[(ext.document.id, e.index)] for e in ext.events if e.index in wanted[ext.document.id]]
        exts.append(ext)
    name, media = _FORMATS[fmt]
    buf = io.StringIO()
    export(exts, name, buf)
    return Response(buf.getvalue(), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="crosstally.{fmt}"'})
