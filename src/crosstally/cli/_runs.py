"""Progress and the closing summary of a batch of documents (ingest, extract --jsonl, link --jsonl)."""

from __future__ import annotations

from collections import Counter

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from ..records import Extraction
from ._app import console


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
