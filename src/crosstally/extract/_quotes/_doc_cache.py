"""Per-Doc lookups built once and kept on ``Doc.user_data``: token offsets, sentences, and found frames.

Why: ``Token.sent`` walks the whole Doc per call, and :func:`find_sources_cited` reuses the quotes and
attributions already found on the same Doc.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .._doc_basics import doc_text


@dataclass(frozen=True, slots=True)
class _Index:
    """Token start offsets and sentences of one Doc, built once: ``Token.sent`` walks the whole Doc per call."""

    text: str
    starts: list[int]
    ends: list[int]
    sents: list[SpacySpan]
    sent_starts: list[int]


def _index(doc: Doc) -> _Index:
    key = ("crosstally.quotes", "index")
    got = doc.user_data.get(key)
    if isinstance(got, _Index) and len(got.starts) == len(doc):
        return got
    arr = doc.to_array([IDX, LENGTH]).astype("int64")  # in C: no Token object per token
    starts = arr[:, 0].tolist() if len(doc) else []
    ends = (arr[:, 0] + arr[:, 1]).tolist() if len(doc) else []
    sents = list(doc.sents) if len(doc) else []
    idx = _Index(doc_text(doc), starts, ends, sents, [s.start for s in sents])
    doc.user_data[key] = idx
    return idx


def _first_token_ending_after(doc: Doc, char: int) -> int | None:
    """Index of the first token whose end is past ``char`` (the token holding or following it)."""
    i = bisect_right(_index(doc).ends, char)
    return i if i < len(doc) else None


def _sentence_of(doc: Doc, char: int) -> SpacySpan:
    ix = _index(doc)
    i = _first_token_ending_after(doc, char)
    i = len(doc) - 1 if i is None else i
    return ix.sents[bisect_right(ix.sent_starts, i) - 1]


def _cached(sdoc: Doc, kind: str, text: str) -> tuple[tuple[str, str, int], list[Any] | None]:
    """find_sources_cited reuses the quotes and attributions already found on this Doc."""
    key = ("crosstally.quotes", kind, hash(text))
    got = sdoc.user_data.get(key)
    return key, (list(got) if got is not None else None)
