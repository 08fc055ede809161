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

from pathlib import Path
from typing import Any

import pytest
from test_news_probe import _rows, check_floors, check_shape, main, run_pipeline

FIXTURE = Path(__file__).parent / "fixtures" / "news_probe2.jsonl"

# Scored once when written, before the toll fixes of that day (2026-11-26, 30 articles, no country hint):
# coverage 1.0, killed exact 0.667 (0.64 over the 25 with deaths), injured exact 0.733, city 0.90, date exact 0.967,
# evidence spans 0.989 (261 spans). After the toll fixes (made from the first probe and GVDB dev, never from this
# set's failures): coverage 1.0, killed 0.733 (0.72 with deaths), injured 0.80, city 0.90, date 0.967, evidence
# spans 0.961 (literal check). Its gold follows the README's shooter convention (a shooter who killed himself is no victim),
# which the pipeline does not follow since GVDB's own annotators list him (see the README). Floors sit one article
# below (one article = 0.033; 0.04 over the 25 with deaths).
# Round 12 (2026-11-26 morning): its held-out scores having been reported, its failures were read and the toll
# rules fixed from them and from news_probe3 (a new tune set): killed 0.900, injured 0.933, city 1.0. It is a tune
# set now; news_probe4.jsonl is the held-out one.
FLOORS: dict[str, float] = {
    "coverage": 0.95,
    "killed_exact": 0.7,
    "killed_exact_with_deaths": 0.68,
    "injured_exact": 0.76,
    "city_accuracy": 0.86,
    "date_exact": 0.93,
    "evidence_spans_ok": 0.95,  # the eval's literal check fails worked-out figures (their spans hold the operands)
}


@pytest.fixture(scope="module")
def news2_outputs(nlp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = _rows(FIXTURE)
    return rows, run_pipeline(rows)


def test_fixture_shape() -> None:
    check_shape(_rows(FIXTURE), 30, 22, 20, 4)


def test_news_probe2_floors(news2_outputs: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    check_floors(*news2_outputs, FLOORS)


if __name__ == "__main__":
    main(FIXTURE)
