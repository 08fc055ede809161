"""The toll modules' layout: the counts grammar (extract/_tolls/, _counts.py) and the event's toll (_event_*.py,
_toll_*.py) import in one direction only, in small files and short functions.

Why: _event_tolls.py and _tolls/_forward.py's ``_forward`` were split into modules and readings named for what they
decide; an import cycle between the grammar and the event's toll (once hidden in function bodies) would make import
order matter again, and a file or function regrowing undoes the split.
"""

from __future__ import annotations

import ast
from pathlib import Path

from test_geo_layout import _cycle

import crosstally.extract as extract

EXTRACT = Path(extract.__file__).parent
TOLLS = EXTRACT / "_tolls"


def _files() -> dict[str, Path]:
    """Module name (relative to crosstally.extract, "_tolls._forward") → file, for the toll modules."""
    out = {p.stem: p for p in EXTRACT.glob("_*.py") if p.stem.startswith(("_event_", "_toll_")) or p.stem == "_counts"}
    out.update({f"_tolls.{p.stem}": p for p in TOLLS.glob("_*.py") if p.stem != "__init__"})
    return out


def _imports(name: str, path: Path, *, in_functions: bool) -> set[str]:
    """The modules of crosstally.extract that ``name`` imports: at import time, or anywhere (function bodies too)."""
    package = name.split(".")[:-1]  # "_tolls._forward" → ["_tolls"]
    tree = ast.parse(path.read_text())
    nodes = ast.walk(tree) if in_functions else iter(tree.body)
    out: set[str] = set()
    for node in nodes:
        if not isinstance(node, ast.ImportFrom) or node.level == 0:
            continue
        base = package[: len(package) - (node.level - 1)] if node.level - 1 <= len(package) else None
        if base is None:
            continue  # "from ...records import": above crosstally.extract
        target = ".".join([*base, node.module]) if node.module else ".".join(base)
        out.add(target)
    return out


def _graph(*, in_functions: bool) -> dict[str, set[str]]:
    files = _files()
    return {n: {t for t in _imports(n, p, in_functions=in_functions) if t in files} for n, p in files.items()}


def test_the_graph_sees_imports_across_the_two_packages() -> None:
    graph = _graph(in_functions=False)
    assert {"_event_tolls", "_toll_total", "_counts", "_tolls._forward", "_tolls._earlier"} <= set(graph)
    assert "_toll_total" in graph["_tolls._later_deaths"]  # a grammar module using the event's toll
    assert "_tolls._forward" in graph["_tolls._sentence"]
    assert "_tolls._terms" in graph["_counts"]


def test_toll_modules_import_each_other_without_cycles() -> None:
    graph = _graph(in_functions=False)
    assert _cycle(graph) is None, _cycle(graph)


def test_no_cycle_hides_in_function_bodies() -> None:
    graph = _graph(in_functions=True)
    assert _cycle(graph) is None, _cycle(graph)


def test_toll_files_stay_small() -> None:
    sizes = {n: len(p.read_text().splitlines()) for n, p in _files().items()}
    assert max(sizes.values()) <= 800, sizes
    split = {n: s for n, s in sizes.items() if n == "_event_tolls" or n.startswith("_toll_")}
    assert max(split.values()) <= 400, split


def test_grammar_functions_stay_short() -> None:
    long: dict[str, int] = {}
    for p in TOLLS.glob("*.py"):
        for node in ast.walk(ast.parse(p.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > 120:
                    long[f"{p.stem}.{node.name}"] = lines
    assert not long, long


def test_lone_victims_keeps_the_sentence_pass_and_its_readings_live_by_name() -> None:
    """_lone_victims.py was 540 lines of readings; it keeps the sentence pass and the names others import from it."""
    from crosstally.extract._tolls import _lone_victims

    home = {"_verb_reading": "_victim_verbs", "_is_fatal": "_victim_verbs", "_verb_args": "_victim_args",
            "_person_arg": "_one_person", "_coordinated_persons": "_named_people", "_along_with": "_named_people",
            "_solo_person": "_named_people", "fate_word": "_victim_nouns",
            "_hurt_then_died": "_one_more_victim", "_second_victim": "_one_more_victim"}
    for name, module in home.items():
        assert getattr(_lone_victims, name).__module__ == f"crosstally.extract._tolls.{module}", name
    assert sorted(_lone_victims.__all__) == ["_along_with", "_is_fatal", "_person_arg", "_singular_victims",
                                             "_solo_person"]  # imported by _sentence, _self_harm and the tests
    assert len((TOLLS / "_lone_victims.py").read_text().splitlines()) <= 200
    graph = _graph(in_functions=False)
    assert {f"_tolls.{m}" for m in set(home.values())} <= graph["_tolls._lone_victims"]
