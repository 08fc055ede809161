"""A second set of ACLED-style notes from regions and years the rules were not written on (issue 3, TUNE set).

Why: ``world_notes.jsonl`` was read while fixing, so it no longer measures generalisation. This set holds 50 notes we
wrote in ACLED's note style (several sentences, sources' figures, "reportedly", "[size=...]", "Property
destroyed") about invented incidents in real places in Kenya 2019-2024, Afghanistan 2021-2023, Bangladesh, Thailand,
Indonesia, Venezuela, Peru, Iran, Turkey, Egypt, Uganda, Zimbabwe, Guinea, Senegal, Haiti, Burundi, Chad, Niger,
the Central African Republic and Libya, weighted as ACLED's data is (about 40% protests and riots, 25% violence
against civilians, 15% battles, 10% explosions, 10% strategic developments). It is a TUNE set: its failures were
read and fixed as classes, so its figures overstate an unseen region; ``test_world_notes_heldout.py`` has the held-out ones.
Run with no country hint, scored with the eval's own comparisons through ``test_world_notes.score_world``.

``python tests/test_world_notes2.py OUT.jsonl`` prints the table and the failures of an ``extract --jsonl`` output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from world_sets import check_floors, check_shape, main, read_set, run_set

FIXTURE = Path(__file__).parent / "fixtures" / "world_notes2.jsonl"

# History (2026-11-26): first run with the code of the day, before any fix: event type 0.860, sub-event type 0.800,
# fatalities 0.940, date 0.960, country 0.920, admin1 0.800, location 0.820, actor1 0.560, actor2 0.725.
# After event_arguments.yaml v1.7 (definitions), the round's actors (actors.yaml), "X clashed with Y" and four ACLED
# admin1 spellings: event type 1.0, sub-event type 1.0, fatalities 0.96, date 1.0, country 0.96, admin1 0.90,
# location 0.86, actor1 0.88, actor2 0.90. Floors two notes below (other stages change the inputs too).
FLOORS: dict[str, float] = {
    "event_type": 0.96,
    "sub_event_type": 0.96,
    "fatalities": 0.9,
    "date": 0.96,
    "actor1": 0.84,
    "actor2": 0.84,
    "country": 0.92,
}
HELD_OUT = False


@pytest.fixture(scope="module")
def outputs(nlp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = read_set(FIXTURE)
    return rows, run_set(rows)


def test_fixture_shape() -> None:
    rows = read_set(FIXTURE)
    check_shape(rows, 50)
    types = [r["gold"]["event_type"] for r in rows]
    assert 0.35 <= sum(t in ("Protests", "Riots") for t in types) / len(rows) <= 0.45


def test_world_notes2_floors(outputs: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    check_floors(*outputs, FLOORS, HELD_OUT)


if __name__ == "__main__":
    main(FIXTURE, HELD_OUT)
