"""Issue 3, Kenya fatalities: the clipped style of conflict notes ("Man killed during argument", "3 dismembered
bodies found", "militia guns down two officers") and deaths a crowd reacts to, which are not a riot's toll.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from crosstally.extract import toll
from crosstally.extract._counts import find_counts
from crosstally.extract._event_tolls import _fatalities


def _killed(nlp, text: str) -> int | None:
    return toll(find_counts(nlp(text)), "killed", text).low


@pytest.mark.parametrize(("text", "want"), [
    # a reduced passive with no "was": the subject is the one killed
    ("Man killed during a quarrel with a rival party agent", 1),
    ("Police and gang members exchange fire; robbery suspect killed", 1),
    # "found" before the fate, a participle before the noun
    ("Four men found killed near the water point; perpetrators unknown", 4),
    ("2 mutilated bodies found. Killings blamed on a local gang.", 2),
    # "guns down" parsed as a verb and an adverb, the figure after it
    ("Bandits gun down three herders near the border", 3),
    # a singular object with a second, joined verb ("and injures ..."): still one person killed
    ("Bomb attack kills county officer and injures a driver", 1),
])
def test_note_style_tolls(nlp, text: str, want: int) -> None:
    assert _killed(nlp, text) == want


@pytest.mark.parametrize("text", [
    "The gunman killed and fled.",  # the subject acted: no victim
    "Two herders sat down two hours later.",  # "down" before a figure of time, no kill verb
])
def test_note_style_no_toll(nlp, text: str) -> None:
    assert not _killed(nlp, text)


@pytest.mark.parametrize(("text", "event_type", "want"), [
    # the death a crowd answers is its grievance, not the riot's toll
    ("Traders blocked the highway after a 60 year old shopkeeper was found stabbed near the bus stage.", "Riots", None),
    ("Youths rioted in the town following the killing of four people by gunmen.", "Riots", None),
    # a riot's own dead still count
    ("Youths rioted in the town and two people were killed by stray bullets.", "Riots", 2),
    # another event type keeps the figure
    ("Gunmen raided the village after midnight, killing four people.", "Violence against civilians", 4),
])
def test_a_crowds_grievance_is_not_its_toll(nlp, text: str, event_type: str, want: int | None) -> None:
    assert _fatalities(find_counts(nlp(text)), event_type, text).low == want


@pytest.mark.parametrize(("text", "want"), [
    # "yr old": an age, not a toll
    ("A 7 yr old girl was shot dead during the raid on the farm.", 1),
    # "three men shot and killed a trader": the figure counts the killers
    ("A gang of four men shot and killed a farmer at his gate.", 1),
    # a rise "from 1 to 4": the toll now stands at 4 ("death total" is a note's word for the toll)
    ("One death was reported after the raid. A day later the death total was then raised from 1 to 5.", 5),
    ("The death toll rose from 10 to 14 on Monday.", 14),
    # reports the note sets apart are another voice: ACLED keeps the most conservative figure
    ("Twelve herders were killed when raiders attacked the camp. Conflicting reports hold 18 deaths.", 12),
    ("Youths threw stones at the police station. Initial reports counted 2 people killed, later reports said one "
     "person was killed.", 1),
])
def test_note_tolls_and_voices(nlp, text: str, want: int) -> None:
    assert _killed(nlp, text) == want


def _first_toll(nlp, text: str) -> int | None:
    from crosstally.extract._assemble import assemble
    from crosstally.records import Document

    events = assemble(Document(text=text, input_id="t"), nlp(text))
    return events[0].fatalities.low if events else None


@pytest.mark.parametrize(("text", "want"), [
    # a coder's field in older notes: the figure, or the confirmed one beside an estimate
    ("Rioters burned shops in the town after the results were announced. FATALITIES: 15", 15),
    ("An armed group attacked villagers in the valley. FATALITIES: estimate:9/ confirmed: 5)", 5),
    ("Rioters looted shops in the town. FATALITIES:DETAILS NOT SPECIFIED (ESTIMATE ONLY:21 Recorded later)", 21),
    # one toll coded across several rows: this row carries its share
    ("Clashes between two clans left 6 people dead over several days (coded across 3 events).", 2),
    ("Police killed 8 suspects in raids over two days (split between 2 events).", 4),
    # a toll told for several days: ACLED divides it evenly across the days' rows (its fatalities FAQ; ACLED Kenya
    # codes "twenty dead ... over the course of ten days" as 2 on each day's row); the total stays the high figure
    ("At least twelve people were killed following three days of clashes between two clans.", 4),
    ("Fifteen were killed in clashes between herders over a 40 hour period near the wells.", 7),
    ("The two clans fought in the hills for three days; 13 were killed.", 4),
    # ... but a coder's note that the row holds the whole toll keeps it, and a running tally is no duration
    ("Nine people died after 3 days of fighting between two clans (coded on the last day).", 9),
    ("Vigilantes have killed four suspected thieves over the past five days in the county.", 4),
    # fewer dead than days: the first day's row carries them (ACLED's remainder)
    ("One person was killed in clashes between two villages over the course of two days.", 1),
    ("A man was shot dead at the market. Police have searched the area over the last 36 hours.", 1),
    # "the second attack in two days" is no duration of this event
    ("Gunmen staged their second raid in two days on the village. Four people were killed.", 4),
    # a field without a figure leaves the note's own toll
    ("Gunmen attacked a bus and killed 2 passengers. FATALITIES: ACTORS NOT SPECIFIED", 2),
])
def test_a_coders_figures(nlp, text: str, want: int) -> None:
    assert _first_toll(nlp, text) == want


def test_a_field_figure_that_counts_more_is_not_the_rows() -> None:
    from crosstally.extract._event_tolls import _acled_coding

    assert _acled_coding("FATALITIES: 12 more people died over three days") is None
    assert _acled_coding("Attack on a market. FATALITIES: Estimate of 3 people.") == 3
