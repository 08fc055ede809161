"""Places round 12: one seat block per county in gazetteer_units (a repeated YAML key had dropped Kakuma's,
Lokichar's, Kabarnet's and Marigat's wards back to the county's point), Lamu and Garissa border villages at their
ward's seat, known points for Mutomo, Lolgorian and Kenya's Namanga, and the note's own place over where its people
come from ('riders from Bungoma') or the second of two places joined by 'and'.

Texts are our own; the places, the constituencies they lie in and their points are real (IEBC 2012, GeoNames, public
maps: gazetteer_units.yaml ``points`` and ``known_points``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from geocoded import first_place
from geocoded import km as _km

from crosstally.geo import GeoContext, geocode_name

DATA = Path(__file__).parent.parent / "src" / "crosstally" / "data"


def _ke() -> GeoContext:
    return GeoContext.from_text("", country="KE")


class _UniqueKeys(yaml.SafeLoader):
    """A loader that refuses a mapping key given twice (plain YAML keeps the last one silently)."""


def _unique_mapping(loader: _UniqueKeys, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        assert key not in seen, f"{key!r} given twice at {key_node.start_mark}"
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_no_vocabulary_gives_a_key_twice(path: Path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeys)  # noqa: S506 (a SafeLoader subclass)


@pytest.mark.parametrize(("name", "county", "lat", "lon"), [
    ("Nakwamoru", "Turkana", 2.381, 35.651),   # Turkana South: at Lokichar, not Lodwar 80 km north
    ("Kalobeyei", "Turkana", 3.714, 34.857),   # Turkana West: at Kakuma
    ("Mukutani", "Baringo", 0.47, 36.0),       # Baringo South: at Marigat, not Kabarnet
    ("Basuba", "Lamu", -2.056, 41.112),        # Lamu East: at Faza, not Lamu town 35 km south-west
    ("Milihoi", "Lamu", -2.389, 40.698),       # a village of Mkunumbi ward: at Mpeketoni
    ("Pandanguo", "Lamu", -2.389, 40.438),     # at Witu
    ("Bothai", "Garissa", -1.595, 40.514),     # Ijara sub-county: at Ijara
    ("Ikutha", "Kitui", -1.85, 38.21),         # Kitui South: at Mutomo, not Kitui town 55 km north
    ("Lolgorian", "Narok", -1.23, 34.81),      # was at Narok town, 120 km east
])
def test_a_ward_or_village_sits_at_its_seat(name: str, county: str, lat: float, lon: float):
    loc = geocode_name(name, _ke())
    assert loc is not None and loc.admin1 == county and loc.country_code == "KE"
    assert _km(loc, lat, lon) < 12, (loc.lat, loc.lon)


def test_kenyas_namanga_with_a_kenyan_hint():
    loc = first_place("On 3 May 2021, Kajiado traders blocked the road at Namanga over new levies.", "KE")
    assert loc.admin1 == "Kajiado" and loc.country_code == "KE"
    assert _km(loc, -2.54, 36.79) < 5


def test_where_people_come_from_is_not_the_events_place():
    # both names are of people ('from Bungoma', 'Kakamega residents'): the nearer to the event word wins, not the
    # origin only because it carries no penalty
    text = "On 7 June 2023, three boda boda riders from Bungoma were stabbed in a brawl with Kakamega residents."
    assert first_place(text, "KE").admin1 == "Kakamega"


@pytest.mark.parametrize(("text", "place"), [
    ("On 4 April 2022, nurses in Kericho and Bomet marched to demand unpaid allowances.", "Kericho"),
    ("On 11 May 2023, traders in Kitui and Machakos closed their shops to protest new county fees.", "Kitui"),
])
def test_the_first_of_two_places_joined_by_and(text: str, place: str):
    assert first_place(text, "KE").name == place


@pytest.mark.parametrize(("text", "county", "lat", "lon"), [
    ("On 3 March 2021, raiders shot dead two herders in the Kerio Valley and drove off 100 goats.",
     "Elgeyo Marakwet", 0.85, 35.6),
    ("On 5 April 2022, suspected Al Shabaab fighters ambushed a KDF patrol in Boni Forest.", "Lamu", -1.85, 41.15),
    ("On 6 May 2023, fishermen were attacked on Lake Turkana by gunmen; one died.", "Turkana", 3.6, 36.1),
    ("On 7 June 2022, a ranger was killed by poachers in Kakamega Forest.", "Kakamega", 0.28, 34.87),
    ("On 8 June 2022, residents protested at Lake Naivasha over land evictions.", "Nakuru", -0.714, 36.433),
])
def test_a_forest_valley_or_lake_is_its_countys_place(text: str, county: str, lat: float, lon: float):
    loc = first_place(text, "KE")
    assert loc.admin1 == county and _km(loc, lat, lon) < 5, (loc.name, loc.admin1, loc.lat, loc.lon)


def test_al_shabaab_is_no_iranian_village():
    from crosstally.geo import infer_country

    guess = infer_country("On 2 May 2019, police raided a house in Eastleigh and held three members of al Shabab.")
    assert guess.code == "KE", guess.evidence
