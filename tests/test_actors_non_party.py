"""Bodies that issue statements and bare country names are not parties to the fighting."""

from __future__ import annotations

import pytest

from crosstally.actors import non_party, resolve_actors
from crosstally.records import ActorMention, Document, Event, Extraction


@pytest.mark.parametrize(
    ("mention", "role", "expected"),
    [
        ("EU", "actor2", True),
        ("the BBC", "actor1", True),
        ("Amnesty International", "assoc_actor_2", True),
        ("Syria", "assoc_actor_1", True),
        ("US", "actor2", True),
        ("Israel", "actor1", False),  # "Israel struck…": the one who acted stays
        ("Zorblax Brigade", "actor2", False),
        ("gunmen", "actor2", False),
    ],
)
def test_non_party(mention, role, expected):
    assert non_party(mention, role) is expected


def test_resolve_actors_leaves_out_statement_bodies():
    ev = Event("Battles", "Armed clash",
               actors=[ActorMention("actor1", "HTS fighters", "HTS fighters"), ActorMention("actor2", "EU", "EU"),
                       ActorMention("assoc_actor_1", "Syria", "Syria"),
                       ActorMention("actor2", "Alawite militias", "Alawite militias")])
    text = "Clashes erupted in Latakia, Syria, between HTS fighters and Alawite militias; the EU condemned them."
    resolve_actors(Extraction(document=Document(text=text), events=[ev]))
    mentions = [a.mention for a in ev.actors]
    assert mentions == ["HTS fighters", "Alawite militias"]
    assert ev.actors[0].actor_id == "hts"
