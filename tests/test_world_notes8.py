"""A HELD-OUT set of ACLED-style notes, written for issue 3 round 5 (event type on unseen regions).

Why: world_notes6 and world_notes7 are spent. These 30 notes (Hungary, North Macedonia, Moldova, Germany, South Korea,
Japan, Kuwait, the United States, Bulgaria, Albania, Gabon, the Netherlands, Guyana, Costa Rica, Belize, Equatorial
Guinea, Eritrea, Laos, Mexico, Rwanda, Djibouti, Guinea-Bissau, Kosovo, the United Kingdom, Sweden, Cameroon, China
(Hong Kong), Bosnia and Herzegovina, Montenegro; 2016-2024; our own words, invented incidents in real places,
weighted as ACLED's data is: 40% protests and riots, 25% violence against civilians, 15% battles, 10% explosions,
10% strategic developments; gold in ACLED's vocabulary) were written before the round's event-type fixes and are
scored exactly twice: with the code of the day and with the round's final code. Nobody reads its failure list:
run ``python tests/test_world_notes8.py OUT.jsonl`` for the summary table only. The floors guard against regression.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from world_sets import check_floors, check_shape, main, read_set, run_set

FIXTURE = Path(__file__).parent / "fixtures" / "world_notes8.jsonl"

# History (2026-11-26): written before any change; first score with the code of the day: event type 0.900,
# sub-event type 0.900, fatalities 0.967, date 0.967, country 0.933, admin1 0.733, location 0.833, actor1 0.800,
# actor2 0.762 (21 notes have an actor2). Second and last score, with the round's final code (event_arguments.yaml
# v2.1: bombs that went off, garrisons seized, truces signed, grievance words, party wings, internet cuts):
# unchanged on every column (event type 0.900, sub-event type 0.900). The set is now spent.
# Floors about one note below the first score.
FLOORS: dict[str, float] = {
    "event_type": 0.865,
    "sub_event_type": 0.865,
    "fatalities": 0.93,
    "date": 0.93,
    "country": 0.9,
    "actor1": 0.765,
    "actor2": 0.71,
}
HELD_OUT = True


@pytest.fixture(scope="module")
def outputs(nlp: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = read_set(FIXTURE)
    return rows, run_set(rows)


def test_fixture_shape() -> None:
    rows = read_set(FIXTURE)
    check_shape(rows, 30)


def test_world_notes8_floors(outputs: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    check_floors(*outputs, FLOORS, HELD_OUT)


if __name__ == "__main__":
    main(FIXTURE, HELD_OUT)
