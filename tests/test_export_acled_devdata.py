"""Real ACLED rows (../shared/devdata, read at run time) → records → Store → acled-csv → the same columns back."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest

from crosstally.export import export
from crosstally.records import ActorMention, DateClaim, Document, Event, Extraction, Fatalities, Location
from crosstally.store import Store
from crosstally.vocab import load_vocab

pytestmark = pytest.mark.devdata

SAME = ("event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
        "actor2", "assoc_actor_2", "inter2", "interaction", "iso", "region", "country", "admin1", "admin2",
        "location", "latitude", "longitude", "geo_precision", "fatalities")
PER_FILE = 250


def _rows(devdata: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted(devdata.glob("acled_*/*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows += list(csv.DictReader(fh))[:PER_FILE]
    if not rows:
        pytest.skip("no ACLED csv in ../shared/devdata")
    return rows


def _day(text: str) -> date:
    for fmt in ("%d %B %Y", "%d-%m-%y", "%Y-%m-%d"):  # the two files use different date forms
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _extraction(r: dict[str, str], alpha2: str) -> Extraction:
    day = _day(r["event_date"])
    actors = [ActorMention(role, r[role], r[role], int(r[inter]) if r[inter] not in ("", "0") else None)
              for role, inter in (("actor1", "inter1"), ("actor2", "inter2")) if r[role]]
    actors += [ActorMention(role, name.strip(), name.strip())
               for role in ("assoc_actor_1", "assoc_actor_2") for name in r[role].split(";") if name.strip()]
    ev = Event(
        r["event_type"], r["sub_event_type"], date=DateClaim(day, day, int(r["time_precision"])),
        location=Location(r["location"], r["admin1"] or None, r["admin2"] or None, r["country"], alpha2,
                          float(r["latitude"]), float(r["longitude"]), precision=int(r["geo_precision"])),
        actors=actors, fatalities=Fatalities(int(r["fatalities"]), int(r["fatalities"]), None),
    )
    return Extraction(Document(text=r["notes"], source=r["source"] or None), [ev])


def test_acled_rows_survive_store_and_export(devdata: Path, tmp_path: Path) -> None:
    alpha2 = {e["alpha3"]: e["alpha2"] for e in load_vocab("iso_countries")["entries"]}
    rows = _rows(devdata)
    by_doc: dict[str, dict[str, str]] = {}
    with Store(f"sqlite:///{tmp_path / 'acled.db'}") as store:
        for r in rows:
            ex = _extraction(r, alpha2[r["iso3"]])
            if ex.document.id in by_doc:  # identical notes: one document, as the store dedupes by content
                continue
            assert store.save(ex).status == "inserted"
            by_doc[ex.document.id] = r
        buf = io.StringIO()
        n = export(store, "acled-csv", buf)
    assert n == len(by_doc) > 100
    mismatches = []
    for got in csv.DictReader(io.StringIO(buf.getvalue())):
        want = by_doc[got["event_id_cnty"].split("-")[2]]
        want = {**want, "event_date": _day(want["event_date"]).isoformat()}
        for col in SAME:
            a, b = got[col], want[col]
            if col in ("latitude", "longitude"):
                a, b = f"{float(a):.4f}", f"{float(b):.4f}"
            if col in ("assoc_actor_1", "assoc_actor_2"):
                a, b = "; ".join(x.strip() for x in a.split(";")), "; ".join(x.strip() for x in b.split(";"))
            if a != b:
                mismatches.append((col, a, b))
    assert not mismatches, f"{len(mismatches)} cells differ, e.g. {mismatches[:5]}"
