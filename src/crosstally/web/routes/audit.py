"""The audit log (who changed what, when and why) and the corrections in force."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field

from ...store import Store
from .._http import ApiError, get_store, require_token
from ._common import Cursor, Limit, check_cursor

router = APIRouter(prefix="/api", tags=["audit"])


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}


@router.get("/audit", summary="The audit log, newest first")
def audit_log(
    store: Annotated[Store, Depends(get_store)],
    target_type: Annotated[str | None, Query(max_length=50)] = None,
    target_id: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = 100,
    cursor: Cursor = None,
) -> dict[str, Any]:
    check_cursor(cursor, int)
    page = store.audit_log_page(target_type, target_id, limit, cursor)
    return {"items": [_jsonable(r) for r in page.items], "next_cursor": page.next_cursor}


@router.get("/corrections", summary="Corrections in force (or all, with active_only=false)")
def corrections(
    store: Annotated[Store, Depends(get_store)],
    doc_id: Annotated[str | None, Query(max_length=64)] = None,
    active_only: bool = True,
) -> dict[str, Any]:
    return {"items": [_jsonable(r) for r in store.corrections(doc_id, active_only=active_only)]}


class Revert(BaseModel):
    why: str = Field(..., min_length=1, max_length=2000)

    model_config = {"extra": "forbid"}


@router.post("/corrections/{correction_id}/revert", status_code=201, summary="Withdraw a correction (logged)")
def revert(
    correction_id: Annotated[int, Path(ge=1)], body: Revert, store: Annotated[Store, Depends(get_store)],
    who: Annotated[str, Depends(require_token)],
) -> dict[str, Any]:
    if not store.revert_correction(correction_id, who=who, why=body.why):
        raise ApiError(404, "not_found", f"There is no correction {correction_id} in force.")
    return {"reverted": correction_id}
