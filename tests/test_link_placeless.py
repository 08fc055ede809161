"""A report that names no place, or only the country, must not bridge two incidents.

Greedy linking joins the best pairs first. Follow-ups that name no place ("the toll from Saturday's blast at the
market has risen") match reports of every incident of their day, and a match between two such follow-ups, one of
each incident, chained both incidents into one (outlets4.jsonl's two Bamenda attacks). Now the placed claims are
clustered first; each placeless claim then joins the one placed cluster it matches best, or none; and placeless
claims join one another only where that does not put two placed clusters together. Every batch is invented
(invented neighbourhoods "Elm Hollow" and "Ridge Flats" of a real city, invented tolls and outlets).
"""

from __future__ import annotations

from test_link_core import make_ext

from crosstally.link import link_events
from crosstally.records import Extraction

CITY = dict(place="Chicago", admin1="Illinois", country="United States", lat=41.88, lon=-87.63, lprec=1)
COUNTRY = dict(place="United States", admin1=None, country="United States", lprec=3)
DAY = "2023-08-13"
NEXT = "2023-08-14"


def _report(doc_id: str, source: str, killed: int, sentence: str, where: dict | None = None,
            actors: tuple[str, ...] = (), published: str = DAY, weapon: bool = False) -> Extraction:
    ev = dict(where or CITY, date=(DAY, DAY), sentence=sentence, counts={"killed": killed}, actors=list(actors))
    if weapon:
        ev.update(type="Explosions/Remote violence", sub="Remote explosive/landmine/IED")
    return make_ext(doc_id, source, published, [ev])


def _placeless(doc_id: str, source: str, killed: int, sentence: str, published: str = NEXT,
               weapon: bool = False, country: bool = False) -> Extraction:
    """A follow-up that names no place at all (or only the country): the geocoder gives it nothing finer."""
    ext = _report(doc_id, source, killed, sentence, COUNTRY, published=published, weapon=weapon)
    if not country:
        ext.events[0].location = None
    return ext


def _inc(res, doc_id: str) -> str:
    return res.assignments[(doc_id, 0)][0]


def _two_attacks() -> list[Extraction]:
    """A checkpoint shooting in Elm Hollow and a market bomb in Ridge Flats on one day, and a follow-up of each
    that names no place; the two follow-ups share more wording with each other than with either report."""
    return [
        _report("checkpoint", "Wire", 3, "Gunmen shot dead three police officers at a checkpoint in the Elm Hollow "
                "neighbourhood on Sunday morning, officials said."),
        _report("market", "Wire", 2, "A bomb hidden under a stall killed two traders at a market in the Ridge "
                "Flats neighbourhood on Sunday afternoon, police said.", weapon=True),
        _placeless("followup-a", "Post", 4, "A fourth officer died on Monday of wounds from the attack on Sunday, "
                   "his colleagues said on Monday."),
        _placeless("followup-b", "Herald", 3, "A third trader died on Monday of wounds from the blast on Sunday, "
                   "a nurse said on Monday.", weapon=True),
    ]


def test_placeless_follow_ups_do_not_chain_two_incidents_of_one_day() -> None:
    res = link_events(_two_attacks())
    assert _inc(res, "checkpoint") != _inc(res, "market")
    assert _inc(res, "followup-b") == _inc(res, "market")  # the bomb's follow-up joins the bombing
    assert _inc(res, "followup-a") != _inc(res, "market")


def test_the_rule_is_order_free() -> None:
    one = link_events(_two_attacks())
    two = link_events(list(reversed(_two_attacks())))
    for res in (one, two):
        assert _inc(res, "checkpoint") != _inc(res, "market")
        assert _inc(res, "followup-b") == _inc(res, "market")


def test_a_report_naming_only_the_country_joins_the_one_incident_it_matches() -> None:
    exts = [_report("wire", "Wire", 5, "Gunmen killed five people at a wedding party in the Elm Hollow "
                    "neighbourhood on Sunday night, police said."),
            _placeless("ngo", "Rights Group", 5, "Gunmen killed five people at a wedding party on Sunday night in "
                       "the United States, witnesses told us.", country=True)]
    res = link_events(exts)
    assert _inc(res, "wire") == _inc(res, "ngo")


def test_placeless_reports_of_one_incident_still_join_each_other_and_their_incident() -> None:
    exts = [_report("wire", "Wire", 6, "Six people were shot dead at a house party in the Elm Hollow neighbourhood "
                    "on Sunday night, police said."),
            _placeless("vigil", "Daily", 6, "Six people were shot dead at a house party on Sunday night, and "
                       "neighbours held a vigil on Monday."),
            _placeless("brief", "Weekly Brief", 6, "Six people were shot dead at a house party on Sunday night, "
                       "and neighbours held a vigil on Monday evening.", published="2023-08-16")]
    res = link_events(exts)
    assert len({_inc(res, d) for d in ("wire", "vigil", "brief")}) == 1


def test_placed_reports_alone_still_link_as_before() -> None:
    exts = [_report("a", "Wire", 3, "Gunmen shot dead three police officers at a checkpoint in the Elm Hollow "
                    "neighbourhood on Sunday morning, officials said."),
            _report("b", "Daily", 3, "Three police officers were shot dead at a checkpoint in the Elm Hollow "
                    "neighbourhood on Sunday, officials said.", published=NEXT)]
    res = link_events(exts)
    assert _inc(res, "a") == _inc(res, "b")
    assert res.stats.linked_pairs == 1


def test_a_later_placeless_follow_up_joins_an_earlier_run_without_renumbering() -> None:
    first = _two_attacks()[:2]
    res1 = link_events(first)
    later = _placeless("followup-b", "Herald", 3, "A third trader died on Monday of wounds from the blast on Sunday, "
                       "a nurse said on Monday.", weapon=True)
    res2 = link_events([later], previous=res1.state)
    assert res2.assignments[("market", 0)] == res1.assignments[("market", 0)]
    assert res2.assignments[("checkpoint", 0)] == res1.assignments[("checkpoint", 0)]
    assert _inc(res2, "followup-b") == _inc(res1, "market")
