"""Tolls, round 32: how short conflict notes (ACLED) state a toll, found on the spent world_notes59, the Kenya train
side and GVDB dev.

Why: each class below was a wrong fatalities figure there: two people a crowd beat whose death "both were dead"
tells (no count held them); a death a crowd is "angry that" happened (the riot's cause, not its toll); a death the
crowd blamed its victim for ("blamed her for the death of a child": the reason the mob gave); a total a note splits
by place ("two deaths, one in X and the other in Y": ACLED codes each place apart, the first event its own part);
"left for dead" and "stone to death two men" (ACLED codes deaths; the grammar read no fate); a title and a name
the parse joined as two people ("MP, <name>, was killed"); a lone "member" of a group killed; a death told with
"also" in an article, typed apart from the first (the same incident's victims); and the killing a raid's target is
held "responsible for" (an earlier deed). The sentences are our own (invented incidents, real places).
"""

from __future__ import annotations

from toll_notes import article_event_tolls, note_low


def test_both_were_dead_tells_the_pair_killed() -> None:
    """'beat two suspected thieves; both were dead before police arrived': two deaths."""
    assert note_low("On 3 March 2021, a crowd in Kitale (Trans Nzoia) beat two suspected cattle thieves near the "
                    "livestock market; both were dead before police arrived. Four people were arrested.") == 2
    assert note_low("On 9 June 2020, villagers near Mbale set upon two men accused of theft. Both were found dead "
                    "the next morning.") == 2


def test_a_death_the_crowd_is_angry_about_is_no_toll() -> None:
    """'stoned a police post, angry that a boy had died in a cell': the riot's cause, ACLED's 0."""
    assert note_low("On 12 August 2021, youths in Kisumu (Kisumu) lit bonfires on the main road and stoned a police "
                    "post, angry that a 19-year-old had died in a cell overnight. Police fired tear gas; no injuries "
                    "were reported.") == 0


def test_a_death_the_crowd_blamed_its_victim_for_is_no_toll() -> None:
    """'stoned a man to death after neighbours blamed him for the death of a child': one death, the man's."""
    assert note_low("On 4 April 2022, a crowd in a village near Kakamega (Kakamega) beat an elderly man to death "
                    "after neighbours blamed him for the death of a boy. Two suspects were arrested.") == 1
    assert note_low("On 15 May 2021, residents of Bungoma (Bungoma) lynched a man they accused of the killing of a "
                    "motorcycle taxi rider.") == 1


def test_a_total_split_by_place_gives_the_first_place_its_part() -> None:
    """'two deaths, one in X and the other in Y', 'in X (6) and Y (3)', 'three in X and one in Y': each place is
    an event of its own (ACLED), the first told keeps its part of the total."""
    assert note_low("Clashes between rival party youths caused two deaths, one in Homa Bay and the other in "
                    "Kendu Bay.") == 1
    assert note_low("Nine killed in clashes between herders in Baragoi (6) and Suguta (3) over grazing land.") == 6
    assert note_low("A vigilante group beat five theft suspects to death at nearby markets: three in Kangundo and "
                    "two in Tala.") == 3
    assert note_low("Eleven people were killed in clashes in Kapedo and Lokori (7 fatalities coded for Kapedo, 4 "
                    "coded for Lokori).") == 7


def test_left_for_dead_and_a_fate_before_its_figure_are_deaths() -> None:
    """A note's 'attacked and left for dead' (one, or the figure attacked) and 'stone to death two drivers'."""
    assert note_low("A ward aspirant, Grace Wanjiru, was attacked at her home in Embu and left for dead.") == 1
    assert note_low("A crowd in Eldoret stone to death two boda boda riders accused of theft.") == 2


def test_a_title_and_a_name_are_one_person() -> None:
    """'Chief, <name> of <place> was shot dead': the title and the name the parse made conjuncts are one victim."""
    assert note_low("Chief, John Ekai of Lokori location was shot dead by raiders on Monday.") == 1


def test_a_lone_member_is_one_victim() -> None:
    """'a sect member was shot dead by police': one person, as a lone trader or officer is."""
    assert note_low("Gang member suspected of extorting traders in Kayole was shot dead by police.") == 1


def test_a_death_told_with_also_joins_the_articles_incident() -> None:
    """'fatally shot Reed ... The officer also accidentally killed a neighbor': typed apart, the same incident's
    second death (GVDB lists both victims)."""
    text = ("Two dispatchers at the city's emergency center were suspended on Tuesday. Marcus Reed, 19, phoned for "
            "help three times from a duplex on Salem Avenue in Dayton. One of the officers sent there, Dale Hurst, "
            "fatally shot Reed, who Hurst said had lunged at him with a pipe. The officer also accidentally killed a "
            "neighbor, Ruth Miles, 55.")
    assert article_event_tolls(text)[0] == 2


def test_a_deed_the_target_is_held_responsible_for_is_no_toll() -> None:
    """'shot dead a wanted gang leader ... the man responsible for the murder of a trader': the trader's death is
    the leader's earlier deed (its own row in ACLED), so the raid killed one."""
    assert note_low("Police shot dead a wanted gang leader during a dawn raid on a hideout near Garsen. Detectives "
                    "named him as the man responsible for the murder of a trader.") == 1


def test_left_for_dead_who_lived_is_no_death() -> None:
    """'left him for dead; a passer-by took him to hospital, where he is recovering': he lived, ACLED's 0."""
    assert note_low("On 5 March 2020, robbers attacked a shopkeeper in Nyahururu (Laikipia), cut him and left him "
                    "for dead; a passer-by took him to hospital, where he is recovering.") == 0
