"""Controlled vocabularies as versioned data files in ``crosstally/data``.

Every file is YAML with a header: ``name``, ``version``, ``sources`` (where the
terms come from) and ``entries``. :func:`load_vocab` reads and validates it once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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


def phrase_alternation(phrases: Iterable[object]) -> str:
    """A regex alternation of a word list's phrases, longest first, each space matching any run of white space.

    Why: the vocabulary files hold phrases ("set fire to", "boda boda riders") that the text may break over a line or
    space twice; longest first so that "motorbike riders" wins over "riders", ties in a fixed order so that the pattern
    is the same in every process. One definition for every reader of a word list."""
    unique = {str(p) for p in phrases or ()}
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(unique, key=lambda p: (-len(p), p)))
