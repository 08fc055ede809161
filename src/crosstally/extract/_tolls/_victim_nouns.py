"""One victim told by a noun, no verb of harm: "the shooting death of a 30-year-old woman", "the man is in
critical condition", "left a teenager dead and another with serious wounds"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import Count
from ...records import Span as CharSpan
from ._bodies import lone_body
from ._kinds import _unrealised
from ._lone_args import _hospital_after
from ._no_survival import did_not_survive, was_dead
from ._one_person import _person_arg
from ._persons import _another
from ._terms import _PRONOUNS_OBJ, METHOD, SHOT_METHOD, _single_vocab


def _another_hurt(sent: Span) -> Count | None:
    """'left a teenager dead and another with serious wounds': one more person, hurt."""
    toks = list(sent)
    for n, t in enumerate(toks[:-2]):
        if t.lower_ != "another" or toks[n + 1].lower_ != "with":
            continue
        hurt = next((k for k in range(n + 2, min(len(toks), n + 6))
                     if toks[k].lemma_.lower() in ("injury", "wound")), None)
        if hurt is None:
            continue
        # the evidence starts at the person noun "another" stands for ("one man dead and another"), when told
        noun = next((k for k in range(n - 1, max(-1, n - 7), -1)
                     if toks[k].lemma_.lower() in _single_vocab()["singular_persons"]), n)
        span = sent.doc[toks[noun].i : toks[hurt].i + 1]
        return Count(kind="injured", low=1, high=1, qualifier="exact", group="another",
                     evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=METHOD,
                     confidence=0.5)
    return None


def _condition_of(sent: Span, tok: Token) -> Count | None:
    """'the man is in critical condition', 'left a woman in stable condition': one person hurt and alive.

    Marked like "was shot" (fate untold): a later death of that person ("he died in hospital") replaces it.
    """
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head is prep:
        return None
    verb = prep.head
    deps = ("dobj",) if verb.lemma_.lower() == "leave" else ("nsubj", "nsubjpass")
    args = [c for c in verb.children if c.dep_ in deps]
    if not args and verb.dep_ == "conj":  # "was taken to hospital and is in critical condition"
        args = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    arg = next((a for a in args if _person_arg(a, strict=True) and a.lower_ not in _PRONOUNS_OBJ), None)
    if arg is None or _unrealised(verb):
        return None
    pron = arg.pos_ == "PRON"
    left = arg.i if pron else min(t.i for t in arg.subtree)
    a, b = min(left, tok.i), max(arg.i, tok.i)
    span = sent.doc[a : b + 1]
    words = sent.doc[left : arg.i + 1]
    while len(words) > 1 and words[0].pos_ == "DET" and not _another(words[0].text):
        words = words[1:]
    group = None if pron else words.text
    return Count(kind="injured", low=1, high=1, qualifier="exact", group=group,
                 evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=SHOT_METHOD,
                 confidence=0.4)


def _death_of(sent: Span, tok: Token) -> Count | None:
    """'the shooting death of a 30-year-old woman', 'in the death of his daughter': one person killed."""
    if any(c.dep_ == "nummod" for c in tok.children) or tok.tag_ != "NN" or _unrealised(tok):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.lower_ in _PRONOUNS_OBJ or not _person_arg(pobj, strict=True):
        return None
    left = min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod", "nmod") or t.i == tok.i)
    span = sent.doc[left : pobj.i + 1]
    group = sent.doc[min(t.i for t in pobj.subtree) : pobj.i + 1]
    return Count(kind="killed", low=1, high=1, qualifier="exact", group=group.text,
                 evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=METHOD,
                 confidence=0.5)


def fate_word(sent: Span, tok: Token, have: set[str]) -> tuple[bool, Count | None, str]:
    """One victim's fate told by a word that is no harm verb: "the death of a boy", "his body was found", "the
    driver did not survive", "he was dead by then", "in critical condition".

    Returns whether ``tok`` is such a word (the sentence pass then reads no verb there), the count it gives, and
    its kind. Why here: the sentence pass in ``_lone_victims`` keeps to the harm verbs; these are its noun-like
    readings, each for a fate the sentence has not told yet (``have``)."""
    low = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and low == "death":
        return True, (_death_of(sent, tok) if "killed" not in have else None), "killed"
    if tok.pos_ == "NOUN" and tok.lower_ in ("body", "corpse") and "killed" not in have:
        return True, lone_body(sent, tok), "killed"
    if low == "survive" and "killed" not in have:
        return True, did_not_survive(sent, tok), "killed"
    if low == "be" and "killed" not in have:
        got = was_dead(sent, tok)
        return got is not None, got, "killed"  # any other "be" is read on as a verb
    if tok.pos_ == "NOUN" and "injured" not in have and (low == "condition" or _hospital_after(tok)):
        return True, _condition_of(sent, tok), "injured"
    return False, None, ""
