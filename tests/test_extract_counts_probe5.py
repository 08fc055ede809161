"""Issue 3, toll classes found on the spent fifth news probe and probes 2-4 (2026-11-26, round 3): a name the tagger
takes for an organisation before an age ("Terrell Banks, 33, of Akron, died" read as 33 dead), a wounded person told
alive beside a death named elsewhere, "Initially, police said ..." (the first account, replaced), an ordinal whose
rank the figures before it reach ("Two workers were shot ... A second worker was wounded"), "three other people were
wounded" told again as "two women and a man", a title's victim beside the body's "then shot himself", people found
"suffering from gunshot wounds", "She had been among four people struck", "was found shot" in a "deadly shooting",
"in separate Sunday shooting", "shot four men dead", names listed with their ages, and a toll that went to another event of the same incident (a day or place of its
own, "One of them later died", an arrest told first). Sentences and articles written for these tests."""

from __future__ import annotations

from datetime import date

from crosstally.extract import toll
from crosstally.extract._counts import find_counts
from crosstally.extract._event_tolls import _toll_told_apart
from crosstally.records import DateClaim, Event, Location


def _toll(nlp, text: str, kind: str = "killed") -> int | None:
    return toll(find_counts(nlp(text)), kind, text).low


def test_an_age_after_a_name_and_home_town_is_no_toll(nlp) -> None:
    text = ("Police on Monday named the three people shot outside a bar. Tyrell Banks, 38, of Canton, died at "
            "the hospital. Tasha Greer, 25, was shot in the arm and is in fair condition.")
    counts = find_counts(nlp(text))
    assert not any(c.low == 38 for c in counts)
    assert _toll(nlp, text) == 1
    assert _toll(nlp, text, "injured") == 1


def test_the_first_account_is_replaced(nlp) -> None:
    text = ("A second man has died after Friday's shooting, the coroner said. Initially, police said one man was "
            "killed and three were wounded. Two more victims remain hospitalized in stable condition.")
    assert _toll(nlp, text, "injured") == 2


def test_an_ordinal_already_counted(nlp) -> None:
    text = ("Two employees were shot during a robbery at a Denver diner on Sunday. A second employee was wounded in "
            "the hip as the robbers ran out.")
    assert _toll(nlp, text, "injured") == 2


def test_an_ordinal_beyond_the_figures_adds(nlp) -> None:
    text = "Two men were killed in the crash of gunfire on Elm Street. A third man died later at the hospital."
    assert _toll(nlp, text) == 3


def test_other_people_told_again_by_group(nlp) -> None:
    text = ("Gunmen killed five men and wounded three other people at a market on Sunday, officials said. "
            "Two women and a boy were wounded and taken to a clinic.")
    assert _toll(nlp, text, "injured") == 3


def test_other_people_and_a_different_figure_add_up(nlp) -> None:
    text = ("Gunmen shot four men dead and wounded two other men at a market on Sunday. Three bystanders were also "
            "wounded by stray bullets.")
    assert _toll(nlp, text) == 4
    assert _toll(nlp, text, "injured") == 5


def test_names_listed_with_their_ages(nlp) -> None:
    assert _toll(nlp, "Killed were Nia Ford, 17, Omar Tate, 20, and Jalen Ruiz, 22, police said.") == 3
    assert _toll(nlp, "Nia Ford, 17, and Omar Tate, 20, were wounded outside the gym.", "injured") == 2
    assert _toll(nlp, "Police said Omar Tate, 20, was killed.") == 1


def test_a_title_victim_and_the_shooter_who_killed_himself(nlp) -> None:
    text = ("Police: man killed his sister, then himself\n\nA man killed his sister with a rifle at her home in Boise "
            "on Friday night and then fatally shot himself, police said.")
    assert _toll(nlp, text) == 2


def test_people_found_suffering_from_gunshot_wounds(nlp) -> None:
    text = ("Officers found three men suffering from gunshot wounds in an alley. One of the men died at the scene. "
            "The other two were taken to a hospital.")
    assert _toll(nlp, text) == 1
    assert _toll(nlp, text, "injured") == 2
    assert _toll(nlp, "Deputies located two women with apparent gunshot wounds inside the car.", "injured") == 2


def test_among_the_people_struck(nlp) -> None:
    text = ("A man wounded at a picnic on Saturday has died, bringing the number of people killed to two. He had "
            "been among five people struck by gunfire at the park.")
    assert _toll(nlp, text, "injured") == 3


def test_found_shot_in_a_deadly_shooting(nlp) -> None:
    text = ("Police have named the victim of a deadly New Year's Eve shooting in Reno. Jordan Pell, 29, was found "
            "shot in the back outside an apartment building.")
    assert _toll(nlp, text) == 1
    assert not _toll(nlp, text, "injured")


def test_a_separate_shooting_in_the_title(nlp) -> None:
    text = ("Two hurt in downtown shooting; woman killed in separate Monday shooting\n\nTwo men were wounded early "
            "Sunday when someone fired at a group outside a club in Toledo, police said.")
    assert not _toll(nlp, text)
    assert _toll(nlp, text, "injured") == 2


def _events(nlp, text: str, main_kinds: tuple[str, ...], main_type: str, other_type: str = "Violence against civilians",
            same_day: bool = True) -> list[Event]:
    """Two events of one article as assembly leaves them: the main one holding the counts of ``main_kinds``, the
    other the rest (real counts from the real grammar)."""
    counts = find_counts(nlp(text))
    day = DateClaim(start=date(2025, 3, 7), end=date(2025, 3, 7), precision=1)
    later = day if same_day else DateClaim(start=date(2025, 3, 3), end=date(2025, 3, 3), precision=1)
    main = Event(main_type, "Arrests" if main_type == "Strategic developments" else "Attack", date=day,
                 location=Location(name="Dayton"), counts=[c for c in counts if c.kind in main_kinds])
    other = Event(other_type, "Attack", date=later, location=Location(name="Island Park"),
                  counts=[c for c in counts if c.kind not in main_kinds])
    return [main, other]


def test_the_death_of_one_of_them_told_on_its_own_day(nlp) -> None:
    text = "Two men were wounded in a shooting on Friday. One of them later died at the hospital, police said Monday."
    events = _toll_told_apart(_events(nlp, text, ("injured",), "Violence against civilians", same_day=False), text)
    assert events[0].location.name == "Dayton"
    assert events[0].fatalities.low == 1
    assert toll(events[0].counts, "injured", text).low == 1


def test_a_toll_told_at_a_place_of_its_own(nlp) -> None:
    text = ("A man wounded at Island Park has died, bringing the number of people killed to two. He had been "
            "among three people struck by gunfire. A 27-year-old man was arrested Sunday.")
    events = _toll_told_apart(_events(nlp, text, ("detained",), "Violence against civilians"), text)
    assert [e.location.name for e in events] == ["Dayton", "Island Park"]
    assert events[0].fatalities.low == 2
    assert toll(events[0].counts, "injured", text).low == 1
    # another day is another incident: its toll stays apart
    events = _toll_told_apart(_events(nlp, text, ("detained",), "Violence against civilians", same_day=False), text)
    assert events[0].fatalities.low is None


def test_an_arrest_told_first_yields_to_the_attack(nlp) -> None:
    text = ("Prosecutors say the man fired into a crowded yard early Saturday, killing a 20-year-old man and "
            "wounding two other guests. He was arrested Sunday at a motel.")
    events = _toll_told_apart(_events(nlp, text, ("detained",), "Strategic developments"), text)
    assert events[0].event_type == "Violence against civilians"
    assert events[0].location.name == "Island Park"
    # a protest told first stays the main event: the deaths it names may be its grievance
    events = _toll_told_apart(_events(nlp, text, ("detained",), "Protests"), text)
    assert events[0].event_type == "Protests"
