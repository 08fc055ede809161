"""The text an attribution vouches for: the clause or figure a speech verb frames, or the figure a source sets
("the monitor raised the toll to 973").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...records import Span
from ._speakers import _is_speech
from ._vocab import _vocab

_CLAUSE_DEPS = ("ccomp", "xcomp")
_FRAME_DEPS = ("advcl", "parataxis")
_CLAUSE_BREAKS = ("–", "—", ";")
_FRONTED_DEPS = ("ccomp", "npadvmod", "dep", "parataxis")


def _claim_cover(verb: Token, sent: SpacySpan) -> Span | None:
    """The text a speech verb vouches for, or None when it frames no claim.

    "X said (that) CLAUSE" covers the clause, "X reported 20 deaths" its figure, "CLAUSE, X said", "as reported by
    X" and "the attack was reported by X" the sentence. "al-Jolani announced a 'combing operation'" frames no claim:
    a figure elsewhere in the sentence or paragraph is not his.
    """
    whole = Span(sent.start_char, sent.end_char)
    if verb.lemma_.lower() == "cite":
        return whole
    if any(c.dep_ in ("agent", "nsubjpass") for c in verb.children):
        return whole
    if verb.dep_ in _FRAME_DEPS or (verb.dep_ == "ROOT" and verb.i > sent.start and any(
            (c.dep_ in _FRONTED_DEPS and c.i < verb.i) or (c.dep_ == "nsubj" and c.i > verb.i)
            for c in verb.children)):
        return whole  # "CLAUSE, police said" / "“…,” said Officer X"
    for c in verb.children:
        if c.dep_ in _CLAUSE_DEPS or (c.dep_ == "dobj" and any(t.like_num for t in c.subtree)):
            sub = list(c.subtree)
            lo_i, hi_i = sorted((verb.i, sub[0].i))
            if any(t.text in _CLAUSE_BREAKS for t in verb.doc[lo_i:hi_i]):
                continue  # "announced an inquiry – he has learned…": a new clause, not what was announced
            return Span(sub[0].idx, sub[-1].idx + len(sub[-1].text))
    if verb.dep_ == "ccomp" and verb.head.i < verb.i and not _is_speech(verb.head) and not any(
            t.text in _CLAUSE_BREAKS for t in verb.doc[verb.head.i: verb.i]):
        return whole  # "Two guards died, the chief said" parsed with 'said' under 'died'
    return None


def _is_toll_frame(tok: Token) -> bool:
    """'the monitor raised the toll to 973', 'SOHR put the number of dead at 1,225': a source setting a figure."""
    v = _vocab()
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in v.toll_verbs:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in v.toll_nouns for c in tok.children)


def _toll_cover(verb: Token) -> Span:
    sub = list(verb.subtree)
    return Span(sub[0].idx, sub[-1].idx + len(sub[-1].text))
