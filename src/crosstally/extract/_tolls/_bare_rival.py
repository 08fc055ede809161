"""A rival figure told bare after a toll: "The Red Cross said seven people died; police confirmed four", "A rights
group counted twenty-one dead; police acknowledged fourteen". The second party's figure names no fate of its own:
it answers the toll before it, so it counts the same victims (ACLED then keeps the most conservative figure)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...records import Count
from ...records import Span as CharSpan
from .._doc_basics import doc_text
from ._numbers import _word_number
from ._terms import METHOD

# "; police confirmed", ", while the army put it at", "but the regional police boss gave", "; the governor spoke
# of": a second party and the verb it answers with, right before the bare figure
_ANSWER = re.compile(r"(?:;|,?\s+(?:while|whereas|but))\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?"
                     r"(?:acknowledged|admitted|conceded|confirmed|counted|gave|claimed|reported|recorded|said|cited|"
                     r"spoke\s+of|put\s+it\s+at|put\s+the\s+(?:figure|toll|number|dead|death\s+toll)\s+at)"
                     r"\s+(?:only\s+|just\s+)?$", re.I)
_NEAR = 90  # characters from the toll's end to the bare figure: the next clause, not a later paragraph


def bare_rivals(sdoc: Doc | Span, counts: list[Count]) -> list[Count]:
    """One count for each bare figure a second party answers a toll with: the same kind and group as that toll."""
    toks = list(sdoc)
    out: list[Count] = []
    for i, t in enumerate(toks):
        if not (t.like_num or t.pos_ == "NUM"):
            continue
        used, value = _word_number(toks, i)
        if not used or value is None or value < 1:
            continue
        end = i + used
        if end < len(toks) and not (toks[end].text in (".", ";", "!") or toks[end].is_sent_start):
            continue  # "police confirmed four dead": the figure has a fate of its own, read by the grammar
        start = t.idx
        told = [c for c in counts if c.kind == "killed" and c.evidence
                and 0 <= start - c.evidence[-1].end <= _NEAR]
        if not told or any(c.evidence and c.evidence[0].start <= start < c.evidence[-1].end for c in counts):
            continue
        lead = told[-1]
        left = doc_text(sdoc.doc)[lead.evidence[-1].end : start]
        if not _ANSWER.search(left) or re.search(r"[.!?]\s", left):
            continue
        stop = toks[end - 1].idx + len(toks[end - 1].text)
        out.append(Count(kind="killed", low=value, high=value, qualifier="exact", group=lead.group,
                         evidence=[CharSpan(start, stop)], phrase=doc_text(sdoc.doc)[start:stop], method=METHOD,
                         confidence=0.5))
    return out
