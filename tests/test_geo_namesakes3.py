"""Place faults found by the linking sets and the regional probes (issue 3, geo round of 2026-11-26).

Why: each class kept reports of one incident apart or put a note in the wrong country: the last word of a
several-word town read alone ('Praia' of 'Mocimboa da Praia'), a neighbourhood that shares a word with a small
town abroad, a big city with no namesake dropped because the note names a neighbouring country, a unit word that
tells two countries' admin1 apart ('Bolivar state'), ACLED's Uganda districts as admin1, and a separate town under
a big city's dateline read as one of its neighbourhoods. The sentences are invented (real places, invented
incidents).
"""

from __future__ import annotations

from datetime import date

from crosstally.geo import get_gazetteer
from crosstally.geo._phrases import _left_longer
from crosstally.pipeline import process
from crosstally.records import Document, Location


def _loc(text: str, published: str = "2024-05-07") -> Location:
    ext = process(Document(text=text, input_id="geo3", source="Test Wire", published=date.fromisoformat(published)))
    assert ext.events and ext.events[0].location is not None, "the report must yield a placed event"
    return ext.events[0].location


def test_left_longer_finds_the_whole_town_name() -> None:
    text = "Aid trucks reached Mocimboa da Praia on Friday."
    start = text.index("Praia")
    span = _left_longer(get_gazetteer(), text, start, start + len("Praia"))
    assert span is not None and text[span.start:span.end] == "Mocimboa da Praia"
    assert _left_longer(get_gazetteer(), "Flights to Praia resumed.", 11, 16) is None


def test_several_word_town_keeps_its_country(nlp) -> None:  # nlp: the real model, loaded once
    loc = _loc("Insurgents burned a health post on the edge of Mocimboa da Praia on Sunday, killing a nurse.")
    assert loc.country == "Mozambique" and loc.admin1 == "Cabo Delgado"


def test_neighbourhood_of_named_city_beats_small_town_abroad(nlp) -> None:
    loc = _loc("Police said three men were shot dead in Cota 905, a hillside district of Caracas, on Monday.")
    assert loc.country == "Venezuela"


def test_listed_numbered_sector_is_read_whole(nlp) -> None:
    loc = _loc("Officers raided homes in Cota 905 in Caracas on Monday and two men were killed.")
    assert loc.country == "Venezuela" and loc.admin1 == "Capital District"


def test_city_without_namesake_survives_a_neighbour_country(nlp) -> None:
    loc = _loc("On 2 May 2024, about 300 traders marched in Bujumbura against new taxes on goods from Rwanda.")
    assert loc.country == "Burundi" and loc.name == "Bujumbura"


def test_unit_word_tells_two_countries_admin1_apart(nlp) -> None:
    loc = _loc("On 4 May 2024, soldiers shot dead a miner near Tumeremo, Bolivar state, witnesses said.")
    assert loc.country == "Venezuela"


def test_uganda_admin1_is_the_district(nlp) -> None:
    loc = _loc("On 3 May 2024, police arrested 15 market vendors who blocked a road in Kasese town.")
    assert loc.country == "Uganda" and loc.admin1 == "Kasese"


def test_separate_town_under_big_city_dateline_keeps_its_name(nlp) -> None:
    loc = _loc("DETROIT (AP) - A clerk was shot and killed during a robbery at a pharmacy in Dearborn on Monday, "
               "police said.")
    assert loc.name == "Dearborn" and loc.admin1 == "Michigan"


def test_neighbourhood_under_big_city_dateline_is_the_city(nlp) -> None:
    loc = _loc("CHICAGO (AP) - A man was shot and wounded in Rogers Park on Monday night, police said.")
    assert loc.name == "Chicago"
