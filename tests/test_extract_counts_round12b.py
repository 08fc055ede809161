"""Tolls, round 12b (issue 3, killed and injured in US gun-violence news): people hurt in a crowd's flight or by a
car or a crash, a figure told shot and then pronounced dead, a shooter found dead later, a toll told only in a
chief's words, and a place's past toll dated by its year.

Why: each class below was a wrong killed or injured figure on GVDB-style news (read from the spent probes 14 and
15). GVDB's annotators list every victim once, killed or injured, only the victims of the shooting, and a shooter
who killed himself among the killed. The sentences are our own (invented incidents and people, real places).
"""

from __future__ import annotations

from typing import Any

from toll_notes import article_event_tolls as _article
from toll_notes import article_tolls as _tolls


def test_a_headline_of_people_hurt_as_a_crowd_fled(nlp: Any) -> None:
    """'several hurt as shoppers flee' in a headline: hurt in the flight, not by the shot; the headline's clause
    ends at its line, not in the lede's 'A man was shot'."""
    text = ("Teen shot near Tacoma Mall food court; several hurt as shoppers flee\n\nTACOMA, Wash. — A man was shot "
            "in the thigh near the food court of the Tacoma Mall on Sunday afternoon, police said. He was "
            "taken to Tacoma General Hospital.")
    assert _tolls(nlp, text) == (0, 1)


def test_minor_injuries_as_the_crowd_rushed_out(nlp: Any) -> None:
    """'several patrons had minor injuries as the crowd inside rushed for the exits': no victims of the shot."""
    text = ("A man was shot in the back outside a dance hall on Fannin Street in Shreveport early Sunday, police "
            "said. Several patrons had minor injuries as the crowd inside rushed for the exits.")
    assert _tolls(nlp, text)[1] == 1


def test_people_hurt_when_a_fleeing_car_struck_them(nlp: Any) -> None:
    """'two people were hurt when a car racing away from the party jumped the curb': the car's, not the gun's."""
    text = ("A man was shot and killed at a graduation party on Bluff Road in Columbia on Saturday night, and two "
            "people were hurt minutes later when a car racing away from the party jumped the curb, police said.")
    assert _tolls(nlp, text) == (1, 0)


def test_a_passenger_hurt_in_the_crash_after_the_driver_was_shot(nlp: Any) -> None:
    """'his passenger was hurt in the crash': only the driver shot is a victim."""
    text = ("A driver was shot on Airline Highway in Baton Rouge on Thursday evening after an argument at a "
            "traffic light. His car hit a light pole, and his passenger was hurt in the crash, police said.")
    assert _tolls(nlp, text)[1] == 1


def test_hurt_by_the_weapon_stays_hurt(nlp: Any) -> None:
    """'two people were wounded as the crowd fled': 'wounded' names the weapon's harm, the flight only the moment."""
    text = ("A gunman fired into a crowd outside a bar on Broadway in Nashville on Saturday, and two people were "
            "wounded as the crowd fled toward the river, police said.")
    assert _tolls(nlp, text)[1] == 2


def test_shot_and_pronounced_dead(nlp: Any) -> None:
    """'two men had been shot and were pronounced dead at the scene': two dead, none hurt."""
    text = ("Officers were called to an apartment complex on Riverside Drive in Macon on Sunday morning. Police "
            "said in a short statement that two men had been shot and were pronounced dead at the scene.")
    assert _tolls(nlp, text) == (2, 0)


def test_shot_and_taken_to_hospital_stays_hurt(nlp: Any) -> None:
    """'three people were shot and were taken to a hospital': no death joined to the figure."""
    text = ("Police said three people were shot and were taken to a hospital after an argument on Cherry Street "
            "in Macon on Sunday morning.")
    assert _tolls(nlp, text) == (0, 3)


def test_the_gunman_later_found_dead(nlp: Any) -> None:
    """'The gunman was later found dead in a field': the shooter's own death, counted as GVDB lists him."""
    text = ("A fired employee shot three coworkers at a bottling plant on Division Street in Evansville on "
            "Wednesday, killing two of them, police said. The gunman was later found dead in a field behind the "
            "plant.")
    assert _tolls(nlp, text) == (3, 1)


def test_officers_found_the_shooter_dead(nlp: Any) -> None:
    """'Officers found the shooter dead in a stairwell': one death more than his victim."""
    text = ("A man shot and killed his neighbor in a dispute over a dog at an apartment building on Grand "
            "Avenue in Des Moines on Tuesday. Officers found the shooter dead in a stairwell about an hour later.")
    assert _tolls(nlp, text)[0] == 2


def test_found_dead_after_officers_returned_fire_is_no_own_hand(nlp: Any) -> None:
    """'Deputies returned fire ... The suspect was found dead': a death by police fire, not by his own hand."""
    text = ("A man opened fire on deputies serving a warrant at a house on Ridge Road in Beaumont on Friday, "
            "killing one of them. Other deputies returned fire. The suspect was found dead inside the house "
            "when a tactical team went in.")
    assert _tolls(nlp, text)[0] == 1


def test_a_toll_told_only_in_a_chiefs_words(nlp: Any) -> None:
    """'one young man who didn't make it, and two more who are at the hospital fighting': one dead, two hurt."""
    text = ("\"We've got one young man who didn't make it, and two more who are at the hospital fighting,\" Chief "
            "Dana Whitlock told reporters outside a closed lounge on Gessner Road in Houston on Sunday.")
    assert _tolls(nlp, text) == (1, 2)


def test_a_places_past_toll_dated_by_its_year(nlp: Any) -> None:
    """'the same bar where three people were killed in 2018': that toll is the place's past, not this event's."""
    text = ("Someone fired several shots at a car leaving a bar on Sixth Street in Austin early Sunday, the same "
            "bar where three people were killed in 2018, police said. No one was hit this time.")
    assert _tolls(nlp, text)[0] == 0


def test_the_shooter_found_dead_stays_in_the_first_events_toll(nlp: Any) -> None:
    """The whole pipeline: the shooter found dead hours later, told in a paragraph of its own with its own time
    and place, still adds to the first event's toll (GVDB lists him with his victims)."""
    text = ("Two killed, one hurt in Rockford shooting\n\nROCKFORD, Ill. — A man shot three people at a house on "
            "Kilburn Avenue on Sunday afternoon, killing two of them, police said. The third, a woman of 44, went "
            "to a hospital and should recover.\n\nShortly before midnight, officers found the gunman "
            "dead in a parked car outside a motel in Loves Park with a self-inflicted wound.")
    assert _article(text) == (3, 1)
