"""The actors package's module layout: small modules named for what they decide, imported in one direction only.

Why: actors/_resolve.py and actors/_codebook.py were split into modules (_generic, _national, _mention,
_references, _non_party, _event_sides; _conventions, _crowds, _victims, _battles, _communities); an import cycle
among them (once hidden in function bodies: the codebook imported _resolve lazily) would make import order matter
again, and a file regrowing to a thousand lines undoes the split.
"""

from __future__ import annotations

import ast
from pathlib import Path

from test_geo_layout import _cycle, _runtime_imports  # one cycle check for every package

import crosstally.actors as actors
from crosstally.actors import _codebook, _resolve

ACTORS = Path(actors.__file__).parent


def _graph() -> dict[str, set[str]]:
    return {p.stem: _runtime_imports(p) for p in ACTORS.glob("_*.py") if p.stem != "__init__"}


def test_actor_modules_import_each_other_without_cycles() -> None:
    graph = _graph()
    assert {"_resolve", "_codebook", "_generic", "_mention", "_non_party", "_conventions", "_battles"} <= set(graph)
    assert _cycle(graph) is None, _cycle(graph)
    # the rules sit below the two entry modules: none imports them back
    assert not any({"_resolve", "_codebook"} & deps for m, deps in graph.items() if m not in ("_resolve", "_codebook"))


def test_no_sibling_import_hides_in_a_function_body() -> None:
    hidden = []
    for p in ACTORS.glob("_*.py"):
        for fn in ast.walk(ast.parse(p.read_text())):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                hidden += [f"{p.stem}.{fn.name}: .{n.module}" for n in ast.walk(fn)
                           if isinstance(n, ast.ImportFrom) and n.level == 1]
    assert hidden == []


def test_actor_rules_live_in_small_modules() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in ACTORS.glob("*.py")}
    assert len(sizes) >= 13, sizes
    assert max(sizes.values()) <= 600, sizes


def test_entry_points_stay_where_callers_import_them() -> None:
    for name in actors.__all__:
        assert getattr(actors, name) is not None, name
    for name in _resolve.__all__:
        assert getattr(_resolve, name) is getattr(actors, name, getattr(_resolve, name)), name
    assert _resolve.resolve_mention is actors.resolve_mention
    assert _codebook.codebook_actor is actors.codebook_actor
    assert callable(_codebook.codebook) and _resolve.period_suffix("KE", None) == actors.period_suffix("KE", None)
    assert actors.resolve_mention.__module__ == "crosstally.actors._mention"
    assert actors.apply_codebook.__module__ == "crosstally.actors._codebook"
