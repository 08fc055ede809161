"""A fifth held-out set of several outlets per incident, through the whole pipeline.

tests/fixtures/linking/outlets5.jsonl holds 39 reports (wire with a dateline, local paper, monitor's brief, rights
group or NGO statement, a follow-up with a revised toll) of 14 incidents in countries the other sets use little
(Burkina Faso, Bangladesh, Mozambique, Colombia, Venezuela, Myanmar, Indonesia, Papua New Guinea, Ethiopia,
Turkey), all invented in real places and written before the linker was scored on them. Hard distractors: two
incidents in one city on one day (Chattogram, Caracas), reports naming only the country or only the city, a
different incident in the same district the next day (Mocimboa da Praia, Esenyurt). Held out for two scorings, then
spent: linking round 5 read its pair errors and was tuned on it (outlets6.jsonl is the fresh set). It runs exactly as
`scripts/bench_link.py --gold` does; the score is on each document's most salient event.
"""

from __future__ import annotations

from pathlib import Path

from outlet_sets import check_fixture, link_set, read_set

OUTLETS5 = Path(__file__).parent / "fixtures" / "linking" / "outlets5.jsonl"

# Measured 2026-11-26 07:42 UTC, the first honest run with the linker as it stood when the set was written:
# pairwise F1 0.571 (P 0.875 R 0.424), 37 of 39 reports yield an event. Scored once more with linking round 4
# (placeless claims placed last, never joining two incidents), 08:06 UTC: 0.571 (P 0.875 R 0.424), unchanged. The
# floor sits under it because other stages move. Since tuned on (linking rounds 5 and 6): 0.952 (P 1.000 R 0.909)
# after round 6 (2026-11-26).
FLOOR = 0.80


def test_fixture_is_well_formed_and_written_apart_from_the_other_sets() -> None:
    rows = read_set(OUTLETS5)
    check_fixture(rows, 39, 14, [OUTLETS5.parent / n for n in
                                 ("outlets.jsonl", "outlets2.jsonl", "outlets3.jsonl", "outlets4.jsonl", "gold.jsonl")])


def test_fifth_held_out_outlets_are_linked_above_the_floor(nlp) -> None:  # nlp: the spaCy pipeline loaded once
    pred, f = link_set(read_set(OUTLETS5))
    assert len(pred) >= 35, "nearly every report must yield an event"
    assert f["f1"] >= FLOOR, {k: round(v, 3) for k, v in f.items()}
