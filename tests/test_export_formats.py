"""Exports: ACLED CSV columns and rules, the JSONL contract, GeoJSON, Parquet, the registry."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from catalogue import REGISTRY

from crosstally.errors import ConfigError
from crosstally.export import (
    DOCUMENT_SCHEMA,
    EVENT_SCHEMA,
    disorder_type,
    documents_path,
    export,
    formats,
    interaction,
)
from crosstally.records import Document, Event, Extraction
from crosstally.registry import exporters
from crosstally.store import Store
from crosstally.vocab import load_vocab

# ACLED's current export columns, in ACLED's order and spelling.
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
ACLED_REGIONS = {
    "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "South Asia",
    "Southeast Asia", "East Asia", "Middle East", "Europe", "Caucasus and Central Asia", "Central America",
    "South America", "Caribbean", "North America", "Oceania", "Antarctica",
}


def _acled_rows(source) -> list[dict[str, str]]:
    buf = io.StringIO()
    export(source, "acled-csv", buf)
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


def _acled(extractions: list[Extraction]) -> list[dict[str, str]]:
    buf = io.StringIO()
    n = export(extractions, "acled-csv", buf, timestamp=1741600000)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows)
    return rows


def test_acled_csv_columns_and_values(make_extraction) -> None:
    ex = make_extraction()
    buf = io.StringIO()
    export([ex], "acled-csv", buf, timestamp=1741600000)
    assert buf.getvalue().splitlines()[0].split(",") == ACLED_COLUMNS
    first, second = _acled([ex])
    assert first["event_id_cnty"] == f"SYR-CT-{ex.document.id}-0"
    assert re.fullmatch(r"[A-Z]{3}-CT-[0-9a-f]{16}-\d+", second["event_id_cnty"])
    assert (first["event_date"], first["year"], first["time_precision"]) == ("2025-03-07", "2025", "1")
    assert first["disorder_type"] == "Political violence"
    assert (first["inter1"], first["inter2"], first["interaction"]) == ("1", "7", "17")
    assert first["assoc_actor_2"] == "Alawite Group (Syria)"
    assert first["civilian_targeting"] == "Civilian targeting"
    assert (first["iso"], first["region"], first["country"]) == ("760", "Middle East", "Syria")
    assert (first["admin1"], first["location"], first["latitude"], first["longitude"]) == (
        "Tartus", "Baniyas", "35.1822", "35.9401")
    assert first["fatalities"] == "42"  # ACLED's conservative figure, not the 1,200 coast-wide claim
    assert second["fatalities"] == "0"  # no figure for this event: 0, as ACLED
    assert first["source"] == "Syrian Observatory for Human Rights; Reuters"
    assert first["notes"].startswith("On 2025-03-07, in Baniyas (Tartus, Syria), attack (violence against civilians)")
    assert "According to Syrian Observatory for Human Rights (relayed by Reuters), at least 42 killed" in first["notes"]
    assert second["notes"].startswith("Between 2025-03-07 and 2025-03-08")
    assert first["timestamp"] == "1741600000"


def test_acled_rules_without_place_actor_or_date() -> None:
    doc = Document(text="Protesters gathered.", source="AFP", published=date(2024, 5, 1))
    ev = Event("Protests", "Excessive force against protesters")
    (row,) = _acled([Extraction(doc, [ev])])
    assert row["event_id_cnty"] == f"XXX-CT-{doc.id}-0"
    assert (row["event_date"], row["time_precision"]) == ("2024-05-01", "3")
    assert row["disorder_type"] == "Political violence; Demonstrations"
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("0", "0", "")
    assert row["iso"] == row["region"] == row["latitude"] == ""
    assert row["notes"] == "Excessive force against protesters (protests) by unidentified actors. According to AFP; no figure given."


@pytest.mark.parametrize(
    ("event_type", "sub", "expected"),
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Riots", "Mob violence", "Political violence"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Strategic developments", "Agreement", "Strategic developments"),
        ("Explosions/Remote violence", "Air/drone strike", "Political violence"),
    ],
)
def test_disorder_type(event_type: str, sub: str, expected: str) -> None:
    assert disorder_type(event_type, sub) == expected


def test_every_acled_event_type_has_a_disorder_type() -> None:
    for entry in load_vocab("acled_event_types")["entries"]:
        for sub in entry["sub_event_types"]:
            assert disorder_type(entry["event_type"], sub["name"]), (entry["event_type"], sub["name"])


def test_interaction_codes() -> None:
    assert interaction(7, 2) == interaction(2, 7) == "27"
    assert interaction(6, None) == "60"
    assert interaction(1, 1) == "11"
    assert interaction(None, 3) == ""


def test_country_table() -> None:
    entries = load_vocab("iso_countries")["entries"]
    assert len({e["alpha2"] for e in entries}) == len(entries) > 240
    numerics = [e["numeric"] for e in entries if e["numeric"]]
    assert len(set(numerics)) == len(numerics)
    assert {e["region"] for e in entries} <= ACLED_REGIONS


def test_jsonl_is_the_contract(make_extraction, tmp_path: Path) -> None:
    exs = [make_extraction(), make_extraction("Nothing happened here.", url=None, n_events=0, status="no_event")]
    out = tmp_path / "out.jsonl"
    assert export(exs, "jsonl", out) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == [e.to_contract() for e in exs]
    assert lines[1]["status"] == "no_event" and lines[1]["reasons"]


def test_geojson_features(make_extraction) -> None:
    ex = make_extraction()
    buf = io.StringIO()
    assert export([ex], "geojson", buf) == 2
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection"
    located, unlocated = fc["features"]
    assert located["geometry"] == {"type": "Point", "coordinates": [35.9401, 35.1822]}  # lon, lat
    assert unlocated["geometry"] is None  # kept, without coordinates
    p = located["properties"]
    assert (p["source"], p["url"], p["title"]) == ("Reuters", "https://example.org/a/1", "Killings on the coast")
    assert (p["event_type"], p["date_start"], p["fatalities_low"], p["actor2_inter"]) == (
        "Violence against civilians", "2025-03-07", 42, 7)
    span = json.loads(p["evidence"])[0]
    assert ex.document.text[span["start"]:span["end"]].startswith("at least 42 civilians")
    empty = io.StringIO()
    assert export([], "geojson", empty) == 0
    assert json.loads(empty.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_parquet_tables(make_extraction, tmp_path: Path) -> None:
    exs = [make_extraction(), make_extraction("A second report.", url="https://e.org/2", n_events=1)]
    out = tmp_path / "events.parquet"
    assert export(exs, "parquet", out) == 3
    events = pq.read_table(out)
    assert events.schema.equals(EVENT_SCHEMA)
    rows = events.to_pylist()
    assert [r["idx"] for r in rows] == [0, 1, 0]
    assert rows[0]["date_start"] == date(2025, 3, 7) and rows[0]["lat"] == 35.1822
    assert rows[0]["attributed_to"] == ["Syrian Observatory for Human Rights"]
    assert rows[1]["lat"] is None and rows[1]["fatalities_low"] is None
    assert json.loads(rows[0]["counts"])[1]["low"] == 1200
    docs = pq.read_table(documents_path(out))
    assert docs.schema.equals(DOCUMENT_SCHEMA)
    assert docs.column("n_events").to_pylist() == [2, 1]
    buf = io.BytesIO()
    assert export(exs, "parquet", buf) == 3
    assert pq.read_table(io.BytesIO(buf.getvalue())).num_rows == 3
    with pytest.raises(TypeError):
        export(exs, "parquet", io.StringIO())


def test_export_from_store_and_registry(make_extraction, tmp_path: Path) -> None:
    exs = [make_extraction(), make_extraction("Third text.", url="https://e.org/3", n_events=1)]
    with Store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        for ex in exs:
            store.save(ex)
        from_store, direct = io.StringIO(), io.StringIO()
        assert export(store, "jsonl", from_store) == 2
        export(sorted(exs, key=lambda e: e.document.id), "jsonl", direct)
        assert from_store.getvalue() == direct.getvalue()
        # Exports read through the store, so analysts' corrections are in them.
        store.correct(exs[0].document.id, 0, "fatalities.low", 45, who="analyst")
        row = next(r for r in _acled_rows(store) if r["event_id_cnty"].endswith(f"{exs[0].document.id}-0"))
        assert row["fatalities"] == "45"
    with pytest.raises(ConfigError, match="E034"):
        export(exs, "ged-xml", io.StringIO())

    def ged(extractions, out, **_):  # an outside package can plug the next format in
        return sum(len(e.events) for e in extractions)

    exporters.register("crosstally.export.ged_xml.v1", func=ged)
    try:
        assert export(exs, "ged-xml", io.StringIO()) == 3
        assert "crosstally.export.ged_xml.v1" in formats()
    finally:
        REGISTRY.pop(("crosstally", "exporters", "crosstally.export.ged_xml.v1"), None)
    assert "crosstally.export.ged_xml.v1" not in formats()


def _devdata_rows(devdata: Path) -> Iterator[dict[str, str]]:
    for path in sorted(devdata.glob("acled_*/*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh)


@pytest.mark.devdata
def test_acled_mapping_tables_agree_with_acled_exports(devdata: Path) -> None:
    """Rebuild each real ACLED row's derived columns (iso, region, interaction) from our tables."""
    iso3 = {e["alpha3"]: e for e in load_vocab("iso_countries")["entries"]}
    rows = list(_devdata_rows(devdata))
    if not rows:
        pytest.skip("no ACLED csv in devdata")
    bad = []
    for r in rows:
        country = iso3[r["iso3"]]
        i1, i2 = int(r["inter1"]), int(r["inter2"] or 0)
        got = (str(country["numeric"]), country["region"], interaction(i1, i2 or None))
        if got != (r["iso"], r["region"], r["interaction"]):
            bad.append((r["event_id_cnty"], got))
    assert not bad, f"{len(bad)} of {len(rows)} rows differ, e.g. {bad[:3]}"
