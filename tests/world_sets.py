"""Shared helpers for the ACLED-style note sets we wrote (tests/fixtures/world_notes*.jsonl).

Each set is read, run through the real pipeline with no country hint and scored with
``test_world_notes.score_world``. A held-out set shows its summary only: printing its failures would spend it.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from test_world_notes import _report, score_world

TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments"}


def read_set(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_set(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every note through the real pipeline, no country hint, as contract dicts."""
    from crosstally.pipeline import process
    from crosstally.records import Document

    return [process(Document(text=r["text"], published=date.fromisoformat(r["published"]),
                             input_id=r["id"])).to_contract() for r in rows]


def summary(shares: dict[str, float]) -> str:
    return "\n".join(f"{k:<16}{v:.3f}" for k, v in shares.items())


def check_shape(rows: list[dict[str, Any]], n: int) -> None:
    """n notes with unique ids, all six event types, ACLED's "On <date>," opening, published 3 days after."""
    assert len(rows) == n
    assert len({r["id"] for r in rows}) == n
    assert {r["gold"]["event_type"] for r in rows} == TYPES
    for r in rows:
        assert r["text"].startswith("On ")
        assert (date.fromisoformat(r["published"]) - date.fromisoformat(r["gold"]["date"])).days == 3


def check_floors(rows: list[dict[str, Any]], outs: list[dict[str, Any]], floors: dict[str, float],
                 held_out: bool) -> None:
    """Each share at or above its floor; the message shows failures for a tune set, the summary only otherwise."""
    shares, fails = score_world(rows, outs)
    shown = summary(shares) if held_out else _report(shares, fails)
    for k, floor in floors.items():
        assert shares[k] >= floor, f"{k} fell to {shares[k]} (floor {floor})\n{shown}"


def main(fixture: Path, held_out: bool) -> None:
    """``python tests/test_world_notes.py OUT.jsonl`` (or ``test_world_notes_heldout.py NAME OUT.jsonl``): the table (and a tune set's failures) for an extract output."""
    got = read_set(Path(sys.argv[1]))
    shares, fails = score_world(read_set(fixture), got)
    print(summary(shares) if held_out else _report(shares, fails))
