"""Issue 3, actors round 30b (session 30, second round): who acted and who was acted on, checked against the train
side of ACLED Kenya (dev, <= 2015; counts of roles only).

- Private guards acted on keep their name, as a state force does: an attack on a guard or a watchman has Private
  Security Forces (Kenya) as actor2, not Civilians (train side: every note of 2008-2015 whose victims are guards
  alone, 11 of 11; round 10 had made them civilians with the firm associated).
- A party's youths ("Jubilee youths", "a group of ODM youths", "suspected ZANU-PF youths") are that party, as "ODM
  youths" already was; the closing noun alone ("youths") made them a crowd and dropped the party (in violence
  against civilians, then the unidentified armed group). In riots the crowd is still Rioters, the party associated.

Our own sentences about invented incidents in real places; the events are built here so that only the actor rules
are tested.
"""

from __future__ import annotations

from datetime import date

from actor_notes import check_evidence, day, mention, place, resolve, roles

from crosstally.actors import resolve_mention

_PSF = "Private Security Forces (Kenya)"


def _name(words: str, country: str, on: date = date(2014, 5, 3)) -> str | None:
    actor, _ = resolve_mention(words, country, on)
    return actor.name if actor is not None else None


def test_a_guard_shot_dead_is_private_security_not_a_civilian() -> None:
    text = "On 3 May 2014, gunmen shot dead a hotel security guard at Diani and fled with his phone."
    ev = resolve(text, "Violence against civilians", "Attack",
                 [mention(text, "actor1", "gunmen"), mention(text, "actor2", "hotel security guard")],
                 place("Diani", "Kenya", "KE"), day(date(2014, 5, 3)))
    r = roles(ev)
    assert r["actor1"] == ["Unidentified Armed Group (Kenya)"]
    assert r["actor2"] == [_PSF]
    assert "Civilians (Kenya)" not in r.get("assoc_actor_2", [])
    check_evidence(text, ev)


def test_a_watchman_hacked_by_raiders_is_private_security() -> None:
    text = "On 9 August 2015, raiders hacked a night watchman to death at a school in Kapenguria."
    ev = resolve(text, "Violence against civilians", "Attack",
                 [mention(text, "actor1", "raiders"), mention(text, "actor2", "night watchman")],
                 place("Kapenguria", "Kenya", "KE"), day(date(2015, 8, 9)))
    assert roles(ev)["actor2"] == [_PSF]


def test_people_killed_with_a_guard_among_them_stay_civilians() -> None:
    # the guard is one of the dead, not the side acted on: the people are civilians
    text = "On 2 June 2014, gunmen shot dead two people, one of them a guard, at a bar in Ruiru."
    ev = resolve(text, "Violence against civilians", "Attack",
                 [mention(text, "actor1", "gunmen"), mention(text, "actor2", "two people")],
                 place("Ruiru", "Kenya", "KE"), day(date(2014, 6, 2)))
    assert roles(ev)["actor2"] == ["Civilians (Kenya)"]


def test_a_group_of_a_partys_youths_is_the_party() -> None:
    assert _name("a group of ODM youths", "KE") == "ODM: Orange Democratic Movement"
    assert _name("a group of ZANU-PF youths", "ZW", date(2023, 8, 12)) == (
        "ZANU-PF: Zimbabwe African National Union-Patriotic Front")
    # no name after "a group of": the generic noun decides, as before
    assert _name("a group of youths", "KE") == _name("youths", "KE")
    assert _name("a group of gunmen", "KE") == "Unidentified Armed Group (Kenya)"


def test_a_group_of_party_youths_attacking_an_agent_is_the_party() -> None:
    text = "On 3 May 2014, a group of ODM youths beat a rival party's polling agent at his home in Kisumu."
    ev = resolve(text, "Violence against civilians", "Attack",
                 [mention(text, "actor1", "a group of ODM youths"), mention(text, "actor2", "polling agent")],
                 place("Kisumu", "Kenya", "KE"), day(date(2014, 5, 3)))
    r = roles(ev)
    assert r["actor1"] == ["ODM: Orange Democratic Movement"]
    assert r["actor2"] == ["Civilians (Kenya)"]


def test_a_group_of_party_youths_in_a_riot_is_the_crowd_with_the_party() -> None:
    # a riot's actor1 is the crowd; the party the group belongs to is associated (ACLED Kenya's riots)
    text = "On 3 May 2014, a group of ODM youths threw stones at police outside a tallying centre in Kisumu."
    ev = resolve(text, "Riots", "Violent demonstration",
                 [mention(text, "actor1", "a group of ODM youths"), mention(text, "actor2", "police")],
                 place("Kisumu", "Kenya", "KE"), day(date(2014, 5, 3)))
    r = roles(ev)
    assert r["actor1"] == ["Rioters (Kenya)"]
    assert "ODM: Orange Democratic Movement" in r.get("assoc_actor_1", [])


def test_a_partys_youths_are_the_party_whatever_the_party() -> None:
    # "youths" alone is a crowd; the listed party before it names them (not only the parties with a 'youths' alias)
    assert _name("Jubilee youths", "KE") == "Jubilee Party"
    assert _name("suspected ZANU-PF youths", "ZW", date(2023, 8, 12)) == (
        "ZANU-PF: Zimbabwe African National Union-Patriotic Front")
    # a place or a mood before "youths" is no party: still the crowd
    assert _name("Kisumu youths", "KE") == _name("youths", "KE")
    assert _name("angry youths", "KE") == _name("youths", "KE")


def test_a_partys_youths_who_attack_a_rival_are_the_party_not_an_unknown_group() -> None:
    text = "On 14 July 2014, Jubilee youths attacked a rival aspirant at a market in Nyeri, injuring him."
    ev = resolve(text, "Violence against civilians", "Attack",
                 [mention(text, "actor1", "Jubilee youths"), mention(text, "actor2", "rival aspirant")],
                 place("Nyeri", "Kenya", "KE"), day(date(2014, 7, 14)))
    r = roles(ev)
    assert r["actor1"] == ["Jubilee Party"]
    assert r["actor2"] == ["Civilians (Kenya)"]
    check_evidence(text, ev)
