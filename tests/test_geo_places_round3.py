"""Place classes fixed in issue 3's third place round: first-level units, shared county names, vernacular regions,
towns told by a unit word, a reference phrase after the town, and wire datelines abroad.

Why: GVDB city reads 0.904 on dev but 0.775 on test, and place_probe2's failures (a spent held-out set) showed
classes that generalise: Irish towns had no admin1 and Indonesian provinces came out in Indonesian; 'Delaware
County' counted as the state of Delaware; 'the Bay Area' was read as Somalia's Bay region; 'the state of
Guanajuato' beat 'the central city of Celaya'; 'Powell, an unincorporated community north of Knoxville' became
Knoxville; 'Colombo' alone went to its namesake in Parana. Each case is one invented sentence of our own, run
through the real pipeline (spaCy, extraction, the gazetteer) with no country hint, or the real gazetteer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from crosstally.geo import GeoContext, geocode_name, get_gazetteer
from crosstally.pipeline import process
from crosstally.records import Document

PUB = date(2025, 5, 5)


def _place(text: str) -> dict[str, Any]:
    out = process(Document(text=text, published=PUB)).to_contract()
    assert out["events"], out.get("reasons")
    return out["events"][0]["location"]


@pytest.mark.parametrize(("name", "town", "admin1"), [
    ("Drogheda", "Drogheda", "Leinster"),  # GeoNames' Irish admin1 is the province; the county is admin2
    ("Tralee", "Tralee", "Munster"),
    ("Ballyjamesduff, County Cavan", "Ballyjamesduff", "Ulster"),  # the county holds the town: no fallback to it
    ("Poso", "Poso", "Central Sulawesi"),  # Indonesia's provinces in English, not 'Sulawesi Tengah'
    ("Bandung", "Bandung", "West Java"),
])
def test_first_level_units_abroad(name: str, town: str, admin1: str) -> None:
    loc = geocode_name(name)
    assert loc is not None and (loc.name, loc.admin1) == (town, admin1)


def test_county_named_like_a_state_picks_the_county_of_the_town() -> None:
    # thirteen Montgomery Counties: the one that holds a Cheltenham; the written 'Township' is not kept
    loc = geocode_name("Cheltenham Township, Montgomery County")
    assert loc is not None and (loc.name, loc.admin1) == ("Cheltenham", "Pennsylvania")
    loc = geocode_name("Chester, Delaware County")
    assert loc is not None and (loc.name, loc.admin1) == ("Chester", "Pennsylvania")


def test_county_phrase_is_no_mention_of_the_state() -> None:
    gz = get_gazetteer()
    ctx = GeoContext.from_text("Deputies from Delaware County and Washington County searched the woods.", gz)
    states = {gz.places[g].name for g in ctx.admin1 if g in gz.places}
    assert "Delaware" not in states and "Washington" not in states


def test_namesake_tie_goes_to_the_bigger_city() -> None:
    gz = get_gazetteer()
    ctx = GeoContext.from_text("Students marched to the parliament road in Colombo on Tuesday.", gz)
    assert ctx.main_country == "LK"


@pytest.mark.parametrize(("text", "city", "state"), [
    # a town the text places by a reference city right after it: its own town, in that city's state
    ("KNOXVILLE, Tenn. — A man was found shot dead on Monday outside a barn in Powell, an unincorporated community "
     "north of Knoxville, deputies said. His brother was detained.", "Powell", "Tennessee"),
    # 'the Bay Area' is a vernacular region, not Somalia's Bay: the town's own police say where
    ("A woman was wounded by gunfire on Monday while jogging, police in the Bay Area said.\n\nVallejo police said "
     "she was taken to a hospital and the shooter drove off.", "Vallejo", "California"),
    # the state named by its unit word is not the event's town ('the state of Guanajuato')
    ("MEXICO CITY — Gunmen killed four men at a taco stand in the central city of Irapuato on Monday, prosecutors "
     "in the state of Guanajuato said.", "Irapuato", "Guanajuato"),
    # a wire dateline abroad: the lede's town, also after 'on the outskirts of'
    ("MANILA, Philippines — Troops killed two gunmen in a clash on the outskirts of Cotabato on Monday, the army "
     "said. One soldier was hurt.", "Cotabato", None),
    # a part of a big dateline city abroad is that city, not a town apart
    ("TORONTO — Two men were wounded by gunfire outside a restaurant in Scarborough on Monday night, police said. "
     "Both were expected to survive.", "Toronto", "Ontario"),
    # the province told by 'province of' and the town before it
    ("BOGOTÁ, Colombia — A bomb killed two soldiers in Tumaco, in the southwestern province of Nariño, on Monday, "
     "the army said.", "Tumaco", "Narino"),
    # a state named like the dateline city: the city
    ("WASHINGTON — A man was shot and wounded on Monday in Southeast Washington, police said. He was taken to a "
     "hospital.", "Washington", "District of Columbia"),
    # 'in South Florida' names the state, not Florida City; the town's own police name the town
    ("A bouncer was shot on Monday outside a bar in South Florida.\n\nHollywood police said the gunman was "
     "arrested an hour later.", "Hollywood", "Florida"),
])
def test_event_town(nlp: Any, text: str, city: str, state: str | None) -> None:
    loc = _place(text)
    assert loc["name"].startswith(city), loc
    if state is not None:
        assert loc["admin1"] == state, loc


def test_outlet_town_beats_its_own_state(nlp: Any) -> None:
    # no town in the story, only its state in a hospital's name: the outlet's town, which lies in that state
    # (a US feed, as GVDB runs: with the country hint)
    text = ("Woman charged after shooting | The Augusta Chronicle\nA 40-year-old woman was charged with "
            "aggravated assault after a man was shot in the leg on Monday, deputies said. He was treated at "
            "Georgia Regents Medical Center.")
    out = process(Document(text=text, published=PUB, meta={"country": "US"})).to_contract()
    loc = out["events"][0]["location"]
    assert (loc["name"], loc["admin1"]) == ("Augusta", "Georgia")
