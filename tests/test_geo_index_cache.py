"""The gazetteer's index cache: older indexes are evicted, but a couple stay.

Why: two checkouts (or versions) with different gazetteer data on one machine used to delete each other's index
on every start, so each process paid the ~30 s rebuild again.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from crosstally.geo._index import KEEP_INDEXES, _evict


def test_older_indexes_go_but_the_newest_stay(tmp_path: Path) -> None:
    olds = []
    for i in range(KEEP_INDEXES + 2):
        p = tmp_path / f"gazetteer-old{i}.pkl"
        p.write_bytes(b"x")
        os.utime(p, (time.time() - 100 + i, time.time() - 100 + i))  # old0 is the oldest
        olds.append(p)
    current = tmp_path / "gazetteer-current.pkl"
    current.write_bytes(b"x")
    (tmp_path / "ruler-patterns-x.json").write_text("[]", encoding="utf-8")  # not an index: untouched
    _evict(current)
    left = sorted(p.name for p in tmp_path.glob("gazetteer-*.pkl"))
    assert len(left) == KEEP_INDEXES and current.exists() and olds[-1].exists() and not olds[0].exists()
    assert (tmp_path / "ruler-patterns-x.json").exists()
