"""The sources an article cites (:func:`find_sources_cited`): known outlets on any mention, other bodies when
a quote or an attribution comes from them; image credits left out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...records import SourceCited, Span
from ._attributions import _find_attributions
from ._direct_quotes import find_quotes
from ._doc_cache import _cached
from ._vocab import _vocab

SOURCES_METHOD = "crosstally.sources.v1"
_MEDIA_TYPES = frozenset({"wire", "newspaper", "broadcaster", "state_media", "monitor"})


_CREDIT = re.compile(r"(?:Image|Photo|Photograph|Picture|Credit|Illustration)s?\s*:\s*[^/\n]{0,80}")


def find_sources_cited(text: str, sdoc: Doc) -> list[SourceCited]:
    """Outlets, agencies, monitors and official bodies the article cites, one per normalised name.

    A known outlet or monitor counts on any mention; other bodies (governments, the UN, the EU) only when they
    are the origin of a quote or an attribution. Image credits ("Image: …, Twitter") are left out.
    """
    v = _vocab()
    credits = [m.span() for m in _CREDIT.finditer(text)]
    mentions: dict[str, list[Span]] = {}
    types: dict[str, str] = {}
    for m in v.alias_re.finditer(text):
        if any(s <= m.start() < e for s, e in credits):
            continue
        src = v.aliases[m.group()]
        mentions.setdefault(src.name, []).append(Span(m.start(), m.end()))
        types[src.name] = src.type
    origins: dict[str, list[Span]] = {}
    key, hit = _cached(sdoc, "frames", text)
    frames = hit if hit is not None else _find_attributions(sdoc)
    sdoc.user_data[key] = tuple(frames)
    for name, phrase, _ in frames:
        origins.setdefault(name, []).append(phrase)
    for q in find_quotes(text, sdoc):
        if q.speaker:
            origins.setdefault(q.speaker, []).extend(q.speaker_evidence)
    out: list[SourceCited] = []
    for name, spans in mentions.items():
        if types[name] in _MEDIA_TYPES:
            out.append(SourceCited(name=name, evidence=spans, method=SOURCES_METHOD,
                                   confidence=0.9 if name in origins else 0.7))
        elif name in origins:
            out.append(SourceCited(name=name, evidence=spans, method=SOURCES_METHOD, confidence=0.8))
    known = {s.name for s in out}
    for name, spans in origins.items():
        if name in known or name in mentions:
            continue
        if _is_body(name) and _is_org_mention(sdoc, spans):
            out.append(SourceCited(name=name, evidence=sorted(spans, key=lambda s: s.start),
                                   method=SOURCES_METHOD, confidence=0.5))
    out.sort(key=lambda s: s.evidence[0].start if s.evidence else 0)
    return out


def _is_body(name: str) -> bool:
    """Does the name end in a word for an organisation ('ministry', 'police', 'observatory'), not a person?"""
    words = re.findall(r"[A-Za-z]+", name.lower())
    return bool(words) and words[-1] in _vocab().body_nouns


def _is_org_mention(sdoc: Doc, spans: list[Span]) -> bool:
    """An unknown origin counts as a cited source when spaCy calls it an organisation."""
    for sp in spans:
        cs = sdoc.char_span(sp.start, sp.end, alignment_mode="expand")
        if cs is not None and any(t.ent_type_ == "ORG" for t in cs):
            return True
    return False
