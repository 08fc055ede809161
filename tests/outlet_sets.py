"""Shared helpers for the several-outlets linking sets (tests/fixtures/linking/outlets*.jsonl).

Each set is read, run through the whole pipeline and linked exactly as ``scripts/bench_link.py --gold`` does; the
score is on each document's most salient event.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from crosstally.link import link_events, pairwise_f1
from crosstally.pipeline import process
from crosstally.records import Document

FIELDS = {"id", "text", "published", "source", "url", "title", "gold_incident", "gold_parent", "constructed"}


def read_set(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def link_set(rows: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, Any]]:
    """(report id → predicted incident, pairwise P/R/F1 against the gold incidents) for the reports with an event."""
    exts = [process(Document(text=r["text"], input_id=r["id"], source=r.get("source"), title=r.get("title"),
                             published=date.fromisoformat(r["published"]))) for r in rows]
    res = link_events(exts)
    gold = {(e.document.id, 0): r["gold_incident"] for e, r in zip(exts, rows, strict=True) if e.events}
    pred = {r["id"]: res.assignments[(e.document.id, 0)][0] for e, r in zip(exts, rows, strict=True) if e.events}
    return pred, pairwise_f1(res.assignments, gold)


def check_fixture(rows: list[dict[str, Any]], n: int, incidents: int, earlier: list[Path]) -> None:
    """Ids, fields, counts, dates, and no text shared with the sets written before it."""
    assert len(rows) == n and len({r["id"] for r in rows}) == n
    assert len({r["gold_incident"] for r in rows}) == incidents
    for r in rows:
        assert set(r) >= FIELDS
        assert r["constructed"] is True and r["gold_parent"] is None
        date.fromisoformat(r["published"])
    before = {r["text"] for path in earlier for r in read_set(path)}
    assert not before & {r["text"] for r in rows}
