"""Accuracy against real annotated data (``../shared/devdata``): the figures issue 3 asks for.

``evaluate(dataset, split)`` runs the real per-document pipeline on each row's text (with a
publication date 3 days after the event, never the event date) and scores the contract output
against the gold values; ``run_cli`` is what ``crosstally eval`` calls.

Country hint: each document is given its dataset's country as ``Document.meta["country"]``
(``DATASET_COUNTRY``: AF for ACLED Afghanistan, KE for ACLED Kenya, US for GVDB, none for GLOCON),
as a user ingesting one country's feed would pass ``--country``. It is one constant per dataset,
never a row's gold value; geocoding uses it as a prior, not a filter.

Relevance profile: each dataset is scored under the relevance policy its annotators' definition calls for
(``DATASET_RELEVANCE``): GLOCON codes protest and political violence, not ordinary crime, so it runs under
``political``; the others under the default ``auto`` (GVDB collects gun crime). One constant per dataset, as a
user studying contentious politics would set ``CROSSTALLY_RELEVANCE=political``.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from ._datasets import (
    DATASET_COUNTRY,
    DATASETS,
    PUBLICATION_LAG_DAYS,
    SPLITS,
    DevdataMissing,
    GoldRow,
    devdata_dir,
    read_dataset,
)
from ._report import EvalReport
from ._scoring import TARGETS, RowResult, actor_matches, same_city, same_place, score, span_checks

# The relevance policy each dataset's definition of an event calls for (the rest run under the setting's default).
DATASET_RELEVANCE: dict[str, str] = {"glocon": "political"}

__all__ = [
    "DATASETS",
    "DATASET_COUNTRY",
    "DATASET_RELEVANCE",
    "PUBLICATION_LAG_DAYS",
    "SPLITS",
    "TARGETS",
    "DevdataMissing",
    "EvalReport",
    "GoldRow",
    "RowResult",
    "actor_matches",
    "devdata_dir",
    "evaluate",
    "read_dataset",
    "run_cli",
    "same_city",
    "same_place",
    "score",
    "score_outputs",
    "span_checks",
]


def _documents(rows: list[GoldRow], dataset: str | None = None) -> list[Any]:
    """One Document per row, with the dataset's country hint (one constant per dataset, never a row's gold)."""
    from crosstally.records import Document

    country = DATASET_COUNTRY.get(dataset or "")
    meta = {"country": country} if country else {}
    docs = [Document(text=r.text, published=r.published, input_id=r.id, meta=dict(meta)) for r in rows]
    if not country:
        from crosstally.config import get_settings
        from crosstally.pipeline import mark_batch_country

        if get_settings().batch_country:  # as `crosstally extract --jsonl` does for a batch with no hint
            mark_batch_country(docs)
    return docs


def score_outputs(dataset: str, split: str, rows: list[GoldRow], outputs: list[dict[str, Any]],
                  seconds: float = 0.0) -> EvalReport:
    """Score contract dicts (one per row, same order) against the rows' gold: no pipeline run."""
    metrics, results = score(dataset, [r.gold for r in rows], outputs, [r.id for r in rows])
    statuses: dict[str, int] = {}
    errors: dict[str, int] = {}
    for o in outputs:
        statuses[o.get("status", "?")] = statuses.get(o.get("status", "?"), 0) + 1
        if o.get("status") == "error" and o.get("reasons"):
            key = str(o["reasons"][0])[:120]
            errors[key] = errors.get(key, 0) + 1
    return EvalReport(dataset=dataset, split=split, metrics=metrics, rows=results, seconds=seconds,
                      statuses=statuses, errors=errors)


def _process_one(doc: Any, relevance: str | None = None) -> Any:
    """``pipeline.process``, but a stage that cannot even be imported is one row's error, not a crash."""
    from crosstally.records import Extraction

    try:
        from crosstally.config import get_settings
        from crosstally.pipeline import process

        return process(doc, get_settings(relevance=relevance) if relevance else None)
    except Exception as exc:  # the pipeline is built in parallel: score what exists
        doc.status = "error"
        doc.reasons.append(f"pipeline: {type(exc).__name__}: {exc}")
        return Extraction(document=doc)


def _run(docs: list[Any], workers: int, relevance: str | None = None) -> list[Any]:
    if workers == 1:
        return [_process_one(d, relevance) for d in docs]
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    with ProcessPoolExecutor(max_workers=workers if workers > 0 else None) as pool:
        return list(pool.map(partial(_process_one, relevance=relevance), docs, chunksize=4))


def evaluate(dataset: str, split: str = "dev", limit: int | None = None, workers: int = 1,
             hint: bool = True) -> EvalReport:
    """Run the real pipeline on one split of a devdata set and score it (raises DevdataMissing when absent).

    ``hint=False`` gives the documents no country, as ``crosstally extract --jsonl`` runs a file whose lines carry
    none: the text and its batch must say it (``geo.infer_country``, ``geo.batch_country``).
    """
    if dataset not in DATASETS:
        raise ValueError(f"Unknown dataset '{dataset}'. Known datasets: {', '.join(DATASETS)}.")
    if split not in SPLITS:
        raise ValueError(f"Unknown split '{split}'. Use dev or test.")
    rows = read_dataset(dataset, split, limit)
    t0 = time.perf_counter()
    outputs: list[dict[str, Any]] = []
    docs = _documents(rows, dataset if hint else None)
    for row, extraction in zip(rows, _run(docs, workers, DATASET_RELEVANCE.get(dataset)),
                               strict=True):
        out = extraction.to_contract()
        out["_input_text"] = row.text
        outputs.append(out)
    report = score_outputs(dataset, split, rows, outputs, time.perf_counter() - t0)
    report.hint = hint
    return report


def run_cli(dataset: str, split: str = "dev", as_json: bool = False, limit: int | None = None,
            workers: int = 1, hint: bool = True) -> int:
    """``crosstally eval DATASET [--split dev|test] [--json] [--limit N]``: print the scores, return the exit code."""
    from rich.console import Console

    console = Console()
    err = Console(stderr=True)
    try:
        report = evaluate(dataset, split, limit=limit, workers=workers, hint=hint)
    except DevdataMissing as exc:
        err.print(f"[yellow]skipped:[/] {exc}")
        return 0
    except ValueError as exc:
        err.print(f"[red]error:[/] {exc}")
        return 2
    if as_json:
        sys.stdout.write(report.to_json() + "\n")
        return 0
    console.print(report.to_table())
    console.print(report.error_report(15))
    console.print(f"failures per field: {report.failure_counts()}")
    if report.errors:
        console.print(f"rows with status error, by reason: {report.errors}")
    return 0
