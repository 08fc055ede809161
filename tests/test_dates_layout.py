"""The date reader's module layout: small modules, imported in one direction only.

Why: extract/_dates.py was split into a package of modules named for what they decide; a runtime import cycle among
them would make the package's import order matter, and one module regrowing to a thousand lines undoes the split.
"""

from __future__ import annotations

from pathlib import Path

from test_geo_layout import _cycle, _runtime_imports  # one cycle check for every package

import crosstally.extract._dates as dates

DATES = Path(dates.__file__).parent


def _graph() -> dict[str, set[str]]:
    return {p.stem: _runtime_imports(p) for p in DATES.glob("_*.py") if p.stem != "__init__"}


def test_date_modules_import_each_other_without_cycles() -> None:
    graph = _graph()
    assert {"_terms", "_grammar", "_resolve", "_find", "_event_date"} <= set(graph)
    assert _cycle(graph) is None, _cycle(graph)


def test_date_modules_stay_small() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in DATES.glob("*.py")}
    assert max(sizes.values()) <= 500, sizes


def test_every_phrase_kind_has_a_resolver() -> None:
    from crosstally.extract._dates._grammar import _patterns
    from crosstally.extract._dates._resolve import _RESOLVERS

    assert {kind for kind, _ in _patterns()} == set(_RESOLVERS)


def test_the_names_other_modules_import_stay_in_the_package() -> None:
    from crosstally.extract._doc_basics import _optional

    for name in dates.__all__:
        assert getattr(dates, name) is not None, name
    for name in ("find_dates", "event_date", "published_fallback", "is_incident_day", "is_event_possessive",
                 "tells_incident", "is_background"):  # what _assemble and _event_dates look up by name
        assert _optional("_dates", name) is getattr(dates, name), name
    assert dates.find_dates.__module__ == "crosstally.extract._dates._find"
    assert dates.event_date.__module__ == "crosstally.extract._dates._event_date"


def test_the_event_date_rules_import_one_way_and_keep_their_names() -> None:
    """Why: extract/_event_dates.py was split into ``_event_dates_*`` modules; ``_assemble``, ``_event_groups`` and
    the tests import its names from the entry, and a cycle among the parts would make their import order matter."""
    import ast

    import crosstally.extract._event_dates as entry

    extract = Path(entry.__file__).parent
    graph = {p.stem: _runtime_imports(p) for p in extract.glob("_event_dates*.py")}
    assert {"_event_dates_excluded", "_event_dates_windows", "_event_dates_tallies",
            "_event_dates_incident"} <= graph["_event_dates"]
    assert _cycle(graph) is None, _cycle(graph)
    assert max(len(p.read_text().splitlines()) for p in extract.glob("_event_dates*.py")) <= 300
    wanted: set[str] = set()
    for path in [*extract.glob("*.py"), *Path(__file__).parent.glob("test_*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("_event_dates"):
                wanted |= {a.name for a in node.names}
    assert {"_own_date", "_wide_date", "_running_date", "_stamped"} <= wanted
    for name in wanted:
        assert getattr(entry, name) is not None, name
