"""Readings of a lone victim's argument that point at another word: the victims an appositive lists ("The victims, a
man and a woman, were shot"), the victim told after a man held ("Man in custody after wife found shot"), and the hurt
told by where an attack left them ("a teenager is in the hospital after a stabbing").

Why: the sentence pass (``_lone_victims._singular_victims``) reads one argument per victim verb; these say which
word that argument is, or that a noun tells the hurt. Round 27 (GVDB dev).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ._named_people import list_before_verb
from ._one_person import _person_arg
from ._terms import _single_vocab


def _hospital_after(tok: Token) -> bool:
    """'A teenager is in the hospital after a stabbing': the hurt told by where an attack left them (the lone person's
    reading of count_terms' "in the hospital after"); a crash or a fall is no attack."""
    doc = tok.doc
    if tok.lower_ != "hospital" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in ("after", "following"):
        return False
    rest = doc[tok.i + 2 : min(tok.sent.end, tok.i + 8)].text
    return re.search(r"\b(?:shooting|shot|stabbing|stabbed|gunfire|attack|assault|beating)\b", rest, re.I) is not None


def _listed_in_appositive(arg: Token) -> Token:
    """"The victims, a man and a woman, were shot": the appositive's first person, whose conjuncts are counted with
    it; else ``arg`` itself."""
    if arg.tag_ != "NNS" or arg.lemma_.lower() not in ("victim", "person", "people") or any(
            c.dep_ in ("nummod", "amod") for c in arg.children):
        return arg
    named = [c for c in arg.children if c.dep_ == "appos" and c.tag_ in ("NN", "NNP") and c.conjuncts]
    if named and (named[0].lemma_.lower() in _single_vocab()["singular_persons"] or named[0].ent_type_ == "PERSON"):
        return named[0]
    return arg


def _victim_of(arg: Token, verb: Token, headline: bool) -> Token | None:
    """The argument, unless it is a person held ("Man in custody after wife found shot"): then the person after
    "after" (a phrase or a clause), when one person, is the victim; else None."""
    if not any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "custody" for g in c.children)
               for c in arg.children):
        return arg
    after = [g for c in arg.children if c.dep_ == "prep" and c.lower_ == "after" for g in c.children
             if g.dep_ == "pobj" and g.i < verb.i]
    after += [g for c in arg.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "after" for m in c.children) for g in c.children
        if g.dep_ in ("nsubj", "nsubjpass") and g.i < verb.i]  # "after fiancee found": a clause
    if not after or not _person_arg(after[0], True, headline):
        return None
    return after[0]


def _list_start(arg: Token, verb: Token, people: int, left: int) -> int:
    """Where the evidence of ``people`` victims opens: at a list told before the verb ("after his fiancee, her son
    and their dog were found dead") when it names them all, else at ``left``."""
    listed, first = list_before_verb(arg, verb)
    return min(left, first) if listed == people else left
