"""People counted as the subject of a first act and hurt by the passive verb joined to it: "Three raiders stormed a
shop and were shot dead", "two men attack a patrol and are shot". The passive verb has no subject of its own; its
people are the first verb's figure (the forward reading stops at the first verb, which tells no harm)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...records import Count
from ...records import Span as CharSpan
from ._forward import _persons
from ._numbers import _word_number
from ._terms import SHOT_METHOD
from ._victim_verbs import _verb_reading

_SUBJECTS = ("nsubj", "nsubjpass")


def _subject_figure(head: Token) -> tuple[Token, int] | None:
    """The first verb's subject noun with a figure of people ("three raiders"), and the figure; for a note that
    opens on its noun phrase the parse makes the verb a clause on the noun ("Two men ... attack a patrol")."""
    if head.dep_ == "acl" and head.head.pos_ == "NOUN" and head.head.i < head.i:
        noun = head.head
    else:
        noun = next((c for c in head.children if c.dep_ in _SUBJECTS and c.i < head.i), None)
    if noun is None or noun.tag_ != "NNS" or not _persons([noun]):
        return None
    num = next((c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i), None)
    if num is None:
        return None
    used, value = _word_number(list(noun.doc), num.i)
    if not used or value is None or value < 2:
        return None
    return noun, value


def conj_passive(sdoc: Doc | Span, counts: list[Count]) -> list[Count]:
    """"Three raiders stormed a shop and were shot dead": the figure of the first verb's subject, with the fate of
    the passive verb joined to it. A sentence that already has a count of that fate keeps its own. The reading the
    forward pass may have made of the first verb's object ("a shop and were shot dead") is left to the caller to
    drop (see :func:`misread_objects`)."""
    out: list[Count] = []
    for tok in sdoc:
        if (tok.dep_ != "conj" or tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children)
                or any(c.dep_ in _SUBJECTS for c in tok.children)):
            continue
        head = tok.head
        if head.i >= tok.i or head.pos_ != "VERB":
            continue
        kind, _deps, _strict, method = _verb_reading(tok)
        if kind not in ("killed", "injured"):
            continue
        got = _subject_figure(head)
        if got is None:
            continue
        noun, value = got
        sent = tok.sent
        if any(c.kind == kind and c.evidence and sent.start_char <= c.evidence[0].start < sent.end_char
               and not _misread(c, tok) for c in counts):
            continue
        start = min(t.i for t in noun.subtree if t.i <= noun.i)
        end = max([tok.i, *(c.i for c in tok.children if c.lower_ == "dead" or c.dep_ == "advmod" and c.i > tok.i)])
        span = tok.doc[start : end + 1]
        left = tok.doc[start : noun.i + 1]
        out.append(Count(kind=kind, low=value, high=value, qualifier="exact", group=left.text,
                         evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text,
                         method=SHOT_METHOD if method == SHOT_METHOD else method, confidence=0.6))
    return out


def _misread(c: Count, verb: Token) -> bool:
    """A count the forward reading made of the first verb's object through "and were killed": its evidence ends
    on the joined passive verb and starts after the subject ("a patrol and were killed")."""
    if not c.evidence:
        return False
    ev = c.evidence[0]
    return ev.end == verb.idx + len(verb.text) and " and " in (c.phrase or "") and ev.start > verb.head.idx - 1 \
        and not any(t.dep_ in _SUBJECTS for t in verb.doc if ev.start <= t.idx < ev.end)


def misread_objects(counts: list[Count], added: list[Count], sdoc: Doc | Span) -> list[Count]:
    """Counts misread from the first verb's object, where :func:`conj_passive` read the subject's people."""
    if not added:
        return counts
    verbs = [t for t in sdoc if t.dep_ == "conj" and t.tag_ == "VBN"
             and any(a.evidence and a.evidence[0].start <= t.idx < a.evidence[0].end for a in added)]
    return [c for c in counts if not any(_misread(c, v) for v in verbs)]
