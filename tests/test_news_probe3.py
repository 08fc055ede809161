"""A third probe of news articles we wrote (a TUNE set), scored as GVDB is scored (issue 3's held-back sets).

Why: probes 1 and 2 showed that the toll rules did not yet generalise to unseen writing (probe 2, held out: killed
0.733, injured 0.80). ``tests/fixtures/news_probe3.jsonl`` holds 30 new articles in our own words (20 US local-news,
wire, TV web copy and police press-release stories; 10 from the UK, Canada, Australia, South Africa, India, Nigeria,
Mexico, Brazil, the Philippines and Jamaica) whose failures may be read and fixed from, as classes. Its gold counts a
shooter who killed himself among the killed, as GVDB's annotators do (``tests/fixtures/news_probe.README.md``).

Run ``python tests/test_news_probe3.py OUT.jsonl`` on the output of
``crosstally extract --jsonl tests/fixtures/news_probe3.jsonl --out OUT.jsonl`` for the table and the failures.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_news_probe import _rows, check_floors, check_shape, main, run_pipeline

FIXTURE = Path(__file__).parent / "fixtures" / "news_probe3.jsonl"

# Scored when written, before any fix made from it (2026-11-26, 30 articles, no country hint): coverage 0.967, killed
# exact 0.867 (0.885 over the 26 with deaths), injured exact 0.867, city 0.90, date exact 0.933, evidence spans 0.959
# (243 spans). After the toll fixes of that day (made from its failures, probe 2's and GVDB dev's): killed 0.933 (0.962
# with deaths), injured 0.967, coverage, city and date unchanged, evidence spans 0.960 (252). Left: a court story the
# relevance stage drops (a shooting told beside bail and charges earns no exemption), a gunman shot by police who is
# the story's only dead (kept, as GVDB's annotators do). Floors sit one article below (one article = 0.033; 0.038
# over the 26 with deaths).
FLOORS: dict[str, float] = {
    "coverage": 0.93,
    "killed_exact": 0.9,
    "killed_exact_with_deaths": 0.92,
    "injured_exact": 0.93,
    "city_accuracy": 0.86,
    "date_exact": 0.9,
    "evidence_spans_ok": 0.94,  # the eval's literal check fails worked-out figures (their spans hold the operands)
}


@pytest.fixture(scope="module")
def news3_outputs(nlp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = _rows(FIXTURE)
    return rows, run_pipeline(rows)


def test_fixture_shape() -> None:
    check_shape(_rows(FIXTURE), 30, 20, 24, 4)


def test_news_probe3_floors(news3_outputs: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    check_floors(*news3_outputs, FLOORS)


if __name__ == "__main__":
    main(FIXTURE)
