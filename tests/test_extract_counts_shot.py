"""Victims of a shooting as GVDB codes them: everyone shot is killed or injured, the shooter who harmed himself
included; background shootings and period statistics are not this incident's toll. All texts written for these
tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from crosstally.extract import extract, toll
from crosstally.extract._counts import SELF_METHOD, SHOT_METHOD, SURVIVORS_METHOD, find_counts
from crosstally.records import Document


def _tolls(nlp, text: str) -> tuple[int, int]:
    counts = find_counts(nlp(text))
    return toll(counts, "killed", text).low or 0, toll(counts, "injured", text).low or 0


@pytest.mark.parametrize(("text", "want"), [
    ("Three people were shot, one fatally, in a drive-by shooting on Monday night, police said.", (1, 2)),
    ("Five people were shot, two of them fatally, at a nightclub early Sunday.", (2, 3)),
    ("The gunman shot four people, killing two, before he was arrested.", (2, 2)),
    ("Three shot, one dead after party on the north side. Police said the shooting happened around 2 a.m.", (1, 2)),
    ("Two men were shot Tuesday night; one of them died at the scene.", (1, 1)),
    ("Police said four people were shot, including one man who died at the hospital.", (1, 3)),
])
def test_the_shot_who_did_not_die_are_injured(nlp, text: str, want: tuple[int, int]) -> None:
    assert _tolls(nlp, text) == want


def test_survivors_are_marked_and_a_survivor_told_alone_is_one_of_them(nlp) -> None:
    text = ("Three shot, one dead near a bowling alley on the east side. Soon after, another man was dead. "
            "Police said one more man was badly wounded.")
    counts = find_counts(nlp(text))
    injured = [c for c in counts if c.kind == "injured"]
    assert [(c.low, c.method) for c in injured] == [(2, SURVIVORS_METHOD)]
    assert toll(counts, "injured", text).low == 2


def test_a_period_statistic_is_not_reduced_to_survivors(nlp) -> None:
    text = "A man was shot and killed on Sunday. So far this year, 40 people have been shot in the city."
    assert _tolls(nlp, text) == (1, 0)


def test_shot_when_no_death_is_told_stays_injured(nlp) -> None:
    counts = find_counts(nlp("A man and a woman were shot Saturday night. Both were taken to the hospital."))
    assert [(c.kind, c.low, c.method) for c in counts] == [("injured", 2, SHOT_METHOD)]
    assert _tolls(nlp, "Three shot near the park on Friday, police said.") == (0, 3)
    assert _tolls(nlp, "4 shot dead by raiders near the river.") == (4, 0)


@pytest.mark.parametrize(("text", "want"), [
    # told as another person
    ("A man was shot and killed Sunday night. A woman who was with him was also shot and is in stable condition.",
     (1, 1)),
    ("A man was found dead inside a parked van, officers said. A second man went to the hospital with a gunshot "
     "wound in his arm.", (1, 1)),
    # another role, another gender
    ("A deputy was shot in the arm during a traffic stop. The suspect was later shot and killed by officers.",
     (1, 1)),
    ("A man was killed in the shooting on Elm Street. She was shot in the arm and taken to a hospital.", (1, 1)),
    # the same person: the one shot is the one who died
    ("A 30-year-old woman was shot multiple times Friday. She died at the hospital.", (1, 0)),
])
def test_a_person_hurt_beside_the_dead(nlp, text: str, want: tuple[int, int]) -> None:
    assert _tolls(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Two people were killed and a third was wounded in a shooting at an apartment complex.", (2, 1)),
    ("One man died and another was injured in a shooting late Saturday.", (1, 1)),
    ("Deputies found a man, 45, with a gunshot wound in his thigh.", (0, 1)),
    ("Officers found the woman dead in the kitchen.", (1, 0)),
])
def test_one_more_person_and_wounds_told_with(nlp, text: str, want: tuple[int, int]) -> None:
    assert _tolls(nlp, text) == want


def test_the_other_man_is_the_another_told_before(nlp) -> None:
    text = ("The gunfire killed one man and left another with grave injuries. The dead man lay beside a rifle on the "
            "pavement. The other man, 31, was inside a truck with several gunshot wounds.")
    assert _tolls(nlp, text)[1] == 1


@pytest.mark.parametrize(("text", "want"), [
    ("A gunman killed five people at an office before killing himself.", (6, 0)),
    ("A man shot his girlfriend and then killed himself in the parking lot, police said. She died at the scene.",
     (2, 0)),
    ("A 40-year-old man took his own life after a standoff with deputies on Friday.", (1, 0)),
    # told twice: one shooter
    ("Deputies say a gunman shot his former partner before turning the gun on himself. Officers said the woman "
     "died at the house. Later the gunman also died of a self-inflicted gunshot wound.", (2, 0)),
    # "murder-suicide": the one shot died, and so did the shooter
    ("Detectives called it an apparent murder-suicide on Thursday. They believe the man shot the woman first, "
     "then shot himself with the same gun.", (2, 0)),
    # an accident: the child who shot himself is the one hurt, told twice
    ("Boy shoots himself at fishing camp. Officers want to know how the six-year-old got hold of a pistol and "
     "shot himself.", (0, 1)),
    # the wound of a man who shot someone else is not counted beside his victim
    ("A nephew shot his uncle in the arm and ran off. Officers think the nephew later shot himself in the foot.",
     (0, 1)),
])
def test_the_shooter_who_harmed_himself(nlp, text: str, want: tuple[int, int]) -> None:
    assert _tolls(nlp, text) == want


def test_self_harm_evidence_names_the_person(nlp) -> None:
    from crosstally.eval._scoring import names_one_person

    text = "The driver who shot two passengers and then killed himself had lost his job that week."
    (c,) = [c for c in find_counts(nlp(text)) if c.method == SELF_METHOD]
    span = text[c.evidence[0].start:c.evidence[0].end]
    assert span == c.phrase and span.startswith("The driver") and span.endswith("killed himself")
    assert names_one_person(span, text)


@pytest.mark.parametrize("text", [
    "TOLEDO (Feb. 9, 2016) -- A woman was shot and wounded late Monday. In 2013, two deputies were shot and "
    "killed on the same road.",
    "TOLEDO (Feb. 9, 2016) -- A woman was shot and wounded late Monday. Her cousin was shot to death in "
    "2011.",
    "A man was shot and wounded early Tuesday. So far this year, 45 people have been killed in the city.",
    "A man was shot and wounded early Tuesday. The shootings have left four people dead this summer.",
])
def test_background_deaths_are_not_this_incidents_toll(nlp, text: str) -> None:
    assert _tolls(nlp, text) == (0, 1)


def test_a_year_of_the_incident_itself_is_kept(nlp) -> None:
    text = "A man was shot and killed in March 2015. Police said in 2015 that they had no suspects."
    assert _tolls(nlp, text)[0] == 1
    # a story about an old incident (a sentencing) keeps its toll: nothing newer is told
    trial = "DENVER (Jan. 4, 2016) -- A man was sentenced on Monday to life in prison for killing two men in 2014."
    assert _tolls(nlp, trial)[0] == 2


_ARREST_FIRST = (
    "3 Held on Weapons Charges After Deputy Shooting. Three men were held on weapons charges on Thursday "
    "after a deputy shooting in Millbrook last week. Deputies and state troopers were helping town police serve a "
    "warrant at a house on Cedar Lane when they met Dale Porter, 31, who carried a rifle. Porter was shot and "
    "killed. Officers said three other men were in the house. They were first held for obstruction, and a search "
    "turned up pills, cash and a digital scale, officers said. All three are in the county jail on bond, a "
    "spokesman said on Thursday evening."
)

_TOWN_LATER = (
    "Man in custody after shooting at a home. A 29-year-old man has been charged with assault and unlawful "
    "possession of a weapon, the county jail said on Thursday. Around 6 p.m. Wednesday, officers went to a house "
    "on Oak Street in Macon, where they found 41-year-old Carl Dixon with a gunshot wound in his left hip. The "
    "man told officers that Dixon had broken into the house and threatened him with a knife, and that he fired "
    "once. Dixon was taken to a hospital, where his injuries were not life threatening, officers said."
)


@pytest.mark.parametrize(("text", "want"), [(_ARREST_FIRST, (1, 0)), (_TOWN_LATER, (0, 1))])
def test_the_first_event_of_a_shooting_story_carries_its_toll(nlp, text: str, want: tuple[int, int]) -> None:
    doc = Document(text=text, published=datetime(2016, 1, 29))
    ex = extract(doc, nlp(doc.text))
    ev = ex.events[0]
    assert (ev.fatalities.low or 0, toll(ev.counts, "injured", text).low or 0) == want


@pytest.mark.parametrize(("text", "want"), [
    # two lone victims the grammar tells apart are two, not one figure told twice
    ("One woman was shot in the hip and a teenage boy was shot in the foot.", (0, 2)),
    ("A man was shot dead on Sunday. Gunmen also killed a woman in the same street.", (2, 0)),
    # one man told with two words for his role is one
    ("Driver charged in fatal shooting of Utah officer. Prosecutors say he fatally shot a Utah policeman.", (1, 0)),
    # a headline's reduced passive, and its later death
    ("Teen wounded near school on Friday, police say.", (0, 1)),
    ("Girl shot at party dies. The girl was shot during a party at a home on Friday.", (1, 0)),
])
def test_lone_victims_and_headlines(nlp, text: str, want: tuple[int, int]) -> None:
    assert _tolls(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Two men were found shot inside a car early Sunday, police said.", (0, 2)),
    ("Two teenagers were hit by stray bullets outside a school on Monday.", (0, 2)),
    ("Police said three people suffered gunshot wounds in the shooting.", (0, 3)),
    ("Two people were shot Saturday. One of the victims, a 20-year-old woman, died at the hospital.", (1, 1)),
    # one more person told in another voice is added, not a rival figure
    ("Officers said one woman was shot and critically wounded. Later a second victim was found two streets "
     "away with a gunshot wound to the hand.", (0, 2)),
    # "the second victim" is one of a pair already told
    ("One man died and one was hurt. Medics found one victim in serious condition. Medics pronounced the second "
     "victim dead where he lay.", (1, 1)),
    # a hypothetical in a reader's comment is no victim
    ("A woman was shot and killed by a deputy. Perhaps he should have waited until someone was actually hurt.",
     (1, 0)),
])
def test_more_ways_people_are_hit(nlp, text: str, want: tuple[int, int]) -> None:
    assert _tolls(nlp, text) == want


def test_a_second_victim_adds_to_a_figure_police_gave(nlp) -> None:
    text = ("Police look into a double shooting. Shots rang out shortly after 9 p.m. Saturday in the 500 block of "
            "North 12th Street. Police say one woman was shot and critically wounded. Later a second victim was "
            "found three blocks away near Pine and Walnut streets with a gunshot wound in the shoulder. He should recover. "
            "Officers are "
            "still searching for the gunman and a motive, and they ask witnesses to call the station. Detectives "
            "stayed at the scene until late, a spokeswoman said, and the block stayed closed for hours while they "
            "looked for evidence.")
    doc = Document(text=text, published=datetime(2015, 12, 30))
    ev = extract(doc, nlp(doc.text)).events[0]
    assert any(c.attributed_to for c in ev.counts if c.kind == "injured")  # the voices differ
    assert toll(ev.counts, "injured", text).low == 2


def test_a_year_before_a_comma_is_the_only_year(nlp) -> None:
    """'In 2011, ...' as the document's only year: no crash (a GLOCON text once failed here), the toll is kept."""
    text = "In 2011, two guards were shot dead at the depot gate during a strike by drivers."
    killed, _ = _tolls(nlp, text)
    assert killed == 2
    events = extract(Document(text=text), nlp(text))
    assert events.events and events.events[0].fatalities.low == 2
