"""A HELD-OUT set of ACLED-style notes, written for issue 3 round 4 (actors on unseen regions).

Why: world_notes3-5 are spent. These 40 notes (Nepal, Sri Lanka, Bolivia, Peru, Chile, Argentina, Kazakhstan,
Indonesia, Serbia, Bangladesh, Guatemala, Tanzania, Zimbabwe, Morocco, India, Brazil, the Philippines, Iraq, Libya,
Thailand, Colombia, DR Congo, Sierra Leone, Egypt, Tajikistan, Lebanon, Nicaragua, Jordan, Tunisia; 2017-2024; our
own words, invented incidents in real places, weighted as ACLED's data is: 40% protests and riots, 25% violence
against civilians, 15% battles, 10% explosions, 10% strategic developments; actor1/actor2 as ACLED names them,
generic names with country and period, named groups under their own names) were written before the round's actor
fixes and are scored exactly twice: with the code of the day and with the round's final code. Nobody reads its
failure list: run ``python tests/test_world_notes7.py OUT.jsonl`` for the summary table only. The floors guard
against regression.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from world_sets import check_floors, check_shape, main, read_set, run_set

FIXTURE = Path(__file__).parent / "fixtures" / "world_notes7.jsonl"

# History (2026-11-26): written before any change; first score with the code of the day: event type 0.850,
# sub-event type 0.850, fatalities 0.975, date 0.950, country 0.925, admin1 0.775, location 0.775, actor1 0.700,
# actor2 0.677 (31 notes have an actor2). Second and last score, with the round's final code (unlisted groups by
# acronym, bare words pointing back, men linked to a force, battle-only generics, fights not communal outside Kenya;
# the event-type round landed at the same time): event type 0.875, sub-event type 0.875, fatalities 0.975,
# date 0.950, country 0.950, admin1 0.800, location 0.775, actor1 0.700, actor2 0.710. The set is now spent.
# Floors about one note below the first score.
FLOORS: dict[str, float] = {
    "event_type": 0.825,
    "sub_event_type": 0.825,
    "fatalities": 0.95,
    "date": 0.925,
    "actor1": 0.675,
    "actor2": 0.645,
    "country": 0.9,
}
HELD_OUT = True


@pytest.fixture(scope="module")
def outputs(nlp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = read_set(FIXTURE)
    return rows, run_set(rows)


def test_fixture_shape() -> None:
    rows = read_set(FIXTURE)
    check_shape(rows, 40)


def test_world_notes7_floors(outputs: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    check_floors(*outputs, FLOORS, HELD_OUT)


if __name__ == "__main__":
    main(FIXTURE, HELD_OUT)
