"""Exports: ACLED-compatible CSV, UCDP GED-compatible CSV, the JSONL contract, GeoJSON and Parquet.

Every writer is registered in ``crosstally.registry.exporters`` under a versioned name
(``crosstally.export.acled_csv.v1``); outside packages add formats through the ``crosstally_exporters``
entry-point group::

    from crosstally.export import export
    n_rows = export(store.extractions(), "acled-csv", Path("events.csv"))      # one row per claim
    n_rows = export(store, "ucdp-csv", Path("ged.csv"))                         # one row per incident
    n_rows = export(store, "acled-csv", Path("incidents.csv"), incidents=True)  # one row per incident
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, Protocol, TextIO

from ..errors import ConfigError, Errors
from ..records import Extraction
from ..registry import exporters
from ._acled import acled_event_date, acled_row, disorder_type, interaction, write_acled_csv
from ._geojson import write_geojson
from ._incident_writers import (
    INCIDENT_COLUMNS,
    acled_incident_row,
    incident_dict,
    incident_notes,
    write_acled_incidents,
    write_geojson_incidents,
    write_jsonl_incidents,
)
from ._incidents import IncidentRecord, Place, Totals, collect_incidents
from ._jsonl import write_jsonl
from ._parquet import DOCUMENT_SCHEMA, EVENT_SCHEMA, documents_path, write_parquet
from ._ucdp import (
    date_prec,
    priogrid_gid,
    type_of_violence,
    ucdp_columns,
    ucdp_row,
    where_prec,
    write_ucdp_csv,
)

#: Short format names → registry names. A short name not listed maps to ``crosstally.export.<name>.v1``.
FORMATS: dict[str, str] = {
    "acled-csv": "crosstally.export.acled_csv.v1",
    "jsonl": "crosstally.export.jsonl.v1",
    "geojson": "crosstally.export.geojson.v1",
    "parquet": "crosstally.export.parquet.v1",
    "ucdp-csv": "crosstally.export.ucdp_csv.v1",
}

exporters.register(FORMATS["acled-csv"], func=write_acled_csv)
exporters.register(FORMATS["jsonl"], func=write_jsonl)
exporters.register(FORMATS["geojson"], func=write_geojson)
exporters.register(FORMATS["parquet"], func=write_parquet)
exporters.register(FORMATS["ucdp-csv"], func=write_ucdp_csv)


class _HasExtractions(Protocol):
    def extractions(self) -> Iterable[Extraction]: ...


def registry_name(fmt: str) -> str:
    """The registry name for a short format name (``ucdp-csv`` → ``crosstally.export.ucdp_csv.v1``)."""
    if fmt in FORMATS or "." not in fmt:
        return FORMATS.get(fmt) or f"crosstally.export.{fmt.replace('-', '_')}.v1"
    return fmt


def formats() -> list[str]:
    """Every format that can be exported now (short names, then other registered names)."""
    extra = sorted(n for n in exporters.get_all() if n not in FORMATS.values())
    return [*FORMATS, *extra]


def export(
    extractions: Iterable[Extraction] | _HasExtractions, fmt: str, out: Path | str | TextIO | IO[bytes],
    **options: Any,
) -> int:
    """Write ``extractions`` (or everything in a Store) as ``fmt`` to a path or stream; returns rows written.

    Rows are events for acled-csv, geojson and parquet, documents (lines) for jsonl; incidents for ucdp-csv,
    and for acled-csv / jsonl / geojson with ``incidents=True``.
    """
    name = registry_name(fmt)
    if name not in exporters.get_all():
        raise ConfigError(Errors.E034.format(fmt=fmt, available=", ".join(formats())))
    writer = exporters.get(name)
    items = extractions.extractions() if hasattr(extractions, "extractions") else extractions
    if (name == FORMATS["ucdp-csv"] or options.get("incidents")) and hasattr(extractions, "get_state"):
        options.setdefault("store", extractions)  # incident exports read stored incident data and link state
    return int(writer(items, out, **options))


__all__ = [
    "DOCUMENT_SCHEMA",
    "EVENT_SCHEMA",
    "FORMATS",
    "INCIDENT_COLUMNS",
    "IncidentRecord",
    "Place",
    "Totals",
    "acled_event_date",
    "acled_incident_row",
    "acled_row",
    "collect_incidents",
    "date_prec",
    "disorder_type",
    "documents_path",
    "export",
    "formats",
    "incident_dict",
    "incident_notes",
    "interaction",
    "priogrid_gid",
    "registry_name",
    "type_of_violence",
    "ucdp_columns",
    "ucdp_row",
    "where_prec",
    "write_acled_csv",
    "write_acled_incidents",
    "write_geojson",
    "write_geojson_incidents",
    "write_jsonl",
    "write_jsonl_incidents",
    "write_parquet",
    "write_ucdp_csv",
]
