"""Linking round 5: places that say where the outlet is, deadly claims told under another family, main claims first.

Every batch is invented (invented towns and outlets, or real provinces with invented incidents and tolls).
"""

from __future__ import annotations

from test_link_core import make_ext

from crosstally.link import link_events
from crosstally.link._blocking import block_families, candidate_pairs
from crosstally.link._profile import profile
from crosstally.records import Extraction, Span

EXP = "Explosions/Remote violence"
TOWN = dict(place="Dorovo", admin1="Centre-Nord", country="Burkina Faso", lat=13.09, lon=-1.08, lprec=1,
            date=("2024-05-04", "2024-05-04"), actors=["unidentified armed group"])


def _located(ext: Extraction, word: str, confidence: float) -> Extraction:
    """Give the claim's location the evidence span of ``word``'s first occurrence, as the geocoder would."""
    loc = ext.events[0].location
    assert loc is not None
    at = ext.document.text.index(word)
    loc.evidence, loc.confidence, loc.mention = [Span(at, at + len(word))], confidence, word
    return ext


def _statement(doc_id: str, source: str, sentence: str, place: str, admin1: str | None, word: str) -> Extraction:
    ext = make_ext(doc_id, source, "2024-05-06", [dict(TOWN, place=place, admin1=admin1, lat=None, lon=None,
                                                       lprec=3, counts={"killed": 12}, sentence=sentence)])
    return _located(ext, word, 0.35)


def test_a_place_read_only_from_the_outlets_own_name_keeps_only_the_country() -> None:
    ngo = _statement("ngo", "Plateau Civilians Watch", "Plateau Civilians Watch condemns Saturday's killing of twelve "
                     "villagers in Burkina Faso.", "Plateau", "Plateau-Central", "Plateau")
    p = profile(ngo, ngo.events[0])
    assert (p.level, p.admin1, p.place, p.country) == (0, None, None, "burkina faso")
    # the same word in the story itself is the incident's place
    local = _statement("local", "Plateau Civilians Watch", "Twelve villagers were killed on Saturday in Plateau, "
                       "Burkina Faso, Plateau Civilians Watch said.", "Plateau", "Plateau-Central", "Plateau")
    assert profile(local, local.events[0]).admin1 == "plateau central"


def test_the_outlets_statement_joins_the_incident_its_name_made_look_elsewhere() -> None:
    wire = make_ext("wire", "Savanna Wire", "2024-05-04", [dict(TOWN, counts={"killed": 12}, sentence=(
        "Gunmen killed twelve villagers in Dorovo, Centre-Nord region, on Saturday, a local official said."))])
    ngo = _statement("ngo", "Plateau Civilians Watch", "Plateau Civilians Watch condemns the killing of twelve "
                     "villagers by gunmen in Burkina Faso on Saturday.", "Plateau", "Plateau-Central", "Plateau")
    res = link_events([wire, ngo])
    assert res.assignments[("wire", 0)][0] == res.assignments[("ngo", 0)][0]


def _wire(doc_id: str, text: str, confidence: float) -> Extraction:
    ext = make_ext(doc_id, "Andes Wire", "2024-07-09", [dict(
        place="Lima", admin1="Lima", country="Peru", lat=-12.05, lon=-77.04, lprec=1, date=("2024-07-09",) * 2,
        type=EXP, sub="Remote explosive/landmine/IED", counts={"killed": 3}, sentence=text)])
    return _located(ext, "LIMA", confidence)


def test_a_place_read_weakly_only_from_the_dateline_keeps_only_the_country() -> None:
    far = _wire("far", "LIMA, July 9 (Andes Wire) - A bomb went off beside an army truck in Peru's northern "
                "highlands on Tuesday, killing three soldiers.", 0.35)
    assert profile(far, far.events[0]).level == 0
    again = _wire("again", "LIMA, July 9 (Andes Wire) - A bomb went off beside an army truck in a suburb of Lima on "
                  "Tuesday, killing three soldiers.", 0.35)
    assert profile(again, again.events[0]).level > 0
    sure = _wire("sure", "LIMA, July 9 (Andes Wire) - A bomb went off beside an army truck on Tuesday, killing "
                 "three soldiers.", 0.9)
    assert profile(sure, sure.events[0]).level > 0


RIOT = dict(place="Kotwali", admin1="Dhaka", country="Bangladesh", lat=23.71, lon=90.41, lprec=1,
            date=("2024-02-11", "2024-02-11"), type="Riots", sub="Mob violence", counts={"killed": 3})


def test_a_deadly_claim_that_names_no_place_meets_a_deadly_riot_of_its_day() -> None:
    riot = make_ext("riot", "Delta Newswire", "2024-02-11", [dict(RIOT, sentence=(
        "Three people were killed when rival party supporters fought with sticks and knives in Kotwali on Sunday."))])
    clash = make_ext("clash", "Rights Forum", "2024-02-13", [dict(
        RIOT, place="Bangladesh", admin1=None, lat=None, lon=None, lprec=3, type="Battles", sub="Armed clash",
        sentence="Three young men lost their lives in clashes between party activists on Sunday.")])
    p = profile(clash, clash.events[0])
    assert set(block_families(p)) == {"violence", "demonstrations"}
    res = link_events([riot, clash])
    assert res.assignments[("riot", 0)][0] == res.assignments[("clash", 0)][0]
    # a placed clash still meets only its own family: a riot and a battle in one province are not compared
    placed = make_ext("placed", "Rights Forum", "2024-02-11", [dict(RIOT, type="Battles", sub="Armed clash",
                      sentence="Three men were killed in an armed clash in Kotwali on Sunday.")])
    pairs, _ = candidate_pairs([profile(riot, riot.events[0]), profile(placed, placed.events[0])])
    assert list(pairs) == []


VILLAGE = dict(place="Ywathit", admin1="Sagaing", admin2="Shwebo District", country="Myanmar", lat=23.2, lon=95.5,
               lprec=1, date=("2024-03-06", "2024-03-06"), actors=["Military Forces of Myanmar"])
ELSEWHERE = dict(VILLAGE, place="Sagaing", admin2="Sagaing District", lat=21.88, lon=95.98, type="Battles",
                 sub="Armed clash", actors=[])


def test_two_reports_main_claims_of_one_day_are_not_kept_apart_by_their_secondary_claims() -> None:
    """Each report also tells a facet under another type; a facet that matches the other report's main claim first
    must not leave the two main claims in two incidents."""
    strike = make_ext("strike", "Upper Wire", "2024-03-06", [
        dict(VILLAGE, type=EXP, sub="Air/drone strike", counts={"killed": 17},
             sentence="A military jet bombed Ywathit village in Sagaing on Wednesday, killing 17 villagers."),
        dict(ELSEWHERE, sentence="Resistance fighters clashed with troops near Sagaing town the same day."),
    ])
    strike.events[0].trigger, strike.events[0].confidence = "bombed", 0.9
    toll = make_ext("toll", "Village Voice", "2024-03-08", [dict(VILLAGE, counts={"killed": 21}, sentence=(
        "Twenty-one villagers have now died after Wednesday's bombing of Ywathit in Sagaing, residents said."))])
    log = make_ext("log", "Monitor Network", "2024-03-09", [
        dict(VILLAGE, counts={"killed": 21}, sentence="On 6 March the military killed 21 civilians in Ywathit "
             "village, Sagaing, in an air strike on a monastery."),
        dict(VILLAGE, type=EXP, sub="Air/drone strike", sentence="Aircraft bombed a monastery in Ywathit village, "
             "Sagaing, on 6 March."),
    ])
    for ext in (strike, toll, log):  # geocoded confidently, but for the monitor's log, placed from its lead
        for ev in ext.events:
            assert ev.location is not None
            ev.location.confidence = 0.5 if ext is log and ev.index == 0 else 0.95
    res = link_events([strike, toll, log])
    main = {res.assignments[(d, 0)][0] for d in ("strike", "toll", "log")}
    assert len(main) == 1, res.assignments


KHARKIV = dict(place="Kharkiv", admin1="Kharkiv", country="Ukraine", lat=None, lon=None, lprec=3,
               actors=["unidentified armed group"])


def test_a_much_smaller_toll_a_day_later_is_another_attack() -> None:
    """Tolls rise as the wounded die; a claim a day later with under half the toll is the next day's strike."""
    first = make_ext("first", "City Wire", "2024-11-04", [dict(KHARKIV, date=("2024-11-04",) * 2,
                     counts={"killed": 8}, sentence="A strike on a residential area of Kharkiv killed 8 people on "
                     "Monday, the regional governor said.")])
    second = make_ext("second", "City Wire 2", "2024-11-05", [dict(KHARKIV, date=("2024-11-05",) * 2,
                      counts={"killed": 2}, sentence="A strike on a residential area of Kharkiv killed 2 people on "
                      "Tuesday, the regional governor said.")])
    res = link_events([first, second])
    assert res.assignments[("first", 0)][0] != res.assignments[("second", 0)][0]
    # a day apart with a higher toll: the same strike, its follow-up misdated
    update = make_ext("update", "City Wire 3", "2024-11-05", [dict(KHARKIV, date=("2024-11-05",) * 2,
                      counts={"killed": 9}, sentence="A strike on a residential area of Kharkiv killed 9 people on "
                      "Monday, the regional governor said.")])
    res = link_events([first, update])
    assert res.assignments[("first", 0)][0] == res.assignments[("update", 0)][0]


def test_a_city_report_naming_the_neighbourhood_another_was_weakly_geocoded_to_links() -> None:
    city = make_ext("city", "Atlantic Wire", "2024-08-21", [dict(
        place="Rio de Janeiro", admin1="Rio de Janeiro", admin2="Rio de Janeiro", country="Brazil", lprec=2,
        date=("2024-08-21",) * 2, counts={"killed": 6}, actors=["police"],
        sentence="Six people were killed on Wednesday in a police raid on the Jacarezinho favela in northern Rio "
                 "de Janeiro.")])
    part = make_ext("part", "Favela Monitor", "2024-08-23", [dict(
        place="Jacarezinho", admin1="Rio de Janeiro", admin2="Nova Iguacu", country="Brazil", lprec=1,
        date=("2024-08-21",) * 2, counts={"killed": 7}, actors=["civilians"],
        sentence="Our monitors recorded seven deaths in a police raid in Jacarezinho on 21 August.")])
    for ext, conf in ((city, 0.95), (part, 0.5)):
        assert ext.events[0].location is not None
        ext.events[0].location.confidence = conf
    res = link_events([city, part])
    assert res.assignments[("city", 0)][0] == res.assignments[("part", 0)][0]
    part.events[0].location.confidence = 0.95  # a confident namesake elsewhere stays apart
    res = link_events([city, part])
    assert res.assignments[("city", 0)][0] != res.assignments[("part", 0)][0]
