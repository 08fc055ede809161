"""Tolls, round 31: how short conflict notes (ACLED) state a toll, found on the Kenya train side and the spent
world_notes58.

Why: each class below was a wrong fatalities figure there: a victim noun set in quotes ('Five "thugs"'); a toll
told with 'total' after its verb ("24 killed total"); a bare figure found dead ("3 found dead"); the toll of a deed a
relative clause dates to last week, told to say who the actors are; an earlier killing dated by "days earlier" after a
long clause of place; "none of the 30 survived the current"; a conflicting report named with its outlet; "another five"
told by a second source (more people, not a rival figure); and "a woman and two of her children". The sentences are
our own (invented incidents, real places).
"""

from __future__ import annotations

from toll_notes import note_low


def test_a_quoted_victim_noun_is_still_the_figures_noun() -> None:
    """A note's quote marks around the victims' label ('Five "thugs"') do not cut the figure off its fate."""
    assert note_low('On 3 May 2019, five "thugs" were lynched by a crowd in Kisumu.') == 5
    assert note_low("On 3 May 2019, police said three \u201cbandits\u201d were shot dead in Isiolo.") == 3


def test_total_after_the_fate_is_no_object_of_it() -> None:
    """'24 killed total': the whole toll, not 24 killers of someone called 'total'."""
    assert note_low("Residents of Githurai take up arms against a gang; 24 killed total, no breakdown of the toll.") == 24


def test_a_bare_figure_found_dead() -> None:
    """'3 found dead with stab wounds': a note's figure with no noun, the subject of 'found ... dead'."""
    assert note_low("On 3 May 2019, riots continue in Nakuru. 3 found dead with stab wounds in Kaptembwo.") == 3


def test_a_deed_a_relative_clause_dates_to_last_week_is_another_event() -> None:
    """'part of a group who attacked a camp last Friday, killing four': who the actors are, not this note's toll."""
    assert note_low("Police shoot dead twelve bandits near Garbatulla, Isiolo. Officers say the gang is the one that "
                    "raided a police post at Kinna last Friday, killing three officers.") == 12


def test_an_earlier_killing_after_a_long_clause_of_place() -> None:
    """'killed by a mob in nearby X village in Y county days earlier': still told as an earlier event."""
    assert note_low("Villagers in Kerugoya lynch a man over a stolen goat. A second alleged goat thief died at the "
                    "hands of a crowd at Kiamuthambi market in Kirinyaga county days earlier.") == 1


def test_none_of_a_counted_group_survived_the_ordeal() -> None:
    """'none of the 30 survived the current': all thirty died (a group that survived an attack is no toll)."""
    assert note_low("On 3 May 2019, a vigilante group stopped a bus near Eldoret and threw its passengers into the "
                    "river. The driver said none of the 30 survived the fast current.") == 30
    assert note_low("On 3 May 2019, raiders attacked a bus near Lodwar. None of the 12 passengers survived the "
                    "attack.") == 12
    assert note_low("On 3 May 2019, raiders attacked two herders near Lodwar; both survived the attack.") == 0


def test_a_conflicting_report_named_with_its_outlet_is_a_rival_figure() -> None:
    """'Initial casualty reports ... two police officers were killed ... A conflicting report by the Daily Nation
    holds three police deaths': ACLED keeps the lower figure."""
    assert note_low("Militants raided a police camp in Rhamu on 26/09. Initial casualty reports say two constables "
                    "died and one more was hurt. A conflicting report by the Daily Nation holds three police "
                    "deaths.") == 2


def test_another_five_told_by_other_reports_adds_to_the_toll() -> None:
    """'another five were killed' adds to the seven told before, whoever reports it."""
    assert note_low("Raiders shot dead seven herders at Nachola, Samburu, on Sunday at dawn. Unconfirmed reports "
                    "say another five died at Lesirikan by nightfall.") == 12


def test_a_person_and_some_of_her_own_people() -> None:
    """'killing a woman and two of her children': three dead, the two not a part of the one."""
    assert note_low("On 4 March 2021, shells fired by the army landed in Kadugli, killing a woman and two of her "
                    "children.") == 3
    assert note_low("On 4 March 2021, gunmen attacked a farm near Kaduna, killing a farmer and three of his sons.") == 4
