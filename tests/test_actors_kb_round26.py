"""Issue 3, actors round 26: ACLED's common actors of the Middle East under ACLED's own names (actors.yaml v11).

- Yemen: the Houthis' forces as ACLED names them ("Military Forces of Yemen (2017-) Houthi", before December 2017
  "(2015-2017) Houthi-Saleh"), the Saudi-led coalition as "Operation Restoring Hope", the STC's forces as a unit of
  the Presidential Leadership Council's from April 2022, the Security Belt, the Giants Brigades, IS in Yemen.
- Iraq: the PMF as a unit of Iraq's military, Kataib Hezbollah and Asaib Ahl al Haq apart from it.
- Iran: the Revolutionary Guards, the Basij and the border guards as units of Iran's forces; PJAK.
- Palestine, Lebanon, Syria, Turkey, Libya, Bangladesh: PA and Gaza police, PFLP, the Islamic Jihad's battalions,
  the NDF, the Turkistan Islamic Party, Turkey's gendarmerie, IS in Libya, the Awami League and the BNP.
- Guards: a risky alias does not fire on its other reading ("gendarmes" outside Turkey, "border guards" outside
  Iran, "coalition forces" in Afghanistan, the Al-Aqsa mosque, the town of Jenin, plain "activists").
Our own sentences about invented incidents; each test fails with the knowledge base of v10.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.actors import resolve_mention
from crosstally.pipeline import process
from crosstally.records import Document


def _sides(text: str, published: date) -> dict[str, str]:
    ex = process(Document(text=text, published=published))
    ev = ex.events[0]
    return {a.role: a.name for a in reversed(ev.actors)}


def _name(mention: str, country: str | None, when: date | None = date(2023, 5, 4)) -> str | None:
    actor, _ = resolve_mention(mention, country, when)
    return actor.name if actor is not None else None


# ------------------------------------------------------------------ Yemen
def test_houthi_forces_take_acleds_name_for_the_period() -> None:
    sides = _sides("On 4 May 2023, Houthi fighters shelled a village in Maqbanah district of Taiz, killing a farmer.",
                   date(2023, 5, 7))
    assert sides["actor1"] == "Military Forces of Yemen (2017-) Houthi"
    sides = _sides("On 12 June 2016, Houthi fighters shelled a residential neighbourhood in Taiz city, killing two "
                   "civilians.", date(2016, 6, 15))
    assert sides["actor1"] == "Military Forces of Yemen (2015-2017) Houthi-Saleh"


def test_the_saudi_led_coalition_is_operation_restoring_hope() -> None:
    sides = _sides("On 3 February 2024, Saudi-led coalition warplanes struck a Houthi position in Baqim district, "
                   "Saada.", date(2024, 2, 6))
    assert sides["actor1"] == "Operation Restoring Hope"
    assert sides["actor2"] == "Military Forces of Yemen (2017-) Houthi"
    # Saudi Arabia's own forces keep their name
    assert _name("Saudi border guards", "YE") == "Military Forces of Saudi Arabia (2015-)"


def test_stc_forces_are_a_unit_of_the_leadership_councils_forces_from_april_2022() -> None:
    sides = _sides("On 9 September 2023, STC forces clashed with AQAP militants in Mudiyah district, Abyan. Four "
                   "fighters were killed.", date(2023, 9, 12))
    assert sides["actor1"] == "Military Forces of Yemen (2022-) Presidential Leadership Council - STC"
    assert sides["actor2"] == "AQAP: Al Qaeda in the Arabian Peninsula"
    assert _name("STC forces", "YE", date(2020, 1, 5)) == "STC: Southern Transitional Council"
    assert _name("government forces", "YE", date(2023, 1, 5)) == (
        "Military Forces of Yemen (2022-) Presidential Leadership Council")


def test_security_belt_and_giants_brigades() -> None:
    sides = _sides("On 2 March 2019, Security Belt Forces arrested a journalist in Aden.", date(2019, 3, 5))
    assert sides["actor1"] == "Military Forces of Yemen (2012-) Security Belt Forces"
    sides = _sides("On 15 July 2023, Giants Brigades fighters clashed with Houthi forces in Harib, Marib.",
                   date(2023, 7, 18))
    assert sides["actor1"] == "Giants Brigades"


def test_the_event_country_picks_the_islamic_states_yemeni_and_libyan_branches() -> None:
    sides = _sides("On 4 May 2023, Islamic State militants attacked a checkpoint in Shabwah, killing three soldiers.",
                   date(2023, 5, 7))
    assert sides["actor1"] == "Islamic State (Yemen)"
    sides = _sides("On 4 May 2023, Islamic State militants killed two shepherds near Sirte.", date(2023, 5, 7))
    assert sides["actor1"] == "Islamic State (Libya)"


# ------------------------------------------------------------------ Iraq and Iran
def test_pmf_factions_named_apart_and_the_pmf_as_a_unit_of_iraqs_military() -> None:
    sides = _sides("On 4 May 2023, Kataib Hezbollah fighters launched a drone at a US base near Erbil.",
                   date(2023, 5, 7))
    assert sides["actor1"] == "Kataib Hezbollah (Iraq)"
    sides = _sides("On 4 May 2023, Asaib Ahl al-Haq members attacked a liquor shop in Baghdad.", date(2023, 5, 7))
    assert sides["actor1"] == "Asaib Ahl al Haq"
    assert _name("Hashd al-Shaabi fighters", "IQ") == "Military Forces of Iraq (2022-) Popular Mobilization Forces"


def test_irans_guards_basij_and_border_guards_are_units_of_its_forces() -> None:
    sides = _sides("On 4 May 2023, IRGC forces shot dead a Baloch fuel porter near Saravan.", date(2023, 5, 7))
    assert sides["actor1"] == "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
    sides = _sides("On 4 May 2023, PJAK fighters ambushed an IRGC patrol near Marivan, killing two guards.",
                   date(2023, 5, 7))
    assert sides["actor1"] == "PJAK: Kurdistan Free Life Party"
    assert sides["actor2"] == "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
    assert _name("Basij militiamen", "IR") == "Military Forces of Iran (1989-) Basij Force"


# ------------------------------------------------------------------ Palestine, Syria, Turkey, Bangladesh
def test_palestinian_police_and_armed_groups() -> None:
    sides = _sides("On 4 May 2023, Palestinian Authority security forces arrested two men in Jenin.", date(2023, 5, 7))
    assert sides["actor1"] == "Police Forces of Palestine (1994-) West Bank"
    sides = _sides("On 4 May 2023, Jenin Brigade fighters exchanged fire with Israeli forces in Jenin camp.",
                   date(2023, 5, 7))
    assert sides["actor1"] == "PIJ: Katibat Jenin"
    sides = _sides("On 4 May 2023, PFLP gunmen fired at Israeli forces near Nablus.", date(2023, 5, 7))
    assert sides["actor1"] == "PFLP: Popular Front for the Liberation of Palestine"
    assert _name("Hamas police", "PS") == "Police Forces of Palestine (2007-) Gaza Strip"
    assert _name("Al-Aqsa Martyrs Brigades", "PS") == "Al Aqsa Martyrs Brigade"


def test_syrian_factions_and_the_coalition_against_the_islamic_state() -> None:
    sides = _sides("On 4 May 2019, NDF militiamen clashed with HTS fighters near Kafr Nabudah.", date(2019, 5, 7))
    assert sides["actor1"] == "QDW: National Defense Forces"
    sides = _sides("On 4 May 2019, Turkistan Islamic Party fighters shelled Syrian army positions in Jisr al-Shughur.",
                   date(2019, 5, 7))
    assert sides["actor1"] == "TIP: Turkistan Islamic Party"
    assert _name("US-led coalition aircraft", "SY") == "Global Coalition Against Daesh"


def test_turkeys_gendarmerie_and_military_take_acleds_2016_period() -> None:
    sides = _sides("On 4 May 2023, Turkish gendarmerie clashed with PKK militants in Hakkari, killing three militants.",
                   date(2023, 5, 7))
    assert sides["actor1"] == "Military Forces of Turkey (2016-) Gendarmerie"
    assert sides["actor2"] == "PKK: Kurdistan Workers Party"
    assert _name("Turkish troops", "SY") == "Military Forces of Turkey (2016-)"


def test_bangladeshs_parties() -> None:
    sides = _sides("On 4 May 2023, BNP activists clashed with Awami League activists in Noakhali. Ten people were "
                   "injured.", date(2023, 5, 7))
    assert sides["actor2"] == "AL: Bangladesh Awami League"
    assert _name("BNP men", "BD") == "BNP: Bangladesh Nationalist Party"


def test_islamic_state_in_nigeria_takes_acleds_name() -> None:
    assert _name("ISWAP fighters", "NG") == "Islamic State (West Africa)"


# ------------------------------------------------------------------ guards: each alias on its other reading
@pytest.mark.parametrize(("mention", "country", "here", "elsewhere_not"), [
    # lower-case aliases hold in their own country only
    ("gendarmes", "TR", "Military Forces of Turkey (2016-) Gendarmerie", ("BF", "Turkey")),
    ("border guards", "IR", "Police Forces of Iran (1989-) Islamic Republic of Iran Border Guard Command",
     ("KE", "Iran")),
    ("coalition forces", "YE", "Operation Restoring Hope", ("AF", "Restoring Hope")),
    ("asayish", "IQ", "Police Forces of Iraq (2022-) Asayish", ("SY", "Iraq")),
])
def test_a_lower_case_alias_holds_in_its_own_country_only(mention: str, country: str, here: str,
                                                           elsewhere_not: tuple[str, str]) -> None:
    assert _name(mention, country) == here
    other, word = elsewhere_not
    assert word not in (_name(mention, other) or "")


def test_places_and_common_words_are_not_the_new_groups() -> None:
    # the brigade, not the mosque or the town
    assert _name("Al-Aqsa Martyrs' Brigades fighters", "PS") == "Al Aqsa Martyrs Brigade"
    assert (_name("the Al-Aqsa mosque", "PS") or "") != "Al Aqsa Martyrs Brigade"
    assert _name("Jenin Battalion", "PS") == "PIJ: Katibat Jenin"
    assert (_name("Jenin", "PS") or "") != "PIJ: Katibat Jenin"
    # "AL activists" would fold to "activists": plain activists are nobody's party
    assert _name("Awami League supporters", "BD") == "AL: Bangladesh Awami League"
    assert "Awami" not in (_name("activists", "BD") or "")
    # "National Army": Yemen's government forces in Yemen, the Syrian National Army in Syria
    assert _name("National Army", "YE") == "Military Forces of Yemen (2022-) Presidential Leadership Council"
    assert _name("National Army", "SY") == "SNA: Syrian National Army"
