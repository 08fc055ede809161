"""Issue 3, actors round 31c (session 31, third round): the sides of a battle with a guard, and a battle's unnamed
attacker.

- Guards and watchmen of a farm, a firm, a bank or a shop are "Private Security Forces (X)" in every country, as
  Kenya's knowledge-base entry named them already; a state's guards keep their force (prison and police guards the
  police, a presidential or republican guard and a coast guard the military); a bodyguard is no guard; Kenya's home
  guards are ACLED's "Home Guards".
- A battle whose first side is an unidentified group and whose second side is only a guard or a force named beside
  it ("robbers raided a shop; the night guard shot one of them before he was killed") was fought with that guard or
  force: it is actor2, never the first side's own mention again. A bare count of guards after a mention naming both
  sides ("soldiers and royal guards fought; three guards died") counts a named side's dead: the sides stay as named.
- A battle's first side that resolves to nobody ("a group of men armed with pangas") is the country's unidentified
  armed group, never a raw phrase.
Our own sentences about invented incidents in real places; the events are built here so that only the actor rules
are tested.
"""

from __future__ import annotations

from datetime import date

from test_actors_round29 import _resolve as _resolve_event  # one event through resolve_actors

_CLASH = ("Battles", "Armed clash")


def _resolve(mentions: list[tuple[str, str]], text: str, place: str, country: str,
             published: date = date(2022, 3, 9)) -> dict[str, str]:
    """Round 29's event builder (the actor rules alone) for an armed clash, with this round's place and country."""
    return _resolve_event(text, *_CLASH, mentions, place=place, published=published, country=country)


# ---------------------------------------------------------------- private guards in every country
def test_a_farm_guard_shot_by_gunmen_is_the_countrys_private_security_forces() -> None:
    text = "On 4 March 2022, gunmen shot dead a farm guard at a sugar estate near Jinja."
    sides = _resolve([("actor1", "gunmen"), ("actor2", "farm guard")], text, "Jinja", "UG")
    assert sides["actor1"] == "Unidentified Armed Group (Uganda)"
    assert sides["actor2"] == "Private Security Forces (Uganda)"


def test_a_guard_killed_by_a_named_group_is_private_security_not_a_raw_word() -> None:
    text = "On 6 March 2022, fighters of Boko Haram robbed a shop in Maiduguri and killed a guard."
    sides = _resolve([("actor1", "Boko Haram"), ("actor2", "guard")], text, "Maiduguri", "NG")
    assert sides["actor2"] == "Private Security Forces (Nigeria)"


def test_a_states_guards_keep_their_force() -> None:
    for words, force in (("prison guard", "Police Forces of Uganda"), ("presidential guards", "Military Forces of Uganda"),
                         ("coast guard", "Military Forces of Uganda")):
        text = f"On 7 March 2022, gunmen fired at a {words} post near Entebbe; the {words} fired back."
        sides = _resolve([("actor1", "gunmen"), ("actor2", words)], text, "Entebbe", "UG")
        assert sides["actor2"].startswith(force), (words, sides)


def test_kenyas_home_guards_are_acleds_home_guards_not_private_security() -> None:
    text = "On 12 March 2022, home guards exchanged fire with cattle raiders near Kapedo; two raiders were killed."
    sides = _resolve([("actor1", "home guards"), ("actor2", "cattle raiders")], text, "Kapedo", "KE")
    assert sides["actor1"] == "Home Guards"


# ---------------------------------------------------------------- the guard named beside a battle is its other side
def test_robbers_and_a_night_guard_named_beside_them_fought_each_other() -> None:
    text = ("On 8 March 2022, robbers broke into a hardware shop in Nakuru. The night guard shot one of them dead "
            "before he was himself killed.")
    sides = _resolve([("actor1", "robbers"), ("assoc_actor_1", "night guard")], text, "Nakuru", "KE")
    assert sides["actor1"] == "Unidentified Armed Group (Kenya)"
    assert sides["actor2"] == "Private Security Forces (Kenya)"


def test_a_security_guard_beside_an_unnamed_group_is_the_other_side_in_any_country() -> None:
    text = "On 9 March 2022, armed men attacked a warehouse in Kumasi; a security guard fired at them and was wounded."
    sides = _resolve([("actor1", "armed men"), ("assoc_actor_2", "security guard")], text, "Kumasi", "GH")
    assert sides["actor1"] == "Unidentified Armed Group (Ghana)"
    assert sides["actor2"] == "Private Security Forces (Ghana)"


# ---------------------------------------------------------------- an unresolved attacker in a battle
def test_an_unresolved_attacker_in_a_battle_is_the_unidentified_armed_group() -> None:
    text = ("On 10 March 2022, a group of men armed with pangas broke into a church office in Kisumu and killed the "
            "watchman.")
    sides = _resolve([("actor1", "group of men armed with pangas"), ("actor2", "watchman")], text, "Kisumu", "KE")
    assert sides["actor1"] == "Unidentified Armed Group (Kenya)"
    assert sides["actor2"] == "Private Security Forces (Kenya)"


def test_an_unresolved_community_in_a_battle_is_its_unnamed_militia() -> None:
    text = "On 11 March 2022, two unnamed sub tribes clashed over a borehole near Marsabit; one man was killed."
    sides = _resolve([("actor1", "unnamed sub tribes")], text, "Marsabit", "KE")
    assert sides["actor1"] == "Unidentified Ethnic Militia (Kenya)"


def test_a_bare_count_of_guards_after_a_conjunct_of_both_sides_keeps_the_named_sides() -> None:
    text = "On 13 March 2022, UPDF soldiers and armed Obusinga royal guards fought in Kasese town; three guards died."
    sides = _resolve([("actor1", "UPDF soldiers and armed Obusinga royal guards"), ("actor2", "guards")], text,
                     "Kasese", "UG")
    assert sides["actor1"].startswith("Military Forces of Uganda")
    assert sides["actor2"] == "Rwenzururu Royal Guards"
