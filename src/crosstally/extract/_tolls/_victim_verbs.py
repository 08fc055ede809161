"""What a verb says befell one victim told without a figure (killed, injured, or nothing) and which of its
arguments can be that victim: "was shot dead", "died", "suffered a gunshot wound", "was treated for injuries",
a headline's reduced passive ("Waitress shot while trying to help")."""

from __future__ import annotations

from spacy.tokens import Token

from ._kinds import verb_lemma
from ._one_person import _person_arg
from ._terms import _SINGULAR_KINDS, METHOD, SHOT_METHOD, _single_vocab, _vocab


def _is_fatal(tok: Token) -> bool:
    """'fatally shot', 'shot to death', 'beaten to death'."""
    sv = _single_vocab()
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in sv["fatal_adverbs"]:
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children):
            return True
        if c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "advmod", "xcomp", "ccomp"):  # "shot dead"
            return True
        if c.lower_ == "dead" and c.dep_ == "advcl" and c.i > tok.i + 1:  # "shot a robbery suspect dead"
            return True
        if c.dep_ == "dobj" and any(g.lower_ == "dead" and g.dep_ == "amod" and g.i == c.i + 1 for g in c.children):
            return True  # "police shoot gang suspect dead": 'dead' after the object, parsed as its adjective
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    # "soldiers shoot dead commander of the unit": the parse makes "dead" the object's adjective
    return nxt is not None and nxt.lower_ == "dead" and nxt.dep_ == "amod" and nxt.head.dep_ == "dobj" \
        and nxt.head.head.i == tok.i


def _verb_reading(tok: Token) -> tuple[str | None, tuple[str, ...], bool, str]:
    """(kind, argument deps, strict person test, method) for a verb that can state one victim."""
    v = _vocab()
    sv = _single_vocab()
    lem = verb_lemma(tok)
    if lem in sv["death_verbs"]:
        return "killed", ("nsubj",), True, METHOD
    # ("pronounced deceased" is read by the later-death pass, which keeps the first telling of the one shot)
    # "One victim, a 36-year-old man, was pronounced deceased": a noun subject states its own victim (a pronoun's
    # "she was pronounced deceased" stays with that pass)
    deceased_ok = lem == "declare" or (lem == "pronounce" and not any(
        c.dep_ in ("nsubjpass", "nsubj") and c.pos_ == "PRON" for c in tok.children))
    if lem in ("pronounce", "find", "declare") and any((c.lower_ == "dead" or (c.lower_ == "deceased" and deceased_ok))
                                                      and c.dep_ in ("acomp", "oprd", "advcl", "xcomp", "ccomp")
                                                      for c in tok.children):
        return "killed", ("nsubjpass", "dobj", "nsubj"), True, METHOD  # "the man found dead": reduced relative
    if (lem == "find" and tok.tag_ == "VBN" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "dead"
            and any(c.dep_ == "auxpass" for c in tok.children)):
        return "killed", ("nsubjpass",), True, METHOD  # "were found dead Sunday": the parse hangs "dead" on the day
    if lem == "set" and any((c.lower_ in ("ablaze", "alight") and c.dep_ in ("advmod", "acomp", "oprd", "xcomp"))
                            or (c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children))
                            for c in tok.children):
        # "a suspected thief was set ablaze by a mob": a person set on fire, how notes tell a mob's killing (the
        # strict person test keeps "houses were set ablaze" out)
        return "killed", ("nsubjpass", "dobj"), True, METHOD
    if lem in sv["wound_verbs"] and _is_fatal(tok):
        # a headline's reduced passive ("Student shot dead") parses its victim as the subject
        return "killed", ("nsubjpass", "dobj", "nsubj"), True, METHOD
    if lem in ("suffer", "sustain") and any(
        (c.dep_ == "dobj" and c.lemma_.lower() in ("wound", "injury"))
        or (c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in ("wound", "injury") for g in c.children))
        for c in tok.children
    ):  # "she suffered two gunshot wounds", "a woman suffering from a stab wound": hurt, the fate untold
        return "injured", ("nsubj",), True, SHOT_METHOD
    if lem == "find" and any(c.dep_ in ("xcomp", "oprd") and c.lower_ == "shot" and not _is_fatal(c)
                             and not any(g.dep_ in ("prep", "prt") and g.lower_ in ("at", "upon") for g in c.children)
                             for c in tok.children):
        return "injured", ("nsubjpass", "dobj"), True, SHOT_METHOD  # "a man, 40, was found shot in his side"
    found = [c for c in tok.children if c.dep_ == "dobj"] if lem in ("find", "discover", "locate", "leave") else []
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.lower_ in sv["wound_nouns"] for g in c.children if g.dep_ == "pobj")
           for c in [*tok.children, *(x for f in found for x in f.children)]):  # "found a man with a wound"
        # "a second victim was found ... with a gunshot wound", "was taken to a hospital with gunshot wounds",
        # "arrived at the hospital with a gunshot wound": hurt, the fate untold (yields to a death)
        return "injured", ("nsubjpass", "dobj", "nsubj"), True, SHOT_METHOD
    if lem == "treat" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and g.lower_ in sv["wound_nouns"] for g in c.children) for c in tok.children):
        # "she was treated for minor injuries": hurt, alive (yields to a death like "was shot")
        return "injured", ("nsubjpass",), True, SHOT_METHOD
    if lem == "treat" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and any(
            (c.dep_ == "prep" and c.lower_ in ("at", "in") and any(
                g.dep_ == "pobj" and g.lower_ in sv["care_places"] for g in c.children))
            or (c.dep_ == "conj" and c.lemma_.lower() in sv["care_outcomes"]) for c in tok.children):
        # "a third man was treated at the hospital and sent home", "was treated and released": hurt, alive
        return "injured", ("nsubjpass",), True, SHOT_METHOD
    if lem == "recover" and not any(c.dep_ == "dobj" for c in tok.children):
        return "injured", ("nsubj",), True, METHOD  # "a man is recovering after the shooting": hurt, alive
    kind = v["verbs"].get(lem)
    if (kind == "killed" and tok.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass", "prt", "xcomp", "conj", "dative") for c in tok.children)
            and any(c.dep_ == "nsubj" and c.i < tok.i and _person_arg(c, True) for c in tok.children)):
        # a note's reduced passive ("Man killed during argument", "terror suspect killed"): no object, no "was",
        # the subject is the one killed; a person noun is required
        return kind, ("nsubj",), True, METHOD
    headline = _headline_passive(tok)
    if kind in _SINGULAR_KINDS:
        # "hurt" and "injure" take things too ("hurt the dollar", "profit was hurt"): a person is required.
        return kind, ("nsubjpass", "dobj", "nsubj") if headline else ("nsubjpass", "dobj"), kind == "injured", METHOD
    if lem in sv["wound_verbs"] and lem not in sv["plain_injury_verbs"]:
        return "injured", ("nsubjpass", "dobj", "nsubj") if headline else ("nsubjpass", "dobj"), True, SHOT_METHOD
    return None, (), False, METHOD


def _headline_passive(tok: Token) -> bool:
    """A headline's reduced passive: "Waitress shot while trying to help", "Teen wounded near school" (no "was", no
    object, a bare singular person noun for subject: prose would say "a waitress", so the noun is the one hurt)."""
    if tok.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass", "prt", "xcomp", "dative") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    return (subj is not None and subj.tag_ == "NN" and subj.i == tok.i - 1
            and subj.lemma_.lower() in _single_vocab()["singular_persons"]
            and not any(c.dep_ in ("det", "poss", "nummod") for c in subj.children))


def _verb_as_noun(tok: Token) -> bool:
    """'Members of a vigilante group lynch a suspected thief': the tagger reads a plural subject's verb as a noun; a killing word
    heading the sentence with an object is the verb."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and _vocab()["verbs"].get(tok.lemma_.lower()) == "killed"
            and any(c.dep_ == "dobj" for c in tok.children) and any(c.dep_ == "nsubj" for c in tok.children))
