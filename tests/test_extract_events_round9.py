"""Event type round 9 (issue 3): ACLED's definitions that later Kenya notes follow (event_arguments.yaml v2.6).

Why: ACLED's Kenya notes since 2016 code arrests as Strategic developments / Arrests even when the people held are
called militants or guns are seized, an armed group's attack on police or soldiers as a battle, a crowd's
punishment of someone it accuses as Mob violence, and police fire on people who were demonstrating as Excessive
force. The rules are data (``overrides`` of ``data/event_arguments.yaml``) applied over the classifier's label; each
test gives the label the classifier might give and checks what the definitions make of it, then a few invented
notes run through the real pipeline. All sentences are invented (generic people, real places).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from crosstally.extract import _model

ARRESTS = ("Strategic developments", "Arrests")
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "On 4 June 2019, police in Wajir town arrested 3 men they suspected of belonging to Al Shabaab and seized "
    "two rifles from their house.",
    "On 9 May 2021, soldiers arrested 14 suspected bandits during a disarmament sweep near Kapedo and recovered "
    "6 guns.",
])
def test_arrest_with_weapons_and_nobody_hurt_is_an_arrest(text: str) -> None:
    assert _model.apply_definitions(text, *CLASH) == ARRESTS


@pytest.mark.parametrize("text", [
    "On 4 June 2019, police exchanged fire with 3 Al Shabaab suspects in Wajir town and arrested one of them.",
    "On 9 May 2021, soldiers killed 2 bandits near Kapedo and arrested 5 others.",
])
def test_arrest_after_fighting_stays_a_battle(text: str) -> None:
    assert _model.apply_definitions(text, *CLASH) == CLASH


@pytest.mark.parametrize("text", [
    "On 2 March 2020, suspected Al Shabaab militants ambushed a police patrol near Hulugho, Garissa county.",
    "On 2 March 2020, a police constable was shot by suspected Al Shabaab gunmen on the road out of Dadaab.",
    "On 8 July 2022, armed men attacked an army post outside Kinkala and fled after an hour.",
])
def test_armed_group_on_police_or_soldiers_is_a_battle(text: str) -> None:
    assert _model.apply_definitions(text, *ATTACK) == CLASH


@pytest.mark.parametrize("text", [
    # civilians harmed in the same attack: the attack on civilians decides
    "On 2 March 2020, gunmen attacked a police station in Elwak and killed 2 residents.",
    # an off-duty officer is a civilian (ACLED)
    "On 2 March 2020, gunmen shot dead an off-duty police officer at a bar in Kisumu.",
    # bandits killed BY the police: not their attack on a force
    "On 2 March 2020, 2 bandits were killed by police reservists near Tot.",
])
def test_attack_on_civilians_stays_an_attack(text: str) -> None:
    assert _model.apply_definitions(text, *ATTACK) == ATTACK


@pytest.mark.parametrize("text", [
    "On 12 March 2022, villagers near Kisii attacked and injured a man they accused of witchcraft.",
    "On 14 September 2018, a group of men stopped a trader near Ranchi, accused him of stealing a goat and beat "
    "him to death.",
])
def test_crowd_punishing_the_accused_is_mob_violence(text: str) -> None:
    assert _model.apply_definitions(text, *ATTACK) == ("Riots", "Mob violence")


def test_police_beating_the_accused_stays_an_attack() -> None:
    text = "On 12 March 2022, police officers beat a man they accused of theft in Kisii town."
    assert _model.apply_definitions(text, *ATTACK) == ATTACK


@pytest.mark.parametrize("label", [("Protests", "Protest with intervention"), ("Protests", "Peaceful protest")])
def test_fire_on_people_who_were_demonstrating_is_excessive_force(label: tuple[str, str]) -> None:
    text = ("On 3 April 2024, police opened fire on residents of Njoro, Nakuru county, who were demonstrating over "
            "the state of a road, killing 1 man. [size=no report]")
    assert _model.apply_definitions(text, *label) == ("Protests", "Excessive force against protesters")
    live = ("On 3 April 2024, security forces fired tear gas and live rounds to break up a crowd of protesters in "
            "Conakry; a 20-year-old man died of a gunshot wound. [size=no report]")
    assert _model.apply_definitions(live, *label) == ("Protests", "Excessive force against protesters")


def test_a_crowd_that_burns_tyres_is_no_excessive_force_case() -> None:
    text = ("On 3 April 2024, protesters burnt tyres on the highway in Njoro and police opened fire on them, "
            "killing 1 man. [size=no report]")
    assert _model.apply_definitions(text, "Protests", "Protest with intervention")[1] != (
        "Excessive force against protesters")


def test_sexual_violence_over_a_battle_label() -> None:
    text = "On 3 September 2021, a police officer raped a woman held in a cell at a police station in Garissa."
    assert _model.apply_definitions(text, *CLASH) == ("Violence against civilians", "Sexual violence")


@pytest.mark.parametrize(("text", "calm"), [
    ("On 30 April 2024, thousands rallied outside parliament in Nairobi. The crowd dispersed late at night.", True),
    ("On 9 August 2022, packers in Thika stopped work for a day and picketed the gates of their plant.", True),
    ("On 30 April 2024, thousands rallied outside parliament in Nairobi. Police dispersed the crowd.", False),
])
def test_a_crowd_that_disperses_by_itself_met_no_intervention(text: str, calm: bool) -> None:
    assert _model.no_intervention_act(text) is calm


@pytest.mark.parametrize(("text", "expected"), [
    ("On 5 May 2019, nurses protested over unpaid allowances outside the county offices in Kitui. Police detained "
     "4 of them.", "Protest with intervention"),
    # the arrests are what the crowd protests against, not made at the protest
    ("On 5 May 2019, residents of Kitui protested to demand the release of 2 farmers who had been arrested over a "
     "land dispute.", "Peaceful protest"),
    ("On 5 May 2019, traders in Kitui protested against the arrests of hawkers by county officers.",
     "Peaceful protest"),
])
def test_a_peaceful_label_with_an_intervention_at_the_protest(text: str, expected: str) -> None:
    assert _model.apply_definitions(text, "Protests", "Peaceful protest") == ("Protests", expected)


@pytest.mark.parametrize("label", [ATTACK, ("Violence against civilians", "Abduction/forced disappearance"), CLASH])
def test_a_size_field_and_nothing_violent_is_a_protest(label: tuple[str, str]) -> None:
    calm = ("On 7 June 2022, herders gathered outside the county offices in Maralal to oppose a new conservancy "
            "boundary on their grazing land. [size=several hundred]")
    assert _model.apply_definitions(calm, *label) == ("Protests", "Peaceful protest")
    # the field on a note that tells harm: the definitions above decide, not this one
    hurt = ("On 7 June 2022, herders attacked a ranger post near Maralal and injured 2 rangers. "
            "[size=no report]")
    assert _model.apply_definitions(hurt, *label)[0] != "Protests"


@pytest.mark.parametrize(("text", "expected"), [
    ("On 6 May 2020, police arrested 4 men in Mandera town on suspicion of links to Al Shabaab and seized a pistol "
     "and ammunition.", ARRESTS),
    ("On 11 May 2023, police opened fire on residents of Londiani, Kericho county, who were demonstrating over the "
     "death of a boda boda rider, killing 1 man. [size=no report]", ("Protests", "Excessive force against protesters")),
    ("On 19 October 2021, armed bandits attacked a police camp near Mukutani, Baringo county, and fled into the "
     "hills.", CLASH),
])
def test_pipeline_on_invented_notes(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    from crosstally.pipeline import process
    from crosstally.records import Document

    out = process(Document(text=text, published=date(2024, 6, 1), input_id="round9")).to_contract()
    ev = out["events"][0]
    assert (ev["event_type"], ev["sub_event_type"]) == expected
