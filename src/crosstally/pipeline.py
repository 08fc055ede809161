"""The per-document pipeline: prepare → annotate → extract → resolve.

``process(doc)`` is a pure function of the document (given read-only caches), so
the same code runs in-process, in a process pool (``backend="process"``) or on Ray
(``backend="ray"``). A failure in one document becomes ``status="error"`` with the
stage and the message; the batch goes on.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Literal

from .config import Settings, get_settings
from .records import Document, Extraction, Location

Backend = Literal["local", "process", "ray"]


def process(doc: Document, settings: Settings | None = None) -> Extraction:
    """Run every per-document stage on one document; never raises for a bad document."""
    from .actors import resolve_actors
    from .extract import extract
    from .framing import frame_document
    from .geo import geocode
    from .ingest import prepare
    from .nlp import load_nlp

    settings = settings or get_settings()
    stage = "prepare"
    try:
        if doc.status == "ok":
            prepare(doc, settings)
        if doc.status != "ok":
            return Extraction(document=doc)
        stage = "annotate"
        nlp = load_nlp(settings.spacy_model)
        sdoc = nlp(doc.text)
        stage = "extract"
        extraction = extract(doc, sdoc)
        stage = "relevance"
        _apply_relevance(extraction, settings.relevance)
        stage = "geocode"
        geocode(extraction)
        stage = "places"
        from .geo import document_country

        extraction.places = geocode_places(extraction.document.text, sdoc, country=document_country(doc, batch=False))
        stage = "actors"
        resolve_actors(extraction)
        if extraction.events:
            stage = "framing"
            frame_document(extraction, sdoc)
        if doc.status == "ok" and not extraction.events:
            doc.status = "no_event"
            if not any(r.startswith("no_event") for r in doc.reasons):
                doc.reasons.append("no_event: no violent, protest or strategic event found in the text")
        return extraction
    except Exception as exc:  # one bad document must not stop the batch
        doc.status = "error"
        doc.reasons.append(f"{stage}: {type(exc).__name__}: {exc}")
        if os.environ.get("CROSSTALLY_DEBUG"):
            doc.meta["traceback"] = traceback.format_exc()
        return Extraction(document=doc)


def geocode_places(text: str, sdoc: object, country: str | None = None) -> list[Location]:
    """Every place the text names, geocoded once per distinct mention, all its mentions as evidence.

    Events carry only their own place; this list lets readers see (and check) every place the document
    names, and lets the web app highlight them in the text.
    """
    from .extract import find_places
    from .geo import geocode_mentions

    return geocode_mentions(text, find_places(sdoc), country)  # type: ignore[arg-type]


def _apply_relevance(extraction: Extraction, policy: str = "auto") -> None:
    """Drop events from documents a relevance model judges not to report conflict or protest.

    Policies: "auto" (default) keeps the events when the model's probability reaches its ``keep`` threshold,
    or its lower ``exempt`` one when an event is a shooting (a firearm in the evidence of an attack, a clash or
    a count of people killed or injured: crime, not conflict, but the Gun Violence Database and users want it);
    "political" (for contentious politics, GLOCON's definition) uses the model (blended with a document-feature
    model, ``_relevance.political_relevance``) at its own threshold, with no
    exemption for shooting crime; "all" uses the model alone; "weak" judges only documents whose events are all
    weak (no figure, low confidence); "off" never drops. The events are removed, not the document: it stays
    stored with status ``no_event`` and the reason.
    """
    if not extraction.events or policy == "off":
        return
    try:
        from .extract._relevance import available, decide, is_relevant
    except ImportError:
        return
    if not available():
        return
    text = extraction.document.text
    if policy == "weak":
        if any(e.counts or e.confidence >= 0.8 for e in extraction.events):
            return
        keep, p = is_relevant(text)
        reason = f"not a conflict or protest report (relevance p={p:.2f})"
    elif policy == "all":
        keep, p = is_relevant(text)
        reason = f"not a conflict or protest report (relevance p={p:.2f})"
    else:
        d = decide(text, extraction.events, policy, extraction.document.published)
        keep, reason = d.keep, d.reason
    if not keep:
        extraction.events = []
        extraction.document.reasons.append(f"no_event: {reason}")


_WORKER_SETTINGS: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings


def _process_in_worker(doc: Document) -> Extraction:
    return process(doc, _WORKER_SETTINGS)


BATCH_WINDOW = 1000  # documents read ahead to judge a batch's country (bounded: a stream is never held whole)


def mark_batch_country(docs: list[Document]) -> dict[str, object] | None:
    """Judge the batch's country on ``docs`` and record it in ``meta["batch_country"]`` of each document that
    carries no country hint of its own; returns what was recorded (None: the batch names no one country).

    Why: a file of one feed's notes names its country in most of its documents; those that name only a
    village read best with that country as the prior (``geo.document_country`` uses it last, after the
    hint and the document's own text).
    """
    from .geo import batch_country

    open_docs = [d for d in docs if d.status == "ok" and not (d.meta or {}).get("country")]
    found = batch_country(d.text or "" for d in open_docs)
    if found is None:
        return None
    meta = found.as_meta()
    for d in open_docs:
        d.meta["batch_country"] = dict(meta)
    return meta


def with_batch_country(docs: Iterable[Document], window: int = BATCH_WINDOW) -> Iterator[Document]:
    """The documents, in order, with the batch's country judged on the first ``window`` of them and recorded
    on every document without a hint (``mark_batch_country``)."""
    it = iter(docs)
    head: list[Document] = []
    for doc in it:
        head.append(doc)
        if len(head) >= window:
            break
    meta = mark_batch_country(head)
    yield from head
    for doc in it:
        if meta is not None and doc.status == "ok" and not (doc.meta or {}).get("country"):
            doc.meta["batch_country"] = dict(meta)
        yield doc


def process_many(
    docs: Iterable[Document],
    *,
    settings: Settings | None = None,
    workers: int = 1,
    backend: Backend = "local",
) -> Iterator[Extraction]:
    """Process documents in order, on one core, a process pool or Ray (with the batch's country, when
    ``settings.batch_country``)."""
    settings = settings or get_settings()
    if settings.batch_country and not settings.country:
        docs = with_batch_country(docs)
    if workers == 0:
        workers = os.cpu_count() or 1
    if backend == "ray":
        from ._ray_pool import map_on_ray  # the pool is given `process`: it never imports this module

        yield from map_on_ray(process, docs, settings=settings)
        return
    if backend == "process" and workers > 1:
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(settings,)) as pool:
            yield from pool.map(_process_in_worker, docs, chunksize=4)
        return
    for doc in docs:
        yield process(doc, settings)
