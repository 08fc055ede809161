"""A second, held-out probe of news articles we wrote, scored as GVDB is scored (issue 3's held-back sets).

Why: the 40 articles of ``tests/test_news_probe.py`` were read while the toll rules were fixed, so they no longer
measure generalisation alone. ``tests/fixtures/news_probe2.jsonl`` holds 30 new articles of the same kinds (22 US
local-news and wire stories, 8 wire stories from Nigeria, Pakistan, Mexico, the Philippines, Iraq, Somalia, South
Africa and Kenya), written in our own words before those fixes and scored once with the code of that day; the rules
were never fixed by reading its failures. Same format and conventions as the first probe:
``tests/fixtures/news_probe.README.md``.

Run ``python tests/test_news_probe2.py OUT.jsonl`` on the output of
``crosstally extract --jsonl tests/fixtures/news_probe2.jsonl --out OUT.jsonl`` for the table and the failures.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from crosstally.eval import RowResult, score

FIXTURE = Path(__file__).parent / "fixtures" / "news_probe2.jsonl"

# Scored once when written, before the toll fixes of that day (2026-11-26, 30 articles, no country hint):
# coverage 1.0, killed exact 0.667 (0.64 over the 25 with deaths), injured exact 0.733, city 0.90, date exact 0.967,
# evidence spans 0.989 (261 spans). After the toll fixes (made from the first probe and GVDB dev, never from this
# set's failures): coverage 1.0, killed 0.733 (0.72 with deaths), injured 0.80, city 0.90, date 0.967, evidence
# spans 0.961 (literal check). Its gold follows the README's shooter convention (a shooter who killed himself is no victim),
# which the pipeline does not follow since GVDB's own annotators list him (see the README). Floors sit one article
# below (one article = 0.033; 0.04 over the 25 with deaths).
FLOORS: dict[str, float] = {
    "coverage": 0.95,
    "killed_exact": 0.7,
    "killed_exact_with_deaths": 0.68,
    "injured_exact": 0.76,
    "city_accuracy": 0.86,
    "date_exact": 0.93,
    "evidence_spans_ok": 0.95,  # the eval's literal check fails worked-out figures (their spans hold the operands)
}


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


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


@pytest.fixture(scope="module")
def news2_outputs(nlp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every article through the real pipeline, no country hint, as contract dicts."""
    from crosstally.pipeline import process
    from crosstally.records import Document

    rows = _rows()
    outs = []
    for r in rows:
        doc = Document(text=r["text"], published=date.fromisoformat(r["published"]), input_id=r["id"])
        outs.append(process(doc).to_contract())
    return rows, outs


def test_fixture_shape() -> None:
    rows = _rows()
    assert len(rows) == 30
    assert len({r["id"] for r in rows}) == 30
    assert sum(r["id"].startswith("us-") for r in rows) == 22
    for r in rows:
        g = r["gold"]
        assert set(g) == {"killed", "injured", "city", "state", "date"}
        assert 120 <= len(r["text"].split()) <= 400, r["id"]
        assert g["city"].lower() in r["text"].lower(), r["id"]
        lag = (date.fromisoformat(r["published"]) - date.fromisoformat(g["date"])).days
        assert 0 <= lag <= 3, r["id"]
    assert sum(r["gold"]["killed"] > 0 for r in rows) >= 20
    assert sum(r["gold"]["killed"] == 0 for r in rows) >= 4


def test_news_probe2_floors(news2_outputs: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    rows, outs = news2_outputs
    metrics, results = score_news(rows, outs)
    report = _report(metrics, results)
    for k, floor in FLOORS.items():
        assert metrics[k] is not None and metrics[k] >= floor, f"{k} fell to {metrics[k]} (floor {floor})\n{report}"


if __name__ == "__main__":
    outputs = [json.loads(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if line.strip()]
    print(_report(*score_news(_rows(), outputs)))
