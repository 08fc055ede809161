"""Several outlets reporting the same incidents, through the whole pipeline: a check written apart from the linker.

tests/fixtures/linking/outlets.jsonl holds 66 reports (wire, local, NGO, monitor) of 24 incidents in ten countries,
written before the linker was scored on them: tolls that rise between reports, places named at different levels
and spellings, datelines, relative dates, a syndicated copy, and hard distractors (another attack in the same city
on the same or the next day, the same town a week later, funerals and inquiries days after). It runs exactly as
`scripts/bench_link.py --gold` does; the score is on each document's most salient event.
"""

from __future__ import annotations

from pathlib import Path

from outlet_sets import link_set, read_set

OUTLETS = Path(__file__).parent / "fixtures" / "linking" / "outlets.jsonl"

# Measured 2026-11-26: pairwise F1 0.673 (P 0.755 R 0.607) with the linker as it was when the set was written, 0.794
# (P 0.743 R 0.852) after linking by the places a report names. The floor sits a little under 0.794 because other
# stages move: one report's date or place extracted differently changes a few pairs (each gold pair is 1/61 of
# recall). The misses left are mostly extraction (dates of follow-ups, places in the wrong country) and same-city
# same-day attacks the linker cannot tell apart.
# 2026-11-26 04:30 (issue 3, places): 0.739. Reports 024 and 027 were placed in Saudi Arabia and Sri Lanka, which
# kept two El Fasher incidents a day apart (market shelling, camp drone strike) in different blocks; placed right,
# both sit in El Fasher and the linker joins them (8 false pairs). Floor 0.72 until the linker tells them apart
# (tolls 19 vs 5, shelling vs drone strike).
# 2026-11-26 (issue linkday): 0.750 (P 0.824 R 0.689). A confident shelling and a confident drone strike never share
# an incident, facets of one report join only on their own day, and two reports naming different parts of one
# town (Whitehaven and Orange Mound, Sadr City and Dora) with tolls far apart stay apart. El Fasher is split
# right; Kharkiv's misdated report and a Memphis follow-up whose sentence tells the other shooting are left.
# 2026-11-26 (issue 3, same-city same-day): 0.850 (P 0.923 R 0.787). The named part of a town is read after more
# words ("hit the X district", "Location: X raion"), learnt from other reports of the province (headline, lead,
# own sentences, then the whole report's names), vetoes a merge unless every toll agrees, and counts for a link
# when both reports name it (w_parts): Sadr City / Dora and Whitehaven / Orange Mound are split right. This set
# has now been tuned on; tests/test_link_outlets_heldout.py holds the held-out checks.
FLOOR = 0.82


def _run() -> tuple[dict[str, str], dict[str, str], dict]:
    rows = read_set(OUTLETS)
    pred, f = link_set(rows)
    return pred, {r["id"]: r["gold_incident"] for r in rows}, f


def test_outlets_corpus_links_reports_of_one_incident_and_keeps_others_apart(nlp) -> None:  # nlp: loaded once
    pred, labels, f = _run()
    assert len(pred) >= 62, "nearly every report must yield an event"
    assert len(set(labels.values())) == 24
    assert f["f1"] >= FLOOR, f
    # a syndicated copy under a new headline is the same incident
    assert pred["outlets-043"] == pred["outlets-045"]
    assert pred["outlets-052"] == pred["outlets-053"]
    # the same town a week later, and the same capital a week later, are other incidents
    assert pred["outlets-005"] != pred["outlets-008"]
    assert pred["outlets-054"] != pred["outlets-057"]
    # a funeral piece four days later belongs to the ambush it reports
    assert pred["outlets-004"] == pred["outlets-001"]
