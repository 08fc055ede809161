"""Issue 4 leftovers on the coast incident: one body under a short and a full name, an office under its acronym,
and a wave-wide figure that stays with the wave although its sentence names one town.

Every text here is written for this test (invented wording; real organisations' names and public figures).
"""

from __future__ import annotations

from datetime import date

from test_link_core import make_ext

from crosstally.extract import extract
from crosstally.extract._quotes import find_attributions
from crosstally.link import claimant_resolver, link_events, reconcile
from crosstally.records import Document


def test_a_shorter_mention_of_a_body_folds_into_its_full_name() -> None:
    canon = claimant_resolver(["national committee", "national fact-finding committee", "Allied Press"])
    assert canon("national committee") == "national fact-finding committee"
    assert canon("national fact-finding committee") == "national fact-finding committee"
    assert canon("Allied Press") == "Allied Press"
    # the bare head noun goes to the fullest name when the others are shorter mentions of it
    canon = claimant_resolver(["committee", "national committee", "national fact-finding committee"])
    assert canon("committee") == canon("national committee") == "national fact-finding committee"
    # "of"-phrases are not the head: "Ministry of Defence" and "Syrian Ministry of Defence" are one body
    assert claimant_resolver(["Ministry of Defence", "Syrian Ministry of Defence"])(
        "Ministry of Defence") == "Syrian Ministry of Defence"


def test_a_short_name_that_could_be_two_bodies_stays_itself() -> None:
    canon = claimant_resolver(["committee", "national inquiry committee", "military committee"])
    assert canon("committee") == "committee"
    assert canon("military committee") == "military committee"
    # another head noun is another body: the committee is not the national commission
    canon = claimant_resolver(["national committee", "national human rights commission"])
    assert canon("national committee") == "national committee"
    # a known body keeps its canonical name, never folded into a longer unknown one
    canon = claimant_resolver(["United Nations", "United Nations panel of experts"])
    assert canon("United Nations") == "United Nations"


def test_one_body_under_two_names_is_one_claimant_in_reconciliation() -> None:
    region = dict(place="Syrian coast", admin1="Latakia; Tartus", lprec=3, date=("2025-03-06", "2025-03-10"))
    exts = [
        make_ext("a", "Allied Press", "2025-07-22", [dict(region, counts={"killed": 1426},
                 attributed="national committee")]),
        make_ext("b", "Levant Network for Human Rights", "2025-07-28", [dict(region, counts={"killed": 1426},
                 attributed="national fact-finding committee")]),
    ]
    res = link_events(exts)
    assert len(res.incidents) == 1
    rec = reconcile(res.incidents[0], exts)
    f = rec.figure("killed")
    assert f is not None and f.claimants == 1, f.series
    assert list(f.series) == ["national fact-finding committee"]
    assert {c.claimant for c in f.claims} == {"national fact-finding committee"}


def test_the_perpetrator_line_names_an_office_once_under_its_canonical_name() -> None:
    region = dict(place="Syrian coast", admin1="Latakia; Tartus", lprec=3, date=("2025-03-06", "2025-03-10"))
    exts = [
        make_ext("ohchr", "OHCHR", "2025-03-11", [dict(region, counts={"killed": 111},
                 actors=["Unidentified Armed Group (Syria)"])]),
        make_ext("wire", "Meridian Wire", "2025-03-11", [dict(region, counts={"killed": 111},
                 attributed="UN Human Rights Office", actors=["Hay'at Tahrir al-Sham"])]),
    ]
    res = link_events(exts)
    assert len(res.incidents) == 1
    rec = reconcile(res.incidents[0], exts)
    line = next(n for n in rec.notes if n.startswith("sources disagree on the perpetrator"))
    assert "OHCHR" not in line and "UN Human Rights Office" in line, line
    assert rec.perpetrators["Unidentified Armed Group (Syria)"] == ["UN Human Rights Office"]


INQUIRY = (
    "BEIRUT (Allied Press) - A national inquiry committee looking into the unrest in Syria's coastal provinces in March "
    "said on Monday that 1,400 people had been killed there, most of them civilians from the Alawite community.\n\n"
    "The committee, named by the president in the second week of March, said it had sent the files of 300 suspects "
    "to prosecutors. It said 230 members of the security forces had been killed, many of them in the first "
    "ambushes by armed men loyal to the old government near Jableh on 6 March.\n\n"
    "The committee said the killings had been widespread. Families of the dead said they wanted the suspects tried "
    "in open court, and rights groups asked for the committee's full report to be published."
)


def _extract(nlp, text: str, source: str) -> list:
    doc = Document(text=text, id=f"t-{source}", source=source, published=date(2025, 7, 21))
    return extract(doc, nlp(text)).events


def test_a_wave_wide_figure_with_a_subset_clause_stays_with_the_wave(nlp) -> None:
    events = _extract(nlp, INQUIRY, "Allied Press")
    holding = [e for e in events if any(c.low == 230 for c in e.counts)]
    assert len(holding) == 1, [(e.event_type, e.location and e.location.name) for e in events]
    wave = holding[0]
    # the figure sits in the report's main event (the coast-wide one, with the 1,400), not on Jableh's ambush
    assert any(c.low == 1400 for c in wave.counts)
    assert wave.location is None or "jableh" not in wave.location.name.casefold()
    assert all(not e.counts for e in events if e.location and "jableh" in e.location.name.casefold())


def test_a_sentence_opening_it_said_is_the_body_quoted_before(nlp) -> None:
    frames = {INQUIRY[c.start:c.end][:12]: n for n, _, c in find_attributions(INQUIRY, nlp(INQUIRY))}
    assert frames.get("It said 230 ") == "committee", frames
    # a person quoted before is not "it"
    text = ("Ahmed Haddad, a farmer from the village, said gunmen came at dawn. It said nothing of the dead. "
            "The ministry said on Friday that 12 people had been killed.")
    names = [n for n, _, _ in find_attributions(text, nlp(text))]
    assert "Ahmed Haddad" in names and names.count("Ahmed Haddad") == 1
