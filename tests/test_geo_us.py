"""US places: post-office towns that cities500 lacks (the ``zipcodes`` fallback), a county's town, a county
dateline, a town a Title Case headline names, a town told as 'south of X'.

Texts are our own; the places are real.
"""

from __future__ import annotations

from geocoded import geocoded_event

from crosstally.geo import get_gazetteer
from crosstally.geo._anchor import dateline
from crosstally.records import Location


def _geocoded(text: str, word: str | None, country: str = "US", sentence: str | None = None) -> Location:
    out = geocoded_event(text, word, country, sentence)
    assert out is not None
    return out


def _state(name: str) -> int:
    gz = get_gazetteer()
    return next(p.geonameid for p in gz.lookup(name) if p.kind == "admin1" and p.country_code == "US")


def test_post_office_towns_are_a_fallback_apart_from_the_main_keys():
    gz = get_gazetteer()
    co = _state("Colorado")
    towns = gz.lookup_postal("Hillrose", co)
    assert len(towns) == 1 and towns[0].kind == "town" and towns[0].country_code == "US"
    assert towns[0].admin2 is not None and "Morgan" in gz.label(gz.places[towns[0].admin2])
    assert 40.0 < (towns[0].lat or 0) < 41.0 and -104.0 < (towns[0].lon or 0) < -103.0
    # not in the main index: a word that names a post office somewhere is no place anywhere else
    assert not any(p.kind == "town" for p in gz.lookup("Hillrose"))
    # towns cities500 has are not repeated
    assert gz.lookup_postal("Chicago") == []


def test_a_dateline_with_its_state_finds_a_post_office_town():
    gz = get_gazetteer()
    text = "Man hurt | Our Paper\n\nHILLROSE, Colo. -- A man was hurt by a stray bullet on Saturday, deputies said."
    anchor = dateline(gz, text, "US")
    assert anchor is not None and anchor.place.name == "Hillrose" and anchor.admin1 == _state("Colorado")


def test_a_town_and_state_phrase_finds_a_post_office_town():
    text = ("Woman killed | Our Paper\n\nDeputies were sent to a farm on Old Mill Road, Lohrville, Iowa, after a "
            "report that a woman had been shot.")
    loc = _geocoded(text, None)
    assert loc.name == "Lohrville" and loc.admin1 == "Iowa"
    assert loc.geonameid is None and loc.precision in (1, 2)
    assert text[loc.evidence[0].start:loc.evidence[0].end] == "Lohrville"


def test_a_stateless_dateline_does_not_use_post_office_towns():
    gz = get_gazetteer()
    text = "Man hurt | Our Paper\n\nHILLROSE -- A man was hurt by a stray bullet on Saturday, deputies said."
    anchor = dateline(gz, text, "US")
    assert anchor is None or anchor.place.admin1 != _state("Colorado")


def test_a_county_dateline_is_the_county():
    text = ("Search goes on | Our Paper\n\nAUGUSTA CO., Va. - Deputies kept searching on Sunday for a man "
            "who fired at a patrol car.")
    loc = _geocoded(text, None)
    assert loc.name == "Augusta County" and loc.admin1 == "Virginia"


def test_a_sheriffs_county_gives_way_to_the_town_named_in_it():
    text = ("Polk County deputies said a 20-year-old man was shot early Friday in Florida. The shooting happened "
            "at a house on Elm Drive in Bartow, a sheriff's spokeswoman said.")
    loc = _geocoded(text, "Polk County")
    assert loc.name == "Bartow" and loc.admin1 == "Florida"


def test_a_compass_word_before_the_town_in_the_county():
    text = ("Man dies after shooting in Bexar County | Our Paper\n\nA man was shot dead in South San Antonio on "
            "Sunday night, police said.")
    loc = _geocoded(text, "Bexar County")
    assert loc.name == "San Antonio"
    assert text[loc.evidence[0].start:loc.evidence[0].end] == "San Antonio"


def test_a_county_of_another_country_is_not_refined_to_a_us_rule():
    text = "Police in Kilifi County said a man was shot in Malindi on Monday."
    loc = _geocoded(text, "Kilifi County", country="KE")
    assert loc.country_code == "KE"


def test_a_title_case_headline_names_the_town():
    text = ("Two Hurt In Fresno Double Shooting | Our Paper\n\nTwo men were wounded by gunfire late on Saturday. "
            "Police said both were expected to survive.")
    loc = _geocoded(text, None)
    assert loc.name == "Fresno" and loc.admin1 == "California"
    assert text[loc.evidence[0].start:loc.evidence[0].end] == "Fresno"


def test_a_headline_word_that_is_no_town_is_left_alone():
    text = ("Police Investigate Weekend Shooting | Our Paper\n\nA man was wounded by gunfire late on Saturday in "
            "Tulsa, officers said.")
    loc = _geocoded(text, None)
    assert loc.name == "Tulsa"


def test_a_town_told_as_south_of_beats_the_dateline_town():
    sentence = ("MUSKOGEE, Okla. — Jane Zyxwv, 17, was charged on Friday in the shooting south of Haskell last week, "
                "records show.")
    text = "Teen charged | Our Paper\n\n" + sentence
    loc = _geocoded(text, "Zyxwv", sentence=sentence)  # a surname misread as the place
    assert loc.name == "Haskell" and loc.admin1 == "Oklahoma"


def test_a_post_office_town_of_the_storys_state_beats_a_namesake_elsewhere():
    text = ("Woman shot | Our Paper\n\nA woman was shot on Sunday at her home in Abbeville, and deputies in "
            "Mississippi are looking for a man in a gray truck. Mississippi troopers joined the search.")
    loc = _geocoded(text, "Abbeville")
    assert loc.name == "Abbeville" and loc.admin1 == "Mississippi"


def test_a_post_office_town_needs_the_state_to_agree():
    text = ("Woman shot | Our Paper\n\nA woman was shot on Sunday at her home in Abington, and troopers in "
            "Pennsylvania are looking for a man in a gray truck.")
    loc = _geocoded(text, "Abington")
    assert loc.admin1 == "Pennsylvania"  # GeoNames' Abington, Pa., not the post office in Connecticut


def test_an_unlisted_part_of_the_dateline_town_keeps_its_name_at_the_towns_point():
    gz = get_gazetteer()
    sentence = "SAVANNAH, Ga. — A man was wounded on Friday outside a Riverfront Acres laundromat, police said."
    text = "Man shot | Our Paper\n\n" + sentence
    loc = _geocoded(text, "Riverfront Acres", sentence=sentence)
    town = max((p for p in gz.lookup("Savannah") if p.kind == "town" and p.admin1 == _state("Georgia")),
               key=lambda p: p.population)
    assert loc.name == "Riverfront Acres" and loc.admin1 == "Georgia" and loc.geonameid is None
    assert (loc.lat, loc.lon) == (town.lat, town.lon)


def test_a_name_not_told_as_a_place_keeps_the_dateline_town():
    sentence = "SAVANNAH, Ga. — Police said John Zyxwv was wounded on Friday, police said."
    text = "Man shot | Our Paper\n\n" + sentence
    assert _geocoded(text, "Zyxwv", sentence=sentence).name == "Savannah"



def test_a_compass_part_whose_bare_name_is_a_town_elsewhere_stays_in_the_dateline_town():
    # 'East Ashley' without its compass word is Ashley, Pa. (or another state's): no evidence against the dateline
    gz = get_gazetteer()
    sentence = "LAWTON, Okla. — Two cars were hit by gunfire on Tuesday near an East Ashley grocery, officers said."
    text = "Cars hit by gunfire | Our Paper\n\n" + sentence
    loc = _geocoded(text, "East Ashley", sentence=sentence)
    town = max((p for p in gz.lookup("Lawton") if p.kind == "town" and p.admin1 == _state("Oklahoma")),
               key=lambda p: p.population)
    assert loc.name == "East Ashley" and loc.admin1 == "Oklahoma" and loc.geonameid is None
    assert (loc.lat, loc.lon) == (town.lat, town.lon)


def test_a_listed_town_of_another_state_is_still_the_dateline_town_not_an_unlisted_part():
    sentence = "LAWTON, Okla. — A driver from Ashley was hurt by flying glass on Tuesday, officers said."
    text = "Cars hit by gunfire | Our Paper\n\n" + sentence
    loc = _geocoded(text, "Ashley", sentence=sentence)
    assert loc.admin1 == "Oklahoma" and loc.name != "Ashley"


def test_a_state_and_a_route_number_is_a_highway_and_the_town_after_it_is_the_place():
    from crosstally.geo._streets import _state_route

    gz = get_gazetteer()
    text = "Deputies said a trucker was wounded at a rest stop on Oklahoma 51 in Zyxwood late on Monday."
    i = text.index("Oklahoma")
    assert _state_route(gz, text, i + len("Oklahoma"), "Oklahoma")
    loc = _geocoded(text, "Oklahoma")
    assert loc.name == "Zyxwood" and loc.admin1 == "Oklahoma" and loc.geonameid is None
    assert text[loc.evidence[0].start:loc.evidence[0].end] == "Zyxwood"
    other = "Across Texas 71 people were hurt in storms."
    assert not _state_route(gz, other, other.index("Texas") + 5, "Texas")
    assert not _state_route(gz, "the Ohio 7th district", 8, "Ohio")
    plain = "Deputies said a trucker was wounded at a rest stop in Oklahoma late on Monday."
    assert _geocoded(plain, "Oklahoma").admin1 == "Oklahoma"


def test_a_residents_town_places_an_event_that_names_no_other_place():
    text = ("Woman hurt in parking dispute | Our Paper\n\nPolice said a 40-year-old Mesquite woman was wounded "
            "in a dispute over a parked car on Sunday evening.")
    loc = _geocoded(text, None)
    assert loc.name == "Mesquite" and loc.country_code == "US" and loc.geonameid is not None
    assert text[loc.evidence[0].start:loc.evidence[0].end] == "Mesquite"


def test_an_unlisted_residents_place_needs_a_place_like_ending():
    text = ("Woman hurt in parking dispute | Our Paper\n\nPolice said a 40-year-old Zyxwv Gardens woman was "
            "wounded in a dispute over a parked car on Sunday evening.")
    loc = _geocoded(text, None)
    assert loc.name == "Zyxwv Gardens" and loc.geonameid is None and loc.country_code == "US"
    text = text.replace("Zyxwv Gardens", "Zyxwv Qwerty")  # no place-like ending: a name, an employer, anything
    loc = _geocoded(text, None)
    assert loc.name == "United States"
