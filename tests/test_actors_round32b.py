"""Issue 3, actors round 32b (session 32): who acted and who was acted on, from the Kenya train side nearest the test
era (ACLED Kenya dev, 2013-2015) and two notes of the spent world notes 59.

- Two communities a note names right after an unnamed plural side ("two militias, the Rendille and the Borana, fought")
  are the battle's two sides in the order named, not an unidentified militia against the first of them.
- Press spellings of Kenyan clans: 'Gare' for Garre; Garissa's Abduwak clan under ACLED's name, also spelt Abdiwak.
- A community's "armed ... youth" is its militia; unarmed "Somali youth" stay the people they are.
- The state force a device went off for as it passed ("as a DRG team returned from an operation") is the side hit.
Our own sentences about invented incidents in real places; the events are built here so that only the actor rules
are tested.
"""

from __future__ import annotations

from datetime import date

from test_actors_round29 import _resolve

from crosstally.actors import resolve_mention

_WHEN = date(2015, 3, 2)
_REMOTE = "Explosions/Remote violence"
_IED = "Remote explosive/landmine/IED"


# ---------------------------------------------------------------- communities named after an unnamed plural
def test_communities_named_after_rival_militia_groups_are_the_two_sides() -> None:
    text = ("Six people were killed near Moyale on 1 March when rival militia groups fought over a water point: "
            "two militias, Borana and Gabra, exchanged fire until dusk.")
    sides = _resolve(text, "Battles", "Armed clash",
                     [("actor1", "two militias"), ("actor2", "Borana and Gabra")], place="Moyale",
                     published=_WHEN)
    assert sides["actor1"] == "Borana Ethnic Militia (Kenya)"
    assert sides["actor2"] == "Gabra Ethnic Militia (Kenya)"


def test_two_militias_then_the_named_pair_with_articles() -> None:
    text = "Fighting broke out near Marsabit between two militias, the Rendille and the Borana; four herders died."
    sides = _resolve(text, "Battles", "Armed clash",
                     [("actor1", "two militias"), ("actor2", "Rendille and the Borana")], place="Marsabit",
                     published=_WHEN)
    assert sides["actor1"] == "Rendille Ethnic Militia (Kenya)"
    assert sides["actor2"] == "Borana Ethnic Militia (Kenya)"


# ---------------------------------------------------------------- press spellings of Kenyan clans
def test_gare_is_a_spelling_of_garre() -> None:
    actor, _ = resolve_mention("Gare clan militia", "KE", _WHEN)
    assert actor is not None and actor.name == "Garre Ethnic Militia (Kenya)"


def test_the_abduwak_clan_under_acleds_name() -> None:
    text = "Fighting between the Ajuran and Abdiwak clans near Garissa on 1 March left three men dead."
    sides = _resolve(text, "Battles", "Armed clash",
                     [("actor1", "Ajuran and Abdiwak clans"), ("actor2", "Abdiwak clans")], published=_WHEN)
    assert sides["actor1"] == "Ajuran Ethnic Militia (Kenya)"
    assert sides["actor2"] == "Abduwak Ethnic Militia (Kenya)"


# ---------------------------------------------------------------- armed youth of a community
def test_armed_youth_of_a_community_are_its_militia() -> None:
    actor, _ = resolve_mention("armed Toposa youth", "SS", _WHEN)
    assert actor is not None and actor.name == "Toposa Ethnic Militia (South Sudan)"
    actor, _ = resolve_mention("armed Turkana youths", "KE", _WHEN)
    assert actor is not None and actor.name == "Turkana Ethnic Militia (Kenya)"


def test_unarmed_somali_youth_stay_civilians() -> None:
    actor, _ = resolve_mention("Somali youth", "KE", _WHEN)
    assert actor is None or actor.inter != 4


# ---------------------------------------------------------------- the force a device went off for as it passed
def test_the_force_a_device_went_off_for_as_it_returned_is_the_side_hit() -> None:
    text = ("On 3 May 2022, Maoists set off an IED on a dirt road near Bijapur as a DRG team returned from a search "
            "operation. Two jawans were hurt.")
    sides = _resolve(text, _REMOTE, _IED,
                     [("actor1", "Maoists"), ("actor2", "road")], place="Bijapur", country="IN",
                     published=date(2022, 5, 4))
    assert sides["actor1"].startswith("CPI (Maoist)")
    assert sides["actor2"].startswith("Police Forces of India")


def test_a_market_crowd_passing_is_no_force() -> None:
    text = ("On 3 May 2022, a bomb went off in a market in Mogadishu as shoppers passed a row of stalls, wounding "
            "five people.")
    sides = _resolve(text, _REMOTE, _IED,
                     [("actor2", "five people")], place="Mogadishu", country="SO", published=date(2022, 5, 4))
    assert not sides.get("actor2", "").startswith(("Police", "Military"))
