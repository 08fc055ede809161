"""Same city, same day: the named part of a town each report gives keeps two incidents apart and joins one.

Every batch is invented (invented neighbourhoods "Elm Hollow" and "Ridge Flats" in a real city, invented tolls and
outlets). The rules under test: the wider pattern that reads a part ("hit the X district", "Location: X raion"),
the headline-and-lead fallback for a report's main claim, parts learnt from other reports of the same province,
the veto on different parts unless every toll agrees, and the bonus for the same part named by both reports.
"""

from __future__ import annotations

from dataclasses import replace

from test_link_core import make_ext

from crosstally.link import LinkConfig, known_subplaces, link_events, subplaces_of
from crosstally.link._profile import profile
from crosstally.link._scoring import score
from crosstally.link._subplaces import lead_of, other_parts
from crosstally.records import Extraction

CITY = dict(place="Chicago", admin1="Illinois", country="United States", lat=41.88, lon=-87.63, lprec=1)
DAY = "2023-08-13"


def _report(doc_id: str, source: str, killed: int | None, sentence: str, text: str | None = None,
            title: str | None = None, day: str = DAY) -> Extraction:
    ext = make_ext(doc_id, source, day, [dict(CITY, date=(day, day), sentence=sentence,
                                              counts={"killed": killed} if killed else {})], text=text)
    ext.document.title = title
    return ext


def _inc(res, doc_id: str) -> str:
    return res.assignments[(doc_id, 0)][0]


# --------------------------------------------------------------------------- reading a part
def test_a_part_is_read_after_a_verb_of_striking_and_from_a_log_field() -> None:
    ext = _report("a", "Wire", 3, "A missile hit the Elm Hollow district on Monday, killing three people.")
    assert subplaces_of(ext, ext.events[0]) == ("elm hollow",)
    ext = _report("b", "Tracker", 2, "Location: Ridge Flats raion, Chicago. Harm: 2 civilians killed.")
    assert subplaces_of(ext, ext.events[0]) == ("ridge flats",)
    ext = _report("c", "Wire", 2, "Two people were killed on Monday in the north of the city.")
    assert subplaces_of(ext, ext.events[0]) == ()


def test_the_main_claim_takes_the_one_part_its_headline_or_lead_names() -> None:
    text = ("Shots were fired at a gathering in the Elm Hollow neighborhood late on Sunday. "
            "Two people died at the scene, police said.")
    ext = _report("a", "Paper", 2, "Two people died at the scene, police said.", text=text)
    assert subplaces_of(ext, ext.events[0]) == ("elm hollow",)
    assert lead_of(ext).startswith(" | Shots were fired")
    # a lead that names two parts (the report recalls another shooting) gives none
    text = ("A man was shot dead in the Ridge Flats neighborhood, hours after the shooting in the Elm Hollow "
            "area. He died at the scene, police said.")
    ext = _report("b", "Paper", 1, "He died at the scene, police said.", text=text)
    assert subplaces_of(ext, ext.events[0]) == ()
    # only the report's main claim: a second claim of the report keeps to its own sentences
    two = make_ext("c", "Paper", DAY, [dict(CITY, sentence="Two died in the Elm Hollow area on Sunday."),
                                       dict(CITY, sentence="Separately, a man was shot dead at a gas station.")])
    assert subplaces_of(two, two.events[1]) == ()


# --------------------------------------------------------------------------- parts learnt across reports
def test_a_report_learns_the_part_that_other_reports_of_its_province_name() -> None:
    named = _report("a", "TV", 2, "Two men were killed in the Elm Hollow neighborhood on Sunday.")
    plain = _report("b", "Paper", 2, "Families in Elm Hollow mourned two men shot dead on Sunday.")
    other = _report("c", "Radio", 1, "A man was killed in the Ridge Flats area on Sunday.")
    claims = known_subplaces([profile(e, e.events[0]) for e in (named, plain, other)])
    assert [c.subplaces for c in claims] == [("elm hollow",), ("elm hollow",), ("ridge flats",)]
    # the part names itself only as a learnt one: on its own the plain report names no part
    assert profile(plain, plain.events[0]).subplaces == ()


def test_a_report_naming_two_known_parts_learns_none_unless_its_lead_picks_one() -> None:
    named = _report("a", "TV", 2, "Two men were killed in the Elm Hollow neighborhood on Sunday.")
    other = _report("b", "Radio", 1, "A man was killed in the Ridge Flats area on Sunday.")
    both = _report("c", "Paper", 1, "A man died on Sunday as police patrolled Ridge Flats and Elm Hollow.")
    led = _report("d", "Weekly", 1, "He died at the scene as police patrolled Ridge Flats and Elm Hollow.",
                  title="Police seek gunman in Ridge Flats killing")
    # the other part named only in a clause that recalls the other incident: the report's own part stands
    recalls = _report("e", "Paper", 1, "A man died in Ridge Flats on Sunday, hours after the Elm Hollow killings.")
    claims = known_subplaces([profile(e, e.events[0]) for e in (named, other, both, led, recalls)])
    assert claims[2].subplaces == ()
    assert claims[3].subplaces == ("ridge flats",)
    assert claims[4].subplaces == ("ridge flats",)


def test_a_report_learns_a_part_its_whole_text_names_once() -> None:
    named = _report("a", "TV", 3, "Three people were killed at a park in the Elm Hollow area on Sunday.")
    text = ("A man was charged on Wednesday over Sunday's shooting that killed three people. "
            "Police said the gunfire erupted at a cookout in Elm Hollow after a quarrel.")
    charged = _report("b", "Wire", 3, "A man was charged on Wednesday over Sunday's shooting that killed three "
                      "people.", text=text)
    claims = known_subplaces([profile(e, e.events[0]) for e in (named, charged)])
    assert claims[1].subplaces == ("elm hollow",)


def test_parts_are_learnt_only_within_one_province() -> None:
    named = _report("a", "TV", 2, "Two men were killed in the Elm Hollow neighborhood on Sunday.")
    elsewhere = make_ext("b", "Paper", DAY, [dict(CITY, admin1="Indiana", place="Gary", counts={"killed": 2},
                                                 sentence="Families in Elm Hollow mourned two men shot dead.")])
    claims = known_subplaces([profile(e, e.events[0]) for e in (named, elsewhere)])
    assert claims[1].subplaces == ()


# --------------------------------------------------------------------------- the veto and the bonus
def test_different_parts_split_unless_every_toll_agrees() -> None:
    assert other_parts([("sadr city", 8)], [("dora", 1)])
    assert other_parts([("colinas de san miguel", 7)], [("infonavit barrancos", None)])  # no toll read
    assert other_parts([("whitehaven", 2), ("whitehaven", 3)], [("orange mound", 1), ("orange mound", 3)])
    assert not other_parts([("elm hollow", 1)], [("ridge flats", 1)])  # one shooting, two names, one toll
    assert not other_parts([("infonavit barrancos", 2)], [("barrancos", None)])  # a shared word: one part
    assert not other_parts([("elm hollow", 2)], [])  # a report that names only the city


def test_the_same_part_named_by_both_reports_counts_for_the_link() -> None:
    a = profile(*(lambda e: (e, e.events[0]))(_report("a", "TV", 8, "A car bomb killed 8 in the Elm Hollow area.")))
    b = profile(*(lambda e: (e, e.events[0]))(_report("b", "Paper", None, "Families in Elm Hollow buried the dead.")))
    cfg = LinkConfig()
    without = score(a, b, cfg)
    with_part = score(a, replace(b, subplaces=("elm hollow",)), cfg)
    assert without is not None and with_part is not None
    assert abs(with_part - without - cfg.w_parts) < 1e-9
    assert score(a, replace(b, subplaces=("ridge flats",)), cfg) == without  # different parts: no bonus


# --------------------------------------------------------------------------- whole batches
def test_two_attacks_in_one_city_on_one_day_stay_apart_and_their_follow_ups_join_them() -> None:
    exts = [
        _report("bomb", "Wire", 8, "A car bomb exploded near a market in the Elm Hollow district on Sunday evening, "
                "killing eight people."),
        _report("ied", "Daily", 1, "A roadside bomb hit an army patrol in the Ridge Flats neighbourhood late on "
                "Sunday, killing one soldier."),
        # follow-ups that name the part without a part word, and one with no toll read
        _report("funeral", "Daily", None, "Families in Elm Hollow held funerals on Sunday for the victims of the car "
                "bomb.", day=DAY),
        _report("brief", "Brief", 1, "One soldier was killed when a device went off next to a patrol in Ridge "
                "Flats on Sunday night."),
    ]
    res = link_events(exts)
    assert _inc(res, "bomb") != _inc(res, "ied")
    assert _inc(res, "funeral") == _inc(res, "bomb")
    assert _inc(res, "brief") == _inc(res, "ied")


def test_a_report_naming_only_the_city_still_links() -> None:
    exts = [
        _report("a", "TV", 2, "Two people were shot dead at a cookout in the Elm Hollow area on Sunday night."),
        _report("b", "Wire", 2, "Two people were shot dead at a cookout in Chicago on Sunday night, police said."),
    ]
    res = link_events(exts)
    assert _inc(res, "a") == _inc(res, "b")
