"""Tolls, round 31b: how short conflict notes (ACLED) state a toll, found on the Kenya train side and the spent
world_notes56-58.

Why: each class below was a wrong fatalities figure there: a lead total told first and then its parts, the last
ones with "another" (the parts add up to the lead; "another" adds to the part before it, not to the lead); lone
victims named by an office or trade the person nouns lacked (a detective, a cattle dealer, a vaccinator); a
lone victim told again by "the <noun>" together with a companion; a side's own dead put at a figure ("put the army's
dead at 14"); and two parties that each tell their own losses ("two of its soldiers", "one of its own"). The
sentences are our own (invented incidents, real places).
"""

from __future__ import annotations

from toll_notes import note_low

from crosstally.vocab import load_vocab


def test_a_lead_total_then_its_parts_keeps_the_lead() -> None:
    """'At least twelve feared dead. Seven killed at X. Another four killed at Y': 7 + 4 are the twelve's parts."""
    assert note_low("At least twelve people are feared dead after raids on two villages near North Horr, Marsabit. "
                    "Seven people were killed at Dukana early on Sunday (04/06). Police said another four were "
                    "killed at Balesa later that day.") == 12
    assert note_low("At least ten people died in clashes between herders near Baragoi on Monday. Six were killed at "
                    "Nachola in the morning. Another three were killed at Suguta that evening.") == 10


def test_parts_that_sum_past_the_lead_give_their_sum() -> None:
    """'Nine killed. Five at X. Another six at Y': the parts say eleven; 'another' adds to the five, not the nine."""
    assert note_low("Nine people were killed in raids in Turkana East. Five were killed at Kapedo. Another six were "
                    "killed at Lokori.") == 11


def test_another_after_a_lone_figure_still_adds() -> None:
    """With no lead total before them, 'another' adds to the figure told before it."""
    assert note_low("Four people were killed in a raid at Kapedo. Another two were killed at Chesitet later that "
                    "night.") == 6
    assert note_low("Raiders shot dead seven herders at Nachola, Samburu, on Sunday at dawn. Unconfirmed reports "
                    "say another five died at Lesirikan by nightfall.") == 12


def test_offices_and_trades_name_one_victim() -> None:
    """A detective, a cattle dealer, a vaccinator: one person each, as a teacher or a trader is."""
    assert note_low("Police detective shot dead while investigating a robbery in Nyeri.") == 1
    assert note_low("On 3 May 2019, a cattle dealer and his nephew were gunned down near Wajir.") == 2
    assert note_low("On 9 January 2024, two gunmen fatally shot a polio vaccinator in a village near Khar and "
                    "wounded the constable escorting his team.") == 1


def test_singular_person_nouns_stay_checkable() -> None:
    """Every noun the counts grammar counts as one victim is one the evaluation's evidence check accepts."""
    counted = {str(w).lower() for w in load_vocab("quantifiers")["entries"]["singular_persons"]}
    checked = {str(w).lower() for w in load_vocab("eval_singular")["entries"]["person_nouns"]}
    assert counted <= checked, sorted(counted - checked)


def test_a_lone_victim_told_again_with_a_companion() -> None:
    """'A farm manager was killed ... The manager died together with his cook': two, the manager once."""
    assert note_low("A farm manager was killed in an ambush outside Molo on Monday. The manager died at the scene "
                    "together with his cook when raiders fired at their car.") == 2


def test_a_sides_dead_put_at_a_figure() -> None:
    """'put the army's dead at 14': a side's own dead, as 'put the dead at 14' is."""
    assert note_low("On 21 May 2021, rebels attacked army posts east of Marib. A military source put the army's dead "
                    "at 14.") == 14


def test_each_party_telling_its_own_losses_adds() -> None:
    """'Yerevan reported three of its soldiers killed. Baku said two of its own died': five, each side's own dead;
    two parties that each tell a toll with no 'its' are still rival tellings of one toll."""
    assert note_low("On 19 March 2022, troops exchanged fire across the border near Tovuz, according to Yerevan, "
                    "which reported three of its soldiers killed. Baku said two of its own died in the "
                    "exchange.") == 5
    assert note_low("On 19 March 2022, troops exchanged fire near Tovuz. Yerevan said three soldiers were killed; "
                    "Baku said two soldiers died.") == 2
