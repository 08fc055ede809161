"""ACLED's definitions added in event_arguments.yaml v2.0 (issue 3 round 4): a crowd that only blocks a road is a
protest (barricades and burning tyres make it a violent demonstration), a protest with no violence told is no riot,
missiles thrown at a force or by a crowd, force on people gathered to protest, ground taken back or captured, arrests
before a gathering or with no fighting, an accord, a base, property burnt with nobody hurt, an abduction told as "no
news of him since", ground handed over without a fight; and the new tokens leave the shipped classifier's features
unchanged.

Sentences are invented for these tests (generic names, invented towns)."""

from __future__ import annotations

from datetime import date
from typing import Any

from acled_labels import (
    ABDUCTION,
    AGREEMENT,
    ARRESTS,
    ATTACK,
    HANDOVER,
    INTERVENTION,
    MOB,
    NO_EVENT,
    PEACEFUL,
    REGAINS,
    VIOLENT,
)

from crosstally.extract import _model


def test_a_crowd_that_only_blocks_a_road_is_a_protest() -> None:
    sit = "On 4 May 2021, traders blocked the main road through Ebolo for three hours over new market fees."
    assert _model.apply_definitions(sit, *VIOLENT) == PEACEFUL
    cleared = ("On 4 May 2021, traders blocked the main road through Ebolo over new market fees. Police cleared the "
               "road and detained five of them.")
    assert _model.apply_definitions(cleared, *VIOLENT) == INTERVENTION


def test_barricades_burning_tyres_or_stones_keep_a_blockade_violent() -> None:
    for act in ("blocked the main road through Ebolo with burning tyres",
                "blocked the main road through Ebolo with barricades of logs",
                "blocked the main road through Ebolo and threw stones at passing cars",
                "blocked the main road through Ebolo and clashed with police"):
        text = f"On 4 May 2021, traders {act} over new market fees."
        assert _model.apply_definitions(text, *VIOLENT) == VIOLENT, act


def test_a_gathering_with_no_violence_told_is_not_a_riot() -> None:
    pushed = ("On 8 June 2022, retired teachers rallied outside the ministry in Ebolo over pensions. Police pushed "
              "them back with batons.")
    assert _model.apply_definitions(pushed, *VIOLENT) == INTERVENTION
    calm = "On 8 June 2022, retired teachers rallied outside the ministry in Ebolo over pensions."
    assert _model.apply_definitions(calm, *VIOLENT) == PEACEFUL
    stoned = "On 8 June 2022, retired teachers rallied outside the ministry in Ebolo and stoned its windows."
    assert _model.apply_definitions(stoned, *VIOLENT) == VIOLENT


def test_missiles_thrown_at_a_force_are_a_violent_demonstration() -> None:
    riders = "On 2 July 2019, taxi riders in Ebolo pelted police vehicles with rocks after a ban on their routes."
    assert _model.crowd_fights_force(riders)
    assert _model.apply_definitions(riders, *MOB) == VIOLENT
    far = ("On 2 July 2019, groups of youths in a suburb of Ebolo set bins alight and threw fireworks at police "
           "officers who came to put out the fires.")
    assert _model.apply_definitions(far, *NO_EVENT) == VIOLENT
    by_police = "On 2 July 2019, protesters in Ebolo were pelted by police with rubber bullets."
    assert not _model.crowd_fights_force(by_police)


def test_ground_taken_back_where_the_classifier_reads_no_event() -> None:
    text = "On 3 March 2022, troops took back the village of Ebolo from insurgents who had held it for a month."
    assert _model.apply_definitions(text, *NO_EVENT) == REGAINS


def test_arrests_before_a_gathering_are_arrests() -> None:
    text = "On 9 April 2022, police in Ebolo arrested three activists at their homes ahead of a planned rally."
    assert _model.apply_definitions(text, *INTERVENTION) == ARRESTS
    at_rally = "On 9 April 2022, police in Ebolo arrested three activists at a rally in the main square."
    assert _model.apply_definitions(at_rally, *INTERVENTION) == INTERVENTION


def test_an_agreement_to_reopen_a_road_is_an_agreement() -> None:
    text = "On 5 May 2019, elders announced that the two armed factions had agreed to reopen the road to Ebolo."
    assert _model.apply_definitions(text, *ABDUCTION) == AGREEMENT
    fight = "On 5 May 2019, the two armed factions agreed to reopen the road to Ebolo, then fighting killed four."
    assert _model.apply_definitions(fight, *ABDUCTION) != AGREEMENT


def test_ground_handed_over_without_a_fight_over_an_attack_label() -> None:
    text = "On 1 December 2023, the army moved into a camp near Ebolo that peacekeepers had handed over, without fighting."
    assert _model.apply_definitions(text, *ATTACK) == HANDOVER
    killed = ("On 1 December 2023, the army moved into a camp near Ebolo that peacekeepers had handed over, and killed "
              "two herders nearby.")
    assert _model.apply_definitions(killed, *ATTACK) == ATTACK


def test_tyres_or_barricades_make_a_mob_a_demonstration() -> None:
    tyres = "On 11 May 2023, party supporters burned tyres at junctions in Ebolo and stoned passing buses."
    assert _model.apply_definitions(tyres, *MOB) == VIOLENT
    lynch = "On 11 May 2023, residents of Ebolo burned tyres and beat to death a man they suspected of theft."
    assert _model.apply_definitions(lynch, *MOB) == MOB


def test_ground_taken_back_told_as_an_attack() -> None:
    text = "On 6 April 2016, government forces recaptured the hill of Ebolo after heavy fighting."
    assert _model.apply_definitions(text, *ATTACK) == REGAINS


def test_a_town_captured_is_overtaken_territory() -> None:
    text = "On 8 October 2023, rebels captured a border trading town near Ebolo after the troops there fled."
    assert _model.apply_definitions(text, "Battles", "Armed clash") == ("Battles", "Non-state actor overtakes territory")


def test_an_arrest_with_no_fighting_and_no_armed_group_is_no_battle() -> None:
    text = "On 9 December 2020, security forces arrested an opposition member of parliament at his home in Ebolo."
    assert _model.apply_definitions(text, "Battles", "Armed clash") == ARRESTS
    # v2.6 (round 9): militants arrested with nobody hurt and nothing fought are an arrest too (ACLED since 2013);
    # an arrest after fighting stays a battle
    militants = "On 9 December 2020, police arrested four members of al Shabaab in Ebolo."
    assert _model.apply_definitions(militants, "Battles", "Armed clash") == ARRESTS
    fought = "On 9 December 2020, police fought four members of al Shabaab in Ebolo and arrested two of them."
    assert _model.apply_definitions(fought, "Battles", "Armed clash") == ("Battles", "Armed clash")


def test_a_person_seized_and_not_heard_of_since_is_an_abduction() -> None:
    from crosstally.extract._events import without_denials

    text = ("On 2 November 2019, unknown men seized a journalist as he left his office in Ebolo; his family has had "
            "no news of him since.")
    told = without_denials(text)
    assert "no news of him since" in told
    assert _model.apply_definitions(told, *NO_EVENT) == ABDUCTION
    assert "No one" not in without_denials("Police came. No one was hurt.")


def test_an_accord_or_a_base_over_a_group_change_label() -> None:
    change = ("Strategic developments", "Change to group/activity")
    deal = "On 30 November 2022, the government and a rebel movement signed a cessation of hostilities deal in Ebolo."
    assert _model.apply_definitions(deal, *change) == AGREEMENT
    base = "On 29 March 2020, rebels set up a new headquarters in the town of Ebolo after government troops withdrew."
    assert _model.apply_definitions(base, *change) == ("Strategic developments", "Headquarters or base established")


def test_property_burnt_by_an_armed_group_with_nobody_hurt() -> None:
    looting = ("Strategic developments", "Looting/property destruction")
    burnt = "On 18 July 2021, armed men burned down a school and several houses in a village near Ebolo. No one was injured."
    assert _model.predict([burnt])[0][:2] == looting
    hurt = "On 18 July 2021, armed men burned down a school in a village near Ebolo and injured two teachers."
    assert _model.apply_definitions(hurt, *ATTACK) == ATTACK


def test_an_unexploded_shell_destroyed_is_disrupted_weapons_use() -> None:
    text = ("On 14 March 2017, a farmer found an unexploded mortar shell in a field near Ebolo and a bomb disposal team "
            "destroyed it.")
    assert _model.apply_definitions(text, "Explosions/Remote violence", "Shelling/artillery/missile attack") == (
        "Strategic developments", "Disrupted weapons use")


def test_petrol_bombs_thrown_make_a_protest_a_riot() -> None:
    text = ("On 31 August 2019, police in Ebolo fired tear gas at protesters who had thrown petrol bombs near the "
            "government offices.")
    assert _model.apply_definitions(text, *INTERVENTION) == VIOLENT
    calm = "On 31 August 2019, police in Ebolo fired tear gas at protesters near the government offices."
    assert _model.apply_definitions(calm, *INTERVENTION) == INTERVENTION


def test_force_on_people_gathered_to_protest_is_excessive_force() -> None:
    excessive = ("Protests", "Excessive force against protesters")
    text = ("On 14 May 2018, soldiers shot dead six people who had gathered near the fence east of Ebolo to protest "
            "a land seizure.")
    assert _model.apply_definitions(text, "Battles", "Armed clash") == excessive
    armed = ("On 14 May 2018, soldiers shot dead six gunmen who had gathered near the fence east of Ebolo after an "
             "exchange of fire.")
    assert _model.apply_definitions(armed, "Battles", "Armed clash") == ("Battles", "Armed clash")


def test_a_detention_the_crowd_protests_is_no_intervention() -> None:
    text = "On 14 August 2021, relatives of detained fishermen gathered at the port of Ebolo to call for their release."
    assert _model.apply_definitions(text, *INTERVENTION) == PEACEFUL


def test_new_tokens_leave_the_classifier_features_alone() -> None:
    text = "On 4 May 2021, traders blocked the main road through Ebolo for three hours. Police pushed them back."
    toks = _model.argument_tokens(text)
    assert {"has_road_block", "has_intervention_extra"} <= set(toks)
    block = next(b for b in _model._load().blocks if b.source == "arguments")
    assert all(name not in block.vocab for name in _model._definitions_only())
    assert all(f"has_{name}" not in block.vocab for name in _model._definitions_only())


def test_pipeline_reads_a_plain_blockade_as_a_protest(nlp: Any) -> None:
    from crosstally.pipeline import process
    from crosstally.records import Document

    text = ("On 14 October 2020, farmers blocked the highway at Ebolo for most of the day over unpaid crop "
            "payments. [size=several hundred]")
    out = process(Document(text=text, published=date(2020, 10, 17), input_id="t")).to_contract()
    ev = (out.get("events") or [{}])[0]
    assert (ev.get("event_type"), ev.get("sub_event_type")) == PEACEFUL
