"""The HELD-OUT probes of incident dates in short news reports: date_probe (40), date_probe2 (30), date_probe3 (30).

Why: each set of invented incidents in real places was written before its dates round (2026-11-26) and never read
for failures; it measures whether the date rules generalise beyond GVDB dev and the sets they were fixed on:
weekdays with and without "last", "overnight", possessives, dated datelines, follow-ups and trials about older
incidents, week-old events, ranges, month names in several styles, "two days earlier", places named like months or
weekdays. Only the summary shares are printed or asserted; the failure list is never shown.

date_probe3 (dates round 8): half US local news, half ACLED-style notes from several countries; weekdays with and
without a dateline, "late Saturday", "overnight into Sunday", ranges, a month only, follow-ups days later, an
anniversary, a court date after the incident.

``python tests/test_date_probe.py [date_probe|date_probe2|date_probe3]`` prints the shares.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

# History (2026-11-26), the two scorings of the held-out protocol (code before the round's changes → after):
# date_probe: date_exact 0.900 → 0.975, date_within_1 0.900 → 0.975, precision 0.925 → 0.925.
# date_probe2: date_exact 0.733 → 0.767, date_within_1 0.733 → 0.800, precision 0.867 → 0.867.
# Dates round 8 (2026-11-26, SPENT sets read for failures): date_probe 0.975 / 0.975 / 0.975, date_probe2 0.867 / 0.867 /
# 0.867 (weekday spans, a night across two days, "two days earlier" from the sentence's own day, a custody day
# before its verb, "N days after" a beating).
# date_probe3 (held out, round 8): date_exact 0.900 → 0.900, date_within_1 0.933 → 0.933, precision 0.867 → 0.933.
# Floors one report below the second scoring (other stages change the inputs too).
# name: (reports, floors)
SETS: dict[str, tuple[int, dict[str, float]]] = {
    "date_probe": (40, {"date_exact": 0.95, "date_within_1": 0.95, "precision": 0.9}),
    "date_probe2": (30, {"date_exact": 0.83, "date_within_1": 0.83, "precision": 0.83}),
    "date_probe3": (30, {"date_exact": 0.86, "date_within_1": 0.89, "precision": 0.89}),
}


def _rows(name: str) -> list[dict[str, Any]]:
    path = FIXTURES / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def shares(name: str) -> dict[str, float]:
    """Share right per measure over the set (summary only: the set is held out)."""
    from crosstally.pipeline import process
    from crosstally.records import Document

    hits: dict[str, list[bool]] = {"date_exact": [], "date_within_1": [], "precision": []}
    for r in _rows(name):
        ext = process(Document(text=r["text"], published=date.fromisoformat(r["published"]), input_id=r["id"]))
        ev = ext.events[0] if ext.events else None
        got = ev.date if ev is not None else None
        gold = date.fromisoformat(r["gold"]["date"])
        hits["date_exact"].append(got is not None and got.start == gold)
        hits["date_within_1"].append(got is not None and abs((got.start - gold).days) <= 1)
        hits["precision"].append(got is not None and got.precision == r["gold"]["time_precision"])
    return {k: sum(v) / len(v) for k, v in hits.items()}


@pytest.mark.parametrize("name", list(SETS))
def test_fixture_shape(name: str) -> None:
    rows, n = _rows(name), SETS[name][0]
    assert len(rows) == n and len({r["id"] for r in rows}) == n
    assert all(date.fromisoformat(r["gold"]["date"]) <= date.fromisoformat(r["published"]) for r in rows)


@pytest.mark.parametrize("name", list(SETS))
def test_heldout_floors(name: str, nlp: Any) -> None:  # nlp: the real model, loaded once
    got = shares(name)
    for k, floor in SETS[name][1].items():
        assert got[k] >= floor, f"{name}: {k} fell to {got[k]:.3f} (floor {floor})"


if __name__ == "__main__":
    for name in sys.argv[1:] or list(SETS):
        print(name)
        for k, v in shares(name).items():
            print(f"  {k:<14}{v:.3f}")
