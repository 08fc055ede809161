"""Issue 3, actors round 33b (session 33): who acted and who was acted on, from the actor misses of all spent world
notes sorted by cause.

- Looting or destruction of people's houses, shops, vehicles or animals acts on the civilians they belonged to
  (from 2016); offices and masts name no civilians.
- From 2016 an attacker of civilians the note calls only armed men ("gunmen") is the unidentified armed group even
  where herders were hit or stock taken; raiders and a named community's men stay its militia.
- Ethiopia's OLA and South Sudan's SPLM/A-IO under ACLED's current names.
Our own sentences about invented incidents in real places; the events are built here so that only the actor rules
are tested.
"""

from __future__ import annotations

from datetime import date

from test_actors_round29 import _resolve

from crosstally.actors import resolve_mention

_SD = "Strategic developments"
_LOOT = "Looting/property destruction"


# ---------------------------------------------------------------- people's property looted or destroyed
def test_houses_burned_are_the_civilians_property() -> None:
    text = "On 9 May 2021, armed men burned 15 houses in a village near Marigat, Baringo. Nobody was hurt."
    sides = _resolve(text, _SD, _LOOT, [("actor1", "armed men")], place="Marigat", published=date(2021, 5, 9))
    assert sides["actor1"] == "Unidentified Armed Group (Kenya)"
    assert sides["actor2"] == "Civilians (Kenya)"


def test_cars_set_alight_abroad_are_the_civilians_property() -> None:
    text = "On 2 April 2022, unknown people set fire to three parked cars in a street of Vranje overnight; nobody was hurt."
    sides = _resolve(text, _SD, _LOOT, [("actor1", "unknown people")], place="Vranje",
                     published=date(2022, 4, 2), country="RS")
    assert sides["actor2"] == "Civilians (Serbia)"


def test_a_mast_torched_names_no_civilians() -> None:
    text = "On 7 July 2020, suspected militants set fire to a telecommunications mast outside Elwak, Mandera."
    sides = _resolve(text, _SD, _LOOT, [("actor1", "suspected militants")], place="Elwak",
                     published=date(2020, 7, 7))
    assert "actor2" not in sides


# ---------------------------------------------------------------- a raid's unnamed men
def test_gunmen_who_took_goats_in_a_later_year_are_the_unidentified_armed_group() -> None:
    text = "On 4 April 2020, gunmen shot a herder near Tot, Elgeyo Marakwet, and drove off 150 of his goats."
    sides = _resolve(text, "Violence against civilians", "Attack", [("actor1", "gunmen"), ("actor2", "herder")],
                     place="Tot", published=date(2020, 4, 4))
    assert sides["actor1"] == "Unidentified Armed Group (Kenya)"
    assert sides["actor2"] == "Civilians (Kenya)"


def test_gunmen_who_took_goats_in_2014_stay_an_ethnic_militia() -> None:
    text = "Gunmen shot a herder near Tot, Elgeyo Marakwet, and drove off 150 of his goats."
    sides = _resolve(text, "Violence against civilians", "Attack", [("actor1", "Gunmen"), ("actor2", "herder")],
                     place="Tot", published=date(2014, 4, 4))
    assert sides["actor1"] == "Unidentified Ethnic Militia (Kenya)"


def test_raiders_named_as_such_stay_the_unnamed_communitys_militia() -> None:
    text = "On 4 April 2020, raiders drove off 150 goats from a homestead near Tot and shot a herder."
    sides = _resolve(text, "Violence against civilians", "Attack", [("actor1", "raiders"), ("actor2", "herder")],
                     place="Tot", published=date(2020, 4, 4))
    assert sides["actor1"] == "Unidentified Ethnic Militia (Kenya)"


def test_a_named_communitys_raiders_stay_its_militia() -> None:
    text = "On 4 April 2020, Pokot raiders drove off 150 goats from a homestead near Tot and shot a herder."
    sides = _resolve(text, "Violence against civilians", "Attack", [("actor1", "Pokot raiders"), ("actor2", "herder")],
                     place="Tot", published=date(2020, 4, 4))
    assert sides["actor1"] == "Pokot Ethnic Militia (Kenya)"


# ---------------------------------------------------------------- knowledge base entries under ACLED's names
def test_ola_fighters_are_named_under_acleds_current_name() -> None:
    actor, _ = resolve_mention("OLA fighters", "ET", date(2022, 5, 1))
    assert actor is not None and actor.name == "OLA: Oromo Liberation Army"


def test_olf_rebels_stay_the_olf_not_the_ola_one_letter_away() -> None:
    """'OLF rebels' is one letter from the OLA's alias 'OLA rebels': the OLF's own entry must hold it (train side,
    ACLED Kenya dev: a 2005 note of OLF rebels coded 'OLF: Oromo Liberation Front')."""
    actor, _ = resolve_mention("Suspected OLF rebels", "KE", date(2005, 6, 1))
    assert actor is not None and actor.name == "OLF: Oromo Liberation Front"


def test_spla_io_is_named_with_its_qualifier_in_brackets() -> None:
    actor, _ = resolve_mention("SPLA-IO", "SS", date(2021, 5, 1))
    assert actor is not None and actor.name == "SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)"
