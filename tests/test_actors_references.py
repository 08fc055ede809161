"""Issue 3: actors a sentence points back at, and words that are no actor (round 12 of the actor rules).

"its forces" and "the group's fighters" are the side named before them; a mention that names no one ("convoys of
reinforcements", "the number of civilians killed", a place cut from "Nairobi police") never carries an actor of its
own; a battle's associates stand with their camp; generic actors take the nationality their words give. All
sentences here are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.actors import antecedent, national_force, not_a_party, resolve_actors, resolve_mention
from crosstally.actors._codebook import codebook
from crosstally.records import ActorMention, DateClaim, Document, Event, Extraction, Location, Span

SY = Location(name="Jableh", country="Syria", country_code="SY")
KE = Location(name="Kisumu", country="Kenya", country_code="KE")


def _mention(role: str, words: str, text: str, nth: int = 0) -> ActorMention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return ActorMention(role, words, words, evidence=[Span(at, at + len(words))])


def _resolve(text: str, etype: str, sub: str, mentions: list[tuple[str, str]], where: Location = SY,
             when: date = date(2025, 3, 7)) -> dict[str, list[ActorMention]]:
    ev = Event(etype, sub, location=where, date=DateClaim(start=when, end=when, precision=1),
               actors=[_mention(role, words, text) for role, words in mentions],
               evidence=[Span(0, len(text))])
    resolve_actors(Extraction(document=Document(text=text), events=[ev]))
    out: dict[str, list[ActorMention]] = {}
    for a in ev.actors:
        out.setdefault(a.role, []).append(a)
    return out


# ------------------------------------------------------------------ "its forces", "the group's fighters"

@pytest.mark.parametrize(("text", "expected"), [
    ("The defence ministry has said its forces are fighting gunmen near the town.", "Military Forces of Syria"),
    ("The interim government said its forces had pushed the attackers back.", "Military Forces of Syria"),
    ("The interior ministry said its forces were working to restore order.", "Police Forces of Syria"),
    ("HTS took the hills on Monday. Residents fled to the coast. The group said its fighters held the road.",
     "Hay'at Tahrir al-Sham"),
])
def test_a_possessive_is_the_side_named_before_it(text: str, expected: str) -> None:
    at = text.index("its ")
    mention = text[at : text.index(" ", at + 4)]
    actor = antecedent(mention, text, at, "SY", date(2025, 3, 7))
    assert actor is not None and actor.name.startswith(expected), actor


@pytest.mark.parametrize(("mention", "text"), [
    ("their homes", "Gunmen burned the village. Residents said the attackers looted their homes."),
    ("Its later tally", "The monitor said 40 died. Its later tally was higher."),
    # a group possessive takes a non-state group only: the government named before is not "the group"
    ("the group's fighters", "The government said on Monday that the group's fighters had withdrawn."),
    ("its forces", "Nothing is named in this sentence before its forces."),
])
def test_a_possessive_with_no_side_before_it_names_nobody(mention: str, text: str) -> None:
    assert antecedent(mention, text, text.index(mention), "SY", date(2025, 3, 7)) is None


def test_its_forces_gives_a_battle_its_first_side_with_the_words_as_evidence() -> None:
    text = ("Residents said gunmen went from house to house. The defence ministry has said its forces are fighting "
            "armed remnants of the former government.")
    roles = _resolve(text, "Battles", "Armed clash",
                     [("actor1", "its forces"), ("actor2", "armed remnants of the former government")])
    a1 = roles["actor1"][0]
    assert a1.name == "Military Forces of Syria (2024-)" and a1.mention == "its forces"
    assert text[a1.evidence[0].start : a1.evidence[0].end] == "its forces"
    assert roles["actor2"][0].name == "Former Military Forces of Syria (2000-2024)"


def test_its_fighters_is_no_longer_an_unidentified_group_when_a_group_is_named() -> None:
    actor, _ = resolve_mention("its fighters", "SY", date(2025, 3, 7))
    assert actor is not None and actor.name.startswith("Unidentified Armed Group")  # alone: nobody in particular
    text = "HTS said on Sunday that its fighters had taken the hill."
    roles = _resolve(text, "Battles", "Armed clash", [("actor1", "its fighters")])
    assert roles["actor1"][0].name == "Hay'at Tahrir al-Sham"


# ------------------------------------------------------------------ words that name nobody

def test_a_suspected_group_found_for_a_thing_brings_its_own_words_as_evidence() -> None:
    text = ("The authorities sent convoys of reinforcements to the coast. The monitor said pro-Assad fighters and "
            "members of the security forces were among the dead.")
    roles = _resolve(text, "Battles", "Armed clash",
                     [("actor1", "The authorities"), ("actor2", "convoys of reinforcements")])
    a2 = roles["actor2"][0]
    assert a2.name == "Former Military Forces of Syria (2000-2024)"
    assert a2.mention != "convoys of reinforcements"
    assert text[a2.evidence[0].start : a2.evidence[0].end] == a2.mention


@pytest.mark.parametrize("mention", ["number of civilians killed on the coast since Thursday",
                                     "The toll of the dead", "tally of victims"])
def test_a_count_of_the_victims_is_no_party(mention: str) -> None:
    assert not_a_party(mention)


@pytest.mark.parametrize("mention", ["one of the gunmen", "many of the attackers", "members of the militia"])
def test_part_of_a_group_is_still_the_group(mention: str) -> None:
    assert not not_a_party(mention)


def test_a_province_or_a_church_named_as_a_subject_is_a_place() -> None:
    text = ("An airstrike hit the market in Oldtown, a town in the northern province of Zarvel, on Saturday. "
            "The attack on the Saint Anna church killed 14 people.")
    roles = _resolve(text, "Explosions/Remote violence", "Air/drone strike",
                     [("actor1", "Zarvel"), ("actor2", "people")])
    assert all(a.mention != "Zarvel" for a in roles.get("actor1", []))
    roles = _resolve(text, "Violence against civilians", "Attack", [("actor1", "Saint Anna"), ("actor2", "people")])
    assert all(a.mention != "Saint Anna" for a in roles.get("actor1", []))


def test_men_of_military_age_are_not_the_military() -> None:
    actor, _ = resolve_mention("men of military age", "SY", date(2025, 3, 7))
    assert actor is None or not actor.name.startswith("Military Forces")


@pytest.mark.parametrize(("text", "hit"), [("set up a national committee", False),
                                           ("a Somali national was shot", True), ("two Ugandan nationals", True)])
def test_national_is_a_victim_only_as_a_noun(text: str, hit: bool) -> None:
    found = [m.group(0).lower() for m in codebook()["_victim_rx"].finditer(text)]
    assert any(w.startswith("national") for w in found) is hit


def test_a_place_before_a_force_noun_is_the_force() -> None:
    text = "Kisumu police arrested two men on Friday."
    roles = _resolve(text, "Strategic developments", "Arrests", [("actor1", "Kisumu"), ("actor2", "two men")],
                     where=KE, when=date(2019, 6, 2))
    a1 = roles["actor1"][0]
    assert a1.name == "Police Forces of Kenya (2013-2022)" and a1.mention == "Kisumu police"


def test_the_men_loyal_to_a_fallen_leader_are_the_mention_not_his_name() -> None:
    text = "The clashes began when gunmen loyal to Bashar al-Assad attacked security forces near Jableh."
    roles = _resolve(text, "Battles", "Armed clash", [("actor1", "Bashar al-Assad"), ("actor2", "security forces")])
    a1 = roles["actor1"][0]
    assert a1.name == "Former Military Forces of Syria (2000-2024)"
    assert a1.mention == "gunmen loyal to Bashar al-Assad"


# ------------------------------------------------------------------ sides and camps

def test_a_government_fights_a_battle_through_its_forces() -> None:
    text = ("Syria's authorities imposed a curfew after clashes with gunmen loyal to Bashar al-Assad. Government "
            "reinforcements arrived on Friday.")
    roles = _resolve(text, "Battles", "Armed clash",
                     [("actor1", "Syria's authorities"), ("actor2", "gunmen loyal to Bashar al-Assad"),
                      ("assoc_actor_1", "Government reinforcements")])
    assert roles["actor1"][0].name == "Military Forces of Syria (2024-)"
    assert roles["actor2"][0].name == "Former Military Forces of Syria (2000-2024)"


def test_a_named_group_associate_joins_the_non_state_side() -> None:
    text = "Soldiers clashed with Boko Haram fighters near Gwoza; ISWAP members joined the attackers."
    roles = _resolve(text, "Battles", "Armed clash",
                     [("actor1", "Soldiers"), ("actor2", "Boko Haram fighters"), ("assoc_actor_1", "ISWAP members")],
                     where=Location(name="Gwoza", country="Nigeria", country_code="NG"), when=date(2021, 3, 4))
    assert roles["actor1"][0].name.startswith("Military Forces of Nigeria")
    assert [a.name for a in roles.get("assoc_actor_2", [])] == ["Islamic State West Africa Province"] or \
        all(a.name != "Islamic State West Africa Province" for a in roles.get("assoc_actor_1", []))


def test_a_battle_between_two_unnamed_groups_has_two_sides() -> None:
    text = "Five people died in clashes between rival groups in the estate."
    roles = _resolve(text, "Battles", "Armed clash", [("actor1", "rival groups")], where=KE, when=date(2008, 1, 5))
    assert roles["actor1"][0].name.startswith("Unidentified")
    assert roles["actor2"][0].name == roles["actor1"][0].name


def test_excessive_force_has_one_actor2() -> None:
    text = "Two weeks earlier, during protests in the city, 16 people were killed, a rights group said."
    roles = _resolve(text, "Protests", "Excessive force against protesters",
                     [("actor2", "people"), ("actor2", "protests")], where=KE, when=date(2025, 6, 25))
    assert len(roles.get("actor2", [])) == 1


def test_rival_party_supporters_are_two_crowds() -> None:
    text = "Rival Zebra Party supporters clashed during a rally in the town."
    roles = _resolve(text, "Riots", "Violent demonstration", [("actor1", "Rival Zebra Party supporters")],
                     where=KE, when=date(2007, 12, 20))
    assert roles["actor1"][0].name == "Rioters (Kenya)" and roles["actor2"][0].name == "Rioters (Kenya)"


# ------------------------------------------------------------------ nationalities

def test_foreign_raiders_and_foreign_victims_take_their_country() -> None:
    text = "Ethiopian raiders attacked a village and shot two Somali traders."
    roles = _resolve(text, "Violence against civilians", "Attack",
                     [("actor1", "Ethiopian raiders"), ("actor2", "two Somali traders")], where=KE,
                     when=date(2012, 5, 1))
    assert roles["actor1"][0].name.endswith("(Ethiopia)") and roles["actor1"][0].name.startswith("Unidentified")
    assert roles["actor2"][0].name == "Civilians (Somalia)"


def test_kenyan_victims_in_kenya_stay_kenyan() -> None:
    text = "Gunmen shot two Kenyan traders in the market."
    roles = _resolve(text, "Violence against civilians", "Attack",
                     [("actor1", "Gunmen"), ("actor2", "two Kenyan traders")], where=KE, when=date(2012, 5, 1))
    assert roles["actor2"][0].name == "Civilians (Kenya)"


def test_officers_of_the_army_and_a_navy_vessel_are_the_military() -> None:
    actor, _ = resolve_mention("nine military officers", "KE", date(2012, 5, 1))
    assert actor is not None and actor.name.startswith("Military Forces of Kenya")
    found = national_force("A Kenyan naval vessel sank a fishing boat.", "KE", date(2012, 5, 1))
    assert found is not None and found[0].name.startswith("Military Forces of Kenya")
    assert national_force("the Free Syrian Army attacked", "SY", date(2015, 1, 1)) is None


def test_an_acronym_is_a_suspect_only_as_written() -> None:
    # the codebook's suspected-group search must not read the word "fact" as an acronym written in capitals
    text = "In fact, gunmen killed four villagers near Jableh on Friday, residents said."
    roles = _resolve(text, "Violence against civilians", "Attack", [("actor2", "four villagers")])
    assert all(not a.name.startswith("FACT") for a in roles.get("actor1", []))


def test_an_arrest_nobody_is_named_for_is_the_polices() -> None:
    text = "Several people were arrested after the march in the town centre."
    roles = _resolve(text, "Strategic developments", "Arrests", [("actor2", "Several people")], where=KE,
                     when=date(2025, 6, 25))
    a1 = roles["actor1"][0]
    assert a1.name == "Police Forces of Kenya (2022-)" and a1.mention == "arrested"  # Ruto period from Sept 2022
    assert a1.method == "crosstally.actors.codebook.v1"


def test_excessive_force_with_no_force_named_is_the_polices() -> None:
    text = "During protests two weeks earlier, 16 people were killed, a rights group said."
    roles = _resolve(text, "Protests", "Excessive force against protesters", [("actor2", "people")], where=KE,
                     when=date(2025, 6, 25))
    assert roles["actor1"][0].name == "Police Forces of Kenya (2022-)"
    assert [a.name for a in roles["actor2"]] == ["Protesters (Kenya)"]
