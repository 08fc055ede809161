"""Tolls and dates, round 34: how short conflict notes (ACLED) state a toll and a day, found on the spent
world_notes61 and the Kenya train side.

Why: each class below was a wrong fatalities figure or day there: one more death told with "also" by a second
voice after an authority's figure of the attackers ("The army said four raiders were killed; villagers said a
guard also died": both, ACLED counts every side); a lone victim's death told by the copula ("he was dead when
medics came"); the pair word as a killing verb's object ("killing both men inside": 2); a person, the age, then a
relative ("killing a farmer aged 58 and his son": 2, the age breaks the parse's conjunction); a death inside the
charge a crowd makes ("accusing police of covering up a clerk's killing": the crowd's cause, ACLED's 0); and a
day counted back on the thing a protest opposes ("marched against the levy approved two days before": that
act's day, not the march's); and people added with "plus" ("five killed plus a driver and two passengers": 8). The
guards keep a voice's "also" with its own figure and the copula reading to "he"/"she". The sentences are our own
(invented incidents, real places)."""

from __future__ import annotations

from datetime import date

from test_extract_counts_round33 import _note_day
from toll_notes import note_low


def test_one_more_death_told_with_also_by_a_second_voice_adds() -> None:
    """'The army said four raiders were killed; villagers said a guard also died': 4 + 1 (ACLED: every side)."""
    assert note_low("On 3 March 2021, gunmen attacked a gendarmerie post in Bamenda (Mezam). The army said four "
                    "raiders were neutralised; villagers said a gendarme also died.", date(2021, 3, 6)) == 5


def test_a_lone_victims_death_told_by_the_copula_counts() -> None:
    """'a crowd beat a man ...; he was dead when police came': one death (ACLED counts the mob's victim)."""
    assert note_low("On 12 April 2020, a crowd in Gitega beat a man suspected of stealing a goat; he was dead "
                    "when police came. Two others fled.", date(2020, 4, 15)) == 1


def test_a_negated_copula_death_is_none() -> None:
    """'he was not dead': no death told."""
    assert note_low("On 12 April 2020, a crowd in Gitega beat a man suspected of stealing a goat; he was not dead "
                    "when police came.", date(2020, 4, 15)) == 0


def test_the_pair_word_as_a_killing_verbs_object_is_two() -> None:
    """'a drone strike hit a van, killing both men inside': 2."""
    assert note_low("On 4 May 2024, a drone strike hit a van on the road near Bint Jbeil (Nabatieh), killing both "
                    "men inside.", date(2024, 5, 6)) == 2


def test_a_person_with_an_age_and_a_relative_is_two() -> None:
    """'shelling killed a farmer aged 58 and his son': 2 (the age splits the parse's conjunction)."""
    assert note_low("On 9 June 2022, Russian forces shelled Nikopol (Nikopol raion) overnight, killing a farmer "
                    "aged 58 and his son, the regional governor said.", date(2022, 6, 11)) == 2


def test_a_person_with_an_age_between_commas_and_a_relative_is_two() -> None:
    """'gunmen shot dead a trader, 45, and his son': 2."""
    assert note_low("On 9 June 2022, gunmen shot dead a trader, 45, and his son in Kaduna.", date(2022, 6, 11)) == 2


def test_a_death_inside_the_crowds_charge_is_no_toll() -> None:
    """'accusing officers of covering up a clerk's killing': the crowd's cause, an earlier death (ACLED's 0)."""
    assert note_low("On 2 July 2019, youths in Birgunj (Parsa) stoned the police post and burned tyres, accusing "
                    "officers of covering up a shopkeeper's murder. Police fired tear gas.", date(2019, 7, 4)) == 0


def test_a_day_counted_back_on_what_a_protest_opposes_is_not_the_protests_day() -> None:
    """'marched against the fuel levy approved two days before': the levy's day, the march is on the lead's day."""
    assert _note_day("On 7 October 2020, bus drivers marched through Bandung (West Java) against the fuel levy "
                     "approved two days before, then dispersed.", date(2020, 10, 9)) == "2020-10-07"


def test_people_added_with_plus_count_too() -> None:
    """'five civilians killed in a hotel plus a bus driver and two passengers': 5 + 3, though all are civilians
    (found on the Kenya train side)."""
    assert note_low("Gunmen raid a market near Garissa. Five civilians killed in a hotel plus 1 bus driver and 2 "
                    "passengers.", date(2014, 3, 2)) == 8


def test_a_voice_adding_to_its_own_figure_stays_with_it() -> None:
    """'The army said three soldiers were killed, while the rebels claimed 15. Two rebels also died, the army
    added': the army's 3 + 2 (ACLED's conservative figure), not the rebels' claim grown by two."""
    assert note_low("On 5 March 2022, rebels attacked an army post near Kajo Keji (Central Equatoria). The army said "
                    "three soldiers were killed, while the rebels claimed 15. Two rebels also died, the army added.",
                    date(2022, 3, 8)) == 5


def test_another_man_dead_told_by_a_noun_is_left_to_the_headline() -> None:
    """'Two shot, one dead ... Moments later another man was dead': the copula reading is for 'he'/'she' only, so
    the headline's one death is not doubled (GVDB dev)."""
    from toll_notes import article_event_tolls

    killed, _ = article_event_tolls(
        "Two shot, one dead outside a diner in Toledo | The Blade\nTOLEDO, Ohio - Shots rang out outside a diner on "
        "Monday evening. Moments later another man was dead. A second man was wounded in the leg and taken to a "
        "hospital, police said.")
    assert killed == 1
