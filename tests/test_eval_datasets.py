"""The devdata readers and splits (read at run time; skipped when ../shared/devdata is absent)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crosstally.eval import PUBLICATION_LAG_DAYS, DevdataMissing, read_dataset, run_cli

pytestmark = pytest.mark.devdata


def test_acled_kenya_split_by_year_and_publication_lag(devdata):
    dev = read_dataset("acled-kenya", "dev")
    test = read_dataset("acled-kenya", "test")
    assert dev and test
    assert all(r.gold["event_date"].year <= 2015 for r in dev)
    assert all(r.gold["event_date"].year >= 2016 for r in test)
    assert not {r.id for r in dev} & {r.id for r in test}
    for r in dev[:50]:
        assert r.published == r.gold["event_date"] + timedelta(days=PUBLICATION_LAG_DAYS)
        assert r.text and r.gold["event_type"] and isinstance(r.gold["fatalities"], int)


def test_acled_afghanistan_split_by_date(devdata):
    dev = read_dataset("acled-afghanistan", "dev")
    test = read_dataset("acled-afghanistan", "test")
    assert len(dev) + len(test) == 496
    assert all(date(2020, 3, 1) <= r.gold["event_date"] <= date(2020, 3, 14) for r in dev)
    assert all(date(2020, 3, 15) <= r.gold["event_date"] <= date(2020, 3, 21) for r in test)
    assert all(r.published != r.gold["event_date"] for r in dev)


def test_gvdb_rows_alternate_and_victims_counted(devdata):
    dev = read_dataset("gvdb", "dev")
    test = read_dataset("gvdb", "test")
    assert len(dev) == len(test) == 200
    assert not {r.id for r in dev} & {r.id for r in test}
    killed = sum(r.gold["killed"] for r in dev + test)
    assert 250 <= killed <= 290  # SOURCE.md: 269 victims marked killed (a few are killed + hospitalized)
    for r in dev + test:
        if r.gold["city_span"]:
            s, e = r.gold["city_span"]
            assert r.text[s:e].lower() == r.gold["city"].lower()


def test_glocon_hash_split_is_disjoint_and_near_half(devdata):
    dev = read_dataset("glocon", "dev")
    test = read_dataset("glocon", "test")
    assert len(dev) + len(test) == 1050
    assert 0.4 < len(dev) / 1050 < 0.6
    assert not {r.id for r in dev} & {r.id for r in test}
    assert sum(r.gold["relevant"] for r in dev + test) == 112


def test_limit_takes_a_spread_sample(devdata):
    rows = read_dataset("acled-kenya", "dev", limit=40)
    assert len(rows) == 40
    assert len({r.gold["event_date"].year for r in rows}) > 3


def test_unknown_dataset_and_missing_devdata(monkeypatch, tmp_path, capsys):
    with pytest.raises(ValueError):
        read_dataset("acled-mars", "dev")
    assert run_cli("acled-mars", "dev", False, 1) == 2
    monkeypatch.setenv("CROSSTALLY_DEVDATA", str(tmp_path / "nowhere"))
    monkeypatch.setenv("CROSSTALLY_SHARED", str(tmp_path / "nowhere"))
    monkeypatch.chdir(tmp_path)
    from crosstally.eval import _datasets

    monkeypatch.setattr(_datasets, "__file__", str(tmp_path / "a" / "b" / "c" / "d.py"))
    with pytest.raises(DevdataMissing):
        read_dataset("gvdb", "dev")
    assert run_cli("gvdb", "dev", False, 1) == 0
    assert "skipped" in capsys.readouterr().err


@pytest.mark.slow
def test_evaluate_runs_the_real_pipeline_on_a_few_rows(devdata):
    from crosstally.eval import evaluate

    report = evaluate("acled-afghanistan", "dev", limit=3)  # cold start: loads spaCy and the gazetteer
    assert report.metrics["n"] == 3 and len(report.rows) == 3
    assert sum(report.statuses.values()) == 3
    for k in ("coverage", "event_type_accuracy", "fatalities_exact", "date_exact"):
        assert 0.0 <= report.metrics[k] <= 1.0


@pytest.mark.slow
def test_cli_eval_prints_json(devdata):
    import json

    from typer.testing import CliRunner

    from crosstally.cli import app

    result = CliRunner().invoke(app, ["eval", "gvdb", "--split", "test", "--limit", "2", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["dataset"] == "gvdb" and data["split"] == "test" and data["n"] == 2
    assert "killed_exact" in data["metrics"] and "targets" in data


def test_documents_carry_the_dataset_country_hint_never_a_row_value():
    from crosstally.eval import DATASET_COUNTRY, GoldRow
    from crosstally.eval import _documents as documents

    assert DATASET_COUNTRY == {"acled-afghanistan": "AF", "acled-kenya": "KE", "gvdb": "US"}
    rows = [GoldRow(id="r1", text="Police dispersed a crowd.", published=None, gold={"admin1": "Nairobi"}),
            GoldRow(id="r2", text="A man was shot.", published=None, gold={"admin1": "Texas"})]
    docs = documents(rows, "acled-kenya")
    assert [d.meta for d in docs] == [{"country": "KE"}, {"country": "KE"}]
    docs[0].meta["x"] = 1  # one dict per document
    assert docs[1].meta == {"country": "KE"}
    assert [d.meta for d in documents(rows, "glocon")] == [{}, {}]


@pytest.mark.slow
def test_cli_eval_without_the_hint_runs_as_the_jsonl_contract(devdata):
    """`--no-hint`: the texts get no country, as `extract --jsonl` lines carry none; their batch gives it."""
    import json

    from typer.testing import CliRunner

    from crosstally.cli import app

    result = CliRunner().invoke(app, ["eval", "acled-kenya", "--limit", "12", "--json", "--no-hint"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["country_hint"] is False and data["n"] == 12


def test_documents_without_the_hint_take_their_batch_country():
    from crosstally.eval import GoldRow
    from crosstally.eval import _documents as documents

    texts = ["Police in Garissa town dispersed traders on Monday.", "Residents of Kisumu county blocked a road.",
             "Kenyan police shot a suspect in Nakuru.", "Boda boda riders in Mombasa protested.",
             "Students in Eldoret, Kenya, burnt a dormitory.", "Police dispersed a crowd; nobody was hurt."]
    rows = [GoldRow(id=f"r{i}", text=t, published=None, gold={}) for i, t in enumerate(texts)]
    docs = documents(rows, None)
    assert all("country" not in d.meta for d in docs)
    assert {d.meta["batch_country"]["code"] for d in docs} == {"KE"}
