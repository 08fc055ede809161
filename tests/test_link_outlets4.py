"""A fourth held-out set of several outlets per incident, through the whole pipeline.

tests/fixtures/linking/outlets4.jsonl holds 37 reports (wire with a dateline, local paper, rights group, monitor's
brief or incident log) of 14 incidents in countries the other sets do not use (Cameroon, Niger, Chad, Libya, Egypt,
Afghanistan, Thailand, Ecuador, Peru, South Africa), all invented in real places and written before the linker was
scored on them: rising tolls, relative dates, follow-ups, and hard distractors (two incidents in one city on one
day where some reports name neither part, a wire report naming only the country, the same capital a week later,
one province on consecutive days). outlets.jsonl and outlets2.jsonl have been tuned on and outlets3.jsonl looked
at; this set has not been tuned on: score it, do not tune on it. It runs exactly as `scripts/bench_link.py --gold`
does; the score is on each document's most salient event.
"""

from __future__ import annotations

from pathlib import Path

from outlet_sets import check_fixture, link_set, read_set

OUTLETS4 = Path(__file__).parent / "fixtures" / "linking" / "outlets4.jsonl"

# Measured 2026-11-26: first honest run with the linker as it stood when the set was written (06:58 UTC), pairwise
# F1 0.800 (P 0.743 R 0.867). A rule against bridging through reports that name no part of their town, tuned on
# the earlier sets, read 0.774 here and was not shipped. The floor sits under 0.800 because other stages move (each
# gold pair is 1/30 of recall). Known failure left in: the two Cape Town shootings of one night are one incident.
# Linking round 4 (placeless claims are placed after the placed ones cluster, and never join two placed clusters):
# 0.875 (P 0.824 R 0.933); the Bamenda follow-ups that name no place now join their own attack.
FLOOR = 0.80



def test_fixture_is_well_formed_and_written_apart_from_the_other_sets() -> None:
    rows = read_set(OUTLETS4)
    check_fixture(rows, 37, 14, [OUTLETS4.parent / n
                                 for n in ("outlets.jsonl", "outlets2.jsonl", "outlets3.jsonl", "gold.jsonl")])


def test_fourth_held_out_outlets_are_linked_above_the_floor(nlp) -> None:  # nlp: the spaCy pipeline loaded once
    pred, f = link_set(read_set(OUTLETS4))
    assert len(pred) >= 34, "nearly every report must yield an event"
    assert f["f1"] >= FLOOR, f
    # two neighbourhoods of Bamenda on one day; Tripoli a week later; two districts of Narathiwat a day apart
    for a, b in (("001", "004"), ("012", "015"), ("022", "025")):
        assert pred[f"outlets4-{a}"] != pred[f"outlets4-{b}"], (a, b)
    # follow-ups naming no place join their own attack, not the one their neighbour follow-up told
    assert pred["outlets4-002"] == pred["outlets4-001"] and pred["outlets4-005"] == pred["outlets4-004"]
