"""Round 34b place rules, each on a note we wrote ourselves (invented incidents, real places), run through the real
pipeline with no country hint, as the JSONL contract runs.

- DR Congo's provinces in ACLED's spelling, GADM's French names (gazetteer_extra.yaml v17: 'Nord-Kivu', 'Sud-Kivu',
  'Kongo-Central', not 'North Kivu', 'Bas-Congo'); the English names a text uses are still looked up
- a name right before 'town' / 'township' the tagger missed or called a person's is a place the gazetteer knows
  ('on the edge of Ancuabe town', 'a Mahikeng township school'); Ancuabe District's centre (admin2_points), not
  Pemba's point; Mahikeng shown under its name since 2010, not GeoNames' Mafikeng
- 'in Umlazi (eThekwini)' tagged as one organisation: the township before the bracket (gazetteer_units v13)
- 'the road from X to Y' with Y unknown: the road's first-named town, as for an 'X-Y road'
- a village the gazetteer lacks with its district in brackets names the district's country even where the document
  is taken for another country (the troops' own, quoted in a later sentence)
"""

from __future__ import annotations

from typing import Any

from test_geo_round24 import _place  # one note through the real pipeline, its event's place


def test_congolese_provinces_are_labelled_as_acled_writes_them() -> None:
    from crosstally.geo._index import get_gazetteer

    gz = get_gazetteer()
    labels = {gz.label(p) for p in gz.places.values() if p.kind == "admin1" and p.country_code == "CD"}
    assert {"Nord-Kivu", "Sud-Kivu", "Kongo-Central", "Haut-Uele", "Bas-Uele", "Mai-Ndombe", "Haut-Lomami",
            "Nord-Ubangi", "Sud-Ubangi", "Kasai-Central", "Kasai-Oriental", "Haut-Katanga", "Equateur"} <= labels
    assert not labels & {"North Kivu", "South Kivu", "Bas-Congo", "Haut Uele", "Mai Ndombe"}


def test_english_province_names_are_still_looked_up() -> None:
    from crosstally.geo._index import get_gazetteer

    gz = get_gazetteer()
    for name, label in (("North Kivu", "Nord-Kivu"), ("South Kivu", "Sud-Kivu"), ("Kongo Central", "Kongo-Central"),
                        ("Bas-Congo", "Kongo-Central")):
        assert [gz.label(p) for p in gz.lookup(name) if p.kind == "admin1"] == [label], name


def test_town_in_a_congolese_province_carries_its_acled_label(nlp: Any) -> None:
    loc = _place("On 6 September 2023, traders in Uvira closed their shops for a day to protest against new "
                 "market fees.")
    assert (loc["name"], loc["admin1"]) == ("Uvira", "Sud-Kivu")


def test_unit_ward_keeps_its_province_under_the_new_label(nlp: Any) -> None:
    loc = _place("On 19 June 2023, two shells landed near the market in Minova, wounding four traders.")
    assert (loc["name"], loc["admin1"]) == ("Minova", "Sud-Kivu")


def test_name_before_town_word_is_a_place(nlp: Any) -> None:
    loc = _place("On 2 February 2023, gunmen burned a clinic on the edge of Ancuabe town overnight, residents said.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Ancuabe", "Cabo Delgado", "Mozambique")
    assert abs(loc["lon"] - 39.85) < 0.1  # the district's centre, not Pemba on the coast


def test_name_before_township_the_tagger_calls_a_person_is_a_place(nlp: Any) -> None:
    loc = _place("On 14 March 2022, pupils from a Mahikeng township school marched to the education department "
                 "offices over a lack of teachers.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Mahikeng", "North West", "South Africa")


def test_place_with_its_unit_in_brackets_tagged_as_an_organisation(nlp: Any) -> None:
    loc = _place("On 7 July 2023, police fired rubber bullets at taxi drivers who blocked a road in Umlazi "
                 "(eThekwini) over fuel prices.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Umlazi", "KwaZulu-Natal", "South Africa")


def test_road_from_a_town_to_an_unknown_village_is_placed_at_the_town(nlp: Any) -> None:
    loc = _place("On 4 April 2022, a roadside bomb hit a truck on the road from Mueda to Negomano, wounding the "
                 "driver.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Mueda", "Cabo Delgado", "Mozambique")


def test_road_ends_told_in_words() -> None:
    from crosstally.geo._streets import _road_ends_in_words

    text = "a bus hit a mine on the road from Mueda to Mocimboa da Praia"
    (a, b), = _road_ends_in_words(text)
    assert (text[a.start:a.end], text[b.start:b.end]) == ("Mueda", "Mocimboa")


def test_bracketed_district_names_its_own_country(nlp: Any) -> None:
    loc = _place("On 9 October 2024, Israeli troops moving into Rab Thalathin (Marjayoun district) came under rocket "
                 "fire. Israel said one soldier was wounded.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Rab Thalathin", "Nabatieh", "Lebanon")
    assert loc["precision"] == 2
