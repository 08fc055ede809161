"""Controlled vocabularies as versioned data files in ``crosstally/data``.

Every file is YAML with a header: ``name``, ``version``, ``sources`` (where the
terms come from) and ``entries``. :func:`load_vocab` reads and validates it once.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .errors import Errors, VocabError

DATA_PATH = Path(__file__).parent / "data"


@cache
def load_vocab(name: str, path: str | None = None) -> dict[str, Any]:
    """Load ``data/<name>.yaml`` (or ``path``), checking the header every file must have."""
    file = Path(path) if path else DATA_PATH / f"{name}.yaml"
    if not file.exists():
        raise VocabError(Errors.E003.format(name=name, path=file.parent))
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise VocabError(Errors.E004.format(name=name, detail=exc, required="valid YAML")) from exc
    if not isinstance(data, dict):
        raise VocabError(Errors.E004.format(name=name, detail="top level is not a mapping", required="a mapping"))
    missing = [k for k in ("name", "version", "sources", "entries") if k not in data]
    if missing:
        raise VocabError(
            Errors.E004.format(name=name, detail=f"missing {', '.join(missing)}", required="name, version, sources, entries")
        )
    return data
