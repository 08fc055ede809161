"""Linking through a real SQLite store: what `crosstally link / incidents / incident` run."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from test_link_core import COAST, coast_corpus, make_ext

from crosstally.link import incident_view, incidents_table, link_store
from crosstally.store import Store


def _render(obj: object) -> str:
    console = Console(width=200, record=True)
    console.print(obj)
    return console.export_text()


def test_link_store_incremental_with_override(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ct.db'}"
    exts, _, _ = coast_corpus()
    with Store(db) as store:
        for e in exts[:6]:
            store.save(e)
    first = link_store(db)
    assert first["events"] == 7 and first["incidents"] == 2 and first["new"] == 2
    with Store(db) as store:
        coast_id = next(ev.incident_id for ev in store.events(doc_id="sohr1"))
        village_id = next(ev.incident_id for ev in store.events(doc_id="lemonde") if ev.index == 1)
        assert store.incidents(ids=[village_id])[0]["parent_id"] == coast_id
        data = store.incidents(ids=[coast_id])[0]["data"]
        assert data["killed"]["acled"] == 111 and data["killed"]["ucdp_high"] == 1383
        for e in exts[6:]:
            store.save(e)
        store.save(make_ext("snhr", "SNHR", "2025-03-11", [dict(COAST, date=("2025-03-06", "2025-03-10"),
                   counts={"killed": 803}, sentence="The network documented 803 people killed on the coast.")]))
        store.add_override("split", [("ohchr", 0)], who="analyst", why="counts a verified subset")
    second = link_store(db)
    with Store(db) as store:
        assert next(ev.incident_id for ev in store.events(doc_id="sohr1")) == coast_id
        assert next(ev.incident_id for ev in store.events(doc_id="snhr")) == coast_id
        assert next(ev.incident_id for ev in store.events(doc_id="bbc")) == village_id
        assert next(ev.incident_id for ev in store.events(doc_id="ohchr")) != coast_id
    assert second["new"] == 3  # aleppo, protest, and the analyst's split

    table = _render(incidents_table(db))
    assert coast_id in table and "Syrian coast" in table
    view = "\n".join(_render(r) for r in incident_view(db, coast_id))
    assert "745 → 973 → 1,383" in view
    assert "superseded" in view and "The Guardian" in view
    assert "is a subset (village/town)" in view
