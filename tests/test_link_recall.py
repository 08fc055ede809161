"""A report's own incident, read from its own clauses: what it recalls of another incident ("a day after the
bombing in X") gives it no part, place or toll; a district named like its town is no part of a town; a report
placed in its own neighbourhood still counts that neighbourhood as its part.

Invented neighbourhoods ("Elm Hollow", "Ridge Flats") and outlets; real towns only where the gazetteer decides
(Bannu and its district, Baghdad and Sadr City, Mogadishu's Hodan district). Sentences written for crosstally.
"""

from __future__ import annotations

from test_link_core import make_ext

from crosstally.link import known_subplaces, link_events, subplaces_of
from crosstally.link._profile import names_of, profile
from crosstally.link._recall import inside, own_text, recalled_clauses
from crosstally.records import Count, Extraction, Span

CITY = dict(place="Chicago", admin1="Illinois", country="United States", lat=41.88, lon=-87.63, lprec=1)


def _clauses(text: str) -> list[str]:
    return [text[a:b] for a, b in recalled_clauses(text)]


# --------------------------------------------------------------------------- the clauses
def test_a_recalling_clause_runs_from_its_cue_to_the_end_of_its_sentence() -> None:
    text = ("Mortar shells hit homes on Sunday, a day after a bombing near the beach killed nine people. "
            "Police said. The blast came exactly a week after militants stormed a police post in the district. "
            "Related: on 3 November shells struck the Ridge Flats district (see log 45).")
    assert _clauses(text) == ["a day after a bombing near the beach killed nine people",
                              "exactly a week after militants stormed a police post in the district",
                              "Related: on 3 November shells struck the Ridge Flats district (see log 45)"]
    assert _clauses("The killings came on the same day that gangs attacked Elm Hollow, across the city.") == [
        "the same day that gangs attacked Elm Hollow, across the city"]
    assert _clauses("Seven days after last week's attack, two more died.") == [
        "Seven days after last week's attack, two more died"]


def test_a_plain_after_is_no_recall() -> None:
    # the report's own follow-up: its own incident told after a death in hospital
    assert recalled_clauses("Two more people died in hospital after Wednesday's police raid in Elm Hollow.") == ()
    assert recalled_clauses("He was arrested after the shooting, police said.") == ()


def test_own_text_blanks_the_clauses_and_keeps_offsets() -> None:
    text = "A man died in Ridge Flats, hours after the Elm Hollow shooting. Police came."
    clauses = recalled_clauses(text)
    own = own_text(text, 0, len(text), clauses)
    assert len(own) == len(text) and "Elm Hollow" not in own and "Ridge Flats" in own and own.endswith("Police came.")
    start = text.index("Elm Hollow")
    assert inside(start, start + 10, clauses) and not inside(0, 5, clauses)


# --------------------------------------------------------------------------- the report's own part, toll, names
def _recalling(doc_id: str = "r") -> Extraction:
    sentence = ("Mortar shells hit homes in the Ridge Flats district on Sunday, killing two children, "
                "a day after a bombing in the Elm Hollow district killed nine people.")
    ext = make_ext(doc_id, "Wire", "2024-11-04", [dict(CITY, date=("2024-11-03", "2024-11-03"),
                                                      counts={"killed": 9}, sentence=sentence)])
    at = ext.document.text.index("killed nine")
    ext.events[0].counts = [Count(kind="killed", low=2, evidence=[Span(0, at - 60)], phrase="two"),
                            Count(kind="killed", low=9, evidence=[Span(at, at + 11)], phrase="nine")]
    return ext


def test_a_recalled_incident_gives_the_report_no_part_and_no_toll() -> None:
    ext = _recalling()
    ev = ext.events[0]
    clauses = recalled_clauses(ext.document.text)
    assert subplaces_of(ext, ev) == ("ridge flats", "elm hollow")  # read without the cut, both parts
    assert subplaces_of(ext, ev, clauses) == ("ridge flats",)
    p = profile(ext, ev)
    assert p.subplaces == ("ridge flats",)
    assert p.killed == 2  # the nine are the bombing's, not the shelling's
    assert "Elm Hollow".lower() not in p.text.lower()
    assert "elm hollow" in names_of(ext) and "elm hollow" not in p.names


def test_a_second_claim_of_the_report_keeps_its_own_sentence() -> None:
    two = make_ext("t", "Weekly", "2024-11-05", [
        dict(CITY, sentence="Shells killed two people in the Ridge Flats district on Sunday."),
        dict(CITY, sentence="Related: a bomb killed nine in the Elm Hollow district on Saturday.")])
    assert profile(two, two.events[0]).subplaces == ("ridge flats",)
    assert profile(two, two.events[1]).subplaces == ("elm hollow",)  # the recalled incident's own claim


def test_a_report_that_recalls_the_other_neighbourhood_links_with_its_own_incident() -> None:
    day1 = dict(CITY, date=("2024-11-02", "2024-11-02"))
    day2 = dict(CITY, date=("2024-11-03", "2024-11-03"))
    bombing = make_ext("a", "Wire", "2024-11-02", [dict(day1, counts={"killed": 9},
                       sentence="A bomb killed nine people at a restaurant in the Elm Hollow district on Saturday.")])
    follow = make_ext("c", "Paper", "2024-11-04", [dict(day2, counts={"killed": 2},
                      sentence="Families in the Ridge Flats district buried two children killed by shells on Sunday.")])
    res = link_events([bombing, _recalling("b"), follow])
    inc = {k[0]: v[0] for k, v in res.assignments.items()}
    assert inc["b"] == inc["c"] != inc["a"]


# --------------------------------------------------------------------------- districts and own neighbourhoods
def _placed(sentence: str, name: str, code: str, country: str, admin1: str, lat: float, lon: float,
            admin2: str | None = None) -> Extraction:
    ext = make_ext("d", "Wire", "2024-07-16", [dict(place=name, admin1=admin1, admin2=admin2, country=country,
                                                    lat=lat, lon=lon, lprec=1, sentence=sentence)])
    ext.events[0].location.country_code = code
    return ext


def test_a_district_named_like_its_town_is_no_part_of_a_town() -> None:
    # placed in Bannu itself, or at the dateline town of Peshawar: "Bannu district" is the town's district
    for name, lat, lon in (("Bannu", 32.99, 70.60), ("Peshawar", 34.01, 71.58)):
        ext = _placed("Militants attacked a police post in Bannu district on Tuesday, killing three.", name, "PK",
                      "Pakistan", "Khyber Pakhtunkhwa", lat, lon)
        assert subplaces_of(ext, ext.events[0]) == (), name
    # a part of a city that the gazetteer lists as a town of its own stays a part: it lies in the city
    ext = _placed("A car bomb exploded in Baghdad's Sadr City district on Saturday.", "Baghdad", "IQ", "Iraq",
                  "Baghdad", 33.34, 44.40)
    assert subplaces_of(ext, ext.events[0]) == ("sadr city",)


def test_a_report_placed_in_its_own_neighbourhood_counts_it_as_its_part() -> None:
    # a city district the geocoder placed the claim in
    ext = _placed("Mortar shells hit houses in the Hodan district on Sunday.", "Hodan", "SO", "Somalia", "Banadir",
                  2.03, 45.31, admin2="Hodan")
    assert subplaces_of(ext, ext.events[0]) == ("hodan",)
    # a neighbourhood the gazetteer does not know, placed as such by the geocoder
    ext = _placed("Snipers killed three people in the Elm Hollow area on Saturday.", "Elm Hollow", "US",
                  "United States", "Illinois", 41.80, -87.66)
    assert subplaces_of(ext, ext.events[0]) == ("elm hollow",)
    # ... and one whose sentence names it plainly learns it from the reports that name it as a part
    named = make_ext("n", "TV", "2024-07-16", [dict(CITY, sentence="Two died in the Ridge Flats neighborhood.")])
    plain = make_ext("p", "Paper", "2024-07-16", [dict(CITY, place="Ridge Flats",
                                                       sentence="Snipers on rooftops killed two people on Monday.")])
    claims = known_subplaces([profile(e, e.events[0]) for e in (named, plain)])
    assert profile(plain, plain.events[0]).subplaces == ()
    assert [c.subplaces for c in claims] == [("ridge flats",), ("ridge flats",)]
