"""Which event a toll belongs to, and protest deaths: an agentless toll after a report of fighting is the
fighting's toll (never an attack with an invented perpetrator), a protest whose own sentence tells people killed
in it keeps its toll, and a crowd word among the victims or a looting beside a killing never names the event.
All texts are our own writing, with invented towns."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from crosstally.extract import extract
from crosstally.extract._counts import find_counts
from crosstally.extract._events import agentless_toll, died_in_protest, find_candidates
from crosstally.extract._model import apply_definitions
from crosstally.records import Document


def _events(nlp, text: str, published: date = date(2024, 5, 2)):
    doc = Document(text=text, published=published)
    return extract(doc, nlp(doc.text)).events


BATTLE = (
    "RIVERTON (Wire) - Fighting between soldiers and rebel fighters spread on Wednesday from the Riverton suburb "
    "of Millbrook to the village of Eastfield, where residents said they could not leave their homes.\n\n"
    "Dozens of people have been killed since Tuesday, according to the Riverton Monitoring Group, which said the "
    "dead included rebel fighters, soldiers and gunmen who attacked the two areas.\n\n"
    "Local leaders and army officers reached an agreement late on Tuesday to open a road out of Millbrook."
)


def test_agentless_toll_after_fighting_is_the_battles_toll(nlp) -> None:
    events = _events(nlp, BATTLE)
    battles = [e for e in events if e.event_type == "Battles"]
    assert len(battles) == 1, [(e.event_type, e.sub_event_type) for e in events]
    assert battles[0].fatalities.low == 12  # "dozens": ACLED's rule
    # no separate attack on civilians, and no perpetrator taken from the toll sentence
    assert not [e for e in events if e.event_type == "Violence against civilians"]
    toll_start = BATTLE.index("Dozens")
    toll_end = BATTLE.index("two areas.")
    for a in battles[0].actors:
        if a.role == "actor1":
            assert not (toll_start <= a.evidence[0].start < toll_end), a.mention


def test_battle_is_placed_in_the_suburb_not_the_city_it_qualifies(nlp) -> None:
    battle = next(e for e in _events(nlp, BATTLE) if e.event_type == "Battles")
    assert battle.location is not None and battle.location.mention == "Millbrook"


def test_a_toll_with_its_killer_stays_its_own_event(nlp) -> None:
    # the second sentence names who killed: an attack, not the clash's toll
    text = (
        "Clashes between soldiers and rebel fighters continued on Monday near the town of Ashgrove.\n\n"
        "On Tuesday, militiamen shot dead six farmers in their fields outside the village of Westmere, "
        "residents said.\n\n"
        "Aid groups said the fighting had cut the main road between Ashgrove and the provincial capital, and "
        "that hundreds of families were sheltering in schools and mosques in nearby towns while they waited "
        "for the road to reopen and for food deliveries to resume in the district.\n\n"
        "The regional governor visited a camp for displaced families on Wednesday and promised to send more "
        "water tankers and medical teams, while the army said it had sent reinforcements to the area and would "
        "hold the road open during daylight hours from the end of the week."
    )
    events = _events(nlp, text)
    attack = [e for e in events if e.event_type == "Violence against civilians"]
    assert attack and attack[0].fatalities.low == 6


def test_monitor_quoted_for_a_toll_is_not_the_actor(nlp) -> None:
    text = ("Dozens of people have been killed in the district since Sunday, according to the Hillside Rights "
            "Observatory.")
    for e in _events(nlp, text):
        assert not any(a.role == "actor1" and "Observatory" in a.mention for a in e.actors)


PROTEST = (
    "LAKEVIEW (Wire) - Twenty people were killed in anti-government protests in the country on Monday, a national "
    "rights commission said on Tuesday.\n\n"
    "The commission said crowds had gathered in Lakeview and other towns, and that shops and schools stayed "
    "closed.\n\n"
    "Protesters are demanding lower taxes and the resignation of the cabinet."
)


def test_protest_with_deaths_keeps_its_toll(nlp) -> None:
    events = _events(nlp, PROTEST)
    deadly = [e for e in events if e.fatalities.low == 20]
    assert deadly, [(e.event_type, e.sub_event_type, e.fatalities.low) for e in events]
    assert deadly[0].sub_event_type != "Peaceful protest"
    assert (deadly[0].event_type, deadly[0].sub_event_type) == ("Riots", "Violent demonstration")


def test_died_in_protest_reads_deaths_in_the_protest_not_a_grievance() -> None:
    assert died_in_protest("Two men were shot dead during a demonstration in the town centre.")
    assert died_in_protest("Five people died at the rally on Friday.")
    assert not died_in_protest("Traders protested the killing of a colleague.")
    assert not died_in_protest("Students marched peacefully to the county offices.")


def test_override_turns_a_peaceful_label_with_deaths_into_a_riot() -> None:
    note = "On 4 March, three people were killed in protests over fuel prices in Lakeview town."
    assert apply_definitions(note, "Protests", "Peaceful protest") == ("Riots", "Violent demonstration")
    calm = "On 4 March, traders held a peaceful protest over fuel prices in Lakeview town."
    assert apply_definitions(calm, "Protests", "Peaceful protest") == ("Protests", "Peaceful protest")


def _first_candidate(nlp, text: str):
    sdoc = nlp(text)
    return find_candidates(sdoc, find_counts(sdoc))[0]


def test_agentless_toll_is_told_apart_from_a_toll_with_a_killer(nlp) -> None:
    toll = _first_candidate(nlp, "Dozens of people have been killed since Thursday, according to the Hillside "
                                 "Rights Observatory, which said the dead included fighters and soldiers.")
    assert agentless_toll(toll)
    assert not any(a.role == "actor1" for a in toll.actors)  # the monitor tells the toll, it is no party
    killer = _first_candidate(nlp, "Six soldiers were killed when militants attacked a checkpoint near Redfield.")
    assert not agentless_toll(killer)
    civilians = _first_candidate(nlp, "At least 40 civilians have been killed in the province since Monday.")
    assert not agentless_toll(civilians)  # named unarmed dead: an attack's toll, not a battle's


def test_crowd_word_among_the_victims_does_not_name_the_candidate(nlp) -> None:
    cand = _first_candidate(nlp, "Insurgents attacked the outskirts of Redfield town late on Sunday, killing two "
                                 "members of a local vigilante group and burning several houses.")
    assert cand.event_type != "Riots" and cand.trigger_text != "vigilante"


def test_looting_beside_a_killing_names_the_killing(nlp) -> None:
    cand = _first_candidate(nlp, "Armed men stormed the village of Oakhollow on Wednesday, killing at least 14 "
                                 "villagers and looting homes.")
    assert cand.sub_event_type != "Looting/property destruction"
    assert cand.trigger.lemma_ == "kill"


_DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus" / "reports.jsonl"


def _demo(nlp, doc_id: str):
    if not _DEMO.exists():
        pytest.skip("demo corpus absent")
    row = next(json.loads(line) for line in _DEMO.read_text(encoding="utf-8").splitlines()
               if line.strip() and json.loads(line)["id"] == doc_id)
    return _events(nlp, row["text"], date.fromisoformat(row["published"]))


def test_demo_druze_clashes_toll_is_the_battles(nlp) -> None:
    events = _demo(nlp, "demo-035")
    assert not [e for e in events if e.event_type == "Violence against civilians"]
    battle = next(e for e in events if e.event_type == "Battles")
    assert battle.fatalities.low == 12
    assert battle.location is not None and battle.location.mention == "Jaramana"


def test_demo_kenya_protest_deaths_keep_their_toll(nlp) -> None:
    events = _demo(nlp, "demo-033")
    deadly = [e for e in events if e.fatalities.low == 31]
    assert deadly and deadly[0].sub_event_type != "Peaceful protest"


def test_crowd_word_among_the_victims_does_not_name_the_event(nlp) -> None:
    text = (
        "Insurgents attacked the outskirts of Redfield town late on Sunday, killing two members of a local "
        "vigilante group and burning several houses, residents said. The attackers, who came on motorcycles, "
        "exchanged fire with soldiers for about an hour before withdrawing. A resident said many families spent "
        "the night in the fields. Soldiers patrolled the town on Monday and some families who had fled began to "
        "return. The local council chairman asked for more troops to guard the town at night, saying the attacks "
        "had become more frequent since the start of the rainy season. Redfield lies about 40 km from the state "
        "capital."
    )
    events = _events(nlp, text)
    assert events and events[0].event_type != "Riots", (events[0].event_type, events[0].sub_event_type)
    assert events[0].fatalities.low == 2


def test_looting_beside_a_killing_is_the_killing(nlp) -> None:
    text = (
        "Armed men stormed the village of Oakhollow on Wednesday, killing at least 14 villagers and looting "
        "homes, local officials said on Thursday. Survivors fled towards the hills. Officials said the men arrived "
        "in the afternoon in several trucks and left before dark. Residents of nearby villages said they saw "
        "smoke rising from Oakhollow for hours. A clinic in a neighbouring village treated dozens of wounded but "
        "lacked supplies, a nurse said. Telephone lines in the area have been cut since the weekend, and aid "
        "groups said they could not reach the village to deliver food and medicine."
    )
    events = _events(nlp, text)
    assert events and events[0].event_type == "Violence against civilians"
    assert events[0].fatalities.low == 14
