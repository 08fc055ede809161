"""Tolls, round 27 (issue 3, killed and injured in US gun-violence news): classes found on GVDB dev, and probes of
our own for the ways US news tells its victims.

Why: each class below was a wrong killed or injured figure. GVDB's annotators list every victim once, killed or
injured, and list a shooter who killed himself among the killed. The sentences are our own (invented incidents and
people, real places).
"""

from __future__ import annotations

from typing import Any

from test_extract_counts_round11 import (
    _TAIL,  # the same article tail: the article rules apply past 700 characters
)
from toll_notes import sentence_toll


def article_tolls(nlp: Any, text: str) -> tuple[int, int]:
    """Killed and injured the count grammar reads in ``text`` told as an article (over 700 characters)."""
    return sentence_toll(nlp, text + _TAIL, "killed"), sentence_toll(nlp, text + _TAIL, "injured")


_LOG = ("{name}, 23 - The Crime Log - Valley Courier {name}, a 23-year-old {who}, died Monday, March 3, after a "
        "shooting in Pacoima, the county coroner said.")


def test_a_crime_log_victim_whose_name_ner_takes_for_a_place(nlp: Any) -> None:
    """'Orlando Miguel Vegas, a 23-year-old Latino male, died': the name told again with a person appositive is a
    person, whatever NER says of the surname (it called it a place, and the death went uncounted)."""
    assert article_tolls(nlp, _LOG.format(name="Orlando Miguel Vegas", who="Latino male"))[0] == 1


def test_a_crime_log_headline_age_is_no_toll(nlp: Any) -> None:
    """'Florence Ana Lima, 23 - The Crime Log': the headline's number after the name is her age (the story says
    'a 23-year-old'), not a toll of 23."""
    assert article_tolls(nlp, _LOG.format(name="Florence Ana Lima", who="Latina female"))[0] == 1


def test_others_told_beside_an_earlier_incidents_toll_are_its_people(nlp: Any) -> None:
    """'... where a gunman killed two men during a cookout in the summer of 2015. ... Four other people were
    wounded': the others are the earlier shooting's hurt, not this story's (it tells one death, no one hurt)."""
    text = ("A college student was shot and killed early Sunday at an apartment complex in Macon. Police noted that "
            "the complex is where a gunman killed two men during a cookout in the summer of 2015. A jury later "
            "convicted that gunman of murder. Four other people were wounded. He will be sentenced next month.")
    assert article_tolls(nlp, text) == (1, 0)


def test_others_told_beside_this_storys_toll_stay_hurt(nlp: Any) -> None:
    """'A student was shot and killed ... Two other people were wounded': the story's own hurt."""
    text = ("A college student was shot and killed early Sunday at an apartment complex in Macon. Two other people "
            "were wounded, police said.")
    assert article_tolls(nlp, text) == (1, 2)


def test_the_bodies_of_the_girls_are_victims_told_again(nlp: Any) -> None:
    """'killing his four young children and his wife ... the bodies of the two girls were found': the definite
    figure names two of the five told before (a part told again, by another voice), and the shooter's own death
    is one more: 6, not 8."""
    text = ("A man who had lost his job opened fire inside his Dayton home on Tuesday, killing his four young "
            "children and his wife, police said. Authorities said the gunman later took his own life. The children "
            "were two girls and two boys, police said. Sgt. Dana Reed said the bodies of the two girls were found in "
            "an attic room, while the boys and their mother lay in the basement.")
    assert article_tolls(nlp, text)[0] == 6


_OFFICER = ("Police said Tavion {name}, 19, had dialed 911 twice from his uncle's house in Toledo. One of the officers "
            "who responded, Robert Brenner, fatally shot {name}, who the officer said was swinging a pipe. Brenner "
            "also accidentally struck and killed a neighbor, Ruth Ames, 61.")


def test_fatally_shot_name_read_as_an_adjective(nlp: Any) -> None:
    """'fatally shot LaMarr, who ...': the parse reads 'shot' as the name's adjective; the name is still the one
    the officer killed, and the neighbor he 'also' killed is one more (2)."""
    assert article_tolls(nlp, _OFFICER.format(name="LaMarr"))[0] == 2


def test_fatally_shot_name_ner_takes_for_a_work(nlp: Any) -> None:
    """'fatally shot LeGrand': NER calls this mention a work of art, the earlier 'Tavion LeGrand, 19' a person:
    the object is a person (2 killed with the neighbor)."""
    assert article_tolls(nlp, _OFFICER.format(name="LeGrand"))[0] == 2


_FOUND = ("A Canton man is in custody after his fiancee, her teenage son, the couple's toddler and their cat were "
          "found dead at their home in Akron. Jail records show he was booked on Monday.")


def test_a_list_of_relatives_found_dead_with_a_pet(nlp: Any) -> None:
    """'after his fiancee, her teenage son, the couple's toddler and their cat were found dead': three people (the
    cat is none), though the parse breaks the list apart."""
    assert article_tolls(nlp, _FOUND)[0] == 3


def test_the_man_in_custody_is_no_victim(nlp: Any) -> None:
    """'Man in custody after his family found fatally shot': the man held is not the one shot; the body's list
    says how many died (3, not the headline's man on top)."""
    assert article_tolls(nlp, "Man in custody after his family found fatally shot in Akron " + _FOUND)[0] == 3


def test_the_one_found_shot_after_the_man_in_custody_is_the_victim(nlp: Any) -> None:
    """'Man in custody after wife found fatally shot', '... after fiancee found ...': she is the one death."""
    for who in ("wife", "fiancee"):
        text = f"Man in custody after {who} found fatally shot in Akron. Deputies said the woman was found inside."
        assert article_tolls(nlp, text)[0] == 1, who


def test_killed_then_turned_the_gun_on_himself(nlp: Any) -> None:
    """'shot and killed his wife ... before turning a handgun on himself': US news tells a murder-suicide this way;
    the shooter is one more death (GVDB lists him), though the text never says 'suicide'."""
    text = "A man shot and killed his wife at their Erie home before turning a handgun on himself, police said."
    assert article_tolls(nlp, text) == (2, 0)


def test_turned_the_gun_on_himself_and_survived(nlp: Any) -> None:
    """'... then turned a rifle on himself; he was flown to a trauma center in critical condition': he lived, hurt."""
    text = ("A man killed his girlfriend and then turned a rifle on himself; he was flown to a trauma center in "
            "critical condition.")
    assert article_tolls(nlp, text) == (1, 1)


def test_in_the_hospital_after_a_shooting_is_hurt(nlp: Any) -> None:
    """'A cook is in the hospital after gunfire', 'Two brothers are in the hospital after ... gunfire': the hurt
    told by where the attack left them."""
    assert article_tolls(nlp, "A cook is in the hospital after gunfire outside a Rockford diner late Saturday.") \
        == (0, 1)
    assert article_tolls(nlp, "Two brothers are in the hospital after gunfire outside a Rockford diner late "
                              "Saturday.") == (0, 2)


def test_the_shooter_then_fatally_shot_by_a_deputy(nlp: Any) -> None:
    """'A man fatally shot his neighbor ... and then was fatally shot by a deputy': the shooter killed in turn is
    one more death (the adverb before the verb tells it)."""
    text = "A man fatally shot his neighbor in Rockford and then was fatally shot by a deputy."
    assert article_tolls(nlp, text) == (2, 0)


def test_a_place_after_a_preposition_is_no_victim(nlp: Any) -> None:
    """'A gunman who wounded a clerk at a pharmacy was killed by officers': the one killed is the gunman, not 'a
    pharmacy' read as one person; the clerk is hurt."""
    from crosstally.extract._counts import find_counts

    text = "A gunman who wounded a clerk at a pharmacy was killed by officers."
    killed = [c for c in find_counts(nlp(text + _TAIL)) if c.kind == "killed"]
    assert [c.low for c in killed] == [1]
    assert "gunman" in (killed[0].group or "")
    assert article_tolls(nlp, text) == (1, 1)


def test_shot_his_wife_and_then_himself(nlp: Any) -> None:
    """'shot his wife and then himself in an apparent murder-suicide': the parse joins 'himself' to the verb, not
    to the wife; the shooter is one more death."""
    text = "A Rockford man shot his wife and then himself in an apparent murder-suicide, the coroner said Monday."
    assert article_tolls(nlp, text) == (2, 0)


def test_a_hyphenated_relative_and_one_more(nlp: Any) -> None:
    """'killed his ex-wife and her new husband before taking his own life': the parse splits 'ex-wife' into three
    objects; the last is the head, joined to the husband (2), and the shooter's own death is one more (3)."""
    text = "A man killed his ex-wife and her new husband before taking his own life at a Rockford duplex."
    assert article_tolls(nlp, text) == (3, 0)


def test_the_victims_named_in_an_appositive(nlp: Any) -> None:
    """'The victims, a 20-year-old man and a 19-year-old woman, were both shot in the legs': the appositive names
    two people (hurt, fate untold); 'pronounced dead' makes them two deaths; told after 'Two people were shot' they
    are the same two."""
    people = "The victims, a 20-year-old man and a 19-year-old woman, were"
    assert article_tolls(nlp, f"{people} both shot in the legs near a Rockford gym.") == (0, 2)
    assert article_tolls(nlp, f"{people} pronounced dead near a Rockford gym.") == (2, 0)
    assert article_tolls(nlp, "Two people were shot Sunday near a Rockford gym. The victims, a man and a woman, "
                              "were taken to a hospital.") == (0, 2)


def test_a_list_of_three_figures_counts_every_member(nlp: Any) -> None:
    """'Two men, a woman and a teenager were wounded': a list of three figures is 4 people, not its first two;
    'A man, a woman and a teenager' (an article after the comma, then "and" another) is a list, 3."""
    assert article_tolls(nlp, "Two men, a woman and a teenager were wounded when gunfire erupted near a Rockford "
                              "chapel.") == (0, 4)
    assert article_tolls(nlp, "A man, a woman and a teenager were wounded when gunfire erupted near a Rockford "
                              "chapel.") == (0, 3)
    assert article_tolls(nlp, "Two policemen, one soldier and a civilian were killed in the raid.")[0] == 4


def test_suffered_wounds_told_with_their_severity(nlp: Any) -> None:
    """'two people suffered non-life-threatening injuries', 'sustained minor gunshot wounds': hurt, however the
    severity is worded between the verb and the noun."""
    assert article_tolls(nlp, "Police said two people suffered non-life-threatening injuries in the Rockford "
                              "shooting.") == (0, 2)
    assert article_tolls(nlp, "Two men sustained minor gunshot wounds outside a Rockford arcade, police said.") \
        == (0, 2)


def test_a_place_before_a_list_is_no_member(nlp: Any) -> None:
    """'families sheltering in a church, 1 woman and 1 child were killed': the list is the woman and the child (2);
    'a church' before the comma heads no list."""
    text = "Gunmen attacked families sheltering in a church, 1 woman and 1 child were killed."
    assert sentence_toll(nlp, text, "killed") == 2
