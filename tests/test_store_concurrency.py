"""Several processes saving overlapping documents into one database at once (SQLite WAL and PostgreSQL)."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap

import pytest

from crosstally.store import Store

WORKER = textwrap.dedent(
    """
    import sys
    from crosstally.records import Count, Document, Event, Extraction
    from crosstally.store import Store

    url, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    store = Store(url)
    seen = {}
    for i in range(lo, hi):
        text = f"Report {i}: {i % 9 + 1} people were injured in a clash."
        events = [Event("Battles", "Armed clash", counts=[Count("injured", i % 9 + 1)]) for _ in range(3)]
        r = store.save(Extraction(Document(text=text), events))
        seen[r.status] = seen.get(r.status, 0) + 1
    print(sorted(seen.items()))
    """
)


@pytest.mark.slow
def test_parallel_writers_do_not_lose_or_duplicate(db_url: str) -> None:
    Store(db_url).close()  # migrate once, before the writers start
    ranges = [(0, 60), (30, 90)]
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, db_url, str(lo), str(hi)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for lo, hi in ranges]
    outputs = [p.communicate(timeout=240) for p in procs]
    for p, (_out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err[-2000:]
    inserted = sum(int(x) for out, _ in outputs for k, x in ast.literal_eval(out) if k == "inserted")
    assert inserted == 90  # every document inserted exactly once; the overlaps were "unchanged"
    with Store(db_url) as store:
        stats = store.stats()
    assert stats["documents"] == 90
    assert stats["events"] == 270
    assert stats["counts_by_kind"] == {"injured": 270}
