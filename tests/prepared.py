"""A helper the relevance tests share: a text through cleaning and extraction, as the pipeline runs them."""

from __future__ import annotations

from crosstally.extract import extract
from crosstally.ingest import prepare
from crosstally.records import Document, Event


def prepared_events(nlp, text: str) -> tuple[str, list[Event]]:
    """The cleaned text and its events (none when preparation stops the document: empty, not English)."""
    doc = Document(id="t", text=text)
    prepare(doc)
    return doc.text, (extract(doc, nlp(doc.text)).events if doc.status == "ok" else [])
