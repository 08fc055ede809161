"""Claims from one document: events (type, counts, date, place and actor mentions), quotes, sources cited.

Every value keeps its evidence spans into ``Document.text``, the rule or model that produced it and a
confidence. Places and actors stay as *mentions* here; ``crosstally.geo`` and ``crosstally.actors`` resolve them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Document, Extraction
from ._assemble import assemble
from ._counts import METHOD as COUNTS_METHOD
from ._counts import find_counts
from ._dateline import dateline_span
from ._event_places import find_places
from ._event_tolls import is_superseded, toll
from ._events import METHOD as EVENTS_METHOD
from ._events import classify, find_actors
from ._relevance import is_relevant, political_relevance, relevance

__all__ = [
    "COUNTS_METHOD",
    "EVENTS_METHOD",
    "assemble",
    "classify",
    "dateline_span",
    "extract",
    "find_actors",
    "find_counts",
    "find_places",
    "is_superseded",
    "is_relevant",
    "political_relevance",
    "relevance",
    "toll",
]


def extract(doc: Document, sdoc: Doc) -> Extraction:
    """Everything one parsed document claims, with evidence; no events means the pipeline marks it no_event."""
    from ._assemble import extract_document

    if sdoc.text != doc.text:
        raise ValueError("sdoc must be the parse of doc.text: evidence offsets point into doc.text")
    return extract_document(doc, sdoc)


def _register() -> None:
    from ..registry import extractors

    if "crosstally.extract.rules.v1" not in extractors.get_all():
        extractors.register("crosstally.extract.rules.v1", func=extract)


_register()
