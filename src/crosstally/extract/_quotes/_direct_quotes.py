"""Direct quotes and their speakers (:func:`find_quotes`): a speech verb before the quote, one right after it,
"according to X", or a colon intro; a short quote only when a speech verb frames it within a few words.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...records import Quote, Span
from ._doc_cache import _cached, _first_token_ending_after, _index, _sentence_of
from ._quote_marks import SHORT_QUOTE_WORDS, _quote_spans, _words
from ._source_names import normalise_source, speaker_type
from ._speakers import _according_to, _after_quote, _is_speech, _name_from, _speaker_of

METHOD = "crosstally.quotes.v1"
FRAME_WINDOW = 6  # tokens between a speech verb and a short quote it frames


def _find_speaker(doc: Doc, qs: int, qe: int, short: bool) -> tuple[str, Span, float] | None:
    sent = _sentence_of(doc, qs)
    qi = _first_token_ending_after(doc, qs)
    if qi is None:
        return None
    q_first = doc[qi]
    start_tok = sent.start
    conf = 0.4 if short else 0.8
    text = _index(doc).text
    follow = text[qe + 1: qe + 3].lstrip()
    trailing = text[qs:qe].rstrip().endswith(",") or follow[:1] == "," or follow[:1].islower()
    if not short and trailing:  # “…,” said X / “…,” X said
        after = _after_quote(doc, qe + 1)
        if after is not None:
            return after[0], after[1], conf
    # a quote that opens its own sentence hangs on a sentence before it that ends in ':' or '!'
    if q_first.i - start_tok <= 1 and sent.start > 0:
        prev = _sentence_of(doc, doc[sent.start - 1].idx)
        if prev.text.rstrip()[-1:] in (":", "!"):
            start_tok = prev.start
    quoted = set(range(q_first.i, len(doc)))
    verbs = [t for t in doc[start_tok: q_first.i] if _is_speech(t) and t.i not in quoted]
    inner = [(s, e) for s, e in _quote_spans(text[sent.start_char: qs])]
    verbs = [t for t in verbs if not any(sent.start_char + s <= t.idx < sent.start_char + e for s, e in inner)]
    if short:
        verbs = [t for t in verbs if q_first.i - t.i <= FRAME_WINDOW]
    for verb in reversed(verbs):
        subj = _speaker_of(verb)
        if subj is not None:
            got = _name_from(subj)
            if got is not None:
                return got[0], got[1], conf
    if short:
        return None
    acc = _according_to(sent)
    if acc is not None:
        return acc[0], acc[1], 0.6
    # colon intro: "he gave him the bloc's endorsement: “…”"
    before = text[max(0, qs - 3): qs]
    if ":" in before:
        for t in doc[start_tok: q_first.i]:
            if t.dep_ == "ROOT" or (t.head.dep_ == "ROOT" and t.dep_ in ("nsubj",)):
                root = t if t.dep_ == "ROOT" else t.head
                subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    got = _name_from(subj)
                    if got is not None:
                        return got[0], got[1], 0.5
                break
    return None


def find_quotes(text: str, sdoc: Doc) -> list[Quote]:
    """Direct quotes with their speakers (normalised via news_sources.yaml), evidence on the quoted text."""
    key, hit = _cached(sdoc, "quotes", text)
    if hit is not None:
        return hit
    out = _find_quotes(text, sdoc)
    sdoc.user_data[key] = tuple(out)
    return list(out)


def _find_quotes(text: str, sdoc: Doc) -> list[Quote]:
    out: list[Quote] = []
    for qs, qe in _quote_spans(text):
        body = text[qs:qe]
        short = _words(body) <= SHORT_QUOTE_WORDS
        single = text[qs - 1] == "‘"
        if single and _words(body) < 5:
            short = True
        got = _find_speaker(sdoc, qs, qe, short)
        if got is None:
            if short:
                continue
            out.append(Quote(speaker=None, text=body, evidence=[Span(qs, qe)], speaker_evidence=[],
                             speaker_type=None, method=METHOD, confidence=0.3))
            continue
        name, span, conf = got
        canon = normalise_source(name)
        out.append(Quote(speaker=canon, text=body, evidence=[Span(qs, qe)], speaker_evidence=[span],
                         speaker_type=speaker_type(name), method=METHOD, confidence=conf))
    return out
