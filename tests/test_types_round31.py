"""Issue 3, definitions 2.25 (session 31): plain wordings from world_notes58 (held out until session 31) and
ACLED's Kenya train side.

The spent probe set world_notes58 showed these wordings read as no event, an attack, a battle or a change to a group.
ACLED's codebook decides by who did what: a quadcopter brought down before it struck is Disrupted weapons use; some
of the attackers who died at the event met a side that fought back, and gunmen who shot at each other are two sides
(Armed clash); settlers who beat unarmed people are an Attack, not a battle; stones thrown at soldiers who answer
with rubber bullets are a Violent demonstration; people told by what they oppose who were pepper-sprayed and held
made a Protest with intervention; the army that seized a rebel base regains the place (Government regains territory);
soldiers who clubbed a moto-taxi rider attacked a civilian; and police named only as those who suspect a robbery are
no force at the scene, so two men gunned down by robbers were attacked (Attack); houses burnt after the workers had
fled harmed nobody (Looting/property destruction). ACLED's Kenya train side adds police who assault journalists
covering riots (Attack, 3 of 3 such notes), read as Mob violence, and a force's sexual assault read so is Sexual
violence (spent world_notes32). Our own sentences about invented incidents; each case fails without its rule, and the
train side of ACLED Kenya and Afghanistan (all 3,923 dev notes, classifier and definitions) loses no label it had
right; one moves to ACLED's.
"""

from __future__ import annotations

import pytest
from acled_labels import (
    ATTACK,
    CHANGE,
    CLASH,
    DISRUPTED,
    INTERVENTION,
    LOOTING,
    MOB,
    NO_EVENT,
    REGAINS,
    VD,
)

from crosstally.extract._model import defined_label

SEXUAL = ("Violence against civilians", "Sexual violence")


@pytest.mark.parametrize("label", [NO_EVENT, CLASH])
def test_a_quadcopter_brought_down(label: tuple[str, str]) -> None:
    text = ("On 3 March 2022, the defence ministry said its air defence units had brought down a quadcopter over "
            "army positions near Agdam.")
    assert defined_label(text, *label) == DISRUPTED


def test_some_of_the_attackers_died() -> None:
    text = ("On 5 May 2022, a ranger unit checking permits near Tillaberi came under fire from armed men. A ranger "
            "and two of the attackers died.")
    assert defined_label(text, *ATTACK) == CLASH


def test_gunmen_who_shot_at_each_other() -> None:
    text = ("On 2 June 2022, Fulani and Dogon gunmen shot at each other near the cattle market in Bankass after a "
            "quarrel over a stray cow. Two men died.")
    assert defined_label(text, *ATTACK) == CLASH


def test_settlers_who_beat_farmers() -> None:
    text = ("On 7 July 2022, a dozen settlers came down from an outpost near Turmus Ayya and beat two farmers with "
            "sticks in their olive grove.")
    assert defined_label(text, *CLASH) == ATTACK


def test_settlers_who_traded_fire_stay_a_battle() -> None:
    text = ("On 7 July 2022, settlers came down from an outpost near Turmus Ayya and exchanged fire with armed men "
            "from the village.")
    assert defined_label(text, *CLASH) == CLASH


def test_stones_thrown_at_soldiers_who_answered_with_rubber_bullets() -> None:
    text = ("On 8 August 2022, youths in Silwad threw stones and burning tyres at soldiers at the village entrance. "
            "The soldiers answered with rubber bullets and tear gas; nine were hurt.")
    assert defined_label(text, *CLASH) == VD


def test_villagers_opposing_a_quarry_were_pepper_sprayed() -> None:
    text = ("On 9 September 2022, farmers opposing a new quarry near Ganja were pepper-sprayed by police, who "
            "detained six of them.")
    assert defined_label(text, *ATTACK) == INTERVENTION


@pytest.mark.parametrize("label", [CHANGE, NO_EVENT])
def test_the_army_seized_a_rebel_base(label: tuple[str, str]) -> None:
    text = ("On 10 October 2022, the army said it had captured a rebel camp in the hills near Ziguinchor after a week "
            "of operations. The rebels fled south.")
    assert defined_label(text, *label) == REGAINS


def test_rebels_who_seized_an_army_base_are_not_the_state_regaining() -> None:
    text = "On 10 October 2022, rebels said they had seized an army base in the hills near Ziguinchor."
    assert defined_label(text, *CHANGE) != REGAINS


def test_soldiers_who_clubbed_a_moto_taxi_rider() -> None:
    text = ("On 11 November 2022, soldiers at a roadblock on the edge of Kindia town clubbed a moto-taxi rider who "
            "refused to pay them. He died the next day.")
    assert defined_label(text, *NO_EVENT) == ATTACK


def test_police_who_only_suspect_a_robbery_are_no_side() -> None:
    text = ("On 12 December 2022, a trader and his son were gunned down by two men on a motorbike on a road near "
            "Tamale. Police suspect robbery.")
    assert defined_label(text, *CLASH) == ATTACK


def test_robbers_who_met_a_police_patrol_stay_the_classifiers() -> None:
    text = ("On 12 December 2022, robbers shot a shopkeeper in Tamale and fled when a police patrol arrived; the "
            "police said the robbery was the third this month.")
    assert defined_label(text, *CLASH) == CLASH


def test_houses_burnt_after_the_workers_had_fled() -> None:
    text = ("On 3 March 2022, armed men burned two houses and a storeroom on a farm near Concepcion. The farm workers "
            "had fled the week before after threats.")
    assert defined_label(text, *ATTACK) == LOOTING


def test_houses_burnt_and_a_worker_shot_stay_an_attack() -> None:
    text = ("On 3 March 2022, armed men burned two houses on a farm near Concepcion and shot a farm worker who had "
            "stayed behind.")
    assert defined_label(text, *ATTACK) == ATTACK


@pytest.mark.parametrize("text", [
    "On 6 June 2022, two reporters assaulted by police while they were filming a street protest in Kisumu.",
    "On 6 June 2022, police assault a cameraman filming riots in Mathare.",
])
def test_police_who_assault_journalists_covering_riots(text: str) -> None:
    assert defined_label(text, *MOB) == ATTACK


def test_a_mob_that_beat_a_man_before_police_arrived_stays_mob_violence() -> None:
    text = "On 6 June 2022, an angry mob beat a man accused of theft in Kisumu before police arrived."
    assert defined_label(text, *MOB) == MOB


def test_a_sexual_assault_by_soldiers_read_as_mob_violence() -> None:
    text = ("On 5 May 2022, two soldiers at a checkpoint outside Goma were accused of sexually assaulting a woman who "
            "sells charcoal.")
    assert defined_label(text, *MOB) == SEXUAL
