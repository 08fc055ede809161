"""Attribution frames (:func:`find_attributions`): "according to X", "X said", "citing X", a toll a source
sets, each with the text it covers; datelines are never a speaker, and "a war monitor" is the one monitor
the story names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...records import Span
from .._dateline import dateline_span
from ._cover import _claim_cover, _is_toll_frame, _toll_cover
from ._doc_cache import _cached, _index
from ._quote_marks import _quote_spans
from ._source_names import _known, normalise_source, speaker_type
from ._speakers import _according_to, _is_speech, _left_np, _name_from, _speaker_of
from ._vocab import _vocab

ATTRIBUTION_METHOD = "crosstally.attributions.v1"


def _source_like(tok: Token, name: str) -> bool:
    """Is this subject a source (an outlet, body, named person or a speaker noun), not any noun?"""
    if _known(name) is not None:
        return True
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
        return True
    return speaker_type(name) != "other"


def find_attributions(text: str, sdoc: Doc) -> list[tuple[str, Span, Span]]:
    """(source name, attribution phrase, the sentence it covers) for "according to X", "X said", "citing X"..."""
    key, hit = _cached(sdoc, "attributions", text)
    if hit is not None:
        return hit
    out = [a for a in _find_attributions(sdoc) if a[2] is not None]
    sdoc.user_data[key] = tuple(out)
    return list(out)


def _find_attributions(sdoc: Doc) -> list[tuple[str, Span, Span | None]]:
    """Every attribution frame; the cover is None for a speech verb that frames no claim (still a cited source)."""
    out: list[tuple[str, Span, Span | None]] = []
    seen: set[tuple[int, int]] = set()
    dl = _dateline(_index(sdoc).text)
    for sent in sdoc.sents:
        acc = _according_to(sent)
        if acc is not None:
            out.append((normalise_source(acc[0]), acc[2], Span(sent.start_char, sent.end_char)))
            seen.add((acc[2].start, acc[2].end))
        inside = [(sent.start_char + a, sent.start_char + b) for a, b in _quote_spans(sent.text)]
        for t in sent:
            toll = _is_toll_frame(t)
            if not (toll or _is_speech(t)) or any(a <= t.idx < b for a, b in inside):
                continue
            lem = t.lemma_.lower()
            head: Token | None = None
            if lem == "cite":
                head = next((c for c in t.children if c.dep_ == "dobj"), None)
            else:
                head = _speaker_of(t)
            if head is not None and dl is not None and dl[0] <= head.idx < dl[1]:
                # "GENEVA, March 11 (Wire) - The UN office said": the dateline is where the story was filed,
                # never who spoke; the noun next to the verb is
                head = _left_np(t)
                if head is not None and dl[0] <= head.idx < dl[1]:
                    head = None
            if head is None:
                continue
            body = _body_it(head, sent, out)
            got = (body, Span(head.idx, head.idx + len(head.text))) if body else _name_from(head)
            if got is None:
                continue
            name, span = got
            if dl is not None and span.start < dl[1] and dl[0] < span.end:
                continue
            if body is None and not _source_like(head, name):
                continue
            head_end = head.idx + len(head.text)
            lo = min(span.start, t.idx, head.idx)
            hi = max(span.end, t.idx + len(t.text), head_end)
            if hi - lo - (span.end - span.start) > 40:  # subject far from its verb: the subject alone
                lo, hi = span.start, span.end
            if (lo, hi) in seen:
                continue
            seen.add((lo, hi))
            cover = _claim_cover(t, sent) if not toll else _toll_cover(t)
            if cover is not None:
                cover = Span(min(cover.start, lo), max(cover.end, hi))
            out.append((normalise_source(name), Span(lo, hi), cover))
    out.sort(key=lambda x: x[1].start)
    return _resolve_descriptors(sdoc, out)


def _body_it(head: Token, sent: SpacySpan, frames: list[tuple[str, Span, Span | None]]) -> str | None:
    """"The committee said ... . It said 238 ... had been killed": a sentence-opening "It" that speaks is the body
    the sentence before quoted (a named body, never a person), so the figure is the committee's, not the outlet's.
    """
    if head.lower_ != "it" or head.i != sent.start or head.dep_ != "nsubj" or not frames:
        return None
    name, phrase, _ = frames[-1]
    prev = next((s for s in head.doc.sents if s.end == sent.start), None)
    if prev is None or not (prev.start_char <= phrase.start < prev.end_char):
        return None
    return name if speaker_type(name) not in ("witness", "relative") and not _is_person(head.doc, phrase) else None


def _is_person(doc: Doc, phrase: Span) -> bool:
    sp = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
    return sp is not None and any(t.ent_type_ == "PERSON" for t in sp)


def _dateline(text: str) -> tuple[int, int] | None:
    """(start, end) of the dateline that opens ``text`` ("GENEVA, March 11 (Meridian Wire) -"), else None.

    Why: the parser often makes the dateline's town the subject of the first "said"; a town is never a
    claimant, and the agency in brackets is the outlet itself, not who it quotes.
    """
    got = dateline_span(text)
    return (got.start, got.end) if got is not None else None


def _resolve_descriptors(sdoc: Doc, frames: list[tuple[str, Span, Span | None]]) -> list[tuple[str, Span, Span | None]]:
    """'a war monitor said 973' in a story that names one monitor (the Syrian Observatory) is that monitor's claim.

    Why: wires relay a monitor's figure as "a war monitor" and name it a sentence later; the figure is the
    monitor's, relayed, and must be counted under its name. Only a lower-case descriptor of a monitor is
    resolved, and only when the text names exactly one known monitor.
    """
    generic = [i for i, (name, _, _) in enumerate(frames)
               if name == name.lower() and _known(name) is None and speaker_type(name) == "monitor"]
    if not generic:
        return frames
    v = _vocab()
    monitors = {v.aliases[m.group()].name for m in v.alias_re.finditer(_index(sdoc).text)
                if v.aliases[m.group()].type == "monitor"}
    if len(monitors) != 1:
        return frames
    only = next(iter(monitors))
    out = list(frames)
    for i in generic:
        _, phrase, cover = out[i]
        out[i] = (only, phrase, cover)
    return out
