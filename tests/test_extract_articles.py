"""Events assembled from news articles (round 2): datelines, toll reports, competing and updated figures,
background incidents, rhetoric. Every text here was written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crosstally.extract import dateline_span, extract, find_places
from crosstally.extract._event_tolls import _fatalities, is_superseded
from crosstally.records import Count, Document
from crosstally.records import Span as CharSpan

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _run(nlp, text: str, published: date | None = None):
    doc = Document(text=text, published=published)
    return extract(doc, nlp(doc.text))


def _count(low: int, group: str | None, who: str | None = None, start: int = 0) -> Count:
    return Count(kind="killed", low=low, group=group, attributed_to=who, evidence=[CharSpan(start, start + 5)],
                 phrase=f"{low} {group or ''}")


# ---------------------------------------------------------------- datelines

@pytest.mark.parametrize(("text", "place"), [
    ("DAMASCUS (Example Wire) - Gunmen killed nine farmers", "DAMASCUS"),
    ("GENEVA - The office said on Tuesday", "GENEVA"),
    ("BANIYAS, Syria, March 9 (Example Wire) - Residents said", "BANIYAS"),
    ("Nairobi (EWP) - Police fired tear gas", "Nairobi"),
])
def test_dateline_is_found(text: str, place: str) -> None:
    span = dateline_span(text)
    assert span is not None and text[span.start:].startswith(place)


def test_no_dateline_in_an_ordinary_opening() -> None:
    assert dateline_span("Gunmen - witnesses said - killed nine farmers.") is None
    assert dateline_span("On Monday - as expected - the talks resumed.") is None


ARTICLE_DATELINE = (
    "GENEVA (Example Wire) - Gunmen killed seven farmers in the village of Kafr Nabl in Idlib province on Tuesday, "
    "a local rights group said. The farmers were working in olive groves when the attackers opened fire, "
    "according to two relatives reached by telephone. The group said the victims were buried the same evening. "
    "No group said it carried out the attack. The United Nations office in the Swiss city said it was aware of "
    "the reports and called for an investigation. Aid agencies said access to the area remained difficult and "
    "that several families had left their homes for nearby towns after the shooting."
)


def test_dateline_city_is_not_the_event_place(nlp) -> None:
    ex = _run(nlp, ARTICLE_DATELINE, date(2024, 5, 15))
    e = ex.events[0]
    assert e.location is not None
    assert "GENEVA" not in e.location.mention
    assert e.location.evidence[0].start > 30


def test_month_is_not_a_place(nlp) -> None:
    names = [p.name for p in find_places(nlp("Fighting resumed in March near Aleppo and in May in Homs."))]
    assert "March" not in names and "May" not in names


# ---------------------------------------------------------------- toll reports are not protests

TOLL_REPORT = (
    "The monitoring group said on Sunday that the death toll in the coastal violence had risen to 412 civilians, "
    "most of them shot dead in their homes by armed men who entered the villages. The group condemned the killings "
    "and called on the authorities to open an inquiry. It said the figure did not include members of the security "
    "forces or gunmen who died in the violence, who are counted separately. Families were still searching for "
    "missing relatives, and the group said it expected the toll to rise as names were verified in the coming days. "
    "Several governments also condemned the violence and urged restraint."
)


def test_monitor_toll_report_is_violence_against_civilians(nlp) -> None:
    ex = _run(nlp, TOLL_REPORT, date(2025, 3, 9))
    assert ex.events
    assert all(e.event_type not in ("Protests", "Riots") for e in ex.events)
    e = ex.events[0]
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_real_protest_keeps_its_type(nlp) -> None:
    text = ("On 4 March 2016, about 300 demonstrators marched through Kisumu town to protest against rising food "
            "prices.")
    assert _run(nlp, text).events[0].event_type == "Protests"


# ---------------------------------------------------------------- figures from several voices

def test_alternative_totals_from_different_claimants() -> None:
    counts = [_count(1426, "people", "the committee"), _count(1383, "civilians", "the monitor", 100),
              _count(1500, "Alawites", "an investigation", 200)]
    f = _fatalities(counts)
    assert (f.low, f.high) == (1383, 1500)


def test_subgroup_of_the_same_claimant_is_not_added() -> None:
    counts = [_count(1426, "people", "the committee"), _count(238, "members of the security forces", "the committee",
                                                               100)]
    assert _fatalities(counts).low == 1426


def test_disjoint_groups_of_one_toll_are_summed() -> None:
    counts = [_count(3, "soldiers"), _count(2, "civilians", start=10)]
    assert _fatalities(counts).low == 5


def test_updated_toll_gives_the_current_figure() -> None:
    text = "The monitor said the toll rose to 973, up from 745 a day earlier."
    new = Count(kind="killed", low=973, evidence=[CharSpan(text.index("973"), text.index("973") + 3)], phrase="973")
    old = Count(kind="killed", low=745, evidence=[CharSpan(text.index("745"), text.index("745") + 3)], phrase="745")
    assert is_superseded(text, old) and not is_superseded(text, new)
    assert _fatalities([new, old], text=text).low == 973
    text2 = "The toll reached 1,383 on Tuesday. The monitor had put the civilian toll at 745 on Saturday."
    old2 = Count(kind="killed", low=745, evidence=[CharSpan(text2.index("745"), text2.index("745") + 3)])
    assert is_superseded(text2, old2)


def test_a_wider_total_elsewhere_does_not_replace_the_event_toll() -> None:
    lead = _count(12, "men", "relatives")
    wide = _count(745, "civilians", "the monitor", 300)
    assert _fatalities([lead, wide], lead=[lead]).low == 12


# ---------------------------------------------------------------- background incidents

SABA = (
    "Nairobi (EWP) - 31 people were killed in anti-government protests in Kenya on Monday, a national rights body "
    "said on Tuesday, as the country marked an anniversary of pro-democracy demonstrations.\n\n"
    "The commission said more than a hundred people were injured and that police arrested hundreds of protesters "
    "in Nairobi and other towns during the day. Shops and schools in the city centre stayed closed, and public "
    "transport was suspended on several routes into the capital.\n\n"
    "The protests came two weeks after demonstrations on 25 June, in which 16 people were killed according to a "
    "human rights group. Organisers said they would keep holding rallies until their demands were met, and the "
    "government accused them of planning unrest."
)


def test_background_incident_becomes_its_own_event(nlp) -> None:
    ex = _run(nlp, SABA, date(2025, 7, 8))
    main = ex.events[0]
    assert main.date is not None and main.date.start == date(2025, 7, 7)
    assert all(c.low != 16 for c in main.counts if c.kind == "killed")
    earlier = [e for e in ex.events if e.date is not None and e.date.start == date(2025, 6, 25)]
    assert earlier and any(c.low == 16 for e in earlier for c in e.counts)


def test_date_given_by_a_speech_verb_is_not_the_event_date(nlp) -> None:
    text = ("State police confirmed on Monday that nine villagers were killed when armed bandits attacked a "
            "community in Kauru on Saturday, 7 September 2024.")
    e = _run(nlp, text, date(2024, 9, 9)).events[0]
    assert e.date is not None and e.date.start == date(2024, 9, 7)


# ---------------------------------------------------------------- rhetoric is not an event

RHETORIC = (
    "On Friday gunmen killed at least 40 civilians in three villages near Jableh, residents said, and the toll "
    "was expected to rise as families searched for missing relatives. Witnesses said the men went from house to "
    "house. In the commentary that followed, one writer said the country is protesting against its own history, "
    "and another warned that the looting of the nation's future had begun long before the shooting. Critics said "
    "the world's silence was a riot of hypocrisy. The government said it would investigate the killings and "
    "punish those responsible, and announced a committee."
)


def test_figurative_uses_do_not_become_events(nlp) -> None:
    ex = _run(nlp, RHETORIC, date(2025, 3, 10))
    types = [e.event_type for e in ex.events]
    assert types[0] == "Violence against civilians"
    assert "Protests" not in types and "Riots" not in types
    assert all(e.sub_event_type != "Looting/property destruction" for e in ex.events)


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds not present")
def test_seed_article_keeps_the_two_real_events(nlp) -> None:
    from crosstally.ingest import prepare

    path = sorted(SEEDS.glob("*.txt"))[0]
    doc = prepare(Document(text=path.read_text(encoding="utf-8"), published=date(2025, 3, 10)))
    ex = extract(doc, nlp(doc.text))
    types = [(e.event_type, e.sub_event_type) for e in ex.events]
    assert types[0] == ("Violence against civilians", "Attack")
    assert ex.events[0].fatalities.low is not None and ex.events[0].fatalities.low >= 1200
    assert ("Battles", "Armed clash") in types
    assert all(t not in ("Protests", "Riots") for t, _ in types)
    assert all(s != "Looting/property destruction" for _, s in types)


# ---------------------------------------------------------------- several towns in one article

TOWNS = (
    "A monitoring group said on Monday that 300 civilians had been killed across the two coastal provinces since "
    "Thursday, most of them in their homes, and that the figure was expected to rise as names were verified.\n\n"
    "In Sanobar, a village south of Jableh, residents said gunmen shot dead 14 men on Saturday after separating "
    "them from their families. Relatives said the bodies were buried in a field near the village the next "
    "morning, and that several houses were burned.\n\n"
    "The authorities said a committee would investigate the killings and that those responsible would be held to "
    "account, and the ministry said the operation on the coast had ended. Aid groups said many families had left "
    "the villages for the mountains and were sheltering in schools and mosques."
)


def test_a_village_toll_is_its_own_event_beside_the_wave(nlp) -> None:
    ex = _run(nlp, TOWNS, date(2025, 3, 10))
    assert ex.events[0].fatalities.low == 300
    village = [e for e in ex.events if any(c.low == 14 for c in e.counts)]
    assert village and village[0] is not ex.events[0]
    assert village[0].location is not None and "Sanobar" in village[0].location.mention
    assert all(c.low != 14 for c in ex.events[0].counts)
