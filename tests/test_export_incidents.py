"""Incident exports: ucdp-csv, and acled-csv / jsonl / geojson with incidents=True.

The corpus is written here (our own sentences, real March 2025 figures): a coast-wide toll over several days
with a monitor's updates and a newspaper relaying them, a village killing nested in it, a battle between the
state and an armed group, a clash between two armed groups, and a protest. Linking and reconciliation are the
real ones; the Store is a real SQLite file.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosstally.cli import app
from crosstally.export import (
    INCIDENT_COLUMNS,
    collect_incidents,
    date_prec,
    export,
    formats,
    priogrid_gid,
    type_of_violence,
    ucdp_columns,
    where_prec,
)
from crosstally.export._acled import columns as acled_columns
from crosstally.link import link_store
from crosstally.records import (
    ActorMention,
    Count,
    DateClaim,
    Document,
    Event,
    Extraction,
    Fatalities,
    Location,
    Span,
)
from crosstally.store import Store

VAC = "Violence against civilians"
GOV = dict(name="Military Forces of Syria (2024-)", inter=1, country="SY")
CIV = dict(name="Civilians (Syria)", inter=7, country="SY")
COAST = dict(place="Syrian coast", admin1=None, lprec=3, lat=None, lon=None, actor1=GOV, actor2=CIV)
VILLAGE = dict(place="Al-Mukhtariyah", admin1="Latakia", admin2="Latakia", lat=35.62, lon=35.93, lprec=1,
               date=("2025-03-07", "2025-03-07"), actor1=GOV, actor2=CIV)

GED_24_1 = [
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
    "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
    "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
]


def _actor(role: str, spec: dict | None) -> list[ActorMention]:
    if not spec:
        return []
    return [ActorMention(role=role, name=spec["name"], mention=spec["name"], inter=spec["inter"],
                         country=spec.get("country"))]


def make_ext(doc_id: str, source: str, published: str, events: list[dict]) -> Extraction:
    """One document whose events each have their own sentence in its text."""
    sentences = [e["sentence"] for e in events]
    body = " ".join(sentences)
    doc = Document(text=body, id=doc_id, source=source, published=date.fromisoformat(published),
                   url=f"https://news.example.org/{doc_id}", title=f"{source} report {doc_id}")
    evs = []
    for i, e in enumerate(events):
        at = body.find(e["sentence"])
        span = [Span(at, at + len(e["sentence"]))]
        d0, d1 = e.get("date", (published, published))
        counts = [Count(kind=k, low=v, qualifier=e.get("qualifier", "exact"), group=e.get("group"),
                        attributed_to=e.get("attributed"), evidence=span, phrase=str(v))
                  for k, v in e.get("counts", {}).items()]
        evs.append(Event(
            event_type=e.get("type", VAC), sub_event_type=e.get("sub", "Attack"),
            date=DateClaim(date.fromisoformat(d0), date.fromisoformat(d1), e.get("dprec", 1 if d0 == d1 else 2)),
            location=Location(name=e["place"], admin1=e.get("admin1"), admin2=e.get("admin2"), country="Syria",
                              country_code="SY", lat=e.get("lat"), lon=e.get("lon"), precision=e.get("lprec", 1)),
            actors=_actor("actor1", e.get("actor1")) + _actor("actor2", e.get("actor2")),
            counts=counts, fatalities=Fatalities(low=e.get("counts", {}).get("killed")),
            attributed_to=[e["attributed"]] if e.get("attributed") else [], evidence=span, doc_id=doc_id, index=i,
        ))
    return Extraction(document=doc, events=evs)


def corpus() -> list[Extraction]:
    return [
        make_ext("sohr1", "SOHR", "2025-03-08", [dict(COAST, date=("2025-03-06", "2025-03-08"),
                 counts={"killed": 745}, group="civilians",
                 sentence="The monitor counted 745 civilians killed in the coastal provinces since Thursday.")]),
        make_ext("sohr2", "SOHR", "2025-03-11", [dict(COAST, date=("2025-03-06", "2025-03-10"),
                 counts={"killed": 1383}, group="civilians",
                 sentence="The monitor's count of civilians killed on the coast since Thursday reached 1,383.")]),
        make_ext("paper", "The Daily Example", "2025-03-09", [dict(COAST, date=("2025-03-06", "2025-03-09"),
                 counts={"killed": 973}, group="civilians", attributed="SOHR",
                 sentence="SOHR said 973 civilians had been killed along the coast since Thursday.")]),
        make_ext("un", "OHCHR", "2025-03-11", [dict(COAST, date=("2025-03-06", "2025-03-10"),
                 counts={"killed": 111}, group="civilians", qualifier="at_least",
                 sentence="The UN office has verified the killing of at least 111 civilians on the coast.")]),
        make_ext("wire", "Example Wire", "2025-03-09", [
            dict(COAST, date=("2025-03-06", "2025-03-09"), counts={"killed": 1000},
                 sentence="About a thousand people have been killed across the coast in four days."),
            dict(VILLAGE, counts={"killed": 30}, group="men",
                 sentence="In the village of Al-Mukhtariyah about thirty men were shot on Friday."),
        ]),
        make_ext("radio", "Example Radio", "2025-03-10", [dict(VILLAGE, counts={"killed": 31}, group="men",
                 sentence="Residents of Al-Mukhtariyah said 31 men were shot dead in the village on Friday.")]),
        make_ext("deir", "Example Wire", "2025-05-02", [dict(
            place="Al-Mayadin", admin1="Deir ez-Zor", lat=35.02, lon=40.45, lprec=1, type="Battles",
            sub="Armed clash", date=("2025-05-01", "2025-05-01"), counts={"killed": 6}, group="soldiers",
            actor1=GOV, actor2=dict(name="Islamic State (Syria)", inter=2, country="SY"),
            sentence="Six soldiers died in a clash with Islamic State fighters near Al-Mayadin on Thursday.")]),
        make_ext("afrin", "Example Radio", "2025-05-03", [dict(
            place="Afrin", admin1="Aleppo", lat=36.51, lon=36.87, lprec=1, type="Battles", sub="Armed clash",
            date=("2025-05-03", "2025-05-03"),
            actor1=dict(name="Syrian National Army", inter=3, country="SY"),
            actor2=dict(name="Syrian Democratic Forces", inter=2, country="SY"),
            sentence="Two armed groups exchanged fire on the edge of Afrin on Saturday.")]),
        make_ext("rally", "Example Radio", "2025-05-04", [dict(
            place="Homs", admin1="Homs", lat=34.73, lon=36.72, lprec=1, type="Protests", sub="Peaceful protest",
            date=("2025-05-04", "2025-05-04"), actor1=dict(name="Protesters (Syria)", inter=6, country="SY"),
            sentence="Several hundred people marched peacefully in Homs on Sunday.")]),
    ]


@pytest.fixture()
def records():
    return {r.incident.place: r for r in collect_incidents(corpus())}


def _ucdp(exts: list[Extraction]) -> dict[str, dict[str, str]]:
    buf = io.StringIO()
    n = export(exts, "ucdp-csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows)
    return {r["where_coordinates"]: r for r in rows}


def test_ucdp_columns_are_geds_in_order() -> None:
    assert ucdp_columns() == GED_24_1
    assert "ucdp-csv" in formats()
    buf = io.StringIO()
    export([], "ucdp-csv", buf)
    assert buf.getvalue().strip().split(",") == GED_24_1


def test_ucdp_rows_one_per_incident_with_reconciled_figures() -> None:
    rows = _ucdp(corpus())
    assert set(rows) == {"Syrian coast", "Al-Mukhtariyah", "Al-Mayadin", "Afrin", "Homs"}
    coast, village = rows["Syrian coast"], rows["Al-Mukhtariyah"]
    # civilians: SOHR's latest 1,383 (its 745 and the relayed 973 are updates), OHCHR's 111; all victims: 1,000
    assert (coast["low"], coast["best"], coast["high"]) == ("1000", "1000", "1383")
    assert coast["deaths_civilians"] == "111" and coast["deaths_unknown"] == "889"
    assert coast["number_of_sources"] == "4"  # SOHR (twice), the paper, OHCHR, the wire
    assert "Syrian Observatory for Human Rights" in coast["source_original"].split(";") and "The Daily Example" not in coast["source_original"]
    assert len(coast["source_article"].split(";")) == 5 and "https://news.example.org/sohr2" in coast["source_article"]
    assert coast["type_of_violence"] == "3" and coast["side_a"] == "Government of Syria"
    assert coast["side_b"] == "Civilians (Syria)" and coast["gwnoa"] == "652" and coast["gwnob"] == ""
    assert coast["where_prec"] == "5" and coast["date_prec"] == "2" and coast["event_clarity"] == "2"
    assert (coast["date_start"], coast["date_end"]) == ("2025-03-06", "2025-03-10")
    assert coast["country"] == "Syria" and coast["country_id"] == "652" and coast["region"] == "Middle East"
    # the village: its own row, 30-31, its toll not added to the coast's
    assert (village["low"], village["best"], village["high"]) == ("30", "30", "31")
    assert village["where_prec"] == "1" and village["date_prec"] == "1" and village["event_clarity"] == "1"
    assert village["geom_wkt"] == "POINT (35.9300 35.6200)" and village["adm_1"] == "Latakia"
    for col in ("conflict_new_id", "dyad_new_id", "side_a_new_id", "active_year", "code_status"):
        assert coast[col] == "" and village[col] == ""


def test_type_of_violence_from_event_type_and_actors() -> None:
    rows = _ucdp(corpus())
    assert rows["Al-Mayadin"]["type_of_violence"] == "1"  # state vs rebels
    assert rows["Al-Mayadin"]["deaths_a"] == "6" and rows["Al-Mayadin"]["deaths_b"] == "0"
    assert rows["Afrin"]["type_of_violence"] == "2"  # two non-state groups
    assert rows["Homs"]["type_of_violence"] == ""  # protests: not coded by GED
    assert type_of_violence("Battles", "Armed clash", 1, None) is None  # unknown side: no guess
    assert type_of_violence("Explosions/Remote violence", "Air/drone strike", 1, 7) == 3
    assert type_of_violence("Protests", "Excessive force against protesters", 1, 6) == 3
    assert type_of_violence("Riots", "Mob violence", 5, 7) is None
    assert type_of_violence("Strategic developments", "Arrests", 1, 7) is None


def test_precision_scales() -> None:
    assert [date_prec(d) for d in (1, 2, 6, 7, 20, 31, 90)] == [1, 2, 2, 3, 4, 4, 5]
    assert date_prec(1, acled_precision=3) == 4  # one day named, but only the month is certain
    assert [where_prec(k) for k in ("town_exact", "town_near", "admin2", "admin1", "wider_region", "country")] == [
        1, 2, 3, 4, 5, 6]
    assert where_prec("unknown") is None
    assert priogrid_gid(33.51, 36.29) == 178273  # Damascus: row 247, column 432
    assert priogrid_gid(-89.9, -179.9) == 1 and priogrid_gid(None, 1.0) is None


def test_nested_incidents_not_double_counted(records) -> None:
    coast, village = records["Syrian coast"], records["Al-Mukhtariyah"]
    assert village.incident.parent_id == coast.incident.id
    assert coast.incident.children == [village.incident.id]
    assert coast.totals.best == 1000 and village.totals.best == 30
    part = coast.reconciliation.parts[0]
    assert part.incident_id == village.incident.id and part.killed == 30


def test_acled_csv_incident_mode() -> None:
    buf = io.StringIO()
    n = export(corpus(), "acled-csv", buf, incidents=True, timestamp=1)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == 5 and list(rows[0]) == [*acled_columns(), *INCIDENT_COLUMNS]
    by = {r["location"]: r for r in rows}
    coast, village = by["Syrian coast"], by["Al-Mukhtariyah"]
    assert coast["fatalities"] == "1000" and village["fatalities"] == "30"  # ACLED's conservative figures
    assert village["parent_incident_id"] == coast["incident_id"] and coast["parent_incident_id"] == ""
    assert coast["event_id_cnty"] == f"SYR-CT-{coast['incident_id']}"
    assert coast["time_precision"] == "2" and village["time_precision"] == "1"
    assert coast["civilian_targeting"] == "Civilian targeting" and coast["interaction"] == "17"
    assert "Syrian Observatory for Human Rights civilians: 745 → 973 → 1,383" in coast["notes"] and "not added" in coast["notes"]
    assert "5 reports from 4 independent sources" in coast["notes"]
    # the per-claim mode is unchanged
    buf = io.StringIO()
    assert export(corpus(), "acled-csv", buf) == 10


def test_jsonl_and_geojson_incident_mode(tmp_path: Path) -> None:
    n = export(corpus(), "jsonl", tmp_path / "inc.jsonl", incidents=True)
    lines = [json.loads(x) for x in (tmp_path / "inc.jsonl").read_text(encoding="utf-8").splitlines()]
    assert n == len(lines) == 5
    by = {x["place"]["name"]: x for x in lines}
    coast = by["Syrian coast"]
    assert (coast["fatalities_low"], coast["fatalities_best"], coast["fatalities_high"]) == (1000, 1000, 1383)
    assert by["Al-Mukhtariyah"]["parent_incident_id"] == coast["incident_id"]
    civ = next(f for f in coast["figures"] if f["kind"] == "killed" and f["group_class"] == "civilians")
    assert civ["series"]["Syrian Observatory for Human Rights"] == [745, 973, 1383]
    relayed = [c for c in civ["claims"] if c["relayed_by"]]
    assert [(c["claimant"], c["relayed_by"]) for c in relayed] == [("Syrian Observatory for Human Rights", "The Daily Example")]

    n = export(corpus(), "geojson", tmp_path / "inc.geojson", incidents=True)
    fc = json.loads((tmp_path / "inc.geojson").read_text(encoding="utf-8"))
    assert n == len(fc["features"]) == 5
    feats = {f["properties"]["place"]["name"]: f for f in fc["features"]}
    assert feats["Al-Mukhtariyah"]["geometry"] == {"type": "Point", "coordinates": [35.93, 35.62]}
    assert feats["Syrian coast"]["geometry"] is None  # a region with no coordinates stays unplaced
    assert feats["Al-Mukhtariyah"]["properties"]["parent_incident_id"] == feats["Syrian coast"]["id"]


def test_cli_exports_stored_incidents(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ct.db'}"
    with Store(db) as store:
        for ex in corpus():
            store.save(ex)
    link_store(db)
    with Store(db) as store:
        stored = {r["id"] for r in store.incidents(limit=100)}
    runner = CliRunner()
    out = tmp_path / "ged.csv"
    res = runner.invoke(app, ["export", "--format", "ucdp-csv", "--out", str(out), "--db", db])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["id"] for r in rows} == stored and len(rows) == 5
    coast = next(r for r in rows if r["where_coordinates"] == "Syrian coast")
    assert coast["best"] == "1000"
    out2 = tmp_path / "inc.csv"
    res = runner.invoke(app, ["export", "--format", "acled-csv", "--incidents", "--out", str(out2), "--db", db])
    assert res.exit_code == 0, res.output
    rows2 = list(csv.DictReader(out2.open(encoding="utf-8")))
    assert {r["incident_id"] for r in rows2} == stored


def test_unlinked_store_is_linked_in_memory_for_the_export(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ct.db'}"
    with Store(db) as store:
        for ex in corpus():
            store.save(ex)
        buf = io.StringIO()
        assert export(store, "ucdp-csv", buf) == 5
        assert store.incidents(limit=10) == []  # nothing written back


def test_place_of_an_incident_spanning_provinces() -> None:
    from crosstally.export._incidents import _place
    from crosstally.link import Incident

    inc = Incident(id="inc-x", place="Baniyas")
    town = Location(name="Baniyas", admin1="Tartus", country="Syria", country_code="SY", lat=35.18, lon=35.94,
                    precision=1)
    other = Location(name="Jableh", admin1="Latakia", country="Syria", country_code="SY", lat=35.36, lon=35.92,
                     precision=1)
    province = Location(name="Tartus", admin1="Tartus", country="Syria", country_code="SY", lat=34.89, lon=35.89,
                        precision=3)
    one = _place(inc, [town, province])  # the province adds nothing to the town inside it
    assert (one.kind, one.name, one.lat) == ("town_exact", "Baniyas", 35.18)
    two = _place(inc, [town, other, province])
    assert two.kind == "wider_region" and where_prec(two.kind) == 5 and two.named == ["Baniyas", "Jableh"]
    assert two.admin1 == "Latakia; Tartus" and two.lat == pytest.approx(35.27)
    unplaced = _place(inc, [Location(name="Kessin", precision=3)])
    assert unplaced.kind == "unknown" and where_prec(unplaced.kind) is None and unplaced.lat is None
