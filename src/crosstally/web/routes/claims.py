"""Claims: events with their counts, actors, place, date, evidence sentence and review verdict;
an analyst's corrections and verdicts (confirm / reject / reopen), each in the audit log."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field

from ...store import Store, verdict_state
from .._http import ApiError, get_store, require_token
from .._views import ClaimFilters, claim_dict, claim_id, claims_page
from ._common import Cursor, Limit, check_cursor, claim_filters

router = APIRouter(prefix="/api/claims", tags=["claims"])
DocId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Idx = Annotated[int, Path(ge=0, le=100_000, description="The claim's position in its document.")]


@router.get("", summary="Claims matching the filters, one keyset page at a time")
def list_claims(
    store: Annotated[Store, Depends(get_store)],
    filters: Annotated[ClaimFilters, Depends(claim_filters)],
    incident_id: Annotated[str | None, Query(max_length=100, description="Only this incident's claims.")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> dict[str, Any]:
    check_cursor(cursor, int)
    filters.incident_id = incident_id or None
    items, nxt = claims_page(store, filters, limit, cursor)
    return {"items": items, "next_cursor": nxt}


def _claim(store: Store, doc_id: str, idx: int) -> dict[str, Any]:
    ev = store.event(doc_id, idx)
    if ev is None:
        raise ApiError(404, "not_found", f"There is no claim {doc_id}:{idx}. Claims are listed at /api/claims.")
    review = store.review_states([claim_id(ev)]).get(claim_id(ev))
    return claim_dict(ev, store.document(doc_id), review)


@router.get("/{doc_id}/{idx}", summary="One claim with its evidence sentence and review verdict")
def get_claim(doc_id: DocId, idx: Idx, store: Annotated[Store, Depends(get_store)]) -> dict[str, Any]:
    return _claim(store, doc_id, idx)


class Correction(BaseModel):
    """Set one field of a claim, as the JSONL contract names it (``fatalities.low``, ``location.admin1``...)."""

    field: str = Field(..., min_length=1, max_length=100, pattern=r"^[a-z_]+(\.[a-z0-9_]+)*$")
    value: Any = Field(..., description="The new value (JSON): a number, a string, an ISO date, null...")
    why: str = Field(..., min_length=1, max_length=2000, description="Why: shown in the audit log.")

    model_config = {"extra": "forbid"}


@router.post("/{doc_id}/{idx}/corrections", status_code=201,
             summary="Correct one value of a claim (kept apart; applied whenever the claim is read)")
def correct_claim(
    doc_id: DocId, idx: Idx, body: Correction, store: Annotated[Store, Depends(get_store)],
    who: Annotated[str, Depends(require_token)],
) -> dict[str, Any]:
    if store.event(doc_id, idx) is None:
        raise ApiError(404, "not_found", f"There is no claim {doc_id}:{idx}.")
    if isinstance(body.value, (dict, list)) and body.field not in ("location", "date"):
        raise ApiError(422, "invalid_request", f"'{body.field}' takes a single value, not an object or a list.")
    if isinstance(body.value, str) and len(body.value) > 2000:
        raise ApiError(422, "invalid_request", "The value is over 2,000 characters.")
    cid = store.correct(doc_id, idx, body.field, body.value, who=who, why=body.why)
    return {"correction_id": cid, "claim": _claim(store, doc_id, idx)}


class Review(BaseModel):
    """An analyst's verdict on a claim: ``confirm``, ``reject`` (left out of incidents and figures) or ``reopen``."""

    action: Literal["confirm", "reject", "reopen"]
    why: str = Field("", max_length=2000)

    model_config = {"extra": "forbid"}


@router.post("/{doc_id}/{idx}/review", status_code=201, summary="Confirm, reject or reopen a claim")
def review_claim(
    doc_id: DocId, idx: Idx, body: Review, store: Annotated[Store, Depends(get_store)],
    who: Annotated[str, Depends(require_token)],
) -> dict[str, Any]:
    if store.event(doc_id, idx) is None:
        raise ApiError(404, "not_found", f"There is no claim {doc_id}:{idx}.")
    if body.action == "reject" and not body.why.strip():
        raise ApiError(422, "invalid_request", "Say why the claim is wrong ('why'): the audit log keeps it.")
    before = store.review_states([f"{doc_id}:{idx}"]).get(f"{doc_id}:{idx}", {}).get("state", "open")
    audit_id = store.audit(body.action, "event", f"{doc_id}:{idx}", who=who, field="review", old=before,
                           new=verdict_state(body.action), why=body.why)
    return {"audit_id": audit_id, "claim": _claim(store, doc_id, idx)}
