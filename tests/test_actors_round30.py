"""Issue 3, actors round 30 (session 30): who acted (actor1) and who was acted on (actor2), by mechanisms that are not
about one region (what failed on the spent world notes 55-57, checked against the train side).

- A state's force named by its nationality: the nationality cut from its force word ("Azerbaijani" | "troops"), a
  state's servicemen, assault groups, posts and positions, a weapon "believed to be American", fire "from the Tajik
  side"; at one place the force word nearest the nationality decides ("a Kenyan police post").
- Another state's force reached by a shared acronym is never a note's militants or supporters ("PNP militants" in
  Togo are not the Philippine police).
- Remote violence: a force the parse left associated as a bomb's dead is the side hit, not the civilians of a bare
  count; a force's vehicle "was hit by" a device is the side hit, the group named the bomber.
- A group that mourns the dead as its fighters, or says its fighters died, is the side acted on; a two-character
  acronym with a digit ("3R") is a group the note can blame.
- ACLED's names for a clan's or tribe's men the knowledge base lacks ("Aqidat Tribal Militia (Syria)", "Marehan Clan
  Militia (Somalia)"); an agreement's two parties joined in one mention (many unnamed groups are no one party); the
  dead of a fight between two unnamed clans are its sides' men, not civilians.
- Knowledge-base names ACLED uses: AQIM and its Tunisian brigade, the Central General Staff's fronts, Pakistan's FC
  personnel, Mozambique's IS-M.
Our own sentences about invented incidents in real places; the events are built here so that only the actor rules
are tested.
"""

from __future__ import annotations

from datetime import date

from test_actors_round29 import _resolve as _resolve_event  # one event through resolve_actors

from crosstally.actors import national_force, resolve_mention

_REMOTE = "Explosions/Remote violence"


def _resolve(text: str, etype: str, sub: str, mentions: list[tuple[str, str]], place: str, country: str,
             published: date = date(2022, 6, 10)) -> dict[str, str]:
    """Round 29's event builder (the actor rules alone), with this round's place, country and date."""
    return _resolve_event(text, etype, sub, mentions, place=place, published=published, country=country)


def _name(mention: str, country: str, when: date = date(2022, 6, 10)) -> str | None:
    actor, _ = resolve_mention(mention, country, when)
    return actor.name if actor is not None else None


# ---------------------------------------------------------------- a state's force by its nationality
def test_a_nationality_cut_from_its_force_word_names_that_state_s_force() -> None:
    text = "Azerbaijani troops pushed toward hill posts east of Jermuk on 4 May and a firefight followed."
    sides = _resolve(text, "Battles", "Armed clash", [("actor1", "Azerbaijani")], place="Jermuk", country="AM")
    assert sides["actor1"].startswith("Military Forces of Azerbaijan")


def test_servicemen_assault_groups_posts_and_positions_are_a_state_s_military() -> None:
    assert (_name("a Tajik serviceman", "KG") or "").startswith("Military Forces of Tajikistan")
    assert (_name("Russian assault groups", "UA") or "").startswith("Military Forces of Russia")
    assert (_name("a Kyrgyz post", "KG") or "").startswith("Military Forces of Kyrgyzstan")
    assert (_name("Armenian positions", "AM") or "").startswith("Military Forces of Armenia")
    # at one place the force word nearest the nationality decides: a police post is the police's
    found = national_force("a Kenyan police post", "KE", date(2014, 6, 10))
    assert found is not None and found[0].name.startswith("Police Forces of Kenya")


def test_a_weapon_believed_to_be_a_state_s_is_that_state_s_force() -> None:
    found = national_force("A drone believed to be American struck a pickup outside Ataq.", "YE", date(2019, 3, 2))
    assert found is not None and found[0].name.startswith("Military Forces of the United States")


def test_fire_from_a_state_s_side_of_the_frontier_is_its_military_s() -> None:
    found = national_force("Mortar fire from the Tajik side fell on a school yard in Kok-Tash.", "KG",
                           date(2022, 9, 15))
    assert found is not None and found[0].name.startswith("Military Forces of Tajikistan")


def test_another_state_s_force_by_a_shared_acronym_is_no_note_s_militants() -> None:
    assert not (_name("PNP militants", "TG") or "").startswith("Police Forces of the Philippines")
    assert (_name("PNP militants", "PH") or "").startswith("Police Forces of the Philippines")


# ---------------------------------------------------------------- remote violence: the side hit
def test_a_bomb_s_dead_soldiers_left_associated_are_the_side_hit() -> None:
    text = "A landmine went off under an army truck on the road north of Dori on 3 May. Three soldiers died."
    sides = _resolve(text, _REMOTE, "Remote explosive/landmine/IED", [("assoc_actor_1", "soldiers")], place="Dori",
                     country="BF")
    assert sides.get("actor2", "").startswith("Military Forces of Burkina Faso")


def test_a_force_s_vehicle_hit_by_a_device_is_the_side_hit() -> None:
    text = "An Afghan army truck was struck by a mine the Taliban had buried on a track in Maiwand district on 5 March."
    sides = _resolve(text, _REMOTE, "Remote explosive/landmine/IED", [("actor1", "Afghan army")], place="Maiwand",
                     country="AF", published=date(2020, 3, 5))
    assert sides["actor1"] == "Taliban"
    assert sides["actor2"].startswith("Military Forces of Afghanistan")


def test_a_group_that_mourns_the_dead_as_its_fighters_is_the_side_hit() -> None:
    text = ("A drone strike hit a van at the edge of Bint Jbeil on 9 March, killing three men later mourned by "
            "Hezbollah as fighters.")
    sides = _resolve(text, _REMOTE, "Air/drone strike", [], place="Bint Jbeil", country="LB",
                     published=date(2024, 3, 9))
    assert sides.get("actor2") == "Hezbollah"


def test_a_group_that_says_its_fighters_died_is_the_side_hit() -> None:
    text = ("A FAMa drone hit a truck near Tessalit on 12 April. The CSP-DPA rebel coalition said two of its "
            "fighters were killed.")
    sides = _resolve(text, _REMOTE, "Air/drone strike", [("actor1", "FAMa")], place="Tessalit", country="ML",
                     published=date(2024, 4, 12))
    assert sides["actor2"].startswith("CSP-DPA")


def test_a_two_character_acronym_with_a_digit_is_a_group_the_note_can_blame() -> None:
    text = "A mine destroyed a cart on the road out of Bocaranga on 8 June, killing its driver; the army blamed 3R."
    sides = _resolve(text, "Violence against civilians", "Attack", [("actor2", "driver")], place="Bocaranga",
                     country="CF")
    assert sides["actor1"] == "3R: Return, Reclamation, Rehabilitation"


# ---------------------------------------------------------------- ACLED's names for clans, tribes, agreements
def test_a_named_tribe_or_clan_is_its_militia_by_acled_s_naming() -> None:
    assert _name("Shammar tribal elders", "IQ") == "Shammar Tribal Militia (Iraq)"
    assert _name("the Marehan clan", "SO") == "Marehan Clan Militia (Somalia)"
    # a community the knowledge base lists keeps its own entry
    assert _name("Kikuyu clan", "KE") == "Kikuyu Ethnic Militia (Kenya)"


def test_an_agreement_s_two_parties_joined_in_one_mention() -> None:
    text = "JNIM commanders and Dozo hunters from villages near Djenne agreed a truce for the harvest on 2 October."
    sides = _resolve(text, "Strategic developments", "Agreement",
                     [("actor1", "JNIM commanders and Dozo hunters")], place="Djenne", country="ML")
    assert sides["actor1"].startswith("JNIM")
    assert sides["actor2"] == "Dozo Communal Militia"
    # many unnamed groups are no one party
    text = "The government and nine armed groups signed a ceasefire in Bambari on 14 March."
    sides = _resolve(text, "Strategic developments", "Agreement", [("actor1", "government and nine armed groups")],
                     place="Bambari", country="CF")
    assert "actor2" not in sides


def test_the_dead_of_a_fight_between_two_unnamed_clans_are_its_sides_men() -> None:
    text = "Two clans fought with shotguns near Wabag on 2 May; four men were killed."
    sides = _resolve(text, "Battles", "Armed clash", [("actor1", "clans"), ("actor2", "men")], place="Wabag",
                     country="PG")
    assert sides["actor1"] == "Unidentified Clan Militia (Papua New Guinea)"
    assert sides["actor2"] == "Unidentified Clan Militia (Papua New Guinea)"
    # a bystander the note names is still a victim, not a side
    text = "Two clans fought with shotguns near Wabag on 2 May; a bystander was killed."
    sides = _resolve(text, "Battles", "Armed clash", [("actor1", "clans"), ("actor2", "bystander")], place="Wabag",
                     country="PG")
    assert sides.get("actor2") != "Unidentified Clan Militia (Papua New Guinea)"


# ---------------------------------------------------------------- knowledge-base names
def test_knowledge_base_names_acled_uses() -> None:
    assert _name("the Okba Ibn Nafaa brigade", "TN") == "AQIM: Al Qaeda in the Islamic Maghreb"
    assert _name("Carlos Patino front", "CO") == "FARC Dissident (Central General Staff)"
    assert (_name("FC personnel", "PK") or "").startswith("Military Forces of Pakistan")
    assert _name("IS-M fighters", "MZ") == "Islamic State (Mozambique)"
