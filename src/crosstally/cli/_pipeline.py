"""The commands that run the pipeline: ``ingest`` (into the store), ``extract`` (no store: the JSONL contract or
one document printed readably) and ``link`` (incidents, from the store or a JSONL batch)."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Annotated

import typer

from ..config import get_settings
from ..errors import CrosstallyError
from ..records import Document, Extraction
from ._app import CountryOption, DbOption, _country, _date, _fail, _read, _with_country, console
from ._extraction_view import _print_extraction
from ._runs import _progress, _summary, _tally


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
    from ..ingest import prepare
    from ..pipeline import process_many
    from ..store import Store

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
    from ..pipeline import process_many

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
    from ..ingest import iter_documents
    from ..pipeline import process_many

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
            from ..link import link_batch

            for line in link_batch(results):
                sink.write(json.dumps(line, ensure_ascii=False) + "\n")
    finally:
        if sink is not sys.stdout:
            sink.close()
    console.print(_summary("link" if link else "extract", statuses, events, counts, time.perf_counter() - start))


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
    from ..link import link_store

    start = time.perf_counter()
    summary = link_store(settings.db, since=_date(since))
    console.print(f"linked {summary.get('events', 0)} events into {summary.get('incidents', 0)} incidents "
                  f"({summary.get('new', 0)} new) in {time.perf_counter() - start:.1f} s")
