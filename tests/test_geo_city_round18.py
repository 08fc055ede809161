"""The city of a US shooting when the text names it through a government, a slug, a suburb's police or a dateline
city's neighbourhood (issue 3, round 18).

Why: GVDB's city read 0.92 on dev but 0.79 on test, so this round fixed classes any local story can have, not rows:
a consolidated city-county government ('Athens-Clarke County police', 'Metro Nashville police') whose county part
is a namesake elsewhere; a wire slug as the only statement of the town ('OH-LORAIN-SHOOTING'); 'a west suburban
shooting' under a metro dateline with the suburb told only by its police; and a city neighbourhood that cities500
lists as a town of its own ('PHILADELPHIA — ... on a Kensington corner'); and, read from news_probe11 once spent, a
hospital's town before the police's town, 'the Village of <Town>' and a town GeoNames files under no county. Every sentence below is written for this file;
towns are real, people and incidents invented. Real pipeline, no country hint.
"""

from __future__ import annotations

from typing import Any

import pytest
from geocoded import first_place, place_triple

from crosstally.eval._scoring._places import same_city
from crosstally.geo._city_county import METHOD_CITY_COUNTY, METHOD_SLUG

CASES = [
    # a consolidated government: its city, not a street, the county's namesake or 'Man' (Ivory Coast)
    ("Woman hurt in shooting on Prince Avenue\n\nA 30-year-old woman was shot in the arm late Friday outside a home on "
     "Prince Avenue, Athens-Clarke County police said. She was taken to a hospital and was expected to recover.",
     "Athens", "Georgia"),
    ("Man wounded on Gordon Highway\n\nA man was shot and wounded early Saturday at a motel on Gordon Highway, the "
     "Richmond County Sheriff's Office said. Deputies found the 40-year-old in the parking lot with a wound to the "
     "leg. The shooting is one of several this month in Augusta-Richmond County.", "Augusta", "Georgia"),
    ("Teen shot on Houston Avenue\n\nA 17-year-old was shot in the foot Saturday night on Houston Avenue, the Bibb "
     "County Sheriff's Office said. It was the fifth shooting this month in Macon-Bibb County.", "Macon", "Georgia"),
    ("Man shot dead on Dickerson Pike\n\nA 45-year-old man died after gunfire early Friday outside a market on "
     "Dickerson Pike, Metro Nashville police said. Officers found him on the sidewalk.", "Nashville", "Tennessee"),
    # a namesake in another state, told without that state, under a consolidated government's police
    ("Man wounded in Madison\n\nA man was shot Friday night outside a restaurant on Gallatin Pike in Madison, Metro "
     "Nashville police said. He was taken to Skyline Medical Center with a wound to the leg.", "Nashville",
     "Tennessee"),
    # a wire slug is the desk's dateline: its town, not the county the body names
    ("PA-ALLENTOWN-SHOOTING\n\nMan wounded in driveway\n\nA man was shot in his driveway early Saturday, police "
     "said. Medics treated a wound to his leg. Lehigh County detectives helped search for a gunman.",
     "Allentown", "Pennsylvania"),
    ("NC-ROCKY-MOUNT-SHOOTING\n\nMan killed outside barbershop\n\nA man was shot and killed Saturday outside a "
     "barbershop, police said. Detectives said the gunman drove off. The city is split between Nash County and "
     "Edgecombe County.", "Rocky Mount", "North Carolina"),
    # 'a west suburban shooting' under the metro dateline: the suburb whose police work the case
    ("CHICAGO - A man was wounded Saturday night in a west suburban shooting. Maywood police said the 28-year-old "
     "was shot in the back while standing near a store on Fifth Avenue.", "Maywood", "Illinois"),
    # a neighbourhood cities500 lists as a town, told under its big city's dateline: the city
    ("Man wounded in Kensington\n\nPHILADELPHIA - A man was shot Friday night on a Kensington corner, police said. "
     "He was hit in the leg and taken to Temple University Hospital in stable condition.", "Philadelphia",
     "Pennsylvania"),
]


# Read from news_probe11 once it was spent (its second score taken): the same classes, in new words.
CASES += [
    # the hospital's town under an outlet's byline is no scene: the town whose police work the case
    ("Man wounded outside market\n\nBy Dana Fisk, The Modesto Bee\n\nA man was shot in the arm Saturday outside a "
     "market on Golden State Boulevard. He was taken to a hospital in Modesto, where he was listed in fair "
     "condition. Turlock police said the gunman left in a white car.", "Turlock", "California"),
    # 'the Village of <Town>' (capitalised) under the county seat's dateline
    ("MINEOLA, N.Y. - A man was shot and wounded Saturday night in the Village of Freeport, Nassau County police "
     "said. The man was taken to a hospital in Oceanside.", "Freeport", "New York"),
    # a town GeoNames files under no county (Belton, Missouri), told by its police inside the county the lead names
    ("KANSAS CITY, Mo. (KSHB) - Police in Cass County are looking for a gunman after a teenager was wounded "
     "Saturday. Belton police found the 17-year-old near a park on Cambridge Road with a wound to the hand.",
     "Belton", "Missouri"),
]


@pytest.mark.parametrize(("text", "city", "state"), CASES)
def test_the_city_the_text_means(nlp: Any, text: str, city: str, state: str) -> None:
    name, admin1, cc = place_triple(text)
    assert (admin1, cc) == (state, "US") and same_city({"name": name}, city), (name, admin1)


def test_a_town_of_its_own_beside_the_government_is_kept(nlp: Any) -> None:
    # Hephzibah lies in Augusta-Richmond County but is a town of its own: the text's finer answer stays
    name, admin1, _ = place_triple("A man was shot and killed Sunday at a home in Hephzibah, deputies said. It was "
                                   "the ninth homicide this year in Augusta-Richmond County.")
    assert (name, admin1) == ("Hephzibah", "Georgia")


def test_a_suburb_with_its_own_post_office_is_no_neighbourhood(nlp: Any) -> None:
    # Evanston is a city of its own under the CHICAGO dateline
    assert place_triple("CHICAGO - A man was shot and wounded Sunday in Evanston, police said. Evanston police found "
                        "him on a sidewalk near a store.")[:2] == ("Evanston", "Illinois")


def test_the_rules_say_which_they_are(nlp: Any) -> None:
    # the method names the rule, so a reader of the evidence sees why the city was chosen
    assert first_place("Woman hurt on Prince Avenue\n\nA woman was shot late Friday on Prince Avenue, Athens-Clarke "
                       "County police said.").method == METHOD_CITY_COUNTY
    assert first_place("OH-CANTON-SHOOTING\n\nWoman hurt by stray bullet\n\nA woman was hit by a bullet in her "
                       "kitchen early Monday, police said. The Stark County Sheriff's Office helped search for the "
                       "car.").method == METHOD_SLUG
