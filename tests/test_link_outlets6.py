"""A sixth held-out set of several outlets per incident, through the whole pipeline.

tests/fixtures/linking/outlets6.jsonl holds 42 reports (wire with a dateline, local paper or radio, monitor's brief,
rights group, NGO or UN statement, a follow-up with a revised toll) of 15 incidents in countries the other sets use
little (Niger, Chad, Nigeria's north-east, Somalia, Yemen, Iraq, Pakistan, the Philippines, Honduras, Haiti, DR Congo),
all invented in real places and written before the linker was scored on them. Hard distractors: two incidents in one
city on one day (Mogadishu, Port-au-Prince), a different incident in the same district the next day (Dikwa, Dera
Ismail Khan), reports naming only the country or region, spelling variants (Tera/Téra, Baga Sola/Bagasola,
Taiz/Ta'izz/Taizz, Tarmiyah/Tarmiya, Dera Ismail Khan/D I Khan, Cite/Cité Soleil, Mogadishu/Muqdisho). Linking round 6
read its pair errors and was tuned on it; outlets7.jsonl is the fresh set. It runs exactly as
`scripts/bench_link.py --gold` does; the score is on each document's most salient event.
"""

from __future__ import annotations

from pathlib import Path

from outlet_sets import check_fixture, link_set, read_set

OUTLETS6 = Path(__file__).parent / "fixtures" / "linking" / "outlets6.jsonl"

# Measured 2026-11-26 08:10 UTC, the first honest run with the linker as it stood when the set was written (linking
# round 4): pairwise F1 0.764 (P 0.680 R 0.872), 41 of 42 reports yield an event. Scored the second and last time
# with linking round 5 (outlet-name and weak dateline places, deadly placeless claims across families, main claims
# of one day first, a much smaller toll a day later, a city naming a weakly geocoded part), 08:34 UTC: 0.764 (P 0.680
# R 0.872), unchanged. Linking round 6 read its pair errors and was tuned on it (2026-11-26): 0.974 (P 1.000
# R 0.949). The floor sits under it because other stages move.
FLOOR = 0.85


def test_fixture_is_well_formed_and_written_apart_from_the_other_sets() -> None:
    rows = read_set(OUTLETS6)
    check_fixture(rows, 42, 15, [OUTLETS6.parent / n for n in
                                 ("outlets.jsonl", "outlets2.jsonl", "outlets3.jsonl", "outlets4.jsonl",
                                  "outlets5.jsonl", "gold.jsonl")])


def test_sixth_held_out_outlets_are_linked_above_the_floor(nlp) -> None:  # nlp: the spaCy pipeline loaded once
    pred, f = link_set(read_set(OUTLETS6))
    assert len(pred) >= 39, "nearly every report must yield an event"
    assert f["f1"] >= FLOOR, {k: round(v, 3) for k, v in f.items()}
