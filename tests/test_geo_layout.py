"""The geo package's module layout: small modules, imported in one direction only.

Why: geo/_geocode.py was split into modules named for what they decide; a runtime import cycle among them would
make the package's import order matter, and one module regrowing to thousands of lines undoes the split.
"""

from __future__ import annotations

import ast
from pathlib import Path

import crosstally.geo as geo

GEO = Path(geo.__file__).parent


def _runtime_imports(path: Path) -> set[str]:
    """Sibling modules ``path`` imports at import time (not under ``if TYPE_CHECKING``)."""
    out: set[str] = set()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            out.add(node.module)
    return out


def _graph() -> dict[str, set[str]]:
    return {p.stem: _runtime_imports(p) for p in GEO.glob("_*.py") if p.stem != "__init__"}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}

    def visit(m: str, path: list[str]) -> list[str] | None:
        state[m] = 1
        for t in sorted(graph.get(m, ())):
            if state.get(t) == 1:
                return [*path, m, t]
            if not state.get(t):
                found = visit(t, [*path, m])
                if found:
                    return found
        state[m] = 2
        return None

    for m in sorted(graph):
        if not state.get(m):
            found = visit(m, [])
            if found:
                return found
    return None


def test_geo_modules_import_each_other_without_cycles() -> None:
    graph = _graph()
    assert {"_geocode", "_phrases", "_namesakes", "_context", "_name", "_location"} <= set(graph)
    assert _cycle(graph) is None, _cycle(graph)


def test_the_cycle_check_sees_a_cycle() -> None:
    assert _cycle({"_a": {"_b"}, "_b": {"_c"}, "_c": {"_a"}}) == ["_a", "_b", "_c", "_a"]
    assert _cycle({"_a": {"_b"}, "_b": set()}) is None


def test_geocode_rules_live_in_small_modules() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in GEO.glob("*.py")}
    assert max(sizes.values()) < 1000, sizes


def test_public_names_are_importable_from_the_package() -> None:
    for name in geo.__all__:
        assert getattr(geo, name) is not None, name
    assert geo.geocode_name.__module__ == "crosstally.geo._name"
    assert geo.GeoContext.__module__ == "crosstally.geo._context"


def test_the_index_keeps_its_names_and_its_cache_key_sees_every_index_module() -> None:
    """Why: geo/_index.py was split; twenty modules, the tests and the pickled cache import from its old path, and
    the cache key hashes the text of the modules that build the index (a module left out would let a changed
    builder read a stale pickle)."""
    import pickle

    from crosstally.geo import _index

    for name in ("INDEX_FORMAT", "KEEP_INDEXES", "DUMP_COLUMNS", "POSTAL_ID_BASE", "WARD_ID_BASE", "Gazetteer",
                 "Place", "build_base", "clear_cache", "get_gazetteer", "merge_dumps", "seat_points", "_evict"):
        assert getattr(_index, name) is not None, name
    builders = {p.name for p in GEO.glob("_index*.py")} | {"_gazetteer.py"}
    assert set(_index._INDEX_MODULES) == builders
    assert {"_gazetteer", "_index_build", "_index_units", "_index_postal", "_index_dumps"} <= _graph()["_index"]
    # a pickled Gazetteer names a module that still holds the class
    gz = _index.Gazetteer()
    gz.add_name("Jableh", 1)
    assert pickle.loads(pickle.dumps(gz)).keys == gz.keys


def _all_imports(path: Path) -> set[str]:
    """Sibling modules ``path`` imports anywhere: module level, ``if TYPE_CHECKING`` and function bodies alike."""
    return {node.module for node in ast.walk(ast.parse(path.read_text()))
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


def test_no_cycle_even_through_type_only_or_lazy_imports() -> None:
    """Why: _context imported _counties and _namesakes, which take a GeoContext (a type-only import back), and
    _us read _town_names lazily from _sentences, which read police_towns from _us: circles that tie the modules
    together. The names they share now live below them (_name_forms, _town_phrases), and Place below both the
    gazetteer and its compact table (_place: _table once read it lazily from _gazetteer)."""
    graph = {p.stem: _all_imports(p) for p in GEO.glob("_*.py") if p.stem != "__init__"}
    assert "_gazetteer" not in graph["_table"]
    assert _cycle(graph) is None, _cycle(graph)
    assert not ({"_counties", "_namesakes"} & graph["_context"])
    assert not ({"_sentences", "_document"} & graph["_us"])
    assert "_us" not in graph["_document"]
