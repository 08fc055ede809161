"""Deaths of a counted group told by a verb that is no death word on its own: "three raiders did not survive",
"none of the four lived", "nine of their men fell", "the feud claimed a boy and two elders".

Why: the figure reader matches death words in a fixed lexicon; these verbs mean a death only in one frame (a
failed survival, an intransitive 'fall' of people in a fight, 'claim' with a thing as subject and people as object),
so each is read here from the parse and only in that frame.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...records import Count
from ...records import Span as CharSpan
from ._kinds import _unrealised
from ._numbers import _word_number
from ._terms import METHOD, _single_vocab, _vocab

_NEG = ("not", "n't", "never")
_FEARS = ("may", "might", "could", "would", "will")
_NONE = ("none", "neither")
# the fight a person falls in ("fell in the fighting"): any other complement is a place or a state ("fell into a
# ditch", "fell ill", "fell to the ground")
_FIGHT_NOUNS = frozenset({"fighting", "fight", "battle", "clash", "exchange", "attack", "raid", "ambush", "combat",
                          "shootout", "gunfight", "skirmish", "crossfire", "assault", "action"})
_FALL_OK_DEPS = frozenset({"nsubj", "aux", "auxpass", "advmod", "advcl", "npadvmod", "punct", "cc", "conj", "mark",
                           "neg"})


def _person(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return (lemma in _vocab()["people"] or tok.lower_ in _vocab()["people"]
            or lemma in _single_vocab()["singular_persons"] or tok.ent_type_ == "NORP")


def _number(tok: Token) -> int | None:
    """The whole number a token starts ("three", "12"), or None."""
    if not tok.like_num:
        return None
    used, value = _word_number(list(tok.doc), tok.i)
    return int(value) if used and value is not None and value == int(value) and 0 < value < 1000 else None


def _of_people(tok: Token) -> Token | None:
    """'nine of their men': the person noun after 'of'."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return pobj


def _counted(subj: Token) -> tuple[int, Token] | None:
    """How many people a subject counts: 'three raiders', 'nine of their men', 'all four', 'the two'."""
    num = next((c for c in subj.children if c.dep_ == "nummod"), None)
    if num is not None and _person(subj):
        n = _number(num)
        return (n, subj) if n else None
    n = _number(subj)
    if n is None:
        return None
    pobj = _of_people(subj)
    if pobj is not None:
        return (n, pobj) if _person(pobj) or pobj.lower_ in ("them", "us") else None
    # "all four had succumbed", "the two did not survive": a bare figure as subject stands for people told before
    return (n, subj) if any(c.lower_ in ("all", "the", "both") for c in subj.children) else None


def _none_of(subj: Token) -> int | None:
    """'none of the three', 'neither': every one of a group told by its number (neither = two)."""
    if subj.lower_ not in _NONE:
        return None
    pobj = _of_people(subj)
    if pobj is None:
        return 2 if subj.lower_ == "neither" else None
    n = _number(pobj)
    if n is None:
        num = next((c for c in pobj.children if c.dep_ == "nummod"), None)
        n = _number(num) if num is not None and _person(pobj) else None
    return n if n is not None else (2 if subj.lower_ == "neither" else None)


def _count(sent: Span, lo: int, hi: int, n: int, group: str) -> Count:
    span = sent.doc[lo : hi + 1]
    return Count(kind="killed", low=n, high=n, qualifier="exact", group=group,
                 evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=METHOD,
                 confidence=0.5)


def _survival(sent: Span, tok: Token) -> Count | None:
    """'three raiders did not survive', 'none of the four lived': a counted group that failed to survive."""
    # (no _unrealised here: its 'not' and 'none' are this frame's very words)
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ("survive", "live"):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _FEARS for c in tok.children):
        return None  # "they may not survive": a fear
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    cur = tok
    for _ in range(3):  # "were shot as they fled and did not survive": the subject of the verb it is joined to
        if subj is not None and subj.lower_ not in ("they", "who"):
            break
        if cur.dep_ not in ("conj", "advcl") or cur.head is cur:
            break
        cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("they", "who"):
        return None
    negated = any(c.dep_ == "neg" and c.lower_ in _NEG for c in tok.children)
    if subj is None or (any(c.dep_ == "dobj" for c in tok.children) and not negated and subj.lower_ not in _NONE):
        return None  # "survived the attack": who lived through it ("none of the 12 survived the fire": all died)
    if negated:
        got = _counted(subj)
        if got is None:
            return None
        n, head = got
    else:
        if tok.lemma_.lower() == "live" and (tok.tag_ == "VBG" or any(c.dep_ in ("prep", "advmod", "aux", "dobj")
                                                                       for c in tok.children)):
            return None  # "neither were living at the home": where they lived, no death
        n_none = _none_of(subj)
        if n_none is None:
            return None
        n, head = n_none, subj
    lo = min(t.i for t in subj.subtree)
    return _count(sent, min(lo, tok.i), max(tok.i, subj.i), n, head.text)


def _fell(sent: Span, tok: Token) -> Count | None:
    """'nine of their men fell', 'four herders fell before help came': 'fall' of counted people with no place or
    state after it (only the fight they fell in), a death in a report of fighting."""
    if tok.pos_ != "VERB" or tok.lower_ not in ("fell", "fallen") or _unrealised(tok):
        return None
    for c in tok.children:
        if c.pos_ in ("ADJ", "ADV", "ADP", "PART") and c.dep_ in ("advmod", "acomp", "prt", "oprd") and c.lower_ not in (
                "later", "also", "too", "then", "eventually", "first", "reportedly"):
            return None  # "fell ill", "fell down", "fell apart": a state or a direction, no death
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is None or pobj.lemma_.lower() not in _FIGHT_NOUNS:
                return None
        elif c.dep_ not in _FALL_OK_DEPS and not (c.dep_ in ("ccomp", "parataxis") and c.i < tok.i):
            return None  # (a clause before it, "...; five herders fell", is another clause, no complement)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    got = _counted(subj) if subj is not None else None
    if got is None:
        return None
    n, head = got
    lo = min(t.i for t in subj.subtree)
    return _count(sent, lo, tok.i, n, head.text)


def _claimed(sent: Span, tok: Token) -> Count | None:
    """'the feud claimed a boy and two elders': 'claim' whose subject is no person and whose object is people."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "claim" or _unrealised(tok):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if subj is None or obj is None or _person(subj) or subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.lower_ in (
            "he", "she", "they", "we", "i", "who"):
        return None  # "police claimed two suspects ...": a person's claim, not a death
    total = 0
    last = obj
    for person in (obj, *obj.conjuncts):
        if not _person(person):
            return None
        num = next((c for c in person.children if c.dep_ == "nummod"), None)
        n = _number(num) if num is not None else (1 if person.tag_ in ("NN", "NNP") else None)
        if n is None:
            return None
        total += n
        last = max(last, person, key=lambda t: t.i)
    return _count(sent, tok.i, last.i, total, obj.text)


def group_fates(sent: Span, found: list[Count]) -> list[Count]:
    """The deaths these frames tell in one sentence, when the sentence's figures told no death."""
    if any(c.kind == "killed" for c in found):
        return []
    for tok in sent:
        got = _survival(sent, tok) or _fell(sent, tok) or _claimed(sent, tok)
        if got is not None:
            return [got]
    return []


_PLURAL_DEATHS = ("deaths", "fatalities")
_TOLD_VERBS = frozenset({"report", "record", "confirm", "cause", "leave", "suffer", "result", "claim", "say"})


def _told_plural(tok: Token) -> bool:
    """'deaths on both sides', 'fatalities were reported', 'the clash caused deaths': a plural death noun with no
    figure, no negation and no determiner that points back to a toll told elsewhere ('the deaths', 'no deaths')."""
    if tok.tag_ != "NNS" or tok.lower_ not in _PLURAL_DEATHS:
        return False
    if any(c.dep_ in ("nummod", "det", "poss", "neg", "amod", "quantmod") for c in tok.children):
        return False  # "three deaths", "no deaths", "the deaths", "further deaths", "civilian deaths" left to the figures
    sides = any(c.dep_ == "prep" and c.lower_ == "on" and any(p.lemma_.lower() == "side" for p in c.subtree)
                for c in tok.children)
    head = tok.head
    told = head.lemma_.lower() in _TOLD_VERBS and tok.dep_ in ("dobj", "nsubjpass", "nsubj") and not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _FEARS) for c in head.children)
    reported = any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in _TOLD_VERBS for c in tok.children)
    return sides or told or reported


def plural_deaths(sdoc: Doc | Span, counts: list[Count]) -> list[Count]:
    """ACLED's rule for plural deaths told with no figure (data/quantifiers.yaml, 'plural' fatalities = 10), only
    when the document states no death toll at all: any figure of the dead is the lower, better-grounded one."""
    if any(c.kind == "killed" for c in counts):
        return []
    for tok in sdoc:
        if _told_plural(tok):
            sent = tok.sent
            n = int(_vocab()["vague"][("several",)]["value"])  # ACLED: 'several', 'many' or plural = 10
            c = _count(sent, tok.i, tok.i, n, tok.text)
            c.qualifier, c.high, c.confidence = "vague", None, 0.4
            return [c]
    return []
