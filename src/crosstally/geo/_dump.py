"""Reading full GeoNames country dumps (``SY.zip`` from download.geonames.org/export/dump/)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from ..config import Settings, get_settings
from ..errors import Errors, InputError
from ._index import DUMP_COLUMNS, clear_cache
from ._normalise import is_latin

# GeoNames feature codes kept: populated places (class P) and first/second-order admin units.
_ADMIN = {"ADM1": "admin1", "ADM2": "admin2"}
_N_COLUMNS = 19


def _open_rows(path: Path) -> tuple[str, io.TextIOBase]:
    if not path.exists():
        raise InputError(Errors.E018.format(path=path))
    if zipfile.is_zipfile(path):
        zf = zipfile.ZipFile(path)
        names = [n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
        if not names:
            raise InputError(Errors.E016.format(path=path, kind="a GeoNames dump",
                                                detail="the zip holds no <CC>.txt file"))
        name = names[0]
        return Path(name).stem, io.TextIOWrapper(zf.open(name), encoding="utf-8", newline="")
    return path.stem, path.open(encoding="utf-8", newline="")


def load_gazetteer_dump(path: Path, settings: Settings | None = None) -> int:
    """Load a GeoNames country dump (zip or .txt, 19 tab-separated columns) into the gazetteer folder.

    Later geocoding in this and other processes uses its villages and admin2 units too. Returns the
    number of places kept (populated places and ADM1/ADM2 units).
    """
    settings = settings or get_settings()
    path = Path(path)
    stem, fh = _open_rows(path)
    out_dir = settings.gazetteer_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{stem.upper()}.tsv"
    tmp = out.with_suffix(".tsv.tmp")
    kept = 0
    with fh, tmp.open("w", encoding="utf-8") as w:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for lineno, row in enumerate(reader, 1):
            if not row or not row[0].strip():
                continue
            if len(row) != _N_COLUMNS or not row[0].isdigit():
                tmp.unlink(missing_ok=True)
                raise InputError(Errors.E016.format(
                    path=path, kind="a GeoNames dump",
                    detail=f"line {lineno} has {len(row)} columns, expected {_N_COLUMNS} (geonameid first)"))
            fclass, fcode = row[6], row[7]
            if fclass == "P":
                kind = "town"
            elif fclass == "A" and fcode in _ADMIN:
                kind = _ADMIN[fcode]
            else:
                continue
            alts = "|".join(a for a in row[3].split(",") if a and is_latin(a) and "|" not in a)
            values = (row[0], row[1].replace("\t", " "), alts, kind, row[8], row[10], row[11], row[4], row[5],
                      row[14] or "0")
            assert len(values) == len(DUMP_COLUMNS)
            w.write("\t".join(values) + "\n")
            kept += 1
    tmp.replace(out)
    clear_cache()
    return kept
