"""A death told as a survival that failed: "The driver did not survive", "she didn't survive her wounds"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import Count
from ...records import Span as CharSpan
from ._terms import _PRONOUNS_SUBJ, METHOD, _single_vocab


def did_not_survive(sent: Span, tok: Token) -> Count | None:
    """One person dead: a negated 'survive' whose subject is one person (a pronoun, a person noun or a name)."""
    if tok.lemma_.lower() != "survive" or tok.pos_ != "VERB" or not any(
            c.dep_ == "neg" and c.lower_ in ("not", "n't", "never") for c in tok.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "would", "will") for c in tok.children):
        return None  # "he may not survive": a fear, not a death
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in ("nummod", "conj") for c in subj.children):
        return None
    person = (subj.lower_ in _PRONOUNS_SUBJ and subj.lower_ not in ("they", "we")) or (
        subj.tag_ == "NN" and subj.lemma_.lower() in _single_vocab()["singular_persons"]) or (
        subj.tag_ == "NNP" and subj.ent_type_ == "PERSON")
    if not person:
        return None
    start = min(t.i for t in subj.subtree)
    span = sent.doc[start : tok.i + 1]
    return Count(kind="killed", low=1, high=1, qualifier="exact", group=subj.text, evidence=[CharSpan(
        span.start_char, span.end_char)], phrase=span.text, method=METHOD, confidence=0.5)
