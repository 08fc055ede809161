"""Deaths told in parts in one sentence: "four officers were shot; two died instantly and one died later in hospital"
(3 dead). The part told as dying later adds to the part told as dying at once; neither is the other told again."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...records import Count
from .._doc_basics import doc_text
from ._terms import DIED_AMONG_METHOD

# a bare figure that died ("one died", "2 others succumbed"): no noun that could name the same people twice
_BARE_DEATH = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:more|other|others)\s+)?"
                         r"(?:(?:later|subsequently)\s+)?(?:died|succumbed|passed\s+away|were\s+killed|was\s+killed)\b",
                         re.I)
# the first part died at once
_AT_ONCE = re.compile(r"\s*(?:instantly|immediately|on\s+the\s+spot|at\s+the\s+scene|on\s+arrival|at\s+once)\b", re.I)
# the next part died later ("one died later in hospital", "one later died", "one died on the way to hospital")
_LATER = re.compile(r"\s*(?:later|afterwards|subsequently|on\s+the\s+way|while\s+(?:being|receiving)|in\s+hospital|"
                    r"at\s+(?:the\s+|a\s+)?hospital|from\s+(?:his|her|their|the)\s+(?:injuries|wounds))\b", re.I)


def deaths_in_parts(sent: Span, found: list[Count]) -> None:
    """Mark a bare part told as dying later, after a part told as dying at once in the same sentence, as one more
    (additive) toll: "two died instantly and one died later" is three deaths, not two."""
    text = doc_text(sent.doc)
    dead = sorted((c for c in found if c.kind == "killed" and c.evidence), key=lambda c: c.evidence[0].start)
    for k, c in enumerate(dead[1:], 1):
        if not _BARE_DEATH.match(c.phrase or ""):
            continue
        end = c.evidence[0].end
        later = "later" in (c.phrase or "").lower() or _LATER.match(text, end) is not None
        if later and any(_AT_ONCE.match(text, d.evidence[0].end) for d in dead[:k]):
            c.method = DIED_AMONG_METHOD
