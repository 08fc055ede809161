"""``geojson``: a FeatureCollection with one Point feature per event.

Events without coordinates are kept, with ``"geometry": null`` (allowed by RFC 7946 §3.2), so
the file holds every event; map clients simply skip them. Properties are the flat event fields
plus the document's source, url and title; dates are ISO strings, lists stay lists.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from ..records import Extraction
from ._flat import events_of, flat_event, text_out


def _props(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()}


def write_geojson(
    extractions: Iterable[Extraction], out: Path | str | TextIO, *, incidents: bool = False, store: Any = None,
    **_: Any,
) -> int:
    """Write the FeatureCollection (streamed, one feature a line; one per incident with ``incidents=True``);
    returns the number of features."""
    if incidents:
        from ._incident_writers import write_geojson_incidents

        return write_geojson_incidents(extractions, out, store=store)
    n = 0
    with text_out(out) as fh:
        fh.write('{"type": "FeatureCollection", "features": [\n')
        for ex, i, ev in events_of(extractions):
            loc = ev.location
            geometry = None
            if loc is not None and loc.lat is not None and loc.lon is not None:
                geometry = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
            feature = {"type": "Feature", "id": f"{ex.document.id}-{i}", "geometry": geometry,
                       "properties": _props(flat_event(ex, i, ev))}
            fh.write(("," if n else "") + json.dumps(feature, ensure_ascii=False) + "\n")
            n += 1
        fh.write("]}\n")
    return n
