"""Actors of regions the knowledge base does not cover (issue 3, round 4): an unlisted group by its own acronym, the
bare word that points back at a group named before, men tied to a force, a crowd word that is a month, the police
who only arrive afterwards, a dateline country no gazetteer knows, and the period suffix of every state force.

Why: the armed groups of every country cannot all be listed; what matters is how the unknown and the generic come
out. Every sentence here is our own invented writing (invented groups "KRF" and "ZLA", invented towns and people).
"""

from __future__ import annotations

from datetime import date

from crosstally.actors import resolve_mention, unlisted_group
from crosstally.pipeline import process
from crosstally.records import Document


def _roles(text: str, published: date = date(2021, 6, 10)) -> dict[str, list[tuple[str, str]]]:
    ext = process(Document(text=text, published=published, input_id="t"))
    assert ext.events, text
    out: dict[str, list[tuple[str, str]]] = {}
    for a in ext.events[0].actors:
        out.setdefault(a.role, []).append((a.name or "", a.mention or ""))
    return out


def _names(roles: dict[str, list[tuple[str, str]]], role: str) -> list[str]:
    return [n for n, _ in roles.get(role, [])]


def test_an_unlisted_acronym_before_a_word_for_armed_men_is_that_group() -> None:
    a = unlisted_group("KRF guerrillas", "PY")
    assert a is not None and a.name == "KRF" and a.inter == 2
    m = unlisted_group("suspected ZLA militiamen")
    assert m is not None and m.name == "ZLA" and m.inter == 3


def test_states_blocs_and_nationalities_are_never_unlisted_groups() -> None:
    for mention in ("UN fighters", "US troops", "AU fighters", "UK militants", "KRF soldiers", "KRF supporters",
                    "Kr rebels"):
        assert unlisted_group(mention) is None, mention


def test_a_known_group_still_comes_from_the_knowledge_base() -> None:
    actor, conf = resolve_mention("ADF rebels", "CD", date(2021, 5, 1))
    assert actor is not None and actor.name.startswith("ADF:") and conf > 0.9


def test_an_unlisted_group_in_a_note_keeps_its_name() -> None:
    text = ("On 4 May 2021, army troops clashed with KRF guerrillas in the hills near Horqueta, Concepcion. "
            "Two guerrillas were killed.")
    roles = _roles(text, date(2021, 5, 7))
    names = _names(roles, "actor1") + _names(roles, "actor2")
    assert "KRF" in names, roles
    assert not any(n.startswith("Unidentified") for n in names), roles


def test_a_bare_word_points_back_at_the_group_named_before() -> None:
    text = ("On 2 March 2022, Al Shabaab militants attacked an army base near Bulo Burte, Hiraan. "
            "Five militants were killed.")
    roles = _roles(text, date(2022, 3, 5))
    assert "Al Shabaab" in _names(roles, "actor1") + _names(roles, "actor2"), roles


def test_the_same_group_is_never_on_both_sides() -> None:
    text = ("On 20 January 2023, a US airstrike killed about 12 Al Shabaab militants near Jilib, Middle Juba, "
            "after the militants attacked a Somali army post.")
    roles = _roles(text, date(2023, 1, 23))
    a1, a2 = _names(roles, "actor1"), _names(roles, "actor2")
    assert a1 and a2 and not set(a1) & set(a2), roles


def test_men_linked_to_a_force_are_that_force_and_the_other_side_follows() -> None:
    text = ("DAMASCUS (Example Wire) - Fighting between gunmen linked to Syria's security forces and Druze fighters "
            "spread on Wednesday to a town south of the capital, residents said.")
    roles = _roles(text, date(2025, 5, 1))
    assert _names(roles, "actor1") == ["Military Forces of Syria (2024-)"], roles
    assert "linked to" in roles["actor1"][0][1]
    assert _names(roles, "actor2") == ["Druze Ethnic Militia (Syria)"], roles


def test_the_month_march_is_never_the_crowd_and_police_who_arrive_later_are_no_side() -> None:
    text = ("On 14 March 2023, a mob in Kasoa, Central region, beat a man they accused of stealing a phone, "
            "leaving him badly hurt before police arrived.")
    roles = _roles(text, date(2023, 3, 17))
    assert roles["actor1"][0][1] != "March", roles
    assert not any(n.startswith("Police") for n in _names(roles, "actor2")), roles


def test_people_who_went_somewhere_after_the_protests_are_not_the_crowd() -> None:
    text = ("LUSAKA, Zambia (Example Wire) - Families in Lusaka went to the main hospital on Friday to look for "
            "relatives after protests on Thursday in which a rights group said at least 4 people were killed.")
    ext = process(Document(text=text, published=date(2024, 6, 8), input_id="t"))
    mentions = [a.mention for ev in ext.events for a in ev.actors if a.role in ("actor1", "actor2")
                and (a.name or "").startswith(("Protesters", "Rioters"))]
    assert mentions and "Families" not in " ".join(mentions), mentions


def test_a_dateline_country_no_gazetteer_knows_still_names_the_generic_actors() -> None:
    text = ("MERRAN, Ostravia (Example Wire) - This is an invented report. Gunmen killed three farmers at a market in "
            "Merran on Sunday, the district office said.")
    ext = process(Document(text=text, published=date(2024, 11, 4), input_id="t"))
    names = [a.name for ev in ext.events for a in ev.actors]
    assert "Civilians (Ostravia)" in names, names
    assert not any(n in ("Civilians", "Unidentified Armed Group") for n in names), names


def test_a_state_force_reached_through_a_conjunct_has_its_period() -> None:
    text = ("On 30 January 2017, Ukrainian forces and separatist fighters fought with small arms near Avdiivka, "
            "Donetsk.")
    roles = _roles(text, date(2017, 2, 2))
    assert all("{" not in n for ns in roles.values() for n, _ in ns), roles
    assert "Military Forces of Ukraine (2014-2019)" in _names(roles, "actor1"), roles


def test_lowercase_aliases_bind_to_their_country_only() -> None:
    actor, _ = resolve_mention("insurgents", None, date(2022, 5, 19))
    assert actor is None or actor.name != "Taliban"
    actor, _ = resolve_mention("insurgents", "AF", date(2020, 3, 2))
    assert actor is not None and actor.name == "Taliban"


def test_ground_taken_from_a_group_names_the_group_not_the_ground() -> None:
    text = ("On 19 May 2022, Mozambican troops took back the village of Nhica, Cabo Delgado, from insurgents who "
            "had held it for a week.")
    roles = _roles(text, date(2022, 5, 22))
    assert roles.get("actor2") and "village" not in roles["actor2"][0][1], roles


def test_a_post_that_came_under_attack_is_the_side_attacked() -> None:
    text = "On 3 June 2023, a police post near Dapaong came under attack by armed men, who fled after an hour."
    roles = _roles(text, date(2023, 6, 6))
    assert not any("post" in m for _, m in roles.get("actor1", [])), roles


def test_regime_positions_are_the_state_forces() -> None:
    actor, _ = resolve_mention("regime positions", "SY", date(2019, 5, 22))
    assert actor is not None and actor.name == "Military Forces of Syria (2000-2024)"
