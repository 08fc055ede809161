"""The link package's module layout: small modules named for what they decide, imported in one direction only.

Why: link/_match.py (a claim's profile, blocking and pair scoring in one 900-line file) and the clustering and id
keeping of link/_link.py were split into modules named for what they decide; a runtime import cycle among them would
make the package's import order matter, and one module regrowing past a few hundred lines undoes the split.
"""

from __future__ import annotations

from pathlib import Path

from test_geo_layout import _cycle, _runtime_imports  # one cycle check for every package

import crosstally.link as link

LINK = Path(link.__file__).parent
MAX_LINES = 600


def _graph() -> dict[str, set[str]]:
    return {p.stem: _runtime_imports(p) for p in LINK.glob("_*.py") if p.stem != "__init__"}


def test_link_modules_import_each_other_without_cycles() -> None:
    graph = _graph()
    assert {"_config", "_names", "_places", "_people", "_subplaces", "_profile", "_blocking", "_scoring",
            "_relation", "_clusters", "_ids", "_link"} <= set(graph)
    assert "_match" not in graph  # split up; its names live in the modules above
    assert _cycle(graph) is None, _cycle(graph)


def test_the_scorers_never_import_the_profile_or_the_clustering() -> None:
    """Scoring and blocking read only profiles: they never reach back into how a profile is built or clustered."""
    graph = _graph()
    for low in ("_names", "_config", "_places", "_scoring", "_relation", "_blocking"):
        assert graph[low].isdisjoint({"_profile", "_people", "_subplaces", "_clusters", "_ids", "_link"}), low


def test_link_files_are_small() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in LINK.glob("*.py")}
    assert max(sizes.values()) <= MAX_LINES, sizes


def test_public_names_are_importable_from_the_package() -> None:
    for name in link.__all__:
        assert getattr(link, name) is not None, name
    assert link.LinkConfig.__module__ == "crosstally.link._config"
    assert link.family_of.__module__ == "crosstally.link._profile"
    assert link.subplaces_of.__module__ == "crosstally.link._subplaces"
    assert link.link_events.__module__ == "crosstally.link._link"
