"""Issue 3, definitions 2.14 (types round 12b): the sub-event once the event type is right.

ACLED's codebook decides the sub-event by what happened: rioters who fight each other with no demand, no force and
no road barricade told are Mob violence, not a Violent demonstration; an explosive thrown by hand is a Grenade; an
abduction in which the people taken are killed is an Attack (not when only some are killed later: the others stay
taken); shots fired into the air at a protest, with nobody killed or hurt, are an intervention, not Excessive force;
a bid to retake a place told without its outcome is the fighting (Armed clash), not Government regains territory;
and an arrest told as not made is no intervention at a protest.
Our own sentences about invented incidents.
"""

from __future__ import annotations

from crosstally.extract._model import apply_definitions

VIOLENT_DEMO = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
GRENADE = ("Explosions/Remote violence", "Grenade")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
ATTACK = ("Violence against civilians", "Attack")
EXCESSIVE = ("Protests", "Excessive force against protesters")
INTERVENTION = ("Protests", "Protest with intervention")
REGAIN = ("Battles", "Government regains territory")
CLASH = ("Battles", "Armed clash")


def test_rioters_who_fight_each_other_are_mob_violence() -> None:
    for text in ("On 3 May 2019, followers of rival bishops threw stones at each other outside a church in Vihiga.",
                 "On 3 May 2019, supporters of two rival aspirants fought with sticks at a market in Siaya."):
        assert apply_definitions(text, *VIOLENT_DEMO) == MOB, text


def test_rioters_against_a_force_or_with_a_demand_stay_a_violent_demonstration() -> None:
    for text in ("On 3 May 2019, supporters of two rival aspirants stoned police officers at a market in Siaya.",
                 "On 3 May 2019, two groups of traders protesting a new levy threw stones at each other in Siaya.",
                 "On 3 May 2019, rival youths blocked the road with burning tyres and stoned each other in Siaya."):
        assert apply_definitions(text, *VIOLENT_DEMO) == VIOLENT_DEMO, text


def test_a_thrown_explosive_is_a_grenade() -> None:
    for text in ("On 8 March 2019, unknown men hurled an explosive into a police booth in Mandera; no one was hurt.",
                 "On 8 March 2019, an explosive device was thrown at a bus stage in Garissa, wounding two."):
        assert apply_definitions(text, *IED) == GRENADE, text
    planted = "On 8 March 2019, an explosive device planted on a road near Wajir went off under a lorry."
    assert apply_definitions(planted, *IED) == IED
    rpg = "On 8 March 2019, raiders hurled a rocket-propelled grenade at homes in a village near Tarbaj, Wajir."
    shelling = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert apply_definitions(rpg, *shelling) == shelling


def test_people_taken_and_killed_are_an_attack_but_a_later_killing_of_one_is_not() -> None:
    text = "On 2 April 2018, armed men abducted a trader in Elwak and killed him in the bush."
    assert apply_definitions(text, *ABDUCTION) == ATTACK
    later = "On 2 April 2018, armed men abducted four traders in Elwak and later killed one of them."
    assert apply_definitions(later, *ABDUCTION) == ABDUCTION


def test_shots_in_the_air_with_nobody_hurt_are_an_intervention() -> None:
    text = "On 6 July 2021, officers fired several rounds into the air to break up traders protesting in Kisii town."
    assert apply_definitions(text, *EXCESSIVE) == INTERVENTION
    hurt = "On 6 July 2021, police fired in the air and then at traders protesting in Kisii town, wounding three."
    assert apply_definitions(hurt, *EXCESSIVE) == EXCESSIVE


def test_a_bid_to_retake_without_its_outcome_is_a_clash() -> None:
    bid = "On 9 May 2020, soldiers launched an offensive to retake Kamoto from militants; fighting went on all day."
    assert apply_definitions(bid, *CLASH) == CLASH
    assert apply_definitions(bid, *REGAIN) == CLASH
    done = "On 9 May 2020, soldiers launched an offensive to retake Kamoto from militants and recaptured it at dusk."
    assert apply_definitions(done, *CLASH) == REGAIN


def test_an_arrest_told_as_not_made_is_no_intervention() -> None:
    text = ("On 5 May 2019, traders in Kitui marched to the police station over the killing of a colleague; they said "
            "the suspect has not been arrested.")
    assert apply_definitions(text, *INTERVENTION) == ("Protests", "Peaceful protest")
    made = "On 5 May 2019, traders in Kitui marched to the police station; two of them were arrested."
    assert apply_definitions(made, *INTERVENTION) == INTERVENTION
