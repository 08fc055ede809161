"""Place fixes, round 17: a town told with its county, Nairobi estates with no country hint, a town before its
sub-county, and 'St.' in US datelines and names.

Texts are our own (invented incidents); the places are real (GeoNames, IEBC units).
"""

from __future__ import annotations

from geocoded import geocoded_event
from geocoded import km as _km

from crosstally.geo import get_gazetteer, infer_country
from crosstally.geo._anchor import city_state_pairs, dateline

_OTHAYA = (-0.547, 36.932)  # GeoNames' Othaya, 14 km south of Nyeri town


def test_a_town_told_with_its_county_word_is_that_town_not_the_county_town():
    text = "Two traders were robbed and beaten in Othaya, Nyeri county, late on Monday, police said."
    loc = geocoded_event(text, "Othaya", country="KE")
    assert loc is not None and loc.name == "Othaya" and loc.admin1 == "Nyeri"
    assert _km(loc, *_OTHAYA) < 2


def test_a_listed_town_told_with_its_county_alone_is_that_town():
    text = "On 9 May 2019, a crowd burned a police post in Othaya, Nyeri."
    loc = geocoded_event(text, "Othaya", country="KE")
    assert loc is not None and loc.name == "Othaya" and _km(loc, *_OTHAYA) < 2


def test_a_county_word_after_a_big_city_name_keeps_the_listed_town():
    # Nairobi is too big a city for the 'town, its county' reading; the word 'county' still says it is the county
    loc = geocoded_event("A watchman was killed in Pumwani, Nairobi county, on Monday.", "Pumwani", country="KE")
    assert loc is not None and loc.name == "Pumwani"
    loc = geocoded_event("A watchman was killed in Pumwani, Nairobi, on Monday.", "Pumwani", country="KE")
    assert loc is not None and loc.name == "Nairobi"


def test_a_part_told_with_its_city_is_still_the_city():
    loc = geocoded_event("A man was stabbed in Toxteth, Liverpool, on Friday night.", "Toxteth", country=None)
    assert loc is not None and loc.name == "Liverpool"


def test_places_only_kenya_has_make_a_namesake_kenyan_without_a_hint():
    text = "Two shopkeepers were shot dead in Eastleigh on Sunday; police in Kasarani and Mathare are looking for the gunmen."
    assert infer_country(text).code == "KE"
    loc = geocoded_event(text, "Eastleigh", country=None)
    assert loc is not None and loc.country_code == "KE" and loc.admin1 == "Nairobi"


def test_an_english_text_keeps_the_english_eastleigh():
    text = "A teenager was stabbed in Eastleigh on Saturday. Police in Hampshire arrested a man in Southampton."
    assert infer_country(text).code == "GB"
    loc = geocoded_event(text, "Eastleigh", country=None)
    assert loc is not None and loc.country_code == "GB"


def test_a_town_before_its_sub_county_and_county_is_the_anchor():
    text = "On 3 March 2021, police shot dead a suspected robber in Kiritiri, Mbeere South, Embu county."
    pairs = city_state_pairs(get_gazetteer(), text, "KE")
    assert [text[a.start:a.end] for a in pairs] == ["Kiritiri"]
    loc = geocoded_event(text, None, country="KE")
    assert loc is not None and loc.name == "Kiritiri" and loc.admin1 == "Embu"


def test_a_stateless_st_paul_dateline_is_minnesotas():
    text = "ST. PAUL — A man was shot and killed outside a bar early Sunday, police said."
    loc = geocoded_event(text, "ST", country=None)
    assert loc is not None and loc.country_code == "US" and loc.admin1 == "Minnesota"


def test_west_st_paul_is_not_cut_at_the_period():
    text = "A woman was found shot dead in her home in West St. Paul on Friday, police said."
    loc = geocoded_event(text, "West St", country="US")
    assert loc is not None and loc.mention == "West St. Paul"
    assert loc.name == "West Saint Paul" and loc.admin1 == "Minnesota"


def test_a_dateline_after_a_headline_longer_than_the_window():
    head = " ".join(["A long argument between neighbours over a parked car ended in gunfire on a quiet street"] * 9)
    assert len(head) > 700
    text = head + "\n\nDULUTH, Minn. — A man was shot and killed on a residential street late Saturday, police said."
    a = dateline(get_gazetteer(), text)
    assert a is not None and a.place.name == "Duluth"
    loc = geocoded_event(text, None, country=None)
    assert loc is not None and loc.name == "Duluth" and loc.admin1 == "Minnesota"


def test_capitals_deep_in_the_body_are_no_dateline():
    body = " ".join(["Police said the man was taken to hospital where he later died of his wounds"] * 10)
    text = "Man dies after shooting\n" + body + "\nBut DULUTH — police said nothing more on the case."
    assert dateline(get_gazetteer(), text) is None
