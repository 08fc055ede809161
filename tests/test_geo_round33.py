"""Round 33 place rules, each on a note we wrote ourselves (invented incidents, real places), run through the real
pipeline with no country hint, as the JSONL contract runs.

- 'Town, State' with a state name several countries use ('Bolivar': Venezuela, Colombia, Ecuador): the state whose
  town it is, and the town's whole name with its article ('El Callao', not Peru's Callao)
- Cambodia's provinces in ACLED's English spelling (gazetteer_extra.yaml v14: 'Oddar Meanchey', not GeoNames'
  'Otdar Mean Chey')
- 'a village of Nyamagabe district': the district names its country, and a name the tagger calls a people is a place
  before 'district'
- a river or forest named after a place ('the Massacre river', 'Nyungwe forest') and a unit's office ('the Lori
  regional administration') lose to the other place of the sentence; 'crossing the river near Dajabon' is no flight
  to Dajabon
- a town of some size that no other country has a place of that name for, told after 'in', 'outside', 'residents
  of', names its country on its own; RDF names Rwanda
"""

from __future__ import annotations

from typing import Any

from test_geo_round24 import _place  # one note through the real pipeline, its event's place


def test_a_state_name_of_several_countries_is_the_one_holding_the_town(nlp: Any) -> None:
    loc = _place("On 2 February 2022, soldiers clashed with a mining gang near El Callao, Bolivar; two gang members "
                 "were killed.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("El Callao", "Bolivar", "Venezuela")


def test_town_state_pair_takes_the_town_whole_name() -> None:
    from crosstally.geo._anchor import city_state_pairs
    from crosstally.geo._index import get_gazetteer

    gz = get_gazetteer()
    text = "Two miners were hurt in a blast outside El Callao, Bolivar, on Monday."
    pairs = city_state_pairs(gz, text)
    assert [(text[a.start:a.end], a.place.country_code) for a in pairs] == [("El Callao", "VE")]


def test_cambodian_province_is_named_as_acled_spells_it(nlp: Any) -> None:
    loc = _place("On 9 January 2024, a landmine exploded near Samraong, Oddar Meanchey, injuring two farmers who "
                 "were clearing a field.")
    assert (loc["admin1"], loc["country"]) == ("Oddar Meanchey", "Cambodia")


def test_acled_spelling_of_a_cambodian_province_is_looked_up() -> None:
    from crosstally.geo._index import get_gazetteer

    gz = get_gazetteer()
    units = {gz.label(p) for p in gz.lookup("Banteay Meanchey") if p.kind == "admin1" and p.country_code == "KH"}
    assert units == {"Banteay Meanchey"}


def test_district_written_without_its_unit_word_names_the_country() -> None:
    from crosstally.geo import infer_country

    guess = infer_country("On 5 May 2019, armed men abducted two farmers in a village of Nyamagabe district.")
    assert guess.code == "RW"


def test_district_is_the_place_not_the_forest_the_men_came_from(nlp: Any) -> None:
    loc = _place("On 5 May 2019, armed men who came out of Nyungwe forest looted two shops in a village of "
                 "Nyamagabe district and abducted a shopkeeper, local officials said.")
    assert (loc["name"], loc["country"]) == ("Nyamagabe", "Rwanda")


def test_river_crossed_near_a_town_is_not_the_place(nlp: Any) -> None:
    loc = _place("On 8 March 2022, soldiers beat a man caught crossing the Massacre river near Dajabon; he died "
                 "in hospital two days later.")
    assert (loc["name"], loc["country"]) == ("Dajabon", "Dominican Republic")


def test_a_unit_office_is_not_the_place_of_the_residents_protest(nlp: Any) -> None:
    loc = _place("On 12 June 2019, about 200 residents of Vanadzor rallied outside the Lori regional "
                 "administration to demand repairs to the town's water supply.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Vanadzor", "Lori", "Armenia")


def test_a_sole_town_told_after_a_preposition_names_its_country(nlp: Any) -> None:
    loc = _place("On 7 August 2023, gunmen opened fire on mourners at a funeral outside Morija, killing two men.")
    assert (loc["name"], loc["country"]) == ("Morija", "Lesotho")


def test_residents_of_a_town_the_tagger_reads_as_a_person(nlp: Any) -> None:
    loc = _place("On 1 June 2019, police fired live rounds at residents of Kamakwie who were protesting against "
                 "new market fees; one man was killed.")
    assert (loc["name"], loc["country"]) == ("Kamakwie", "Sierra Leone")


def test_a_sentence_subject_after_the_date_comma_is_no_sole_town() -> None:
    from crosstally.geo import infer_country

    # 'Fano' is the militia, not Italy's town: only a preposition makes a small town's name a place told
    guess = infer_country("On 3 August 2023, Fano entered Lalibela and took over the town as federal troops pulled "
                          "out.")
    assert guess.code != "IT"


def test_rwanda_army_abbreviation_names_rwanda() -> None:
    from crosstally.geo import infer_country

    guess = infer_country("On 11 December 2019, RDF soldiers ambushed rebels near Bugarama at night; four rebels "
                          "were killed.")
    assert guess.code == "RW"
