"""One source, one claimant: aliases, acronyms, umbrella bodies, datelines and relayed monitor figures.

The texts are written for this test (invented wording around real organisations' names).
"""

from __future__ import annotations

from test_link_core import make_ext

from crosstally.extract import dateline_span
from crosstally.extract._quotes import find_attributions
from crosstally.link import claimant_resolver, link_events, reconcile

SOHR = "Syrian Observatory for Human Rights"


def test_acronym_folds_into_a_name_seen_in_the_same_corpus() -> None:
    canon = claimant_resolver(["AGP", "Agence Globe Presse", "Meridian Wire"])
    assert canon("AGP") == "Agence Globe Presse"
    assert canon("Meridian Wire") == "Meridian Wire"
    # with no full name beside it an unknown acronym stays itself
    assert claimant_resolver(["XYZ"])("XYZ") == "XYZ"


def test_aliases_and_the_umbrella_body_are_one_claimant() -> None:
    canon = claimant_resolver(["OHCHR", "United Nations", "UN human rights office", "Meridian Wire"])
    assert canon("OHCHR") == canon("UN human rights office") == "UN Human Rights Office"
    assert canon("United Nations") == "UN Human Rights Office"
    # the UN alone, with none of its offices in the incident, stays the UN
    assert claimant_resolver(["United Nations", "Meridian Wire"])("United Nations") == "United Nations"


def test_a_dateline_is_never_a_claimant(nlp) -> None:
    text = ("GENEVA, March 11 (Meridian Wire) - The United Nations human rights office said on Tuesday it had "
            "verified the killings of 111 civilians on the coast so far.")
    span = dateline_span(text)
    assert span is not None and text[span.start:span.end].startswith("GENEVA")
    names = [n for n, _, _ in find_attributions(text, nlp(text))]
    assert "GENEVA" not in names
    assert names == ["UN Human Rights Office"]
    assert dateline_span("The ministry said on Friday that 12 people were killed.") is None


def test_a_monitor_setting_a_toll_owns_the_figure(nlp) -> None:
    text = ("DAMASCUS, March 9 (Meridian Wire) - The president set up a committee on Sunday, as a war monitor "
            "raised the toll of civilians killed since Thursday to 973. The Syrian Observatory for Human Rights "
            "said most of the dead were Alawites. The Observatory had put the number of dead at 745 on Saturday.")
    got = find_attributions(text, nlp(text))
    covering = {text[c.start:c.end]: n for n, _, c in got}
    owner_973 = next(n for cov, n in covering.items() if "973" in cov)
    owner_745 = next(n for cov, n in covering.items() if "745" in cov)
    assert owner_973 == SOHR  # "a war monitor", named a sentence later
    assert owner_745 == SOHR


def test_a_wire_relaying_the_monitor_is_a_relay_in_reconciliation() -> None:
    region = dict(place="Syrian coast", admin1="Latakia; Tartus", lprec=3)
    exts = [
        make_ext("wire", "Meridian Wire", "2025-03-09", [dict(region, date=("2025-03-06", "2025-03-09"),
                 counts={"killed": 973}, attributed=SOHR,
                 sentence="A war monitor raised the toll of civilians killed since Thursday to 973.")]),
        make_ext("sohr", "SOHR", "2025-03-09", [dict(region, date=("2025-03-06", "2025-03-09"),
                 counts={"killed": 973}, sentence="SOHR has documented 973 civilians killed since Thursday.")]),
        make_ext("un", "OHCHR", "2025-03-11", [dict(region, date=("2025-03-06", "2025-03-10"),
                 counts={"killed": 111}, sentence="The office verified the killing of 111 civilians.")]),
        make_ext("relay", "Meridian Wire", "2025-03-11", [dict(region, date=("2025-03-06", "2025-03-10"),
                 counts={"killed": 111}, attributed="United Nations",
                 sentence="The United Nations said it had verified 111 killings.")]),
    ]
    res = link_events(exts)
    inc = res.incident(res.assignments[("wire", 0)][0])
    killed = reconcile(inc, exts).figure("killed")
    assert killed is not None
    wire = next(c for c in killed.claims if c.doc_id == "wire")
    assert wire.claimant == SOHR and wire.relayed_by == "Meridian Wire"
    own = next(c for c in killed.claims if c.doc_id == "sohr")
    assert own.claimant == SOHR and own.relayed_by is None  # SOHR is the Observatory's acronym
    relayed_un = next(c for c in killed.claims if c.doc_id == "relay")
    assert relayed_un.claimant == "UN Human Rights Office"
    un_own = next(c for c in killed.claims if c.doc_id == "un")
    assert un_own.claimant == "UN Human Rights Office" and un_own.relayed_by is None
    assert killed.claimants == 2


def test_a_late_rounded_relay_does_not_revise_the_monitor_down() -> None:
    region = dict(place="Syrian coast", admin1="Latakia; Tartus", lprec=3)
    exts = [
        make_ext("s1", "SOHR", "2025-03-11", [dict(region, date=("2025-03-06", "2025-03-10"), counts={"killed": 1383},
                 sentence="SOHR said the toll of civilians had reached 1,383.")]),
        make_ext("op", "The Meridian Review", "2025-03-14", [dict(region, date=("2025-03-06", "2025-03-10"),
                 counts={"killed": 1300}, attributed=SOHR,
                 sentence="The Observatory has counted more than 1,300 civilians killed.")]),
    ]
    res = link_events(exts)
    inc = res.incident(res.assignments[("s1", 0)][0])
    killed = reconcile(inc, exts).figure("killed")
    assert killed is not None
    latest = next(iter(killed.latest.values()))
    assert killed.claimants == 1 and latest.low == 1383
    assert killed.maximum == 1383


def test_a_vague_word_does_not_set_the_conservative_figure() -> None:
    """'many were executed' in a column, beside a monitor's 1,383 and a UN office's 111: ACLED's figure is 111."""
    region = dict(place="Syrian coast", admin1="Latakia; Tartus", lprec=3, date=("2025-03-06", "2025-03-10"))
    exts = [
        make_ext("s1", "SOHR", "2025-03-11", [dict(region, counts={"killed": 1383},
                 sentence="SOHR said the toll of civilians had reached 1,383.")]),
        make_ext("un", "OHCHR", "2025-03-11", [dict(region, counts={"killed": 111},
                 sentence="The office verified the killing of 111 civilians.")]),
        make_ext("op", "The Meridian Review", "2025-03-14", [dict(region, counts={"killed": 10}, qualifier="vague",
                 sentence="Many unarmed men were executed in their villages.")]),
    ]
    res = link_events(exts)
    inc = res.incident(res.assignments[("s1", 0)][0])
    killed = reconcile(inc, exts).figure("killed")
    assert killed is not None
    assert killed.acled == killed.minimum == 111 and killed.maximum == 1383
    assert "The Meridian Review" in killed.series  # still listed as its claim, under the name it goes by
