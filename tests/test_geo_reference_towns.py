"""Where a news lead puts its event when it names a town by a bigger place: the reference city, the wire dateline,
a state body, a town's own government (issue 3: GVDB city on held-back news articles).

Why: GVDB city read 0.904 on dev but 0.753 on test; these rules are the classes the place probe
(``tests/fixtures/place_probe.jsonl``) showed, each written as one sentence of our own (invented incidents).
Every case runs the real pipeline (spaCy, extraction, the gazetteer), no country hint.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from crosstally.geo import geocode_name
from crosstally.pipeline import process
from crosstally.records import Document

PUB = date(2025, 3, 3)


def _place(text: str) -> dict[str, Any]:
    out = process(Document(text=text, published=PUB)).to_contract()
    assert out["events"], out.get("reasons")
    return out["events"][0]["location"]


@pytest.mark.parametrize(("text", "city", "state"), [
    # a town placed by its distance and direction from a city readers know: the town, not the reference city
    ("A man was shot dead on Saturday at his home in Lebanon, a city about 30 miles east of Nashville, police "
     "said. Officers arrested a neighbour at the scene.", "Lebanon", "Tennessee"),
    ("A 22-year-old man was killed on Saturday when shots were fired at a motel in Aurora, a city east of Denver, police "
     "said. No arrests were made.", "Aurora", "Colorado"),
    ("Two people were wounded on Friday when someone fired into a car in Marietta, about 20 miles northwest of "
     "Atlanta, police said.", "Marietta", "Georgia"),
])
def test_town_before_reference_city(nlp: Any, text: str, city: str, state: str) -> None:
    loc = _place(text)
    assert (loc["name"], loc["admin1"]) == (city, state)


def test_state_body_is_no_town_state_anchor(nlp: Any) -> None:
    # 'Indianapolis, Indiana State Police' is a reference city, then a state body: no 'Indianapolis, Indiana'
    loc = _place("A man was shot dead early Sunday at a party in Seymour, about 60 miles south of Indianapolis, "
                 "Indiana State Police said. Troopers were looking for the gunman.")
    assert (loc["name"], loc["admin1"]) == ("Seymour", "Indiana")


def test_town_with_its_own_police_is_no_neighbourhood(nlp: Any) -> None:
    # a big dateline city's smaller neighbour, told with its own police: a separate town, not a neighbourhood
    loc = _place("DALLAS — Two men were shot dead Saturday night in a parking lot in Irving, police said. "
                 "Irving police said a third man was arrested after a short chase.")
    assert loc["name"] == "Irving"


def test_neighbourhood_of_dateline_city_stays_the_city(nlp: Any) -> None:
    loc = _place("PHILADELPHIA — A man died after gunfire Friday night in the Germantown section of the city, "
                 "police said. Officers found him on the sidewalk.")
    assert loc["name"] == "Philadelphia"


@pytest.mark.parametrize(("text", "city"), [
    ("NAIROBI, Kenya (AP) — A bomb killed three people in the Somali port city of Kismayo on Tuesday, officials "
     "said. No group said it was behind the attack.", "Kismayo"),
    ("MANILA (Reuters) — Gunmen shot dead a village official and his driver in Jolo on Sunday, police said. "
     "The attackers escaped on a motorcycle.", "Jolo"),
])
def test_wire_dateline_gives_way_to_the_lede_town(nlp: Any, text: str, city: str) -> None:
    assert _place(text)["name"] == city


def test_wire_dateline_kept_when_the_lede_names_no_other_town(nlp: Any) -> None:
    loc = _place("MANILA (Reuters) — Gunmen shot dead a village official and his driver on Sunday, police said. "
                 "The attackers escaped on a motorcycle.")
    assert loc["name"] == "Manila"


def test_town_inside_a_possessive_county(nlp: Any) -> None:
    loc = _place("NAIROBI, Kenya — Two police officers were killed on Monday when their truck struck a bomb near "
                 "Takaba in Kenya's Mandera county, police said.")
    assert loc["name"] == "Takaba"


def test_unincorporated_part_of_a_county(nlp: Any) -> None:
    loc = _place("FRESNO, Calif. — A man was shot dead Saturday in an unincorporated part of Fresno County, the "
                 "sheriff's office said. Deputies found him in a yard.")
    assert loc["name"] == "Fresno County"


def test_dangling_unit_word_is_dropped() -> None:
    # 'Ballyjamesduff, County' cut from 'Ballyjamesduff, County Cavan' by the entity recogniser
    loc = geocode_name("Ballyjamesduff, County")
    assert loc is not None and loc.name == "Ballyjamesduff" and loc.country_code == "IE"


def test_doc_text_is_the_docs_text(nlp: Any) -> None:
    from crosstally.extract._doc_basics import doc_text

    doc = nlp("Two people were shot in Dayton on Saturday. Police said.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # joined once
