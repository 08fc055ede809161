"""Exports: ACLED-compatible CSV, the JSONL contract, GeoJSON and Parquet.

Every writer is registered in ``crosstally.registry.exporters`` under a versioned name
(``crosstally.export.acled_csv.v1``); outside packages add formats (``ucdp-csv`` is next, once
incidents are stored) through the ``crosstally_exporters`` entry-point group::

    from crosstally.export import export
    n_rows = export(store.extractions(), "acled-csv", Path("events.csv"))
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, Protocol, TextIO

from ..errors import ConfigError, Errors
from ..records import Extraction
from ..registry import exporters
from ._acled import acled_row, disorder_type, interaction, write_acled_csv
from ._geojson import write_geojson
from ._jsonl import write_jsonl
from ._parquet import DOCUMENT_SCHEMA, EVENT_SCHEMA, documents_path, write_parquet

#: Short format names → registry names. A short name not listed maps to ``crosstally.export.<name>.v1``.
FORMATS: dict[str, str] = {
    "acled-csv": "crosstally.export.acled_csv.v1",
    "jsonl": "crosstally.export.jsonl.v1",
    "geojson": "crosstally.export.geojson.v1",
    "parquet": "crosstally.export.parquet.v1",
}

exporters.register(FORMATS["acled-csv"], func=write_acled_csv)
exporters.register(FORMATS["jsonl"], func=write_jsonl)
exporters.register(FORMATS["geojson"], func=write_geojson)
exporters.register(FORMATS["parquet"], func=write_parquet)


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

    Rows are events for acled-csv, geojson and parquet, documents (lines) for jsonl.
    """
    name = registry_name(fmt)
    if name not in exporters.get_all():
        raise ConfigError(Errors.E034.format(fmt=fmt, available=", ".join(formats())))
    writer = exporters.get(name)
    items = extractions.extractions() if hasattr(extractions, "extractions") else extractions
    return int(writer(items, out, **options))


__all__ = [
    "DOCUMENT_SCHEMA",
    "EVENT_SCHEMA",
    "FORMATS",
    "acled_row",
    "disorder_type",
    "documents_path",
    "export",
    "formats",
    "interaction",
    "registry_name",
    "write_acled_csv",
    "write_geojson",
    "write_jsonl",
    "write_parquet",
]
