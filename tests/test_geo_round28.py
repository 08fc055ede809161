"""Round 28 place rules: namesakes in another country when the text carries what decides, each on a note we wrote
ourselves (invented incidents, real places), run through the real pipeline with no country hint as the JSONL
contract runs, or through the rule's own function.

- a name several countries have as written is no evidence of its own reading: a name that is a province in one
  country and a big city in another ('Trujillo') no longer counts the province's country for itself, nor do two
  Philippine hamlets called Sagana outweigh Kenya's one town; the document's other names, the hint and the
  population choose the country (inside it the name's own mentions still count; a country's name keeps its own)
- a country told after a comma ('Yala, southern Thailand') decides the town, as 'Busia town in eastern Uganda' does
- a world capital's name does not outweigh the country the rest of the note names: 'traders in Luanda blocked the
  Kisumu-Busia highway' is Kenya's Luanda (the road's towns name Kenya; Angola's Luanda counted only itself)
- a several-word town the tagger cut ("Moi" of "Moi's Bridge", 'Santa Cruz' of 'Santa Cruz de la Sierra', 'Boni' of
  'Boni forest') is the whole listed name, also when its first words name the province it lies in
- the country inference: 'Port of Spain' is no mention of Spain; 'crossed from Uganda' says where people came from,
  not where the event is; 'Beni town' is a town, not Bolivia's Beni department; a big city's other spelling
  (Malabo) does not stand for a town spelled exactly as written (Malaba)
- a building told with its town ('inside Turi prison, Cuenca'): the town, not a namesake of the building's name
- data: the Gambia's West Coast region (ACLED's label), Bolivia's El Alto, Cameroon's Bali Nyonga
"""

from __future__ import annotations

from typing import Any

from test_geo_round24 import _place  # one note through the real pipeline, its event's place

from crosstally.geo import get_gazetteer, infer_country


def _where(loc: dict[str, Any]) -> tuple[str, str]:
    return loc["name"], loc["country"]


def test_big_city_over_a_province_of_its_name_abroad(nlp: Any) -> None:
    loc = _place("On 6 February 2024, market vendors in Trujillo marched to the city hall over a new stall fee.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Trujillo", "La Libertad", "Peru")


def test_namesakes_count_once_per_country(nlp: Any) -> None:
    loc = _place("On 5 May 2022, a suspected robber was shot dead by police at Sagana during a night patrol.")
    assert _where(loc) == ("Sagana", "Kenya")


def test_namesakes_count_once_per_country_athens(nlp: Any) -> None:
    loc = _place("On 9 March 2024, masked youths in Exarcheia, Athens, threw stones at riot police after a "
                 "student march; police fired tear gas.")
    assert _where(loc) == ("Athens", "Greece")


def test_capital_namesake_loses_to_the_notes_country(nlp: Any) -> None:
    loc = _place("On 2 June 2023, traders in Luanda blocked the Kisumu-Busia highway with rocks after a lorry hit "
                 "a cyclist at the market.")
    assert _where(loc) == ("Luanda", "Kenya")


def test_whole_name_after_particle(nlp: Any) -> None:
    loc = _place("On 4 April 2021, opposition supporters blocked avenues in Santa Cruz de la Sierra during a "
                 "civic strike over the census.")
    assert _where(loc) == ("Santa Cruz de la Sierra", "Bolivia")


def test_whole_name_after_possessive(nlp: Any) -> None:
    loc = _place("On 7 July 2020, motorcycle taxi riders in Moi's Bridge protested the arrest of a colleague; "
                 "police dispersed them with teargas.")
    assert _where(loc) == ("Moi's Bridge", "Kenya")


def test_right_longer_particles_and_features() -> None:
    from crosstally.geo._phrases import _right_longer

    gz = get_gazetteer()
    for text, word, whole in (("protests in Santiago de los Caballeros on Monday", "Santiago",
                               "Santiago de los Caballeros"),
                              ("a patrol in Boni forest came under fire", "Boni", "Boni forest"),
                              ("traders in Moi's Bridge marched", "Moi", "Moi's Bridge")):
        start = text.index(word)
        span = _right_longer(gz, text, start, start + len(word))
        assert span is not None and text[span.start:span.end] == whole, text
    text = "herders fought over a borehole in Turkana South on Friday"
    start = text.index("Turkana")
    assert _right_longer(gz, text, start, start + 7) is None  # still: a sub-county of Turkana is no other place


def test_infer_country_port_of_spain() -> None:
    guess = infer_country("On 2 May 2023, a shopkeeper was shot dead in Laventille, east of Port of Spain.")
    assert guess.code == "TT", guess


def test_infer_country_crossed_from() -> None:
    guess = infer_country("On 3 March 2021, residents of Nambale beat a man they said had crossed from Uganda at "
                          "night; police rescued him.")
    assert "UG" not in guess.scores, guess


def test_infer_country_called_town() -> None:
    guess = infer_country("On 8 May 2022, gunmen killed five farmers on the outskirts of Beni town.")
    assert guess.scores.get("BO", 0.0) == 0.0, guess


def test_infer_country_exact_spelling_over_big_city() -> None:
    guess = infer_country("On 6 June 2021, lorry drivers parked across the road at the Malaba border post.")
    assert "GQ" not in guess.scores, guess


def test_infer_country_body_of_is_no_town() -> None:
    guess = infer_country("On 5 March 2019, pensioners rallied in front of the Congress of Deputies in Madrid over "
                          "the pension rise.")
    assert "US" not in guess.scores, guess
    loc = _place("On 5 March 2019, pensioners rallied in front of the Congress of Deputies in Madrid over the "
                 "pension rise.")
    assert _where(loc) == ("Madrid", "Spain")


def test_container_country_not_outweighed_by_inner_namesake(nlp: Any) -> None:
    """Guard: with a name's own mentions set aside, 'Soweto, Kayole' must still be the Nairobi estate (the
    namesakes of Soweto abroad are no mention of South Africa against the container Kayole)."""
    loc = _place("On 4 February 2019, a crowd in Soweto, Kayole, beat a suspected burglar to death.")
    assert loc["country"] == "Kenya"


def test_place_port_of_spain(nlp: Any) -> None:
    loc = _place("On 2 May 2023, a shopkeeper was shot dead by two gunmen in Laventille, east of Port of Spain.")
    assert _where(loc) == ("Laventille", "Trinidad and Tobago")
    loc = _place("On 27 August 2023, a bus driver was shot dead outside his home in Laventille, Port of Spain, by "
                 "two men on a motorcycle.")
    assert _where(loc) == ("Laventille", "Trinidad and Tobago")


def test_place_exact_spelling_over_big_city(nlp: Any) -> None:
    loc = _place("On 6 June 2021, lorry drivers parked across the road at the Malaba border post to protest long "
                 "delays.")
    assert loc["name"] == "Malaba" and loc["country"] in ("Kenya", "Uganda"), loc


def test_gambia_west_coast(nlp: Any) -> None:
    loc = _place("On 3 August 2022, young men in Brikama, West Coast region, stoned the police station after a "
                 "detainee died in a cell.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Brikama", "West Coast", "Gambia")


def test_bolivia_el_alto(nlp: Any) -> None:
    loc = _place("On 12 May 2024, residents of El Alto blocked the road to the airport over fuel shortages.")
    assert _where(loc) == ("El Alto", "Bolivia")


def test_bali_nyonga() -> None:
    gz = get_gazetteer()
    assert any(p.country_code == "CM" and p.kind == "town" for p in gz.lookup("Bali Nyonga"))


def test_prison_told_with_its_town(nlp: Any) -> None:
    loc = _place("On 4 October 2022, inmates of two gangs fought with knives inside Turi prison, Cuenca; three "
                 "prisoners died.")
    assert (loc["name"], loc["country"]) == ("Cuenca", "Ecuador")


def test_country_name_keeps_its_own_reading() -> None:
    """Guard: with a name's own mentions set aside, a country's name still names the country, not a village called
    so in another country the text's other names touch (Russia, Ohio beside Odessa, Texas)."""
    from crosstally.geo import GeoContext, geocode_name

    text = "On 3 May 2023, drones launched by Russia struck port warehouses in Odesa city overnight."
    ctx = GeoContext.from_text(text)
    for p in get_gazetteer().lookup("Russia")[:3]:  # as geocode counts the namesakes of an event's own mention
        ctx.add(p, 0.5 / 3, phrase="Russia")
    loc = geocode_name("Russia", ctx)
    assert loc is not None and loc.country == "Russia", loc
