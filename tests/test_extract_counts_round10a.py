"""Tolls, round 10a (issue 3, deaths in Kenya-like notes): the known leftovers of Kenya 2016+ notes, on notes of our
own (invented incidents and people, real places): a victim named in an appositive, deaths told after the first
("the other later died", "both died", "his son succumbed on Tuesday", "the injured herder died"), a mob setting a
person alight, a vehicle that hit an IED, a pursuit on the next day (another event).

Why: each class below was a wrong toll. ACLED's rule: every death of the event, told however the note tells it,
and no death of another event (ACLED codes one event a row, on its own day).
"""

from __future__ import annotations

from typing import Any

import pytest
from toll_notes import note_low, sentence_toll


@pytest.mark.parametrize(("text", "killed"), [
    ("On 3 April 2021, in Nyeri, a suspected burglar, John Mwangi, was lynched by residents.", 1),
    ("On 20 May 2019, in Migori, a suspected thief, Kevin Ouma, 28, was lynched after he was found in a shop.", 1),
    # the name between the commas is the same person: one toll of two, not three
    ("On 14 March 2019, a police officer, John Kamau, and a civilian were killed in Wajir.", 2),
])
def test_a_name_set_off_by_commas_is_the_victim_again(nlp: Any, text: str, killed: int) -> None:
    """'a suspected thief, Kevin Ouma, 28, was lynched': the appositive name (and age) sits between the victim's
    noun and the fate; the reading goes on past it."""
    assert sentence_toll(nlp, text) == killed


def test_a_third_who_succumbed_is_one_more(nlp: Any) -> None:
    """'killing two herders. A third herder succumbed to his injuries': 'succumbed' takes no object, so the article's
    person is the one who died (one more, by the ordinal)."""
    text = ("On 4 March 2020, bandits attacked a village in Tiaty, Baringo, killing two herders. A third herder "
            "succumbed to his injuries at Kabarnet hospital on Friday.")
    assert sentence_toll(nlp, text) == 3


@pytest.mark.parametrize("text", [
    "Gunmen shot a trader and his son in Garissa town. The trader died at the scene and his son died on Tuesday.",
    "Gunmen shot a trader and his son in Garissa town. The trader died at the scene; his son succumbed on Tuesday.",
])
def test_someones_kin_who_died_after_is_another_death(nlp: Any, text: str) -> None:
    """'The trader died ...; his son succumbed on Tuesday': a possessive's kin is a second person, in a clause joined
    by 'and' or set beside by a semicolon."""
    assert sentence_toll(nlp, text) == 2


@pytest.mark.parametrize(("text", "killed"), [
    ("On 10 June 2021, gunmen shot two traders in Mandera town. One died on the spot and the other later died in "
     "hospital.", 2),
    ("Gunmen shot two traders in Wajir. One died at the scene. The other died in hospital.", 2),
    ("Gunmen shot two traders in Wajir. One died at the scene while the other was taken to hospital.", 1),
    # a toll of two already holds both: no third death
    ("Two men were shot dead in Wajir. One died at the scene and the other died in hospital.", 2),
])
def test_the_other_who_died(nlp: Any, text: str, killed: int) -> None:
    """'One died on the spot and the other later died in hospital': 'the other' is the second of the two."""
    assert sentence_toll(nlp, text) == killed


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("On 5 May 2018, police shot two suspected robbers in Kayole. Both died on the spot.", 2, 0),
    ("Two men were shot in Kisumu; both died on the way to hospital.", 2, 0),
    ("Two men were shot in Kisumu. Both were taken to hospital.", 0, 2),
    ("On 3 July 2019, police shot two suspected thugs in Mathare, Nairobi. They died on the spot.", 2, 0),
    ("Gunmen shot three people in Wajir. They were taken to hospital.", 0, 3),
    # "they" are the gunmen here, and the 30 were told wounded (their fate told): they stay hurt
    ("Gunmen killed 12 people and wounded 30 at a market in Mandera. The gunmen fled to a building, where they "
     "were killed by police.", 12, 30),
])
def test_both_died(nlp: Any, text: str, killed: int, injured: int) -> None:
    """'police shot two suspected robbers ... Both died': the two told hit are the two who died; the hedge word
    ('suspected') no longer hides the figure's people."""
    assert sentence_toll(nlp, text) == killed
    assert sentence_toll(nlp, text, "injured") == injured


def test_the_injured_one_who_died(nlp: Any) -> None:
    """'a herder was shot dead and another was seriously injured ... The injured herder died on Friday': the lone
    person told hurt is the second death."""
    text = ("On 8 June 2017, a herder was shot dead and another was seriously injured by raiders in Baringo. The "
            "injured herder died on Friday.")
    assert sentence_toll(nlp, text) == 2


@pytest.mark.parametrize(("text", "killed"), [
    ("On 14 March 2019, in Kakamega, a suspected robber was set ablaze by a mob.", 1),
    ("Residents set ablaze a woman in Kisii, accusing her of witchcraft.", 1),
    ("Raiders set ablaze 27 houses at Kolowa; a house was set ablaze in Tot too.", 0),
])
def test_a_person_set_ablaze(nlp: Any, text: str, killed: int) -> None:
    """A mob that sets a person alight kills (how notes tell mob justice); houses set ablaze are no toll."""
    assert sentence_toll(nlp, text) == killed


def test_a_vehicle_that_hit_an_ied_is_no_person_hit() -> None:
    """'a KDF vehicle hit an IED ... No casualties': the IED is a thing, not a person hit (and so no death)."""
    assert note_low("On 5 May 2018, a KDF vehicle hit an IED near Mandera. No casualties were reported.") == 0


@pytest.mark.parametrize(("text", "killed"), [
    ("On 8 June 2017, Pokot raiders killed two herders at Kapedo. The following day, police killed three raiders "
     "in a pursuit.", 2),
    ("On 8 June 2017, Pokot raiders killed two herders at Kapedo. The following day, a third herder died in "
     "hospital.", 3),
])
def test_a_new_act_on_a_later_day_is_another_event(nlp: Any, text: str, killed: int) -> None:
    """'The following day, police killed three raiders': a new act on another day is another row's toll; a death
    from the event's wounds told that day stays this event's."""
    assert sentence_toll(nlp, text) == killed


@pytest.mark.parametrize("text", [
    "On 3 July 2019, raiders shot dead a herder in Baringo and wounded another, who later died in hospital.",
    "On 3 July 2019, raiders shot dead a herder in Baringo and wounded his brother, who succumbed on Tuesday.",
])
def test_the_wounded_who_died(nlp: Any, text: str) -> None:
    """'wounded another, who later died': the relative clause tells the hurt person's death (one more)."""
    assert sentence_toll(nlp, text) == 2


def test_a_stray_bullet_is_no_one_who_died(nlp: Any) -> None:
    """'A bystander hit by a stray bullet later died': the bystander died, the bullet is no person (so the death is
    not read as the first victim told again)."""
    text = ("On 3 July 2019, police shot dead a suspected robber in Kisumu. A bystander hit by a stray bullet later "
            "died in hospital.")
    assert sentence_toll(nlp, text) == 2
