"""Two incidents in one place a day apart: a shelling and a drone strike told confidently are kept apart.

The batches are invented (an invented town, invented tolls); each report's weapon comes from its own sentence.
Reports of one incident that word the weapon alike, or whose weapon the extractor only guessed, still link.
"""

from __future__ import annotations

from test_link_core import make_ext

from crosstally.link import link_events, subplaces_of, weapon_of
from crosstally.records import Extraction

EXP = "Explosions/Remote violence"
SHELL = "Shelling/artillery/missile attack"
DRONE = "Air/drone strike"
TOWN = dict(place="Qarat Nabi", admin1="North Darfur", country="Sudan", lat=13.63, lon=25.35, lprec=1,
            actors=["Rapid Support Forces"])


def _ext(doc_id: str, source: str, published: str, day: str, sub: str, killed: int | None, sentence: str,
         trigger: str, confidence: float = 0.9, type_: str = EXP, last_day: str | None = None) -> Extraction:
    ext = make_ext(doc_id, source, published, [dict(TOWN, date=(day, last_day or day), type=type_, sub=sub,
                                                    sentence=sentence, counts={"killed": killed} if killed else {})])
    ext.events[0].trigger, ext.events[0].confidence = trigger, confidence
    return ext


def _shelling(doc_id: str, source: str, killed: int) -> Extraction:
    return _ext(doc_id, source, "2024-06-15", "2024-06-15", SHELL, killed,
                f"Shells hit the main market of Qarat Nabi on Saturday, killing {killed} people.", "Shells")


def _drone(doc_id: str, source: str, killed: int) -> Extraction:
    return _ext(doc_id, source, "2024-06-16", "2024-06-16", DRONE, killed,
                f"A drone struck a water point in the camp at Qarat Nabi on Sunday, killing {killed} people.",
                "drone struck")


def test_weapon_is_read_only_from_a_confident_claim_whose_sentence_tells_it() -> None:
    shelling = _shelling("s", "Wire", 11)
    assert weapon_of(shelling, shelling.events[0]) == SHELL
    unsure = _ext("u", "Wire", "2024-06-15", "2024-06-15", DRONE, 4, "Four people died in the blast.", "blast",
                  confidence=0.3)
    assert weapon_of(unsure, unsure.events[0]) == ""  # the classifier's guess, not the report's word
    elsewhere = _ext("e", "Wire", "2024-06-15", "2024-06-15", DRONE, 4, "Four people died on Saturday.",
                     "drone strike")
    assert weapon_of(elsewhere, elsewhere.events[0]) == ""  # the trigger is not in the claim's own sentence
    civ = _ext("c", "Wire", "2024-06-15", "2024-06-15", "Attack", 4, "Gunmen shot four traders dead.", "shot",
               type_="Violence against civilians")
    assert weapon_of(civ, civ.events[0]) == ""


def test_a_shelling_and_a_drone_strike_a_day_apart_in_one_town_are_two_incidents() -> None:
    exts = [_shelling("m1", "Example Wire", 11), _shelling("m2", "Darfur Radio", 19),
            _drone("d1", "Camp Network", 5), _drone("d2", "Darfur Radio Evening", 5)]
    res = link_events(exts)
    inc = {k[0]: v[0] for k, v in res.assignments.items()}
    assert inc["m1"] == inc["m2"], "two outlets of one shelling, the toll rising, are one incident"
    assert inc["d1"] == inc["d2"]
    assert inc["m1"] != inc["d1"]


def test_a_report_that_names_no_weapon_does_not_bridge_the_two() -> None:
    """A weaponless report over both days matches both: it may join one of them, never chain them into one."""
    bridge = _ext("b", "Aid Bulletin", "2024-06-17", "2024-06-15", "Attack", 12,
                  "Attacks on Qarat Nabi at the weekend killed people at the market and in the camp.", "Attacks",
                  type_="Violence against civilians", last_day="2024-06-16")
    exts = [_shelling("m1", "Example Wire", 11), _drone("d1", "Camp Network", 5), bridge]
    res = link_events(exts)
    inc = {k[0]: v[0] for k, v in res.assignments.items()}
    assert inc["m1"] != inc["d1"]


def test_reports_of_one_strike_whose_weapon_one_outlet_only_guessed_still_link() -> None:
    guessed = _ext("g", "Darfur Radio", "2024-06-16", "2024-06-15", DRONE, 13,
                   "Explosions tore through the main market of Qarat Nabi on Saturday, killing 13 people.",
                   "Explosions", confidence=0.4)
    res = link_events([_shelling("m1", "Example Wire", 11), guessed])
    assert res.assignments[("m1", 0)][0] == res.assignments[("g", 0)][0]


CITY = dict(place="Chicago", admin1="Illinois", country="United States", lat=41.88, lon=-87.63, lprec=1)


def _shooting(doc_id: str, source: str, killed: int, sentence: str, day: str = "2023-08-13") -> Extraction:
    return make_ext(doc_id, source, day, [dict(CITY, date=(day, day), counts={"killed": killed}, sentence=sentence)])


def test_named_parts_of_a_town_are_read_from_the_claims_own_sentence() -> None:
    ext = _shooting("p", "Local TV", 2, "Two men were shot dead in Chicago's Elm Hollow district on Sunday.")
    assert subplaces_of(ext, ext.events[0]) == ("elm hollow",)
    ext = _shooting("q", "Local TV", 1, "A man was shot dead in the Colinas de San Rafael area on Sunday.")
    assert subplaces_of(ext, ext.events[0]) == ("colinas de san rafael",)
    ext = _shooting("r", "Local TV", 1, "A man was shot dead in the Chicago area on Sunday.")
    assert subplaces_of(ext, ext.events[0]) == ()  # the claim's own town is no part of it
    recalled = make_ext("s", "Local TV", "2023-08-13", [dict(CITY, counts={"killed": 1},
                        sentence="A man was shot dead at a gas station on Sunday.")],
                        text="A man was shot dead at a gas station on Sunday. Earlier, two died in the Elm Hollow area.")
    assert subplaces_of(recalled, recalled.events[0]) == ()  # another incident the report recalls


def test_two_shootings_in_named_parts_of_one_city_stay_apart_even_through_a_third_report() -> None:
    exts = [
        _shooting("park", "Local TV", 2, "Two people were killed at a cookout in the Elm Hollow area on Sunday."),
        _shooting("station", "City Paper", 1, "A man was shot dead at a gas station in the Ridge Flats neighborhood "
                  "on Sunday."),
        # a later report of the park shooting that names no part: it matches both on city, day and wording
        _shooting("later", "Radio One", 3, "A teenager died, bringing to three the people killed in Sunday's "
                  "shooting, police said."),
    ]
    res = link_events(exts)
    inc = {k[0]: v[0] for k, v in res.assignments.items()}
    assert inc["park"] != inc["station"]


def test_reports_naming_different_parts_with_the_same_toll_still_link() -> None:
    """Outlets name a neighbourhood differently for one shooting: a different part alone never splits."""
    exts = [
        _shooting("a", "Local TV", 1, "A man was shot dead outside a store in the Elm Hollow area on Sunday night."),
        _shooting("b", "City Paper", 1, "A man was shot dead outside a corner store in the Ridge Flats "
                  "neighborhood on Sunday night."),
    ]
    res = link_events(exts)
    assert res.assignments[("a", 0)][0] == res.assignments[("b", 0)][0]


def test_a_report_recalling_yesterdays_attack_does_not_join_it_as_a_facet() -> None:
    """The drone report's background claim matches the market report a day earlier; joining that cluster as a
    facet of the same report would put the drone strike in the market attack. Facets join on their own day only."""
    market = _ext("m2", "Darfur Radio", "2024-06-16", "2024-06-15", "Attack", 21,
                  "The toll from the attack on the main market of Qarat Nabi on Saturday rose to 21.", "attack",
                  type_="Violence against civilians")
    drone = make_ext("d1", "Camp Network", "2024-06-16", [
        dict(TOWN, date=("2024-06-16", "2024-06-16"), type=EXP, sub=DRONE, counts={"killed": 5},
             sentence="A drone struck a water point in the camp at Qarat Nabi on Sunday, killing 5 people."),
        dict(TOWN, date=("2024-06-16", "2024-06-16"),
             sentence="The attack on the main market of Qarat Nabi by the Rapid Support Forces was condemned."),
    ])
    drone.events[0].trigger, drone.events[0].confidence = "drone struck", 0.9
    res = link_events([market, drone])
    assert res.assignments[("d1", 0)][0] != res.assignments[("m2", 0)][0]


def test_weapon_and_named_parts_survive_the_link_state_round_trip() -> None:
    """A later run links new reports to old incidents from the stored claims: the new signals must be kept."""
    import json

    from crosstally.link import LinkState

    ext = _ext("m", "Wire", "2024-06-15", "2024-06-15", SHELL, 9,
               "Shells fell in the Souk Jadid district of Qarat Nabi on Saturday, killing 9 people.", "Shells")
    state = link_events([ext]).state
    back = LinkState.from_dict(json.loads(json.dumps(state.to_dict()))).claims[("m", 0)]
    assert back.weapon == SHELL and back.subplaces == ("souk jadid",)
