"""An eighth held-out set of several outlets per incident, through the whole pipeline.

tests/fixtures/linking/outlets8.jsonl holds 39 reports (wire with a dateline, local paper or radio, police, ministry,
governor or investigators' statement, rights group, monitor's monthly review, two syndicated copies) of 15 incidents
in countries the other sets do not use (Nepal, Sri Lanka, Ghana, Russia's Dagestan, Argentina, Chile, Angola,
Madagascar, Trinidad and Tobago, Guinea), all invented in real places and written before the linker was scored on
them. Hard distractors: two shootings in greater Colombo three days apart (Kotahena, Dehiwala) and a trial that week
about a 2022 killing in Kotahena; two shootings in Rosario three days apart (Ludueña, Empalme Graneros), the second
report recalling the first; an anniversary of an old school attack in Bawku in the week of a new market attack
there, and a monitor's review summing the month in that region. Spelling variants: Baneshwor/Baneshwar,
Dagestan/Daghestan, Ludueña/Luduena, Araucania/La Araucanía, Hamdallaye/Hamdalaye, Port of Spain/Port-of-Spain.
Its pair errors have not been read: do not tune on it. It runs exactly as `scripts/bench_link.py --gold` does; the score
is on each document's most salient event.
"""

from __future__ import annotations

from pathlib import Path

from outlet_sets import check_fixture, link_set, read_set

OUTLETS8 = Path(__file__).parent / "fixtures" / "linking" / "outlets8.jsonl"

# Measured 2026-11-26 12:55 UTC, the first honest run with the linker as it stood when the set was written (linking
# round 6): pairwise F1 0.906 (P 1.000 R 0.829), 38 of 39 reports yield an event. Scored the second and last time
# with linking round 7 (tuned on outlets7.jsonl), 13:19 UTC: 0.939 (P 1.000 R 0.886); other stages changed between
# the two runs too. The floor sits under it because other stages move.
FLOOR = 0.80


def test_fixture_is_well_formed_and_written_apart_from_the_other_sets() -> None:
    rows = read_set(OUTLETS8)
    check_fixture(rows, 39, 15, [OUTLETS8.parent / n for n in
                                 ("outlets.jsonl", "outlets2.jsonl", "outlets3.jsonl", "outlets4.jsonl",
                                  "outlets5.jsonl", "outlets6.jsonl", "outlets7.jsonl", "gold.jsonl")])


def test_eighth_held_out_outlets_are_linked_above_the_floor(nlp) -> None:  # nlp: the spaCy pipeline loaded once
    pred, f = link_set(read_set(OUTLETS8))
    assert len(pred) >= 36, "nearly every report must yield an event"
    assert f["f1"] >= FLOOR, {k: round(v, 3) for k, v in f.items()}
