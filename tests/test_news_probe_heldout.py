"""The held-out probes of news articles we wrote, scored as GVDB is scored: news_probe2 … news_probe7 (issue 3).

Why: the GVDB rules are tuned on GVDB dev, and the first probe (``tests/test_news_probe.py``) was read for fixes, so
each later round wrote a fresh set of short articles in our own words (invented incidents and people in real towns),
scored it exactly twice (with the code of that day and with the round's final code), never read its failures while
it was held out, and then let the next round read it. Every set here is SPENT now; the floors keep what each reached.
What each set holds, its shooter convention and its history: ``tests/fixtures/news_probe.README.md``; each set's
scores are in the comments of ``SETS`` below (they were the module comments of ``tests/test_news_probeN.py``).

``python tests/test_news_probe_heldout.py NAME OUT.jsonl`` prints the totals of an
``crosstally extract --jsonl tests/fixtures/NAME.jsonl --out OUT.jsonl`` output; add ``--failures`` for the failure
list of a spent set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from test_news_probe import _report, _rows, check_floors, check_shape, run_pipeline, score_news

FIXTURES = Path(__file__).parent / "fixtures"

# name → ((articles, US articles, with deaths, without), floors). check_shape reads the shape tuple.
SETS: dict[str, tuple[tuple[int, int, int, int], dict[str, float]]] = {
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
    "news_probe2": ((30, 22, 20, 4), {
        "coverage": 0.95,
        "killed_exact": 0.7,
        "killed_exact_with_deaths": 0.68,
        "injured_exact": 0.76,
        "city_accuracy": 0.86,
        "date_exact": 0.93,
        "evidence_spans_ok": 0.95,  # the eval's literal check fails worked-out figures (their spans hold the operands)
    }),
    # Scored when written, before any fix made from it (2026-11-26, 30 articles, no country hint): coverage 0.967, killed
    # exact 0.867 (0.885 over the 26 with deaths), injured exact 0.867, city 0.90, date exact 0.933, evidence spans 0.959
    # (243 spans). After the toll fixes of that day (made from its failures, probe 2's and GVDB dev's): killed 0.933 (0.962
    # with deaths), injured 0.967, coverage, city and date unchanged, evidence spans 0.960 (252). Left: a court story the
    # relevance stage drops (a shooting told beside bail and charges earns no exemption), a gunman shot by police who is
    # the story's only dead (kept, as GVDB's annotators do). Floors sit one article below (one article = 0.033; 0.038
    # over the 26 with deaths).
    "news_probe3": ((30, 20, 24, 4), {
        "coverage": 0.93,
        "killed_exact": 0.9,
        "killed_exact_with_deaths": 0.92,
        "injured_exact": 0.93,
        "city_accuracy": 0.86,
        "date_exact": 0.9,
        "evidence_spans_ok": 0.94,  # the eval's literal check fails worked-out figures (their spans hold the operands)
    }),
    # Scored when written, before the fixes of that round (2026-11-26, 30 articles, no country hint): coverage 0.967,
    # killed exact 0.80 (0.826 over the 23 with deaths), injured exact 0.70, city 0.933, date exact 0.933, evidence spans
    # 0.976 (248 spans). Scored the second and last time with the round's final code (same day): killed 0.833 (0.870
    # with deaths), injured 0.733, coverage, city and date unchanged, evidence spans 0.972 (251). Spent after that: its
    # failures were read and fixed as classes in the next round (tests/test_extract_counts_probe4.py), after which it
    # scores coverage 1.0, killed 0.933 (1.0 with deaths), injured 0.967, city 0.967, date 0.933 (a tune set now).
    # Floors sit one article below the latest figures (one article = 0.033; 0.043 over the 23 with deaths).
    "news_probe4": ((30, 20, 22, 4), {
        "coverage": 0.96,
        "killed_exact": 0.9,
        "killed_exact_with_deaths": 0.95,
        "injured_exact": 0.93,
        "city_accuracy": 0.93,
        "date_exact": 0.9,
        "evidence_spans_ok": 0.95,  # the eval's literal check fails worked-out figures (their spans hold the operands)
    }),
    # Scored when written, before the fixes of that round (2026-11-26, 30 articles, no country hint): coverage 1.0,
    # killed exact 0.90 (0.870 over the 23 with deaths), injured exact 0.80, city 0.933, date exact 0.967, evidence
    # spans 0.996 (244 spans). Scored the second and last time with the round's final code (same day): coverage 0.967
    # (one article lost its event; which one was not looked at), killed 0.90 (0.870), injured 0.833, city 0.90, date
    # 0.967, evidence spans 0.996 (241). Floors sit one article below the final figures (one article = 0.033; 0.043
    # over the 23 with deaths).
    "news_probe5": ((30, 20, 23, 7), {
        "coverage": 0.93,
        "killed_exact": 0.86,
        "killed_exact_with_deaths": 0.82,
        "injured_exact": 0.8,
        "city_accuracy": 0.86,
        "date_exact": 0.93,
        "evidence_spans_ok": 0.95,  # the eval's literal check fails worked-out figures (their spans hold the operands)
    }),
    # Scored when written, before the fixes of that round (2026-11-26, 30 articles, no country hint): coverage 1.0,
    # killed exact 0.867 (0.846 over the 26 with deaths), injured exact 0.833, city 1.0, date exact 0.967, evidence
    # spans 0.980 (244 spans). Scored the second and last time with the round's final code (same day): coverage 1.0,
    # killed 0.90 (0.885), injured 0.833, city 0.967 (one city changed; which one was not looked at; the places stage
    # changed that day too), date 0.967, evidence spans 0.980 (244). Floors sit one article below the final figures
    # (one article = 0.033; 0.038 over the 26 with deaths).
    "news_probe6": ((30, 20, 26, 4), {
        "coverage": 0.96,
        "killed_exact": 0.86,
        "killed_exact_with_deaths": 0.84,
        "injured_exact": 0.8,
        "city_accuracy": 0.93,
        "date_exact": 0.93,
        "evidence_spans_ok": 0.95,  # the eval's literal check fails worked-out figures (their spans hold the operands)
    }),
    # Scored when written, before the fixes of that round (2026-11-26, 36 articles, no country hint): coverage 1.0,
    # killed exact 0.889 (0.885 over the 26 with deaths), injured exact 0.861, city 1.0, date exact 0.944, evidence spans
    # 0.984 (315 spans). Scored the second and last time with the round's final code (same day): coverage 1.0, killed
    # 0.917 (0.923), injured 0.861, city 1.0, date 0.944, evidence spans 0.978 (315; an ordinal toll, "a second man has
    # died" read as 2, holds no digit for the eval's literal check). Floors sit one article below the final figures (one
    # article = 0.028; 0.038 over the 26 with deaths).
    "news_probe7": ((36, 36, 26, 10), {
        "coverage": 0.97,
        "killed_exact": 0.88,
        "killed_exact_with_deaths": 0.88,
        "injured_exact": 0.83,
        "city_accuracy": 0.97,
        "date_exact": 0.91,
        "evidence_spans_ok": 0.95,
    }),
    # Tolls round 7 (2026-11-26, 36 US articles written before any code change, no country hint). First score, with
    # the code of that day: coverage 0.944, killed exact 0.722 (0.72 over the 25 with deaths), injured exact 0.806,
    # city 0.944, date exact 0.833, evidence spans 0.964 (274 spans). Scored the second and last time with the round's
    # final code (same day, 18:50 UTC; other rounds landed too): coverage 0.972, killed 0.750 (0.76 with deaths),
    # injured 0.806, city 0.972, date 0.861, evidence spans 0.965 (286). Spent now. Floors sit one article below the
    # first score (one article = 0.028; 0.04 over the 25 with deaths).
    "news_probe8": ((36, 36, 25, 11), {
        "coverage": 0.91,
        "killed_exact": 0.69,
        "killed_exact_with_deaths": 0.68,
        "injured_exact": 0.77,
        "city_accuracy": 0.91,
        "date_exact": 0.8,
        "evidence_spans_ok": 0.94,
    }),
    # Tolls round 8 (2026-11-26, 30 US articles written before any code change, no country hint). First score, with
    # the code of that day: coverage 1.0, killed exact 0.767 (0.810 over the 21 with deaths), injured exact 0.700,
    # city 0.967, date exact 0.900, evidence spans 0.970 (230 spans). Second and last (the round's final toll code,
    # 20:57 UTC): the same. Spent now. Floors sit one article below (one article = 0.033; 0.048 over the 21).
    "news_probe10": ((30, 30, 21, 9), {
        "coverage": 0.96,
        "killed_exact": 0.73,
        "killed_exact_with_deaths": 0.76,
        "injured_exact": 0.66,
        "city_accuracy": 0.93,
        "date_exact": 0.86,
        "evidence_spans_ok": 0.94,
    }),
    # City round 17 (2026-11-26, 40 US articles written before any code change, no country hint; hard places: the
    # outlet's dateline or byline over a suburb, unincorporated counties, townships, neighbourhoods, a city told only
    # by its police or in a quote, two cities, highways, malls, namesakes). First score, with the code of that day:
    # coverage 1.0, killed exact 0.975 (0.962 over the 26 with deaths), injured exact 1.0, city 0.675, date exact 1.0,
    # evidence spans 0.997 (294 spans). Second and last held-out score (the round's rules made from our own tune
    # cases, 20:59 UTC): city 0.700, the rest the same. Spent then; its failures were read and their classes fixed
    # (tests/test_geo_city_round17.py), after which city reads 0.875 (a tuned figure, not a held-out one). Floors sit
    # one article below the latest figures (one article = 0.025; 0.038 over the 26 with deaths).
    "news_probe9": ((40, 40, 26, 14), {
        "coverage": 0.97,
        "killed_exact": 0.95,
        "killed_exact_with_deaths": 0.92,
        "injured_exact": 0.97,
        "city_accuracy": 0.85,
        "date_exact": 0.97,
        "evidence_spans_ok": 0.98,
    }),
    # Tolls round 9 (2026-11-26, 30 US articles written before any code change, no country hint: officers hurt,
    # murder-suicides, tolls revised down, a victim told twice in a quote and in police figures, people hurt not by
    # gunfire, a shooting and a crash, a court story, a vigil). First score (22:48 UTC): coverage 1.0, killed exact
    # 0.733 (0.941 over the 17 with deaths), injured exact 0.633, city 0.933, date 1.0, evidence spans 0.993 (290).
    # Second and last (the round's final toll code, 23:34 UTC): the same. Spent. Floors one article below.
    "news_probe12": ((30, 30, 17, 13), {
        "coverage": 0.96,
        "killed_exact": 0.7,
        "killed_exact_with_deaths": 0.88,
        "injured_exact": 0.6,
        "city_accuracy": 0.9,
        "date_exact": 0.96,
        "evidence_spans_ok": 0.98,
    }),
    # City round 18 (2026-11-26, 40 US articles written before any code change, no country hint; consolidated
    # city-counties, Northeastern boroughs and villages, New England villages, a park, school or store told before
    # its city, 'a Chicago suburb', a city only in a photo caption or a slug, a victim of one town shot in another,
    # sheriffs' cases in small towns, metro stations' datelines, neighbourhoods, wrong capitals and debris). First
    # score, with the code of that day: coverage 1.0, killed exact 1.0 (1.0 over the 22 with deaths), injured exact
    # 0.925, city 0.675, date exact 0.975, evidence spans 0.989 (275 spans). Second and last (the round's final code,
    # 23:24 UTC; rules made from our own tune cases, tests/test_geo_city_round18.py): city 0.800, the rest the same.
    # Spent then; its failures were read and three classes fixed in new words (the same test file), after which city
    # reads 0.850 (a tuned figure, not a held-out one). Floors sit one article below the latest figures (one article
    # = 0.025; 0.045 over the 22 with deaths).
    "news_probe11": ((40, 40, 22, 18), {
        "coverage": 0.97,
        "killed_exact": 0.97,
        "killed_exact_with_deaths": 0.95,
        "injured_exact": 0.9,
        "city_accuracy": 0.825,
        "date_exact": 0.95,
        "evidence_spans_ok": 0.96,
    }),
    # City round 19 (2026-11-27, 40 US articles written before any code change, no country hint; three or more cities
    # in a story, CDPs and unincorporated communities, cities named like their counties, highway shootings between two
    # towns, state-police barracks towns, malls and apartment complexes whose city comes late, national-angle openings,
    # wrong capitals and debris). First score (01:21 UTC): coverage 1.0, killed exact 1.0 (1.0 over the 20 with deaths),
    # injured exact 0.975, city 0.675, date exact 0.825, evidence spans 0.981 (265). Second and last (02:18 UTC, the
    # round's final code, tests/test_geo_city_round19.py): city 0.650, the rest the same; the one city lost was not the
    # round's rules (the same answer with them switched off: other code landed between the scores). Spent; one class
    # read from its failures then fixed ('a shooting that killed ... in <Town>'): city 0.675 (tuned). Floors one
    # article below the second score (one article = 0.025; 0.05 over the 20 with deaths).
    "news_probe13": ((40, 40, 20, 20), {
        "coverage": 0.975,
        "killed_exact": 0.975,
        "killed_exact_with_deaths": 0.95,
        "injured_exact": 0.95,
        "city_accuracy": 0.625,
        "date_exact": 0.8,
        "evidence_spans_ok": 0.97,
    }),
    # Tolls round 10b (2026-11-27, 40 US articles written before any code change, no country hint: weekend round-ups,
    # a robber shot by a clerk or a homeowner, people hurt by a fleeing car or in a rush, children shot by accident,
    # "two dead, including the gunman", tolls in words and digits, in a quote or in a headline only, a toll updated
    # later). First score (01:22 UTC): coverage 1.0, killed exact 0.775 (0.815 over the 27 with deaths), injured
    # exact 0.725, city 0.975, date 0.95, evidence spans 0.947 (301). Second and last (the round's final toll code,
    # 02:09 UTC): injured 0.750, the rest the same. Spent. Floors one article below (0.025; 0.037 over the 27).
    "news_probe14": ((40, 40, 27, 13), {
        "coverage": 0.97,
        "killed_exact": 0.75,
        "killed_exact_with_deaths": 0.77,
        "injured_exact": 0.72,
        "city_accuracy": 0.95,
        "date_exact": 0.92,
        "evidence_spans_ok": 0.93,
    }),
    # Tolls round 11b (2026-11-27, 30 US articles written before any code change, no country hint: named victims
    # whose fates are told later, "has since died", a toll split across police and family, people hurt by other
    # causes). First score (02:16 UTC): coverage 1.0, killed exact 0.733 (0.778 over the 18 with deaths), injured
    # 0.600, city 1.0, date 1.0, evidence spans 0.948 (230). Second and last (02:42 UTC): injured 0.567, spans 0.948
    # (231), the rest the same. Spent. Floors one article below (0.033; 0.056 over the 18).
    "news_probe15": ((30, 30, 18, 12), {
        "coverage": 0.96,
        "killed_exact": 0.7,
        "killed_exact_with_deaths": 0.72,
        "injured_exact": 0.53,
        "city_accuracy": 0.96,
        "date_exact": 0.96,
        "evidence_spans_ok": 0.93,
    }),
    # City round 20 (places round 13b, 2026-11-27; 40 US articles, no country hint). Scored when written, before the
    # round's rules: coverage 1.0, killed exact 0.95 (0.895 over the 19 with deaths), injured 0.90, city 0.75, date
    # 0.95, evidence spans 0.992 (259). Second and last held-out score, with the round's final code: the same figures
    # (city 0.75). Spent now. Floors sit one article below (one article = 0.025; 0.053 over the 19 with deaths).
    "news_probe17": ((40, 40, 19, 21), {
        "coverage": 0.97,
        "killed_exact": 0.92,
        "killed_exact_with_deaths": 0.84,
        "injured_exact": 0.87,
        "city_accuracy": 0.72,
        "date_exact": 0.92,
        "evidence_spans_ok": 0.98,
    }),
    # Tolls round 12b (2026-11-27, 30 US articles written before any code change, no country hint: a shooter found
    # dead hours later, tolls told only in a chief's or a relative's words, "treated for", "grazed", "minor
    # injuries", people hurt by a crash, a fall or flying glass, "has since died", a third death a day later, a
    # count of the wounded raised, a gunman shot by police, a trooper and a suspect wounded). First score (03:57
    # UTC): coverage 1.0, killed exact 0.833 (0.905 over the 21 with deaths), injured 0.767, city 1.0, date 0.90,
    # evidence spans 0.961 (232). Second and last (04:44 UTC, the round's final toll code): the same. Spent.
    # Floors one article below (0.033; 0.048 over the 21).
    "news_probe16": ((30, 30, 21, 9), {
        "coverage": 0.96,
        "killed_exact": 0.8,
        "killed_exact_with_deaths": 0.85,
        "injured_exact": 0.73,
        "city_accuracy": 0.96,
        "date_exact": 0.86,
        "evidence_spans_ok": 0.94,
    }),
    # City round 13c (2026-11-27, 20 US articles written before any code change, no country hint: a metro dateline
    # over a town across a state line or river, a victim's surname named like a nearby town, a home city or a vigil's
    # city in the headline, 'inside the ... city limits', big-city neighbourhoods named like towns elsewhere, bare
    # townships, towns named like words or people, towns beside bases). First score (04:56 UTC): coverage 1.0,
    # killed 1.0, injured 1.0, city 0.50, date 0.90, evidence spans 1.0 (132). Second and last (05:13 UTC, the
    # round's final city code): city 0.55, the rest the same (134 spans). Spent. Floors one article below (0.05;
    # 0.10 over the 10 with deaths).
    "news_probe18": ((20, 20, 10, 10), {
        "coverage": 0.95,
        "killed_exact": 0.95,
        "killed_exact_with_deaths": 0.9,
        "injured_exact": 0.95,
        "city_accuracy": 0.5,
        "date_exact": 0.85,
        "evidence_spans_ok": 0.98,
    }),
    # Tolls round 12d (2026-11-27, 12 US articles written before any code change, no country hint: later deaths told
    # as updates, "others" figures, a lone victim beside people hurt fleeing, a wounded intruder, a clerk and a
    # robber). First score (05:04 UTC): coverage 1.0, killed exact 0.75 (0.714 over the 7 with deaths), injured
    # 0.75, city 1.0, date 0.917, evidence spans 0.939 (98). Second and last (05:16 UTC, the round's final toll
    # code): the same. Spent. Floors one article below (0.083; 0.143 over the 7).
    "news_probe19": ((12, 12, 7, 5), {
        "coverage": 0.91,
        "killed_exact": 0.66,
        "killed_exact_with_deaths": 0.57,
        "injured_exact": 0.66,
        "city_accuracy": 0.91,
        "date_exact": 0.83,
        "evidence_spans_ok": 0.9,
    }),
    # news_probe20 (city ranker round, 36 US articles): first score 2026-11-27 07:11 UTC, commit f695f0b (no ranker
    # wired; others' uncommitted files in the tree, none imported by src): coverage 1.0, killed exact 0.972 (0.95
    # over the 20 with deaths), injured 0.944, city 0.861, date 0.972, evidence spans 0.985 (266). Second score
    # (08:04 UTC, c83c92b: the ranker was not shipped, the place list changed, events did not): the same. Its
    # failures have never been read. Ids are "us20-..." (check_shape's "us-" count is 0). Floors one article below.
    "news_probe20": ((36, 0, 20, 16), {
        "coverage": 0.97,
        "killed_exact": 0.944,
        "killed_exact_with_deaths": 0.9,
        "injured_exact": 0.916,
        "city_accuracy": 0.833,
        "date_exact": 0.944,
        "evidence_spans_ok": 0.95,
    }),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def probe(request: pytest.FixtureRequest, nlp: Any) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    rows = _rows(FIXTURES / f"{request.param}.jsonl")
    return request.param, rows, run_pipeline(rows)


@pytest.mark.parametrize("name", sorted(SETS))
def test_fixture_shape(name: str) -> None:
    check_shape(_rows(FIXTURES / f"{name}.jsonl"), *SETS[name][0])


def test_floors(probe: tuple[str, list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    name, rows, outs = probe
    check_floors(rows, outs, SETS[name][1])


def summary(name: str, out_path: Path, failures: bool = False) -> str:
    """The totals of an ``extract --jsonl`` output of one probe; the failure list only when asked for."""
    outputs = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    metrics, results = score_news(_rows(FIXTURES / f"{name}.jsonl"), outputs)
    if failures:
        return _report(metrics, results)
    return "\n".join(f"{k:<28}{v}" for k, v in metrics.items())


if __name__ == "__main__":
    print(summary(sys.argv[1], Path(sys.argv[2]), failures="--failures" in sys.argv[3:]))
