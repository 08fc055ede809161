"""ACLED's code tables as both ``acled-csv`` writers read them: the columns, disorder types, interaction codes.

Why its own module: the per-claim writer (``_acled``) and the per-incident writer (``_incident_writers``) code
rows the same way; with the tables here, neither writer imports the other at import time. The tables themselves
are in ``data/acled_export.yaml``.
"""

from __future__ import annotations

from typing import Any

from ..vocab import load_vocab


def _table() -> dict[str, Any]:
    return load_vocab("acled_export")["entries"]


def columns() -> list[str]:
    """ACLED's export columns, in order."""
    return list(_table()["columns"])


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type for an event (sub-event exceptions first)."""
    t = _table()["disorder_type"]
    return t["by_sub_event_type"].get(sub_event_type) or t["by_event_type"].get(event_type, "")


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's two-digit interaction code, lower actor type first; '' when actor1's type is unknown."""
    if not inter1:
        return ""
    if not inter2:
        return f"{inter1}0"
    lo, hi = sorted((inter1, inter2))
    return f"{lo}{hi}"
