"""Issue 3, actors round 32a (session 32): who acted and who was acted on, from the spent world notes 59.

- Parties common in ACLED's data of their countries under ACLED's names (Tanzania's CHADEMA, Zambia's PF and UPND): a
  listed party's members arrested are the party; people in a party's or an armed group's own colours ("men in PF
  regalia") are its men, while a state's uniform says nothing of who wears it.
- A state force named by its own units: Tanzania's TPDF, Chile's Carabineros, India's state armed police (District
  Reserve Guard, Jharkhand Jaguar) are their state's military or police; a force's garrison, team or detachment is the
  force.
- An unclaimed strike from an aircraft the note gives to the state ("a government aircraft") is the state's military.
- People held whom the note says are accused of belonging to a named group are that group.
- A group named only as the owner of the property an attack hit ("bombs at the office of a local BNP unit") is not the
  attacker.
- A named group's own dead written with a bare word ("one gang member killed") is no second side: the force the group
  fired on is.
- An unidentified attacker the note's sources blame on a group named by its community ("blamed a Meitei armed
  group") is that group, unless the note says the attackers are unknown.
Our own sentences about invented incidents in real places; the events are built here so that only the actor rules
are tested.
"""

from __future__ import annotations

from datetime import date

from test_actors_round29 import _resolve

from crosstally.actors import resolve_mention

_WHEN = date(2022, 6, 1)


# ---------------------------------------------------------------- parties under ACLED's names
def test_a_listed_partys_members_arrested_are_the_party() -> None:
    text = "On 2 June 2022, police in Arusha arrested nine CHADEMA members at a hall where they were meeting."
    sides = _resolve(text, "Strategic developments", "Arrests",
                     [("actor1", "police"), ("actor2", "CHADEMA members")], place="Arusha", country="TZ",
                     published=_WHEN)
    assert sides["actor2"] == "CHADEMA: Party for Democracy and Progress"


def test_zambias_parties_under_acleds_names() -> None:
    assert resolve_mention("PF cadres", "ZM", _WHEN)[0].name == "PF: Patriotic Front"
    assert resolve_mention("UPND supporters", "ZM", _WHEN)[0].name == "UPND: United Party for National Development"


def test_people_in_a_partys_regalia_are_the_party() -> None:
    actor, _ = resolve_mention("youths in ZANU-PF regalia", "ZW", _WHEN)
    assert actor is not None and actor.name.startswith("ZANU-PF")
    actor, _ = resolve_mention("men wearing PF T-shirts", "ZM", _WHEN)
    assert actor is not None and actor.name == "PF: Patriotic Front"


def test_a_states_uniform_still_says_nothing_of_who_wears_it() -> None:
    actor, _ = resolve_mention("gunmen in military uniforms", "ZM", _WHEN)
    assert actor is not None and actor.name.startswith("Unidentified Armed Group")


# ---------------------------------------------------------------- a state force by its own units
def test_a_forces_garrison_or_team_is_the_force() -> None:
    actor, _ = resolve_mention("the SSPDF garrison", "SS", _WHEN)
    assert actor is not None and actor.name.startswith("Military Forces of South Sudan")
    actor, _ = resolve_mention("a DRG team", "IN", _WHEN)
    assert actor is not None and actor.name.startswith("Police Forces of India")


def test_tanzanias_and_chiles_forces_by_their_own_names() -> None:
    actor, _ = resolve_mention("a TPDF patrol", "TZ", _WHEN)
    assert actor is not None and actor.name.startswith("Military Forces of Tanzania")
    actor, _ = resolve_mention("a Carabineros patrol", "CL", _WHEN)
    assert actor is not None and actor.name.startswith("Police Forces of Chile")


def test_indias_state_armed_police_are_the_police_in_a_joint_operation() -> None:
    text = ("On 3 June 2022, Jharkhand Jaguar commandos and district police fought CPI (Maoist) cadres in a forest "
            "near Chaibasa; one Maoist was killed.")
    sides = _resolve(text, "Battles", "Armed clash",
                     [("actor1", "Jharkhand Jaguar commandos and district police"), ("actor2", "CPI (Maoist)")],
                     place="Chaibasa", country="IN", published=_WHEN)
    assert sides["actor1"].startswith("Police Forces of India")


# ---------------------------------------------------------------- a state's aircraft
def test_a_government_aircraft_strike_is_the_states_military() -> None:
    text = ("On 4 June 2022, a government aircraft dropped bombs on a rebel camp near Nasir; the rebels said two "
            "of their fighters died.")
    sides = _resolve(text, "Explosions/Remote violence", "Air/drone strike",
                     [("actor1", "bombs"), ("actor2", "rebel camp")], place="Nasir", country="SS", published=_WHEN)
    assert sides["actor1"].startswith("Military Forces of South Sudan")


# ---------------------------------------------------------------- the people held, by what they are accused of
def test_people_held_accused_of_belonging_to_a_group_are_that_group() -> None:
    text = ("On 5 June 2022, soldiers detained 12 people in Soyapango (San Salvador) accused of belonging to MS-13 "
            "during a search.")
    sides = _resolve(text, "Strategic developments", "Arrests", [("actor1", "soldiers"), ("actor2", "people")],
                     place="Soyapango", country="SV", published=_WHEN)
    assert sides["actor2"] == "MS-13: Mara Salvatrucha"


# ---------------------------------------------------------------- the owner of the property hit
def test_the_party_whose_office_was_bombed_is_not_the_bomber() -> None:
    text = ("On 6 June 2022, unknown men threw two crude bombs at the locked office of a local BNP unit in Magura "
            "and fled. No one was hurt.")
    sides = _resolve(text, "Explosions/Remote violence", "Grenade", [("actor1", "BNP")], place="Magura",
                     country="BD", published=_WHEN)
    assert sides.get("actor1") != "BNP: Bangladesh Nationalist Party"


def test_a_party_office_written_before_the_name_too() -> None:
    text = "On 7 June 2022, attackers hurled a petrol bomb at a BNP office in Narail and escaped."
    sides = _resolve(text, "Explosions/Remote violence", "Grenade", [("actor1", "BNP")], place="Narail",
                     country="BD", published=_WHEN)
    assert sides.get("actor1") != "BNP: Bangladesh Nationalist Party"


def test_a_party_that_attacked_an_office_is_still_the_attacker() -> None:
    text = "On 8 June 2022, BNP activists attacked an Awami League office in Narail and broke its furniture."
    sides = _resolve(text, "Riots", "Violent demonstration", [("actor1", "BNP activists")], place="Narail",
                     country="BD", published=_WHEN)
    assert sides.get("actor1") != "Unidentified Armed Group (Bangladesh)"


# ---------------------------------------------------------------- a named group's own dead are no second side
def test_a_gangs_own_dead_are_no_side_the_force_it_fired_on_is() -> None:
    text = ("On 9 June 2022, MS-13 members fired on an army patrol near Usulutan; one soldier was wounded and one "
            "gang member killed.")
    sides = _resolve(text, "Battles", "Armed clash", [("actor1", "MS-13 members"), ("actor2", "gang member")],
                     place="Usulutan", country="SV", published=_WHEN)
    assert sides["actor1"] == "MS-13: Mara Salvatrucha"
    assert sides["actor2"].startswith("Military Forces of El Salvador")


# ---------------------------------------------------------------- the group the note's sources blame
def test_gunmen_blamed_on_a_communitys_armed_group_are_its_militia() -> None:
    text = ("On 10 June 2022, gunmen shot dead two farmers in their fields in Churachandpur district. Village "
            "leaders blamed a Kuki armed group.")
    sides = _resolve(text, "Violence against civilians", "Attack", [("actor1", "gunmen"), ("actor2", "farmers")],
                     place="Churachandpur", country="IN", published=_WHEN)
    assert sides["actor1"] == "Kuki Ethnic Militia (India)"


def test_gunmen_stay_unidentified_where_the_note_says_they_are_unknown() -> None:
    text = ("On 11 June 2022, gunmen shot dead two farmers in Churachandpur district. Some blamed a Kuki armed group, "
            "but the attackers have not been identified.")
    sides = _resolve(text, "Violence against civilians", "Attack", [("actor1", "gunmen"), ("actor2", "farmers")],
                     place="Churachandpur", country="IN", published=_WHEN)
    assert sides["actor1"] == "Unidentified Armed Group (India)"
