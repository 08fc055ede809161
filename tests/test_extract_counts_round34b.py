"""Tolls and dates, round 34b: how short conflict notes (ACLED) state a toll and a day, found on the spent sets'
remaining misses.

Why: each class below was a wrong fatalities figure or day there: a relative clause on the victims between them and
their fate ("two herders who could not run away were shot dead": its negation and its verb are not their fate); a
participle set off by commas ("the two men inside, later mourned by Hezbollah, were killed"); the fate told as
a share of the dead ("four members of one family were among the dead": a part only when the dead were counted
before); South Asian notes' "martyred"; a moving verb whose complement is the state ("pulled from the rubble
dead"); a rival voice's bare figure after "spoke of" (ACLED's conservative figure); and a note's opening day kept
as its event's when a day counted back from it in the same sentence dates background ("lynched two men accused of
killing a trader the night before", "On 5 March, a day after troops left, ..."). The sentences are our own
(invented incidents, real places)."""

from __future__ import annotations

from datetime import date

from test_extract_counts_round33 import _note_day
from toll_notes import note_low


def test_a_relative_clause_on_the_victims_is_not_their_fate() -> None:
    """'two herders who could not run away were shot dead': 2 (the clause's negation negates nothing fatal)."""
    assert note_low("On 3 March 2022, gunmen raided a homestead near Kajiado town, Kajiado; two herders who could "
                    "not run away were shot dead.", date(2022, 3, 6)) == 2


def test_a_relative_clause_with_a_flight_verb_is_not_displacement() -> None:
    """'three women who tried to flee were killed': 3 killed, not three displaced."""
    assert note_low("On 3 March 2022, gunmen raided a village near Bunia (Ituri); three women who tried to flee "
                    "were killed.", date(2022, 3, 6)) == 3


def test_a_participle_between_commas_before_the_fate() -> None:
    """'The two men inside, later mourned by Hezbollah, were killed': 2."""
    assert note_low("On 8 May 2023, a drone struck a pickup near Khiam (Marjayoun). The two men inside, later "
                    "mourned by Hezbollah, were killed.", date(2023, 5, 10)) == 2


def test_a_share_of_the_dead_is_the_toll_when_nothing_else_is() -> None:
    """'four members of one family were among the dead': 4 (ACLED's lowest: the figure told)."""
    assert note_low("On 2 June 2021, an air strike hit a farmhouse in Saada district (Saada); four members of one "
                    "family were among the dead.", date(2021, 6, 4)) == 4


def test_a_share_of_the_dead_told_after_the_toll_adds_nothing() -> None:
    """'Gunmen killed five villagers. Two children were among the dead': 5, not 7."""
    assert note_low("On 2 June 2021, gunmen killed five villagers near Gusau (Zamfara). Two children were among "
                    "the dead.", date(2021, 6, 4)) == 5


def test_martyred_is_killed() -> None:
    """'three policemen were martyred': 3 (South Asian notes' word)."""
    assert note_low("On 4 April 2023, militants attacked a police checkpost in Bannu (Khyber Pakhtunkhwa); three "
                    "policemen were martyred.", date(2023, 4, 6)) == 3


def test_pulled_from_the_rubble_dead() -> None:
    """'six people were pulled from the rubble dead': 6."""
    assert note_low("On 9 July 2024, an air strike flattened a house in Deir al-Balah; six people were pulled from "
                    "the rubble dead.", date(2024, 7, 11)) == 6


def test_a_rival_voice_speaking_of_a_smaller_figure_is_the_conservative_toll() -> None:
    """'Elders said seven of their men fell; the county commander spoke of two': ACLED's lowest, 2."""
    assert note_low("On 30 March 2020, raiders overran a grazing camp near Lokichar, Turkana. Elders said seven of "
                    "their men fell; the county commander spoke of two.", date(2020, 4, 2)) == 2


def test_a_day_counted_back_in_a_background_clause_leaves_the_notes_day() -> None:
    """'On 12 May, residents burned a car over the death of a trader in police cells the previous night': the
    riot is on the 12th (the death, the night before, is its cause)."""
    assert _note_day("On 12 May 2020, residents of Kakamega town burned a car and blocked the road over the death "
                     "of a trader in police cells the previous night.", date(2020, 5, 15)) == "2020-05-12"


def test_bodies_found_of_people_taken_days_earlier_keep_the_notes_day() -> None:
    """'On 9 March, the bodies of two traders seized two days earlier were found': the finding's day, the 9th."""
    assert _note_day("On 9 March 2019, the bodies of two traders seized by gunmen two days earlier were found in a "
                     "shallow grave near Bura, Tana River.", date(2019, 3, 12)) == "2019-03-09"


def test_a_day_after_told_beside_the_notes_day_leaves_it() -> None:
    """'On 5 March 2021, a day after troops left the town, militants looted shops': the 5th."""
    assert _note_day("On 5 March 2021, a day after troops left the town, militants looted shops in Beledweyne "
                     "(Hiraan).", date(2021, 3, 8)) == "2021-03-05"


def test_a_day_counted_back_without_a_note_lead_still_shifts() -> None:
    """A news report without the note's opening day: 'On Friday, police arrested a man over the shooting the
    previous night' still dates the shooting (Thursday), as before."""
    assert _note_day("On Friday, police in Nakuru arrested a man over the shooting of a guard the previous night.",
                     date(2021, 7, 12)) == "2021-07-08"
