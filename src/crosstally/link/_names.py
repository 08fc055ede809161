"""Names as linking compares them: case-, accent- and punctuation-blind, with transliteration keys, so that two
outlets' spellings of one place or actor ("El Fasher", "Al-Fashir") meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ..geo._normalise import variant_key

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def norm_name(name: str | None) -> str | None:
    """Case-, accent- and punctuation-blind form of a place or actor name."""
    if not name:
        return None
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = _NON_ALNUM.sub(" ", s).strip()
    return s or None


@lru_cache(maxsize=1 << 12)
def name_set(names: tuple[str, ...]) -> frozenset[str]:
    """A report's names with their transliteration keys, for matching (cached: blocking asks once per claim)."""
    return frozenset(_with_variants(names))


# abbreviated first words of place names: "St Andrew" is "Saint Andrew", "Mt Darwin" "Mount Darwin"
_ABBREVIATED = re.compile(r"^(st|ste|saint|sainte|mt|ft) (?=\w)")
_EXPANDED = {"st": "saint ", "ste": "saint ", "saint": "saint ", "sainte": "saint ", "mt": "mount ", "ft": "fort "}


@lru_cache(maxsize=1 << 16)
def _variant(name: str) -> str:
    """"~" and the transliteration key of a normalised name, "" when too short to trust (cached: names repeat).
    An abbreviated first word is written out first, so "St Andrew" and "Saint Andrew" share a key."""
    if m := _ABBREVIATED.match(name):
        name = _EXPANDED[m.group(1)] + name[m.end():]
    v = variant_key(name)
    return "~" + v if v else ""


@lru_cache(maxsize=1 << 16)
def _norm_cached(name: str) -> str | None:
    return norm_name(name)


def _with_variants(names: Iterable[str]) -> dict[str, None]:
    """Names and their transliteration keys ("~fashar" for El Fasher and Al-Fashir, "~jabla" for Jableh)."""
    out = dict.fromkeys(names)
    for n in list(out):
        if v := _variant(n):
            out.setdefault(v, None)
    return out
