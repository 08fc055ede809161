"""Tolls, round 12d (issue 3, killed and injured in US gun-violence news): a victim's death told later as an update,
and a lone victim told beside people hurt in the crowd's flight.

Why: each class below was a wrong killed or injured figure on GVDB-style news (read from the spent probes 14-16).
GVDB's annotators list every victim once, killed or injured, and count a victim who died of the wounds later among
the killed; people hurt fleeing are no victims of the shooting. The sentences are our own (invented incidents and
people, real places).
"""

from __future__ import annotations

from toll_notes import article_event_tolls as _article


def test_a_pair_told_shot_and_both_have_died() -> None:
    """'..., and both have died': the perfect without 'since' tells the pair's deaths (2 killed, none hurt)."""
    text = ("PEORIA, Ill. \u2014 Two women were shot on a porch on Warner Avenue on Friday evening, and both have died, "
            "police said Sunday. Officers found them after a neighbor called about gunfire.")
    assert _article(text) == (2, 0)


def test_taken_off_life_support_is_a_death() -> None:
    """'was removed from life support': a death told by its cause, with no verb of dying (1 killed)."""
    text = ("Flint man shot near gas station is removed from life support\n\nFLINT, Mich. \u2014 A 30-year-old man "
            "shot near a gas station on Dort Highway on Thursday night was removed from life support on Saturday, "
            "his cousin said. Police found Anton Brisco lying by the pumps with a wound to the head.")
    assert _article(text) == (1, 0)


def test_a_lone_wounded_person_whose_death_verb_follows_a_place() -> None:
    """'A girl wounded in a shooting at a Joliet park on Friday died Saturday': the death read on 'a Joliet park'
    is the girl's own, so she is killed, not also hurt (1 killed, none hurt)."""
    text = ("JOLIET, Ill. \u2014 A 14-year-old girl wounded in a shooting at a Joliet park on Friday died Saturday, "
            "the Will County coroner said. Investigators were still searching for the shooter on Sunday.")
    assert _article(text) == (1, 0)


def test_driven_to_university_hospital_he_died() -> None:
    """'A woman was killed and a man was wounded ... Medics drove him to X, where he died': the lone person told
    hurt is the one who died there (2 killed, none hurt)."""
    text = ("MOBILE, Ala. \u2014 A woman was killed and a man was wounded in a shooting on Dauphin Street on Friday "
            "night, police said. Medics drove him to University Hospital, where he died about an hour later.")
    assert _article(text) == (2, 0)


def test_a_lone_victim_beside_people_hurt_as_they_fled() -> None:
    """'A man was shot ..., and several patrons had minor injuries as they fled': the patrons are no victims, the
    man is one (1 hurt)."""
    text = ("DENVER \u2014 A man was shot outside a bar on Colfax Avenue early Sunday, and several patrons had minor "
            "injuries as they fled, police said. He was taken to Denver Health in stable condition.")
    assert _article(text) == (0, 1)


def test_a_lone_victim_beside_people_hurt_in_the_rush() -> None:
    """'A woman was shot ..., and a few people were hurt in the rush to the exits': 1 hurt, not none."""
    text = ("OMAHA, Neb. \u2014 A woman was shot in the arm at a concert hall on Saturday night, and a few people were "
            "hurt in the rush to the exits, police said. She is expected to recover.")
    assert _article(text) == (0, 1)


def test_where_he_died_is_not_the_woman_told_hurt() -> None:
    """'One man died and a woman was hurt ... He was taken to X, where he died': the man's death told again; the
    woman told hurt stays hurt (1 killed, 1 hurt), the pronoun names another person than her."""
    text = ("TULSA, Okla. \u2014 One man died and a woman was hurt in a shooting outside a bowling alley on Admiral "
            "Place late Friday, police said. Officers found the man near the parking lot, and he was taken to "
            "Saint Francis Hospital, where he died. The woman was treated for a wound to her hand.")
    assert _article(text) == (1, 1)
