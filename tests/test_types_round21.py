"""Issue 3, definitions 2.17 (types round 14): property burnt, destroyed or taken with nobody hurt.

ACLED's codebook: Looting/property destruction is property destroyed or seized with no other form of violence; an
attack is on people. The definitions read a note with its denials blanked ("no one was hurt" names no harm), so the
rule reads the note as told (``raw``): the act on property, the statement that nobody was hurt, and no harm besides.
Our own sentences about invented incidents.
"""

from __future__ import annotations

from datetime import date

from acled_labels import ABDUCTION, ATTACK, CLASH, LOOTING, MOB

from crosstally.extract._model import defined_label
from crosstally.pipeline import process
from crosstally.records import Document


def _defined(text: str, label: tuple[str, str]) -> tuple[str, str]:
    """The definitions as the classifier applies them (denials blanked, the note as told beside it)."""
    return defined_label(text, *label)


def test_property_burnt_with_nobody_hurt_is_looting_or_property_destruction() -> None:
    for text, label in (
        ("On 4 May 2023, armed men set fire to 14 houses and a clinic at Ngaremara. No one was hurt.", ATTACK),
        ("On 9 June 2022, militants torched a telecom mast outside Dif overnight; no injuries.", ATTACK),
        ("On 2 April 2024, soldiers burnt down some 60 homes in a village near Pale; the residents had fled earlier.",
         CLASH),
        ("On 1 March 2022, raiders drove off about 300 goats from homesteads near Kapedo. Nobody was hurt.", ABDUCTION),
        ("On 8 July 2021, a group of youths set a ward office alight in Rongo at night; nobody was injured.", MOB),
    ):
        assert _defined(text, label) == LOOTING, text


def test_without_the_statement_or_with_harm_the_label_stays() -> None:
    for text, label in (
        # no statement that nobody was hurt: ACLED's older Kenyan notes code such arson as an attack
        ("On 4 May 2023, herders set fire to 14 houses and a clinic at Ngaremara.", ATTACK),
        # harm besides the denial
        ("On 4 May 2023, armed men set fire to 14 houses at Ngaremara, killing a woman; no one else was hurt.",
         ATTACK),
        ("On 4 May 2023, gunmen burnt 14 houses at Ngaremara and shot two herders. No deaths were reported.", ATTACK),
        # people carried off are an abduction, whatever else was taken
        ("On 1 March 2022, gunmen carried off two herders and their goats near Kapedo. Nobody was hurt.", ABDUCTION),
        # a force's vehicle destroyed is a fight with that force
        ("On 9 March 2020, militants attacked and destroyed an army truck near Bura. No casualties.", CLASH),
    ):
        assert _defined(text, label) == label, text
    # a crowd that protests is a riot's, not a bare destruction (since session 27 a crowd against property alone is
    # ACLED's violent demonstration, not mob violence)
    text = "On 8 July 2021, protesters set a ward office alight in Rongo over a disputed count; nobody was injured."
    assert _defined(text, MOB) == ("Riots", "Violent demonstration")


def test_the_pipeline_reads_nobody_hurt_as_told() -> None:
    text = "On 3 February 2022, unknown people set fire to a primary school in Moyale at night. Nobody was hurt."
    ex = process(Document(text=text, published=date(2022, 2, 6)))
    assert [(e.event_type, e.sub_event_type) for e in ex.events][:1] == [LOOTING]


def test_live_rounds_fired_into_a_march_are_excessive_force() -> None:
    text = "On 3 March 2021, police fired live rounds into an anti-coup march in Myeik; one marcher died of a wound."
    assert _defined(text, ("Protests", "Peaceful protest")) == ("Protests", "Excessive force against protesters")


def test_barrel_bombs_are_dropped_from_the_air() -> None:
    text = "On 14 January 2024, an army Antonov dropped barrel bombs on a market in El Fasher. Nine people were killed."
    assert _defined(text, ("Explosions/Remote violence", "Remote explosive/landmine/IED")) == (
        "Explosions/Remote violence", "Air/drone strike")


def test_a_crowd_that_went_home_was_not_dispersed() -> None:
    intervention = ("Protests", "Protest with intervention")
    for text in ("Traders in Garissa closed their stalls and walked to the county offices over a new levy. Dispersed "
                 "peacefully.",
                 "Residents of Kibera marched to the chief's office over insecurity and later dispersed.",
                 "Nurses marched through Kakamega over pay and dispersed after meeting the county health officer."):
        assert _defined(text, intervention) == ("Protests", "Peaceful protest"), text
    for text in ("Residents of Kibera marched to the chief's office over insecurity; police dispersed them with tear "
                 "gas.",
                 "Nurses marched through Kakamega over pay and dispersed after meeting the county health officer; "
                 "police arrested two organisers."):
        assert _defined(text, intervention) == intervention, text


def test_a_device_a_vehicle_set_off_is_an_explosion() -> None:
    ied = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    for text in ("On 2 October 2021, an army truck drove onto a roadside device near Balcad. Two soldiers died.",
                 "On 2 October 2021, a device hidden in a rickshaw went off near a checkpoint in Wadajir; one died."):
        assert _defined(text, ("Strategic developments", "Non-violent transfer of territory")) == ied, text
    text = "On 2 October 2021, police defused a roadside device found near Balcad."
    assert _defined(text, ("Strategic developments", "Disrupted weapons use"))[1] == "Disrupted weapons use"


def test_a_crowd_that_was_dispersed_was_intervened_on() -> None:
    intervention = ("Protests", "Protest with intervention")
    text = "Boda boda riders parked along Moi Avenue in Mombasa over harassment by askaris, and were later dispersed."
    assert _defined(text, intervention) == intervention
