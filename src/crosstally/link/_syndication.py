"""Syndicated and copied articles: one wire story printed by ten papers is one source."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from ..records import Extraction
from ..vocab import load_vocab
from ._names import norm_name
from ._profile import source_of

LEAD_CHARS = 400
SHINGLE = 5
JACCARD_COPY = 0.5
RATIO_COPY = 90.0
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _wire_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for entry in load_vocab("framing_wires")["entries"]:
        alts = "|".join(re.escape(a) for a in sorted(entry["aliases"], key=len, reverse=True))
        # "(Reuters)" anywhere in the lead, or "AFP -" / "AFP —" as a dateline
        pat = re.compile(rf"\(\s*(?:{alts})\s*\)|(?:^|[\s,])(?:{alts})\s+[-–—]\s")
        out.append((entry["name"], pat))
    return out


# "DAMASCUS, March 9 (Meridian Wire) -": a capitalised place, optional date, the agency in brackets, a dash
_DATELINE = re.compile(
    r"^\W{0,3}[A-Z][A-Za-z .'’-]{1,40}(?:,[A-Za-z0-9 .,'’-]{1,40})?\s*\((?P<name>[A-Z][\w .&'’-]{0,38}\w)\)\s*[-–—:]"
)


def wire_origin(text: str) -> str | None:
    """The news agency whose dateline opens the text ("BEIRUT (Reuters) -"), else None.

    Known agencies (data/framing_wires.yaml) are recognised anywhere in the lead under any
    alias; any other "PLACE (Agency) -" dateline at the very start names its agency too.
    """
    lead = text[:LEAD_CHARS]
    for name, pat in _wire_patterns():
        if pat.search(lead):
            return name
    m = _DATELINE.match(lead)
    return m.group("name").strip() if m else None


def shingles(text: str, k: int = SHINGLE) -> set[int]:
    """Hashed word k-grams of the case-folded text."""
    words = _WORD.findall(text.casefold())
    if len(words) < k:
        return {hash(" ".join(words))} if words else set()
    return {hash(" ".join(words[i:i + k])) for i in range(len(words) - k + 1)}


def near_duplicate(a: str, b: str, *, sa: set[int] | None = None, sb: set[int] | None = None) -> bool:
    """True when ``b`` is a copy of ``a`` (re-edited headline, trimmed tail or scraping debris allowed)."""
    sa = shingles(a) if sa is None else sa
    sb = shingles(b) if sb is None else sb
    if sa and sb:
        inter = len(sa & sb)
        if inter / len(sa | sb) >= JACCARD_COPY or inter / min(len(sa), len(sb)) >= 0.8:
            return True
    return fuzz.ratio(a[:3000], b[:3000]) >= RATIO_COPY


def syndication_groups(extractions: Sequence[Extraction]) -> dict[str, str]:
    """doc_id → the origin it copies: the wire's name, or the earliest source among copies.

    Documents that are not copies map to their own source, so the number of distinct
    values is the number of independent sources.
    """
    docs = [e for e in extractions]
    parent = list(range(len(docs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    wires = [wire_origin(e.document.text) for e in docs]
    sh = [shingles(e.document.text) for e in docs]
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            if (wires[i] and wires[i] == wires[j]) or near_duplicate(
                docs[i].document.text, docs[j].document.text, sa=sh[i], sb=sh[j]
            ):
                parent[find(j)] = find(i)
    members: dict[int, list[int]] = {}
    for i in range(len(docs)):
        members.setdefault(find(i), []).append(i)
    origin: dict[str, str] = {}
    for group in members.values():
        wire = next((wires[i] for i in group if wires[i]), None)
        if wire is None:
            first = min(group, key=lambda i: (docs[i].document.published is None,
                                              docs[i].document.published, docs[i].document.id))
            wire = source_of(docs[first])
        for i in group:
            origin[docs[i].document.id] = wire
    return origin


_STOP = {"for", "of", "the", "and", "on", "in", "de", "du", "des", "la", "le"}


_PAREN = re.compile(r"\(([^()]{1,20})\)")
_LEAD = re.compile(r"^(?:the|a|an)\s+|^\S+-based\s+", re.IGNORECASE)


def claimant_key(name: str) -> str:
    """One key for a claimant's long name and its acronym ("Syrian Observatory for Human Rights" = "SOHR",
    "the Britain-based Syrian Observatory for Human Rights (SOHR)" too)."""
    m = _PAREN.search(name)
    if m and " " not in m.group(1).strip():
        return norm_name(m.group(1)) or name
    stripped = name.strip()
    for _ in range(2):
        stripped = _LEAD.sub("", stripped)
    n = norm_name(stripped) or name
    words = n.split()
    if len(words) >= 2:
        initials = "".join(w[0] for w in words if w not in _STOP)
        if len(initials) >= 2:
            return initials
    return n
