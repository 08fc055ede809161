"""A syndicated copy with the same text is one document; every outlet that carried it is recorded."""

from __future__ import annotations

from crosstally.store import Store


def test_same_text_from_another_outlet_is_recorded_once(db_url: str, make_extraction) -> None:
    store = Store(db_url)
    first = make_extraction()
    assert store.save(first).status == "inserted"
    copy = make_extraction().document
    copy.source, copy.url = "Harbour Times", "https://harbour.example.org/a"
    assert copy.id == first.document.id
    assert store.add_publication(copy) is True
    assert store.add_publication(copy) is False  # idempotent
    assert store.add_publication(first.document) is False  # the original outlet is not a copy of itself
    stored = store.document(first.document.id)
    assert stored is not None
    assert stored.source == first.document.source
    assert [p["source"] for p in stored.meta["publications"]] == ["Harbour Times"]
