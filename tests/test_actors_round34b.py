"""Issue 3, actors round 34b (session 34): actor misses of the spent world notes outside Kenya, by cause.

- A group that mourns a dead man "as a fighter" (a, not its) is the side hit, never the attacker; a nationality's
  strike then keeps its force as actor1, without the unidentified placeholder as an associate.
- A harm the note denies ("Nobody was hurt") names no victim; outside Kenya's state-first order a blast that hurt
  no one acts on civilians only through their property (a house, a car), not a depot or open ground.
- A named armed group told as the subject of the attack ("militants opened fire on a police post") attacked first,
  the force whose men died second.
- Unclaimed shelling of Ukraine's towns is Russia's forces', as its unclaimed air strikes already were.
- Armed people the knowledge base names by a plain word in one country ('settlers' in Palestine) are that group when
  the parse took the villagers for the attackers or found none.
- A battle's state force named only by its acronym is the second side.
Our own sentences about invented incidents in real places; the events are built here so that only the actor rules
are tested.
"""

from __future__ import annotations

from datetime import date

from test_actors_round29 import _resolve

from crosstally.actors import resolve_actors
from crosstally.records import ActorMention, DateClaim, Document, Event, Extraction, Location, Span

_EXPL = "Explosions/Remote violence"
_AIR = "Air/drone strike"
_SHELL = "Shelling/artillery/missile attack"


def _actors(text: str, etype: str, sub: str, mentions: list[tuple[str, str]], place: str, published: date,
            country: str) -> list[tuple[str, str, str]]:
    """Every resolved actor of the one event: (role, name, mention), associates included."""
    spans = []
    for role, words in mentions:
        start = text.index(words)
        spans.append(ActorMention(role=role, name=words, mention=words, evidence=[Span(start, start + len(words))]))
    ev = Event(etype, sub, location=Location(name=place, country_code=country), actors=spans,
               evidence=[Span(0, len(text))])
    ev.date = DateClaim(start=published, end=published, precision=1)
    resolve_actors(Extraction(document=Document(text=text, published=published), events=[ev]))
    return [(a.role, a.name, a.mention or "") for a in ev.actors]


# ---------------------------------------------------------------- the dead a group mourns as its own
def test_group_mourning_a_dead_man_as_a_fighter_is_the_side_hit() -> None:
    text = ("On 2 February 2024, an Israeli air strike hit a pickup on the road outside Houla, killing the driver. "
            "Hezbollah later mourned him as a fighter.")
    sides = _resolve(text, _EXPL, _AIR, [("actor2", "driver")], place="Houla", published=date(2024, 2, 2),
                     country="LB")
    assert sides["actor1"].startswith("Military Forces of Israel")
    assert sides["actor2"] == "Hezbollah"


def test_nationality_strike_leaves_no_unidentified_placeholder_behind() -> None:
    text = "On 2 February 2024, an Israeli air strike hit a pickup on the road outside Houla, killing the driver."
    found = _actors(text, _EXPL, _AIR, [("actor2", "driver")], "Houla", date(2024, 2, 2), "LB")
    assert found[0][1].startswith("Military Forces of Israel")
    assert not any(name.startswith("Unidentified") for _, name, _ in found)


# ---------------------------------------------------------------- no one hurt
def test_denied_harm_is_not_the_evidence_of_civilians() -> None:
    text = "On 5 March 2024, a drone struck a grain warehouse on the edge of Reni (Odesa) overnight. Nobody was hurt."
    sides = _resolve(text, _EXPL, _AIR, [], place="Reni", published=date(2024, 3, 5), country="UA")
    assert "actor2" not in sides


def test_blast_that_hurt_no_one_at_a_house_still_hit_its_civilians() -> None:
    text = "On 5 March 2024, a drone struck a house on the edge of Reni (Odesa) overnight. Nobody was hurt."
    found = _actors(text, _EXPL, _AIR, [], "Reni", date(2024, 3, 5), "UA")
    civ = [(role, mention) for role, name, mention in found if name.startswith("Civilians")]
    assert civ == [("actor2", "house")]


def test_blast_that_hurt_no_one_at_a_depot_has_no_side_hit() -> None:
    text = ("On 11 June 2023, a drone struck a fuel depot outside Marib city overnight, starting a fire. No casualties "
            "were reported.")
    sides = _resolve(text, _EXPL, _AIR, [], place="Marib", published=date(2023, 6, 11), country="YE")
    assert "actor2" not in sides


def test_blast_that_hurt_no_one_still_names_no_victim_when_denied_in_other_words() -> None:
    text = "On 20 August 2022, a bomb went off beside a telecom mast in Cauca's Suarez district; no one was injured."
    sides = _resolve(text, _EXPL, "Remote explosive/landmine/IED", [], place="Suarez", published=date(2022, 8, 20),
                     country="CO")
    assert "actor2" not in sides


def test_blast_that_killed_people_still_has_civilians_hit() -> None:
    text = "On 20 August 2022, a bomb went off beside a bus stop in Suarez, killing two people; no group claimed it."
    sides = _resolve(text, _EXPL, "Remote explosive/landmine/IED", [], place="Suarez", published=date(2022, 8, 20),
                     country="CO")
    assert sides["actor2"].startswith("Civilians")


def test_kenya_order_keeps_civilians_where_no_one_was_hurt() -> None:
    text = "A grenade was hurled at a county office in Mandera town on 3 May; no injuries were reported."
    sides = _resolve(text, _EXPL, "Grenade", [], place="Mandera", published=date(2014, 5, 3), country="KE")
    assert sides["actor2"] == "Civilians (Kenya)"


# ---------------------------------------------------------------- the group that attacked first
def test_group_that_opened_fire_on_a_post_attacked_first() -> None:
    text = ("On 12 March 2022, IS militants opened fire on an army checkpoint near Tarmiyah (Baghdad). Two soldiers "
            "were killed before reinforcements arrived.")
    sides = _resolve(text, "Battles", "Armed clash", [("actor1", "soldiers")], place="Tarmiyah",
                     published=date(2022, 3, 12), country="IQ")
    assert sides["actor1"] == "Islamic State (Iraq)"
    assert sides["actor2"].startswith("Military Forces of Iraq")


def test_force_that_attacked_a_group_stays_first() -> None:
    text = ("On 12 March 2022, soldiers attacked an IS hideout near Tarmiyah (Baghdad). Two soldiers were killed in "
            "the exchange.")
    sides = _resolve(text, "Battles", "Armed clash", [("actor1", "soldiers")], place="Tarmiyah",
                     published=date(2022, 3, 12), country="IQ")
    assert sides["actor1"].startswith("Military Forces of Iraq")


# ---------------------------------------------------------------- unclaimed shelling of Ukraine's towns
def test_unclaimed_shelling_of_a_ukrainian_town_is_russias() -> None:
    text = "On 14 June 2024, Kherson city came under artillery fire from the east bank overnight; a man of 58 was hurt."
    sides = _resolve(text, _EXPL, _SHELL, [("actor2", "man of 58")], place="Kherson", published=date(2024, 6, 14),
                     country="UA")
    assert sides["actor1"] == "Military Forces of Russia (2000-)"
    assert sides["actor2"] == "Civilians (Ukraine)"


def test_shelling_by_a_named_force_stays_that_force() -> None:
    text = "On 14 June 2024, Ukrainian artillery shelled positions near Oleshky (Kherson); no casualties were given."
    sides = _resolve(text, _EXPL, _SHELL, [], place="Oleshky", published=date(2024, 6, 14), country="UA")
    assert sides["actor1"].startswith("Military Forces of Ukraine")


def test_unclaimed_shelling_elsewhere_stays_unidentified() -> None:
    text = "On 14 June 2024, mortar rounds hit the outskirts of Kidal overnight, wounding a herder."
    sides = _resolve(text, _EXPL, _SHELL, [("actor2", "herder")], place="Kidal", published=date(2024, 6, 14),
                     country="ML")
    assert "Russia" not in sides.get("actor1", "")


# ---------------------------------------------------------------- armed people named by a plain word
def test_settlers_who_attacked_a_village_are_settlers_not_the_villagers() -> None:
    text = ("On 4 April 2024, settlers from a nearby outpost entered Al-Mughayyir, north-east of Ramallah, and set a "
            "house on fire; a farmer was shot in the leg as villagers tried to stop them.")
    sides = _resolve(text, "Violence against civilians", "Attack", [("actor1", "villagers"), ("actor2", "farmer")],
                     place="Al-Mughayyir", published=date(2024, 4, 4), country="PS")
    assert sides["actor1"] == "Settlers (Israel)"
    assert sides["actor2"] == "Civilians (Palestine)"


def test_settlers_who_burnt_cars_are_the_looters() -> None:
    text = "On 4 April 2024, a group of masked settlers burnt three cars on the edge of Sinjil, north of Ramallah."
    sides = _resolve(text, "Strategic developments", "Looting/property destruction", [], place="Sinjil",
                     published=date(2024, 4, 4), country="PS")
    assert sides["actor1"] == "Settlers (Israel)"


def test_settlers_elsewhere_are_no_israeli_group() -> None:
    text = "On 4 April 2024, unknown attackers burnt three cars belonging to settlers near Kitale."
    sides = _resolve(text, "Strategic developments", "Looting/property destruction", [], place="Kitale",
                     published=date(2024, 4, 4), country="KE")
    assert "Israel" not in sides.get("actor1", "")


# ---------------------------------------------------------------- a battle's force named by its acronym only
def test_force_named_only_by_its_acronym_is_the_second_side() -> None:
    text = "On 6 June 2024, Fano went after ENDF positions on the edge of Bahir Dar; the fighting lasted into the evening."
    sides = _resolve(text, "Battles", "Armed clash", [("actor1", "Fano")], place="Bahir Dar",
                     published=date(2024, 6, 6), country="ET")
    assert sides["actor1"] == "Fano Militia"
    assert sides["actor2"].startswith("Military Forces of Ethiopia")


def test_another_countrys_acronym_is_not_the_second_side() -> None:
    text = "On 6 June 2024, Fano went after a camp near Metema that SAF deserters had used; the fighting lasted hours."
    sides = _resolve(text, "Battles", "Armed clash", [("actor1", "Fano")], place="Metema",
                     published=date(2024, 6, 6), country="ET")
    assert "Sudan" not in sides.get("actor2", "")


def test_no_casualty_figures_is_no_statement_that_no_one_was_hurt() -> None:
    text = "On 2 April 2025, American jets struck targets around Hodeidah port. Officials there gave no casualty figures."
    sides = _resolve(text, _EXPL, _AIR, [], place="Hodeidah", published=date(2025, 4, 2), country="YE")
    assert sides["actor2"] == "Civilians (Yemen)"
