"""The linker's rules for parts, districts, undated and country-only claims (issue 4, accuracy round).

Each case is a small synthetic batch whose correct grouping a reader can check by eye; the figures and places
are invented for the test (real place names, invented incidents).
"""

from __future__ import annotations

from test_link_core import make_ext

from crosstally.link import link_events, pairwise_f1

VAC = "Violence against civilians"
# North Darfur: a multi-day wave around Kutum and a one-day market attack two days into it (province only)
WAVE = dict(place="North Darfur", admin1="North Darfur", lprec=3, date=("2024-08-10", "2024-08-13"), dprec=2)
MARKET = dict(place="North Darfur", admin1="North Darfur", lprec=3, date=("2024-08-12", "2024-08-12"))


def test_single_day_attack_inside_a_wave_from_the_same_outlet_is_a_part() -> None:
    """The same wire gives the wave's toll (40 since Saturday) and, a day earlier, one market attack (11):
    that is a part of the wave, not an earlier statement of its running toll."""
    exts = [
        make_ext("wave", "Example Wire", "2024-08-13", [dict(WAVE, counts={"killed": 40},
                 sentence="Armed men have attacked villages around Kutum since Saturday, killing at least 40.")]),
        make_ext("market", "Example Wire", "2024-08-12", [dict(MARKET, counts={"killed": 11},
                 sentence="Gunmen fired on the weekly market in Kabkabiya on Monday, killing 11 people.")]),
        make_ext("market2", "Sudan Daily", "2024-08-13", [dict(MARKET, counts={"killed": 12},
                 sentence="Residents buried 12 people killed when gunmen attacked the market on Monday.")]),
    ]
    res = link_events(exts)
    wave_id = res.assignments[("wave", 0)][0]
    market_id, market_parent = res.assignments[("market", 0)]
    assert market_id != wave_id and market_parent == wave_id
    assert res.assignments[("market2", 0)][0] == market_id


def test_same_outlet_running_toll_is_still_one_incident() -> None:
    """A monitor's 745 'since Thursday' and its later 973 'since Thursday' are one incident updated."""
    region = dict(place="Syrian coast", admin1="Latakia; Tartus", lprec=3)
    exts = [
        make_ext("t1", "SOHR", "2025-03-08", [dict(region, date=("2025-03-06", "2025-03-08"), counts={"killed": 745},
                 sentence="The monitor has documented 745 civilians killed since Thursday.")]),
        make_ext("t2", "SOHR", "2025-03-09", [dict(region, date=("2025-03-06", "2025-03-09"), counts={"killed": 973},
                 sentence="The toll of civilians killed since Thursday has risen to 973.")]),
    ]
    res = link_events(exts)
    assert res.assignments[("t1", 0)][0] == res.assignments[("t2", 0)][0]


def test_a_province_level_report_does_not_chain_two_districts() -> None:
    """Two attacks in two territories of one province on one day, and a report naming only the province:
    the province-level report may join one of them, never bridge them into one incident."""
    beni = dict(place="Beni", admin1="Nord Kivu", admin2="Beni", lat=0.49, lon=29.47, lprec=2,
                date=("2024-06-09", "2024-06-09"))
    goma = dict(place="Nyiragongo", admin1="Nord Kivu", admin2="Nyiragongo", lat=-1.52, lon=29.25, lprec=2,
                date=("2024-06-09", "2024-06-09"), type="Battles", sub="Armed clash")
    province = dict(place="Nord Kivu", admin1="Nord Kivu", lprec=3, date=("2024-06-09", "2024-06-09"))
    exts = [
        make_ext("beni", "Example Wire", "2024-06-10", [dict(beni, counts={"killed": 18},
                 sentence="Armed men killed 18 villagers near Oicha in Beni territory on Sunday.")]),
        make_ext("prov", "Example Wire", "2024-06-11", [dict(province, counts={"killed": 22},
                 sentence="The toll from Sunday's attack on a village in North Kivu rose to 22.")]),
        make_ext("goma", "Great Lakes Radio", "2024-06-10", [dict(goma, counts={"killed": 2},
                 sentence="Two soldiers were killed in a clash in Nyiragongo territory on Sunday.")]),
    ]
    res = link_events(exts)
    assert res.assignments[("goma", 0)][0] != res.assignments[("beni", 0)][0]
    assert res.assignments[("prov", 0)][0] == res.assignments[("beni", 0)][0]


def test_undated_claims_in_one_city_are_not_linked_on_the_place_alone() -> None:
    """Two local stories with no date and no publication date, one city, different shootings: apart."""
    city = dict(place="Milwaukee", admin1="Wisconsin", country="United States", lat=43.04, lon=-87.91, lprec=1)
    exts = [
        make_ext("a", "Local TV", "2015-12-12", [dict(city, counts={"killed": 1},
                 sentence="A man was shot dead outside a petrol station on the north side.")]),
        make_ext("b", "Local TV", "2015-12-20", [dict(city, counts={"killed": 1},
                 sentence="Police are looking for a driver after a teenager was wounded near a school.")]),
        make_ext("c", "Other TV", "2015-12-21", [dict(city, counts={"killed": 1},
                 sentence="A man was shot dead outside a petrol station on the north side.")]),
    ]
    for e in exts:
        e.document.published = None
        for ev in e.events:
            ev.date = None
    res = link_events(exts)
    assert res.assignments[("a", 0)][0] != res.assignments[("b", 0)][0]
    # a copy of the same story still links, dated or not
    assert res.assignments[("a", 0)][0] == res.assignments[("c", 0)][0]


def test_a_country_only_claim_is_not_the_parent_of_a_province() -> None:
    """'1,200 killed in four days' placed only in the country is the coast incident told vaguely, not a
    country-wide whole with the coast as its part."""
    exts = [
        make_ext("vague", "AGP", "2025-03-10", [dict(place="Syria", admin1=None, lprec=3,
                 date=("2025-03-06", "2025-03-10"), dprec=2, counts={"killed": 1200},
                 sentence="More than 1,200 civilians have been killed in four days of violence, a monitor said.")]),
        make_ext("prov", "SOHR", "2025-03-08", [dict(place="Latakia", admin1="Latakia", lprec=3,
                 date=("2025-03-07", "2025-03-07"), counts={"killed": 12},
                 sentence="The monitor said dozens were killed in Latakia province on Friday.")]),
    ]
    res = link_events(exts)
    assert res.assignments[("prov", 0)][1] is None
    assert res.assignments[("vague", 0)][1] is None


def test_toll_updated_by_one_death_is_the_same_incident() -> None:
    """4 killed, then 'the toll rose to five' dated over the week, both placed only in the province: the same
    bombing, not a part of a week of violence."""
    town = dict(place="Nangarhar", admin1="Nangarhar", lprec=3)
    exts = [
        make_ext("d1", "Example Wire", "2024-05-14", [dict(town, date=("2024-05-14", "2024-05-14"),
                 counts={"killed": 4}, type="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
                 sentence="A roadside bomb hit a minibus in Jalalabad on Tuesday, killing four people.")]),
        make_ext("d2", "Kabul Ledger", "2024-05-15", [dict(town, date=("2024-05-09", "2024-05-15"), dprec=2,
                 counts={"killed": 5}, type="Explosions/Remote violence", sub="Remote explosive/landmine/IED",
                 sentence="The number killed in the minibus bombing in Jalalabad has risen to five.")]),
    ]
    res = link_events(exts)
    gold = {("d1", 0): "bomb", ("d2", 0): "bomb"}
    assert pairwise_f1(res.assignments, gold)["f1"] == 1.0




def test_a_region_wide_toll_is_never_a_member_of_a_village_incident() -> None:
    """A wire's coast-level report of the first days' clashes (dozens killed) has the village's toll by chance,
    and a later briefing's coast-wide count of fighters (500-odd) reads as the same clashes: neither may sit
    inside one village's incident, or the village is credited with the region's figure. The briefing's
    multi-day wave of killings stays the village's parent."""
    coast = dict(place="Syrian coast", admin1="Latakia; Tartus", lprec=3)
    gunmen = ["Unidentified Armed Group (Syria)"]
    exts = [
        make_ext("brief", "Example Briefing", "2025-07-28", [
            dict(coast, date=("2025-03-06", "2025-03-10"), counts={"killed": 1300}, actors=gunmen,
                 sentence="Gunmen killed 1,300 civilians on the coast between 6 and 10 March, the monitor said."),
            dict(coast, date=("2025-03-06", "2025-03-10"), type="Battles", sub="Armed clash", counts={"killed": 523},
                 sentence="The monitor also counted 523 members of the security forces and fighters killed.")]),
        make_ext("village", "Example Wire", "2025-03-09", [dict(
            place="Ain Qasra", admin1="Latakia", lat=35.62, lon=35.93, lprec=1, date=("2025-03-07", "2025-03-07"),
            actors=gunmen, counts={"killed": 12},
            sentence="Gunmen shot dead dozens of men in the village of Ain Qasra on Friday, relatives said.")]),
        make_ext("clash", "Other Wire", "2025-03-07", [dict(coast, date=("2025-03-06", "2025-03-07"), dprec=1,
                 type="Battles", sub="Armed clash", counts={"killed": 12},
                 sentence="Dozens of people have been killed on the coast since the clashes began on Thursday.")]),
    ]
    res = link_events(exts)
    village_id, village_parent = res.assignments[("village", 0)]
    wave_id = res.assignments[("brief", 0)][0]
    for key in (("clash", 0), ("brief", 1)):
        assert res.assignments[key][0] != village_id, key
        assert wave_id in res.assignments[key], key  # in the wave or nested under it
    assert village_parent == wave_id
    assert [inc.members for inc in res.incidents if inc.id == village_id] == [[("village", 0)]]
