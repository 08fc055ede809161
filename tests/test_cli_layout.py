"""The command line's module layout: a package whose modules are named for the commands they hold.

Why: cli.py was one 470-line module mixing the shared options, the pipeline commands (ingest, extract, link), the
commands that read the store and the admin commands; it is now crosstally/cli/ with the command table in its
``__init__``. The table fixes the order ``crosstally --help`` lists the commands in, the console script and
``python -m crosstally.cli`` must keep working, and a module regrowing past a couple of hundred lines undoes the split.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from test_geo_layout import _cycle, _runtime_imports  # one cycle check for every package

import crosstally.cli as cli

CLI = Path(cli.__file__).parent
ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 200


def test_cli_modules_import_each_other_without_cycles() -> None:
    graph = {p.stem: _runtime_imports(p) for p in CLI.glob("*.py") if p.stem != "__main__"}
    assert set(graph) == {"__init__", "_app", "_runs", "_pipeline", "_extraction_view", "_browse", "_admin"}
    assert "_app" in graph["_pipeline"] and "_runs" in graph["_pipeline"]  # the graph is read
    assert _cycle(graph) is None, _cycle(graph)


def test_cli_modules_stay_small() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in CLI.glob("*.py")}
    assert max(sizes.values()) <= MAX_LINES, {k: v for k, v in sizes.items() if v > MAX_LINES}
    assert not (CLI.parent / "cli.py").exists()  # no one-file module left beside the package


def test_the_command_table_keeps_its_order_and_homes() -> None:
    top = [c.name or c.callback.__name__ for c in cli.app.registered_commands]
    assert top[:10] == ["ingest", "extract", "events", "documents", "export", "link", "incidents", "incident",
                        "framing", "eval"]
    assert [g.name for g in cli.app.registered_groups][:2] == ["gazetteer", "db"]
    home = {"ingest": "_pipeline", "extract": "_pipeline", "link": "_pipeline", "events": "_browse",
            "export": "_browse", "incident": "_browse", "eval": "_admin"}
    callbacks = {c.name or c.callback.__name__: c.callback for c in cli.app.registered_commands}
    for name, module in home.items():
        assert callbacks[name].__module__ == f"crosstally.cli.{module}", name


def test_the_entry_points_still_resolve() -> None:
    script = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]["crosstally"]
    module, _, attr = script.partition(":")
    assert (module, attr) == ("crosstally.cli", "main") and callable(getattr(cli, attr))
    run = subprocess.run([sys.executable, "-m", "crosstally.cli", "--help"], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "COLUMNS": "120"})
    assert run.returncode == 0, run.stderr
    assert "ingest" in run.stdout and "gazetteer" in run.stdout
