"""Lone victims told without a figure: "a man was shot dead", "she was wounded", "the death of a boy".

This module keeps the sentence pass (:func:`_singular_victims`) and re-exports the names other modules import
from here; the readings it calls live in modules named for what they decide:

- ``_victim_verbs``: what a verb says befell one victim, and which arguments can be that victim
- ``_victim_args``: which word a victim verb names as the victim (subject, object, relative clause, dateline)
- ``_one_person``: whether an argument is one person
- ``_named_people``: how many people an argument names without a figure ("a woman and her two children")
- ``_victim_nouns``: one victim told by a noun ("the death of", "in critical condition")
- ``_one_more_victim``: a second lone victim is one more person, or the first told again
- ``_lone_args``: an argument's readings that name another victim (an appositive's list, the one "after" a man held)
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...records import Count
from ...records import Span as CharSpan
from ._kinds import _unrealised
from ._lone_args import _list_start, _listed_in_appositive, _victim_of
from ._named_people import _along_with, _coordinated_persons, _solo_person, titles_of_one
from ._one_more_victim import (
    _also_another,
    _hurt_then_died,
    _joined_to_found,
    _new_person,
    _other_gender,
    _other_role,
    _second_victim,
)
from ._one_person import _headline, _person_arg
from ._persons import _another
from ._terms import _PRONOUNS_OBJ, _PRONOUNS_SUBJ, METHOD, SHOT_METHOD, _single_vocab, _vocab
from ._victim_args import _verb_args
from ._victim_nouns import _another_hurt, fate_word
from ._victim_verbs import _is_fatal, _verb_as_noun, _verb_reading

# imported from here by _sentence, _self_harm and the tests
__all__ = ["_along_with", "_is_fatal", "_person_arg", "_singular_victims", "_solo_person"]


def _beside_companions(tok: Token, found: list[Count], out: list[Count], kind: str) -> list[Count]:
    """'he died together with a customer': the sentence's only figures of this fate count the companions after
    "together with" / "along with" on this verb, so the victim the verb names is one more person beside them (the
    figures returned, to be told as one toll with him)."""
    same = [c for c in found if c.kind == kind]
    if not same or any(c.kind == kind for c in out):
        return []
    starts = {tok.doc[w.i - 1].idx for w in tok.children
              if w.lower_ == "with" and w.i >= 1 and tok.doc[w.i - 1].lower_ in ("along", "together")}
    return same if starts and all(c.evidence and c.evidence[0].start in starts for c in same) else []


def _before_others(tok: Token, found: list[Count], out: list[Count], kind: str) -> bool:
    """'A gunman shot one man, and two others were hurt': the sentence's only figures of this fate are "others"
    told after the verb, so the one person is besides them and counts on his own (GVDB lists all three)."""
    same = [c for c in found if c.kind == kind]
    if not same or any(c.kind == kind for c in out):
        return False
    return all((c.group or "").lower().split(" ")[0] in ("other", "others") and c.evidence
               and c.evidence[0].start > tok.idx
               and not re.search(r"\bothers?\s+(?:people\s+)?(?:who|that)\b", c.phrase or "", re.I) for c in same)


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
        read, got, kind = fate_word(sent, tok, have)  # "the death of", "his body", "did not survive", "was dead"
        if got is not None:
            out.append(got)
            have.add(kind)
        if read:
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
        companions = _beside_companions(tok, found, out, kind) if kind in have and not second else []
        if kind in have and not second and not companions and not _before_others(tok, found, out, kind):
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
            arg = _victim_of(_listed_in_appositive(arg), tok, headline)
            if arg is None:
                continue
            people = 1 + sum(c.low for c in companions) if companions else _coordinated_persons(arg, tok)
            if people == 1 and not _person_arg(arg, strict, headline) and not titles_of_one(arg, tok):
                continue
            if tok.tag_ == "VBG" and arg.i == tok.i + 1 and (
                    (tok.i > sent.start and (sent.doc[tok.i - 1].pos_ in ("DET", "ADJ", "PROPN")
                                             or sent.doc[tok.i - 1].dep_ == "poss"))
                    or (arg.lemma_.lower() in ("suspect", "victim") and not any(c.dep_ == "aux" for c in tok.children))):
                continue  # "the shooting suspect", "Sunday's shooting victim": a noun compound, not an act
            pron = arg.pos_ == "PRON"
            left = min(t.i for t in arg.subtree) if not pron else arg.i
            if people > 1 and not companions:  # "after his fiancee, her son, ...": the evidence opens on the list
                left = _list_start(arg, tok, people, left)
            a, b = min(left, tok.i), max(arg.i, tok.i)
            for c in tok.children:  # the fate belongs in the evidence: "was pronounced dead", "shot to death"
                if c.lower_ in ("dead", "ablaze", "alight") or (c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 1):
                    b = max(b, *(t.i for t in c.subtree))
                elif c.dep_ == "dobj" and c.lemma_.lower() in ("wound", "injury") and c.i > tok.i:
                    b = max(b, c.i)
            if companions:  # "he died together with a customer": one toll of him and those beside him
                b = max(b, *(t.i for c in companions for t in sent if t.idx < c.evidence[0].end))
                found[:] = [c for c in found if all(c is not m for m in companions)]
            elif people > 1:  # the evidence runs to the last person named ("a police officer and his wife")
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
            other_gender = second and _other_gender(arg, out, kind)
            if second and (pron or not (_new_person(arg) or _other_role(arg, out))) and not other_gender:
                break
            out.append(
                Count(kind=kind, low=people, high=people, qualifier="exact",
                      # "she died ...; he succumbed": one more person than the first, told by a pronoun
                      group=("another person" if other_gender else None) if pron
                      else (group if people > 1 else group_span.text),
                      evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=method,
                      confidence=0.5 if method == METHOD else 0.4)
            )
            also = any(m.dep_ == "advmod" and m.lower_ in ("also", "too") for v in (tok, tok.head) for m in v.children)
            if apart is not None and (second or companions or (also and not pron and _new_person(arg))):
                apart.add(id(out[-1]))  # "the officer also shot and killed a neighbor": one more victim
            have.add(kind)
            first_verb.setdefault(kind, tok)
            break
    return out
