"""Tolls and dates, round 33b: how news articles (GVDB) and short conflict notes (ACLED) tell a toll, found on GVDB
dev and the Kenya train side.

Why: each class below was a wrong killed, injured or fatalities figure, or a wrong day, there: a page published
days after it was written, whose "today" counts from the publication day and so split the incident's deaths off
as a second event (the incident is dated by its calendar day; the writer's day word is that day); a related story's
headline glued to the page that dates its killing to a year long before the incident's own day; people counted as
the subject of a first act and hurt by the passive verb joined to it ("two men attacked a post and were shot"); a
note's only fate word naming the shot men's deaths again ("residents protested the killings"); and one person's
two titles under one determiner with a singular verb ("a trader and elder was shot": one person, not two). The
sentences are our own (invented incidents, real places).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from toll_notes import ARTICLE_TAIL, note_low, sentence_toll


def _article(text: str, published: date) -> tuple[int, int, str | None]:
    """The first event's killed, injured (as the GVDB scorer reads them) and start day for ``text`` told as an
    article published on ``published``."""
    from crosstally.eval._scoring._readings import fatalities_of, first_event, injured_of
    from crosstally.pipeline import process
    from crosstally.records import Document

    out = process(Document(text=text + ARTICLE_TAIL, published=published, input_id="a")).to_contract()
    ev = first_event(out)
    return fatalities_of(ev), injured_of(ev, out.get("text") or ""), ((ev or {}).get("date") or {}).get("start")


def test_the_writers_today_on_a_late_page_stays_with_the_dated_incident() -> None:
    """'was shot on Monday, March 3 ... fired on his family today, killing his three children and his wife', on a page
    published March 7: one incident, its whole toll, on March 3 (not a second event on the publication day)."""
    killed, _, day = _article(
        "Lena Ortiz, 9, was shot and killed on Monday, March 3, in a house on Olive Avenue in Fresno, the county "
        "coroner's office reported. Officers say a laid-off warehouse worker fired on his family at the house "
        "today, killing his three children and his wife. He then killed himself with the same handgun, according "
        "to the sheriff. Investigators recovered a note from the kitchen table.", date(2025, 3, 7))
    assert (killed, day) == (5, "2025-03-03")


def test_a_today_without_an_earlier_calendar_day_keeps_the_publication_day() -> None:
    """No calendar day a few days before publication: 'today' is the publication day, as before."""
    killed, _, day = _article(
        "Officers say a laid-off warehouse worker fired on his family at a house in Fresno today, killing his "
        "wife. He then killed himself with the same handgun, according to the sheriff. Investigators recovered a "
        "note from the kitchen table.", date(2025, 3, 7))
    assert (killed, day) == (2, "2025-03-07")


def test_a_figure_shot_dead_by_the_passive_joined_to_their_first_act() -> None:
    """'Three robbers raided a shop ... and were shot dead by police': three dead (the robbers)."""
    assert note_low("On 4 May 2014, three robbers raided a shop in Kisumu town and were shot dead by police.",
                    date(2014, 5, 6)) == 3


def test_a_figure_shot_by_the_passive_joined_to_a_clause_on_the_noun() -> None:
    """'Two men attack a police post ... and are shot' (the note opens on its noun phrase): ACLED's two dead."""
    assert note_low("Two men attack a police post in Wajir town and are shot.", date(2014, 6, 4)) == 2


def test_a_note_whose_only_fate_word_names_the_shot_mens_deaths() -> None:
    """'Police shot two men ... elders condemn the killings': the note's two dead."""
    assert note_low("Police shot two men who had attacked a post in Wajir town. Local elders later condemn the "
                    "killings, saying one of the men was a teacher.", date(2014, 6, 4)) == 2


def test_the_killing_of_another_person_still_keeps_the_shot_alive() -> None:
    """'... condemn the killing of a trader': another person's death, no fate of the shot men (ACLED's shot-in-note
    reading stays off)."""
    assert note_low("Police shot two men who had attacked a post in Wajir town. Local elders later condemn the "
                    "killing of a trader, saying police ignored it.", date(2014, 6, 4)) != 2


def test_one_persons_two_titles_are_one_victim(nlp: Any) -> None:
    """'A trader and elder was shot dead': one person with two titles (a singular verb), not two."""
    assert sentence_toll(nlp, "A well-known trader and elder was shot dead by gunmen in Wajir town.") == 1


def test_two_people_each_with_a_determiner_stay_two(nlp: Any) -> None:
    """'A trader and an elder were shot dead': two people."""
    assert sentence_toll(nlp, "A trader and an elder were shot dead by gunmen in Wajir town.") == 2


def test_a_note_of_one_persons_titles_shot_counts_one() -> None:
    """'A respected peace campaigner and trader ... was shot by a pair of attackers': one person shot, ACLED's one dead."""
    assert note_low("A respected peace campaigner and trader known as Hassan Omar was shot by a pair of masked "
                    "attackers in Wajir town.", date(2014, 4, 11)) == 1
