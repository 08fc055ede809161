"""Named people in linking: two outlets naming the same victim or suspect report one incident.

The reports are written for these tests (invented people, a real city); no devdata text.
"""

from __future__ import annotations

from test_link_core import make_ext

from crosstally.link import ClaimProfile, LinkState, link_events
from crosstally.link._config import LinkConfig
from crosstally.link._people import people_of
from crosstally.link._profile import profile
from crosstally.link._scoring import score
from crosstally.records import ActorMention

CITY = dict(place="Kisumu", admin1="Kisumu", country="Kenya", lat=-0.09, lon=34.77, lprec=1)


def _pair(name_a: str, name_b: str, b_counts: dict | None = None) -> list:
    """Two outlets' reports of a shooting a day apart, worded differently; the second gives no toll."""
    a = (f"{name_a}, 27, was shot dead outside a shop in Kisumu late on Friday night, police said. "
         "Officers said the gunman fled on a motorcycle.")
    b = (f"Relatives on Sunday mourned {name_b}, 27, a kiosk owner and father of two. A neighbour told "
         "reporters she heard two shots before midnight.")
    return [
        make_ext("outlet-a", "Lakeside Times", "2025-05-10", [dict(CITY, date=("2025-05-09", "2025-05-09"),
                 counts={"killed": 1}, sentence=a.split(". ")[0] + ".")], text=a),
        make_ext("outlet-b", "Nyanza Daily", "2025-05-11", [dict(CITY, date=("2025-05-10", "2025-05-10"),
                 counts=b_counts or {}, sentence=b.split(". ")[0] + ".")], text=b),
    ]


def test_people_of_takes_named_people_and_skips_common_words_and_places() -> None:
    ext = make_ext("d", "Wire", "2025-05-10", [dict(CITY, sentence="Gunmen killed Peter Otieno, 34, in Kisumu.")],
                   text="Gunmen killed Peter Otieno, 34, in Kisumu. Police said gunmen fled. Kisumu Central, 12, "
                        "was the route number.")
    ext.events[0].actors = [ActorMention(role="actor1", name="Gunmen", mention="Gunmen"),
                            ActorMention(role="actor2", name="Otieno", mention="Peter Otieno")]
    people = people_of(ext, ext.events[0])
    assert people == ("otieno",)  # not "gunmen" (written in lower case too), not the place "Kisumu Central"


def test_lone_capitalised_word_counts_only_mid_sentence() -> None:
    ext = make_ext("d", "Wire", "2025-05-10", [dict(CITY, sentence="Witnesses saw it.")],
                   text="Witnesses saw it. The shop owner said Achieng had closed early.")
    ext.events[0].actors = [ActorMention(role="actor1", name="Witnesses", mention="Witnesses"),
                            ActorMention(role="actor2", name="Achieng", mention="Achieng")]
    assert people_of(ext, ext.events[0]) == ("achieng",)


def test_same_named_victim_links_two_outlets_a_day_apart() -> None:
    res = link_events(_pair("Brian Ouma", "Brian Ouma"))
    assert res.assignments[("outlet-a", 0)][0] == res.assignments[("outlet-b", 0)][0]


def test_different_named_victims_do_not_link() -> None:
    res = link_events(_pair("Brian Ouma", "Kevin Wafula"))
    assert res.assignments[("outlet-a", 0)][0] != res.assignments[("outlet-b", 0)][0]


def test_shared_name_is_what_tips_the_score() -> None:
    same = _pair("Brian Ouma", "Brian Ouma")
    other = _pair("Brian Ouma", "Kevin Wafula")
    cfg = LinkConfig()
    s_same = score(profile(same[0], same[0].events[0]), profile(same[1], same[1].events[0]), cfg)
    s_other = score(profile(other[0], other[0].events[0]), profile(other[1], other[1].events[0]), cfg)
    assert s_same is not None and s_other is not None
    assert s_same >= cfg.threshold > s_other
    assert abs((s_same - s_other) - cfg.w_people) < 0.06  # the name, not the wording, makes the difference


def test_people_veto_splits_one_death_reports_naming_different_people() -> None:
    exts = _pair("Brian Ouma", "Kevin Wafula", b_counts={"killed": 1})
    a, b = (profile(e, e.events[0]) for e in exts)
    assert score(a, b, LinkConfig()) is not None
    assert score(a, b, LinkConfig(people_veto=True)) is None


def test_link_state_stored_before_people_existed_still_loads() -> None:
    exts = _pair("Brian Ouma", "Brian Ouma")
    res = link_events(exts)
    raw = res.state.to_dict()
    assert raw["claims"][0]["people"] == ["ouma"] or raw["claims"][0]["people"] == ("ouma",)
    for c in raw["claims"]:
        del c["people"]  # an older version's row
    old = LinkState.from_dict(raw)
    assert all(c.people == () for c in old.claims.values())
    again = link_events([], previous=old)
    assert again.assignments == res.assignments
    d = next(iter(res.state.claims.values())).to_dict()
    assert ClaimProfile.from_dict(d).people == ("ouma",)


def test_in_a_report_of_several_events_names_stay_with_their_own_event() -> None:
    first = "Gunmen killed Grace Akinyi, 45, at her stall in Kisumu on Monday."
    second = "In a separate attack, a bus was set alight on the Kisumu highway on Tuesday."
    ext = make_ext("roundup", "Wire", "2025-05-13", [dict(CITY, sentence=first), dict(CITY, sentence=second)],
                   text=f"{first} {second}")
    assert people_of(ext, ext.events[0]) == ("akinyi",)
    assert people_of(ext, ext.events[1]) == ()
