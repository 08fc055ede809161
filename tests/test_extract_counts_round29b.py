"""Tolls, round 29b: how short conflict notes (ACLED) state a toll, found on our own spent note sets.

Why: each class below was a wrong fatalities figure on the spent world_notes sets: a death the crowd answers told by
a vehicle, a feeling or the mourners ("after a truck ran over a girl", "angered by a colleague's death", "relatives
of a patient who died"), ACLED's 'dozens' read as a protest's grievance, an unknown number of attackers beside a
stated toll, the bombers told beside a suicide blast's toll, a pair told dead by "both" / "neither" / "them", a
school year ("Form Three") read as a figure, a figure police gave "initially", a running total over months, a vague
figure beside the stated one, a wound a note places in a leg or a clinic, and "another" victim killed after a
figure or after "one was killed". The sentences are our own (invented incidents, real places).
"""

from __future__ import annotations

from typing import Any

from toll_notes import note_low, sentence_toll


def test_a_road_death_the_crowd_answers_is_no_toll() -> None:
    """'blocked the road after a truck ran over and killed a girl': the traffic death is the crowd's cause, not a
    toll of the riot (ACLED: 0); the same with 'a hit-and-run' in any event type."""
    assert note_low("On 9 March 2019, traders in Kikuyu blocked the Waiyaki Way with boulders and burning tyres after a "
                    "truck ran over and killed a girl, and threw stones at police.") == 0
    assert note_low("On 2 May 2018, youths in Ongata Rongai lit bonfires on the road and pelted officers with stones "
                    "after a hit-and-run killed a woman.") == 0


def test_a_death_the_crowd_felt_or_mourned_is_no_toll() -> None:
    """'touts angered by a colleague's death', 'relatives of a patient who died' smashing a ward: the grievance."""
    assert note_low("On 4 June 2021, touts angered by a colleague's death in a police cell smashed the windows of "
                    "the station in Kericho.") == 0
    assert note_low("On 12 July 2018, relatives of a man who died at Nyeri county hospital broke doors and "
                    "windows of the ward.") == 0


def test_dozens_killed_at_a_protest_is_acleds_twelve() -> None:
    """'Dozens of people were killed' at a protest the police broke up: ACLED's 12, never the grievance rule's
    'the killing of ...'."""
    assert note_low("On 3 March 2023, gendarmes shot at opposition supporters who marched in Conakry against the "
                    "junta. Dozens of people were killed. [size=no report]") == 12


def test_an_unknown_number_of_attackers_adds_no_one_to_a_stated_toll(nlp: Any) -> None:
    """'5 soldiers and an unknown number of rebels were killed': 5 (the lowest credible figure), in one phrase
    or in two clauses; told alone, ACLED's 10 stays."""
    assert sentence_toll(nlp, "Rebels attacked an army post near Beni. 5 soldiers and an unknown number of rebels "
                              "were killed.") == 5
    assert note_low("On 2 April 2021, jihadists attacked a gendarmerie post near Djibo, Soum. 12 gendarmes were "
                    "killed and an unspecified number of the assailants died.") == 12
    assert sentence_toll(nlp, "An unknown number of rebels were killed near Beni.") == 10


def test_the_bombers_told_beside_a_suicide_toll_are_counted() -> None:
    """'five people died besides the bomber', 'two guards and the bomber dead', 'along with both bombers': ACLED
    counts the perpetrators who died."""
    assert note_low("On 5 May 2020, a suicide bomber struck a market in Konduga, Borno; five people died besides "
                    "the bomber.") == 6
    assert note_low("On 5 May 2020, a suicide bomber blew himself up at a checkpoint in Konduga, Borno; two guards "
                    "and the bomber dead.") == 3
    assert note_low("On 5 May 2020, two suicide bombers set off their charges at a mosque in Konduga, Borno. Three "
                    "worshippers died along with both bombers.") == 5


def test_a_pair_told_dead_by_both_neither_or_them(nlp: Any) -> None:
    """'beat two men ... Both died', 'neither survived', 'burned them to death', 'both passengers, two traders,
    died': the pair counted before with no fate of its own died."""
    assert sentence_toll(nlp, "Villagers in Bungoma caught two men with a stolen cow and beat them. Both died on the "
                              "way to hospital.") == 2
    assert sentence_toll(nlp, "A crowd in Mumias cornered two suspected robbers and stoned them; neither "
                              "survived.") == 2
    assert sentence_toll(nlp, "A mob near Nyamira seized three men accused of theft and burned them to death.") == 3
    assert sentence_toll(nlp, "A mortar hit a pickup near Idlib; both passengers, two farmers, died.") == 2


def test_a_school_year_is_no_figure(nlp: Any) -> None:
    """'a Form Three pupil was shot dead': one death, not three."""
    assert sentence_toll(nlp, "A Form Three pupil was shot dead by police in Kisumu during the demonstration.") == 1


def test_a_figure_given_initially_is_replaced_by_the_later_one() -> None:
    """'killing a man, his wife and their son. The commander initially put the death toll at two': the full figure
    stands (3); 'officials first gave the toll as three' beside 'killed five' is the first figure too."""
    assert note_low("On 8 August 2019, raiders attacked a homestead near Baragoi, killing a man, his wife and their "
                    "son. The county commander initially put the death toll at two.") == 3
    assert note_low("On 8 August 2019, raiders attacked a homestead near Baragoi and killed five herders. Officials "
                    "first gave the toll as three.") == 5


def test_a_running_total_over_months_is_background() -> None:
    """'a dispute in which nine people have been killed since 2020': a running total, no toll of the day's meeting
    (nor of the day's lone victim)."""
    assert note_low("On 4 April 2022, Pokot and Marakwet elders met at Chesogon to settle a dispute over water, in "
                    "which at least nine people have been killed since 2020.") == 0


def test_a_vague_figure_gives_way_to_the_stated_one() -> None:
    """'killed several farmers ... officials said three people died': ACLED's 10 for 'several' stands only where no
    figure is given."""
    assert note_low("On 6 May 2022, gunmen killed several farmers in Nekemte, East Wollega, Oromia. Local "
                    "officials said three people died.") == 3


def test_a_wound_the_note_places_keeps_the_shot_alive() -> None:
    """'shot the guard in the thigh', 'beat him unconscious', 'pulled him out alive': a hurt, not ACLED's death
    for a bare 'shot'."""
    assert note_low("On 2 June 2021, three robbers raided a petrol station in Athi River and shot the attendant "
                    "in the thigh before escaping.") == 0
    assert note_low("On 2 June 2021, a crowd in Githurai caught a man accused of stealing a phone and beat him "
                    "unconscious.") == 0
    assert note_low("On 2 June 2021, a crowd in Githurai caught a man accused of stealing a phone and began beating "
                    "him, but officers pulled him out alive.") == 0


def test_a_counted_family_and_an_earlier_toll_keep_their_readings() -> None:
    """Guards for the rules above: 'a family of four were killed' is the toll (the kin rule is for one person the
    mourners are kin of), and 'an unknown number feared dead ... days after three people were killed' keeps
    ACLED's 10 (the three belong to an earlier attack, so no stated figure of this event stands beside it)."""
    assert note_low("On 7 January 2008, during the post-election clashes, a family of four were killed in Kiambiu, "
                    "Nairobi.") == 4
    assert note_low("On 9 May 2019, an unknown number of herders are feared dead after raiders struck a camp near "
                    "Moyale. The raid came days after three people were killed in a dispute over a borehole.") == 10


def test_another_victim_killed_after_a_figure_is_one_more() -> None:
    """'killing four passengers. Gunmen then shot at the rescuers, killing another passenger': 'another' is one more
    death beside the figure, never one of the four told again."""
    assert note_low("On 3 May 2020, a bomb hit a bus near Mandera, killing four passengers. Gunmen then shot at the "
                    "rescuers, killing another passenger.") == 5


def test_one_killed_and_another_succumbed_is_two(nlp: Any) -> None:
    """'one trader was killed at the scene and another succumbed to his wounds': two deaths, as 'the other' reads."""
    assert sentence_toll(nlp, "Police opened fire on the crowd in Kisumu; one trader was killed at the scene and "
                              "another succumbed to a head wound at the county hospital.") == 2


def test_both_and_neither_tell_no_new_deaths_when_deaths_were_told(nlp: Any) -> None:
    """Guards for the pair rule: 'both men died' after the two deaths were told is the same two, and 'Neither lived
    in the flat' is residence, not a failed survival."""
    assert sentence_toll(nlp, "A Tacoma man shot dead his brother-in-law and then killed himself. The medical "
                              "examiner said both men died of gunshot wounds.") == 2
    assert sentence_toll(nlp, "Two men were questioned over the robbery of the shop. Neither lived in the flat above "
                              "it, detectives said.") == 0
