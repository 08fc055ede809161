"""Issue 3: actor mentions that are not actors.

A thing ("fire extinguishers", "food stores") or an abstraction ("a tax increase") is never an actor; armed people
with no name ("fighters", "combatants") are the country's Unidentified Armed Group; any other mention no knowledge
base entry or generic noun fits stays, with its raw words as the name, actor_id and inter None and a low
confidence. All sentences here are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.actors import is_thing, resolve_actors, resolve_mention
from crosstally.records import ActorMention, DateClaim, Document, Event, Extraction, Location


@pytest.mark.parametrize("mention", ["fire extinguishers", "food stores", "Fire extinguishers", "vehicles",
                                     "houses and shops", "houses belonging to the chief", "a tax increase",
                                     "the allocation", "fatalities", "base in Upper Mvita district",
                                     "part", "Many bodies"])
def test_things_and_abstractions_are_things(mention: str) -> None:
    assert is_thing(mention)


@pytest.mark.parametrize("mention", ["soldiers and vehicles", "part of the crowd", "members of the militia",
                                     "Zorblax Brigade", "a teacher", "the opposition", "local communities",
                                     "the authorities", "government reinforcements", "witnesses", "Stores Union",
                                     "insurgents loyal to the former mayor who attacked checkpoints"])
def test_people_and_organisations_are_not_things(mention: str) -> None:
    assert not is_thing(mention)


@pytest.mark.parametrize("mention", ["fighters", "combatants", "armed fighters", "militiamen", "unknown shooters"])
def test_unnamed_armed_people_are_the_countrys_armed_group(mention: str) -> None:
    actor, conf = resolve_mention(mention, "NG", date(2021, 3, 4))
    assert actor is not None and actor.name == "Unidentified Armed Group (Nigeria)" and actor.inter == 3
    assert conf >= 0.5


def _event(etype: str, sub: str, actors: list[ActorMention]) -> Event:
    return Event(etype, sub, location=Location(name="Kisumu", country="Kenya", country_code="KE"),
                 date=DateClaim(start=date(2019, 6, 2), end=date(2019, 6, 2), precision=1), actors=actors)


def test_things_leave_the_actors_and_the_rest_stays() -> None:
    riot = _event("Riots", "Violent demonstration",
                  [ActorMention("actor1", "traders", "traders"), ActorMention("actor2", "food stores", "food stores"),
                   ActorMention("assoc_actor_2", "fire extinguishers", "fire extinguishers")])
    odd = _event("Battles", "Armed clash",
                 [ActorMention("actor1", "Zorblax Brigade", "Zorblax Brigade"),
                  ActorMention("actor2", "fighters", "fighters")])
    text = "Traders looted food stores in Kisumu. Zorblax Brigade fought fighters near Kisumu."
    resolve_actors(Extraction(document=Document(text=text), events=[riot, odd]))
    mentions = [a.mention for a in riot.actors]
    assert "food stores" not in mentions and "fire extinguishers" not in mentions
    assert all(a.actor_id is not None for a in riot.actors)
    named, fighters = odd.actors
    # a name no entry knows stays, and says so: no id, no inter, low confidence
    assert (named.name, named.actor_id, named.inter) == ("Zorblax Brigade", None, None) and named.confidence <= 0.3
    assert fighters.name == "Unidentified Armed Group (Kenya)" and fighters.inter == 3


def test_a_possessive_mention_is_left_out() -> None:
    """'its forces' and 'Their later tally' point back to a party named elsewhere: no actor name of their own."""
    ev = _event("Battles", "Armed clash",
                [ActorMention("actor1", "its forces", "its forces"),
                 ActorMention("actor2", "Their later tally", "Their later tally"),
                 ActorMention("assoc_actor_1", "Zorblax Brigade", "Zorblax Brigade")])
    text = "Its forces fought near Kisumu. Their later tally was higher. Zorblax Brigade joined them."
    resolve_actors(Extraction(document=Document(text=text), events=[ev]))
    assert [a.mention for a in ev.actors] == ["Zorblax Brigade"]


def test_a_named_side_comes_before_unnamed_dead_combatants() -> None:
    ev = Event("Battles", "Armed clash", location=Location(name="Maiduguri", country="Nigeria", country_code="NG"),
               date=DateClaim(start=date(2021, 3, 4), end=date(2021, 3, 4), precision=1),
               actors=[ActorMention("actor1", "Boko Haram fighters and Nigerian soldiers",
                                    "Boko Haram fighters and Nigerian soldiers"),
                       ActorMention("actor2", "combatants", "combatants")])
    text = "On 4 March 2021, Boko Haram fighters and Nigerian soldiers fought near Maiduguri. Nine combatants died."
    resolve_actors(Extraction(document=Document(text=text), events=[ev]))
    roles = {a.role: a.name for a in ev.actors}
    assert roles["actor2"].startswith("Military Forces of Nigeria"), roles
    assert roles.get("assoc_actor_2") == "Unidentified Armed Group (Nigeria)"


def test_pipeline_never_outputs_a_thing_as_actor(nlp) -> None:
    from crosstally.pipeline import process

    text = ("On 14 May 2022, in Ostrava Lane, Nairobi, hundreds of hawkers protesting new county fees threw stones "
            "at fire extinguishers and food stores; police dispersed them with tear gas.")
    out = process(Document(text=text, published=date(2022, 5, 15))).to_contract()
    actors = [a for ev in out["events"] for a in ev["actors"]]
    assert actors, out["events"]
    assert not any(is_thing(a["mention"] or "") and a["actor_id"] is None for a in actors)
    assert not any(a["name"] in ("fire extinguishers", "food stores", "new county fees") for a in actors)
