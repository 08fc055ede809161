"""A second lone victim in a sentence: one more person ("a passer-by was also killed", "and a man was grazed"),
or the first told again (the one counted hurt who then died)."""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Count
from ...records import Span as CharSpan
from .._doc_basics import doc_text
from ._persons import _person_class
from ._terms import DIED_METHOD, _person_classes, _single_vocab


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
                c.phrase = doc_text(tok.doc)[c.evidence[0].start : c.evidence[0].end]
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
    """A verb joined to the first victim's verb by "and" ("X was shot ... and a man was shot"), or a clause set
    beside it by a semicolon ("the driver died at the scene; his son succumbed on Tuesday")."""
    if first is None or tok.i == first.i:
        return False
    joined = tok.dep_ == "conj" and tok.head.i == first.i
    if not joined and (tok.head.i == first.i or first.head.i == tok.i):
        a, b = sorted((first.i, tok.i))
        joined = any(t.text == ";" for t in tok.doc[a:b])
    return joined and any(c.dep_ in ("nsubjpass", "nsubj", "dobj") for c in tok.children)


def _new_person(arg: Token) -> bool:
    """An indefinite or counted person ("a 29-year-old man", "one woman", "another man"), or someone's kin or
    companion told by a possessive ("... and his son died on Tuesday"): not one told before."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in arg.children) or (
        arg.tag_ == "NN" and arg.lemma_.lower() in _single_vocab()["singular_persons"]
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in arg.children))


def _other_role(arg: Token, told: list[Count]) -> bool:
    """'The driver died on the spot; the businessman succumbed on Tuesday': a definite person noun of another role
    than the victim told first in the sentence is another person (a generic 'the man', 'the victim' may be him)."""
    generic = _single_vocab()["generic_persons"]
    lemma = arg.lemma_.lower()
    if arg.tag_ != "NN" or lemma in generic or lemma not in _single_vocab()["singular_persons"]:
        return False
    heads = [(c.group or "").split()[-1].lower() for c in told if c.group]
    return bool(heads) and all(h != lemma and h not in generic for h in heads)


def _other_gender(arg: Token, told: list[Count], kind: str) -> bool:
    """'She died before dawn; he succumbed a week later': a second lone victim of the other gender than every one
    told before in the sentence (by pronoun or noun) is another person, not the first told again."""
    mine = _person_classes()["person_genders"].get(arg.lower_ if arg.pos_ == "PRON" else arg.lemma_.lower())
    firsts = [_person_class(c).get("person_genders") for c in told if c.kind == kind and c.low == 1]
    return mine is not None and bool(firsts) and all(f is not None and f != mine for f in firsts)
