"""The records passed between stages.

Per-document stages (ingest → clean → annotate → extract → resolve) hand one
:class:`Document` along and produce one :class:`Extraction`. Cross-document
stages (link, reconcile, framing) take lists of :class:`Event` objects with their
document, never a database session. Storage lives only in ``crosstally.store``.

Every extracted value carries ``evidence`` (character spans into
``Document.text``, the *cleaned* text), the ``method`` (rule or model name, e.g.
``"crosstally.counts.grammar.v1"``) that produced it and a ``confidence``.
The JSON shape is fixed by ``../shared/contracts/extract-jsonl.md``; see
:func:`crosstally.extract.to_contract` for the serialisation.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Status = Literal["ok", "no_event", "not_english", "empty", "error"]
STATUSES: tuple[str, ...] = ("ok", "no_event", "not_english", "empty", "error")

CountKind = Literal["killed", "injured", "displaced", "detained", "abducted", "missing"]
COUNT_KINDS: tuple[str, ...] = ("killed", "injured", "displaced", "detained", "abducted", "missing")

Qualifier = Literal["exact", "at_least", "over", "about", "up_to", "vague", "range"]
QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "over", "about", "up_to", "vague", "range")


@dataclass(slots=True, frozen=True)
class Span:
    """A half-open character range into ``Document.text``: ``text[start:end]``."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


def _spans(spans: list[Span]) -> list[dict[str, int]]:
    return [s.to_dict() for s in spans]


@dataclass(slots=True)
class Document:
    """One article, note or post: the only record passed between per-document stages."""

    text: str
    id: str = ""
    raw: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    author: str | None = None
    site_name: str | None = None
    language: str | None = None
    input_id: str | None = None  # the caller's id (JSONL "id"), kept verbatim
    origin: str | None = None  # file path / WARC record / feed entry it came from
    status: Status = "ok"
    reasons: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = document_id(self.text)

    def fail(self, status: Status, reason: str) -> Document:
        """Mark the document as not processed further, saying why."""
        self.status = status
        self.reasons.append(reason)
        return self


_WS = re.compile(r"\s+")


def normalise_for_hash(text: str) -> str:
    """NFC, case-folded, whitespace-collapsed: two scrapes of the same article hash alike."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def document_id(text: str) -> str:
    """Stable id: the first 16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class DateClaim:
    start: date
    end: date
    precision: int  # ACLED: 1 day, 2 week / a few days, 3 month
    evidence: list[Span] = field(default_factory=list)
    phrase: str = ""
    method: str = ""
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "evidence": _spans(self.evidence),
            "phrase": self.phrase,
            "method": self.method,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Location:
    name: str
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: int = 3  # ACLED: 1 town, 2 near town / district, 3 province / region
    evidence: list[Span] = field(default_factory=list)
    mention: str = ""
    method: str = ""
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "country": self.country,
            "country_code": self.country_code,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "precision": self.precision,
            "evidence": _spans(self.evidence),
            "mention": self.mention,
            "method": self.method,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class ActorMention:
    role: str  # actor1 (who acted) | actor2 (who was acted on) | assoc_actor_1 | assoc_actor_2
    name: str  # canonical name from the actor knowledge base, or the mention when unresolved
    mention: str
    inter: int | None = None  # ACLED actor-type code 1..8
    actor_id: str | None = None  # knowledge-base id
    wikidata: str | None = None
    country: str | None = None
    evidence: list[Span] = field(default_factory=list)
    method: str = ""
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "name": self.name,
            "mention": self.mention,
            "inter": self.inter,
            "actor_id": self.actor_id,
            "wikidata": self.wikidata,
            "country": self.country,
            "evidence": _spans(self.evidence),
            "method": self.method,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Count:
    kind: str  # one of COUNT_KINDS
    low: int
    high: int | None = None  # None when open-ended ("over 1,200")
    qualifier: str = "exact"  # one of QUALIFIERS
    group: str | None = None  # "Alawite civilians", "fighters on both sides"
    attributed_to: str | None = None
    evidence: list[Span] = field(default_factory=list)
    phrase: str = ""
    method: str = ""
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "group": self.group,
            "attributed_to": self.attributed_to,
            "evidence": _spans(self.evidence),
            "phrase": self.phrase,
            "method": self.method,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Fatalities:
    low: int | None = None  # ACLED's conservative rule
    best: int | None = None
    high: int | None = None  # the largest figure the document reports

    def to_dict(self) -> dict[str, int | None]:
        return {"low": self.low, "best": self.best, "high": self.high}


@dataclass(slots=True)
class Event:
    event_type: str
    sub_event_type: str
    date: DateClaim | None = None
    location: Location | None = None
    actors: list[ActorMention] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    fatalities: Fatalities = field(default_factory=Fatalities)
    attributed_to: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    trigger: str = ""  # the word that names the event ("pogrom", "clashes")
    plover: str | None = None  # PLOVER event mode
    method: str = ""
    confidence: float = 0.0
    # Filled by the cross-document linker.
    incident_id: str | None = None
    parent_incident_id: str | None = None
    doc_id: str = ""
    index: int = 0  # position within its document (0 = most salient)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date.to_dict() if self.date else None,
            "location": self.location.to_dict() if self.location else None,
            "actors": [a.to_dict() for a in self.actors],
            "fatalities": self.fatalities.to_dict(),
            "counts": [c.to_dict() for c in self.counts],
            "attributed_to": list(self.attributed_to),
            "evidence": _spans(self.evidence),
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger,
            "plover": self.plover,
            "method": self.method,
        }
        if self.incident_id is not None or self.parent_incident_id is not None:
            d["incident_id"] = self.incident_id
            d["parent_incident_id"] = self.parent_incident_id
        return d

    def columns(self) -> dict[str, Any]:
        """The event's scalar fields as flat columns: one mapping shared by the store's rows and the exports."""
        dc, loc = self.date, self.location
        return {
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date_start": dc.start if dc else None,
            "date_end": dc.end if dc else None,
            "date_precision": dc.precision if dc else None,
            "location_name": loc.name if loc else None,
            "admin1": loc.admin1 if loc else None,
            "admin2": loc.admin2 if loc else None,
            "country": loc.country if loc else None,
            "country_code": loc.country_code if loc else None,
            "lat": loc.lat if loc else None,
            "lon": loc.lon if loc else None,
            "geonameid": loc.geonameid if loc else None,
            "geo_precision": loc.precision if loc else None,
            "fatalities_low": self.fatalities.low,
            "fatalities_best": self.fatalities.best,
            "fatalities_high": self.fatalities.high,
            "trigger": self.trigger,
            "plover": self.plover,
            "method": self.method,
            "confidence": self.confidence,
            "attributed_to": list(self.attributed_to),
            "incident_id": self.incident_id,
            "parent_incident_id": self.parent_incident_id,
        }


@dataclass(slots=True)
class Quote:
    speaker: str | None
    text: str
    evidence: list[Span] = field(default_factory=list)
    speaker_evidence: list[Span] = field(default_factory=list)
    speaker_type: str | None = None  # official | monitor | witness | relative | organisation | other
    method: str = ""
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "text": self.text,
            "evidence": _spans(self.evidence),
            "speaker_evidence": _spans(self.speaker_evidence),
            "speaker_type": self.speaker_type,
            "method": self.method,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class SourceCited:
    name: str
    evidence: list[Span] = field(default_factory=list)
    method: str = ""
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "evidence": _spans(self.evidence),
            "method": self.method,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Extraction:
    """Everything one document yields: the output of the per-document pipeline."""

    document: Document
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sources_cited: list[SourceCited] = field(default_factory=list)
    framing: dict[str, Any] = field(default_factory=dict)
    places: list[Location] = field(default_factory=list)  # every place the text names, geocoded

    def to_contract(self) -> dict[str, Any]:
        """The output line of ``crosstally extract --jsonl`` (shared/contracts/extract-jsonl.md)."""
        doc = self.document
        # The contract knows ok | no_event | error; empty and not_english travel as no_event, named in reasons.
        status = doc.status if doc.status in ("ok", "no_event", "error") else "no_event"
        reasons = list(doc.reasons)
        if status != doc.status or (status != "ok" and not reasons):
            reasons.insert(0, f"status:{doc.status}")
        return {
            "id": doc.meta.get("input_id", doc.input_id if doc.input_id is not None else doc.id),
            "doc_id": doc.id,
            "status": status,
            "document_status": doc.status,
            "reasons": reasons,
            "text": doc.text,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "sources_cited": [s.to_dict() for s in self.sources_cited],
            "places": [p.to_dict() for p in self.places],
            "source": doc.source,
            "url": doc.url,
            "title": doc.title,
            "published": doc.published.isoformat() if doc.published else None,
            "language": doc.language,
            "country_inferred": doc.meta.get("country_inferred"),  # geo.infer_country, when no hint was given
        }


def as_plain(obj: Any) -> Any:
    """dataclass → plain dict (for debugging and tests)."""
    return asdict(obj)
