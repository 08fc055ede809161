"""Crash safety: SIGKILL a process mid-way through saving, then check SQLite is consistent and resumable."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

N_DOCS = 600
EVENTS_PER_DOC = 3

WORKER = textwrap.dedent(
    f"""
    import sys
    from datetime import date
    from crosstally.records import Count, DateClaim, Document, Event, Extraction, Location, Span
    from crosstally.store import Store

    store = Store(sys.argv[1])
    statuses = {{}}
    for i in range({N_DOCS}):
        text = f"Report {{i}}: at least {{i % 50 + 1}} people were killed in Baniyas on 7 March 2025."
        events = [
            Event("Violence against civilians", "Attack",
                  date=DateClaim(date(2025, 3, 7), date(2025, 3, 7), 1, [Span(0, 6)]),
                  location=Location("Baniyas", country_code="SY"),
                  counts=[Count("killed", i % 50 + 1, None, "at_least", evidence=[Span(0, 6)]),
                          Count("injured", k, k, "exact")],
                  evidence=[Span(0, len(text))], confidence=0.5)
            for k in range({EVENTS_PER_DOC})
        ]
        r = store.save(Extraction(Document(text=text, source="fixture", url=f"https://e.org/{{i}}"), events))
        statuses[r.status] = statuses.get(r.status, 0) + 1
        if i == 20:
            print("started", flush=True)
    print("done", statuses, flush=True)
    """
)


def _check_consistent(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = {
            "events": "SELECT count(*) FROM events e LEFT JOIN documents d ON d.id = e.doc_id WHERE d.id IS NULL",
            "counts": "SELECT count(*) FROM counts c LEFT JOIN events e ON e.pk = c.event_pk WHERE e.pk IS NULL",
        }
        for name, sql in orphans.items():
            assert con.execute(sql).fetchone()[0] == 0, f"{name} without parents"
        # Atomic per document: every stored document has all its events and counts.
        partial = con.execute(
            "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM events e WHERE e.doc_id = d.id) != ?",
            (EVENTS_PER_DOC,),
        ).fetchone()[0]
        assert partial == 0
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        counts = con.execute("SELECT count(*) FROM counts").fetchone()[0]
        assert counts == docs * EVENTS_PER_DOC * 2
        return docs, con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()


@pytest.mark.slow
def test_sigkill_mid_run_leaves_consistent_resumable_db(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    url = f"sqlite:///{db}"
    cmd = [sys.executable, "-c", WORKER, url]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "started"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # let it get well into the run, then kill it hard
        with sqlite3.connect(db) as con:
            if con.execute("SELECT count(*) FROM documents").fetchone()[0] >= 100:
                break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    docs, events = _check_consistent(db)
    assert 100 <= docs < N_DOCS, "the kill should land mid-run"
    assert events == docs * EVENTS_PER_DOC

    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=True).stdout
    assert "done" in out
    assert f"'unchanged': {docs}" in out, out  # what survived is recognised, not written twice
    docs2, events2 = _check_consistent(db)
    assert docs2 == N_DOCS and events2 == N_DOCS * EVENTS_PER_DOC
