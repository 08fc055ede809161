"""Fatalities and event types on real ACLED notes from ../shared/devdata (read at run time, never copied).

Dev split only: Afghanistan rows dated 1–14 March 2020 and Kenya rows before 2016. Kenya 2016+ and Afghanistan
15–21 March 2020 are the held-out test split and are never read here.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest

from crosstally.extract import extract
from crosstally.records import Document

pytestmark = [pytest.mark.devdata, pytest.mark.slow]

N_PER_SET = 160  # 320 notes in all


def _date(s: str) -> date | None:
    for fmt in ("%d %B %Y", "%d-%m-%y", "%d-%B-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    return None


def _dev_rows(devdata: Path) -> list[dict[str, str]]:
    af = devdata / "acled_afghanistan_2020" / "acled_afghanistan_2020.csv"
    ke = devdata / "acled_kenya_2004_2020" / "acled_kenya.csv"
    rows: list[dict[str, str]] = []
    if af.exists():
        with af.open(encoding="utf-8") as fh:
            dev = [r for r in csv.DictReader(fh) if (d := _date(r["event_date"])) and d.day <= 14]
        rows += dev[:: max(1, len(dev) // N_PER_SET)][:N_PER_SET]
    if ke.exists():
        with ke.open(encoding="utf-8") as fh:
            dev = [r for r in csv.DictReader(fh) if int(r["year"]) < 2016]
        rows += dev[:: max(1, len(dev) // N_PER_SET)][:N_PER_SET]
    return rows


def test_acled_notes_fatalities_agreement(nlp, devdata) -> None:
    rows = _dev_rows(devdata)
    if len(rows) < 300:
        pytest.skip("fewer than 300 ACLED dev notes available")
    exact = typed = 0
    for r in rows:
        doc = Document(text=r["notes"], published=_date(r["event_date"]))
        ex = extract(doc, nlp(doc.text))
        e = ex.events[0] if ex.events else None
        pred = (e.fatalities.low or 0) if e else 0
        exact += pred == int(r["fatalities"])
        typed += bool(e) and e.event_type == r["event_type"]
    n = len(rows)
    print(f"\nACLED dev notes: n={n} fatalities exact={exact / n:.3f} event_type={typed / n:.3f}")
    assert exact / n >= 0.85
    assert typed / n >= 0.75
