"""Where the quotes are: the text inside each pair of quote marks, and the short (scare) quotes among them."""

from __future__ import annotations

import re

from ...records import Span

SHORT_QUOTE_WORDS = 4


_PAIRS = (("“", "”"), ("«", "»"))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quote marks."""
    out: list[tuple[int, int]] = []
    for op, cl in _PAIRS:
        i = 0
        while True:
            s = text.find(op, i)
            if s < 0:
                break
            e = text.find(cl, s + 1)
            nxt = text.find(op, s + 1)
            if e < 0 or (0 <= nxt < e and e - s > 2000):
                i = s + 1
                continue
            out.append((s + 1, e))
            i = e + 1
    positions = [m.start() for m in re.finditer('"', text)]
    for a, b in zip(positions[::2], positions[1::2], strict=False):
        if b - a < 2000:
            out.append((a + 1, b))
    for m in re.finditer(r"(?<![\w])‘", text):
        s = m.end()
        for c in re.finditer(r"’(?![A-Za-z])", text[s: s + 1500]):
            out.append((s, s + c.start()))
            break
    out = [(s, e) for s, e in out if text[s:e].strip()]
    out.sort()
    kept: list[tuple[int, int]] = []
    for s, e in out:
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e))
    return kept


def _words(s: str) -> int:
    return len(re.findall(r"\w+(?:[-’']\w+)*", s))


def find_scare_quotes(text: str) -> list[Span]:
    """Short quoted words (one to four) that no speaker utters: the framing stage counts them."""
    return [Span(s, e) for s, e in _quote_spans(text) if _words(text[s:e]) <= SHORT_QUOTE_WORDS]
