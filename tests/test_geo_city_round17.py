"""The town where a US shooting happened, over the outlet's town, the hospital's and the victims' (issue 3, round 17).

Why: GVDB's city read 0.92 on dev but 0.79 on test, so this round fixed classes that any local story can have rather
than rows: a town several states share, told with its own county ('Springfield police ... the Clark County
prosecutor'); a town told only where a victim was treated or a suspect caught ('died at a medical center in Seattle')
beside the town the shooting sentence names; a numbered highway and the town told with it ('on Interstate 71 in
Mason'); 'in unincorporated X County near Town' (the county, outside any town); a dateline with its state ('ST. PAUL,
Minn.') in a text whose names point abroad; a suburb across a state line under a metro dateline ('OMAHA, Neb. — ...
in Council Bluffs'); a force's name after a comma read as the place's container ('in Lancaster, Lancaster police
said'); a bare US city after a comma read as a county ('Fifth Ward, Houston'); and, read from news_probe9 once
spent, a 'Town, State' home across a state line, a headline glued to the dateline, 'west of <City>', a US 'District',
a lower-case word. Every sentence below is written for
this file; towns are real, people and incidents invented. Real pipeline, no country hint unless said.
"""

from __future__ import annotations

from typing import Any

import pytest
from geocoded import geocoded_event, place_triple

from crosstally.geo import GeoContext, geocode_name, get_gazetteer

CASES = [
    # a town several states share, told with its own county: the namesake in that county
    ("Springfield police are investigating a shooting that wounded two people Saturday on Dayton Avenue. The victims, "
     "19 and 23, were taken to Springfield Regional Medical Center. The Clark County prosecutor said charges are "
     "expected.", "Springfield", "Ohio"),
    ("Columbia police said a 21-year-old was shot and wounded early Saturday near Five Points. The Richland County "
     "coroner was not called. Officers said the shooting followed a fight outside a bar near the university.",
     "Columbia", "South Carolina"),
    # the hospital's city is not the scene
    ("A Kent man who was shot in Auburn on Friday night died Sunday at Harborview Medical Center in Seattle, Auburn "
     "police said. The 28-year-old was shot in a parking lot on Auburn Way South after an argument. Police "
     "arrested a man, 25, in Federal Way.", "Auburn", "Washington"),
    ("Deputies: Man shot at Interstate 4 rest area\n\nA man was shot and wounded Wednesday at a rest area on "
     "Interstate 4 near Lakeland, the Polk County Sheriff's Office said. The 52-year-old truck driver was hit in the "
     "arm during a robbery. He was flown to a hospital in Tampa.", "Lakeland", "Florida"),
    # a numbered highway and the town told with it, not the victim's home town named twice
    ("Man killed on Interstate 71 near Mason\n\nA man was shot and killed while driving on Interstate 71 in Mason on "
     "Friday night, police said. The 41-year-old Cincinnati man's car drifted off the northbound lanes. Northbound "
     "lanes were closed between Cincinnati and Mason for five hours.", "Mason", "Ohio"),
    # outside any town: the county itself, not the town it is near
    ("PHOENIX — Maricopa County sheriff's deputies are investigating after a man was shot and killed at a home in "
     "unincorporated Maricopa County near Sun City late Saturday. The man's wife was detained.",
     "Maricopa County", "Arizona"),
    # 'near <Town>' in the headline, 'in unincorporated <County> near <Town>' in the body: the county around it
    ("Deputies investigate deadly shooting near Lake Wales\n\nA man was shot and killed Monday night at a mobile "
     "home park in unincorporated Polk County near Lake Wales, the sheriff said Tuesday. A neighbor, 61, was "
     "arrested.", "Polk County", "Florida"),
    # a metro suburb across the state line under the big city's dateline
    ("OMAHA, Neb. — A man was shot and killed early Sunday in Council Bluffs, police said. Council Bluffs police "
     "found the man in the street near a bar on West Broadway. He died at a hospital in Omaha.",
     "Council Bluffs", "Iowa"),
    # a force's name after a comma is no container ('Lancaster, Lancaster' read as Lancaster, Lancaster County, Pa.)
    ("A teenager was wounded in a shooting Thursday at a park in Lancaster, Lancaster police said. The Los Angeles "
     "County Sheriff's Department, which patrols the city, said the 15-year-old was expected to survive.",
     "Lancaster", "California"),
]


# Read from news_probe9 once it was spent (its second score taken): the same classes, in new words.
CASES += [
    # a 'Town, State' phrase is the victim's home across the line, not the scene ('in Portland')
    ("A Vancouver, Washington, man was shot and wounded early Sunday in Portland, police said. Portland police said "
     "the 30-year-old was hit in the leg outside a bar on Northeast Broadway.", "Portland", "Oregon"),
    # no 'in <Town>': the hospital's city loses to the town whose own police work the case
    ("A man died after a shooting Tuesday at a townhome complex off East Iliff Avenue, police said. Medics drove him "
     "to a hospital in Denver, where he died that night. Aurora police said a suspect was arrested.", "Aurora",
     "Colorado"),
    # the county told unincorporated in the body, with a compass word, under the big city's dateline
    ("Woman shot outside west Harris County bar\n\nHOUSTON — A woman was shot and wounded late Friday outside a bar "
     "in unincorporated west Harris County, sheriff's deputies said.", "Harris County", "Texas"),
    # 'north of <City>' is a landmark: the unincorporated county the body names
    ("Man killed at rural home north of Tallahassee\n\nTALLAHASSEE, Fla. — A man was shot and killed Saturday at a "
     "home in unincorporated Leon County north of Tallahassee, the sheriff's office said.", "Leon County", "Florida"),
    # a headline glued to the dateline: the lead sentence after it still names the town
    ("Gunfire at shopping center wounds teen; suspect sought\n\nNEW ORLEANS — A 17-year-old was wounded Saturday "
     "when shots were fired in the parking lot of a shopping center in Kenner, police said.", "Kenner", "Louisiana"),
]


@pytest.mark.parametrize(("text", "city", "state"), CASES)
def test_the_town_where_it_happened(nlp: Any, text: str, city: str, state: str) -> None:
    assert place_triple(text) == (city, state, "US")


def test_a_dateline_with_its_state_beats_names_that_point_abroad(nlp: Any) -> None:
    # 'St. Paul' alone is Alberta's in the gazetteer's spelling; the dateline's 'Minn.' says which
    name, state, cc = place_triple("ST. PAUL, Minn. — A man was wounded Friday in a shooting outside a bar on West "
                                   "Seventh Street, St. Paul police said.")
    assert (name, state, cc) == ("Saint Paul", "Minnesota", "US")


def test_a_bare_us_city_after_a_comma_is_the_city_not_a_county() -> None:
    # 'Houston' after a comma is the city, not Houston County, Texas (a county is written 'County')
    gz = get_gazetteer()
    ctx = GeoContext.from_text("A man was killed in the Fifth Ward, Houston, on Tuesday.", gz, country="US")
    loc = geocode_name("Fifth Ward, Houston", ctx)
    assert loc is not None and (loc.name, loc.admin1, loc.admin2) == ("Houston", "Texas", "Harris County")


def test_a_us_district_is_no_county() -> None:
    # 'the Hill District' is a part of Pittsburgh, not Hill County, Montana
    loc = geocoded_event("A man was shot and killed Sunday in the Hill District, Pittsburgh police said.",
                         "Hill District", None)
    assert loc is not None and loc.admin1 == "Pennsylvania" and "County" not in (loc.name or "")


def test_a_lower_case_word_is_no_place() -> None:
    # the tagger's 'west' of 'west side' names no town called West: the town whose police speak
    loc = geocoded_event("Man wounded at west side gas station\n\nA man was shot and wounded Friday at a gas "
                         "station, Gary police said.", "west", None)
    assert loc is not None and (loc.name, loc.admin1) == ("Gary", "Indiana")
