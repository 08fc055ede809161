"""Issue 3, actors round 9: recent Kenya and East Africa notes.

Other spellings of a community's name (Karimojong, Merille, Gusii) are ACLED's one name; Kenya's wildlife rangers
and county askaris are its police; the Somali Region's Liyu police is Ethiopia's; carjackers and hired goons are an
unidentified armed group, hawkers and boda boda operators civilians when acted on. A place named after a side
("raiders near Kapedo, Turkana") is no community of theirs. One state's forces are never both sides of a battle or a
bombing: the second is the first's own dead. A known group's acronym before a word for its men is that group. A
battle's two communities named together with no side parsed are its two sides; a count of the dead ("one militant
was killed") names no side; civilians who exchanged fire with a force are an armed group.

The notes below are our own writing about invented incidents in real places.
"""

from __future__ import annotations

from datetime import date

from actor_notes import check_evidence, day, mention, place, resolve, roles

from crosstally.actors import resolve_mention

KE = place("Kapedo", "Kenya", "KE")
WHEN = day(date(2019, 5, 3))


def _name(words: str, country: str, on: date = date(2019, 5, 3)) -> str | None:
    actor, _ = resolve_mention(words, country, on)
    return actor.name if actor is not None else None


def test_other_spellings_of_a_community_are_acleds_name() -> None:
    assert _name("Karimojong warriors", "UG") == "Karamajong Ethnic Militia (Uganda)"
    assert _name("Merille raiders", "KE") == "Merrile Ethnic Militia (Kenya)"
    assert _name("Gusii youths", "KE") == "Kisii Ethnic Militia (Kenya)"


def test_wildlife_rangers_and_county_askaris_are_the_police() -> None:
    assert _name("KWS rangers", "KE") == "Police Forces of Kenya (2013-2022)"
    assert _name("county askaris", "KE") == "Police Forces of Kenya (2013-2022)"
    assert _name("county askaris", "KE", date(2023, 5, 1)) == "Police Forces of Kenya (2022-)"


def test_liyu_police_is_ethiopias() -> None:
    assert _name("Somali Liyu police", "KE") == "Police Forces of Ethiopia (2018-) Liyu Police"
    assert _name("Liyu police", "ET", date(2017, 6, 6)) == "Police Forces of Ethiopia (1995-2018) Liyu Police"


def test_street_trades_criminals_and_detectives() -> None:
    assert _name("carjackers", "KE") == "Unidentified Armed Group (Kenya)"
    assert _name("hired goons", "KE") == "Unidentified Armed Group (Kenya)"
    assert _name("hawkers", "KE") == "Civilians (Kenya)"
    assert _name("boda-boda operators", "KE") == "Civilians (Kenya)"
    assert _name("detectives", "KE") == "Police Forces of Kenya (2013-2022)"


def test_a_known_groups_acronym_before_its_men_is_the_group() -> None:
    assert _name("OLF rebels", "KE") == "OLF: Oromo Liberation Front"


def test_a_place_after_the_side_is_no_community_of_theirs() -> None:
    text = "On 3 May 2019, police exchanged fire with raiders near Kapedo, Turkana; nobody was hurt."
    ev = resolve(text, "Battles", "Armed clash",
                 [mention(text, "actor1", "police"), mention(text, "actor2", "raiders near Kapedo, Turkana")], KE, WHEN)
    assert roles(ev)["actor2"] == ["Unidentified Ethnic Militia (Kenya)"]
    check_evidence(text, ev)


def test_a_forces_own_dead_are_no_second_side() -> None:
    text = "On 3 May 2019, a KDF vehicle hit an IED near Kiunga, Lamu; two soldiers were killed."
    ev = resolve(text, "Explosions/Remote violence", "Remote explosive/landmine/IED",
                 [mention(text, "actor1", "KDF"), mention(text, "actor2", "soldiers")], place("Kiunga", "Kenya", "KE"),
                 WHEN)
    r = roles(ev)
    assert r["actor1"] == ["Military Forces of Kenya (2013-2022)"]
    assert r["actor2"] == ["Unidentified Armed Group (Kenya)"]
    check_evidence(text, ev)


def test_a_forces_own_dead_give_way_to_the_group_blamed() -> None:
    text = "On 3 May 2019, a KDF vehicle hit an IED near Kiunga, Lamu; two soldiers were killed. Al Shabaab was blamed."
    ev = resolve(text, "Explosions/Remote violence", "Remote explosive/landmine/IED",
                 [mention(text, "actor1", "KDF"), mention(text, "actor2", "soldiers")], place("Kiunga", "Kenya", "KE"),
                 WHEN)
    assert roles(ev)["actor2"] == ["Al Shabaab"]


def test_outside_kenya_the_attacker_of_a_force_leads() -> None:
    text = "On 3 May 2023, a roadside bomb hit an army truck near Baidoa; three soldiers were killed."
    ev = resolve(text, "Explosions/Remote violence", "Remote explosive/landmine/IED",
                 [mention(text, "actor1", "army truck"), mention(text, "actor2", "soldiers")],
                 place("Baidoa", "Somalia", "SO"), day(date(2023, 5, 3)))
    r = roles(ev)
    assert r["actor1"] == ["Unidentified Armed Group (Somalia)"]
    assert r["actor2"] == ["Military Forces of Somalia (2022-)"]


def test_two_militias_of_one_name_still_fight_each_other() -> None:
    text = "On 9 June 2020, rival pro-government militia groups fought over a checkpoint in Khan Abad, Kunduz."
    ev = resolve(text, "Battles", "Armed clash",
                 [mention(text, "actor1", "pro-government militia groups"),
                  mention(text, "actor2", "pro-government militia groups")],
                 place("Khan Abad", "Afghanistan", "AF"), day(date(2020, 6, 9)))
    r = roles(ev)
    assert r["actor1"] == r["actor2"] == ["Militia (Pro-Government)"]


def test_a_group_a_force_fought_is_the_second_side() -> None:
    text = "On 3 May 2019, Kenyan troops fought OLF rebels for two hours outside Sololo, Marsabit."
    ev = resolve(text, "Battles", "Armed clash", [mention(text, "actor1", "Kenyan troops")],
                 place("Sololo", "Kenya", "KE"), WHEN)
    assert roles(ev)["actor2"] == ["OLF: Oromo Liberation Front"]


def test_two_communities_youths_in_a_battle_are_both_sides() -> None:
    text = "On 3 May 2019, Gusii and Maasai youths clashed along the Nyamira-Narok border; one man was killed."
    ev = resolve(text, "Battles", "Armed clash", [mention(text, "actor1", "Gusii and Maasai youths")],
                 place("Nyamira", "Kenya", "KE"), WHEN)
    r = roles(ev)
    assert r["actor1"] == ["Kisii Ethnic Militia (Kenya)"]
    assert r["actor2"] == ["Maasai Ethnic Militia (Kenya)"]


def test_two_communities_named_with_no_side_parsed() -> None:
    text = "On 21 December 2020, Marakwet and Pokot militiamen exchanged gunfire near Tot. 1 person was killed."
    ev = resolve(text, "Battles", "Armed clash", [mention(text, "actor2", "person")], place("Tot", "Kenya", "KE"),
                 day(date(2020, 12, 21)))
    r = roles(ev)
    assert r["actor1"] == ["Marakwet Ethnic Militia (Kenya)"]
    assert r["actor2"] == ["Pokot Ethnic Militia (Kenya)"]


def test_a_count_of_the_dead_names_no_side() -> None:
    text = ("On 3 October 2016, police reservists traded fire with a group of Al Shabaab militants outside Dadaab; "
            "one militant was killed.")
    ev = resolve(text, "Battles", "Armed clash",
                 [mention(text, "actor1", "Al Shabaab militants"), mention(text, "actor2", "militant")],
                 place("Dadaab", "Kenya", "KE"), day(date(2016, 10, 3)))
    r = roles(ev)
    assert r["actor1"] == ["Police Forces of Kenya (2013-2022)"]
    assert r["actor2"] == ["Al Shabaab"]
    assert "assoc_actor_1" not in r


def test_people_a_force_traded_fire_with_are_armed() -> None:
    text = "On 3 May 2019, police officers shot dead two men they said were armed robbers in Kayole, Nairobi."
    ev = resolve(text, "Battles", "Armed clash",
                 [mention(text, "actor1", "police officers"), mention(text, "actor2", "men")],
                 place("Kayole", "Kenya", "KE"), WHEN)
    assert roles(ev)["actor2"] == ["Unidentified Armed Group (Kenya)"]
    text = "On 3 May 2019, villagers exchanged fire with KDF soldiers near Kapedo."
    ev = resolve(text, "Battles", "Armed clash",
                 [mention(text, "actor1", "villagers"), mention(text, "actor2", "KDF soldiers")], KE, WHEN)
    r = roles(ev)
    assert r["actor1"] == ["Military Forces of Kenya (2013-2022)"]
    assert r["actor2"] == ["Unidentified Armed Group (Kenya)"]
