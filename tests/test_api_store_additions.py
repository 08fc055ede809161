"""The Store queries the API added: actor and text filters on events, tallies, review verdicts (real SQLite)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crosstally.errors import StoreError
from crosstally.records import ActorMention, DateClaim, Document, Event, Extraction, Location
from crosstally.store import Store


def _ext(text: str, source: str, actor: str, admin1: str, etype: str) -> Extraction:
    doc = Document(text=text, source=source, title=f"About {admin1}", published=date(2025, 3, 9))
    ev = Event(event_type=etype, sub_event_type="Attack", doc_id=doc.id,
               date=DateClaim(date(2025, 3, 7), date(2025, 3, 7), 1),
               location=Location(name=admin1, admin1=admin1, country="Syria", country_code="SY", lat=35.0, lon=36.0),
               actors=[ActorMention(role="actor1", name=actor, mention=actor.lower())])
    return Extraction(document=doc, events=[ev])


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path}/s.db")
    s.save(_ext("Gunmen attacked a checkpoint near Jableh; 100% of the 5_000 residents fled.", "Wire A",
                "Unidentified Armed Group (Syria)", "Latakia", "Violence against civilians"))
    s.save(_ext("Clashes erupted in Baniyas between the army and local fighters.", "Wire B",
                "Military Forces of Syria", "Tartus", "Battles"))
    s.save(_ext("Troops shelled villages outside Baniyas overnight.", "Wire B",
                "Military Forces of Syria", "Tartus", "Explosions/Remote violence"))
    return s


def test_text_filter_is_case_insensitive_and_escapes_wildcards(store: Store) -> None:
    assert len(store.events(text="BANIYAS")) == 2
    assert len(store.events(text="about latakia")) == 1  # the title counts too
    assert len(store.events(text="100%")) == 1 and len(store.events(text="5_000")) == 1
    assert len(store.events(text="%")) == 1  # a literal percent sign, not "anything"
    assert store.events(text="_x_") == []


def test_actor_filter_matches_name_or_mention(store: Store) -> None:
    assert len(store.events(actor="military forces of syria")) == 2
    assert len(store.events(actor="unidentified armed group (syria)")) == 1
    assert store.events(actor="Military") == []  # exact, not a substring
    assert len(store.events(actor="military forces of syria", event_type="Battles")) == 1


def test_tallies(store: Store) -> None:
    assert store.tallies("source") == [{"source": "Wire B", "events": 2}, {"source": "Wire A", "events": 1}]
    assert store.tallies("admin1")[0] == {"admin1": "Tartus", "country_code": "SY", "events": 2}
    assert store.tallies("actor")[0]["name"] == "Military Forces of Syria"
    assert {t["event_type"] for t in store.tallies("event_type")} == {
        "Battles", "Violence against civilians", "Explosions/Remote violence"}
    assert store.tallies("country") == [{"country_code": "SY", "country": "Syria", "events": 3}]
    assert store.tallies("place", limit=1)[0]["location_name"] == "Tartus"
    with pytest.raises(StoreError):
        store.tallies("planet")


def test_review_states_take_the_latest_verdict(store: Store) -> None:
    ev = store.events(admin1="Latakia")[0]
    target = f"{ev.doc_id}:{ev.index}"
    assert store.review_states([target]) == {}
    store.audit("reject", "event", target, who="ana", why="wrong place")
    assert store.review_states([target])[target]["state"] == "rejected"
    store.audit("confirm", "event", target, who="bo", why="checked")
    got = store.review_states([target, "other:0"])
    assert got[target]["state"] == "confirmed" and got[target]["who"] == "bo" and "other:0" not in got
    store.audit("correct", "event", target, who="cy")  # other actions are not verdicts
    assert store.review_states([target])[target]["state"] == "confirmed"


def test_review_verdicts_read_the_same_in_sql_and_python(db_url: str) -> None:
    """One verdict rule (``_query.VERDICT_STATES``), read twice: by ``review_states`` in Python (claim pages,
    exports) and by ``_query.review_state`` in SQL (the incident list's rejected filter). Every verdict history
    must give both the same state, or the incident list shows a claim its claim page calls rejected."""
    from sqlalchemy import select

    from crosstally.store._models import EventRow
    from crosstally.store._query import VERDICT_STATES, event_target_sql, review_state

    doc = Document(text="Two reports of shelling near Baniyas.", source="Wire C", published=date(2025, 3, 9))
    histories: list[list[str]] = [[], ["correct"], ["reject"], ["reject", "reopen"], ["reject", "confirm"],
                                  ["confirm", "correct"], ["confirm", "reject", "lock"]]
    histories += [["reject" if a != "reject" else "confirm", a] for a in VERDICT_STATES]  # every verdict last once
    day = DateClaim(date(2025, 3, 7), date(2025, 3, 7), 1)
    events = [Event(event_type="Battles", sub_event_type="Armed clash", doc_id=doc.id, index=i, date=day,
                    location=Location(name="Baniyas", admin1="Tartus", country="Syria", country_code="SY"))
              for i in range(len(histories))]
    store = Store(db_url)
    try:
        store.save(Extraction(document=doc, events=events))
        store.set_incidents({(doc.id, i): ("inc-1", None) for i in range(len(events))}, {"inc-1": {"id": "inc-1"}})
        for i, actions in enumerate(histories):
            for a in actions:
                store.audit(a, "event", f"{doc.id}:{i}", who="ana")
        store.audit("reject", "incident", f"{doc.id}:0", who="ana")  # another kind of target: not this event's
        targets = [f"{doc.id}:{i}" for i in range(len(events))]
        python = {t: v["state"] for t, v in store.review_states(targets).items()}
        python = {t: python.get(t, "open") for t in targets}
        with store._read() as s:
            sql = dict(s.execute(select(event_target_sql(), review_state(event_target_sql()))
                                 .where(EventRow.doc_id == doc.id)).all())
        assert sql == python
        assert [python[t] for t in targets[:7]] == ["open", "open", "rejected", "open", "confirmed", "confirmed",
                                                    "rejected"]
        assert {python[t] for t in targets[7:]} == set(VERDICT_STATES.values())
        listed = store.incident_claims_page()
        shown = {f"{e.doc_id}:{e.index}" for item in listed.items for e in item["events"]}
        assert shown == {t for t in targets if python[t] != "rejected"}
    finally:
        store.close()
