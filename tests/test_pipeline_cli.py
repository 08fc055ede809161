"""End to end: the CLI over the real pipeline, the contract, idempotent ingest, and the three backends."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosstally.cli import app
from crosstally.pipeline import process_many
from crosstally.records import Document

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo" / "corpus" / "reports.jsonl"
runner = CliRunner()

NOTES = [
    ("n1", "On 3 May 2020, two soldiers were killed and four wounded when militants attacked a checkpoint "
           "in Arghandab district, Kandahar.", "2020-05-06"),
    ("n2", "On 12 June 2019, police arrested 14 protesters during a demonstration over land in Nakuru town.",
           "2019-06-15"),
    ("n3", "The city council approved a new budget for road repairs on Tuesday.", "2021-01-10"),
]


def _write_jsonl(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for ident, text, published in rows:
            fh.write(json.dumps({"id": ident, "text": text, "published": published}) + "\n")
    return path


def test_extract_jsonl_follows_the_contract(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", NOTES)
    with src.open("a", encoding="utf-8") as fh:
        fh.write("{broken json\n")
    dst = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", "--jsonl", str(src), "--out", str(dst)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in dst.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["n1", "n2", "n3", None]
    first = lines[0]
    assert first["status"] == "ok"
    ev = first["events"][0]
    assert ev["event_type"] == "Battles"
    assert ev["fatalities"]["low"] == 2
    assert ev["date"]["start"] == "2020-05-03"
    for span in ev["evidence"] + ev["date"]["evidence"]:
        assert 0 <= span["start"] < span["end"] <= len(first["text"])
    assert lines[2]["status"] == "no_event" and lines[2]["reasons"]
    assert lines[3]["status"] == "error" and "E013" in lines[3]["reasons"][0]


def test_ingest_is_idempotent_and_exports(tmp_path: Path) -> None:
    if not DEMO.exists():
        pytest.skip("demo corpus missing")
    sample = tmp_path / "sample.jsonl"
    sample.write_text("".join(DEMO.read_text(encoding="utf-8").splitlines(keepends=True)[:6]), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'ct.db'}"
    first = runner.invoke(app, ["ingest", str(sample), "--db", db])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["ingest", str(sample), "--db", db])
    assert second.exit_code == 0, second.output
    assert re.search(r"stored: unchanged\s*│\s*6\s*│", second.output), second.output
    from crosstally.store import Store

    store = Store(db)
    assert len(store.documents(limit=100)) == 6
    for fmt, name in (("acled-csv", "e.csv"), ("jsonl", "c.jsonl"), ("geojson", "e.geojson"), ("parquet", "e.parquet")):
        res = runner.invoke(app, ["export", "--format", fmt, "--out", str(tmp_path / name), "--db", db])
        assert res.exit_code == 0, res.output
        assert (tmp_path / name).stat().st_size > 0
    header = next(csv.reader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert len(header) == 31 and header[0] == "event_id_cnty"


def test_process_pool_gives_the_same_claims() -> None:
    docs = [Document(text=t, input_id=i, published=date.fromisoformat(p)) for i, t, p in NOTES]
    local = [ex.to_contract() for ex in process_many(docs)]
    docs = [Document(text=t, input_id=i, published=date.fromisoformat(p)) for i, t, p in NOTES]
    pooled = [ex.to_contract() for ex in process_many(docs, workers=2, backend="process")]
    assert local == pooled


@pytest.mark.slow
def test_ray_backend_gives_the_same_claims() -> None:
    pytest.importorskip("ray")
    code = (
        "import json, datetime as d\n"
        "from crosstally.pipeline import process_many\n"
        "from crosstally.records import Document\n"
        f"rows = {NOTES!r}\n"
        "docs = [Document(text=t, input_id=i, published=d.date.fromisoformat(p)) for i, t, p in rows]\n"
        "print(json.dumps([ex.to_contract() for ex in process_many(docs, backend='ray')]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    on_ray = json.loads(proc.stdout.strip().splitlines()[-1])
    docs = [Document(text=t, input_id=i, published=date.fromisoformat(p)) for i, t, p in NOTES]
    assert on_ray == [ex.to_contract() for ex in process_many(docs)]


@pytest.mark.devdata
def test_extract_jsonl_over_every_acled_row(devdata: Path, tmp_path: Path) -> None:
    """Every ACLED Afghanistan note gets an output line, in order, and nothing crashes."""
    src = devdata / "acled_afghanistan_2020" / "acled_afghanistan_2020.csv"
    rows = list(csv.DictReader(src.open(encoding="utf-8")))
    inp = tmp_path / "acled.jsonl"
    with inp.open("w", encoding="utf-8") as fh:
        for r in rows:
            published = datetime.strptime(r["event_date"], "%d %B %Y").date() + timedelta(days=3)
            fh.write(json.dumps({"id": r["data_id"], "text": r["notes"], "published": published.isoformat()}) + "\n")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", "--jsonl", str(inp), "--out", str(out)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == [r["data_id"] for r in rows]
    assert sum(x["status"] == "error" for x in lines) == 0
    assert sum(bool(x["events"]) for x in lines) / len(lines) > 0.9


def test_country_option_is_a_prior_for_same_name_places(tmp_path: Path) -> None:
    """'Mara' is a Tanzanian region and a Kenyan place name: a Kenyan feed's --country KE keeps it out of TZ."""
    src = _write_jsonl(tmp_path / "in.jsonl", [
        ("m1", "On 3 May 2016, police fired tear gas at protesters in Mara town. Two people were killed.", "2016-05-05"),
    ])

    def country_of(*args: str) -> str | None:
        out = tmp_path / "out.jsonl"
        result = runner.invoke(app, ["extract", "--jsonl", str(src), "--out", str(out), *args])
        assert result.exit_code == 0, result.output
        event = json.loads(out.read_text(encoding="utf-8").splitlines()[0])["events"][0]
        return (event["location"] or {}).get("country_code")

    assert country_of() == "TZ"
    assert country_of("--country", "ke") != "TZ"
    bad = runner.invoke(app, ["extract", "--jsonl", str(src), "--out", str(tmp_path / "x.jsonl"), "--country", "XX"])
    assert country_of("--country", "Kenya") == country_of("--country", "KE")
    assert bad.exit_code == 2 and "unknown country" in bad.output
