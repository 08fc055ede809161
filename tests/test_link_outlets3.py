"""A third held-out set of several outlets per incident, through the whole pipeline.

tests/fixtures/linking/outlets3.jsonl holds 45 reports (wire with a dateline, local paper, rights group, monitor's
weekly brief, incident summary) of 17 incidents in countries and kinds the other sets use little (Bangladesh,
Mozambique, Iraq, Yemen, Lebanon, Ethiopia, DR Congo, Brazil, Mexico, Kenya, Mali, Sudan: riots, protests,
abductions, drone strikes, roadside bombs, a police raid), all invented in real places and written before the
linker was scored on them: rising tolls, places at neighbourhood / town / district / province level, relative dates,
a syndicated copy, and hard distractors (two incidents in one city on one day in different neighbourhoods, a
district named like its town, reports that recall an earlier attack in another neighbourhood, the same village a
week later). outlets.jsonl and outlets2.jsonl have been tuned on; this set has not: score it, do not tune on it. It
runs exactly as `scripts/bench_link.py --gold` does; the score is on each document's most salient event.
"""

from __future__ import annotations

from pathlib import Path

from outlet_sets import check_fixture, link_set, read_set

OUTLETS3 = Path(__file__).parent / "fixtures" / "linking" / "outlets3.jsonl"

# Measured 2026-11-26: first honest run with the linker as it stood when the set was written (05:55 UTC), pairwise
# F1 0.774 (P 0.960 R 0.649); at the end of the round (recalled clauses cut, districts named like their town, own
# neighbourhoods, named days and log date fields) 0.806 (P 1.000 R 0.676), where the earlier linker on the same day's
# other stages reads 0.812 (P 0.963 R 0.703). The floor sits under both because other stages move (each of the 40
# gold pairs is 1/40 of recall).
FLOOR = 0.76



def test_fixture_is_well_formed_and_written_apart_from_the_other_sets() -> None:
    rows = read_set(OUTLETS3)
    check_fixture(rows, 45, 17, [OUTLETS3.parent / n for n in ("outlets.jsonl", "outlets2.jsonl", "gold.jsonl")])
    # the syndicated copy is the wire story with its last sentence cut, under a new headline
    copy = {r["id"]: r for r in rows}
    assert copy["outlets3-039"]["text"].startswith(copy["outlets3-040"]["text"])
    assert copy["outlets3-039"]["title"] != copy["outlets3-040"]["title"]


def test_third_held_out_outlets_are_linked_above_the_floor(nlp) -> None:  # nlp: the spaCy pipeline loaded once
    pred, f = link_set(read_set(OUTLETS3))
    assert len(pred) >= 41, "nearly every report must yield an event"
    assert f["f1"] >= FLOOR, f
    # the syndicated copy is the same incident
    assert pred["outlets3-039"] == pred["outlets3-040"]
    # two neighbourhoods of one city on one day; the same village a week later; one district's roadside bomb and
    # its town's rocket attack a day apart; a raid and a shootout in two favela complexes two days apart
    for a, b in (("001", "004"), ("006", "009"), ("011", "014"), ("027", "030")):
        assert pred[f"outlets3-{a}"] != pred[f"outlets3-{b}"], (a, b)
