"""A second held-out set of several outlets per incident, through the whole pipeline.

tests/fixtures/linking/outlets2.jsonl holds 48 reports (wire, local paper, NGO, monitor, incident log) of 18
incidents in ten countries that outlets.jsonl does not use much (Pakistan, Colombia, Haiti, Burkina Faso, Somalia,
India, the Philippines, the United States, Ukraine, Nigeria, Myanmar), all invented in real places and written
before the linker was scored on them: rising tolls, places at neighbourhood / town / district / province level,
relative dates, a syndicated copy, and hard distractors (two gang attacks in one capital on one day, a restaurant
bombing and a mortar attack in one city on consecutive days, a port strike and a drone attack a day apart, the same
village a week later, the same district a week later). outlets.jsonl has been tuned on; this set has not: score it,
do not tune on it. It runs exactly as `scripts/bench_link.py --gold` does; the score is on each document's most
salient event.
"""

from __future__ import annotations

from pathlib import Path

from outlet_sets import check_fixture, link_set, read_set

OUTLETS2 = Path(__file__).parent / "fixtures" / "linking" / "outlets2.jsonl"

# Measured 2026-11-26, once with the linker as it was when the set was written: pairwise F1 0.771 (P 0.744 R 0.800),
# and once after the same-city same-day work (named parts of a town learnt across reports, veto unless every toll
# agrees, bonus for a shared part), which was tuned on outlets.jsonl only: 0.759 (P 0.769 R 0.750). Then the set was
# looked at (it is no longer held out; outlets3.jsonl is) and its failure classes fixed: clauses that recall another
# attack give no part, place or toll, a district named like its town ("Bannu district") is no part of a town, a
# report placed in its own neighbourhood counts it (Solino), "Fourth of July" is a date: 0.875 (P 0.875 R 0.875).
# The floor sits under that because other stages move (each gold pair is 1/40 of recall). Known misses: wire
# datelines' dates taken as the event's (Mrauk-U, Solino), a market bombing typed as a protest (Bannu), a
# neighbourhood geocoded to another state (Austin), an Odesa port strike and a drone attack a day apart.
# Then the wire-dateline dates were fixed in extraction (Solino is dated Saturday, its event day): 0.814. Right dates
# put Solino on the same day and in the same city as the Carrefour-Feuilles attack, and two Carrefour reports that
# name no place or part bridge the two (a linker fault left open, in docs/benchmarks.md).
FLOOR = 0.79


def _run() -> tuple[dict[str, str], dict[str, str], dict]:
    rows = read_set(OUTLETS2)
    pred, f = link_set(rows)
    return pred, {r["id"]: r["gold_incident"] for r in rows}, f


def test_fixture_is_well_formed_and_written_apart_from_outlets() -> None:
    check_fixture(read_set(OUTLETS2), 48, 18, [OUTLETS2.parent / "outlets.jsonl"])


def test_held_out_outlets_are_linked_above_the_floor(nlp) -> None:  # nlp: the spaCy pipeline loaded once
    pred, labels, f = _run()
    assert len(pred) >= 44, "nearly every report must yield an event"
    assert f["f1"] >= FLOOR, f
    # a syndicated copy under a new headline is the same incident
    assert pred["outlets2-023"] == pred["outlets2-024"]
    # the same village a week later, and the same district a week later, are other incidents
    assert pred["outlets2-039"] != pred["outlets2-042"]
    assert pred["outlets2-001"] != pred["outlets2-004"]
    # the Fourth of July in two Chicago neighbourhoods; a restaurant bombing and the next day's mortar attack, whose
    # reports recall each other
    assert pred["outlets2-029"] == pred["outlets2-030"] != pred["outlets2-033"]
    assert pred["outlets2-018"] == pred["outlets2-020"] != pred["outlets2-021"] == pred["outlets2-022"]
