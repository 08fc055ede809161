"""A toll told as the dead's number: "The dead, 13 in all, included four children", "the dead numbered nine"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...records import Count
from ...records import Span as CharSpan
from .._doc_basics import doc_text
from ._numbers import _word_number
from ._terms import METHOD

# the noun that names the dead, then the figure as its apposition ("13 in all") or its predicate ("numbered 13")
_DEAD_TOTAL = re.compile(
    r"\bthe\s+(?:dead|deceased|fatalities)\s*(?:,\s*(?P<app>[\w,-]+(?:\s+[\w-]+)?)\s+(?:in\s+all|in\s+total|"
    r"altogether|all\s+told)\b|\s+(?:numbered|totall?ed|came\s+to|stood\s+at)\s+(?P<pred>[\w,-]+(?:\s+[\w-]+)?))",
    re.I)


def dead_totals(sdoc: Doc | Span, counts: list[Count]) -> list[Count]:
    """One killed count for each total the dead are given, unless a count already covers that figure."""
    doc = sdoc.doc
    base = sdoc.start_char if isinstance(sdoc, Span) else 0
    out: list[Count] = []
    for m in _DEAD_TOTAL.finditer(doc_text(sdoc)):
        g = "app" if m.group("app") else "pred"
        a = base + m.start(g)
        toks = [t for t in doc[sdoc.start if isinstance(sdoc, Span) else 0 :] if t.idx >= a]
        if not toks or toks[0].idx != a:
            continue
        used, value = _word_number(toks, 0)
        if not used or value is None or value < 1:
            continue
        end = toks[used - 1].idx + len(toks[used - 1].text)
        if any(c.kind == "killed" and c.evidence and any(e.start <= a < e.end for e in c.evidence) for c in counts):
            continue
        start = base + m.start()
        out.append(Count(kind="killed", low=value, high=value, qualifier="exact", group="dead",
                         evidence=[CharSpan(start, max(end, base + m.end()))],
                         phrase=doc_text(doc)[start : max(end, base + m.end())], method=METHOD, confidence=0.7))
    return out
