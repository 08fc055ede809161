"""A region over several provinces contains their towns; a source's own running toll is one incident."""

from __future__ import annotations

from test_link_core import make_ext

from crosstally.link import link_events
from crosstally.link._config import LinkConfig
from crosstally.link._places import admin1_parts, place_score
from crosstally.link._profile import profile

REGION = dict(place="Syrian coast", admin1="Latakia; Tartus", lprec=3)


def test_admin1_parts_splits_a_region() -> None:
    assert admin1_parts("latakia;tartus") == ("latakia", "tartus")
    assert admin1_parts("latakia") == ("latakia",)
    assert admin1_parts(None) == ()


def _prof(ext):
    return profile(ext, ext.events[0])


def test_region_contains_its_provinces_and_their_towns_not_others() -> None:
    cfg = LinkConfig()
    region = _prof(make_ext("r", "Monitor", "2025-03-09", [dict(REGION, date=("2025-03-06", "2025-03-09"))]))
    town = _prof(make_ext("t", "Wire", "2025-03-08", [dict(place="Baniyas", admin1="Tartus", lprec=1,
                                                             date=("2025-03-08", "2025-03-08"))]))
    prov = _prof(make_ext("p", "Wire", "2025-03-08", [dict(place="Latakia", admin1="Latakia", lprec=3)]))
    other = _prof(make_ext("o", "Wire", "2025-03-08", [dict(place="Hama", admin1="Hama", lprec=3)]))
    assert region.level == 0 and set(admin1_parts(region.admin1)) == {"latakia", "tartus"}
    assert place_score(region, town, cfg) is not None
    assert place_score(region, prov, cfg) is not None
    assert place_score(region, other, cfg) is None


def test_region_toll_in_one_incident_and_a_town_nested_under_it() -> None:
    exts = [
        make_ext("m1", "Monitor", "2025-03-08", [dict(place="Latakia", admin1="Latakia", lprec=3,
                                                        date=("2025-03-06", "2025-03-08"), counts={"killed": 745})]),
        make_ext("m2", "Monitor", "2025-03-09", [dict(REGION, date=("2025-03-06", "2025-03-09"),
                                                        counts={"killed": 973})]),
        make_ext("w1", "Wire", "2025-03-10", [dict(place="Tartus", admin1="Tartus", lprec=3,
                                                     date=("2025-03-06", "2025-03-10"), counts={"killed": 1225})]),
        make_ext("v1", "Wire", "2025-03-09", [dict(place="Baniyas", admin1="Tartus", lprec=1, lat=35.18, lon=35.94,
                                                     date=("2025-03-08", "2025-03-08"), counts={"killed": 20})]),
    ]
    res = link_events(exts)
    ids = {e.document.id: e.events[0].incident_id for e in exts}
    assert ids["m1"] == ids["m2"] == ids["w1"]  # the monitor's update and the other province: one coast toll
    assert ids["v1"] != ids["m2"]
    village = next(e.events[0] for e in exts if e.document.id == "v1")
    assert village.parent_incident_id == ids["m2"]
    assert len([i for i in res.incidents if i.parent_id is None]) == 1
