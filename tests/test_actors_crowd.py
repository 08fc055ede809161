"""ACLED's crowd rule: actor1 of a protest or riot is 'Protesters (X)' / 'Rioters (X)', armed actors excepted."""

from __future__ import annotations

from crosstally.actors import crowd_actor, resolve_actors, resolve_mention
from crosstally.records import ActorMention, Document, Event, Extraction, Location


def _extraction(event_type: str, sub: str, mention: str) -> Extraction:
    ev = Event(event_type=event_type, sub_event_type=sub,
               location=Location(name="Mombasa", country_code="KE", country="Kenya"),
               actors=[ActorMention(role="actor1", name=mention, mention=mention)])
    return Extraction(document=Document(text=f"{mention} marched in Mombasa."), events=[ev])


def test_protest_crowd_becomes_protesters_of_the_country():
    ex = _extraction("Protests", "Peaceful protest", "Mombasa traders")
    resolve_actors(ex)
    am = ex.events[0].actors[0]
    assert am.name == "Protesters (Kenya)" and am.inter == 6
    assert am.mention == "Mombasa traders"


def test_riot_crowd_becomes_rioters():
    ex = _extraction("Riots", "Mob violence", "villagers")
    resolve_actors(ex)
    assert ex.events[0].actors[0].name == "Rioters (Kenya)"


def test_armed_actor1_is_kept_and_other_events_untouched():
    police, _ = resolve_mention("police", "KE")
    assert police is not None and crowd_actor("Protests", police, "KE") is None
    assert crowd_actor("Violence against civilians", None, "KE") is None
    assert crowd_actor("Protests", None, None) is None
    ex = _extraction("Violence against civilians", "Attack", "villagers")
    resolve_actors(ex)
    # ACLED's codebook: civilians are the target of Violence against civilians, never its perpetrator; an
    # attacker the report does not identify is the unidentified armed group
    assert ex.events[0].actors[0].name == "Unidentified Armed Group (Kenya)"
    assert ex.events[0].actors[0].mention == "villagers"
