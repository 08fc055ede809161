"""The Typer apps, the consoles and what several commands share: the --db and --country options, dates,
reading documents, failing with a message."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Annotated

import typer
from rich.console import Console

from ..countries import country_code
from ..errors import Errors
from ..records import Document

app = typer.Typer(
    name="crosstally",
    help="Turn conflict reporting into a cross-checked, evidence-linked ledger of claims and incidents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(help="Manage the GeoNames gazetteer.", no_args_is_help=True)
db_app = typer.Typer(help="Manage the database schema.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(db_app, name="db")

# Wide tables when piped or logged (Rich would fall back to 80 columns and wrap every cell).
console = Console(stderr=True, width=None if sys.stderr.isatty() else 140)
out = Console(width=None if sys.stdout.isatty() else 140)

DbOption = Annotated[
    str | None, typer.Option("--db", help="Database URL (default: $CROSSTALLY_DB or sqlite:///crosstally.db).")
]


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(Errors.E017.format(value=value)) from None


CountryOption = Annotated[
    str | None,
    typer.Option(help="The country the documents come from, as an ISO 3166-1 code or its name (KE, KEN or Kenya): "
                      "a prior for same-name places; a document's own meta['country'] wins."),
]


def _country(value: str | None) -> str | None:
    """Read --country as a GeoNames country (code or name), so a typo fails before any work is done."""
    if not value:
        return None
    code = country_code(value)
    if code is None:
        raise typer.BadParameter(f"unknown country {value!r}: give an ISO 3166-1 code or a country name, e.g. KE, "
                                 "KEN or Kenya")
    return code


def _with_country(docs: Iterable[Document], country: str | None) -> Iterator[Document]:
    """Tag each document with the feed's country unless it carries its own (travels with it to worker processes)."""
    for doc in docs:
        if country and not (doc.meta or {}).get("country"):
            doc.meta["country"] = country
        yield doc


def _fail(exc: Exception) -> None:
    console.print(f"[bold red]error:[/] {exc}")
    raise typer.Exit(code=2)


def _read(paths: list[str], source: str | None, published: date | None, text_column: str | None) -> Iterator[Document]:
    from ..ingest import iter_documents

    return iter_documents(paths, source=source, published=published, text_column=text_column)
