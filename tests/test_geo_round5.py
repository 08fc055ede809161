"""Places round 5 (issue 3): leftovers named by the previous round, fixed as classes.

Why: each case below was a wrong country, state or town that split one incident's reports: a two-word country's
demonym ('South Sudanese') read as the one-word country's, 'St <Name>' matching only the one 'Saint <Name>' GeoNames
files with the short form, Canadian Press province abbreviations in datelines ('Alta.', 'Man.', 'Ont.'), a town
losing to a big city abroad known by the same word ('Zion'), the first three same-name US counties filed instead of
the likeliest ('Pierce County'), a building's name ('Roosevelt hospital') kept as a village; and from the spent
world_notes9-11 failures: a town GeoNames files under no district losing to the district told with it ('Ruiru town,
Kiambu county'), and a town's other full name ('Adama', GeoNames' Nazret) replaced by GeoNames'. Every sentence is
written for this file; places are real, people and incidents invented. Real pipeline, no country hint.
"""

from __future__ import annotations

from typing import Any

import pytest
from geocoded import place_triple

from crosstally.geo import geocode_name, get_gazetteer, infer_country

CASES = [
    # Canadian Press datelines: the province abbreviation names the province, not a town abroad
    ("LETHBRIDGE, Alta. — A woman in her forties was stabbed to death at a townhouse late on Sunday, officers said.",
     ("Lethbridge", "Alberta", "CA")),
    ("BRANDON, Man. — A man was found with fatal stab wounds in a back lane early Saturday, police said.",
     ("Brandon", "Manitoba", "CA")),
    ("KINGSTON, Ont. — Two men were hurt when shots were fired outside a bar near the waterfront on Friday night.",
     ("Kingston", "Ontario", "CA")),
    ("A teenager was shot and wounded in Red Deer, Alta., on Thursday evening, according to the local detachment.",
     ("Red Deer", "Alberta", "CA")),
    # a town of its own name beats a big city abroad nicknamed so
    ("A 19-year-old was shot dead in Zion on Saturday night after an argument at a gas station, police said.",
     ("Zion", "Illinois", "US")),
    # no state named: the same-name county with a city in it
    ("A man was shot dead in unincorporated Pierce County on Sunday, sheriff's deputies said.",
     ("Pierce County", "Washington", "US")),
    # a town GeoNames files under no district, told with its district: the town, not the district
    ("On 2 February 2022, hawkers in Ruiru town, Kiambu county, marched to the municipal office over new stall "
     "fees. [size=about 80]", ("Ruiru", "Kiambu", "KE")),
    # another full name of a town (GeoNames calls Adama 'Nazret'): the name the text uses
    ("On 9 September 2021, a crowd set a bus on fire in Adama, Oromia, after a driver hit a boy on a bicycle.",
     ("Adama", "Oromia", "ET")),
    # 'St <Name>' is every 'Saint <Name>': the Jamaican parish, not Guernsey's
    ("Soldiers were sent into parts of Mona, St Andrew, after a gunman wounded three people on a minibus on Friday.",
     ("Mona", "Saint Andrew", "JM")),
]


@pytest.mark.parametrize("text,want", CASES)
def test_place(nlp: Any, text: str, want: tuple[str, str, str]) -> None:
    assert place_triple(text) == want


def test_a_two_word_demonym_names_its_country(nlp: Any) -> None:
    text = "Three traders died when gunmen opened fire at a market in the South Sudanese capital on Tuesday."
    assert infer_country(text).scores.get("SS", 0) > infer_country(text).scores.get("SD", 0)
    assert place_triple(text)[2] == "SS"


def test_a_building_name_is_no_village(nlp: Any) -> None:
    # Since classifier 2.4 a death with no act told ("a guard wounded at ... died") is no conflict report: the
    # sentence now tells who shot him, which keeps this a test of the place, not of relevance.
    name, _, cc = place_triple("A guard shot by gunmen at Roosevelt hospital died on Sunday, police in Guatemala City said.")
    assert cc == "GT" and name != "Roosevelt"


def test_a_town_with_no_district_filed_lies_in_the_district_told() -> None:
    loc = geocode_name("Kumbo, Bui division")
    assert loc is not None and loc.name == "Kumbo" and loc.country_code == "CM"


def test_a_nickname_is_not_written_but_a_full_name_is() -> None:
    assert geocode_name("Philly").name == "Philadelphia"  # type: ignore[union-attr]
    assert geocode_name("El Geneina").name == "El Geneina"  # type: ignore[union-attr]


def test_st_is_saint_for_every_country() -> None:
    loc = geocode_name("St Andrew")
    assert loc is not None and loc.country_code == "JM"  # the most populous country with a parish so named
    assert geocode_name("St Andrew", None) == loc


def test_biggest_town_in_a_county() -> None:
    gz = get_gazetteer()
    counties = {p.admin1: p for p in gz.lookup("Pierce County") if p.kind == "admin2"}
    wa = next(p for p in counties.values() if gz.places[p.admin1].name == "Washington")
    assert all(gz.places.biggest_town_in(wa.geonameid) >= gz.places.biggest_town_in(p.geonameid)
               for p in counties.values())
    assert gz.places.biggest_town_in(-1) == 0
