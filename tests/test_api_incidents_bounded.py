"""/api/incidents is an indexed query: a page reads only its own incidents' claims, whatever the database holds.

A few thousand synthetic claims over hundreds of incidents, in real SQLite and PostgreSQL; SQLAlchemy's own
event hooks count the SQL statements a request runs and the event rows it loads. The pages must also equal
what the slow way (read every claim, drop rejected ones, group by incident) gives.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from crosstally.config import get_settings
from crosstally.records import DateClaim, Document, Event, Extraction, Fatalities, Location
from crosstally.store import Store
from crosstally.store._models import EventRow
from crosstally.web import create_app
from crosstally.web._views import ClaimFilters, claim_id, iter_events, summarise

DOCS, PER_DOC, INCIDENTS = 150, 20, 500  # 3,000 claims, 6 per incident
REGIONS = [("Latakia", "SY", "Syria"), ("Tartus", "SY", "Syria"), ("Homs", "SY", "Syria"), ("Nairobi", "KE", "Kenya")]
TYPES = ["Violence against civilians", "Battles", "Explosions/Remote violence"]


def _corpus(store: Store) -> int:
    """Save the synthetic claims, link them to incidents, reject a few; returns how many claims."""
    keys: dict[tuple[str, int], tuple[str, None]] = {}
    n = 0
    for d in range(DOCS):
        doc = Document(text=f"Synthetic report number {d} about several incidents.", source=f"Outlet {d % 9}",
                       title=f"Report {d}", published=date(2025, 3, 1) + timedelta(days=d % 28))
        events = []
        for i in range(PER_DOC):
            admin1, cc, country = REGIONS[(d + i) % len(REGIONS)]
            day = date(2025, 2, 20) + timedelta(days=(d * 7 + i) % 40)
            events.append(Event(
                event_type=TYPES[(d * 3 + i) % len(TYPES)], sub_event_type="Attack", doc_id=doc.id, index=i,
                date=DateClaim(day, day + timedelta(days=i % 3), 1),
                location=Location(name=f"Place {i}", admin1=admin1, country=country, country_code=cc,
                                  lat=35.0 + i / 100, lon=36.0 + d / 1000, precision=1 + i % 3),
                fatalities=Fatalities(i, i, i + d % 4) if i % 2 else Fatalities(None, None, None),
            ))
            keys[(doc.id, i)] = (f"inc-{(d * PER_DOC + i) % INCIDENTS:04d}", None)
            n += 1
        store.save(Extraction(document=doc, events=events))
    store.set_incidents(keys, {inc: {"id": inc} for inc, _ in set(keys.values())})
    # every claim of inc-0007 rejected (it must vanish), and a few others' latest verdict is a rejection
    for (doc_id, idx), (inc, _) in sorted(keys.items()):
        if inc == "inc-0007" or (idx == 3 and doc_id < "4"):
            store.audit("reject", "event", f"{doc_id}:{idx}", who="analyst", why="test")
    first = sorted(keys)[0]
    target = f"{first[0]}:{first[1]}"
    store.audit("reject", "event", target, who="analyst", why="test")
    store.audit("reopen", "event", target, who="analyst", why="changed my mind")  # open again: counted
    return n


@pytest.fixture()
def served(db_url: str) -> Iterator[tuple[Store, httpx.Client, int]]:
    """The app over real HTTP (uvicorn in this process, so the Store's engine can be watched)."""
    from test_web_app import start_server

    store = Store(db_url)
    n = _corpus(store)
    base, server = start_server(create_app(get_settings(db=db_url), store=store))
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            yield store, client, n
    finally:
        server.should_exit = True  # type: ignore[attr-defined]
        store.close()


@contextmanager
def _counting(store: Store) -> Iterator[dict[str, int]]:
    """Count the SQL statements run on the Store's engine and the event rows the ORM builds."""
    seen = {"statements": 0, "event_rows": 0}

    def statement(*_: Any) -> None:
        seen["statements"] += 1

    def loaded(*_: Any) -> None:
        seen["event_rows"] += 1

    sa.event.listen(store.engine, "before_cursor_execute", statement)
    sa.event.listen(EventRow, "load", loaded)
    try:
        yield seen
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", statement)
        sa.event.remove(EventRow, "load", loaded)


def _reference(store: Store, filters: ClaimFilters) -> list[dict[str, Any]]:
    """The slow way the list used to be built: every matching claim read, rejected ones dropped, grouped."""
    members: dict[str, list[Event]] = defaultdict(list)
    for ev in iter_events(store, filters):
        if ev.incident_id:
            members[ev.incident_id].append(ev)
    rejected = {k for k, v in store.review_states(claim_id(e) for evs in members.values() for e in evs).items()
                if v["state"] == "rejected"}
    sources = {d: store.document(d).source for d in {e.doc_id for evs in members.values() for e in evs}}  # type: ignore[union-attr]
    spans = {r["id"]: ((r["data"] or {}).get("start"), (r["data"] or {}).get("end"))
             for r in store.incidents(ids=sorted(members), limit=max(len(members), 1))}
    out = []
    for iid in sorted(members):
        live = [e for e in members[iid] if claim_id(e) not in rejected]
        if live:
            out.append(summarise(iid, live, sources, None, spans.get(iid)).to_dict())
    return out


def _pages(client: httpx.Client, limit: int, **params: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(1000):
        r = client.get("/api/incidents", params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        page = r.json()
        assert len(page["items"]) <= limit
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if not cursor:
            return items
    raise AssertionError("the cursor never ended")


def test_a_page_loads_only_its_own_incidents_claims(served: tuple[Store, httpx.Client, int]) -> None:
    store, client, n = served
    assert n == DOCS * PER_DOC >= 3000
    for params in ({}, {"country": "SY"}, {"admin1": "Tartus", "event_type": "Battles"},
                   {"date_from": "2025-03-10", "date_to": "2025-03-12"}, {"source": "Outlet 4"}):
        first = client.get("/api/incidents", params={**params, "limit": 20}).json()
        assert first["next_cursor"], params
        with _counting(store) as seen:
            r = client.get("/api/incidents", params={**params, "limit": 20, "cursor": first["next_cursor"]})
        assert r.status_code == 200
        items = r.json()["items"]
        assert len(items) == 20 and items[0]["id"] > first["items"][-1]["id"]
        # exactly the claims summarised on this page were read, a few statements in all
        assert seen["event_rows"] == sum(i["claims"] for i in items) <= 20 * (PER_DOC * DOCS // INCIDENTS), (params, seen)
        assert seen["statements"] <= 10, (params, seen)


def test_pages_equal_the_slow_reference(served: tuple[Store, httpx.Client, int]) -> None:
    store, client, _ = served
    everything = _pages(client, 97)
    ids = [i["id"] for i in everything]
    assert ids == sorted(set(ids)) and "inc-0007" not in ids and len(ids) == INCIDENTS - 1
    assert everything == _reference(store, ClaimFilters())
    filtered = _pages(client, 13, country="SY", admin1="Latakia", date_from="2025-03-01")
    assert 0 < len(filtered) < len(everything)
    assert [i["id"] for i in filtered] == [i["id"] for i in _reference(
        store, ClaimFilters(country="SY", admin1="Latakia", date_from=date(2025, 3, 1)))]
    assert all(i["admin1"] == "Latakia" for i in filtered)
