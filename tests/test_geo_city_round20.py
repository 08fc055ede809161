"""The city of a US shooting where the text says where the responders went (issue 3, city round 20).

Why: GVDB's city read 0.90 on dev but 0.80 on test, and round 19's held-out probe fell: rules fitted rows. This round
widens round 19's principle (a sentence that says where the shots were fired outranks the dateline, the county, the
hospital and the arrest) to three forms any local story can carry:

* the responders' errand: 'Deputies were called at about 11 p.m. to a duplex on Third Street in Cheney' says where
  the shooting was as plainly as 'the shooting happened in Cheney' (only with 'to': the place they were sent to);
* a numbered landmark before the town: 'near Exit 150 in Troutville' is no town; the statement goes on to it;
* a short title: 'in St. Cloud' is GeoNames' 'Saint Cloud';
* a statement that names only a county ('shot ... in Putnam County') leaves a later statement to name the town;
* a home told with its state ('a driver from Paducah, Kentucky') says nothing of the scene's state: the statement's
  town counts in another state when only one state has a town of that name.

Also, a town told right after a named institution ('the Essex County Correctional Facility in Newark', 'Clara
Maass Medical Center in Belleville') is that institution's town, like one told after 'taken to' or 'arrested', for
every rule that reads the event's sentences; and a place the index lacks that the pipeline put in a US state (a sheriff's 'Office' misread as a spot) takes the
town the statement names in that state. Guards: responders sent to a hospital, or a statement with no 'to', say
nothing of the scene. Every sentence below is written for this file; towns are real, people and incidents invented.
Real pipeline, no country hint.
"""

from __future__ import annotations

from typing import Any

import pytest
from geocoded import first_place, place_triple

from crosstally.eval._scoring._places import same_city
from crosstally.geo._sentences import METHOD_SCENE_STATEMENT

CASES = [
    # the responders' errand under a big city's dateline and a sheriff's county lead; the hospital's city later
    ("SPOKANE, Wash. (KREM) - A man was wounded in a shooting late Saturday, the Spokane County Sheriff's Office "
     "said. Deputies were called at about 11:40 p.m. to a duplex on Third Street in Cheney after a neighbor heard "
     "several shots. The man was taken to a hospital in Spokane.", "Cheney", "Washington"),
    # no dateline, a parish sheriff's office in the lead: the town the deputies were sent to
    ("Deputies investigate shooting\n\nA woman was hurt Friday night, the Ouachita Parish Sheriff's Office said. "
     "Deputies were dispatched shortly after 9 p.m. to a mobile home on Cypress Street in West Monroe, where they "
     "found her with a wound to the arm. She was taken to a hospital in Monroe.", "West Monroe", "Louisiana"),
    # a short title in the responders' errand, under another city's dateline
    ("ORLANDO, Fla. - A man died after he was shot Sunday, according to the Osceola County Sheriff's Office. "
     "Deputies responded around 4 p.m. to a shopping plaza on Vine Street in St. Cloud and found him in a parked "
     "car.", "St. Cloud", "Florida"),
    # a numbered exit before the town, under a bigger city's dateline
    ("Trooper: driver shot on interstate\n\nROANOKE, Va. - A driver was hurt Saturday when someone fired at his van "
     "on Interstate 81, state police said. The shooting happened at about 6 p.m. near Exit 150 in Troutville, a "
     "trooper said.", "Troutville", "Virginia"),
    # a home told with its state is no scene's state: the town of another state the statement names (only one
    # state has a Cookeville)
    ("A delivery driver from Paducah, Kentucky, was shot and wounded early Sunday while he waited to unload. The "
     "shooting happened at about 2 a.m. outside a warehouse in Cookeville, according to police. He was treated and "
     "released.", "Cookeville", "Tennessee"),
    # the first statement names only a county: a later one names the town (here after a numbered exit, the only
    # anchor a home of another state)
    ("A truck driver from Paducah, Kentucky, was shot and wounded early Sunday at a truck stop off Interstate 40 in "
     "Putnam County, troopers said. The shooting happened at about 4 a.m. near Exit 287 in Cookeville after a man "
     "asked him for cash.", "Cookeville", "Tennessee"),
]

# The guards: responders sent to a hospital, and a responders' sentence with no destination.
KEPT = [
    ("TACOMA, Wash. - A man was shot Saturday night, Tacoma police said. Officers were called at about 10 p.m. to a "
     "hospital in Puyallup where the man had arrived with a wound to the leg.", "Tacoma", "Washington"),
    ("FRESNO, Calif. - A man was shot and wounded Saturday on Blackstone Avenue, Fresno police said. The two "
     "officers who responded had been on patrol in Clovis, a spokesperson said.", "Fresno", "California"),
]


@pytest.mark.parametrize(("text", "city", "state"), CASES + KEPT)
def test_the_city_the_responders_were_sent_to(nlp: Any, text: str, city: str, state: str) -> None:
    name, admin1, cc = place_triple(text)
    assert (admin1, cc) == (state, "US") and same_city({"name": name}, city), (name, admin1)


def test_the_rule_says_which_it_is(nlp: Any) -> None:
    # the method names the rule and the evidence points at the town the deputies were sent to
    loc = first_place(CASES[0][0])
    assert loc.method == METHOD_SCENE_STATEMENT
    assert loc.evidence and CASES[0][0][loc.evidence[0].start:loc.evidence[0].end] == "Cheney"


def test_a_numbered_landmark_with_no_town_after_it_is_skipped(nlp: Any) -> None:
    # 'near Exit 150' with no town after it is no town: the statement names none, the dateline's city stays
    loc = first_place("ROANOKE, Va. - A driver was hurt Saturday on Interstate 81, state police said. The shooting "
                      "happened at about 6 p.m. near Exit 150, a trooper said.")
    assert loc.method != METHOD_SCENE_STATEMENT, (loc.name, loc.method)


def test_a_home_state_opens_no_namesake_of_another_state(nlp: Any) -> None:
    # 'in Pasadena' names towns in several states (none in Kentucky): a home's state gives way only to a town one
    # state has
    loc = first_place("A delivery driver from Paducah, Kentucky, was shot and wounded early Sunday while he waited "
                      "to unload. The shooting happened at about 2 a.m. outside a warehouse in Pasadena, "
                      "according to police.")
    assert loc.method != METHOD_SCENE_STATEMENT, (loc.name, loc.method)


def test_a_named_institutions_town_is_no_scene() -> None:
    # the phrase reader the sentence rules share: a jail's, a hospital's or a court's own town is skipped, a lower-case
    # 'basketball court' is a scene
    from crosstally.geo._town_phrases import _town_names

    text = ("He is charged with murder and unlawful possession of a weapon and was sent on to the Essex County "
            "Correctional Facility in Newark. A hearing is set at the Somerset County Courthouse in Somerville. "
            "The shots were fired on a basketball court in Englewood.")
    assert [name for name, _, _ in _town_names(text, 0, len(text), 0)] == ["Englewood"]
