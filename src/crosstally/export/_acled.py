"""``acled-csv``: ACLED's 31 columns, in ACLED's order and spelling, one row per event.

Column rules (tables in ``data/acled_export.yaml`` and ``data/iso_countries.yaml``):

* ``event_id_cnty`` = ``<ISO3>-CT-<doc_id>-<idx>``: the country's alpha-3 code (``XXX`` when
  unknown), ``CT`` for crosstally (so ids never collide with ACLED's own ``SYR12345``), the
  document id and the event's position in the document. Stable across re-exports.
* ``event_date`` ISO ``YYYY-MM-DD`` (the start of the date range; the 15th for a claim over a calendar month,
  ACLED's month mid-point (:func:`acled_event_date`); the document's publication date when the event has none),
  ``year``, ``time_precision`` = the date precision (1 day, 2 week, 3 month; 3 when only the publication date is
  known).
* ``disorder_type`` from the event type, with ACLED's sub-event exceptions ("Political violence;
  Demonstrations" for Excessive force against protesters, "Political violence" for Mob violence).
* ``inter1``/``inter2`` ACLED actor-type codes (0 when there is no such actor, empty when the actor's
  type is unknown); ``interaction`` the two-digit code, lower code first (``inter1 * 10`` when alone).
* ``civilian_targeting`` = "Civilian targeting" for political violence whose actor2 is civilians (inter 7).
* ``iso`` ISO 3166 numeric code, ``region`` ACLED's region, ``country`` its name.
* ``fatalities`` ACLED's conservative figure: the event's ``fatalities.low``, 0 when none.
* ``source`` the sources the claim is attributed to, then the publishing source; ``source_scale``,
  ``admin3`` and ``tags`` are left empty (not extracted); ``timestamp`` is the export time (Unix).
* ``notes`` a short neutral summary: when, where, what, who, and who said how many.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from ..records import Count, Event, Extraction
from ..vocab import load_vocab
from ._acled_codes import _table, columns, disorder_type, interaction
from ._flat import actor, actor_names, events_of, text_out


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    return {e["alpha2"]: e for e in load_vocab("iso_countries")["entries"]}


def _qualified(c: Count) -> str:
    words = _table()["notes"]["qualifiers"]
    if c.qualifier == "range" and c.high is not None:
        return f"{c.low:,}-{c.high:,}"
    return f"{words.get(c.qualifier, '')}{c.low:,}"


def _figures(ev: Event) -> str:
    kinds = _table()["notes"]["count_kinds"]
    chosen: dict[str, Count] = {}
    for c in ev.counts:
        if c.kind == "killed" and ev.fatalities.low is not None and c.low == ev.fatalities.low:
            chosen["killed"] = c  # the figure the fatalities column uses
        chosen.setdefault(c.kind, c)
    parts = [f"{_qualified(c)} {kinds.get(k, k)}" for k, c in chosen.items()]
    if "killed" not in chosen and ev.fatalities.low:
        parts.insert(0, f"{ev.fatalities.low:,} killed")
    return "; ".join(parts)


def _sources(ex: Extraction, ev: Event) -> list[str]:
    out: list[str] = []
    for s in [*ev.attributed_to, ex.document.source]:
        if s and s not in out:
            out.append(s)
    return out


def notes(ex: Extraction, ev: Event) -> str:
    """'On 2025-03-07, in Baniyas (Tartus, Syria), attack (violence against civilians) by X on Y.
    According to SOHR (relayed by Reuters), at least 42 killed.'"""
    unknown = _table()["notes"]["unknown_actor"]
    dc = ev.date
    when = ""
    if dc is not None:
        when = f"On {dc.start.isoformat()}" if dc.end == dc.start else f"Between {dc.start.isoformat()} and {dc.end.isoformat()}"
    where = ""
    if ev.location is not None:
        around = ", ".join(x for x in (ev.location.admin1, ev.location.country) if x and x != ev.location.name)
        where = f"in {ev.location.name}" + (f" ({around})" if around else "")
    a1, a2 = actor(ev, "actor1"), actor(ev, "actor2")
    what = f"{ev.sub_event_type.lower()} ({ev.event_type.lower()})" if ev.sub_event_type else ev.event_type.lower()
    what += f" by {a1.name if a1 else unknown}"
    if a2 is not None:
        what += f" on {a2.name}"
    head = ", ".join(x for x in (when, where, what) if x)
    sentences = [head[0].upper() + head[1:] + "."]
    figures = _figures(ev)
    src = ex.document.source
    claimed = [a for a in ev.attributed_to if a != src]
    if claimed:
        lead = f"According to {', '.join(claimed)}" + (f" (relayed by {src})" if src else "")
    elif src:
        lead = f"According to {src}"
    else:
        lead = ""
    if figures:
        sentences.append(f"{lead}, {figures}." if lead else figures[0].upper() + figures[1:] + ".")
    elif lead:
        sentences.append(f"{lead}; no figure given.")
    return " ".join(sentences)


def acled_event_date(start: date, end: date, precision: int) -> date:
    """ACLED's ``event_date`` for a claimed range.

    ACLED codes an event its sources date only by month on the month's mid-point, the 15th, with time precision 3
    (codebook, "Time precision"; 28 of the 34 precision-3 rows of the Kenya dev split). A month-precision claim that
    runs from the 1st of a month to at least its 15th ("in March", "in March" up to a publication on the 20th) is
    written on the 15th; every other claim on its first day. The claim itself keeps its honest range.
    """
    if precision == 3 and start.day == 1 and (end.year, end.month) == (start.year, start.month) and end.day >= 15:
        return start.replace(day=15)
    return start


def acled_row(ex: Extraction, idx: int, ev: Event, timestamp: int) -> dict[str, Any]:
    """The 31 ACLED columns of one event."""
    t = _table()
    loc = ev.location
    country = _countries().get((loc.country_code or "").upper()) if loc else None
    iso3 = country["alpha3"] if country else t["unknown_iso3"]
    day = acled_event_date(ev.date.start, ev.date.end, ev.date.precision) if ev.date else ex.document.published
    precision = ev.date.precision if ev.date else (3 if day else "")
    a1, a2 = actor(ev, "actor1"), actor(ev, "actor2")
    inter1 = (a1.inter if a1.inter is not None else "") if a1 else 0
    inter2 = (a2.inter if a2.inter is not None else "") if a2 else 0
    disorder = disorder_type(ev.event_type, ev.sub_event_type)
    ct = t["civilian_targeting"]
    targeting = ct["label"] if inter2 == ct["inter"] and disorder in ct["disorder_types"] else ""
    return {
        "event_id_cnty": f"{iso3}-{t['id_infix']}-{ex.document.id}-{idx}",
        "event_date": day.isoformat() if day else "",
        "year": day.year if day else "",
        "time_precision": precision,
        "disorder_type": disorder,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": a1.name if a1 else "",
        "assoc_actor_1": "; ".join(actor_names(ev, "assoc_actor_1")),
        "inter1": inter1,
        "actor2": a2.name if a2 else "",
        "assoc_actor_2": "; ".join(actor_names(ev, "assoc_actor_2")),
        "inter2": inter2,
        "interaction": interaction(inter1 or None, inter2 or None) if isinstance(inter1, int) else "",
        "civilian_targeting": targeting,
        "iso": country["numeric"] if country and country["numeric"] is not None else "",
        "region": country["region"] if country else "",
        "country": (loc.country if loc and loc.country else (country["name"] if country else "")),
        "admin1": (loc.admin1 or "") if loc else "",
        "admin2": (loc.admin2 or "") if loc else "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": f"{loc.lat:.4f}" if loc and loc.lat is not None else "",
        "longitude": f"{loc.lon:.4f}" if loc and loc.lon is not None else "",
        "geo_precision": loc.precision if loc else "",
        "source": "; ".join(_sources(ex, ev)),
        "source_scale": "",
        "notes": notes(ex, ev),
        "fatalities": ev.fatalities.low or 0,
        "tags": "",
        "timestamp": timestamp,
    }


def write_acled_csv(
    extractions: Iterable[Extraction], out: Path | str | TextIO, *, timestamp: int | None = None,
    incidents: bool = False, store: Any = None, **_: Any,
) -> int:
    """Write the header and one row per event (per incident with ``incidents=True``); returns the number of rows."""
    if incidents:
        from ._incident_writers import write_acled_incidents

        return write_acled_incidents(extractions, out, timestamp=timestamp, store=store)
    stamp = int(time.time()) if timestamp is None else timestamp
    n = 0
    with text_out(out, newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns(), lineterminator="\n")
        writer.writeheader()
        for ex, i, ev in events_of(extractions):
            writer.writerow(acled_row(ex, i, ev, stamp))
            n += 1
    return n
