"""Issue 3, definitions 2.23 (session 30): plain wordings from regions with no coded training data.

The spent probe set world_notes57 (held out until session 30) showed these wordings read as an attack, an armed
clash, an abduction, a peaceful protest or an arrest. ACLED's codebook decides by the instrument and by who did
what: a mine that "blew apart" a vehicle is a Remote explosive/landmine/IED, explosive belts detonated by the people
wearing them a Suicide bomb; a crowd that seized men it said belonged to a gang and beat them is Mob violence; an
armed side that drove the troops out of a town took it (Non-state actor overtakes territory); a gang that joins an
alliance changes its group (Change to group/activity); a crowd whose only harm and armed side are what it rejects or
wants gone is a Peaceful protest; a protest where a patrol car was burnt, or the gendarmes stoned, is a Violent
demonstration, and so is a "battle" where one side threw up barricades and nobody fired; a group's wider war told in
a relative clause is no second side at the killing of unarmed miners (Attack); police who cleared a group and
detained some made a Protest with intervention, not Arrests; attackers who fell at the event met a side that fought
back (Armed clash); troops that drove an armed group out regain the place (Government regains territory); and a
gathering that "ended without incident" is a Peaceful protest (spent world_notes55, 56 showed the last two). Our own
sentences about invented incidents; each case fails without its rule, and the train side of ACLED Kenya and
Afghanistan (all 3,923 dev notes, classifier and definitions) keeps every label.
"""

from __future__ import annotations

import pytest
from acled_labels import (
    ABDUCTION,
    ARRESTS,
    ATTACK,
    CHANGE,
    CLASH,
    IED,
    INTERVENTION,
    MOB,
    NO_EVENT,
    OVERTAKES,
    PEACEFUL,
    REGAINS,
    SUICIDE,
    VD,
)

from crosstally.extract._model import defined_label


@pytest.mark.parametrize(("text", "label", "want"), [
    ("On 4 May 2022, a landmine blew apart a pick-up on the track north of Kidal; the four passengers were killed.",
     ATTACK, IED),
    ("On 4 May 2022, a roadside device tore through a minibus outside Bosaso, killing two traders.", ATTACK, IED),
    ("On 4 May 2022, two men detonated explosive belts at the gate of the bus station in Maiduguri, killing "
     "themselves and three travellers.", ATTACK, SUICIDE),
    ("On 4 May 2022, a woman set off a device at the market in Mora, killing herself and a vendor.", ATTACK,
     SUICIDE),
])
def test_the_instrument_is_an_explosive(text: str, label: tuple[str, str], want: tuple[str, str]) -> None:
    assert defined_label(text, *label) == want


def test_a_crowd_that_seized_men_it_said_were_gang_members() -> None:
    text = ("On 4 May 2022, residents of a Carrefour neighbourhood seized a man they said belonged to a gang, beat "
            "him and burned him at a crossroads.")
    assert defined_label(text, *CLASH) == MOB


@pytest.mark.parametrize(("text", "label", "want"), [
    ("On 4 May 2022, rebels drove the army garrison out of Bria after a night of fighting and occupied the town "
     "hall.", CLASH, OVERTAKES),
    # troops who drove the rebels out regain it (the force is the one that drove, not the one driven out)
    ("On 4 May 2022, troops drove the rebels out of Bria after a night of fighting.", CLASH, REGAINS),
])
def test_a_force_driven_out(text: str, label: tuple[str, str], want: tuple[str, str]) -> None:
    assert defined_label(text, *label) == want


def test_a_gang_joining_an_alliance() -> None:
    text = ("On 4 May 2022, the leader of a gang based in Cabaret said in a recorded message that his men were "
            "joining the new coalition of armed groups.")
    assert defined_label(text, *ATTACK) == CHANGE


@pytest.mark.parametrize(("text", "label", "want"), [
    ("On 4 May 2022, farmers and their families marched through Suarez (Cauca) with banners, rejecting the killing "
     "of two community leaders by gunmen.", ATTACK, PEACEFUL),
    ("On 4 May 2022, displaced families rallied outside the town hall in Tal Afar for compensation and the "
     "withdrawal of militias from their villages.", ABDUCTION, PEACEFUL),
    # a crowd that itself fought stays with the classifier
    ("On 4 May 2022, farmers marched through Suarez rejecting the killing of two leaders and beat a soldier.",
     ATTACK, ATTACK),
])
def test_harm_the_crowd_rejects(text: str, label: tuple[str, str], want: tuple[str, str]) -> None:
    assert defined_label(text, *label) == want


@pytest.mark.parametrize(("text", "label", "want"), [
    ("On 4 May 2022, transport strikers against the fuel price rise in Latacunga held two officers for an hour "
     "and burned a patrol car.", PEACEFUL, VD),
    ("On 4 May 2022, unemployed young men in Metlaoui blocked the mine road and stoned gendarmes, who answered with "
     "tear gas.", INTERVENTION, VD),
    # a crowd that stormed an office is coded both ways: the label stays
    ("On 4 May 2022, more than 100 traders stormed the county offices in Malindi protesting the closure of "
     "their market.", PEACEFUL, PEACEFUL),
])
def test_a_protest_that_burnt_or_stoned(text: str, label: tuple[str, str], want: tuple[str, str]) -> None:
    assert defined_label(text, *label) == want


@pytest.mark.parametrize(("text", "label", "want"), [
    ("On 4 May 2022, opposition militants in Sokode threw up barricades and set fire to the local office of the "
     "ruling party after police stopped their march; two officers hurt.", CLASH, VD),
    # gunfire keeps the battle
    ("On 4 May 2022, militants in Sokode threw up barricades and exchanged fire with soldiers.", CLASH, CLASH),
])
def test_barricades_and_nobody_fired(text: str, label: tuple[str, str], want: tuple[str, str]) -> None:
    assert defined_label(text, *label) == want


def test_a_wider_war_told_as_background() -> None:
    text = ("On 4 May 2022, gunmen killed four miners at a pit outside Zaruma. Police blamed a gang who are "
            "fighting for control of the gold workings.")
    assert defined_label(text, *CLASH) == ATTACK


def test_a_crowd_cleared_then_detained() -> None:
    text = ("On 4 May 2022, police cleared about 30 opposition supporters who had waited outside the high court in "
            "Lusaka for a ruling; four were detained.")
    assert defined_label(text, *INTERVENTION) == INTERVENTION
    assert defined_label(text, *INTERVENTION) != ARRESTS


def test_attackers_who_fell() -> None:
    text = ("On 4 May 2022, rebels fired on a fuel convoy and its escort west of Bouar. One driver and three of the "
            "attackers were killed.")
    assert defined_label(text, *ATTACK) == CLASH


@pytest.mark.parametrize(("text", "label", "want"), [
    ("On 4 May 2022, several hundred supporters of a defeated candidate sang and waved flags along the main avenue "
     "of Quelimane, disputing the count. It ended without incident.", VD, PEACEFUL),
    ("On 4 May 2022, about 200 people rallied in Birgunj calling for a new bridge; no incidents.", NO_EVENT,
     PEACEFUL),
    # a crowd that stoned the police keeps its riot, whatever ended calmly
    ("On 4 May 2022, supporters of a defeated candidate threw stones at police in Quelimane; by evening the "
     "streets had calmed and it ended without incident.", VD, VD),
])
def test_a_gathering_that_ended_without_incident(text: str, label: tuple[str, str], want: tuple[str, str]) -> None:
    assert defined_label(text, *label) == want


def test_units_that_drove_an_armed_group_out() -> None:
    text = ("On 4 May 2022, army units, helped by local militia, drove the insurgents from two villages north of "
            "Mocimboa da Praia after a short firefight.")
    assert defined_label(text, *CLASH) == REGAINS
