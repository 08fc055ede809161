"""Linking round 28: reports of one incident kept apart by how provinces and cities are drawn.

Each test is one class of error seen on outlets5.jsonl (spent), rebuilt on our own reports of invented incidents
in real places:
- a province carved out of another (Indonesia's Papua split of 2022): a report placed only in the old province
  ("in Indonesia's Papua") may mean the whole old area, which holds the new province's places; a town of the
  rump and the siblings carved side by side stay apart (data/admin1_successions.yaml);
- a big city and a town of its metropolitan area in another province (Petare, Miranda, in eastern Caracas): a
  report placed in the city that names the town is the town's incident;
- a place whose name ends in a number ("Cota 905") is one name, so that a report the geocoder could not place
  still names it;
- a report days later that dates an attack only vaguely ("last week's attack") and gives a higher toll in the same
  district, under twice the first, is the attack's toll risen, not a week's violence holding it (outlets6's Djugu).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from test_link_core import make_ext
from test_link_round27 import _doc

from crosstally.link import link_events
from crosstally.link._config import LinkConfig
from crosstally.link._names import norm_name
from crosstally.link._places import NAMED_TOWN, place_score
from crosstally.link._profile import names_of
from crosstally.link._relation import relation
from crosstally.link._types import ClaimProfile
from crosstally.vocab import load_vocab

CFG = LinkConfig()


def _claim(**kw: Any) -> ClaimProfile:
    base: dict[str, Any] = dict(doc_id="d", index=0, source="s", published=None, start=None, end=None,
                                date_precision=1, family="violence", event_type="Violence against civilians",
                                country="indonesia", admin1=None, admin2=None, place=None, area=None,
                                geonameid=None, lat=None, lon=None, loc_precision=3, level=1, actors=(),
                                killed=None, text="", place_confidence=0.95)
    base.update(kw)
    return ClaimProfile(**base)


PAPUA = _claim(admin1="papua", area="papua", level=1, lat=-2.53, lon=140.72)
CENTRAL = _claim(admin1="central papua", area="central papua", level=1, lat=-4.61, lon=136.68)
HIGHLAND = _claim(admin1="highland papua", area="highland papua", level=1, lat=-4.10, lon=138.95)
ILAGA = _claim(admin1="central papua", admin2="kabupaten puncak", place="ilaga", area="ilaga", level=3,
               loc_precision=1, lat=-3.95, lon=137.40)
JAYAPURA = _claim(admin1="papua", admin2="kota jayapura", place="jayapura", area="jayapura", level=3,
                  loc_precision=1, lat=-2.53, lon=140.72)


def test_an_old_province_holds_the_province_carved_from_it() -> None:
    assert place_score(PAPUA, CENTRAL, CFG) == 0.8
    assert place_score(CENTRAL, PAPUA, CFG) == 0.8
    assert place_score(PAPUA, ILAGA, CFG) is not None and place_score(PAPUA, ILAGA, CFG) >= 0.6


def test_a_rump_town_and_sibling_provinces_stay_apart() -> None:
    assert place_score(JAYAPURA, CENTRAL, CFG) is None  # Jayapura was never in Central Papua
    assert place_score(CENTRAL, HIGHLAND, CFG) is None  # carved side by side: two provinces
    assert place_score(JAYAPURA, ILAGA, CFG) is None


def test_each_succession_names_units_the_gazetteer_lists() -> None:
    from crosstally.geo import get_gazetteer

    gz = get_gazetteer()
    units: dict[str, set[str]] = {}
    for p in gz.places.values():
        if p.kind == "admin1":
            country = norm_name(gz.country_name(p.country_code)) or ""
            units.setdefault(country, set()).update(n for n in (norm_name(gz.label(p)), norm_name(p.name)) if n)
    entries = load_vocab("admin1_successions")["entries"]["successions"]
    assert entries
    for e in entries:
        country = norm_name(e["country"]) or ""
        assert country in units, e
        for name in (*e["from"], *e["to"]):
            assert norm_name(name) in units[country], (name, e)


CARACAS = _claim(country="venezuela", admin1="capital district", admin2="municipio libertador", place="caracas",
                 area="caracas", geonameid=3646738, lat=10.48801, lon=-66.87919, level=3, loc_precision=1,
                 names=("caracas", "petare"))
PETARE = _claim(country="venezuela", admin1="miranda", admin2="municipio sucre", place="petare", area="petare",
                geonameid=3630297, lat=10.47679, lon=-66.80786, level=3, loc_precision=1, names=("petare",),
                place_confidence=0.3)


def test_a_city_report_naming_a_town_of_its_metro_area_is_that_towns_incident() -> None:
    assert place_score(CARACAS, PETARE, CFG) == NAMED_TOWN
    assert place_score(PETARE, CARACAS, CFG) == NAMED_TOWN


def test_a_near_town_is_no_part_of_the_city_unless_named_or_far_smaller() -> None:
    plain = _claim(**{**CARACAS.to_dict(), "names": ("caracas",)})
    assert place_score(plain, PETARE, CFG) == 0.5  # near, another province, not named: as before
    # the town's report naming the city is no evidence the city's report meant the town
    assert place_score(_claim(**{**PETARE.to_dict(), "names": ("petare", "caracas")}), plain, CFG) == 0.5


def test_reports_of_one_shooting_in_petare_and_in_caracas_link() -> None:
    city = _doc("city", "Andes Wire", "Gunmen fire on Caracas water protest",
                "CARACAS, March 4 (Andes Wire) - Gunmen on motorbikes opened fire on residents blocking a road over "
                "water cuts in Petare, the large hillside district on the eastern edge of Caracas, on Monday, killing "
                "two, neighbours said.", date(2024, 3, 4))
    town = _doc("town", "Valle Daily", "Petare buries two residents",
                "Neighbours carried two coffins through Petare on Tuesday, a day after the water protest at the "
                "roadblock. Families blamed armed government supporters.", date(2024, 3, 5))
    link_events([city, town])
    assert city.events[0].incident_id == town.events[0].incident_id


def test_a_place_name_ending_in_a_number_is_one_name() -> None:
    ext = make_ext("c", "Andes Wire", "2024-03-04", [dict(place="Caracas", admin1="Capital District",
                   country="Venezuela", sentence="Residents of Cota 905 said on Aug 5 that police had raided homes.")],
                   text="Residents of Cota 905 said on Aug 5 that police had raided homes. In 2024 such raids rose.")
    names = names_of(ext)
    assert "cota 905" in names
    assert "5" not in names and "905" not in names
    assert "in 2024" not in names  # a year is no part of a name
    placeless = _claim(country=None, level=0, names=("cota 905", "cota"))
    raid = _claim(country="venezuela", admin1="capital district", place="cota 905", area="cota 905", level=3)
    assert place_score(placeless, raid, CFG) == NAMED_TOWN


DAY = date(2024, 5, 6).toordinal()
ATTACK = _claim(country="democratic republic of congo", admin1="ituri", admin2="djugu", place="fataki",
                area="fataki", level=3, loc_precision=1, start=DAY, end=DAY, published=DAY, killed=11)
LATER = _claim(country="democratic republic of congo", admin1="ituri", admin2="djugu", area="djugu", level=2,
               loc_precision=2, start=DAY, end=DAY + 6, date_precision=2, published=DAY + 7, killed=17)


def test_a_later_vaguely_dated_higher_toll_in_the_district_is_the_same_attack() -> None:
    assert relation(LATER, ATTACK, 0.6, CFG) == ("same", 0)
    assert relation(ATTACK, LATER, 0.6, CFG) == ("same", 0)


def test_a_much_higher_toll_or_a_province_wide_span_still_holds_the_attack() -> None:
    over = _claim(**{**LATER.to_dict(), "killed": 30})
    assert relation(over, ATTACK, 0.6, CFG) == ("nest", 0)
    province = _claim(**{**LATER.to_dict(), "admin2": None, "area": "ituri", "level": 1})
    assert relation(province, ATTACK, 0.6, CFG) == ("nest", 0)
    same_day_report = _claim(**{**LATER.to_dict(), "published": DAY + 1})
    assert relation(same_day_report, ATTACK, 0.6, CFG) == ("nest", 0)
