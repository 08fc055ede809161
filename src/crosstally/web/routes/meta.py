"""Health and counts: what a monitor or the overview's header asks first."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from ...store import Store
from .._http import get_store

router = APIRouter(prefix="/api", tags=["meta"])


@router.get("/health", summary="Is the server up, and what does its database hold")
def health(store: Store = Depends(get_store)) -> dict[str, Any]:
    return {"ok": True, "stats": store.stats()}
