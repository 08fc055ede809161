"""Deaths a short note tells without a kill verb: "a farmer was beaten on his plot and left for dead" (one), "2 men
were beaten ... and left for dead" (two), and a fate told before its figure ("stone to death two drivers").

Why: ACLED's notes code "left for dead" as deaths (both Kenya train-side notes so worded carry the people attacked:
1 and 2); the grammar reads no fate there. "stone to death two drivers" puts the fate between the verb and its
figure, so the figure is read with no fate. Only short notes, only when no death is counted yet, and not when the note tells the
person lived ("left her for dead; she is recovering in hospital": ACLED's 0).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...records import Count
from ...records import Span as CharSpan
from .._doc_basics import _SHORT_DOC, doc_text
from ._terms import METHOD, _vocab

_LEFT = re.compile(r"\bleft\s+(?:\w+\s+)?for\s+dead\b", re.I)
# the note tells the person lived ("left her for dead; neighbours took her to hospital, where she is recovering")
_LIVED = re.compile(r"\b(?:recover\w*|surviv\w*|(?:stable|critical|serious)\s+condition|treated|undergoing\s+treatment|"
                    r"admitted|rescued|taken\s+to\s+(?:a\s+|the\s+)?hospital|took\s+(?:him|her|them)\s+to\s+(?:a\s+|the\s+)?"
                    r"hospital|injur\w*|wound\w*|hurt)\b", re.I)
_NUM = r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# the people attacked, counted before "left for dead" in its sentence: "2 men were beaten ... and left for dead"
_FIGURE = re.compile(r"\b" + _NUM + r"\s+(?!(?:days|hours|weeks|months|years|minutes)\b)(?:[a-z-]+\s+){0,2}?"
                     r"(?P<noun>men|women|people|persons|\w+s)\b", re.I)
# "stone to death two matatu drivers", "hacked to death three herders": the fate, then the figure
_TO_DEATH_FIGURE = re.compile(r"\b(?:ston|hack|beat|burn|club|stab|lynch)\w*\s+to\s+death\s+" + _NUM
                              + r"\s+(?:[a-z-]+\s+){0,2}?(?P<noun>men|women|people|persons|\w+s)\b", re.I)


def _n(word: str) -> int:
    return int(word) if word.isdigit() else _vocab()["numbers"][word.lower()]  # quantifiers.yaml


def left_for_dead(sdoc: Doc | Span, counts: list[Count]) -> list[Count]:
    """The deaths a note tells by "left for dead" or by "<verb> to death <figure>", when none is counted yet."""
    text = doc_text(sdoc)
    if len(text) > _SHORT_DOC or any(c.kind == "killed" for c in counts):
        return []
    base = sdoc.start_char if isinstance(sdoc, Span) else 0
    m = _TO_DEATH_FIGURE.search(text)
    if m is not None:
        a, b = m.start(), m.end()
        return [Count(kind="killed", low=_n(m.group("n")), high=_n(m.group("n")), qualifier="exact",
                      group=m.group("noun").lower(), evidence=[CharSpan(base + a, base + b)], phrase=text[a:b],
                      method=METHOD, confidence=0.4)]
    m = _LEFT.search(text)
    if m is None or _LIVED.search(text):
        return []
    stop = text.rfind(". ", 0, m.start())
    start = stop + 2 if stop >= 0 else 0
    figures = list(_FIGURE.finditer(text, start, m.start()))
    n, noun, a = (_n(figures[-1].group("n")), figures[-1].group("noun").lower(), start + figures[-1].start()) \
        if figures else (1, "person", m.start())
    return [Count(kind="killed", low=n, high=n, qualifier="exact", group=noun,
                  evidence=[CharSpan(base + a, base + m.end())], phrase=text[a : m.end()], method=METHOD,
                  confidence=0.4)]
