"""Issue 3, definitions 2.16 (types round 13b): the sub-event inside a right event type.

ACLED's codebook: excessive force against protesters is lethal or deadly force on demonstrators, so a death from the
dispersal itself (a tear-gas canister, live rounds "killing two of them", police who intervened "killing one") is no
mere intervention; a crowd that throws stones at officers, patrol cars or government offices acts against the state
(a violent demonstration), not against another group of people (mob violence); protesters ejected or thrown out of
the place they protested in were stopped by the authorities (a protest with intervention); an arrest the crowd
protests against, told as past ("who had been detained"), is no intervention at the protest.
Our own sentences about invented incidents.
"""

from __future__ import annotations

from crosstally.extract._model import apply_definitions

PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
EXCESSIVE = ("Protests", "Excessive force against protesters")
MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")


def test_a_death_from_the_dispersal_is_excessive_force() -> None:
    for text in ("Teachers marching in Nyeri over pay were dispersed with tear gas; a canister hit a vendor, who died "
                 "in hospital two days later.",
                 "Traders demonstrating against new stalls fees in Machakos were met with tear gas and live bullets, "
                 "killing two of them.",
                 "Police intervened in a sit-in by squatters at a ranch near Voi, killing one."):
        assert apply_definitions(text, *INTERVENTION) == EXCESSIVE, text


def test_a_dispersal_with_nobody_killed_stays_an_intervention() -> None:
    text = "Teachers marching in Nyeri over pay were dispersed with tear gas canisters; three were treated for burns."
    assert apply_definitions(text, *INTERVENTION) == INTERVENTION


def test_stones_at_officers_or_offices_are_a_violent_demonstration() -> None:
    for text in ("Youths in Kangundo pelted officers with stones after a rider was knocked down by a county lorry.",
                 "A crowd threw rocks at the county offices in Kapsabet over a disputed land allocation."):
        assert apply_definitions(text, *MOB) == VIOLENT_DEMO, text


def test_stones_at_passers_by_before_police_arrive_stay_mob_violence() -> None:
    text = ("Villagers in Kimilili stoned a man they accused of stealing a goat and his two friends until police "
            "arrived.")
    assert apply_definitions(text, *MOB) == MOB


def test_protesters_ejected_were_stopped() -> None:
    text = "Nurses who occupied the lobby of the county health office in Nakuru over unpaid dues were ejected by guards."
    assert apply_definitions(text, *PEACEFUL) == INTERVENTION


def test_a_protest_over_an_arrest_names_no_intervention() -> None:
    text = ("Boda boda riders in Webuye rode to the sub-county offices to demand the release of a colleague who had "
            "been detained over a crash, and went home after meeting the OCS.")
    assert apply_definitions(text, *INTERVENTION) == PEACEFUL
