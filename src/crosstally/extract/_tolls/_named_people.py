"""How many people a victim told without a figure names: "a police officer and his wife" (2), "a woman and her
two children" (3), "X was killed along with his coordinator" (2), a list of names each with an age."""

from __future__ import annotations

from spacy.tokens import Token

from ._terms import _single_vocab, _vocab


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


def _comma_listed(arg: Token) -> list[Token]:
    """'a chief, his son and a police reservist': the parse hangs the second person on the first as an appositive
    and the third on the second as a conjunct. A list of people, not one person told twice, when the appositive
    starts with a possessive ("his son": a relative of the first, so not the first) and has conjuncts of its own:
    the people after the first; none otherwise ("Otieno, a teacher, and his wife" is read by the caller's rules)."""
    if not _solo_person(arg):
        return []
    for ap in (c for c in arg.children if c.dep_ == "appos" and c.i > arg.i):
        det = next((d for d in ap.children if d.dep_ in ("poss", "det") and d.i < ap.i), None)
        conj = [c for c in ap.conjuncts if c.i > ap.i]
        if (det is not None and det.lower_ in ("his", "her", "their") and _solo_person(ap) and conj
                and all(_solo_person(c) or _numbered_people(c) for c in conj)):
            return [ap, *conj]
    return []


def _listed_after_comma(arg: Token) -> int:
    """How many people "a chief, his son and a police reservist" names (3); 0 when it is no such list."""
    rest = _comma_listed(arg)
    return 1 + sum(_numbered_people(c) or 1 for c in rest) if rest else 0


_SINGULAR_AUX = frozenset({"was", "is", "has"})


def titles_of_one(arg: Token, verb: Token) -> bool:
    """'A trader and elder was shot', 'the chairman and founder of the club has died': singular nouns joined under
    the first noun's one determiner, with a singular verb, are one person's titles, not two people (each person
    would take a determiner of its own: "a trader and an elder were shot"). At least one noun is a person word."""
    conj = [c for c in arg.conjuncts if c.i > arg.i]
    if not conj or arg.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in arg.children):
        return False
    if not all(c.tag_ == "NN" and not any(g.dep_ in ("det", "poss", "nummod") for g in c.children) for c in conj):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not aux or aux[0].lower_ not in _SINGULAR_AUX:
        return False
    return any(_solo_person(t) for t in (arg, *conj))


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
    if conj and titles_of_one(arg, verb):
        along = _along_with(verb)
        return 1 + len(along)  # "a trader and elder was shot": one person's two titles
    if conj and _solo_person(arg) and all(_solo_person(c) or _numbered_people(c) for c in conj):
        return 1 + sum(_numbered_people(c) or 1 for c in conj)  # "a woman and her two children": 3
    listed = _listed_after_comma(arg)
    if listed > 1:
        return listed  # "killed a chief, his son and a police reservist": 3
    if _solo_person(arg) and _aged_then_kin(arg) is not None:
        return 2  # "killing a farmer aged 58 and his son": the age breaks the parse's conjunction
    listed = _listed_before_verb(arg, verb)
    if listed > 1:
        return listed  # "after his wife, her nephew, their baby and the cat were found dead": 3
    along = _along_with(verb)
    # "activist and director of the Y centre Otieno Maroa was killed along with his driver": titles of
    # one person (each a singular noun, not all people words), then one more beside him
    # "he died together with his son": the pronoun is one person too
    if along and (_solo_person(arg) or arg.lower_ in ("he", "she")) and all(c.tag_ in ("NN", "NNP") for c in conj):
        return 1 + len(along)
    return 1


def _aged_then_kin(arg: Token) -> Token | None:
    """'a farmer aged 58 and his son', 'a woman, 61, and her daughter': one person, the age, then a relative of
    theirs joined by "and". The parse hangs the relative on the age ("aged ... and his son" as its object, or the
    second comma's conjunction on the verb), so no conjunct of the person tells the second victim."""
    doc, i = arg.doc, arg.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "aged" and doc[i + 1].like_num:
        i += 2
    elif i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        i += 3
    else:
        return None
    if i + 2 >= len(doc) or doc[i].lower_ != "and" or doc[i + 1].lower_ not in ("his", "her", "their"):
        return None
    kin = doc[i + 2]
    if kin.pos_ == "ADJ" and i + 3 < len(doc):  # "and his elderly mother"
        kin = doc[i + 3]
    return kin if kin.tag_ == "NN" and kin.lemma_.lower() in _single_vocab()["singular_persons"] else None


_LIST_OPENERS = frozenset({"after", "when", "as", "before", "until", "once", "while", "where", "because"})


def _listed_before_verb(arg: Token, verb: Token) -> int:
    """How many people the list before the verb names (see :func:`list_before_verb`); 0 when none."""
    return list_before_verb(arg, verb)[0]


def list_before_verb(arg: Token, verb: Token) -> tuple[int, int]:
    """How many people a list told right before a passive verb names ("after his wife, her nephew, their baby and the
    cat were found dead": 3, the cat no person), when the parse breaks the list apart. The list
    runs from a clause opener ("after", "when") or the sentence's start to the verb's auxiliary; every item must
    end on a person noun or an animal. (people, index of the list's first word); (0, -1) when it is no such list."""
    aux = [c for c in verb.children if c.dep_ in ("auxpass", "aux") and c.i < verb.i]
    if not aux or arg.i > verb.i or verb.tag_ != "VBN":
        return 0, -1
    end = min(a.i for a in aux)
    k = end - 1
    doc = arg.doc
    sent_start = arg.sent.start
    while k > sent_start and doc[k - 1].lower_ not in _LIST_OPENERS and doc[k - 1].pos_ not in ("VERB", "AUX"):
        k -= 1
    if not k <= arg.i < end:
        return 0, -1
    items: list[list[Token]] = [[]]
    for t in doc[k:end]:
        if t.text in (",", "&") or t.lower_ == "and":
            if items[-1]:
                items.append([])
            continue
        items[-1].append(t)
    items = [i for i in items if i]
    if len(items) < 3:
        return 0, -1  # two items: the parse's own conjunction reading holds
    sv = _single_vocab()
    people = 0
    for item in items:
        head = item[-1]
        if head.lower_ in sv["animal_nouns"]:
            continue
        if head.pos_ != "NOUN" or head.lemma_.lower() not in sv["singular_persons"] or head.tag_ != "NN":
            return 0, -1
        people += 1
    return people, k
