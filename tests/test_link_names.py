"""Places a report names: a dateline town or a place put in the wrong country still links by the place it names."""

from __future__ import annotations

from test_link_core import make_ext

from crosstally.link import link_events
from crosstally.link._blocking import block_families, candidate_pairs
from crosstally.link._config import LinkConfig
from crosstally.link._places import named_by
from crosstally.link._profile import names_of, profile
from crosstally.link._scoring import score

NG = dict(country="Nigeria", date=("2024-02-10", "2024-02-10"), counts={"killed": 5})


def _ext(doc_id: str, source: str, sentence: str, confidence: float, **ev):
    ext = make_ext(doc_id, source, ev.pop("published", "2024-02-11"), [dict(ev, sentence=sentence)])
    loc = ext.events[0].location
    assert loc is not None
    loc.confidence = confidence
    return ext


def _ids(exts) -> dict[str, str | None]:
    link_events(exts)
    return {e.document.id: e.events[0].incident_id for e in exts}


def test_names_of_keeps_capitalised_runs_and_their_parts() -> None:
    ext = _ext("a", "Post", "Gunmen attacked a village in Sudan's North Darfur near Al-Fashir on Saturday.", 0.9,
               place="El Fasher", admin1="North Darfur", country="Sudan")
    names = names_of(ext)
    assert "north darfur" in names and "sudan" in names and "al fashir" in names and "darfur" in names
    assert "village" not in names and "attacked" not in names  # lower-case words are never names


def test_a_dateline_town_links_to_the_town_its_report_names() -> None:
    village = _ext("v", "Post", "Bandits killed five people in a village in Maru on Saturday.", 0.95,
                   place="Maru", admin1="Zamfara", admin2="Maru", lprec=2, **NG)
    dateline = _ext("d", "Dispatch", "GUSAU - Police said gunmen killed five villagers in Maru LGA on Saturday.", 0.5,
                    place="Gusau", admin1="Zamfara", admin2="Gusau", lprec=2, **NG)
    assert named_by(profile(village, village.events[0]), profile(dateline, dateline.events[0])) == 0.6
    ids = _ids([village, dateline])
    assert ids["v"] == ids["d"]


def test_a_confident_town_that_mentions_another_town_is_not_rescued() -> None:
    # a checkpoint attack in Achin that mentions a bombing in Jalalabad the same day: two incidents
    bomb = _ext("b", "Wire", "A bomb killed five people in Jalalabad on Saturday.", 0.95,
                place="Jalalabad", admin1="Nangarhar", admin2="Jalalabad", lprec=1, country="Afghanistan",
                date=("2024-02-10", "2024-02-10"), counts={"killed": 5})
    post = _ext("c", "Wire", "Gunmen killed five guards in Achin, hours after the bombing in Jalalabad.", 0.95,
                place="Achin", admin1="Nangarhar", admin2="Achin", lprec=2, country="Afghanistan",
                date=("2024-02-10", "2024-02-10"), counts={"killed": 5})
    assert named_by(profile(bomb, bomb.events[0]), profile(post, post.events[0])) == 0.0
    ids = _ids([bomb, post])
    assert ids["b"] != ids["c"]


def test_a_place_put_in_another_country_meets_the_place_its_report_names() -> None:
    town = _ext("t", "Post", "A roadside bomb killed eight travellers near Konduga in Borno on Saturday.", 0.95,
                place="Konduga", admin1="Borno", admin2="Konduga", lprec=2, **dict(NG, counts={"killed": 8}))
    # "Lake Chad Monitor" geocoded to Chad: its text still names Konduga and Borno
    chad = _ext("c", "Lake Chad Monitor", "An IED killed eight civilians on the road to Konduga, Borno State.", 0.95,
                place="Chad", admin1=None, country="Chad", lprec=3, date=("2024-02-10", "2024-02-10"),
                counts={"killed": 8})
    claims = [profile(e, e.events[0]) for e in (town, chad)]
    pairs, _ = candidate_pairs(claims)
    assert list(pairs) == [(0, 1)]  # blocking by country alone would never compare them
    assert named_by(*claims) == 0.6
    ids = _ids([town, chad])
    assert ids["t"] == ids["c"]


def test_transliterations_of_a_named_place_match() -> None:
    a = _ext("a", "Wire", "Shelling killed 11 people in the market of El Fasher on Saturday.", 0.95,
             place="El Fasher", admin1="North Darfur", country="Sudan", lprec=1,
             date=("2024-06-15", "2024-06-15"), counts={"killed": 11}, published="2024-06-15")
    b = _ext("b", "Network", "The toll from the shelling of the market in Al-Fashir rose to 19.", 0.3,
             place="Saudi Arabia", admin1=None, country="Saudi Arabia", lprec=3,
             date=("2024-06-15", "2024-06-15"), counts={"killed": 19}, published="2024-06-16")
    assert named_by(profile(a, a.events[0]), profile(b, b.events[0])) == 0.6


def test_a_strategic_development_with_deaths_meets_the_violence_blocks() -> None:
    raid = _ext("s", "Network", "Fighters stormed the village and killed 30 people.", 0.9,
                type="Strategic developments", place="Al Jazirah", admin1="Al Jazirah", country="Sudan", lprec=3,
                date=("2024-10-23", "2024-10-23"), counts={"killed": 30})
    quiet = _ext("q", "Network", "The army took over the town.", 0.9, type="Strategic developments",
                 place="Al Jazirah", admin1="Al Jazirah", country="Sudan", lprec=3, date=("2024-10-23", "2024-10-23"))
    assert block_families(profile(raid, raid.events[0])) == ("strategic", "violence")
    assert block_families(profile(quiet, quiet.events[0])) == ("strategic",)


def test_two_day_precise_reports_a_day_apart_count_a_little_against() -> None:
    cfg = LinkConfig()
    kw = dict(place="Kharkiv", admin1="Kharkiv", country="Ukraine", lprec=1, counts={"killed": 3})
    a = _ext("a", "Wire", "A missile hit a building in Kharkiv.", 0.95, date=("2024-11-04", "2024-11-04"), **kw)
    same = _ext("b", "Wire", "A missile hit a building in Kharkiv.", 0.95, date=("2024-11-04", "2024-11-04"), **kw)
    later = _ext("c", "Wire", "A missile hit a building in Kharkiv.", 0.95, date=("2024-11-05", "2024-11-05"), **kw)
    pa, ps, pl = (profile(e, e.events[0]) for e in (a, same, later))
    s_same, s_next = score(pa, ps, cfg), score(pa, pl, cfg)
    assert s_same is not None and s_next is not None
    assert abs((s_same - s_next) - cfg.w_date * (1.0 - cfg.next_day)) < 1e-9
