"""``ucdp-csv``: UCDP GED's 49 columns, in GED 24.1/25.1 order and spelling, one row per reconciled INCIDENT.

Why incidents and not claims: GED codes one row per event with a best / low / high death estimate drawn from
every source, which is what crosstally's linking and reconciliation produce. Tables in ``data/ucdp_export.yaml``.

Column rules:

* ``id`` crosstally's incident id (stable across re-links; GED's own ids are integers from UCDP's database);
  ``relid`` = ``<ISO3>-<year>-CT-<incident id>``; ``year`` the start year.
* Left EMPTY, because UCDP assigns them from its own registries and crosstally does not guess them:
  ``active_year``, ``code_status``, ``conflict_dset_id``, ``conflict_new_id``, ``conflict_name``,
  ``dyad_dset_id``, ``dyad_new_id``, ``dyad_name``, ``side_a_dset_id``, ``side_a_new_id``,
  ``side_b_dset_id``, ``side_b_new_id``. ``priogrid_gid`` is filled: it is a pure function of the coordinates.
* ``type_of_violence`` 1 state-based / 2 non-state / 3 one-sided: Violence against civilians (and Excessive
  force against protesters) → 3; Battles and Explosions/Remote violence from the actors' ACLED inter codes
  (a state actor on either side → 1, two non-state organised actors → 2, civilians as actor2 → 3); EMPTY for
  Protests, Riots and Strategic developments (GED codes only organised, deadly armed violence; the reasons are
  in the data file) and when an actor's type is unknown.
* ``side_a`` / ``side_b`` the actor most sources name as perpetrator / target ("Government of <country>" for a
  state actor, as UCDP names them); ``gwnoa`` / ``gwnob`` their Gleditsch-Ward numbers when they are states.
* ``number_of_sources`` independent sources (syndicated copies count once); ``source_article`` each report as
  ``source, date, url`` joined with ``;``; ``source_office`` / ``source_date`` / ``source_headline`` the same
  reports' outlets, dates and titles; ``source_original`` the claimants whose figures were used (a monitor
  whose toll a newspaper relays is the original source).
* ``where_prec`` UCDP 1-7 from ACLED geo precision and the kind of place (town 1, near a town 2, district 3,
  province 4, several provinces 5, country 6); ``where_coordinates`` the place the coordinates stand for,
  ``where_description`` every place the claims name; coordinates the mean of the distinct places' coordinates
  when the incident spans several.
* ``date_prec`` UCDP 1-5 from the incident's date range (1 day 1, 2-6 days 2, a week 3, a month 4, longer 5),
  never finer than the best member claim's own precision; ``event_clarity`` 2 for an aggregate (several days
  or places, or nested parts), else 1.
* ``best`` / ``low`` / ``high`` the reconciled killed figures (all victims; never below the sum of the
  per-class figures); ``deaths_civilians`` / ``deaths_a`` / ``deaths_b`` the reconciled per-class figures
  where sources give them (security forces to the state side, fighters to the non-state side),
  ``deaths_unknown`` the rest of ``best``. For one-sided violence with no breakdown all deaths are civilians.
  A nested incident's toll is its own row and is never added to its parent's.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from ..records import ActorMention, Extraction
from ..vocab import load_vocab
from ._flat import text_out
from ._incidents import IncidentRecord, collect_incidents


def _table() -> dict[str, Any]:
    return load_vocab("ucdp_export")["entries"]


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    return {e["alpha2"]: e for e in load_vocab("iso_countries")["entries"]}


def ucdp_columns() -> list[str]:
    """UCDP GED's columns, in order."""
    return list(_table()["columns"])


def priogrid_gid(lat: float | None, lon: float | None) -> int | None:
    """The PRIO-GRID cell (0.5°, numbered row by row from the south-west corner, 720 a row) of a point."""
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    row = min(int(math.floor((lat + 90) / 0.5)), 359)
    col = min(int(math.floor((lon + 180) / 0.5)), 719)
    return row * 720 + col + 1


def type_of_violence(event_type: str, sub_event_type: str, inter1: int | None, inter2: int | None) -> int | None:
    """UCDP's type of violence (1 state-based, 2 non-state, 3 one-sided), None when GED would not code it."""
    t = _table()["type_of_violence"]
    if sub_event_type in t["by_sub_event_type"]:
        return int(t["by_sub_event_type"][sub_event_type])
    if event_type in t["by_event_type"]:
        return int(t["by_event_type"][event_type])
    if event_type not in t["decided_by_actors"]:
        return None
    codes = t["codes"]
    if inter2 in t["civilian_inter"]:
        return int(codes["one_sided"])
    if inter1 is None or inter2 is None:
        return None
    if inter1 in t["state_inter"] or inter2 in t["state_inter"]:
        return int(codes["state_based"])
    if inter1 in t["non_state_inter"] and inter2 in t["non_state_inter"]:
        return int(codes["non_state"])
    return None


def where_prec(kind: str) -> int | None:
    """UCDP's spatial precision for a place kind (town_exact, town_near, admin2, admin1, wider_region, country)."""
    v = _table()["where_prec"].get(kind)
    return int(v) if v is not None else None


def date_prec(days: int | None, acled_precision: int = 1) -> int:
    """UCDP's date precision for a range of ``days`` days, never finer than the claims' own ACLED precision."""
    t = _table()["date_prec"]
    by_span = int(t["longer"])
    if days is not None:
        for max_days, prec in t["by_span_days"]:
            if days <= max_days:
                by_span = int(prec)
                break
    return max(by_span, int(t["by_acled_precision"].get(acled_precision, t["longer"])))


def _gw(alpha2: str | None) -> int | None:
    v = _table()["gw_codes"].get((alpha2 or "").upper())
    return int(v) if v is not None else None


def _side_name(a: ActorMention | None, country: str | None) -> str:
    if a is None:
        return ""
    if a.inter in _table()["type_of_violence"]["state_inter"] and (a.country or country):
        code = (a.country or "").upper()
        name = _countries()[code]["name"] if code in _countries() else (country or a.country)
        return str(_table()["state_side_name"]).format(country=name)
    return a.name or a.mention


def _side_gw(a: ActorMention | None, country_code: str | None) -> int | str:
    if a is None or a.inter not in _table()["type_of_violence"]["state_inter"]:
        return ""
    return _gw(a.country if a.country and len(a.country) == 2 else country_code) or ""


def _deaths(r: IncidentRecord, violence: int | None) -> dict[str, int | str]:
    t = r.totals
    if t.best is None:
        return {"deaths_a": "", "deaths_b": "", "deaths_civilians": "", "deaths_unknown": ""}
    state = _table()["type_of_violence"]["state_inter"]
    by = dict(t.by_class)
    a_inter = r.side_a.inter if r.side_a else None
    b_inter = r.side_b.inter if r.side_b else None
    deaths_a = deaths_b = 0
    for cls in ("security_forces", "fighters"):
        n = by.pop(cls, 0)
        if not n:
            continue
        is_state = cls == "security_forces"
        if (a_inter in state) == is_state:
            deaths_a += n
        elif (b_inter in state) == is_state or r.side_b is not None:
            deaths_b += n
        else:
            deaths_a += n
    civilians = by.pop("civilians", 0)
    if violence == _table()["type_of_violence"]["codes"]["one_sided"] and not t.by_class:
        civilians = t.best
    known = deaths_a + deaths_b + civilians
    return {"deaths_a": deaths_a, "deaths_b": deaths_b, "deaths_civilians": civilians,
            "deaths_unknown": max(t.best - known, 0)}


def ucdp_row(r: IncidentRecord) -> dict[str, Any]:
    """The 49 GED columns of one incident."""
    t = _table()
    sep = t["separator"]
    inc, rec, p = r.incident, r.reconciliation, r.place
    country = _countries().get((p.country_code or "").upper())
    iso3 = country["alpha3"] if country else t["unknown_iso3"]
    year = inc.start.year if inc.start else ""
    a_inter = r.side_a.inter if r.side_a else None
    b_inter = r.side_b.inter if r.side_b else None
    violence = type_of_violence(inc.event_type, r.sub_event_type, a_inter, b_inter)
    docs = r.documents
    claimants = sorted({c.claimant for f in rec.figures if f.kind == "killed" for c in f.latest.values()})
    aggregate = bool(inc.children) or (r.days or 1) > 1 or len(p.named) > 1
    region = ""
    if country:
        region = t["region_by_country"].get(country["alpha2"]) or t["region_by_acled_region"].get(country["region"], "")
    side_a, side_b = _side_name(r.side_a, p.country), _side_name(r.side_b, p.country)
    if side_a and side_a == side_b and r.side_a and r.side_b:  # two state actors of one country (old vs new
        side_a, side_b = r.side_a.name or r.side_a.mention, r.side_b.name or r.side_b.mention  # forces): keep names
    row: dict[str, Any] = dict.fromkeys(t["columns"], "")
    row |= {
        "id": inc.id,
        "relid": f"{iso3}-{year}-{t['relid_infix']}-{inc.id}",
        "year": year,
        "type_of_violence": violence if violence is not None else "",
        "side_a": side_a,
        "side_b": side_b,
        "number_of_sources": rec.independent_sources,
        "source_article": sep.join(", ".join(x for x in (d.document.source or "", d.document.published.isoformat()
                                                         if d.document.published else "", d.document.url or "") if x)
                                   for d in docs),
        "source_office": sep.join(dict.fromkeys(d.document.source for d in docs if d.document.source)),
        "source_date": sep.join(dict.fromkeys(d.document.published.isoformat() for d in docs if d.document.published)),
        "source_headline": sep.join((d.document.title or "").replace(sep, ",") for d in docs),
        "source_original": sep.join(claimants),
        "where_prec": where_prec(p.kind) or "",
        "where_coordinates": p.name or "",
        "where_description": sep.join(p.named) or (p.name or ""),
        "adm_1": p.admin1 or "",
        "adm_2": p.admin2 or "",
        "latitude": f"{p.lat:.4f}" if p.lat is not None else "",
        "longitude": f"{p.lon:.4f}" if p.lon is not None else "",
        "geom_wkt": f"POINT ({p.lon:.4f} {p.lat:.4f})" if p.lat is not None and p.lon is not None else "",
        "priogrid_gid": priogrid_gid(p.lat, p.lon) or "",
        "country": (country["name"] if country else p.country) or "",
        "country_id": _gw(p.country_code) or "",
        "region": region,
        "event_clarity": t["event_clarity"]["aggregate" if aggregate else "single"],
        "date_prec": date_prec(r.days, r.date_precision) if inc.start else "",
        "date_start": inc.start.isoformat() if inc.start else "",
        "date_end": inc.end.isoformat() if inc.end else "",
        "best": r.totals.best if r.totals.best is not None else "",
        "high": r.totals.high if r.totals.high is not None else "",
        "low": r.totals.low if r.totals.low is not None else "",
        "gwnoa": _side_gw(r.side_a, p.country_code),
        "gwnob": _side_gw(r.side_b, p.country_code),
    }
    row |= _deaths(r, violence)
    for col in t["registry_columns"]:
        row[col] = ""
    return row


def write_ucdp_csv(
    extractions: Iterable[Extraction], out: Path | str | TextIO, *, store: Any = None, **_: Any
) -> int:
    """Write the GED header and one row per incident (linking in memory when the events are not linked yet)."""
    n = 0
    with text_out(out, newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=ucdp_columns(), lineterminator="\n")
        writer.writeheader()
        for r in collect_incidents(extractions, store=store):
            writer.writerow(ucdp_row(r))
            n += 1
    return n
