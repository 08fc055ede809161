"""A source's canonical name and its kind: "EU" → "European Union", "a war monitor" → monitor.

Why apart: the framing and linking stages normalise names with :func:`normalise_source` without reading quotes.
"""

from __future__ import annotations

import re

from ._vocab import _Source, _vocab

_TYPE_OF_SOURCE = {
    "wire": "media", "newspaper": "media", "broadcaster": "media", "state_media": "media",
    "monitor": "monitor", "ngo": "organisation", "intergovernmental": "organisation", "government": "official",
}


def normalise_source(name: str) -> str:
    """The canonical name of a known outlet / body ("EU" → "European Union"), else the name without its article."""
    v = _vocab()
    bare = re.sub(r"^(?:the|The|an|a|An|A)\s+", "", name.strip())
    for cand in (name.strip(), bare):
        if cand in v.aliases:
            return v.aliases[cand].name
    m = v.alias_re.search(name)
    if m and len(m.group()) >= 2:
        return v.aliases[m.group()].name
    return bare


def _known(name: str) -> _Source | None:
    v = _vocab()
    bare = re.sub(r"^(?:the|The|an|a|An|A)\s+", "", name.strip())
    if bare in v.aliases:
        return v.aliases[bare]
    m = v.alias_re.search(name)
    return v.aliases[m.group()] if m else None


def speaker_type(name: str) -> str:
    """official | monitor | witness | relative | organisation | media | other, from the source list then cue words."""
    src = _known(name)
    if src is not None:
        return _TYPE_OF_SOURCE.get(src.type, "other")
    words = set(re.findall(r"[a-z]+", name.lower()))
    low = name.lower()
    for kind, cues in _vocab().cues:
        if any((c in words) if " " not in c else (c in low) for c in cues):
            return kind
    return "other"
