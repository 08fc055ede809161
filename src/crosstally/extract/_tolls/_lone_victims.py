"""Lone victims told without a figure: "a man was shot dead", "she was wounded", "the death of a boy"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import Count
from ...records import Span as CharSpan
from ._bodies import lone_body
from ._kinds import _noun_kind, _unrealised
from ._no_survival import did_not_survive
from ._persons import _another
from ._terms import (
    _PRONOUNS_OBJ,
    _PRONOUNS_SUBJ,
    _SINGULAR_KINDS,
    DIED_METHOD,
    METHOD,
    SHOT_METHOD,
    _single_vocab,
    _vocab,
)


def _verb_args(tok: Token, deps: tuple[str, ...], climb: bool = False) -> list[Token]:
    if tok.lemma_.lower() in _single_vocab()["found_dead_verbs"]:
        # "officers found the woman dead": the parse makes her the subject of "dead", not the finders' object
        dead = [g for c in tok.children if c.lower_ == "dead" and c.dep_ == "ccomp" for g in c.children
                if g.dep_ == "nsubj"]
        if dead:
            return dead
    args = [c for c in tok.children if c.dep_ in deps]
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
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    # "soldiers shoot dead commander of the unit": the parse makes "dead" the object's adjective
    return nxt is not None and nxt.lower_ == "dead" and nxt.dep_ == "amod" and nxt.head.dep_ == "dobj" \
        and nxt.head.head.i == tok.i


def _headline(sent: Span) -> bool:
    """A Title Case line ("Man Shot Outside Nightclub"): its capitals say nothing about names."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) > 0.6 * len(words)


def _person_arg(arg: Token, strict: bool, headline: bool = False) -> bool:
    """Is this argument one person? ``strict``: a person noun or a PERSON name, not any singular noun."""
    v = _vocab()
    low = arg.lower_
    if low in _PRONOUNS_SUBJ or low in _PRONOUNS_OBJ:
        return True
    if low == "another" and arg.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True  # "one man died and another was injured": one more person
    if low == "one" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in _single_vocab()["singular_persons"] or g.lemma_.lower() in v["people"])
            for g in c.children) for c in arg.children):
        return True  # "one of the victims, a 20-year-old woman, died"
    if low == "old" and any(c.lower_ in ("year", "years") for c in arg.children):  # "the 19-year-old died"
        return True
    if arg.is_upper and len(arg) > 2 and any(
            c.dep_ == "appos" and c.lemma_.lower() in _single_vocab()["singular_persons"]
            and not any(g.dep_ in ("nummod", "conj") for g in c.children) for c in arg.children):
        return True  # "ELMWOOD, Ky. - A 41-year-old driver was shot": the parse hangs the driver on the dateline's town
    if not (arg.tag_ in ("NN", "NNP") and arg.pos_ in ("NOUN", "PROPN")):
        return False
    if any(c.lower_ == "old" and any(g.lower_ in ("year", "years") for g in c.children) for c in arg.children):
        return not any(c.dep_ in ("nummod", "conj") for c in arg.children)  # "38-year-old Goldie Long"
    if any((c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"))
           or (c.dep_ == "nummod" and c.lower_ not in ("one", "1")) for c in arg.children):
        return False  # "one person was shot" is one person; "two men", "a man and a woman" are not
    if arg.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in _single_vocab()["singular_persons"]
                                   for c in arg.children):
        return True  # "Moreno, a 31-year-old father of two, died": the appositive says a person (whatever NER says)
    if (arg.pos_ == "PROPN" and arg.ent_type_ not in ("GPE", "LOC", "FAC")
            and any(c.dep_ == "appos" and c.text.isdigit() and int(c.text) < 120 for c in arg.children)
            and any(c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN") and c.text[:1].isupper()
                    for c in arg.children)):
        return True  # "Terrell Banks, 33, of Akron, died": a first and last name with an age (whatever NER says)
    if arg.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
        return False
    if low in v["numbers"] or _noun_kind(arg) or low in _single_vocab()["animal_nouns"]:
        return False  # "slaughtering a cow": no person
    if not strict:
        return True
    if arg.lemma_.lower() in _single_vocab()["singular_persons"]:
        return True
    return arg.pos_ == "PROPN" and (arg.ent_type_ == "PERSON" or (not arg.ent_type_ and not headline))


def _verb_reading(tok: Token) -> tuple[str | None, tuple[str, ...], bool, str]:
    """(kind, argument deps, strict person test, method) for a verb that can state one victim."""
    v = _vocab()
    sv = _single_vocab()
    lem = tok.lemma_.lower()
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


def _singular_victims(sent: Span, found: list[Count], apart: set[int] | None = None) -> list[Count]:
    """'killed the director', 'the suspect was killed', 'a man died', 'she was shot': one person, no figure given.

    A second such victim in the same sentence counts apart when its clause is joined to the first and names a
    new person ("One woman was shot in the shoulder and a 35-year-old man was shot twice")."""
    have = {c.kind for c in found}
    out: list[Count] = []
    headline = _headline(sent)
    first_verb: dict[str, Token] = {}
    got = _another_hurt(sent) if "injured" not in have else None
    if got is not None:
        out.append(got)
        have.add("injured")
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == "death":
            got = _death_of(sent, tok) if "killed" not in have else None
            if got is not None:
                out.append(got)
                have.add("killed")
            continue
        if tok.pos_ == "NOUN" and tok.lower_ in ("body", "corpse") and "killed" not in have:
            got = lone_body(sent, tok)  # "His body was found near a stream": one death
            if got is not None:
                out.append(got)
                have.add("killed")
            continue
        if tok.lemma_.lower() == "survive" and "killed" not in have:
            got = did_not_survive(sent, tok)  # "The driver did not survive": one death
            if got is not None:
                out.append(got)
                have.add("killed")
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == "condition" and "injured" not in have:
            got = _condition_of(sent, tok)
            if got is not None:
                out.append(got)
                have.add("injured")
            continue
        if tok.pos_ != "VERB" and not _verb_as_noun(tok):
            continue
        kind, deps, strict, method = _verb_reading(tok)
        if kind is None or _unrealised(tok):
            continue
        fates = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]  # "shot and killed", not "and a woman was wounded"
        if kind == "injured" and any(_vocab()["verbs"].get(c.lemma_.lower()) == "killed" for c in fates):
            continue  # "a man was shot and killed and a woman was wounded": his fate is the killing, told apart
        if method == SHOT_METHOD and any(c.lemma_.lower() in _single_vocab()["plain_injury_verbs"] for c in fates):
            method = METHOD  # "was shot and wounded": the fate is told, hurt and alive
        second = kind in have and (_second_victim(tok, first_verb.get(kind)) or _joined_to_found(tok, found, kind)
                                   or _also_another(tok, found, kind))
        if kind in have and not second:
            continue
        args = _verb_args(tok, deps, climb=kind == "killed")
        if any(a.dep_ in ("dobj", "nsubjpass") for a in args):  # "gunmen shot dead a shopkeeper": not the gunmen
            args = [a for a in args if a.dep_ != "nsubj"]
        if kind == "killed" and _hurt_then_died(tok, args, found):
            have.add(kind)
            first_verb.setdefault(kind, tok)
            continue
        for arg in args:
            if arg.dep_ == "dobj" and arg.lower_ in _PRONOUNS_SUBJ:
                continue
            if arg.dep_ != "dobj" and arg.lower_ in _PRONOUNS_OBJ:
                continue
            people = _coordinated_persons(arg, tok)
            if people == 1 and not _person_arg(arg, strict, headline):
                continue
            if tok.tag_ == "VBG" and arg.i == tok.i + 1 and (
                    (tok.i > sent.start and (sent.doc[tok.i - 1].pos_ in ("DET", "ADJ", "PROPN")
                                             or sent.doc[tok.i - 1].dep_ == "poss"))
                    or (arg.lemma_.lower() in ("suspect", "victim") and not any(c.dep_ == "aux" for c in tok.children))):
                continue  # "the shooting suspect", "Sunday's shooting victim": a noun compound, not an act
            pron = arg.pos_ == "PRON"
            left = min(t.i for t in arg.subtree) if not pron else arg.i
            a, b = min(left, tok.i), max(arg.i, tok.i)
            for c in tok.children:  # the fate belongs in the evidence: "was pronounced dead", "shot to death"
                if c.lower_ == "dead" or (c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 1):
                    b = max(b, *(t.i for t in c.subtree))
                elif c.dep_ == "dobj" and c.lemma_.lower() in ("wound", "injury") and c.i > tok.i:
                    b = max(b, c.i)
            if people > 1:  # the evidence runs to the last person named ("a police officer and his wife")
                b = max([b, *(t.i for t in arg.subtree if t.i > arg.i and t.pos_ in ("NOUN", "PROPN")),
                         *(t.i for t in _along_with(tok))])  # a list: max(b) alone would raise
            span = sent.doc[a : b + 1]
            group_span = sent.doc[left : arg.i + 1]
            while len(group_span) > 1 and (group_span[0].pos_ in ("DET", "PRON") or group_span[0].lower_ == "dead") \
                    and not _another(group_span[0].text):
                group_span = group_span[1:]
            if people > 1:  # "inspector and corporal", "activist and coordinator"
                named = [arg, *(c for c in arg.conjuncts if c.i > arg.i), *_along_with(tok)]
                group = " and ".join(t.text for t in named) if arg.lower_ not in _single_vocab()["pair_nouns"] \
                    else group_span.text
            if second and (pron or not _new_person(arg)):
                break
            out.append(
                Count(kind=kind, low=people, high=people, qualifier="exact",
                      group=None if pron else (group if people > 1 else group_span.text),
                      evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=method,
                      confidence=0.5 if method == METHOD else 0.4)
            )
            also = any(m.dep_ == "advmod" and m.lower_ in ("also", "too") for v in (tok, tok.head) for m in v.children)
            if apart is not None and (second or (also and not pron and _new_person(arg))):
                apart.add(id(out[-1]))  # "the officer also shot and killed a neighbor": one more victim
            have.add(kind)
            first_verb.setdefault(kind, tok)
            break
    return out


def _verb_as_noun(tok: Token) -> bool:
    """'Members of a vigilante group lynch a suspected thief': the tagger reads a plural subject's verb as a noun; a killing word
    heading the sentence with an object is the verb."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and _vocab()["verbs"].get(tok.lemma_.lower()) == "killed"
            and any(c.dep_ == "dobj" for c in tok.children) and any(c.dep_ == "nsubj" for c in tok.children))


def _solo_person(t: Token) -> bool:
    """One person named by a noun or a name, no figure ("his wife", "a corporal with the wildlife service")."""
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in t.children):
        return False
    if t.tag_ == "NN" and t.lemma_.lower() in _single_vocab()["singular_persons"]:
        return True
    return t.tag_ == "NNP" and t.ent_type_ == "PERSON"


def _numbered_people(t: Token) -> int:
    """'her two children', 'his 3 sons': a person noun with a small figure, joined to a lone victim; 0 otherwise."""
    if t.tag_ != "NNS":
        return 0
    lemma = t.lemma_.lower()
    if lemma not in _single_vocab()["singular_persons"] and lemma not in _vocab()["people"] \
            and t.lower_ not in _vocab()["people"]:
        return 0
    figures = [c for c in t.children if c.dep_ == "nummod"]
    if len(figures) != 1:
        return 0
    word = figures[0].lower_
    n = int(word) if word.isdigit() else _vocab()["numbers"].get(word, 0)
    return n if 2 <= n <= 20 else 0


def _along_with(verb: Token) -> list[Token]:
    """'was killed along with his coordinator', 'together with his wife': one more person beside the victim."""
    out: list[Token] = []
    doc = verb.doc
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):  # "was stabbed and killed, along with"
        for c in v.children:
            withs = [c] if c.lower_ == "with" else [g for g in c.children if g.lower_ == "with"] \
                if c.lower_ in ("along", "together") else []
            for w in withs:
                if w.i >= 1 and doc[w.i - 1].lower_ in ("along", "together"):
                    out += [g for g in w.children if g.dep_ == "pobj" and _solo_person(g)]
    return out


def _aged_names(arg: Token) -> int:
    """How many names a list of names with ages holds ("Nia Ford, 17, Omar Tate, 20, and Jalen Ruiz, 22": the parse
    chains them as appositives and conjuncts); 0 unless every name carries its age."""
    def aged(t: Token) -> bool:
        return t.pos_ == "PROPN" and any(c.dep_ == "appos" and c.text.isdigit() and int(c.text) < 120
                                         for c in t.children)

    if not aged(arg):
        return 0
    names = [arg]
    k = 0
    while k < len(names):
        for c in names[k].children:
            if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" and c.i > names[k].i:
                if not aged(c):
                    return 0
                names.append(c)
        k += 1
    return len(names)


def _coordinated_persons(arg: Token, verb: Token) -> int:
    """How many people a victim argument names without a figure: 'a police officer and his wife' (2), 'the
    parents of an MP' (2), 'X was killed along with his coordinator' (2); 1 otherwise (the caller's test)."""
    if arg.lower_ in _single_vocab()["pair_nouns"] and not any(c.dep_ == "nummod" for c in arg.children):
        return 2
    listed = _aged_names(arg)
    if listed > 1:
        return listed  # "Killed were Nia Ford, 17, Omar Tate, 20, and Jalen Ruiz, 22"
    conj = [c for c in arg.subtree if c.dep_ == "conj" and c.i > arg.i
            and c.head.i in (arg.i, *(x.i for x in arg.conjuncts if x.i > arg.i))]
    if conj and _solo_person(arg) and all(_solo_person(c) or _numbered_people(c) for c in conj):
        return 1 + sum(_numbered_people(c) or 1 for c in conj)  # "a woman and her two children": 3
    if not conj and _solo_person(arg) and _along_with(verb):
        return 1 + len(_along_with(verb))
    return 1


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


def _hurt_then_died(tok: Token, args: list[Token], found: list[Count]) -> bool:
    """'A woman was hurt in the blast and died two days later': the one counted hurt is the one who died. Her
    count moves from injured to killed (GVDB: injured means hurt and alive; ACLED: a death)."""
    if tok.dep_ != "conj" or tok.head.lemma_.lower() not in _single_vocab()["wound_verbs"] | _single_vocab()["plain_injury_verbs"]:
        return False
    for arg in args:
        for c in found:
            if c.kind == "injured" and c.low == 1 and c.high == 1 and any(
                    e.start <= arg.idx < e.end for e in c.evidence):
                c.kind, c.method = "killed", DIED_METHOD
                e = c.evidence[0]
                c.evidence[0] = CharSpan(e.start, max(e.end, tok.idx + len(tok.text)))  # through "died"
                c.phrase = tok.doc.text[c.evidence[0].start : c.evidence[0].end]
                return True
    return False


def _joined_to_found(tok: Token, found: list[Count], kind: str) -> bool:
    """'A woman was shot in the leg and a man was grazed in the arm': the figure pass counted the man (an article
    figure); the woman's verb, joined to his by "and", tells one more person, not him again."""
    same = [c for c in found if c.kind == kind]
    if not same or any(c.low != 1 for c in same) or not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in tok.children):
        return False
    own = (min(t.i for t in tok.subtree), tok.i)
    start, end = tok.doc[own[0]].idx, tok.idx + len(tok.text)
    return all(not (e.start < end and start < e.end) for c in same for e in c.evidence)


def _also_another(tok: Token, found: list[Count], kind: str) -> bool:
    """'gunmen shot dead a candidate ...; a passer-by was also killed': a person noun of its own clause told "also"
    with the same fate is one more victim, not the first again."""
    if not any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj") and c.pos_ == "NOUN"]
    if not subj:
        return False
    start = min(t.idx for t in subj[0].subtree)
    end = max(t.idx + len(t.text) for t in subj[0].subtree)
    return all(not (e.start < end and start < e.end) for c in found if c.kind == kind for e in c.evidence)


def _second_victim(tok: Token, first: Token | None) -> bool:
    """A verb joined to the first victim's verb by "and" ("X was shot ... and a man was shot")."""
    return first is not None and tok.i != first.i and tok.dep_ == "conj" and tok.head.i == first.i and any(
        c.dep_ in ("nsubjpass", "nsubj", "dobj") for c in tok.children)


def _new_person(arg: Token) -> bool:
    """An indefinite or counted person ("a 29-year-old man", "one woman", "another man"): not one told before."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in arg.children)


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
