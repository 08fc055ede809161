"""The evaluation package's layout: one scorer module per dataset over shared helpers, imported in one direction.

Why: eval/_scoring.py was one 640-line module (targets, place and actor matching, evidence checks, three
dataset scorers); it is now a package whose modules a reader finds by name. A runtime import cycle among them
would make the package's import order matter, and one module regrowing past a few hundred lines undoes the split.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_geo_layout import _cycle, _runtime_imports  # one cycle check for every package

import crosstally.eval as ev
import crosstally.eval._scoring as scoring

EVAL = Path(ev.__file__).parent
SCORING = Path(scoring.__file__).parent
MAX_LINES = 300


def _graph(folder: Path) -> dict[str, set[str]]:
    return {p.stem: _runtime_imports(p) for p in folder.glob("_*.py") if p.stem != "__init__"}


def test_scoring_modules_import_each_other_without_cycles() -> None:
    graph = _graph(SCORING)
    assert set(graph) == {"_targets", "_results", "_fold", "_places", "_actors", "_evidence", "_readings", "_acled",
                          "_gvdb", "_glocon", "_dispatch"}
    assert {"_acled", "_gvdb", "_glocon"} <= graph["_dispatch"] and "_fold" in graph["_places"]  # the graph is read
    assert _cycle(graph) is None, _cycle(graph)
    assert _cycle(_graph(EVAL)) is None, _cycle(_graph(EVAL))


def test_eval_files_stay_small() -> None:
    sizes = {str(p.relative_to(EVAL)): len(p.read_text().splitlines()) for p in EVAL.rglob("*.py")}
    assert len(sizes) >= 15, sizes
    assert max(sizes.values()) <= MAX_LINES, {k: v for k, v in sizes.items() if v > MAX_LINES}
    assert not (EVAL / "_scoring.py").exists()  # no one-file module left beside the package


def test_each_name_lives_in_the_module_named_for_it() -> None:
    home = {
        "score_acled": "_acled", "score_gvdb": "_gvdb", "score_glocon": "_glocon", "score": "_dispatch",
        "targets_for": "_targets", "RowResult": "_results", "weighted_f1": "_results", "fold": "_fold",
        "same_place": "_places", "same_city": "_places", "haversine_km": "_places", "actor_matches": "_actors",
        "span_checks": "_evidence", "names_one_person": "_evidence", "fatalities_of": "_readings",
        "injured_of": "_readings", "event_date": "_readings",
    }
    for name, module in home.items():
        assert getattr(scoring, name).__module__ == f"crosstally.eval._scoring.{module}", name


def test_every_dataset_has_a_scorer() -> None:
    for dataset in ev.DATASETS:
        metrics, rows = ev.score(dataset, [], [], [])
        assert metrics["n"] == 0 and rows == [], dataset
    with pytest.raises(ValueError, match="Unknown dataset"):
        ev.score("ucdp", [], [], [])


def test_the_names_other_modules_import_stay_in_the_package() -> None:
    from crosstally.eval import _report

    assert _report.targets_for is scoring.targets_for and _report.RowResult is scoring.RowResult
    for name in ("TARGETS", "RowResult", "actor_matches", "same_city", "same_place", "score", "span_checks"):
        assert getattr(ev, name) is getattr(scoring, name), name
    for name in ("event_date", "first_event", "names_one_person", "fatalities_of", "haversine_km", "score_acled",
                 "score_glocon", "score_gvdb", "date_stated", "injured_of", "_mapped_span"):  # what tests import
        assert callable(getattr(scoring, name)), name
    assert set(scoring.__all__) <= set(dir(scoring))
