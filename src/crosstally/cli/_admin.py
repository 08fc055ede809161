"""The commands beside the ledger: ``eval`` (score against the dev/test sets), ``gazetteer load`` and
``db upgrade``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..config import get_settings
from ..errors import CrosstallyError
from ._app import DbOption, _fail, console


def evaluate(
    dataset: Annotated[str, typer.Argument(help="acled-afghanistan | acled-kenya | gvdb | glocon")],
    split: Annotated[str, typer.Option(help="dev | test")] = "dev",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    limit: Annotated[int | None, typer.Option(help="Score at most N rows.")] = None,
    hint: Annotated[bool, typer.Option("--hint/--no-hint", help="Give the texts their dataset's country (the "
                                       "default), or none, as `extract --jsonl` runs lines that carry none.")] = True,
) -> None:
    """Score the pipeline against the real sets in ../shared/devdata."""
    from ..eval import run_cli

    raise typer.Exit(code=run_cli(dataset, split, as_json, limit, hint=hint))


def gazetteer_load(path: Annotated[Path, typer.Argument(help="A GeoNames country dump, e.g. SY.zip.")]) -> None:
    """Load a full GeoNames country dump so geocoding uses it too."""
    from ..geo import load_gazetteer_dump

    try:
        n = load_gazetteer_dump(path, get_settings())
    except CrosstallyError as exc:
        _fail(exc)
    console.print(f"loaded {n:,} places from {path}")


def db_upgrade(db: DbOption = None) -> None:
    """Migrate the database schema to the latest revision."""
    from ..store import upgrade

    url = get_settings(db=db).db
    upgrade(url)
    console.print(f"{url} is at the latest schema revision")
