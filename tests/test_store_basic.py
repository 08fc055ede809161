"""Store on real SQLite and a real PostgreSQL server: schema, round trip, idempotence, versions, corrections."""

from __future__ import annotations

import copy
import sqlite3
import time
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from crosstally.errors import StoreError
from crosstally.records import Document, Extraction
from crosstally.store import Store, current_revision, decode_cursor, head_revision, normalise_url, upgrade
from crosstally.store._engine import make_engine
from crosstally.store._migrate import alembic_config
from crosstally.store._models import Base


def test_open_migrates_to_head_and_schema_matches_models(db_url: str) -> None:
    assert current_revision(db_url) is None
    with Store(db_url) as store:
        assert current_revision(db_url) == head_revision() == "0004"
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            tables = set(sa.inspect(conn).get_table_names())
    assert diff == [], f"models and migrations differ: {diff}"
    assert {"documents", "events", "counts", "event_actors", "quotes", "sources_cited", "incidents",
            "incident_overrides", "corrections", "audit_log", "api_tokens", "runs", "state"} <= tables
    assert upgrade(db_url) == "0004"  # a second upgrade is a no-op
    engine = make_engine(db_url)
    try:  # the revision also goes down cleanly, and back up
        command.downgrade(alembic_config(engine), "base")
        assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()
    assert upgrade(db_url, "0001") == "0001"  # an older database...
    Store(db_url).close()  # ...is brought up to date when opened
    assert current_revision(db_url) == "0004"


def test_round_trip_is_exact(db_url: str, make_extraction) -> None:
    ex = make_extraction()
    arabic = make_extraction("قتل 12 مدنيا في بانياس. Twelve people were killed in Baniyas on 7 March 2025.",
                             url="https://example.org/ar", n_events=1)
    empty = Extraction(Document(text="", status="empty", reasons=["status:empty"]))
    with Store(db_url) as store:
        for e in (ex, arabic, empty):
            assert store.save(e).status == "inserted"
        back = {e.document.id: e for e in store.extractions()}
    assert set(back) == {ex.document.id, arabic.document.id, empty.document.id}
    for original in (ex, arabic, empty):
        got = back[original.document.id]
        assert got.to_contract() == original.to_contract()
        assert got.framing == original.framing
        assert got.document == original.document
        for a, b in zip(got.events, original.events, strict=True):
            b = copy.copy(b)
            assert a.doc_id == original.document.id
            b.doc_id, b.index = a.doc_id, a.index
            assert a == b  # unrounded confidences, phrases, methods all kept


def test_save_is_idempotent_and_versions_urls(db_url: str, make_extraction) -> None:
    first = make_extraction()
    with Store(db_url) as store:
        r1 = store.save(first)
        assert (r1.status, r1.events) == ("inserted", 2)
        assert store.save(make_extraction()).status == "unchanged"
        assert store.stats()["events"] == 2
        assert store.has_document(first.document.id)
        assert not store.has_document("0" * 16)
        # Same URL, new text: a new version pointing at the first.
        second = make_extraction(first.document.text + " The toll was later revised.")
        r2 = store.save(second)
        assert r2.status == "new_version"
        assert r2.version_of == first.document.id
        # A third text under that URL points at the newest one.
        r3 = store.save(make_extraction(first.document.text + " Updated again."))
        assert r3.version_of == second.document.id
        stats = store.stats()
        assert stats["documents"] == 3
        assert stats["events"] == 6
        assert stats["counts_by_kind"] == {"killed": 12}


def test_resave_replaces_events_but_keeps_corrections(db_url: str, make_extraction) -> None:
    ex = make_extraction()
    doc_id = ex.document.id
    with Store(db_url) as store:
        store.save(ex)
        cid = store.correct(doc_id, 0, "fatalities.low", 45, who="analyst1", why="checked the monitor's list")
        store.correct(doc_id, 0, "location.admin1", "Tartous", who="analyst1")
        store.correct(doc_id, 1, "date.start", "2025-03-06", who="analyst2")
        assert store.event(doc_id, 0).fatalities.low == 45
        # The pipeline changes: one event only, different figures. Stored atomically as an update.
        changed = make_extraction(n_events=1)
        changed.events[0].fatalities.low = 40
        changed.events[0].counts = changed.events[0].counts[:1]
        assert store.save(changed).status == "updated"
        assert store.stats()["events"] == 1
        assert store.stats()["counts_by_kind"] == {"killed": 1}
        ev = store.event(doc_id, 0)
        assert ev.fatalities.low == 45  # the analyst's value wins on read
        assert ev.location.admin1 == "Tartous"
        assert store.event(doc_id, 0, corrected=False).fatalities.low == 40
        (got,) = list(store.extractions())
        assert got.events[0].fatalities.low == 45
        assert store.extraction(doc_id, corrected=False).events[0].fatalities.low == 40
        log = store.audit_log(target_type="event")
        assert [e["field"] for e in log] == ["date.start", "location.admin1", "fatalities.low"]
        assert log[-1]["old"] == 42 and log[-1]["new"] == 45 and log[-1]["who"] == "analyst1"
        assert store.revert_correction(cid, who="analyst2", why="wrong list")
        assert not store.revert_correction(cid, who="analyst2")
        assert store.event(doc_id, 0).fatalities.low == 40
        assert len(store.corrections(doc_id)) == 2


def test_bad_corrections_are_refused(db_url: str, make_extraction) -> None:
    ex = make_extraction()
    with Store(db_url) as store:
        store.save(ex)
        with pytest.raises(StoreError, match="E032"):
            store.correct(ex.document.id, 0, "fatalities.lowest", 1, who="a")
        with pytest.raises(StoreError, match="E032"):
            store.correct(ex.document.id, 9, "event_type", "Riots", who="a")
        with pytest.raises(StoreError, match="E032"):
            store.correct(ex.document.id, 0, "date.start", "not a date", who="a")
        assert store.corrections() == []


def test_events_filters_and_keyset_pages(db_url: str, make_extraction) -> None:
    with Store(db_url) as store:
        ids = []
        for i in range(7):
            ex = make_extraction(f"Report number {i}. " + make_extraction().document.text, url=f"https://e.org/{i}",
                                 source="Reuters" if i % 2 else "AFP")
            for e in ex.events:
                e.date.start += timedelta(days=i)
                e.date.end += timedelta(days=i)
            store.save(ex)
            ids.append(ex.document.id)
        seen, cursor, pages = [], None, 0
        while True:
            page = store.events_page(limit=3, cursor=cursor)
            seen += [(e.doc_id, e.index) for e in page.items]
            pages += 1
            cursor = page.next_cursor
            if cursor is None:
                break
        assert pages == 5 and len(seen) == 14 and len(set(seen)) == 14
        assert len(store.events(event_type="Battles", limit=100)) == 7
        assert len(store.events(source="AFP", limit=100)) == 8
        assert len(store.events(country_code="SY", admin1="Tartus", limit=100)) == 7
        in_range = store.events(date_from=date(2025, 3, 9), date_to=date(2025, 3, 10), event_type="Violence against civilians")
        assert sorted(e.date.start for e in in_range) == [date(2025, 3, 9), date(2025, 3, 10)]
        docs, cursor = [], None
        while True:
            page = store.documents_page(limit=2, cursor=cursor)
            docs += [d.id for d in page.items]
            if not (cursor := page.next_cursor):
                break
        assert sorted(docs) == sorted(ids) and len(docs) == 7
        newest, cursor = [], None
        while True:
            page = store.documents_page(limit=3, cursor=cursor, newest_first=True)
            newest += [d.id for d in page.items]
            if not (cursor := page.next_cursor):
                break
        assert newest == docs[::-1]
        first = store.events_page(limit=4, newest_first=True)
        second = store.events_page(limit=4, newest_first=True, cursor=first.next_cursor)
        assert [(e.doc_id, e.index) for e in first.items + second.items] == seen[::-1][:8]
        assert store.documents(status="error") == []
        with pytest.raises(StoreError, match="E033"):
            store.events_page(cursor="not-a-cursor!")
        with pytest.raises(StoreError, match="E033"):
            decode_cursor("bm90IGpzb24")


def test_incidents_overrides_runs_tokens(db_url: str, make_extraction) -> None:
    a, b = make_extraction(), make_extraction("Another report on Baniyas. " + make_extraction().document.text,
                                              url="https://example.org/b")
    with Store(db_url) as store:
        store.save(a)
        store.save(b)
        stats = store.set_incidents(
            {(a.document.id, 0): ("inc-1", "inc-coast"), (b.document.id, 0): ("inc-1", "inc-coast"),
             (a.document.id, 1): ("inc-coast", None), ("nope", 0): ("inc-1", None)},
            {"inc-1": {"fatalities": {"low": 42}}, "inc-coast": {"fatalities": {"low": 1200}}},
            parents={"inc-1": "inc-coast"},
        )
        assert stats == {"events": 3, "missing_events": 1, "incidents_created": 2, "incidents_updated": 0,
                         "locked_kept": 0}
        assert {(e.doc_id, e.parent_incident_id) for e in store.events(incident_id="inc-1")} == {
            (a.document.id, "inc-coast"), (b.document.id, "inc-coast")}
        inc = {i["id"]: i for i in store.incidents()}
        assert inc["inc-1"]["events"] == 2 and inc["inc-1"]["parent_id"] == "inc-coast"
        assert store.incidents(parent_id="inc-coast")[0]["id"] == "inc-1"
        assert store.lock_incident("inc-1", who="analyst", why="verified")
        again = store.set_incidents({}, {"inc-1": {"fatalities": {"low": 1}}, "inc-coast": {"x": 1}})
        assert again["locked_kept"] == 1 and again["incidents_updated"] == 1
        assert store.incidents(ids=["inc-1"])[0]["data"] == {"fatalities": {"low": 42}}
        oid = store.add_override("merge", [(a.document.id, 0), (b.document.id, 1)], ["inc-1"], who="analyst")
        assert store.overrides()[0]["id"] == oid
        assert store.overrides()[0]["event_keys"] == [(a.document.id, 0), (b.document.id, 1)]
        run = store.record_run("extract", {"documents": 2})
        assert store.runs()[0]["id"] == run and store.runs()[0]["stats"] == {"documents": 2}
        token = store.create_token("web")
        assert store.check_token(token) == "web"
        assert store.check_token(token + "x") is None
        assert store.revoke_token("web") == 1
        assert store.check_token(token) is None
        assert store.stats()["incidents"] == 2


def test_sqlite_settings(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    with Store(url) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_urls_and_errors(tmp_path) -> None:
    assert normalise_url("postgresql://u@h:5432/db").drivername == "postgresql+psycopg"
    assert normalise_url("postgresql+psycopg://u@h/db").drivername == "postgresql+psycopg"
    with pytest.raises(StoreError, match="E030"):
        Store("mysql://u@h/db")
    with pytest.raises(StoreError, match="E030"):
        Store(f"sqlite:///{tmp_path / 'missing-folder' / 'x.db'}")
    with pytest.raises(StoreError, match="E030"):
        Store("not a url")
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    with pytest.raises(StoreError, match="E031"):
        Store(fresh, upgrade=False)
    Store(fresh).close()
    with sqlite3.connect(tmp_path / "fresh.db") as con:  # as if a newer crosstally had migrated it
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="E031.*9999"):
        Store(fresh)


def test_correction_whose_field_vanished_waits(db_url: str, make_extraction) -> None:
    ex = make_extraction()
    doc_id = ex.document.id
    with Store(db_url) as store:
        store.save(ex)
        store.correct(doc_id, 0, "actors.2.name", "Alawite community (Syria)", who="analyst")
        store.correct(doc_id, 0, "location", None, who="analyst", why="place not in the text")
        assert store.event(doc_id, 0).location is None
        assert store.event(doc_id, 0).actors[2].name == "Alawite community (Syria)"
        fewer = make_extraction()
        fewer.events[0].actors = fewer.events[0].actors[:1]
        assert store.save(fewer).status == "updated"
        ev = store.event(doc_id, 0)  # readable; the actor correction waits for the actor to come back
        assert [a.name for a in ev.actors] == ["Military Forces of Syria (2024-)"] and ev.location is None
        store.save(make_extraction())
        assert store.event(doc_id, 0).actors[2].name == "Alawite community (Syria)"


def test_incident_parent_from_events(db_url: str, make_extraction) -> None:
    ex = make_extraction()
    with Store(db_url) as store:
        store.save(ex)
        store.set_incidents({(ex.document.id, 0): ("village", "coast"), (ex.document.id, 1): ("coast", None)},
                            {"village": {}, "coast": {}})
        assert {i["id"]: i["parent_id"] for i in store.incidents()} == {"village": "coast", "coast": None}


def test_extractions_since_and_by_id(db_url: str, make_extraction) -> None:
    a = make_extraction()
    b = make_extraction("A later report. " + a.document.text, url="https://example.org/later")
    with Store(db_url) as store:
        store.save(a)
        cut = datetime.now(UTC)
        time.sleep(0.01)
        store.save(b)
        assert [e.document.id for e in store.extractions(since=cut)] == [b.document.id]
        assert [e.document.id for e in store.extractions(doc_ids=[a.document.id, "missing"])] == [a.document.id]
        assert len(list(store.extractions(batch=1))) == 2
        assert store.extraction("missing") is None
        assert store.document(b.document.id).url == "https://example.org/later"
        assert len(list(store.extractions(since=cut.date()))) == 2  # a date means from its midnight
        assert store.get_state("link") is None
        store.put_state("link", {"assignments": [[a.document.id, 0, "inc-1", None]]})
        store.put_state("link", {"assignments": []})
        assert store.get_state("link") == {"assignments": []}


def test_corrections_of_one_document_take_its_id_literally(db_url: str, make_extraction) -> None:
    """A document id is the caller's text: LIKE's wildcards in it must not select other documents' corrections."""
    ex = make_extraction()
    doc_id = ex.document.id
    with Store(db_url) as store:
        store.save(ex)
        store.correct(doc_id, 0, "fatalities.low", 45, who="analyst1")
        assert len(store.corrections(doc_id)) == 1
        assert store.corrections("%") == []
        assert store.corrections(doc_id[:3] + "_" + doc_id[4:]) == []
