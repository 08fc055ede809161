"""records.Extraction <-> rows. Keeps every field so a stored extraction comes back identical."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from ..records import (
    ActorMention,
    Count,
    DateClaim,
    Document,
    Event,
    Extraction,
    Fatalities,
    Location,
    Quote,
    SourceCited,
    Span,
)
from ._models import DocumentRow, EventRow


def _json_default(o: Any) -> Any:
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, set | frozenset | tuple):
        return list(o)
    return str(o)


def dumps(obj: Any) -> str:
    """JSON for the database: never fails on dates or other odd values in ``meta``."""
    return json.dumps(obj, default=_json_default, ensure_ascii=False)


def spans_out(spans: list[Span]) -> list[dict[str, int]]:
    return [{"start": s.start, "end": s.end} for s in spans]


def spans_in(data: list[dict[str, int]] | None) -> list[Span]:
    return [Span(int(d["start"]), int(d["end"])) for d in (data or [])]


def extraction_hash(ex: Extraction) -> str:
    """Fingerprint of everything stored for a document: equal hash, nothing to write."""
    d = ex.document
    payload = {
        "contract": ex.to_contract(),
        "framing": ex.framing,
        "exact": [[e.confidence, e.date.confidence if e.date else None,
                   e.location.confidence if e.location else None] for e in ex.events],
        "doc": [d.raw, d.author, d.site_name, d.origin, d.input_id, d.meta, d.status, d.reasons],
    }
    return hashlib.sha256(dumps(payload).encode()).hexdigest()


def date_json(dc: DateClaim | None) -> dict[str, Any] | None:
    if dc is None:
        return None
    d = dc.to_dict()
    d["confidence"] = dc.confidence
    return d


def location_json(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    d = loc.to_dict()
    d["confidence"] = loc.confidence
    return d


def date_from_json(d: dict[str, Any] | None) -> DateClaim | None:
    if d is None:
        return None
    return DateClaim(
        start=date.fromisoformat(d["start"]),
        end=date.fromisoformat(d["end"]),
        precision=d["precision"],
        evidence=spans_in(d.get("evidence")),
        phrase=d.get("phrase", ""),
        method=d.get("method", ""),
        confidence=d.get("confidence", 0.0),
    )


def location_from_json(d: dict[str, Any] | None) -> Location | None:
    if d is None:
        return None
    return Location(
        name=d["name"],
        admin1=d.get("admin1"),
        admin2=d.get("admin2"),
        country=d.get("country"),
        country_code=d.get("country_code"),
        lat=d.get("lat"),
        lon=d.get("lon"),
        geonameid=d.get("geonameid"),
        precision=d.get("precision", 3),
        evidence=spans_in(d.get("evidence")),
        mention=d.get("mention", ""),
        method=d.get("method", ""),
        confidence=d.get("confidence", 0.0),
    )


def fill_document_row(row: DocumentRow, doc: Document) -> None:
    row.input_id = doc.input_id
    row.source = doc.source
    row.url = doc.url
    row.title = doc.title
    row.published = doc.published
    row.author = doc.author
    row.site_name = doc.site_name
    row.language = doc.language
    row.raw = doc.raw
    row.text = doc.text
    row.status = doc.status
    row.reasons = list(doc.reasons)
    row.origin = doc.origin
    row.meta = json.loads(dumps(doc.meta))


def event_values(doc_id: str, idx: int, e: Event) -> dict[str, Any]:
    """Column values of one events row (plain dict: inserted in bulk with Core, not the ORM)."""
    return {
        "doc_id": doc_id,
        "idx": idx,
        **e.columns(),
        "date": date_json(e.date),
        "location": location_json(e.location),
        "evidence": spans_out(e.evidence),
    }


def count_values(event_pk: int, e: Event) -> list[dict[str, Any]]:
    return [
        {"event_pk": event_pk, "idx": i, "kind": c.kind, "low": c.low, "high": c.high, "qualifier": c.qualifier,
         "group": c.group, "attributed_to": c.attributed_to, "phrase": c.phrase, "evidence": spans_out(c.evidence),
         "method": c.method, "confidence": c.confidence}
        for i, c in enumerate(e.counts)
    ]


def actor_values(event_pk: int, e: Event) -> list[dict[str, Any]]:
    return [
        {"event_pk": event_pk, "idx": i, "role": a.role, "name": a.name, "mention": a.mention, "inter": a.inter,
         "actor_id": a.actor_id, "wikidata": a.wikidata, "country": a.country, "evidence": spans_out(a.evidence),
         "method": a.method, "confidence": a.confidence}
        for i, a in enumerate(e.actors)
    ]


def quote_values(doc_id: str, quotes: list[Quote]) -> list[dict[str, Any]]:
    return [
        {"doc_id": doc_id, "idx": i, "speaker": q.speaker, "text": q.text, "speaker_type": q.speaker_type,
         "evidence": spans_out(q.evidence), "speaker_evidence": spans_out(q.speaker_evidence),
         "method": q.method, "confidence": q.confidence}
        for i, q in enumerate(quotes)
    ]


def source_values(doc_id: str, sources: list[SourceCited]) -> list[dict[str, Any]]:
    return [
        {"doc_id": doc_id, "idx": i, "name": c.name, "evidence": spans_out(c.evidence), "method": c.method,
         "confidence": c.confidence}
        for i, c in enumerate(sources)
    ]


def document_from_row(row: DocumentRow) -> Document:
    return Document(
        text=row.text,
        id=row.id,
        raw=row.raw,
        source=row.source,
        url=row.url,
        title=row.title,
        published=row.published,
        author=row.author,
        site_name=row.site_name,
        language=row.language,
        input_id=row.input_id,
        origin=row.origin,
        status=row.status,  # type: ignore[arg-type]
        reasons=list(row.reasons or []),
        meta=dict(row.meta or {}),
    )


def event_from_row(row: EventRow) -> Event:
    return Event(
        event_type=row.event_type,
        sub_event_type=row.sub_event_type,
        date=date_from_json(row.date),
        location=location_from_json(row.location),
        actors=[
            ActorMention(role=a.role, name=a.name, mention=a.mention, inter=a.inter, actor_id=a.actor_id,
                         wikidata=a.wikidata, country=a.country, evidence=spans_in(a.evidence),
                         method=a.method, confidence=a.confidence)
            for a in row.actors
        ],
        counts=[
            Count(kind=c.kind, low=c.low, high=c.high, qualifier=c.qualifier, group=c.group,
                  attributed_to=c.attributed_to, evidence=spans_in(c.evidence), phrase=c.phrase,
                  method=c.method, confidence=c.confidence)
            for c in row.counts
        ],
        fatalities=Fatalities(low=row.fatalities_low, best=row.fatalities_best, high=row.fatalities_high),
        attributed_to=list(row.attributed_to or []),
        evidence=spans_in(row.evidence),
        trigger=row.trigger,
        plover=row.plover,
        method=row.method,
        confidence=row.confidence,
        incident_id=row.incident_id,
        parent_incident_id=row.parent_incident_id,
        doc_id=row.doc_id,
        index=row.idx,
    )


def extraction_from_row(row: DocumentRow) -> Extraction:
    return Extraction(
        document=document_from_row(row),
        events=[event_from_row(e) for e in row.events],
        quotes=[
            Quote(speaker=q.speaker, text=q.text, evidence=spans_in(q.evidence),
                  speaker_evidence=spans_in(q.speaker_evidence), speaker_type=q.speaker_type,
                  method=q.method, confidence=q.confidence)
            for q in row.quotes
        ],
        sources_cited=[
            SourceCited(name=s.name, evidence=spans_in(s.evidence), method=s.method, confidence=s.confidence)
            for s in row.sources_cited
        ],
        framing=dict(row.framing or {}),
        places=[loc for loc in (location_from_json(d) for d in (row.places or [])) if loc is not None],
    )
