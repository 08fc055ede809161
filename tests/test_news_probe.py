"""News articles we wrote ourselves, scored as GVDB is scored (issue 3's held-back sets "of the same kinds").

Why: GVDB's figures (killed, injured, city, date) are re-checked on more news articles, and the count, date and
place rules were tuned on GVDB dev only. ``tests/fixtures/news_probe.jsonl`` holds 40 articles in our own words
(invented people and facts; real US towns, plus 8 wire stories from Nigeria, Pakistan, Mexico, the Philippines,
Brazil, Iraq, Kenya and Colombia) written the ways local news and wires write: datelines or none, headlines glued
to the body, bylines and "Related:" / "Copyright" debris, a toll told twice, tolls by group, a death at the
hospital, a gunman shot by police, a toll that rose, earlier incidents recalled, neighbourhoods, suburbs, counties,
relative days. Conventions: ``tests/fixtures/news_probe.README.md``.

They run through the real pipeline with no country hint (as the JSONL contract runs) and are scored by the eval's
own GVDB scorer (``crosstally.eval.score("gvdb", ...)``). The floors below sit just under the figures measured
when the set was written, so a change that breaks generalisation fails here.

Run ``python tests/test_news_probe.py OUT.jsonl`` on the output of
``crosstally extract --jsonl tests/fixtures/news_probe.jsonl --out OUT.jsonl`` for the table and the failures.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crosstally.eval import RowResult, score

FIXTURE = Path(__file__).parent / "fixtures" / "news_probe.jsonl"

# Measured on the set (40 articles, no country hint) when it was written, with no change made for it (2026-11-26):
# coverage 0.95, killed exact 0.925 (0.906 over the 32 with deaths), injured exact 0.85, city 0.825, date exact
# 0.90, evidence spans 0.980 (348 spans). After the toll fixes made from its failures and GVDB dev (2026-11-26, same
# day): coverage 1.0, killed 0.975 (0.969 with deaths), injured 1.0, city 1.0, date 1.0, evidence spans 0.956 (literal)
# (341). It is no longer held out; the later probes are in ``tests/test_news_probe_heldout.py``. Floors sit two articles below (one article =
# 0.025; 0.031 over the 32 with deaths), since other stages (relevance, counts, places) change under this set too.
FLOORS: dict[str, float] = {
    "coverage": 0.95,
    "killed_exact": 0.925,
    "killed_exact_with_deaths": 0.9,
    "injured_exact": 0.925,
    "city_accuracy": 0.95,
    "date_exact": 0.95,
    "evidence_spans_ok": 0.945,  # the eval's literal check fails worked-out figures (3 injured from "five shot, two died")
}


def _rows(path: Path = FIXTURE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold(row: dict[str, Any]) -> dict[str, Any]:
    """The row's gold in the eval's GVDB shape: a date object, and the city's span at its first mention."""
    g = dict(row["gold"])
    g["date"] = date.fromisoformat(g["date"])
    start = row["text"].lower().find(g["city"].lower())
    g["city_span"] = (start, start + len(g["city"]))
    return g


def score_news(rows: list[dict[str, Any]], outputs: list[dict[str, Any]]
               ) -> tuple[dict[str, Any], list[RowResult]]:
    """The eval's GVDB metrics and per-row results for contract dicts (one per row, same order)."""
    outs = [{**o, "_input_text": r["text"]} for r, o in zip(rows, outputs, strict=True)]
    return score("gvdb", [_gold(r) for r in rows], outs, [r["id"] for r in rows])


def _report(metrics: dict[str, Any], results: list[RowResult]) -> str:
    """The metrics table, then one line per failed field (gold and output side by side)."""
    lines = [f"{k:<28}{v}" for k, v in metrics.items()]
    for r in results:
        spans = [k.removeprefix("span:") for k in r.failed if k.startswith("span:")]
        for k in r.failed:
            if k.startswith("span:") or k == "killed_exact_with_deaths":
                continue
            if k == "coverage":
                lines.append(f"  {r.id:<28}{k:<16}no event (status {r.status})")
                continue
            field = k.removesuffix("_exact").removesuffix("_accuracy")
            lines.append(f"  {r.id:<28}{k:<16}gold={r.gold.get(field)!s}  got={r.output.get(field)!s}")
        if spans:
            lines.append(f"  {r.id:<28}{'evidence':<16}spans not holding their value: {', '.join(spans)}")
    return "\n".join(lines)


def run_pipeline(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every article through the real pipeline, no country hint, as contract dicts."""
    from crosstally.pipeline import process
    from crosstally.records import Document

    return [process(Document(text=r["text"], published=date.fromisoformat(r["published"]), input_id=r["id"]))
            .to_contract() for r in rows]


def check_shape(rows: list[dict[str, Any]], n: int, n_us: int, with_deaths: int, without: int) -> None:
    """The fixture's shape: ids, gold fields, lengths, the city in the text, published 0-3 days after."""
    assert len(rows) == n
    assert len({r["id"] for r in rows}) == n
    assert sum(r["id"].startswith("us-") for r in rows) == n_us
    for r in rows:
        g = r["gold"]
        assert set(g) == {"killed", "injured", "city", "state", "date"}
        assert 120 <= len(r["text"].split()) <= 400, r["id"]
        assert g["city"].lower() in r["text"].lower(), r["id"]
        lag = (date.fromisoformat(r["published"]) - date.fromisoformat(g["date"])).days
        assert 0 <= lag <= 3, r["id"]
    assert sum(r["gold"]["killed"] > 0 for r in rows) >= with_deaths
    assert sum(r["gold"]["killed"] == 0 for r in rows) >= without


def check_floors(rows: list[dict[str, Any]], outs: list[dict[str, Any]], floors: dict[str, float]) -> None:
    metrics, results = score_news(rows, outs)
    report = _report(metrics, results)
    for k, floor in floors.items():
        assert metrics[k] is not None and metrics[k] >= floor, f"{k} fell to {metrics[k]} (floor {floor})\n{report}"


@pytest.fixture(scope="module")
def news_outputs(nlp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = _rows()
    return rows, run_pipeline(rows)


def test_fixture_shape() -> None:
    check_shape(_rows(), 40, 32, 25, 5)


def test_news_probe_floors(news_outputs: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    check_floors(*news_outputs, FLOORS)


def main(path: Path) -> None:
    """Print the table and the failures of an ``extract --jsonl`` output of ``path``'s articles."""
    outputs = [json.loads(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if line.strip()]
    print(_report(*score_news(_rows(path), outputs)))


if __name__ == "__main__":
    main(FIXTURE)
