"""Reconciliation: series vs disagreement, relayed attribution, syndication, nested parts."""

from __future__ import annotations

from test_link_core import COAST, coast_corpus, make_ext

from crosstally.link import link_events, near_duplicate, reconcile, reconcile_all, victim_class, wire_origin


def _coast():
    exts, _, _ = coast_corpus()
    exts.append(make_ext("snhr", "Syrian Network for Human Rights", "2025-03-11", [dict(
        COAST, date=("2025-03-06", "2025-03-10"), counts={"killed": 803},
        sentence="The network documented 803 people killed on the coast in five days.")]))
    res = link_events(exts)
    inc = res.incident(res.assignments[("sohr1", 0)][0])
    return exts, res, inc


def test_own_updates_are_a_series_and_only_the_latest_counts() -> None:
    exts, res, inc = _coast()
    rec = reconcile(inc, exts, incidents=res.incidents)
    killed = rec.figure("killed")
    assert killed is not None
    sohr = next(k for k in killed.series if k in ("SOHR", "Syrian Observatory for Human Rights"))
    assert [c.low for c in killed.series[sohr]] == [745, 973, 1383]
    assert killed.series_text(sohr) == "745 → 973 → 1,383"
    assert killed.latest[sohr].low == 1383
    # claimants: SOHR (latest 1,383), OHCHR 111, Le Monde 1,000, SNHR 803; superseded 745 / 973 are out
    assert killed.claimants == 4
    assert killed.acled == killed.ucdp_low == killed.minimum == 111
    assert killed.ucdp_high == killed.maximum == 1383
    assert killed.ucdp_best == 803  # lower median of 111, 803, 1000, 1383
    assert any("updated its killed figure" in n and "745 → 973 → 1,383" in n for n in rec.notes)
    # OHCHR is an alias of the UN Human Rights Office (data/news_sources.yaml): one claimant, one name
    assert any("differ by more than 2×" in n and "111 (UN Human Rights Office)" in n for n in rec.notes)
    assert any(n.startswith("sources disagree on the perpetrator") for n in rec.notes)
    superseded = [c.low for c in killed.claims if c.superseded]
    assert sorted(superseded) == [745, 973, 973]


def test_relayed_figure_belongs_to_the_monitor() -> None:
    exts, res, inc = _coast()
    killed = reconcile(inc, exts).figure("killed")
    assert killed is not None
    relayed = [c for c in killed.claims if c.source == "The Guardian"]
    assert len(relayed) == 1
    assert relayed[0].claimant == "Syrian Observatory for Human Rights"
    assert relayed[0].relayed_by == "The Guardian"
    own = [c for c in killed.claims if c.source == "SOHR"]
    assert all(c.relayed_by is None for c in own)
    assert "The Guardian" not in killed.latest  # not an independent claimant


def test_nested_village_is_a_part_not_added() -> None:
    exts, res, inc = _coast()
    rec = reconcile(inc, exts, incidents=res.incidents)
    village_id = res.assignments[("bbc", 0)][0]
    assert [p.incident_id for p in rec.parts] == [village_id]
    assert rec.parts[0].killed == 30
    assert all(c.low not in (30, 31) for c in rec.figure("killed").claims)
    assert any("is a subset (village/town)" in n for n in rec.notes)
    child = reconcile(res.incident(village_id), exts)
    assert child.figure("killed").acled == 30
    assert child.independent_sources == 2


STORY = ("BEIRUT (Reuters) - Gunmen killed 14 people at a checkpoint near the town of Jableh on Saturday, "
         "two security officials said, in the worst violence in the province for a month. The officials said "
         "the attackers fled towards the hills east of the town and that an operation to find them was under way.")


def test_syndicated_copies_count_once() -> None:
    ev = dict(place="Jableh", admin1="Latakia", lat=35.36, lon=35.92, date=("2025-03-08", "2025-03-08"),
              counts={"killed": 14}, sentence="Gunmen killed 14 people at a checkpoint near the town of Jableh")
    copy_text = STORY.replace("BEIRUT (Reuters) - ", "") + " Share this article. Related: more news."
    exts = [
        make_ext("w1", "Reuters", "2025-03-08", [ev], text=STORY),
        make_ext("w2", "Daily Paper", "2025-03-08", [ev], text="Syria news " + STORY),
        make_ext("w3", "Regional Times", "2025-03-09", [ev], text=copy_text),  # no dateline, same words
        make_ext("own", "Local Radio", "2025-03-09", [dict(ev, counts={"killed": 15},
                 sentence="Fifteen people died when gunmen opened fire near Jableh")],
                 text="Fifteen people died when gunmen opened fire near Jableh on Saturday evening, a doctor said."),
    ]
    assert wire_origin(STORY) == "Reuters" and wire_origin(copy_text) is None
    assert near_duplicate(STORY, copy_text)
    res = link_events(exts)
    assert len({v[0] for v in res.assignments.values()}) == 1
    rec = reconcile(res.incidents[0], exts)
    assert rec.independent_sources == 2
    assert rec.syndicated.get("Reuters") == ["Daily Paper", "Regional Times", "Reuters"]
    killed = rec.figure("killed")
    assert set(killed.latest) == {"Reuters", "Local Radio"}
    assert "only one independent source" not in rec.notes


def test_single_source_is_flagged() -> None:
    ext = make_ext("solo", "Local Radio", "2025-03-09", [dict(counts={"killed": 3}, place="Qardaha", lprec=1,
                   sentence="Three men were killed in Qardaha.")])
    res = link_events([ext])
    rec = reconcile(res.incidents[0], [ext])
    assert rec.independent_sources == 1
    assert "only one independent source" in rec.notes


def test_victim_groups_map_to_classes() -> None:
    assert victim_class("Alawite civilians") == "civilians"
    assert victim_class("members of the security forces") == "security_forces"
    assert victim_class("fighters on both sides") == "fighters"
    assert victim_class("civilians and soldiers") == "mixed"
    assert victim_class(None) == "all"
    assert victim_class("cows") == "unspecified"


def test_unknown_agency_dateline_makes_copies_one_claim() -> None:
    story = ("HARBOURTOWN, May 2 (Coastline Wire) - Gunmen on motorbikes killed seven farmers in fields outside "
             "the village of Greywater on Thursday, the district governor said, and burned two granaries.")
    ev = dict(place="Greywater", admin1="North", country="Freedonia", lat=10.1, lon=20.2,
              date=("2024-05-02", "2024-05-02"), counts={"killed": 7},
              sentence="Gunmen on motorbikes killed seven farmers in fields outside the village of Greywater")
    exts = [make_ext("c1", "Coastline Wire", "2024-05-02", [ev], text=story),
            make_ext("c2", "Harbour Times", "2024-05-03", [ev], text=story + " Subscribe for more."),
            make_ext("c3", "Valley Herald", "2024-05-03", [dict(ev, counts={"killed": 9}, sentence="Nine farmers")],
                     text="Nine farmers were killed near Greywater on Thursday, a local chief told the Herald.")]
    assert wire_origin(story) == "Coastline Wire"
    res = link_events(exts)
    assert len(res.incidents) == 1
    rec = reconcile_all(res.incidents, exts)[res.incidents[0].id]
    assert rec.independent_sources == 2
    killed = rec.figure("killed")
    copy = next(c for c in killed.claims if c.source == "Harbour Times")
    assert (copy.claimant, copy.relayed_by) == ("Coastline Wire", "Harbour Times")
    assert set(killed.latest) == {"Coastline Wire", "Valley Herald"}
    assert (killed.acled, killed.ucdp_best, killed.ucdp_high) == (7, 7, 9)
    assert not any("differ by more than" in n for n in rec.notes)
