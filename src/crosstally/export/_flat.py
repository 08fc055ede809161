"""One flat row per event, shared by the GeoJSON and Parquet writers."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TextIO

from ..records import ActorMention, Event, Extraction


def actor(event: Event, role: str) -> ActorMention | None:
    """The first actor in ``role`` (ACLED has one actor1 and one actor2 per event)."""
    return next((a for a in event.actors if a.role == role), None)


def actor_names(event: Event, role: str) -> list[str]:
    return [a.name for a in event.actors if a.role == role]


def evidence_json(spans: Iterable[Any]) -> str:
    return json.dumps([{"start": s.start, "end": s.end} for s in spans])


def flat_event(ex: Extraction, idx: int, ev: Event) -> dict[str, Any]:
    """Plain typed fields of one event and its document (dates as ``date``, lists kept as lists)."""
    doc, loc, dc = ex.document, ev.location, ev.date
    a1, a2 = actor(ev, "actor1"), actor(ev, "actor2")
    return {
        "doc_id": doc.id,
        "idx": idx,
        **ev.columns(),
        "date_phrase": dc.phrase if dc else None,
        "actor1": a1.name if a1 else None,
        "actor1_inter": a1.inter if a1 else None,
        "assoc_actor_1": actor_names(ev, "assoc_actor_1"),
        "actor2": a2.name if a2 else None,
        "actor2_inter": a2.inter if a2 else None,
        "assoc_actor_2": actor_names(ev, "assoc_actor_2"),
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published,
        "evidence": evidence_json(ev.evidence),
        "counts": json.dumps([c.to_dict() for c in ev.counts], ensure_ascii=False),
        "actors": json.dumps([a.to_dict() for a in ev.actors], ensure_ascii=False),
        "date": json.dumps(dc.to_dict() if dc else None),
        "location": json.dumps(loc.to_dict() if loc else None, ensure_ascii=False),
    }


def events_of(extractions: Iterable[Extraction]) -> Iterator[tuple[Extraction, int, Event]]:
    """Every (extraction, position, event), documents in the order given."""
    for ex in extractions:
        for i, ev in enumerate(ex.events):
            yield ex, i, ev


@contextmanager
def text_out(out: Path | str | TextIO, *, newline: str | None = None) -> Iterator[TextIO]:
    """Write to a path (created, UTF-8) or to an open text stream (left open)."""
    if isinstance(out, str | Path):
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline=newline) as fh:
            yield fh
    else:
        yield out


def is_stream(out: object) -> bool:
    return hasattr(out, "write")


def binary_target(out: Path | str | IO[bytes]) -> Path | IO[bytes]:
    return Path(out) if isinstance(out, str | Path) else out
