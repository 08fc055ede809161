"""The held-out several-outlets sets, outlets2 to outlets8, through the whole pipeline: their shape and their floors.

Why: each set was written apart from the linker, about invented incidents in real places, and scored before the
round that tuned on it; later sets stay unread until their own second score. The floors sit under each set's last
figure because other stages move. What each set holds and its score history: ``tests/fixtures/linking/README.md``.
Each set runs exactly as ``scripts/bench_link.py --gold`` does; the score is on each document's most salient event.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from outlet_sets import check_fixture, link_set, read_set

LINKING = Path(__file__).parent / "fixtures" / "linking"

# name: (reports, incidents, reports that must yield an event, pairwise F1 floor)
SETS: dict[str, tuple[int, int, int, float]] = {
    "outlets2": (48, 18, 44, 0.79),
    "outlets3": (45, 17, 41, 0.90),
    "outlets4": (37, 14, 34, 0.80),
    "outlets5": (39, 14, 35, 0.88),
    "outlets6": (42, 15, 39, 0.96),
    "outlets7": (39, 14, 37, 0.74),
    "outlets8": (39, 15, 36, 0.80),
}

# Pairs a set's gold says must share an incident (a syndicated copy under a new headline) or stay apart (the same
# village or district a week later, two neighbourhoods on one holiday, a bombing and the next day's mortar attack).
SAME: dict[str, list[tuple[str, str]]] = {
    "outlets2": [("outlets2-023", "outlets2-024"), ("outlets2-029", "outlets2-030"), ("outlets2-018", "outlets2-020"),
                 ("outlets2-021", "outlets2-022")],
    # session 27: a town named as another report's district ("Tuz Khurmatu district") is no part of itself
    "outlets3": [("outlets3-014", "outlets3-015")],
}
APART: dict[str, list[tuple[str, str]]] = {
    "outlets2": [("outlets2-039", "outlets2-042"), ("outlets2-001", "outlets2-004"), ("outlets2-030", "outlets2-033"),
                 ("outlets2-020", "outlets2-021")],
    # session 27: Cite Soleil, listed as a town since the places round, stays a part of Port-au-Prince against Solino
    "outlets6": [("outlets6-034", "outlets6-037"), ("outlets6-036", "outlets6-038")],
}


def _earlier(name: str) -> list[Path]:
    """The sets written before this one, and the gold corpus: none may share text with it."""
    number = int(name.removeprefix("outlets"))
    return [LINKING / "outlets.jsonl", LINKING / "gold.jsonl",
            *(LINKING / f"outlets{i}.jsonl" for i in range(2, number))]


@pytest.mark.parametrize("name", list(SETS))
def test_fixture_is_well_formed_and_written_apart_from_the_earlier_sets(name: str) -> None:
    n, incidents, _, _ = SETS[name]
    check_fixture(read_set(LINKING / f"{name}.jsonl"), n, incidents, _earlier(name))


def test_the_syndicated_copy_in_outlets3_is_the_wire_story_cut_short() -> None:
    copy = {r["id"]: r for r in read_set(LINKING / "outlets3.jsonl")}
    assert copy["outlets3-039"]["text"].startswith(copy["outlets3-040"]["text"])
    assert copy["outlets3-039"]["title"] != copy["outlets3-040"]["title"]


@pytest.mark.parametrize("name", list(SETS))
def test_held_out_outlets_are_linked_above_the_floor(name: str, nlp) -> None:  # nlp: the spaCy pipeline loaded once
    _, _, events, floor = SETS[name]
    pred, f = link_set(read_set(LINKING / f"{name}.jsonl"))
    assert len(pred) >= events, "nearly every report must yield an event"
    assert f["f1"] >= floor, {k: round(v, 3) for k, v in f.items()}
    for a, b in SAME.get(name, []):
        assert pred[a] == pred[b], (a, b)
    for a, b in APART.get(name, []):
        assert pred[a] != pred[b], (a, b)
