"""The commands that read the store: ``events``, ``documents``, ``incidents``, ``incident``, ``framing``, and
``export`` (the stored claims in other tools' formats)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..config import get_settings
from ..errors import CrosstallyError
from ._app import DbOption, _fail, console, out


def events(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 30,
    country: Annotated[str | None, typer.Option(help="ISO country code filter.")] = None,
) -> None:
    """List stored events, newest first."""
    from ..store import Store

    settings = get_settings(db=db)
    store = Store(settings.db)
    table = Table(title=f"events in {settings.db}")
    for col in ("date", "type / sub-type", "place", "actors", "killed", "source"):
        table.add_column(col)
    n = 0
    for ex in store.extractions():
        for e in ex.events:
            if country and (not e.location or e.location.country_code != country):
                continue
            table.add_row(
                str(e.date.start) if e.date else "-",
                f"{e.event_type} / {e.sub_event_type}",
                ", ".join(x for x in (e.location.name if e.location else None,
                                      e.location.admin1 if e.location else None) if x) or "-",
                "; ".join(a.name for a in e.actors)[:60],
                "-" if e.fatalities.low is None else f"{e.fatalities.low}" + (f"–{e.fatalities.high}" if e.fatalities.high and e.fatalities.high != e.fatalities.low else ""),
                ex.document.source or "-",
            )
            n += 1
            if n >= limit:
                break
        if n >= limit:
            break
    out.print(table)


def documents(
    db: DbOption = None,
    status: Annotated[str | None, typer.Option(help="ok | no_event | not_english | empty | error")] = None,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 50,
) -> None:
    """List stored documents with their status and reasons."""
    from ..store import Store

    store = Store(get_settings(db=db).db)
    table = Table(title="documents")
    for col in ("id", "status", "source", "title / origin", "reasons"):
        table.add_column(col)
    for doc in store.documents(status=status, limit=limit):
        table.add_row(doc.id, doc.status, doc.source or "-", (doc.title or doc.origin or "")[:50], "; ".join(doc.reasons)[:80])
    out.print(table)


def export(
    fmt: Annotated[str, typer.Option("--format", help="acled-csv | ucdp-csv | jsonl | geojson | parquet")],
    out_path: Annotated[str, typer.Option("--out", help="Output file.")],
    db: DbOption = None,
    incidents: Annotated[bool, typer.Option("--incidents", help="One row per linked incident (acled-csv, jsonl, geojson).")] = False,
) -> None:
    """Write the stored claims (and incidents) in a format other tools read."""
    from ..export import export as do_export
    from ..store import Store

    store = Store(get_settings(db=db).db)
    try:
        n = do_export(store, fmt, Path(out_path), **({"incidents": True} if incidents else {}))
    except CrosstallyError as exc:
        _fail(exc)
    console.print(f"wrote {n} rows to {out_path} ({fmt})")


def incidents(db: DbOption = None, limit: Annotated[int, typer.Option()] = 50) -> None:
    """Incidents with reconciled ranges and independent-source counts."""
    from ..link import incidents_table

    out.print(incidents_table(get_settings(db=db).db, limit=limit))


def incident(incident_id: str, db: DbOption = None) -> None:
    """One incident: the claims ledger, figure series per source, disagreements, framing side by side."""
    from ..link import incident_view

    try:
        for renderable in incident_view(get_settings(db=db).db, incident_id):
            out.print(renderable)
    except CrosstallyError as exc:
        _fail(exc)


def framing(source: Annotated[str, typer.Option(help="Source (outlet) name.")], db: DbOption = None) -> None:
    """How one source frames the events it reports."""
    from ..framing import source_framing_view

    for renderable in source_framing_view(get_settings(db=db).db, source):
        out.print(renderable)
