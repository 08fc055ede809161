"""The eval gives GVDB's headline apart, as `crosstally ingest` does with the TSV's title column."""

from __future__ import annotations

import pytest

from crosstally.eval._scoring import _unglue_shift
from crosstally.ingest import prepare
from crosstally.records import Document


def test_unglued_headline_shifts_offsets_after_it() -> None:
    glued = "Man hurt in Dayton shooting - Daily HeraldA man was hurt in Dayton on Friday."
    doc = prepare(Document(text=glued, title="Man hurt in Dayton shooting - Daily Herald"))
    assert doc.text.startswith("Man hurt in Dayton shooting - Daily Herald\n\nA man")
    pos, added = _unglue_shift(glued, doc.text)
    assert (pos, added) == (len("Man hurt in Dayton shooting - Daily Herald"), 2)
    start = glued.index("Dayton on")
    assert doc.text[start + added:start + added + 6] == "Dayton"


def test_unchanged_text_has_no_shift_and_rewritten_text_has_none() -> None:
    assert _unglue_shift("same text", "same text") == (0, 0)
    assert _unglue_shift("a  b c", "a b c") is None
    assert _unglue_shift("abc def", "abc XY def") is None


def test_gvdb_rows_carry_their_headline() -> None:
    from crosstally.eval._datasets import DevdataMissing, read_dataset

    try:
        rows = read_dataset("gvdb", "dev", 20)
    except DevdataMissing:
        pytest.skip("../shared/devdata is absent")
    with_title = [r for r in rows if r.title]
    assert len(with_title) >= 15
    assert sum(r.text.startswith(r.title) for r in with_title) >= 10
