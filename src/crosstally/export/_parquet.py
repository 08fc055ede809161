"""``parquet``: one row per event with flat typed columns, and a documents table beside it.

Events file schema (``EVENT_SCHEMA``): ``doc_id``, ``idx`` (position in the document),
ACLED ``event_type``/``sub_event_type``, ``date_start``/``date_end`` (date32) with
``date_precision`` and ``date_phrase``, place (``location_name``, ``admin1``, ``admin2``,
``country``, ``country_code``, ``lat``, ``lon``, ``geonameid``, ``geo_precision``), actors
(``actor1``/``actor2`` with their ``inter`` codes, ``assoc_actor_1``/``assoc_actor_2`` as lists),
``fatalities_low/best/high``, ``attributed_to`` (list), ``trigger``, ``plover``, ``method``,
``confidence``, ``incident_id``, ``parent_incident_id``, the document's ``source``, ``url``,
``title``, ``published``; and JSON strings for the nested values: ``evidence`` (spans into the
document text), ``counts``, ``actors``, ``date``, ``location`` (their contract dicts).

Documents file (``<name>.documents.parquet`` next to a path ``out``; ``DOCUMENT_SCHEMA``):
``doc_id``, ``input_id``, ``status``, ``reasons`` (list), ``source``, ``url``, ``title``,
``published``, ``language``, ``n_events``, ``text`` (evidence offsets point into it).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..records import Extraction
from ._flat import binary_target, flat_event

_S, _I, _F = pa.string(), pa.int64(), pa.float64()

EVENT_SCHEMA = pa.schema([
    ("doc_id", _S), ("idx", pa.int32()), ("event_type", _S), ("sub_event_type", _S),
    ("date_start", pa.date32()), ("date_end", pa.date32()), ("date_precision", pa.int8()), ("date_phrase", _S),
    ("location_name", _S), ("admin1", _S), ("admin2", _S), ("country", _S), ("country_code", _S),
    ("lat", _F), ("lon", _F), ("geonameid", _I), ("geo_precision", pa.int8()),
    ("actor1", _S), ("actor1_inter", pa.int8()), ("assoc_actor_1", pa.list_(_S)),
    ("actor2", _S), ("actor2_inter", pa.int8()), ("assoc_actor_2", pa.list_(_S)),
    ("fatalities_low", _I), ("fatalities_best", _I), ("fatalities_high", _I),
    ("attributed_to", pa.list_(_S)), ("trigger", _S), ("plover", _S), ("method", _S), ("confidence", _F),
    ("incident_id", _S), ("parent_incident_id", _S),
    ("source", _S), ("url", _S), ("title", _S), ("published", pa.date32()),
    ("evidence", _S), ("counts", _S), ("actors", _S), ("date", _S), ("location", _S),
])

DOCUMENT_SCHEMA = pa.schema([
    ("doc_id", _S), ("input_id", _S), ("status", _S), ("reasons", pa.list_(_S)), ("source", _S), ("url", _S),
    ("title", _S), ("published", pa.date32()), ("language", _S), ("n_events", pa.int32()), ("text", _S),
])

BATCH = 5000


def documents_path(out: Path) -> Path:
    """Where the documents table goes for an events file at ``out``."""
    return out.with_name(out.name.removesuffix(".parquet") + ".documents.parquet")


def _flush(writer: pq.ParquetWriter, rows: list[dict[str, Any]], schema: pa.Schema) -> None:
    if rows:
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        rows.clear()


def write_parquet(
    extractions: Iterable[Extraction], out: Path | str | IO[bytes], *, documents: bool = True, **_: Any
) -> int:
    """Write the events table (and, for a path, the documents table); returns the number of event rows."""
    target = binary_target(out)
    if hasattr(target, "encoding"):
        raise TypeError("parquet is binary: pass a path or a file opened with 'wb'")
    if isinstance(target, Path):
        target.parent.mkdir(parents=True, exist_ok=True)
    doc_writer = None
    if documents and isinstance(target, Path):
        doc_writer = pq.ParquetWriter(str(documents_path(target)), DOCUMENT_SCHEMA)
    n = 0
    ev_rows: list[dict[str, Any]] = []
    doc_rows: list[dict[str, Any]] = []
    with pq.ParquetWriter(target if not isinstance(target, Path) else str(target), EVENT_SCHEMA) as writer:
        try:
            for ex in extractions:
                for i, ev in enumerate(ex.events):
                    ev_rows.append(flat_event(ex, i, ev))
                    n += 1
                if doc_writer is not None:
                    d = ex.document
                    doc_rows.append({"doc_id": d.id, "input_id": d.input_id, "status": d.status,
                                     "reasons": list(d.reasons), "source": d.source, "url": d.url, "title": d.title,
                                     "published": d.published, "language": d.language,
                                     "n_events": len(ex.events), "text": d.text})
                    if len(doc_rows) >= BATCH:
                        _flush(doc_writer, doc_rows, DOCUMENT_SCHEMA)
                if len(ev_rows) >= BATCH:
                    _flush(writer, ev_rows, EVENT_SCHEMA)
            _flush(writer, ev_rows, EVENT_SCHEMA)
            if doc_writer is not None:
                _flush(doc_writer, doc_rows, DOCUMENT_SCHEMA)
        finally:
            if doc_writer is not None:
                doc_writer.close()
    return n
