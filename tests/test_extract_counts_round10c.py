"""Tolls, round 10c (issue 3, deaths in Kenya-like notes): the leftovers of round 10a, on notes of our own (invented
incidents and people, real places): hearsay before the fate ("are said to have died"), an untold number of dead, a
rival figure told bare ("...; police confirmed five"), "neither survived", lists of victims, a definite person of
another role, the dead given as a total, the killer killed in turn, a victim killed "alongside" others, the note's
own "also" figure after rival claims, a protest that marks earlier deaths, a person "struck by" something who died.

Why: each class below was a wrong toll. ACLED's rules: every death of the event, however the note tells it; 10 for
an untold number ("several", "unknown"); the most conservative credible figure where sources differ; no death of
another (earlier) event.

The file's first test (an earlier round 10c): a death among the hurt told twice is one death. 'Several others were
hurt, including a woman who died later ... Four others were wounded, including the woman who died overnight': the
second telling is the same woman.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from toll_notes import note_low, sentence_toll


@pytest.mark.parametrize(("text", "killed"), [
    ("Four herders are said to have been killed in the raid at Kainuk.", 4),
    ("Several people are said to have died on both sides.", 10),
])
def test_hearsay_before_the_fate(nlp: Any, text: str, killed: int) -> None:
    """'are said to have died': the reporting verb and its 'to' stand between the figure and its fate."""
    assert sentence_toll(nlp, text) == killed


@pytest.mark.parametrize("text", [
    "Pokot and Samburu raiders clashed near Baragoi; an unspecified number of people were killed.",
    "An undisclosed number of soldiers died when the convoy was ambushed near Bodhei.",
])
def test_an_untold_number_is_acleds_ten(nlp: Any, text: str) -> None:
    """An untold number of dead is ACLED's 'unknown' fatalities (10), not the article's one."""
    assert sentence_toll(nlp, text) == 10


@pytest.mark.parametrize(("text", "killed"), [
    ("Clan militias fought at Elwak. The county commissioner said nine people died; police confirmed five.", 5),
    ("Police fired on rioters in Kisumu. A rights group counted 30 dead, while the police gave 12.", 12),
    ("Youths fought near Kilgoris. Local leaders said 11 died; the county police commander acknowledged eight.", 8),
])
def test_a_bare_rival_figure_is_the_same_toll(nlp: Any, text: str, killed: int) -> None:
    """'...; police confirmed five': a second party's bare figure answers the toll before it (ACLED: the lowest)."""
    assert sentence_toll(nlp, text) == killed


def test_a_bare_figure_of_another_thing_is_no_rival(nlp: Any) -> None:
    """Only a figure that answers with a verb of telling, right after the toll, counts the same victims."""
    text = "Gunmen killed three traders at Moyale; police said the attackers fled towards the border with 40 camels."
    assert sentence_toll(nlp, text) == 3


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen shot a farmer and his wife at their home in Molo; neither survived.", 2),
    ("Bandits shot two herders near Tot. Neither of them made it to hospital.", 2),
])
def test_neither_survived_is_two_dead(nlp: Any, text: str, killed: int) -> None:
    """The pair told shot (fate untold) and then 'neither survived': both died."""
    assert sentence_toll(nlp, text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("Bandits raided a manyatta near Kargi and killed two herders, a chief and three pupils.", 6),
    ("Attackers shot dead a carpenter, a plumber and a tailor at a building site in Ruiru.", 3),
    ("Raiders killed a village elder, his three sons and a shop attendant at Kotile.", 5),
])
def test_every_item_of_a_victim_list_counts(nlp: Any, text: str, killed: int) -> None:
    """A comma list after a first victim figure: every item is a victim, trades included."""
    assert sentence_toll(nlp, text) == killed


def test_a_definite_person_of_another_role_is_another_death(nlp: Any) -> None:
    """'The conductor died at the scene; the trader succumbed on Friday': two roles, two people."""
    text = ("Gunmen fired on a matatu near Isiolo, hitting a trader and the conductor. The conductor died at the "
            "scene; the trader succumbed on Friday.")
    assert sentence_toll(nlp, text) == 2


@pytest.mark.parametrize(("text", "killed"), [
    ("Raiders attacked a village near Loiyangalani. The dead, nine in all, included two children.", 9),
    ("Militiamen torched homes near Garsen; the dead numbered six.", 6),
])
def test_the_dead_given_as_a_total(nlp: Any, text: str, killed: int) -> None:
    """'The dead, nine in all, ...', 'the dead numbered six': the toll told as the number of the dead."""
    assert sentence_toll(nlp, text) == killed


@pytest.mark.parametrize("text", [
    "Burglars broke into a shop in Eldoret. The watchman shot one of them dead before he himself was stabbed to death.",
    "Robbers raided a bank in Thika. The guard was killed after he shot a robber dead.",
])
def test_the_killer_killed_in_turn_is_one_more(nlp: Any, text: str) -> None:
    """The one who killed first is the subject of a second, passive killing: another person, one more death."""
    assert sentence_toll(nlp, text) == 2


def test_killed_alongside_others(nlp: Any) -> None:
    """'a ranger was killed alongside three porters': the porters died with him."""
    assert sentence_toll(nlp, "In Tsavo, a ranger was killed alongside three porters carrying supplies.") == 4


def test_the_notes_also_figure_adds_to_each_rival_claim(nlp: Any) -> None:
    """'Police said 4 ...; the militants claimed 20. Three attackers were also killed': 4 + 3 (ACLED's lowest
    credible telling, plus the deaths the note adds itself)."""
    text = ("Militants attacked a police post at Kotulo. Police said four officers were killed; the militants "
            "claimed to have killed 20 officers. Three attackers were also killed.")
    assert sentence_toll(nlp, text) == 7


def test_a_march_that_marks_earlier_deaths_has_none() -> None:
    """The deaths a crowd gathers to mark are an earlier event's, not the protest's (ACLED: 0)."""
    text = ("On 9 October 2019, hundreds of traders in Kisii town marched to the county offices to mark a year "
            "since two hawkers were killed by county askaris, and dispersed peacefully.")
    assert note_low(text) == 0


@pytest.mark.parametrize("text", [
    "A 12-year-old boy struck by a stone at Manyatta died on the way to hospital.",
    "Traders were dispersed; a young woman struck by a stone at Kaloleni died on the way to hospital.",
])
def test_struck_by_something_then_died(nlp: Any, text: str) -> None:
    """'a girl struck by a stone at Kaloleni died': the agent phrase sits between the person and the death."""
    assert sentence_toll(nlp, text) == 1


def test_a_woman_who_died_among_the_hurt_told_twice_is_one_death() -> None:
    text = ("A shooting at a crowded cookout in Macon on Sunday killed a man and left several others hurt, including a "
            "woman who died hours later, police said. A 41-year-old man was pronounced dead at the scene. Four others "
            "were wounded, including the woman who died overnight at a hospital, the police chief said.")
    assert note_low(text, date(2025, 6, 2)) == 2
