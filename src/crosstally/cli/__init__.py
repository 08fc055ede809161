"""The ``crosstally`` command: a thin layer over the public library.

Each command parses its options, calls one public function and formats the result;
nothing here knows how extraction, storage or linking work.

Layout: this package's ``__init__`` holds the command table (the order ``crosstally --help`` lists them in) and
the entry point :func:`main`; the commands live in modules named for what they do
(``tests/test_cli_layout.py``):

- ``_app``: the Typer apps, the consoles, the shared options and checks
- ``_runs``: progress and the closing summary of a batch
- ``_pipeline``: ``ingest``, ``extract``, ``link``
- ``_extraction_view``: one extraction printed for a reader
- ``_browse``: ``events``, ``documents``, ``export``, ``incidents``, ``incident``, ``framing``
- ``_admin``: ``eval``, ``gazetteer load``, ``db upgrade``
"""

from __future__ import annotations

import sys

from ..errors import CrosstallyError
from ._admin import db_upgrade, evaluate, gazetteer_load
from ._app import app, console, db_app, gazetteer_app
from ._browse import documents, events, export, framing, incident, incidents
from ._pipeline import extract, ingest, link

__all__ = ["app", "main"]

# The command table, in the order --help lists it.
for _command in (ingest, extract, events, documents, export, link, incidents, incident, framing):
    app.command()(_command)
app.command("eval")(evaluate)
gazetteer_app.command("load")(gazetteer_load)
db_app.command("upgrade")(db_upgrade)
del _command


def _register_optional() -> None:
    """Commands whose modules are heavier (web, report) register themselves here."""
    try:
        from ..web.commands import register
    except ImportError:
        return
    register(app)


_register_optional()


def main() -> None:
    """The console script: a library error ends the run with its message and exit code 2, not a traceback."""
    try:
        app()
    except CrosstallyError as exc:
        console.print(f"[bold red]error:[/] {exc}")
        sys.exit(2)
