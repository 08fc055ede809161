"""prepare(): cleaning, size bound, language, status and content-hash ids; idempotent."""

from __future__ import annotations

import copy
import re
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from crosstally.config import get_settings
from crosstally.ingest import clean_text, detect_language, iter_documents, prepare, read_path
from crosstally.records import Document, document_id

FIX = Path(__file__).parent / "fixtures" / "ingest"


def _state(doc: Document) -> tuple:  # type: ignore[type-arg]
    return (doc.id, doc.text, doc.raw, doc.status, list(doc.reasons), doc.language, dict(doc.meta))


def test_seed_prepared(seed_text: str) -> None:
    doc = Document(text=seed_text, published=date(2025, 3, 10))
    raw_id = doc.id
    out = prepare(doc)
    assert out is doc  # in place: the pipeline relies on it
    assert doc.status == "ok" and doc.language == "en" and doc.reasons == []
    assert doc.meta["cleaner"] == "crosstally.clean.debris.v3"
    assert doc.text == clean_text(seed_text)
    assert doc.id == document_id(doc.text) != raw_id
    assert "over 1,200 Alawite civilians dead" in doc.text and "Image:" not in doc.text


def test_idempotent_and_stable_ids(seed_text: str) -> None:
    doc = prepare(Document(text=seed_text))
    once = _state(doc)
    prepare(doc)
    assert _state(doc) == once
    # The same article scraped with different whitespace and debris gets the same id.
    other = prepare(Document(text="Advertisement\n" + seed_text.replace(". ", ".  ") + "\n\nShare this article\n"))
    assert other.id == doc.id


def test_bounded_to_max_chars_with_w001() -> None:
    settings = get_settings(max_chars=500)
    text = " ".join(f"Sentence number {i} says that two people were hurt in the town." for i in range(60))
    doc = prepare(Document(text=text), settings)
    assert len(doc.text) <= 500 and doc.text.endswith(".")
    assert doc.raw == text  # the rest is kept raw
    assert len(doc.reasons) == 1 and doc.reasons[0].startswith("[W001]") and "500" in doc.reasons[0]
    assert doc.status == "ok" and doc.meta["truncated"] is True
    once = _state(doc)
    prepare(doc, settings)
    assert _state(doc) == once


def test_not_english() -> None:
    (doc,) = read_path(FIX / "french.txt")
    prepare(doc)
    assert doc.status == "not_english" and doc.language == "fr"
    assert re.fullmatch(r"not_english: detected fr \(\d\.\d\d\)", doc.reasons[0])
    reasons = list(doc.reasons)
    prepare(doc)
    assert doc.reasons == reasons


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police said two men died.", "en"),  # short and ambiguous: English by default
        ("Gunmen killed 5 in Mandera on Tuesday.", "en"),
        ("Trois personnes ont été tuées à Kaboul hier soir.", "fr"),  # short but clearly French
        ("قتل ثلاثة أشخاص في كابول", "ar"),  # short, another script
        ("12 / 45 / 2020", "en"),
    ],
)
def test_short_texts_default_to_english_unless_clearly_other(text: str, lang: str) -> None:
    assert detect_language(text)[0] == lang


def test_empty_after_cleaning_and_errors_untouched() -> None:
    doc = prepare(Document(text="Advertisement\nShare Tweet\n"))
    assert doc.status == "empty" and doc.text == "" and doc.reasons == ["empty: no text left after cleaning"]
    err = Document(text="", id="abc", status="error", reasons=["[E010] binary"])
    prepare(err)
    assert (err.id, err.status, err.reasons) == ("abc", "error", ["[E010] binary"])


def test_reader_empty_keeps_its_reason(tmp_path: Path) -> None:
    f = tmp_path / "e.txt"
    f.write_text("   \n")
    (doc,) = read_path(f)
    prepare(doc)
    assert doc.status == "empty" and doc.reasons == ["empty: the file has no text"]


def test_headline_glued_to_first_sentence() -> None:
    doc = Document(text="Man shot in Chicago | Example NewsA man was shot on Friday.", title="Man shot in Chicago | Example News")
    prepare(doc)
    assert doc.text == "Man shot in Chicago | Example News\n\nA man was shot on Friday."


def test_every_fixture_prepares_without_raising() -> None:
    docs = [prepare(d) for d in iter_documents([FIX])]
    statuses = Counter(d.status for d in docs)
    assert statuses["ok"] >= 12 and statuses["not_english"] == 1 and statuses["error"] == 4
    ids = [d.id for d in docs]
    assert len(set(ids)) == len(ids)
    before = [copy.deepcopy(_state(d)) for d in docs]
    assert [_state(prepare(d)) for d in docs] == before


@pytest.mark.devdata
def test_devdata_articles_and_notes(devdata: Path) -> None:
    """Real inputs read and prepared without loss: every row becomes a document, English, ok."""
    tsv = devdata / "gvdb_gun_violence_articles" / "dev.tsv"
    acled = devdata / "acled_afghanistan_2020" / "acled_afghanistan_2020.csv"
    if not tsv.exists() or not acled.exists():
        pytest.skip("devdata files absent")
    start = time.perf_counter()
    articles = [prepare(d) for d in read_path(tsv)]
    notes = [prepare(d) for d in read_path(acled)]
    elapsed = time.perf_counter() - start
    assert len(articles) == 400 and all(d.status == "ok" and d.language == "en" for d in articles)
    assert all(d.input_id and d.url and d.title for d in articles)
    assert len(notes) == 496 and all(d.status == "ok" for d in notes)
    assert all(d.published is None for d in notes)  # event_date is the gold label, never read as 'published'
    assert all(d.input_id for d in notes) and all(d.source for d in notes)
    # Cleaning never loses more than debris: each article keeps nearly all its characters.
    for d in articles:
        raw = d.raw or ""
        assert len(raw) - len(d.text) <= max(0.1 * len(raw), 250), d.origin
    assert elapsed < 30
