"""Incident mode (``incidents=True``) of ``acled-csv``, ``jsonl`` and ``geojson``: one row / line / feature per
reconciled incident instead of one per claim.

* ``fatalities`` (acled-csv, geojson) is ACLED's conservative figure of the incident's reconciled killed total;
  ``fatalities_low/best/high`` (geojson, jsonl) the UCDP-style range.
* Every row carries ``incident_id`` and ``parent_incident_id``. A nested incident (a village inside a
  coast-wide toll) is its own row whose toll is never added to its parent's; the parent's notes name its parts.
* ``notes`` summarises the sources: how many reports and independent sources, the reconciled range, each
  claimant's figure series ("745 → 973 → 1,225 → 1,383"), relays, and the disagreements in words.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from ..records import Extraction
from ._acled_codes import _table as acled_table
from ._acled_codes import columns as acled_columns
from ._acled_codes import disorder_type, interaction
from ._flat import text_out
from ._incidents import IncidentRecord, collect_incidents
from ._ucdp import _countries, date_prec, type_of_violence, where_prec

#: Columns the acled-csv incident mode appends after ACLED's 31.
INCIDENT_COLUMNS: tuple[str, ...] = ("incident_id", "parent_incident_id")


def incident_notes(r: IncidentRecord) -> str:
    """A neutral summary of one incident: when, where, what, the sources, the reconciled range, the series."""
    inc, rec, t = r.incident, r.reconciliation, r.totals
    parts: list[str] = []
    if inc.start and inc.end:
        parts.append(f"On {inc.start.isoformat()}" if inc.start == inc.end
                     else f"Between {inc.start.isoformat()} and {inc.end.isoformat()}")
    if r.place.name:
        around = ", ".join(x for x in (r.place.admin1, r.place.country) if x and x != r.place.name)
        parts.append(f"in {r.place.name}" + (f" ({around})" if around else ""))
    what = (r.sub_event_type or inc.event_type or "event").lower()
    if r.side_a is not None:
        what += f" by {r.side_a.name or r.side_a.mention}"
    if r.side_b is not None:
        what += f" on {r.side_b.name or r.side_b.mention}"
    parts.append(what)
    head = ", ".join(parts)
    out = [head[0].upper() + head[1:] + "."]
    n_docs = len(r.documents)
    out.append(f"{n_docs} report{'s' if n_docs != 1 else ''} from {rec.independent_sources} independent "
               f"source{'s' if rec.independent_sources != 1 else ''}.")
    if t.best is not None:
        out.append(f"Killed: ACLED {t.acled:,}; UCDP low {t.low:,}, best {t.best:,}, high {t.high:,}."
                   if None not in (t.acled, t.low, t.high) else f"Killed: best {t.best:,}.")
    killed = [f for f in rec.figures if f.kind == "killed"]
    series = []
    for f in killed:
        for who in f.series:
            label = "" if f.group_class in ("all", "unspecified") else f" {f.group_class.replace('_', ' ')}"
            series.append(f"{who}{label}: {f.series_text(who)}")
    if series:
        out.append("Figures by claimant: " + "; ".join(series) + ".")
    if inc.parent_id:
        out.append(f"Part of incident {inc.parent_id}; its toll is not added to that incident's.")
    if rec.parts:
        named = ", ".join(f"{p.place or p.incident_id}" + (f" ({p.killed:,} killed)" if p.killed is not None else "")
                          for p in rec.parts)
        out.append(f"Includes nested incidents, not added to this toll: {named}.")
    flags = [n for n in rec.notes if not n.startswith(tuple(f"{p.place}'s" for p in rec.parts))
             and " is a part " not in n and " figure over time: " not in n]  # series are shown above
    if flags:
        out.append("Notes: " + "; ".join(flags) + ".")
    return " ".join(out)


def _sides(r: IncidentRecord) -> tuple[int | str, int | str]:
    def inter(a: Any) -> int | str:
        return 0 if a is None else (a.inter if a.inter is not None else "")

    return inter(r.side_a), inter(r.side_b)


def acled_incident_row(r: IncidentRecord, timestamp: int) -> dict[str, Any]:
    """ACLED's 31 columns (plus incident_id, parent_incident_id) for one incident."""
    t = acled_table()
    inc, p = r.incident, r.place
    country = _countries().get((p.country_code or "").upper())
    iso3 = country["alpha3"] if country else t["unknown_iso3"]
    inter1, inter2 = _sides(r)
    disorder = disorder_type(inc.event_type, r.sub_event_type)
    ct = t["civilian_targeting"]
    days = r.days
    precision = 1 if days == 1 and r.date_precision == 1 else (2 if days is not None and days <= 7
                                                               and r.date_precision <= 2 else 3)
    geo = {"town_exact": 1, "town_near": 2, "admin2": 2}.get(p.kind, 3)
    sources = list(dict.fromkeys([*sorted({c.claimant for f in r.reconciliation.figures for c in f.latest.values()}),
                                  *r.reconciliation.sources]))
    return {
        "event_id_cnty": f"{iso3}-{t['id_infix']}-{inc.id}",
        "event_date": inc.start.isoformat() if inc.start else "",
        "year": inc.start.year if inc.start else "",
        "time_precision": precision if inc.start else "",
        "disorder_type": disorder,
        "event_type": inc.event_type,
        "sub_event_type": r.sub_event_type,
        "actor1": (r.side_a.name or r.side_a.mention) if r.side_a else "",
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": (r.side_b.name or r.side_b.mention) if r.side_b else "",
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": interaction(inter1 or None, inter2 or None) if isinstance(inter1, int) else "",
        "civilian_targeting": ct["label"] if inter2 == ct["inter"] and disorder in ct["disorder_types"] else "",
        "iso": country["numeric"] if country and country["numeric"] is not None else "",
        "region": country["region"] if country else "",
        "country": p.country or (country["name"] if country else ""),
        "admin1": p.admin1 or "",
        "admin2": p.admin2 or "",
        "admin3": "",
        "location": p.name or "",
        "latitude": f"{p.lat:.4f}" if p.lat is not None else "",
        "longitude": f"{p.lon:.4f}" if p.lon is not None else "",
        "geo_precision": geo,
        "source": "; ".join(sources),
        "source_scale": "",
        "notes": incident_notes(r),
        "fatalities": r.totals.acled or 0,
        "tags": "",
        "timestamp": timestamp,
        "incident_id": inc.id,
        "parent_incident_id": inc.parent_id or "",
    }


def write_acled_incidents(extractions: Iterable[Extraction], out: Path | str | TextIO, *,
                          timestamp: int | None = None, store: Any = None) -> int:
    """ACLED's header plus incident_id / parent_incident_id, one row per incident; returns rows."""
    stamp = int(time.time()) if timestamp is None else timestamp
    n = 0
    with text_out(out, newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[*acled_columns(), *INCIDENT_COLUMNS], lineterminator="\n")
        writer.writeheader()
        for r in collect_incidents(extractions, store=store):
            writer.writerow(acled_incident_row(r, stamp))
            n += 1
    return n


def incident_dict(r: IncidentRecord) -> dict[str, Any]:
    """One incident as plain JSON: identity, nesting, place, dates, sides, reconciled figures, claims, notes."""
    inc, rec, p, t = r.incident, r.reconciliation, r.place, r.totals
    a1, a2 = _sides(r)
    return {
        "incident_id": inc.id,
        "parent_incident_id": inc.parent_id,
        "children": list(inc.children),
        "event_type": inc.event_type,
        "sub_event_type": r.sub_event_type,
        "start": inc.start.isoformat() if inc.start else None,
        "end": inc.end.isoformat() if inc.end else None,
        "date_prec": date_prec(r.days, r.date_precision) if inc.start else None,
        "place": {"name": p.name, "admin1": p.admin1, "admin2": p.admin2, "country": p.country,
                  "country_code": p.country_code, "lat": p.lat, "lon": p.lon, "kind": p.kind,
                  "where_prec": where_prec(p.kind), "named": list(p.named)},
        "actor1": (r.side_a.name or r.side_a.mention) if r.side_a else None, "inter1": a1 if a1 != "" else None,
        "actor2": (r.side_b.name or r.side_b.mention) if r.side_b else None, "inter2": a2 if a2 != "" else None,
        "type_of_violence": type_of_violence(inc.event_type, r.sub_event_type, r.side_a.inter if r.side_a else None,
                                             r.side_b.inter if r.side_b else None),
        "fatalities": t.acled, "fatalities_low": t.low, "fatalities_best": t.best, "fatalities_high": t.high,
        "killed_by_class": dict(t.by_class),
        "independent_sources": rec.independent_sources,
        "sources": list(rec.sources),
        "syndicated": rec.syndicated,
        "documents": [{"doc_id": d.document.id, "source": d.document.source, "url": d.document.url,
                       "title": d.document.title,
                       "published": d.document.published.isoformat() if d.document.published else None}
                      for d in r.documents],
        "members": [list(k) for k in inc.members],
        "figures": [f.to_dict() for f in rec.figures],
        "parts": [{"incident_id": x.incident_id, "place": x.place, "killed": x.killed} for x in rec.parts],
        "disagreements": list(rec.notes),
        "notes": incident_notes(r),
    }


def write_jsonl_incidents(extractions: Iterable[Extraction], out: Path | str | TextIO, *, store: Any = None) -> int:
    """One :func:`incident_dict` line per incident; returns lines."""
    n = 0
    with text_out(out) as fh:
        for r in collect_incidents(extractions, store=store):
            fh.write(json.dumps(incident_dict(r), ensure_ascii=False) + "\n")
            n += 1
    return n


def write_geojson_incidents(extractions: Iterable[Extraction], out: Path | str | TextIO, *,
                            store: Any = None) -> int:
    """A FeatureCollection, one Point per incident (null geometry when unplaced); returns features."""
    n = 0
    with text_out(out) as fh:
        fh.write('{"type": "FeatureCollection", "features": [\n')
        for r in collect_incidents(extractions, store=store):
            props = incident_dict(r)
            props.pop("figures")  # the claims ledger is in the jsonl export; keep map features light
            geometry = ({"type": "Point", "coordinates": [r.place.lon, r.place.lat]}
                        if r.place.lat is not None and r.place.lon is not None else None)
            feature = {"type": "Feature", "id": r.incident.id, "geometry": geometry, "properties": props}
            fh.write(("," if n else "") + json.dumps(feature, ensure_ascii=False) + "\n")
            n += 1
        fh.write("]}\n")
    return n
