"""Tolls and dates, round 33: how short conflict notes (ACLED) state a toll and a day, found on the spent
world_notes60, GVDB dev and the Kenya train side.

Why: each class below was a wrong fatalities figure or day there: a death a crowd is angry happened, told as a
clause of its own ("angry that raiders had killed two herders": the riot's cause, not its toll); a deed a crowd
accuses someone else of, told by a verb ("accusing a guard of beating a trader to death": an earlier death); the
day such a motive clause counts back ("the day before": the cause's day, not the riot's); and an authority's figure
of the attackers beside the note's own figure of the state's side, told in that order ("The army reported 20 raiders
neutralised; two VDP were killed": both sides' dead). The sentences are our own (invented incidents, real
places).
"""

from __future__ import annotations

from datetime import date

from toll_notes import note_low


def _note_day(text: str, published: date = date(2021, 7, 12)) -> str | None:
    """The first event's start day the pipeline gives a note."""
    from crosstally.pipeline import process
    from crosstally.records import Document

    out = process(Document(text=text, published=published, input_id="n")).to_contract()
    return ((out.get("events") or [{}])[0].get("date") or {}).get("start")


def test_a_death_the_crowd_is_angry_someone_caused_is_no_toll() -> None:
    """'stoned a bus, angry that raiders had killed two herders': the riot's cause, ACLED's 0."""
    assert note_low("On 14 March 2021, youths in Gboko (Benue) rioted, burning tyres and smashing shop windows, "
                    "angry that gunmen had killed three traders near the market. Police dispersed them.") == 0


def test_a_deed_the_crowd_accuses_someone_of_is_no_toll() -> None:
    """'accusing a guard of beating a trader to death': the crowd's charge, an earlier death (ACLED's 0)."""
    assert note_low("On 2 February 2022, traders in Kenema set a police booth alight and blocked the main street "
                    "with logs, accusing an officer of beating a hawker to death at the lorry park. Nine people "
                    "were arrested.") == 0


def test_a_motive_clause_day_before_is_not_the_riots_day() -> None:
    """'On 5 June ... angry that gunmen had killed two men the night before': the riot is on 5 June."""
    assert _note_day("On 5 June 2021, residents of Lafia (Nasarawa) barricaded the highway and stoned a police car, "
                     "angry that gunmen had killed two farmers nearby the night before. Police fired tear gas.",
                     date(2021, 6, 9)) == "2021-06-05"


def test_an_authoritys_attacker_toll_and_the_notes_own_state_side_toll_add() -> None:
    """'The army reported 20 raiders neutralised; two VDP were killed': both sides' dead, 22."""
    assert note_low("On 9 October 2022, soldiers and VDP fought off an attack by militants on their base in Djibo "
                    "(Soum). The army reported 20 assailants neutralised; two VDP were killed.",
                    date(2022, 10, 14)) == 22
