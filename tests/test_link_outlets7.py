"""A seventh held-out set of several outlets per incident, through the whole pipeline.

tests/fixtures/linking/outlets7.jsonl holds 39 reports (wire with a dateline, local paper or radio, monitor's brief,
rights group, union, park operator, army, police or government statement, a follow-up with a revised toll, one
syndicated copy) of 14 incidents in countries the other sets do not use (Central African Republic, South Sudan,
Uganda, Togo, Benin, Jamaica, Guatemala, Iran, Kyrgyzstan / Tajikistan, Burundi), all invented in real places and
written before the linker was scored on them. Hard distractors: two incidents in one city on one day (Gudele and
Munuki, Juba, with a rights statement naming only "the South Sudanese capital"), one city a week apart (August Town
and Tivoli Gardens, Kingston), a commemoration of an old shooting in the same city that week, a trial about a 2022
attack in the same district in the week of a new raid (Kasese), army-post and ranger attacks in neighbouring
countries four days apart (Togo, Benin), one border clash told by each side (Batken / Vorukh, Isfara), spelling
variants (Zahedan/Zahidan, Sistan-Baluchestan / Sistan and Baluchistan, Dapaong/Dapaon, Zone 18 / zona 18). Spent
after its second scoring: linking round 7 read its pair errors and was tuned on it (tests/test_link_round7.py);
outlets8.jsonl is the fresh set. It runs exactly as `scripts/bench_link.py --gold` does; the score is on each
document's most salient event.
"""

from __future__ import annotations

from pathlib import Path

from outlet_sets import check_fixture, link_set, read_set

OUTLETS7 = Path(__file__).parent / "fixtures" / "linking" / "outlets7.jsonl"

# Measured 2026-11-26 10:13 UTC, the first honest run with the linker as it stood when the set was written (linking
# round 5): pairwise F1 0.821 (P 0.889 R 0.762), 39 of 39 reports yield an event. Scored the second and last time
# with linking round 6 (tuned on outlets5.jsonl and outlets6.jsonl), 10:45 UTC: 0.865 (P 1.000 R 0.762). The floor
# sits under it because other stages move.
FLOOR = 0.74


def test_fixture_is_well_formed_and_written_apart_from_the_other_sets() -> None:
    rows = read_set(OUTLETS7)
    check_fixture(rows, 39, 14, [OUTLETS7.parent / n for n in
                                 ("outlets.jsonl", "outlets2.jsonl", "outlets3.jsonl", "outlets4.jsonl",
                                  "outlets5.jsonl", "outlets6.jsonl", "gold.jsonl")])


def test_seventh_held_out_outlets_are_linked_above_the_floor(nlp) -> None:  # nlp: the spaCy pipeline loaded once
    pred, f = link_set(read_set(OUTLETS7))
    assert len(pred) >= 37, "nearly every report must yield an event"
    assert f["f1"] >= FLOOR, {k: round(v, 3) for k, v in f.items()}
