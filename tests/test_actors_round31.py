"""Issue 3, actors round 31 (session 31): who acted (actor1) and who was acted on (actor2), by mechanisms that are not
about one region (what failed on the spent world notes 58, checked against the train side).

- A riot between two kin groups or places ("two extended families clashed", "rival clans clash", "a brawl
  between opposing factions", "Kenyan and Ugandan youth clash") is a crowd against a crowd: actor2 is the rioters too,
  not the civilians hurt in it.
- Two communities the knowledge base does not list, set against each other in one phrase of a battle ("Kusasi and
  Mamprusi gunmen exchanged fire", "a fight between the Kapchemur and Kiptenden clans"): each one's militia is a side,
  named as ACLED names an unlisted community's fighters ('<Name> Ethnic Militia (Country)', a clan's 'Clan Militia').
- Armed supporters or followers of someone the note names as no group are the unidentified armed group, so a battle
  whose subject names "troops and armed supporters" has both its sides.
- Gendarmes are the police force a note names, also where no actor mention carries them; a crowd that sets fire to a
  force's post attacks that force.
- Knowledge-base names ACLED uses: Senegal's PASTEF, Madagascar's dahalo.
Our own sentences about invented incidents in real places; the events are built here so that only the actor rules
are tested.
"""

from __future__ import annotations

from datetime import date

from test_actors_round29 import _resolve as _resolve_event  # one event through resolve_actors

from crosstally.actors import resolve_mention

_RIOT = "Riots"
_MOB = "Mob violence"


def _resolve(text: str, etype: str, sub: str, mentions: list[tuple[str, str]], place: str, country: str,
             published: date = date(2022, 6, 10)) -> dict[str, str]:
    """Round 29's event builder (the actor rules alone), with this round's place, country and date."""
    return _resolve_event(text, etype, sub, mentions, place=place, published=published, country=country)


# ---------------------------------------------------------------- a crowd against a crowd
def test_two_families_that_clash_are_rioters_on_both_sides() -> None:
    text = ("On 3 May 2022, two extended families in Viransehir clashed with sticks over a water channel; "
            "a man of 40 was badly hurt.")
    sides = _resolve(text, _RIOT, _MOB, [("actor1", "extended families"), ("actor2", "man of 40")],
                     place="Viransehir", country="TR")
    assert sides["actor1"] == "Rioters (Turkey)"
    assert sides["actor2"] == "Rioters (Turkey)"


def test_rival_clans_and_opposing_members_are_two_crowds() -> None:
    text = "Rival clans clash at a market in Isiolo over a stall; several traders were hurt."
    sides = _resolve(text, _RIOT, _MOB, [("actor1", "Rival clans"), ("actor2", "traders")], place="Isiolo",
                     country="KE", published=date(2014, 6, 10))
    assert sides["actor2"] == "Rioters (Kenya)"
    text = "A brawl started between opposing factions of a farmers' union at its meeting in Eldoret; two were hurt."
    sides = _resolve(text, _RIOT, _MOB, [("actor1", "opposing factions"), ("actor2", "two")], place="Eldoret",
                     country="KE", published=date(2014, 6, 10))
    assert sides["actor2"] == "Rioters (Kenya)"


def test_a_mob_that_beats_a_man_still_acts_on_a_civilian() -> None:
    # no fight between two crowds: the man a mob beat is its victim
    text = "A mob beat a man accused of theft at a market in Kisii; he died in hospital."
    sides = _resolve(text, _RIOT, _MOB, [("actor1", "mob"), ("actor2", "man")], place="Kisii", country="KE",
                     published=date(2014, 6, 10))
    assert sides["actor2"] == "Civilians (Kenya)"


# ---------------------------------------------------------------- communities nobody listed
def test_two_unlisted_communities_fighting_are_each_one_s_militia() -> None:
    text = ("On 2 April 2022, Konkomba and Chokosi gunmen exchanged fire outside Chereponi for two hours; "
            "three people were killed, a nurse said.")
    sides = _resolve(text, "Battles", "Armed clash", [("actor1", "Konkomba"), ("actor2", "people")],
                     place="Chereponi", country="GH")
    assert sides["actor1"] == "Konkomba Ethnic Militia (Ghana)"
    assert sides["actor2"] == "Chokosi Ethnic Militia (Ghana)"


def test_two_unlisted_clans_are_clan_militias() -> None:
    text = "A boy died in clashes over grazing land between the Kapchemur and Kiptenden clans near Tot."
    sides = _resolve(text, "Battles", "Armed clash", [("actor2", "boy")], place="Tot", country="KE",
                     published=date(2015, 7, 10))
    assert sides["actor1"] == "Kapchemur Clan Militia (Kenya)"
    assert sides["actor2"] == "Kiptenden Clan Militia (Kenya)"


def test_a_nationality_is_no_unlisted_community() -> None:
    # two states' people by their nationality stay what the other rules make them
    text = "Ugandan and Kenyan gunmen exchanged fire near Lokiriama; two were killed."
    sides = _resolve(text, "Battles", "Armed clash", [("actor1", "Ugandan and Kenyan gunmen")], place="Lokiriama",
                     country="KE", published=date(2014, 6, 10))
    assert not any("Ugandan Ethnic" in v or "Kenyan Ethnic" in v for v in sides.values())


# ---------------------------------------------------------------- armed supporters
def test_troops_and_armed_supporters_who_fought_are_the_two_sides() -> None:
    text = ("On 3 June 2022, government troops and armed supporters of a local elder fought in Rushan; officials "
            "said one officer and four others were killed.")
    sides = _resolve(text, "Battles", "Armed clash",
                     [("actor1", "government troops and armed supporters"), ("actor2", "officer and four others")],
                     place="Rushan", country="TJ")
    assert sides["actor1"].startswith("Military Forces of Tajikistan")
    assert sides["actor2"] == "Unidentified Armed Group (Tajikistan)"


def test_armed_supporters_of_a_fallen_regime_stay_its_loyalists() -> None:
    actor, _ = resolve_mention("armed supporters of the former regime", "SY", date(2025, 3, 7))
    assert actor is not None and actor.name.startswith("Former Military Forces of Syria")


# ---------------------------------------------------------------- gendarmes
def test_gendarmes_no_mention_carries_are_the_police_side_of_a_battle() -> None:
    text = ("On 4 March 2021, gendarmes following cattle thieves caught up with them near Betroka. Four of the "
            "bandits were shot dead.")
    sides = _resolve(text, "Battles", "Armed clash", [("actor2", "Four of the bandits")], place="Betroka",
                     country="MG", published=date(2021, 3, 7))
    assert (sides.get("actor1") or "").startswith("Police Forces of Madagascar")


def test_a_crowd_that_sets_fire_to_a_gendarmerie_post_faces_the_police() -> None:
    text = ("On 9 July 2021, residents of Kouroussa set fire to the gendarmerie post and blocked the main road after "
            "a young trader died in custody.")
    sides = _resolve(text, _RIOT, "Violent demonstration",
                     [("actor1", "residents of Kouroussa"), ("actor2", "young trader")], place="Kouroussa",
                     country="GN", published=date(2021, 7, 12))
    assert sides["actor1"] == "Rioters (Guinea)"
    assert sides["actor2"].startswith("Police Forces of Guinea")


# ---------------------------------------------------------------- knowledge base
def test_senegal_s_pastef_and_madagascar_s_dahalo_under_acled_s_names() -> None:
    actor, _ = resolve_mention("PASTEF activists", "SN", date(2023, 8, 1))
    assert actor is not None and actor.name.startswith("PASTEF: African Patriots of Senegal")
    actor, _ = resolve_mention("dahalo", "MG", date(2020, 10, 12))
    assert actor is not None and actor.name == "Dahalo Communal Militia (Madagascar)"
