"""A third HELD-OUT set of ACLED-style notes, written for issue 3 round 3 (event type on unseen regions).

Why: world_notes4 was scored twice and is spent. These 40 notes (Paraguay, Zambia, Mongolia, Romania, France, Panama,
Georgia, Cambodia, Sudan, Senegal, Liberia, Mauritania, Angola, Mexico, Burkina Faso, Nigeria, Colombia, Myanmar,
DR Congo, Trinidad and Tobago, Cameroon, Haiti, Mali, South Sudan, Somalia, Syria, Mozambique, Ukraine, Ethiopia,
Pakistan, Cuba, Yemen; 2017-2024; our own words, invented incidents in real places, weighted as ACLED's data is:
40% protests and riots with all five sub-types, 25% violence against civilians, 15% battles, 10% explosions,
10% strategic developments) were written before the round's fixes and are scored exactly twice: with the code of the
day and with the round's final code. Nobody reads its failure list: run
``python tests/test_world_notes5.py OUT.jsonl`` for the summary table only. The floors guard against regression.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from world_sets import check_floors, check_shape, main, read_set, run_set

FIXTURE = Path(__file__).parent / "fixtures" / "world_notes5.jsonl"

# History (2026-11-26): written before any change; first score with the code of the day: event type 0.800,
# sub-event type 0.750, fatalities 1.000, date 0.950, country 0.900, admin1 0.850, location 0.850, actor1 0.800,
# actor2 0.647. Second and last score, with the round's final code (event_arguments.yaml v1.9: a denied arrest, a
# protocol signed, force firing on a march, one-sided violence told at a distance): event type 0.825, sub-event
# type 0.775, the other fields unchanged. The set is now spent. Floors about one note below the first score.
FLOORS: dict[str, float] = {
    "event_type": 0.775,
    "sub_event_type": 0.725,
    "fatalities": 0.95,
    "date": 0.925,
    "actor1": 0.775,
    "actor2": 0.6,
    "country": 0.875,
}
HELD_OUT = True


@pytest.fixture(scope="module")
def outputs(nlp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = read_set(FIXTURE)
    return rows, run_set(rows)


def test_fixture_shape() -> None:
    rows = read_set(FIXTURE)
    check_shape(rows, 40)


def test_world_notes5_floors(outputs: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    check_floors(*outputs, FLOORS, HELD_OUT)


if __name__ == "__main__":
    main(FIXTURE, HELD_OUT)
