"""Tolls, round 5b (issue 3, fatalities in ACLED notes): classes read on the spent note sets world_notes9-12.

Why: each class below was a wrong fatalities figure on a spent note set; the sentences here are our own (invented
incidents, invented or real places). ACLED's rules: all deaths of an event, perpetrators' included; one more victim
told after the others adds to them; a coder's "Fatalities:" field wins; sources that disagree give the lowest
figure; a numbered town zone is no toll.
"""

from __future__ import annotations

from typing import Any

import pytest
from first_event import first_low

from crosstally.extract._counts import find_counts


@pytest.mark.parametrize(("text", "want"), [
    # "neutralised": an army's word for fighters it killed
    ("On 9 June 2021, soldiers fought rebels near Lake Tana. The army said one soldier died and six rebels were "
     "neutralised.", 7),
    # "lost N men": the side's own dead, added to those it killed
    ("On 9 June 2021, rebels attacked a barracks near Ndele. The army said it killed 20 rebels and lost three men.",
     23),
    # one more victim told after the others
    ("On 9 June 2021, gunmen shot dead a mayor outside the town hall in Ceres; one bodyguard was also killed.", 2),
    ("On 9 June 2021, police fired on marchers in Oruro. The ombudsman counted four deaths among the marchers, and "
     "two police officers were also killed.", 6),
    ("On 9 June 2021, men with knives raided a home near Jinja, killing a farmer and his two sons. A "
     "neighbour later died of stab wounds received while trying to help them.", 4),
    # the attacker the toll leaves out is counted (ACLED counts perpetrators killed)
    ("On 9 June 2021, a suicide bomber struck a checkpoint in Quetta. Officials said 11 people died, not counting "
     "the bomber.", 12),
    # a coder's field told with a vague word: ACLED's figure for the word
    ("On 9 June 2021, two clans fought over grazing land near Marsabit. Fatalities: several, according to a chief.",
     10),
    # a note that says its sources disagree: the lowest figure
    ("On 9 June 2021, rebels raided an army base near Kidal. Accounts of the toll differed: the rebels said they "
     "killed 40 soldiers, while a local radio station reported 15 dead in all.", 15),
    # a figure the source raised later: the raised one (and a two-day toll divided across the days)
    ("On 9 June 2021, gunmen raided a village near Djibo. Officials first gave 14 deaths, then raised the figure "
     "to 20 after more bodies were found.", 20),
    ("On 9 June 2021, gunmen raided a village near Djibo over two days. Officials first gave 14 deaths, then raised "
     "the figure to 20 after more bodies were found.", 10),
    # the figure raised is the hurt one
    ("On 9 June 2021, gunmen raided a village near Djibo. Officials said one man was killed and 12 wounded, then "
     "raised the figure to 30.", 1),
    # the crowd's own killing after an accusation of another act is this event's toll; a killing the accusation
    # names is another event's
    ("On 9 June 2021, a crowd in Eldoret caught two men accused of stealing a phone and beat one of them to death; "
     "officers took the other away.", 1),
    ("On 9 June 2021, a crowd in Eldoret beat a man accused of killing a trader; officers took him away alive.", 0),
    # one of the hurt told dead later in the same clause: one more death, unless the sentence counts it
    ("On 9 June 2021, rebels attacked a road crew near Ilaga. Five workers were killed; a guard wounded in the "
     "attack died the next morning.", 6),
    ("On 9 June 2021, a driver hurt in the ambush on a lorry near Ilaga died on Friday, bringing the number of dead "
     "to four.", 4),
])
def test_note_tolls(nlp: Any, text: str, want: int) -> None:
    assert first_low(nlp, text) == want


@pytest.mark.parametrize("text", [
    "On 9 June 2021, the ruling party lost 12 seats in Kisumu after a week of riots.",
    "On 9 June 2021, a trader lost two fingers when a mob attacked his stall in Kisumu.",
    "On 9 June 2021, gunmen attacked a post near Kidal and the army lost contact with two soldiers.",
])
def test_lost_things_are_no_toll(nlp: Any, text: str) -> None:
    assert not [c for c in find_counts(nlp(text)) if c.kind == "killed"]


@pytest.mark.parametrize(("text", "want"), [
    ("A driver hurt in the attack on a minibus in zona 6 died on Friday, bringing the number of dead to two.", 2),
    ("Gunmen shot dead a shopkeeper in Sector 4 of Bucharest on Friday.", 1),
    # a noun after the number keeps it a figure
    ("In the buffer zone 5 soldiers died when their truck hit a mine.", 5),
])
def test_numbered_zone_is_no_toll(nlp: Any, text: str, want: int) -> None:
    assert first_low(nlp, text) == want


def test_a_lone_attacker_note_is_not_raised_in_articles(nlp: Any) -> None:
    # only notes: an article's victims list is GVDB's, which leaves the attacker out
    text = ("Officials said 11 people died, not counting the bomber. " + "The city was quiet the next day. " * 25)
    assert first_low(nlp, text) == 11
