"""Tolls, round 10b (issue 3): leftovers of round 10, one principle each (our own sentences: invented people, real
places).

Why: each was a wrong toll or type. ACLED's rule: every death of the event, told however the note tells it, and no
death of another event; a body found is an attack with that body as its toll.
"""

from __future__ import annotations

from typing import Any

import pytest
from toll_notes import note_low, sentence_toll

from crosstally.extract._classifier._definitions import apply_definitions

_toll = sentence_toll
_note_low = note_low


@pytest.mark.parametrize(("text", "n"), [
    ("On 16 March 2019, gunmen ambushed an MCA's car near Wajir, killing him and his two bodyguards.", 3),
    ("Bandits shot a chief in Baragoi, killing him and his three herders.", 4),
    ("Gunmen stormed the house, killing him and his two sons and wounding three others.", 3),
])
def test_a_pronoun_and_a_counted_group_are_one_toll(nlp: Any, text: str, n: int) -> None:
    """'killing him and his two bodyguards': the pronoun's victim plus the group's figure."""
    assert _toll(nlp, text) == n


@pytest.mark.parametrize(("text", "n"), [
    ("On 3 May 2021, three people — Peter Mwangi, Jane Atieno and Musa Ali — were shot dead by police in Kisumu.", 3),
    ("Two officers – Peter Mwangi and Musa Ali – were killed in an ambush near Garissa.", 2),
])
def test_a_dash_enclosed_list_names_the_figure(nlp: Any, text: str, n: int) -> None:
    """The names between the dashes are the people the figure counts, neither more nor a lost figure."""
    assert _toll(nlp, text) == n


@pytest.mark.parametrize(("text", "n"), [
    ("On 3 May 2021, police arrested four suspects linked to last month's raid in Lamu in which 12 people "
     "were killed.", 0),
    ("On 3 May 2021, police arrested four suspects in Lamu over a raid last month in which 12 people were killed.", 0),
    # harm during the arrest stays the note's toll
    ("On 3 May 2021, police arrested four suspects over a shooting in Kisumu, and killed another in a shootout.", 1),
    ("On 3 May 2021, police arrested two suspects in Kisumu after a shootout in which one officer was killed.", 1),
])
def test_an_arrest_notes_toll_is_harm_during_the_arrest(nlp: Any, text: str, n: int) -> None:
    """An arrest linked to another incident: that incident's deaths are not the arrest's."""
    assert _toll(nlp, text) == n


@pytest.mark.parametrize(("text", "n"), [
    ("On 3 May 2021, police in Lamu arrested two suspects and shot dead a third who tried to flee.", 1),
    ("A third person has died after a shooting in Dallas on Sunday.", 3),  # a follow-up's rank: three dead
])
def test_an_ordinal_after_people_of_another_fate_ranks_among_them(nlp: Any, text: str, n: int) -> None:
    """'arrested two and shot dead a third': one death, the third of the suspects, not the third death."""
    assert _toll(nlp, text) == n


def test_a_suspected_thug_named_after_a_comma_is_one_death() -> None:
    """'shot dead a suspected thug, Kevin May,': the participle the parse tags a verb still modifies the victim."""
    assert _note_low("On 2 May 2021, police officers in Kakamega shot dead a suspected thug, Kevin May, as he "
                     "fled from a shop in the town.") == 1


def test_a_hyphenated_modifier_keeps_the_body_a_death(nlp: Any) -> None:
    """'the body of a middle-aged woman ... she had been hacked': one death, not one hurt."""
    text = ("On 4 March 2021, the body of a middle-aged woman was discovered in a maize farm in Kimilili, Bungoma "
            "County. Police said she had been hacked.")
    assert _toll(nlp, text) == 1
    assert _toll(nlp, text, "injured") == 0


@pytest.mark.parametrize(("text", "label"), [
    ("On 4 March 2021, the body of a woman was discovered in a maize farm in Kimilili.",
     ("Strategic developments", "Disrupted weapons use")),
    ("On 4 March 2021, police in Webuye recovered the body of a woman from a maize farm.",
     ("Battles", "Armed clash")),
    ("On 4 March 2021, residents discovered the body of a man in a maize farm in Kimilili.",
     ("Protests", "Peaceful protest")),
])
def test_a_body_found_is_an_attack_whatever_the_model_read(text: str, label: tuple[str, str]) -> None:
    """Definitions 2.11: the bodies_found rule also holds over a find, a clash with no fight and a quiet crowd."""
    assert apply_definitions(text, *label) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(("text", "label"), [
    ("Residents of Kimilili protested on 4 March 2021 after the body of a herder was discovered dumped in a maize farm.",
     ("Protests", "Peaceful protest")),
    ("Police exchanged fire with bandits in Kerio Valley; the bodies of two bandits were recovered.",
     ("Battles", "Armed clash")),
])
def test_a_body_found_beside_a_protest_or_a_fight_keeps_its_label(text: str, label: tuple[str, str]) -> None:
    """A protest over the body, or a fight the bodies come from, stays what the model read."""
    assert apply_definitions(text, *label) == label
