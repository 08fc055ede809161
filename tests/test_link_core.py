"""Linking on synthetic Extractions: blocking, nesting, stable ids, overrides, batch mode."""

from __future__ import annotations

import random
from datetime import date, timedelta

from crosstally.link import (
    LinkState,
    Override,
    link_batch,
    link_events,
    pairwise_f1,
)
from crosstally.records import (
    ActorMention,
    Count,
    DateClaim,
    Document,
    Event,
    Extraction,
    Fatalities,
    Location,
    Span,
)

VAC = "Violence against civilians"


def make_ext(
    doc_id: str,
    source: str,
    published: str,
    events: list[dict],
    text: str | None = None,
) -> Extraction:
    """One synthetic document whose events each have an evidence sentence in its text."""
    sentences = [e.get("sentence", f"{source} reports an event number {i}.") for i, e in enumerate(events)]
    body = text if text is not None else " ".join(sentences)
    doc = Document(text=body, id=doc_id, source=source, published=date.fromisoformat(published))
    evs = []
    for i, e in enumerate(events):
        s = sentences[i]
        at = body.find(s)
        span = [Span(at, at + len(s))] if at >= 0 else []
        d0, d1 = e.get("date", (published, published))
        counts = [
            Count(kind=k, low=v, qualifier=e.get("qualifier", "exact"), group=e.get("group"),
                  attributed_to=e.get("attributed"), evidence=span, phrase=str(v))
            for k, v in e.get("counts", {}).items()
        ]
        evs.append(
            Event(
                event_type=e.get("type", VAC),
                sub_event_type=e.get("sub", "Attack"),
                date=DateClaim(date.fromisoformat(d0), date.fromisoformat(d1), e.get("dprec", 1 if d0 == d1 else 2)),
                location=Location(
                    name=e.get("place", "Latakia"), admin1=e.get("admin1", "Latakia"), admin2=e.get("admin2"),
                    country=e.get("country", "Syria"), lat=e.get("lat"), lon=e.get("lon"),
                    precision=e.get("lprec", 1),
                ),
                actors=[ActorMention(role="actor1", name=a, mention=a) for a in e.get("actors", [])],
                counts=counts,
                fatalities=Fatalities(low=e.get("counts", {}).get("killed")),
                attributed_to=list(e.get("attributed_to", [])),
                evidence=span,
                doc_id=doc_id,
                index=i,
            )
        )
    return Extraction(document=doc, events=evs)


COAST = dict(place="Syrian coast", admin1=None, lprec=3, actors=["Hay'at Tahrir al-Sham"])
VILLAGE = dict(place="Al-Mukhtariyah", admin1="Latakia", lat=35.62, lon=35.93, lprec=1, date=("2025-03-07", "2025-03-07"))


def coast_corpus() -> tuple[list[Extraction], dict[tuple[str, int], str], dict[tuple[str, int], str | None]]:
    """A small coast-wide story: monitor updates, relays, a village part, an unrelated event."""
    exts = [
        make_ext("sohr1", "SOHR", "2025-03-08", [dict(COAST, date=("2025-03-06", "2025-03-08"), counts={"killed": 745},
                 sentence="Security forces and allied groups killed 745 civilians in coastal areas since Thursday.")]),
        make_ext("sohr2", "SOHR", "2025-03-09", [dict(COAST, date=("2025-03-06", "2025-03-09"), counts={"killed": 973},
                 sentence="The death toll of civilians in the coastal areas rose to 973 since Thursday.")]),
        make_ext("sohr3", "SOHR", "2025-03-11", [dict(COAST, date=("2025-03-06", "2025-03-10"), counts={"killed": 1383},
                 sentence="The toll of civilians killed in the coastal region since Thursday reached 1,383.")]),
        make_ext("guardian", "The Guardian", "2025-03-09", [dict(COAST, date=("2025-03-06", "2025-03-09"),
                 counts={"killed": 973}, attributed="Syrian Observatory for Human Rights",
                 sentence="The Syrian Observatory for Human Rights said 973 civilians had been killed on the coast.")]),
        make_ext("ohchr", "OHCHR", "2025-03-11", [dict(COAST, date=("2025-03-06", "2025-03-10"), counts={"killed": 111},
                 qualifier="at_least", actors=["Government forces"],
                 sentence="The UN office verified the killing of at least 111 civilians along the coast.")]),
        # one document, two events: the coast-wide toll and one village (the extractor split them)
        make_ext("lemonde", "Le Monde", "2025-03-09", [
            dict(COAST, date=("2025-03-06", "2025-03-09"), counts={"killed": 1000},
                 sentence="More than a thousand people were killed across the coast in four days."),
            dict(VILLAGE, counts={"killed": 30},
                 sentence="In the village of Al-Mukhtariyah gunmen killed about thirty men on Friday."),
        ]),
        make_ext("bbc", "BBC", "2025-03-10", [dict(VILLAGE, counts={"killed": 31},
                 sentence="Residents of Al-Mukhtariyah said 31 men were shot dead in the village on Friday.")]),
        # unrelated: another province the same day; and a protest (another family) in the same province
        make_ext("aleppo", "Enab Baladi", "2025-03-07", [dict(place="Manbij", admin1="Aleppo", lat=36.53, lon=37.95,
                 date=("2025-03-07", "2025-03-07"), counts={"killed": 4}, type="Explosions/Remote violence",
                 sentence="A car bomb in Manbij killed four people on Friday.")]),
        make_ext("protest", "North Press", "2025-03-07", [dict(place="Latakia", admin1="Latakia", lat=35.52,
                 lon=35.79, date=("2025-03-07", "2025-03-07"), type="Protests", sub="Peaceful protest",
                 sentence="Hundreds protested peacefully in Latakia city on Friday.")]),
    ]
    gold = {("sohr1", 0): "coast", ("sohr2", 0): "coast", ("sohr3", 0): "coast", ("guardian", 0): "coast",
            ("ohchr", 0): "coast", ("lemonde", 0): "coast", ("lemonde", 1): "village", ("bbc", 0): "village",
            ("aleppo", 0): "aleppo", ("protest", 0): "protest"}
    parent = {k: ("coast" if v == "village" else None) for k, v in gold.items()}
    return exts, gold, parent


def test_coast_corpus_links_and_nests() -> None:
    exts, gold, _ = coast_corpus()
    res = link_events(exts)
    scores = pairwise_f1(res.assignments, gold)
    assert scores["f1"] == 1.0, (scores, res.assignments)
    coast_id = res.assignments[("sohr1", 0)][0]
    village_id, village_parent = res.assignments[("bbc", 0)]
    assert village_id != coast_id
    assert village_parent == coast_id  # nested, not merged
    assert res.assignments[("lemonde", 1)] == (village_id, coast_id)
    assert res.assignments[("sohr1", 0)][1] is None
    assert res.assignments[("aleppo", 0)][1] is None
    # the objects themselves carry the ids
    assert exts[6].events[0].incident_id == village_id
    assert exts[6].events[0].parent_incident_id == coast_id
    parent = res.incident(coast_id)
    assert village_id in parent.children
    assert parent.start == date(2025, 3, 6) and parent.end == date(2025, 3, 10)


def test_same_document_events_never_merge() -> None:
    # two events of one document on the same day and village: the extractor split them, so they stay apart
    ext = make_ext("one", "X", "2025-03-08", [dict(VILLAGE, sentence="Gunmen killed nine men in the village."),
                                               dict(VILLAGE, sentence="Gunmen killed nine men in the village again.")])
    res = link_events([ext])
    assert res.assignments[("one", 0)][0] != res.assignments[("one", 1)][0]


def test_result_does_not_depend_on_input_order() -> None:
    exts, _, _ = coast_corpus()
    first = link_events(exts).assignments
    exts2, _, _ = coast_corpus()
    random.Random(3).shuffle(exts2)
    assert link_events(exts2).assignments == first


def _synthetic(n_incidents: int, seed: int) -> tuple[list[Extraction], dict[tuple[str, int], str]]:
    rng = random.Random(seed)
    exts, gold = [], {}
    for k in range(n_incidents):
        country = f"Country{rng.randrange(20)}"
        admin1 = f"Province{rng.randrange(8)}"
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(360))
        lat, lon = rng.uniform(-30, 30), rng.uniform(-30, 30)
        town = f"Town{k}"
        killed = rng.randrange(1, 60)
        for r in range(rng.randrange(1, 6)):
            did = f"d{k}-{r}"
            sentence = f"Gunmen killed {killed} people in {town} of {admin1}, officials told outlet {r}."
            exts.append(make_ext(did, f"Outlet{r}", day.isoformat(), [dict(
                place=town, admin1=admin1, country=country, lat=lat, lon=lon,
                date=(day.isoformat(), day.isoformat()), counts={"killed": killed}, sentence=sentence)]))
            gold[(did, 0)] = f"g{k}"
    return exts, gold


def test_blocking_never_compares_all_pairs() -> None:
    exts, gold = _synthetic(600, seed=1)
    n = sum(len(e.events) for e in exts)
    res = link_events(exts)
    all_pairs = n * (n - 1) // 2
    assert res.stats.claims == n
    assert 0 < res.stats.candidate_pairs < all_pairs / 50, (res.stats, all_pairs)
    assert pairwise_f1(res.assignments, gold)["f1"] >= 0.95


def test_ids_stay_stable_when_new_documents_arrive() -> None:
    exts, _, _ = coast_corpus()
    early = [e for e in exts if e.document.id in ("sohr1", "lemonde", "aleppo")]
    first = link_events(early)
    coast_id = first.assignments[("sohr1", 0)][0]
    village_id = first.assignments[("lemonde", 1)][0]
    # the state survives a JSON round trip (what the CLI stores between runs)
    state = LinkState.from_dict(first.state.to_dict())
    fresh, _, _ = coast_corpus()
    late = [e for e in fresh if e.document.id not in ("sohr1", "lemonde", "aleppo")]
    second = link_events(late, previous=state)
    assert second.assignments[("sohr1", 0)][0] == coast_id  # old claims keep their ids
    assert second.assignments[("lemonde", 1)][0] == village_id
    assert second.assignments[("sohr3", 0)][0] == coast_id  # new reports join them
    assert second.assignments[("bbc", 0)] == (village_id, coast_id)
    assert late[0].events[0].incident_id is not None
    # a third run with nothing new changes nothing
    third = link_events([], previous=second.state)
    assert third.assignments == second.assignments


def test_overrides_survive_reruns() -> None:
    exts, _, _ = coast_corpus()
    base = link_events(exts)
    coast_id = base.assignments[("sohr1", 0)][0]
    aleppo_id = base.assignments[("aleppo", 0)][0]
    overrides = [Override(kind="split", events=(("ohchr", 0),), note="counts a different set"),
                 Override(kind="merge", incidents=(aleppo_id,), events=(("protest", 0),))]
    res = link_events(exts, overrides=overrides)
    ohchr_id = res.assignments[("ohchr", 0)][0]
    assert ohchr_id != coast_id
    assert res.assignments[("sohr1", 0)][0] == coast_id
    assert res.assignments[("protest", 0)][0] == aleppo_id == res.assignments[("aleppo", 0)][0]
    # re-run with a new report of the coast-wide toll: the analyst's decisions and the ids hold
    extra = make_ext("snhr", "SNHR", "2025-03-11", [dict(COAST, date=("2025-03-06", "2025-03-10"),
                     counts={"killed": 803}, sentence="The network documented 803 people killed on the coast.")])
    again = link_events([extra], previous=res.state, overrides=overrides)
    assert again.assignments[("ohchr", 0)][0] == ohchr_id
    assert again.assignments[("snhr", 0)][0] == coast_id
    assert again.assignments[("protest", 0)][0] == aleppo_id


def test_pairwise_f1_counts_pairs() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    assert pairwise_f1({"a": "x", "b": "x", "c": "x", "d": "y"}, gold)["f1"] == 1.0
    s = pairwise_f1({"a": ("x", None), "b": ("x", None), "c": ("z", None), "d": ("x", None)}, gold)
    # predicted pairs ab, ad, bd; gold pairs ab, ac, bc: one true pair
    assert s["precision"] == 1 / 3 and s["recall"] == 1 / 3


def test_link_batch_writes_contract_lines() -> None:
    exts, _, _ = coast_corpus()
    lines = link_batch(exts)
    assert [ln["id"] for ln in lines] == [e.document.id for e in exts]
    for ln in lines:
        for ev in ln["events"]:
            assert ev["incident_id"].startswith("inc-")
            assert "parent_incident_id" in ev
    bbc = next(ln for ln in lines if ln["id"] == "bbc")
    sohr = next(ln for ln in lines if ln["id"] == "sohr1")
    assert bbc["events"][0]["parent_incident_id"] == sohr["events"][0]["incident_id"]


def test_rerun_with_old_and_new_documents_together() -> None:
    exts, _, _ = coast_corpus()
    first = link_events(exts[:5])
    again, _, _ = coast_corpus()
    second = link_events(again, previous=first.state)  # old documents passed again, plus new ones
    for k, v in first.assignments.items():
        assert second.assignments[k][0] == v[0]
    assert len({v[0] for v in second.assignments.values()}) == 4


def test_a_claim_without_a_place_still_meets_its_week() -> None:
    placed = make_ext("p", "A", "2024-05-02", [dict(place="Greywater", admin1="North", country="Freedonia",
                      date=("2024-05-02", "2024-05-02"), counts={"killed": 7},
                      sentence="Gunmen killed seven farmers outside Greywater on Thursday.")])
    lost = make_ext("q", "B", "2024-05-03", [dict(place="Greywater", admin1=None, country=None, lprec=3,
                    date=("2024-05-02", "2024-05-02"), counts={"killed": 7},
                    sentence="Gunmen killed seven farmers outside Greywater on Thursday, residents said.")])
    lost.events[0].location = None
    res = link_events([placed, lost])
    assert res.assignments[("p", 0)][0] == res.assignments[("q", 0)][0]


def test_same_day_same_province_incidents_stay_apart() -> None:
    def village(doc: str, src: str, name: str, lat: float, killed: int, sentence: str) -> Extraction:
        return make_ext(doc, src, "2024-05-03", [dict(place=name, admin1="North", country="Freedonia", lat=lat,
                        lon=20.0, date=("2024-05-02", "2024-05-02"), counts={"killed": killed}, sentence=sentence)])

    exts = [
        village("a1", "A", "Greywater", 10.0, 7, "Gunmen killed seven farmers outside Greywater on Thursday."),
        village("a2", "B", "Greywater", 10.0, 8, "Eight farmers were shot dead near Greywater on Thursday."),
        village("b1", "A", "Redstone", 11.0, 3, "A bomb at the Redstone bus station killed three on Thursday."),
        village("b2", "C", "Redstone", 11.0, 3, "Three people died when a bomb went off in Redstone on Thursday."),
        # a vague report naming only the province: it may join one of them, never bridge both
        make_ext("v", "D", "2024-05-03", [dict(place="North", admin1="North", country="Freedonia", lprec=3,
                 date=("2024-05-02", "2024-05-02"), counts={"killed": 7},
                 sentence="Gunmen killed seven farmers in North province on Thursday.")]),
    ]
    res = link_events(exts)
    a = res.assignments
    assert a[("a1", 0)][0] == a[("a2", 0)][0]
    assert a[("b1", 0)][0] == a[("b2", 0)][0]
    assert a[("a1", 0)][0] != a[("b1", 0)][0]
    assert a[("v", 0)][0] == a[("a1", 0)][0]  # same toll, same words: the Greywater killing
    assert len({v[0] for v in a.values()}) == 2


def test_an_oversized_block_stays_linear() -> None:
    # 1,500 reports that name only the country, all in one week: one block of about 1.1 million pairs
    base = date(2024, 3, 4)
    exts = [make_ext(f"c{i}", f"S{i % 40}", (base + timedelta(days=i % 7)).isoformat(), [dict(
                place="Freedonia", admin1=None, country="Freedonia", lprec=3,
                date=((base + timedelta(days=i % 7)).isoformat(),) * 2, counts={"killed": 1 + i % 9},
                sentence=f"Report {i}: an attack somewhere in the country.")]) for i in range(1500)]
    res = link_events(exts)
    assert res.stats.candidate_pairs <= 1500 * 120  # its week and the next, 60 neighbours each
    assert res.stats.claims == 1500
