"""Tolls, round 29: how short conflict notes (ACLED) state a death toll, found on the train side (Kenya dev notes).

Why: each class below was a wrong fatalities figure: the shooter's own death after "shot dead his commander", a
second victim told "along with another man", deaths told in parts ("two died instantly and one died later"), a
figure the note corrects in a bracket, a figure counted "in separate incidents" that is the note's own toll, and a
headline's "lynch a suspect" the tagger reads as a noun. The sentences are our own (invented incidents, real
places).
"""

from __future__ import annotations

from typing import Any

from toll_notes import sentence_toll

from crosstally.extract._counts import SELF_METHOD, find_counts


def test_the_officer_who_shot_dead_his_commander_then_turned_the_gun_on_himself(nlp: Any) -> None:
    """'shot dead his commander before turning the gun on himself': 'shot dead' is the killing that makes the turn
    a suicide, so the shooter is one more death (ACLED and GVDB count him)."""
    text = "A police officer shot dead his commander before turning the gun on himself at a camp in Garissa."
    assert sentence_toll(nlp, text) == 2


def test_the_object_the_parse_hangs_on_dead_is_the_victim_not_the_shooter(nlp: Any) -> None:
    """'An officer has shot dead his sergeant': the parse hangs 'his sergeant' on 'dead'; the sergeant is the victim,
    and the officer who then turned the rifle on himself is a second death, not the same one."""
    text = "A reserve officer has shot dead his sergeant after a quarrel and then turned the rifle on himself in Wajir."
    assert sentence_toll(nlp, text) == 2


def test_committing_suicide_is_the_shooters_own_death(nlp: Any) -> None:
    """'shot dead his colleague before committing suicide': two deaths."""
    text = "A police constable shot dead his colleague before committing suicide at a station in Isiolo."
    assert sentence_toll(nlp, text) == 2


def test_a_victim_killed_along_with_another_man(nlp: Any) -> None:
    """'killed a trader along with another man' (active voice, the victim the verb's object): two deaths, as the
    passive 'a trader was killed along with another man' already reads."""
    assert sentence_toll(nlp, "Gunmen killed a trader along with another man near a market in Mandera.") == 2
    assert sentence_toll(nlp, "Gunmen shot dead a shopkeeper along with his driver outside Moyale.") == 2


def test_deaths_told_in_parts_add_up(nlp: Any) -> None:
    """'Four officers were shot; two died instantly and one died later in hospital': three deaths, the later part
    on top of the part that died at once; a later part of a total already told stays inside it."""
    assert sentence_toll(nlp, "Four officers were shot near Wajir; two died instantly and one died later in "
                              "hospital.") == 3
    assert sentence_toll(nlp, "Two herders were killed on the spot and one later died in hospital in Marsabit.") == 3
    assert sentence_toll(nlp, "Three people died after the raid in Marsabit; one died later in hospital.") == 3


def test_a_figure_the_note_corrects_in_a_bracket(nlp: Any) -> None:
    """'killed four (later confirmed as six) rangers': ACLED codes the corrected figure."""
    assert sentence_toll(nlp, "An explosive device killed four (later confirmed as six) rangers near Mandera.") == 6


def test_a_group_of_a_figure_counts_the_figure(nlp: Any) -> None:
    """'killing a group of five police officers', 'killed a family of four': the figure after 'of' counts the
    people, not the article on the collective noun."""
    assert sentence_toll(nlp, "A landmine went off near Elwak, killing a group of five police officers.") == 5
    assert sentence_toll(nlp, "Bandits killed a family of four in a village near Marsabit.") == 4


def test_a_notes_own_toll_told_in_separate_incidents(nlp: Any) -> None:
    """'Gunmen killed three people in separate incidents on the same night': the note's own toll (ACLED codes the
    three on its row); a second toll told so after the note's own stays left out."""
    assert sentence_toll(nlp, "Gunmen killed three people in separate incidents on the same night in Lamu.") == 3
    assert sentence_toll(nlp, "A trader was shot dead in Lamu. Gunmen also killed two people in separate attacks "
                              "in Mombasa.") == 1


def test_a_headlines_lynch_read_as_a_noun(nlp: Any) -> None:
    """'A vigilante mob lynch a theft suspect', 'Residents lynch robber': the tagger reads 'lynch' as a noun; the
    note still tells one death. An attempt ('in a bid to lynch') tells none."""
    assert sentence_toll(nlp, "A vigilante mob lynch a theft suspect in a village near Nyeri.") == 1
    assert sentence_toll(nlp, "Residents lynch robber") == 1
    assert sentence_toll(nlp, "A crowd storms a police post in Embu in a bid to lynch a theft suspect.") == 0


def test_a_suicide_with_no_one_harmed_before_it_is_no_victim(nlp: Any) -> None:
    """'Students protested over the death of a classmate, who had committed suicide': a grievance, no attack's
    victim; only a suicide told after someone was shot or killed is the shooter's own death."""
    text = "Students marched in Eldoret over the death of a classmate. Friends said he committed suicide last week."
    assert not [c for c in find_counts(nlp(text)) if c.method == SELF_METHOD]
    assert sentence_toll(nlp, "A guard shot his supervisor before committing suicide at a depot in Thika.") >= 1


def test_a_bracketed_relative_clause_is_an_aside(nlp: Any) -> None:
    """'3 bandits (who had raided a market and killed 4 traders ...) were shot dead by police': the bracket tells
    what the bandits did before; the toll is the three shot dead."""
    text = "3 bandits (who had raided a cattle market and killed 4 traders a month ago) were shot dead by police in Baringo."
    assert sentence_toll(nlp, text) == 3


def test_the_other_dead_are_those_already_counted(nlp: Any) -> None:
    """'Three herders and five raiders were killed ... the five other dead are the raiders': told again with 'the',
    the five are among the eight, not five more."""
    text = ("Three herders and five raiders were killed in clashes near Isiolo. Three of the herders were shot dead "
            "and the five other dead are the raiders.")
    assert sentence_toll(nlp, text) == 8
    assert sentence_toll(nlp, "A man was shot dead in Kisumu. Two other men were killed nearby.") == 3


def test_actors_linked_to_a_group_who_kill_tell_the_notes_own_toll(nlp: Any) -> None:
    """'Bandits linked to <a named group> kill two': 'linked to' names the bandits' group, and the finite verb after it is
    the note's own killing (not "arrested a man linked to ... who killed two", an earlier event)."""
    assert sentence_toll(nlp, "Bandits linked to Al Shabaab cells kill two herders near Hulugho") == 2
    assert sentence_toll(nlp, "Police arrested a man linked to Al Shabaab cells who killed two herders near Hulugho.") == 0


def test_a_victim_told_beside_an_earlier_killing_he_is_accused_of(nlp: Any) -> None:
    """'Crowd kills youth suspected of killing a rider': the rider's death is another event's; it neither counts nor
    stands for the man the mob killed."""
    assert sentence_toll(nlp, "Crowd kills youth suspected of killing a motorcycle rider in Meru") == 1


def test_shot_a_suspect_dead_with_dead_after_the_object(nlp: Any) -> None:
    """'Police shot a robbery suspect dead': 'dead' after the object is his fate (killed, not a wound)."""
    assert sentence_toll(nlp, "Police shot a burglary suspect dead in Kakamega.") == 1
    assert sentence_toll(nlp, "Police shoot burglary suspect dead in shoot-out") == 1
