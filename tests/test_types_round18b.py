"""Event type round 11b (issue 3, session 18): leftovers other helpers saw (event_arguments.yaml v2.10).

Why: ACLED's Battles need two organised armed sides and nobody fought back in a robbery by men posing as police, nor
when police rough up journalists; a protest over an earlier killing is a protest, the killing its background; a note
that only tells bodies found dumped is coded as an attack on civilians, with the bodies as its toll; a scraped
headline's dash glued to a figure ("-5 killed") is a separator, not a minus sign. Each test gives the label the
classifier might give and checks what the definitions make of it, with a near case the rule must leave alone. All
sentences are invented.
"""

from __future__ import annotations

import pytest

from crosstally.extract import _model

CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
RIOT = ("Riots", "Violent demonstration")
PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
NONE = ("No event", "No event")


@pytest.mark.parametrize("text", [
    "On 3 May 2024, three men posing as police officers robbed a shop in Kitengela.",
    "On 3 May 2024, fake police officers robbed an M-Pesa agent in Kitengela and escaped with cash.",
])
def test_robbers_posing_as_police_are_no_side_of_a_clash(text: str) -> None:
    assert "has_only_posed_force" in _model.argument_tokens(text)
    assert _model.apply_definitions(text, *CLASH) == ATTACK


def test_a_robbery_that_meets_real_police_stays_a_clash() -> None:
    text = "On 3 May 2024, police shot dead two robbers who had robbed a shop in Kitengela."
    toks = _model.argument_tokens(text)
    assert "has_robbery_unopposed" not in toks and "has_only_posed_force" not in toks
    assert _model.apply_definitions(text, *CLASH) == CLASH


def test_a_robbery_with_nobody_to_fight_back_is_an_attack() -> None:
    text = "On 3 May 2024, four armed men robbed traders at Kamukunji market in Nairobi and escaped on motorbikes."
    assert _model.apply_definitions(text, *CLASH) == ATTACK


def test_a_robbery_read_as_an_abduction_with_nobody_taken_is_an_attack() -> None:
    text = "On 3 May 2024, two gunmen robbed an M-Pesa shop in Kitengela and escaped with cash."
    assert _model.apply_definitions(text, "Violence against civilians", "Abduction/forced disappearance") == ATTACK
    taken = "On 3 May 2024, gunmen robbed a shop in Kitengela and abducted its owner."
    abduction = ("Violence against civilians", "Abduction/forced disappearance")
    assert _model.apply_definitions(taken, *abduction) == abduction


def test_robbers_who_met_guards_stay_a_clash() -> None:
    text = "On 3 May 2024, armed men robbed a bank in Thika; guards shot one of them."
    assert _model.apply_definitions(text, *CLASH) == CLASH


@pytest.mark.parametrize("text", [
    "On 3 May 2024, journalists were roughed up by police in Nakuru.",
    "On 3 May 2024, police roughed up hawkers in Nairobi CBD.",
    "On 3 May 2024, two reporters were manhandled by county askaris in Eldoret.",
])
def test_police_roughing_up_unarmed_people_is_an_attack(text: str) -> None:
    assert "has_force_roughs_civilians" in _model.argument_tokens(text)
    assert _model.apply_definitions(text, *CLASH) == ATTACK
    assert _model.apply_definitions(text, *NONE) == ATTACK  # "roughed up" is no word the classifier learnt


def test_police_fighting_protesters_who_roughed_them_up_stays_with_the_classifier() -> None:
    text = "On 3 May 2024, protesters and police clashed in Nakuru; two journalists were roughed up by police."
    assert _model.apply_definitions(text, *RIOT) == RIOT


@pytest.mark.parametrize("text", [
    "On 3 May 2024, the family and friends of a man killed last week by unknown attackers protested in Eldoret. "
    "Police dispersed them.",
    "On 3 May 2024, relatives of a boda boda rider shot dead by police last month held a protest outside Kisumu "
    "central police station; police dispersed them with teargas.",
])
def test_a_protest_over_an_earlier_killing_is_a_protest(text: str) -> None:
    assert "crowd_harm_only_background" in _model.argument_tokens(text)
    assert _model.apply_definitions(text, *ATTACK) == INTERVENTION
    assert _model.apply_definitions(text, "Riots", "Mob violence") == INTERVENTION


def test_a_calm_protest_over_an_earlier_killing_is_peaceful() -> None:
    text = "On 3 May 2024, the family of a man killed last week held a protest in Kisii town."
    assert _model.apply_definitions(text, *RIOT) == PEACEFUL


def test_relatives_who_burn_tyres_stay_a_riot() -> None:
    text = "On 3 May 2024, relatives of a man killed last week protested in Kisii and burnt tyres on the highway."
    assert "crowd_harm_only_background" not in _model.argument_tokens(text)
    assert _model.apply_definitions(text, *RIOT) == RIOT


@pytest.mark.parametrize("text", [
    "On 3 May 2024, the bodies of two men were found dumped in a thicket in Kiambu.",
    "On 3 May 2024, residents discovered the body of a man with stab wounds in a maize farm in Molo.",
])
def test_bodies_found_dumped_are_an_attack(text: str) -> None:
    assert _model.apply_definitions(text, *NONE) == ATTACK
    assert _model.defined_event(text)


def test_a_drowned_fishermans_body_is_no_attack() -> None:
    text = "On 3 May 2024, the body of a fisherman who drowned was retrieved from Lake Victoria near Homa Bay."
    assert _model.apply_definitions(text, *NONE) == NONE


def test_bodies_dumped_note_keeps_its_toll() -> None:
    from datetime import date

    from crosstally.pipeline import process
    from crosstally.records import Document

    ext = process(Document(text="On 3 May 2024, the bodies of two men were found dumped in a thicket in Kiambu.",
                           published=date(2024, 5, 4)))
    assert [(e.event_type, e.sub_event_type, e.fatalities.best) for e in ext.events] == [(*ATTACK, 2)]


@pytest.mark.parametrize(("text", "killed"), [
    ("Continued attacks -5 killed/", 5),
    ("Raids in the north \u20137 killed", 7),
])
def test_a_dash_glued_to_a_headline_figure_is_no_minus_sign(text: str, killed: int) -> None:
    from crosstally.extract._counts import find_counts
    from crosstally.nlp import load_nlp

    counts = find_counts(load_nlp()(text))
    assert [(c.kind, c.low) for c in counts] == [("killed", killed)]


def test_a_negative_temperature_is_no_toll() -> None:
    from crosstally.extract._counts import find_counts
    from crosstally.nlp import load_nlp

    assert find_counts(load_nlp()("Temperatures fell to -5 degrees in the hills overnight.")) == []
