"""Which word a lone victim's verb names as the victim: its subject or object, the subject of a verb it is joined
to ("was shot and killed"), the noun a relative clause or a reduced one hangs on ("a man who was found dead", "a
woman shot dead in her car"), the first noun after a dateline's dash."""

from __future__ import annotations

from spacy.tokens import Token

from ._terms import _PRONOUNS_OBJ, _single_vocab


def _verb_args(tok: Token, deps: tuple[str, ...], climb: bool = False) -> list[Token]:
    if tok.lemma_.lower() in _single_vocab()["found_dead_verbs"]:
        # "officers found the woman dead": the parse makes her the subject of "dead", not the finders' object
        dead = [g for c in tok.children if c.lower_ == "dead" and c.dep_ == "ccomp" for g in c.children
                if g.dep_ == "nsubj"]
        if dead:
            return dead
    args = [c for c in tok.children if c.dep_ in deps]
    if "dobj" in deps:  # "has shot dead his boss": the parse hangs the victim on 'dead', not on the verb
        args += [g for c in tok.children if c.lower_ == "dead" and c.i == tok.i + 1 for g in c.children
                 if g.dep_ == "dobj"]
    if len(args) > 1:  # "killed his ex-wife": the parse splits the word into three objects, the last its head
        doc = tok.doc
        args = [a for a in args if a.text not in ("-", "–") and not (
            a.i + 2 < len(doc) and doc[a.i + 1].text in ("-", "–") and doc[a.i + 2] in args)] or args
    named = _name_read_as_aux(tok) if "nsubjpass" in deps else []
    if named:
        args = named
    if not args and tok.dep_ == "conj":  # "was shot and killed": the subject hangs on the first verb
        # ("suffered a wound and was pronounced dead": the first verb's object is not who was pronounced dead)
        own = deps if tok.lemma_.lower() not in ("pronounce", "find", "declare") else ("nsubjpass", "nsubj")
        if tok.lemma_.lower() in _single_vocab()["death_verbs"]:
            own = ("nsubj", "nsubjpass")  # "a man was wounded in the attack and later died"
        args = [c for c in tok.head.children if c.dep_ in own or (c.dep_ == "nsubj" and "nsubjpass" in deps)]
    if not args and "dobj" in deps:  # "killing and robbing him": the object is shared with the next verb
        args = [g for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                for g in c.children if g.dep_ == "dobj" and g.lower_ in _PRONOUNS_OBJ]
    if not args and "nsubjpass" in deps and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
        # "was on Tuesday killed": a passive whose subject the parse hangs on the verb or on its "was"
        args = [c for x in (tok, *(a for a in tok.children if a.dep_ == "auxpass")) for c in x.children
                if c.dep_ == "nsubj" and c.i < tok.i]
    if (not args and "nsubjpass" in deps and tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acomp", "xcomp")
            and tok.head.lemma_.lower() == "be" and tok.head.i < tok.i):
        # "a thief was yesterday lynched": a phrase between "was" and the participle detaches it
        args = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not args and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in ("suffer", "sustain"):
        args = [tok.head]  # "deputies found a woman suffering from a stab wound"
    if (not args and "dobj" in deps and tok.dep_ == "amod" and tok.head.pos_ == "PROPN" and tok.head.i == tok.i + 1
            and any(c.dep_ == "advmod" and c.lower_ in ("fatally", "mortally") for c in tok.children)):
        args = [tok.head]  # "an officer, Al Roe, fatally shot Peale": the parse reads the verb as the name's adjective
    if not args and tok.dep_ == "acl" and "nsubjpass" in deps and tok.tag_ == "VBN":
        args = [tok.head]  # "the man found dead on Friday", "a woman shot dead in her car"
    if (not args and "nsubjpass" in deps and tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp", "oprd")
            and tok.head.lemma_.lower() in ("find", "leave") and not any(c.dep_.startswith("aux") for c in tok.children)):
        args = [c for c in tok.children if c.dep_ == "nsubj"]  # "deputies found a woman shot in the arm"
    if not args and climb and "nsubjpass" in deps:
        # "was found shot and killed", "was found stabbed to death": the victim is the subject of "found"
        cur = tok.head if tok.dep_ == "conj" else tok
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in ("find", "leave"):
            args = [c for c in cur.head.children if c.dep_ == "nsubjpass"]
    # "a man who was found dead": the relative pronoun stands for the noun the clause hangs on
    out = [_past_dateline(tok.head if a.lower_ in ("who", "that") and tok.dep_ == "relcl" else a) for a in args]
    return list({a.i: a for a in out}.values())


def _name_read_as_aux(tok: Token) -> list[Token]:
    """"county legislator Jacinta Were was shot dead": a surname that is also an auxiliary ("Were", "Will") is read as
    one, and the subject hangs on it. A capitalised auxiliary after a proper noun, not at the sentence's start, before
    the verb's own auxiliary ("Were was"), is the end of a name: the name is the subject."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i]
    for a in auxes:
        before = a.doc[a.i - 1] if a.i >= 1 else None
        if (a.text[:1].isupper() and not a.is_sent_start and before is not None and before.tag_ == "NNP"
                and any(b.i > a.i for b in auxes)):
            # the subject the parse hangs on the name's last word ("legislator Jacinta", "councillor"), else the
            # given name itself
            return [c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")] or [before]
    return []


_DASHES = frozenset({"—", "–", "--"})


def _past_dateline(arg: Token) -> Token:
    """"COTABATO CITY, Philippines — A village chief and his bodyguard were shot dead": the parse makes the dateline
    the subject and the victims its apposition; the subject is the first noun after the dateline's dash."""
    if arg.pos_ != "PROPN" or arg.i > 12 or not arg.text.isupper():
        return arg
    dash = next((t for t in arg.subtree if t.text in _DASHES and t.i > arg.i), None)
    if dash is None:
        return arg
    after = [t for t in arg.subtree if t.i > dash.i and t.dep_ == "appos" and t.head.i < dash.i
             and t.pos_ in ("NOUN", "PROPN")]
    # "ALBUQUERQUE, N.M. (AP) — A man who ... was shot": the parse gives the verb two subjects, the dateline first
    after = after or [c for c in arg.head.children if c.dep_ == arg.dep_ and c.i > dash.i]
    return after[0] if after else arg
