"""Whether a verb's argument is one person ("she", "the 19-year-old", "Terrell Banks, 33,") and not a thing, a
place, an animal or a counted group; a Title Case headline says nothing about names by its capitals."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ._kinds import _noun_kind
from ._terms import _PRONOUNS_OBJ, _PRONOUNS_SUBJ, _single_vocab, _vocab


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
    if arg.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in arg.children) and any(
            c.dep_ == "compound" and c.tag_ == "NN" and c.lemma_.lower() in _single_vocab()["singular_persons"]
            and arg.doc[c.i - 1].dep_ == "det" for c in arg.children):
        return True  # "a herder watering camels was shot": 'a' before a plural noun, the parse lost the person
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
    if _titled_name(arg):
        return True  # "MP, Ilmi Gelle of ... was killed": the parse made the name a conjunct of the title
    if any((c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"))
           or (c.dep_ == "nummod" and c.lower_ not in ("one", "1")) for c in arg.children):
        return False  # "one person was shot" is one person; "two men", "a man and a woman" are not
    if arg.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in _single_vocab()["singular_persons"]
                                   for c in arg.children):
        return True  # "Moreno, a 31-year-old father of two, died": the appositive says a person (whatever NER says)
    if arg.pos_ == "PROPN" and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and c.text == arg.text
            and any(g.dep_ == "appos" and g.lemma_.lower() in _single_vocab()["singular_persons"] for g in c.children)
            for c in arg.children):
        return True  # "Ann Roe, 22 - Report Ann Roe, a 22-year-old male, died": the name told again, then a person
    if (arg.pos_ == "PROPN" and arg.ent_type_ not in ("GPE", "LOC", "FAC")
            and any(c.dep_ == "appos" and c.text.isdigit() and int(c.text) < 120 for c in arg.children)
            and any(c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN") and c.text[:1].isupper()
                    for c in arg.children)):
        return True  # "Terrell Banks, 33, of Akron, died": a first and last name with an age (whatever NER says)
    if arg.pos_ == "PROPN" and any(c.dep_ == "compound" and c.tag_ == "NN" and c.i < arg.i and c.lemma_.lower()
                                   in _single_vocab()["singular_persons"] for c in arg.children):
        return True  # "ward representative Jacinta (Were)": a title before the name says a person (whatever NER says)
    if (arg.pos_ == "PROPN" and arg.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT", "NORP", "EVENT", "LAW")
            and arg.text[:1].isupper()
            and any(t.ent_type_ == "PERSON" and t.text == arg.text for t in arg.doc)):
        return True  # "fatally shot LeGrier": NER calls this mention an organisation (a work, a product), another
        # mention a person
    if arg.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
        return False
    if low in v["numbers"] or _noun_kind(arg) or low in _single_vocab()["animal_nouns"]:
        return False  # "slaughtering a cow": no person
    if low in _single_vocab()["non_person_units"]:
        return False  # "a KDF truck hit an IED": a thing
    if not strict:
        return True
    if arg.lemma_.lower() in _single_vocab()["singular_persons"]:
        return True
    return arg.pos_ == "PROPN" and (arg.ent_type_ == "PERSON" or (not arg.ent_type_ and not headline))


def _titled_name(arg: Token) -> bool:
    """'MP, Ilmi Gelle of the transitional government, was killed': a person noun, a comma, then a person's name
    the parse hung on it as a conjunct (no 'and' between them): the title and the name are one person."""
    conj = [c for c in arg.children if c.dep_ == "conj"]
    return (arg.lemma_.lower() in _single_vocab()["singular_persons"] and len(conj) == 1
            and conj[0].pos_ == "PROPN" and conj[0].ent_type_ == "PERSON"
            and not any(c.dep_ in ("cc", "nummod") for c in arg.children)
            and arg.i + 1 < len(arg.doc) and arg.doc[arg.i + 1].text == ","
            and not any(c.dep_ in ("cc", "conj") for c in conj[0].children))
