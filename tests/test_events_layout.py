"""The event rules' layout: extract/_events.py is a thin entry over extract/_mentions/ and extract/_model.py one over
extract/_classifier/; their modules are small, import each other in one direction only, and never import an entry back.

Why: _events.py had grown to 930 lines of triggers, type rules, actor readings and the model-only event, _model.py
to 635 of analyzers, argument patterns, definitions and the linear model; both were split into modules named for
what they decide. A cycle (function bodies included: the classifier once read without_denials lazily from _events,
which imports it back through _mentions) would make import order matter again, and a module regrowing undoes the
split. The imports run one way: _classifier <- _model <- _mentions <- _events.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from test_geo_layout import _cycle

import crosstally.extract._events as events

EXTRACT = Path(events.__file__).parent
MENTIONS = EXTRACT / "_mentions"
CLASSIFIER = EXTRACT / "_classifier"


def _imports(path: Path, *, in_functions: bool) -> set[str]:
    """Absolute names of the crosstally modules ``path`` imports: at import time, or anywhere (function bodies too)."""
    package = f"crosstally.extract.{path.parent.name}"
    tree = ast.parse(path.read_text())
    out: set[str] = set()
    for node in ast.walk(tree) if in_functions else iter(tree.body):
        if not isinstance(node, ast.ImportFrom) or node.level == 0:
            continue
        base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
        if node.module:
            out.add(f"{base}.{node.module}")
        else:
            out.update(f"{base}.{a.name}" for a in node.names)
    return out


def _graph(*, in_functions: bool, folder: Path = MENTIONS) -> dict[str, set[str]]:
    files = {p.stem: p for p in folder.glob("_*.py") if p.stem != "__init__"}
    prefix = f"crosstally.extract.{folder.name}."
    return {n: {t.removeprefix(prefix) for t in _imports(p, in_functions=in_functions) if t.startswith(prefix)}
            for n, p in files.items()}


def test_mention_modules_import_each_other_without_cycles() -> None:
    graph = _graph(in_functions=False)
    assert {"_candidate", "_triggers", "_types", "_actors", "_sentences", "_model_only"} <= set(graph)
    assert "_actors" in graph["_sentences"]
    assert _cycle(graph) is None, _cycle(graph)
    assert _cycle(_graph(in_functions=True)) is None


def test_mention_modules_never_import_the_entry_and_every_import_resolves() -> None:
    for p in MENTIONS.glob("*.py"):
        for target in _imports(p, in_functions=True):
            assert target != "crosstally.extract._events", p.name
            importlib.import_module(target)  # a lazy "from . import _model" here would name no module


def test_mention_files_stay_small_and_the_entry_thin() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in MENTIONS.glob("*.py")}
    assert max(sizes.values()) <= 500, sizes
    tree = ast.parse((EXTRACT / "_events.py").read_text())
    assert not [n for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)]
    assert len((EXTRACT / "_events.py").read_text().splitlines()) <= 80


def test_the_names_others_import_from_events_live_in_their_modules() -> None:
    home = {"Candidate": "_candidate", "_sentence_triggers": "_triggers", "event_cues": "_triggers",
            "classify": "_types", "has_protest_cue": "_types", "without_not_armed": "_types",
            "plover_map": "_types", "find_actors": "_actors", "_subject_before": "_actors",
            "find_candidates": "_sentences", "agentless_toll": "_sentences",
            "model_candidate": "_model_only"}
    for name in events.__all__:
        assert getattr(events, name) is not None, name
    for name, module in home.items():
        assert getattr(events, name).__module__ == f"crosstally.extract._mentions.{module}", name
    assert events.METHOD == "crosstally.events.rules.v1"
    # the denial blanking is the classifier's (it applies it before the definitions); the old paths still hold it
    from crosstally.extract import _model
    from crosstally.extract._mentions import _model_only

    assert events.without_denials is _model.without_denials is _model_only.without_denials


def test_classifier_modules_import_each_other_without_cycles_and_never_the_entries() -> None:
    graph = _graph(in_functions=False, folder=CLASSIFIER)
    assert {"_analyzers", "_arguments", "_definitions", "_linear"} <= set(graph)
    assert _cycle(graph) is None, _cycle(graph)
    assert _cycle(_graph(in_functions=True, folder=CLASSIFIER)) is None
    for p in CLASSIFIER.glob("*.py"):
        for target in _imports(p, in_functions=True):
            assert target != "crosstally.extract._model", p.name
            importlib.import_module(target)  # a lazy "from ..vocab" left from the flat module would name no module


def test_classifier_files_stay_small_and_its_entry_thin() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in CLASSIFIER.glob("*.py")}
    assert max(sizes.values()) <= 500, sizes
    tree = ast.parse((EXTRACT / "_model.py").read_text())
    assert not [n for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)]


def test_the_names_others_read_from_the_model_live_in_their_modules() -> None:
    from crosstally.extract import _model

    home = {"word_ngrams": "_analyzers", "era_free": "_analyzers", "argument_tokens": "_arguments",
            "one_sided": "_arguments", "has_argument": "_arguments", "calm_crowd": "_arguments",
            "apply_definitions": "_definitions", "predict": "_linear", "available": "_linear",
            "defined_event": "_linear", "_Model": "_linear", "_Block": "_linear", "without_denials": "_denials"}
    for name in _model.__all__:
        assert getattr(_model, name) is not None, name
    for name, module in home.items():
        assert getattr(_model, name).__module__ == f"crosstally.extract._classifier.{module}", name
    shipped = EXTRACT.parent / "data" / "models" / "event_classifier.json.gz"
    assert shipped == _model.MODEL_PATH  # one folder deeper than the flat module: parents[2]
    assert _model.MODEL_PATH.exists()


def _all_imports(path: Path) -> set[str]:
    """Absolute names of the crosstally modules ``path`` imports anywhere: module level, function bodies and
    ``if TYPE_CHECKING`` blocks alike (``from .. import _model`` names ``crosstally.extract._model``)."""
    parts = list(path.relative_to(EXTRACT.parents[1]).with_suffix("").parts)
    package = parts[:-1]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.ImportFrom) or node.level == 0:
            continue
        base = ".".join(package[: len(package) - node.level + 1])
        if node.module:
            out.add(f"{base}.{node.module}")
        else:
            out.update(f"{base}.{a.name}" for a in node.names)
    return out


def test_entries_mentions_and_classifier_import_one_way_only() -> None:
    """Why: _classifier/_linear read without_denials from _events, which imports _mentions, whose _types reads the
    classifier through _model: a seven-file circle. The imports now run _classifier <- _model <- _mentions <-
    _events, lazy ones included."""
    files = [EXTRACT / "_events.py", EXTRACT / "_model.py", *MENTIONS.glob("_*.py"), *CLASSIFIER.glob("_*.py")]
    names = {".".join(p.relative_to(EXTRACT.parents[1]).with_suffix("").parts): p for p in files}
    names = {n.removesuffix(".__init__"): p for n, p in names.items()}
    graph = {n: {t for t in _all_imports(p) if t in names} for n, p in names.items()}
    assert _cycle(graph) is None, _cycle(graph)
    for n, targets in graph.items():
        if ".extract._classifier." in n:
            assert not {t for t in targets if "._classifier." not in t}, (n, targets)
        if ".extract._mentions." in n:
            assert "crosstally.extract._events" not in targets, n
    assert "crosstally.extract._model" in graph["crosstally.extract._mentions._model_only"]
