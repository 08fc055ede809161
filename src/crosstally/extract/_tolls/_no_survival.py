"""A death told as a survival that failed: "The driver did not survive", "she didn't survive her wounds"; or as
the state a person was found in: "he was dead by the time medics came"."""

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


def was_dead(sent: Span, tok: Token) -> Count | None:
    """One person dead, told by the copula: "he was dead by the time medics came" (the state after an attack, a
    death all the same: ACLED counts it). The subject is "he" or "she", the person the attack was told of; a
    negation or a modal ("may be dead") tells no death."""
    if tok.lemma_.lower() != "be" or tok.pos_ not in ("AUX", "VERB") or not any(
            c.dep_ == "acomp" and c.lower_ == "dead" for c in tok.children):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "would", "will"))
           for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in ("nummod", "conj") for c in subj.children):
        return None
    if subj.lower_ not in ("he", "she"):
        return None  # a noun ("another man was dead") may tell again or apart a victim a figure holds
    dead = next(c for c in tok.children if c.dep_ == "acomp" and c.lower_ == "dead")
    start = min(t.i for t in subj.subtree)
    span = sent.doc[start : dead.i + 1]
    return Count(kind="killed", low=1, high=1, qualifier="exact", group=subj.text, evidence=[CharSpan(
        span.start_char, span.end_char)], phrase=span.text, method=METHOD, confidence=0.5)
