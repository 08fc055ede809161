"""Issue 3, round 2: generic actors of countries the rules were not written on, as ACLED names them.

A "National Guard" outside Mexico is not Mexico's police; Kenya's state actors take the (2022-) period after
September 2022; people a note cannot identify who burn property are an unidentified armed group; unspecified
"security forces" that fire on a crowd are the police. All sentences are invented.
"""

from __future__ import annotations

from datetime import date

from crosstally.actors import resolve_actors, resolve_mention
from crosstally.actors._resolve import period_suffix
from crosstally.records import ActorMention, DateClaim, Document, Event, Extraction, Location, Span

VE = Location(name="Ciudad Bolivar", country="Venezuela", country_code="VE")
UG = Location(name="Kasese", country="Uganda", country_code="UG")
IR = Location(name="Zahedan", country="Iran", country_code="IR")


def _roles(text: str, etype: str, sub: str, mentions: list[tuple[str, str]], where: Location,
           when: date) -> dict[str, list[str]]:
    acts = []
    for role, words in mentions:
        at = text.index(words)
        acts.append(ActorMention(role, words, words, evidence=[Span(at, at + len(words))]))
    ev = Event(etype, sub, location=where, date=DateClaim(start=when, end=when, precision=1), actors=acts,
               evidence=[Span(0, len(text))])
    resolve_actors(Extraction(document=Document(text=text), events=[ev]))
    out: dict[str, list[str]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(a.name)
    return out


def test_kenya_periods_switch_in_september_2022() -> None:
    assert period_suffix("KE", date(2019, 5, 1)) == " (2013-2022)"
    assert period_suffix("KE", date(2023, 6, 24)) == " (2022-)"
    assert resolve_mention("police", "KE", date(2024, 3, 4))[0].name == "Police Forces of Kenya (2022-)"
    assert resolve_mention("KDF soldiers", "KE", date(2021, 7, 1))[0].name == "Military Forces of Kenya (2013-2022)"


def test_a_national_guard_outside_mexico_is_no_mexican_force() -> None:
    actor, _ = resolve_mention("National Guard soldiers", "VE", date(2019, 2, 22))
    assert actor is not None and actor.name.startswith("Military Forces of Venezuela")
    mx, _ = resolve_mention("national guard", "MX", date(2021, 5, 1))
    assert mx is not None and mx.name.startswith("Police Forces of Mexico")


def test_unknown_people_who_burn_property_are_an_unidentified_armed_group() -> None:
    text = "Unidentified people set fire to two classrooms of a primary school in Kasese overnight. Property destroyed."
    roles = _roles(text, "Strategic developments", "Looting/property destruction", [], UG, date(2024, 3, 3))
    assert roles.get("actor1") == ["Unidentified Armed Group (Uganda)"]
    crowd = "A crowd looted shops in Kasese market."
    roles = _roles(crowd, "Strategic developments", "Looting/property destruction", [("actor1", "A crowd")], UG,
                   date(2024, 3, 3))
    assert roles.get("actor1") != ["Unidentified Armed Group (Uganda)"]


def test_security_forces_against_a_crowd_are_the_police_unless_soldiers_are_named() -> None:
    text = "Demonstrators threw stones at a police station in Zahedan. Security forces opened fire on them."
    roles = _roles(text, "Riots", "Violent demonstration", [("actor1", "Demonstrators"), ("actor2", "Security forces")],
                   IR, date(2022, 9, 30))
    assert roles["actor2"][0].startswith("Police Forces of Iran")
    army = "Demonstrators threw stones at soldiers in Zahedan. Security forces opened fire on them."
    roles = _roles(army, "Riots", "Violent demonstration", [("actor1", "Demonstrators"), ("actor2", "Security forces")],
                   IR, date(2022, 9, 30))
    assert roles["actor2"][0].startswith("Military Forces of Iran")


AM = Location(name="Jermuk", country="Armenia", country_code="AM")
AF = Location(name="Kamoto", country="Afghanistan", country_code="AF")
SV = Location(name="San Salvador", country="El Salvador", country_code="SV")


def test_people_arrested_with_no_protest_told_are_civilians() -> None:
    text = "Police detained three education activists in Kamoto. No reason was given."
    roles = _roles(text, "Strategic developments", "Arrests", [("actor1", "Police"), ("actor2", "three education activists")],
                   AF, date(2023, 1, 11))
    assert roles["actor2"] == ["Civilians (Afghanistan)"]
    marched = "Police detained three activists who marched in Kamoto."
    roles = _roles(marched, "Strategic developments", "Arrests", [("actor1", "Police"), ("actor2", "three activists")],
                   AF, date(2023, 1, 11))
    assert roles["actor2"] == ["Protesters (Afghanistan)"]


def test_one_states_force_against_anothers_has_both_sides() -> None:
    text = "Azerbaijani forces attacked Armenian posts near Jermuk. Armenia said 12 of its soldiers were killed."
    roles = _roles(text, "Battles", "Armed clash", [("actor1", "Azerbaijani forces"), ("assoc_actor_2", "soldiers")],
                   AM, date(2022, 9, 13))
    assert roles["actor1"][0].startswith("Military Forces of Azerbaijan")
    assert roles["actor2"][0].startswith("Military Forces of Armenia")


def test_a_strategic_development_nobody_is_named_for_takes_the_nationality_named() -> None:
    text = "Azerbaijani forces entered the district without fighting after it was handed over."
    roles = _roles(text, "Strategic developments", "Non-violent transfer of territory", [], AM, date(2020, 12, 1))
    assert roles["actor1"][0].startswith("Military Forces of Azerbaijan")


def test_maras_resolve_wherever_they_are_written() -> None:
    assert resolve_mention("MS-13 members", "SV", date(2019, 11, 2))[0].name == "MS-13: Mara Salvatrucha"
    assert resolve_mention("Barrio 18", "HN", date(2021, 1, 1))[0].name == "Barrio 18"
    assert resolve_mention("Los Choneros gang", "EC", date(2023, 8, 9))[0].name == "Los Choneros"
