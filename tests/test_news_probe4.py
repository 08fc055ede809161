"""A fourth, held-out probe of news articles we wrote, scored as GVDB is scored (issue 3's held-back sets).

Why: probe 3 is a tune set, read while the toll rules were fixed, so it no longer measures generalisation alone.
``tests/fixtures/news_probe4.jsonl`` holds 30 more articles of the same kinds (20 US stories: TV web copy, newspaper,
AP rewrite, a police press release, a follow-up, a court story, a weekend round-up, a toll that rose, victims named,
a vehicle ramming, one where nobody was hit; 10 from the UK, Canada, Australia, South Africa, India, Nigeria, Mexico,
Brazil, the Philippines and Jamaica), written in our own words before any fix of that round and scored exactly twice:
with the code of that day and with the round's final code; only its totals were reported. Spent since: the
next round read its failures and fixed them as classes.
Its gold counts a shooter who killed himself among the killed (``tests/fixtures/news_probe.README.md``).

Run ``python tests/test_news_probe4.py OUT.jsonl`` on the output of
``crosstally extract --jsonl tests/fixtures/news_probe4.jsonl --out OUT.jsonl`` for the table (and the failures:
do not read them while the set is held out).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_news_probe import _rows, check_floors, check_shape, main, run_pipeline

FIXTURE = Path(__file__).parent / "fixtures" / "news_probe4.jsonl"

# Scored when written, before the fixes of that round (2026-11-26, 30 articles, no country hint): coverage 0.967,
# killed exact 0.80 (0.826 over the 23 with deaths), injured exact 0.70, city 0.933, date exact 0.933, evidence spans
# 0.976 (248 spans). Scored the second and last time with the round's final code (same day): killed 0.833 (0.870
# with deaths), injured 0.733, coverage, city and date unchanged, evidence spans 0.972 (251). Spent after that: its
# failures were read and fixed as classes in the next round (tests/test_extract_counts_probe4.py), after which it
# scores coverage 1.0, killed 0.933 (1.0 with deaths), injured 0.967, city 0.967, date 0.933 (a tune set now).
# Floors sit one article below the latest figures (one article = 0.033; 0.043 over the 23 with deaths).
FLOORS: dict[str, float] = {
    "coverage": 0.96,
    "killed_exact": 0.9,
    "killed_exact_with_deaths": 0.95,
    "injured_exact": 0.93,
    "city_accuracy": 0.93,
    "date_exact": 0.9,
    "evidence_spans_ok": 0.95,  # the eval's literal check fails worked-out figures (their spans hold the operands)
}


@pytest.fixture(scope="module")
def news4_outputs(nlp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = _rows(FIXTURE)
    return rows, run_pipeline(rows)


def test_fixture_shape() -> None:
    check_shape(_rows(FIXTURE), 30, 20, 22, 4)


def test_news_probe4_floors(news4_outputs: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    check_floors(*news4_outputs, FLOORS)


if __name__ == "__main__":
    main(FIXTURE)
