"""Issue 3, definitions 2.32 (session 34b, spent world_notes15-43 and ACLED Kenya train side): type confusions of the
world notes.

- The bodies or remains of people who had been taken or gone missing, found or exhumed, read as an abduction or a
  clash: an Attack (ACLED codes an abduction with deaths reported as an Attack).
- Police or soldiers who shot dead a suspected robber, thief or smuggler, read as a clash: an Attack (a state force
  that kills an unarmed person is Violence against civilians); the clash stays where the suspect was armed or fired
  back.
- Artillery that pounded or shelled a place, read as a clash: Shelling/artillery/missile attack.
- Bodies pulled from a river, or people come upon lying dead or dumped, read as a peaceful protest (the finders
  named as a crowd): an Attack, as ACLED codes bodies found.
- Men held as suspected of taking part in a raid in which people were shot, read as a clash: Arrests (the raid is
  the reason for the arrest).

Our own sentences about invented incidents in real places; each rule case fails without its rule.
"""

from __future__ import annotations

import pytest
from acled_labels import ABDUCTION, ARRESTS, ATTACK, CLASH, IED, NO_EVENT, PEACEFUL, SHELLING

from crosstally.extract._model import defined_label


@pytest.mark.parametrize("text", [
    "On 8 March 2022, the bodies of two bus drivers kidnapped near Zacatecas a week earlier were found beside a "
    "highway.",
    "On 2 June 2021, investigators exhumed the remains of a teacher from a field outside Tulua (Valle del Cauca). "
    "She had gone missing after men forced her into a van in April.",
])
@pytest.mark.parametrize("label", [ABDUCTION, CLASH, NO_EVENT])
def test_the_remains_of_people_taken_or_missing_found_are_an_attack(text: str, label: tuple[str, str]) -> None:
    assert defined_label(text, *label) == ATTACK


def test_people_taken_and_not_seen_since_stay_an_abduction() -> None:
    text = ("On 8 March 2022, men in two pickups kidnapped a bus driver near Zacatecas; he has not been seen "
            "since, relatives said.")
    assert defined_label(text, *ATTACK) == ABDUCTION


def test_remains_found_in_a_fight_stay_a_clash() -> None:
    text = ("On 2 June 2021, soldiers and rebels exchanged fire near Tulua; the bodies of two fighters seized "
            "in an earlier raid were recovered after the gunfight.")
    assert defined_label(text, *CLASH) == CLASH


@pytest.mark.parametrize("text", [
    "On 11 July 2023, police in Durban shot dead a suspected burglar as he ran from a house in Umlazi.",
    "On 4 February 2022, soldiers at a checkpoint near Maiduguri shot and killed an alleged smuggler carrying fuel.",
    "On 19 May 2024, a suspected thief was shot dead by Jinja police in the central market after a chase.",
])
def test_a_force_that_shot_dead_an_unarmed_suspect_attacked(text: str) -> None:
    assert defined_label(text, *CLASH) == ATTACK


@pytest.mark.parametrize("text", [
    "On 11 July 2023, police in Durban shot dead two suspected robbers after an exchange of fire in Umlazi.",
    "On 11 July 2023, police in Durban shot dead two suspected robbers and recovered a pistol and 12 rounds.",
    "On 11 July 2023, police in Durban shot dead a suspected robber who had opened fire on officers at a "
    "roadblock.",
    "On 11 July 2023, police in Durban shot dead two suspected robbers; one officer was wounded.",
    "On 11 July 2023, a police sergeant was shot dead by suspected robbers outside a bank in Durban.",
])
def test_a_force_that_shot_dead_an_armed_suspect_stays_a_clash(text: str) -> None:
    assert defined_label(text, *CLASH) == CLASH


@pytest.mark.parametrize("text", [
    "On 6 March 2022, army howitzers pounded rebel positions in the hills above Kiwanja; no toll was given.",
    "On 9 August 2021, government artillery shelled a camp held by insurgents near Mocimboa da Praia.",
])
def test_artillery_that_pounded_a_place_is_shelling(text: str) -> None:
    assert defined_label(text, *CLASH) == SHELLING


def test_artillery_told_with_a_fight_on_the_ground_stays_a_clash() -> None:
    text = ("On 6 March 2022, soldiers and rebels fought for hours near Kiwanja while army howitzers pounded the "
            "hills.")
    assert defined_label(text, *CLASH) == CLASH


def test_a_truck_of_an_artillery_unit_hit_by_a_mine_is_no_shelling() -> None:
    text = "On 6 March 2022, an artillery unit's truck was hit by a landmine near Kiwanja; two soldiers died."
    assert defined_label(text, *IED) == IED


def test_men_held_as_suspected_of_taking_part_in_a_raid_are_arrests() -> None:
    text = ("On 3 August 2022, police in Moroto detained four men suspected of taking part in a raid on a kraal last "
            "month in which a herder was shot dead.")
    assert defined_label(text, *CLASH) == ARRESTS


def test_a_raid_with_a_death_in_the_arrest_stays_a_clash() -> None:
    text = ("On 3 August 2022, police in Moroto detained four men suspected of taking part in a raid on a kraal; a "
            "fifth man was shot dead as he fired at the officers.")
    assert defined_label(text, *CLASH) == CLASH


@pytest.mark.parametrize("text", [
    "On 5 March 2023, anglers pulled the body of a young woman, her hands tied, from Lake Victoria near Kisumu.",
    "On 5 March 2023, villagers near Bondo came upon two men lying dead beside a footpath, with machete wounds.",
    "On 5 March 2023, herders near Isiolo stumbled on a man dumped in a thicket with his hands bound.",
])
def test_bodies_pulled_out_or_come_upon_are_an_attack(text: str) -> None:
    assert defined_label(text, *PEACEFUL) == ATTACK


def test_residents_who_protested_after_finding_a_body_stay_a_protest() -> None:
    text = ("On 5 March 2023, residents who came upon a body dumped near Bondo marched to the police station to "
            "demand more patrols. [size=about 100]")
    assert defined_label(text, *PEACEFUL) == PEACEFUL


def test_a_body_pulled_from_a_river_after_a_drowning_is_no_attack() -> None:
    text = "On 5 March 2023, fishermen pulled the body of a boy who had drowned while swimming out of the Nzoia River."
    assert defined_label(text, *PEACEFUL) != ATTACK
