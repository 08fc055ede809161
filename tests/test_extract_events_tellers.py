"""Who tells or asks about an event is not a party to it: a president who sets up an inquiry into killings, a
committee that reports a toll, a monitor that raises one; and a clause that says who the victims were names no
attacker. Sentences are invented for these tests (generic names, invented places)."""

from __future__ import annotations

from crosstally.extract import _events


def _actors(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    trig = _events._sentence_triggers(sent)
    assert trig, text
    acts = _events.find_actors(trig[0][0], sent)
    _events._subject_before(trig[0][0], sent, acts)
    return {a.role: a.mention for a in acts}


def test_an_inquiry_into_killings_is_no_attack_by_who_ordered_it(nlp):
    got = _actors(nlp, "President John Doe on Sunday set up a committee to investigate the killings of civilians "
                       "in the province, as a monitor raised the toll of civilians killed since Thursday to 90.")
    assert "John Doe" not in got.get("actor1", "")


def test_the_committee_that_reports_a_toll_is_no_party(nlp):
    got = _actors(nlp, "The commission appointed by President John Doe reported that 140 people had been killed.")
    assert "John Doe" not in got.get("actor1", "")
    assert "commission" not in got.get("actor1", "")


def test_the_victims_description_names_no_attacker(nlp):
    got = _actors(nlp, "Most of the victims were members of the Ardel Farmers Union, and many were killed in their "
                       "homes.")
    assert "Union" not in got.get("actor1", "")


def test_the_acting_side_is_still_found(nlp):
    got = _actors(nlp, "Rebels of the Ardel Liberation Front killed 12 villagers near Kessin on Monday.")
    assert "Rebels" in got.get("actor1", "")
    got = _actors(nlp, "Residents condemned the shooting of a student by police in Kessin.")
    assert got.get("actor1") == "police"
