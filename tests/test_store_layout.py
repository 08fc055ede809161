"""The store package's module layout: the Store's method groups in small modules, imported in one direction.

Why: store/_store.py was one 800-line class; its methods now live in modules named for what they do (saving,
reading, review, incidents, housekeeping) mixed into the one Store. A runtime import cycle among them would make
the package's import order matter, and one module regrowing past 500 lines undoes the split.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from test_geo_layout import _cycle

import crosstally.store as store
from crosstally.store import Store

STORE = Path(store.__file__).parent


def _runtime_imports(path: Path) -> set[str]:
    """Sibling modules ``path`` imports at import time: ``from ._x import y`` and ``from . import _x``."""
    out: set[str] = set()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            out |= {node.module} if node.module else {a.name for a in node.names}
    return out


def _graph() -> dict[str, set[str]]:
    return {p.stem: _runtime_imports(p) for p in STORE.glob("_*.py") if p.stem != "__init__"}


def test_store_modules_import_each_other_without_cycles() -> None:
    graph = _graph()
    assert {"_store", "_save", "_read", "_review", "_incidents", "_admin", "_query", "_base"} <= set(graph)
    assert "_read" in graph["_review"] and "_corrections" in graph["_query"]  # both import forms are seen
    assert _cycle(graph) is None, _cycle(graph)


def test_store_files_stay_small() -> None:
    sizes = {str(p.relative_to(STORE)): len(p.read_text().splitlines()) for p in STORE.rglob("*.py")}
    assert len(sizes) > 10, sizes
    assert max(sizes.values()) <= 500, {k: v for k, v in sizes.items() if v > 500}


def test_each_method_group_lives_in_its_own_module() -> None:
    home = {
        "save": "_save", "add_publication": "_save", "events_page": "_read", "extractions": "_read",
        "correct": "_review", "audit_log_page": "_review", "set_incidents": "_incidents",
        "incident_claims_page": "_incidents", "create_token": "_admin", "stats": "_admin", "close": "_store",
    }
    for name, module in home.items():
        assert getattr(Store, name).__module__ == f"crosstally.store.{module}", name


def test_the_public_api_is_the_one_callers_use() -> None:
    assert sorted(store.__all__) == [
        "Page", "SaveResult", "SaveStatus", "Store", "current_revision", "decode_cursor", "encode_cursor",
        "event_target", "head_revision", "normalise_url", "upgrade", "verdict_state",
    ]
    for name in store.__all__:
        assert getattr(store, name) is not None, name
    public = {n for n, v in inspect.getmembers(Store) if not n.startswith("_") and (callable(v) or isinstance(v, property))}
    assert public == {
        "add_override", "add_publication", "audit", "audit_log", "audit_log_page", "check_token", "close",
        "correct", "corrections", "create_token", "dialect", "document", "documents", "documents_page", "event",
        "events", "events_page", "extraction", "extractions", "get_state", "has_document", "incident_claims_page",
        "incidents", "incidents_page", "lock_incident", "overrides", "put_state", "record_run", "review_states",
        "revert_correction", "revoke_token", "runs", "save", "save_many", "set_incidents", "stats", "tallies",
    }
    assert list(inspect.signature(Store.events_page).parameters) == [
        "self", "doc_id", "date_from", "date_to", "country_code", "admin1", "event_type", "sub_event_type",
        "source", "incident_id", "limit", "cursor", "corrected", "actor", "text", "newest_first",
    ]
