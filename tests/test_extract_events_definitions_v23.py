"""ACLED's definitions added in event_arguments.yaml v2.3 (issue 3 round 6): a crowd that gathered and of which
nothing violent is told is a protest, not a riot, a battle or an attack; a detention where the person is taken to a
place nobody is told of is a forced disappearance; unknown people burning property with nobody hurt is property
destruction; shots fired in the air or a crowd quelled is an intervention.

Sentences are invented for these tests (generic names, invented towns)."""

from __future__ import annotations

from acled_labels import (
    ABDUCTION,
    ARRESTS,
    ATTACK,
    CLASH,
    INTERVENTION,
    LOOTING,
    MOB,
    PEACEFUL,
    VIOLENT,
)

from crosstally.extract import _model
from crosstally.extract._events import without_denials


def _revise(text: str, label: tuple[str, str]) -> tuple[str, str]:
    return _model.apply_definitions(without_denials(text), *label)


def test_a_calm_gathering_is_no_riot_battle_or_attack() -> None:
    text = ("On 4 April 2022, members of a farmers' union gathered outside the town hall of Ebolo to denounce the "
            "price of fertiliser. [size=about 300]")
    for label in (MOB, VIOLENT, CLASH, ATTACK):
        assert _revise(text, label) == PEACEFUL, label
    assert "crowd_no_violence" in _model.argument_tokens(text)


def test_a_calm_gathering_with_an_intervention_is_a_protest_with_intervention() -> None:
    text = ("On 4 April 2022, teachers gathered outside the education office in Ebolo over unpaid wages; police "
            "pushed them away from the gate with batons. [size=dozens]")
    assert _revise(text, MOB) == INTERVENTION


def test_a_gathering_with_violence_told_stays_a_riot() -> None:
    for text in ("On 4 April 2022, traders gathered in Ebolo market and stoned the council's lorries. [size=dozens]",
                 "On 4 April 2022, youths gathered at the Ebolo junction and burnt tyres on the road. [size=no report]",
                 "On 4 April 2022, a crowd gathered in Ebolo and beat a man accused of theft."):
        assert "crowd_no_violence" not in _model.argument_tokens(without_denials(text)), text
        assert _revise(text, MOB)[0] == "Riots", text


def test_a_protest_word_alone_does_not_make_a_calm_crowd() -> None:
    # ACLED's older notes call whole riot days "protesting": the rule needs a gathering or a size field
    text = "Second day of protesting called for by opposition leaders in Ebolo. Police intervened."
    assert "crowd_no_violence" not in _model.argument_tokens(text)


def test_taken_to_an_unknown_place_is_a_forced_disappearance() -> None:
    text = ("On 8 June 2021, security officers detained a pastor at his church in Ebolo and took him to an unknown "
            "location.")
    assert _revise(text, ARRESTS) == ABDUCTION
    plain = "On 8 June 2021, security officers detained a pastor at his church in Ebolo and took him to the station."
    assert _revise(plain, ARRESTS) == ARRESTS


def test_unknown_people_burning_property_with_nobody_hurt_is_property_destruction() -> None:
    text = ("On 12 May 2019, unknown persons set fire to the storeroom of a chapel near Ebolo at night and wrote "
            "slogans on its door.")
    assert _revise(text, ATTACK) == LOOTING
    assert _revise(text, ("No event", "No event")) == LOOTING
    hurt = "On 12 May 2019, unknown persons set fire to a house near Ebolo at night, killing a woman inside."
    assert _revise(hurt, ATTACK) == ATTACK


def test_shots_in_the_air_are_an_intervention() -> None:
    text = ("On 3 June 2015, traders marched to the Ebolo council office over new fees; officers fired a few rounds "
            "into the air and quelled the crowd.")
    assert _revise(text, INTERVENTION) == INTERVENTION
    calm = "On 3 June 2015, traders marched to the Ebolo council office over new fees."
    assert _revise(calm, INTERVENTION) == PEACEFUL


def test_riot_police_are_a_force_not_a_riot() -> None:
    text = ("On 9 May 2022, about 500 people rallied in the main square of Ebolo against a new tax. Riot police used "
            "water cannon to push them back. [size=about 500]")
    toks = _model.argument_tokens(text)
    assert "has_crowd_violence" not in toks and "has_protest_event" not in toks
    assert _revise(text, VIOLENT) == INTERVENTION
    riot = "On 9 May 2022, youths rioted in Ebolo and the riot spread to the market."
    assert "has_crowd_violence" in _model.argument_tokens(riot)


def test_people_taken_from_a_home_or_a_school_are_abducted() -> None:
    for text in ("On 2 February 2021, gunmen took a teacher and two pupils from a school near Ebolo.",
                 "On 2 February 2021, a trader was taken from his home in Ebolo by armed men at night.",
                 "On 2 February 2021, bandits stopped a bus near Ebolo and took away six passengers."):
        assert _revise(text, ATTACK) == ABDUCTION, text
        assert _revise(text, ("No event", "No event")) == ABDUCTION, text
    killed = "On 2 February 2021, gunmen took a teacher from his house near Ebolo and shot him dead."
    assert _revise(killed, ATTACK) == ATTACK


def test_a_detention_with_the_place_kept_secret_is_no_arrest() -> None:
    text = "On 8 June 2021, plain-clothes officers detained a blogger in Ebolo and drove him to an undisclosed location."
    assert _revise(text, ABDUCTION) == ABDUCTION
    plain = "On 8 June 2021, plain-clothes officers detained a blogger in Ebolo over a post about the governor."
    assert _revise(plain, ABDUCTION) == ARRESTS


def test_an_explosion_label_with_no_remote_weapon_named_is_a_battle_or_an_attack() -> None:
    explosion = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    clash = "On 5 March 2020, militants attacked an army post near Ebolo. It is not known if anyone was hurt."
    assert _revise(clash, explosion) == CLASH
    hurt = "On 5 March 2020, two boys were wounded by soldiers' fire in a village near Ebolo."
    assert _revise(hurt, explosion) == ATTACK
    shelled = "On 5 March 2020, militants fired mortar rounds at an army post near Ebolo, wounding two soldiers."
    assert _revise(shelled, explosion) == explosion


def test_a_truce_signed_to_end_attacks_is_an_agreement() -> None:
    text = ("On 3 March 2021, elders of two clans near Ebolo signed a peace accord to end raids and revenge attacks "
            "between their villages.")
    assert _revise(text, ATTACK) == ("Strategic developments", "Agreement")
