"""Tolls, round 11b (issue 3, killed and injured in US gun-violence news): a victim named or ranked in the story
and told dead later, "others" hurt beside a lone victim, people hurt by a fall while getting away, an age read as
a toll.

Why: each class below was a wrong killed or injured figure on GVDB-style news. GVDB's annotators list every victim
once, killed or injured, and only the victims of the shooting. The sentences are our own (invented incidents and
people, real places).
"""

from __future__ import annotations

from typing import Any

from toll_notes import article_tolls as _tolls


def test_the_second_victim_named_by_rank_died(nlp: Any) -> None:
    """'The second victim, Ms Ortiz, died Sunday': one of the three told shot, so two dead and one hurt."""
    text = ("Three people were shot at a cookout on Orange Blossom Trail in Orlando on Saturday. A woman, Patrice "
            "Kemp, 40, died at the scene. The second victim, Ms Ortiz, died Sunday, police said. The third, a "
            "12-year-old boy, is expected to recover.")
    assert _tolls(nlp, text) == (2, 1)


def test_the_second_victim_alive_is_no_death(nlp: Any) -> None:
    """'The second victim ... was treated and released': no death told, the figure shot stays hurt."""
    text = ("Two people were shot outside a bowling alley on Independence Boulevard in Charlotte on Friday night. "
            "The second victim, a man of 30, was treated and released, police said.")
    assert _tolls(nlp, text) == (0, 2)


def test_a_wounded_man_named_then_dead_leaves_the_wounded(nlp: Any) -> None:
    """'Two men were wounded ... identified them as Curtis Hensley and Omar Pitt ... Hensley has died': he is one of
    the two, so one dead and one hurt."""
    text = ("Two men were wounded by gunfire outside a laundromat on Ponce de Leon Avenue in Atlanta on Friday. "
            "Police identified them as Curtis Hensley, 50, and Omar Pitt, 35. On Monday, police said Hensley has "
            "died. Pitt remains hospitalized.")
    assert _tolls(nlp, text) == (1, 1)


def test_a_suspect_named_then_dead_is_none_of_the_wounded(nlp: Any) -> None:
    """'Police named the suspect as Carl Dent ... Dent died': the shooter, not one of the two he wounded."""
    text = ("Two men were wounded by gunfire outside a laundromat on Ponce de Leon Avenue in Atlanta on Friday. "
            "Police named the suspect as Carl Dent, 41. Officers shot Dent during a chase on Saturday, and Dent "
            "died at the scene.")
    assert _tolls(nlp, text)[1] == 2


def test_others_after_a_lone_victim_in_his_sentence(nlp: Any) -> None:
    """'A gunman shot one man ..., and two others were wounded': three hurt, not two."""
    text = ("A gunman shot one man in a hallway of an apartment building on Fulton Street in Brooklyn on Monday, "
            "and two others were wounded, police said.")
    assert _tolls(nlp, text) == (0, 3)


def test_others_in_the_next_sentence_add_to_the_lone_victim(nlp: Any) -> None:
    """'A man was shot ... Two others were wounded': "others" are besides him (three hurt)."""
    text = ("A man was shot in a hallway of an apartment building on Fulton Street in Brooklyn on Monday. Two "
            "others were wounded, police said.")
    assert _tolls(nlp, text) == (0, 3)


def test_hurt_when_they_fell_are_no_victims(nlp: Any) -> None:
    """'shot one man, and two others were hurt when they fell on the stairs': one victim of the shooting."""
    text = ("A gunman shot one man in a crowded hallway of an apartment building on Fulton Street in Brooklyn on "
            "Monday, and two others were hurt when they fell on the stairs while running away, police said.")
    assert _tolls(nlp, text) == (0, 1)


def test_knocked_down_as_people_fled_are_no_victims(nlp: Any) -> None:
    """'Two women were knocked down as people fled': hurt in the rush, not by the shots."""
    text = ("Police said one man was shot in his leg outside a club on Beale Street in Memphis on Sunday. Two women "
            "were hurt after being knocked down near the door as people ran out.")
    assert _tolls(nlp, text) == (0, 1)


def test_an_age_set_off_by_commas_is_no_toll(nlp: Any) -> None:
    """'Boy, 7, dies after brother, 9, fires gun': the 7 is his age; one death."""
    text = ("Boy, 7, dies after brother, 9, fires gun found in closet\n\nGARY, Ind. — A 7-year-old boy died on "
            "Sunday after his older brother fired a pistol the two found in a closet of their home, police said.")
    assert _tolls(nlp, text)[0] == 1


def test_both_taken_to_hospital_where_they_died(nlp: Any) -> None:
    """'A couple was shot ... Both were rushed to Grandview, where they died': the pair told shot died (2 killed)."""
    text = ("A couple was shot outside their home on Linden Avenue in Dayton late Friday, police said. Both were "
            "rushed to Miami Valley Hospital, where they died.")
    assert _tolls(nlp, text) == (2, 0)


def test_both_taken_to_hospital_where_they_are_treated(nlp: Any) -> None:
    """'Both were rushed to Grandview, where they were treated': no death told, the pair stays hurt."""
    text = ("A couple was shot outside their home on Linden Avenue in Dayton late Friday, police said. Both were "
            "rushed to Miami Valley Hospital, where they were treated for wounds that were not life-threatening.")
    assert _tolls(nlp, text) == (0, 2)
