"""The shooter who killed himself is one more victim (GVDB's annotators list him)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from ...records import Count
from ...records import Span as CharSpan
from ...vocab import load_vocab
from .._doc_basics import doc_text
from ._kinds import _unrealised
from ._lone_victims import _is_fatal, _person_arg
from ._merge import _head_word
from ._terms import _PRONOUNS_SUBJ, _REFLEXIVE, SELF_METHOD, SHOT_METHOD, _person_classes, _vocab


@lru_cache(maxsize=1)
def _suicide_re() -> re.Pattern[str]:
    words = load_vocab("quantifiers")["entries"].get("suicide_words") or []
    alts = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.I) if alts else re.compile(r"(?!x)x")


def _self_harm(sent: Span, suicide: bool) -> list[Count]:
    """'then killed himself', 'took his own life', 'turned the gun on herself', 'shot himself': the shooter harmed
    by his own hand, one victim of the shooting (GVDB lists him). "Shot himself" is a death when the document
    speaks of a suicide ("murder-suicide"), else a wound with the fate untold."""
    out: list[Count] = []
    for tok in sent:
        if tok.pos_ != "VERB" or _unrealised(tok):
            continue
        lem = tok.lemma_.lower()
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [g for c in objs for g in c.conjuncts if g.lower_ in _REFLEXIVE]  # "killing five soldiers and himself"
        if objs:  # "shot his wife and then himself": the parse joins the pronoun to the verb, not to the object
            objs += [c for c in tok.children if c.dep_ == "conj" and c.lower_ in _REFLEXIVE]
        own = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
               and any(g.lower_ in _REFLEXIVE for g in c.children)]  # "turned the gun on himself"
        reflexive = next((c for c in objs if c.lower_ in _REFLEXIVE), None)
        kind: str | None = None
        if reflexive is not None and _vocab()["verbs"].get(lem) == "killed":
            kind = "killed"
        elif lem == "take" and any(c.lemma_.lower() == "life" and any(g.lower_ == "own" for g in c.children)
                                   for c in objs):
            kind, reflexive = "killed", next(c for c in objs if c.lemma_.lower() == "life")  # "took his own life"
        elif lem == "commit" and any(c.lower_ == "suicide" for c in objs) and _harmed_before(sent, tok):
            # "shot his colleague before committing suicide": the shooter's own death (not "protested after a
            # classmate committed suicide", no one harmed before it: a suicide, no victim of an attack)
            kind, reflexive = "killed", next(c for c in objs if c.lower_ == "suicide")
        elif (reflexive is not None and lem == "shoot") or (lem == "turn" and own):
            kind = "killed" if suicide or _is_fatal(tok) or (lem == "turn" and _killed_then_turned(sent, tok)) \
                else "injured"
            if reflexive is None:
                reflexive = next(g for g in own[0].children if g.lower_ in _REFLEXIVE)
        if kind is None or reflexive is None:
            continue
        subj = _subject_of(tok)
        person = subj is not None and (subj.lower_ in _PRONOUNS_SUBJ or _person_arg(subj, strict=True))
        # who did it belongs in the evidence: "the husband fired at his wife, then turned the rifle on himself"
        start = subj.left_edge.i if person and subj is not None and subj.i < tok.i else tok.i
        if start < sent.start or tok.i - start > 30:
            start = tok.i
        end = max(reflexive.i, tok.i) + 1
        span = sent.doc[start:end]
        noun = subj is not None and person and subj.pos_ in ("NOUN", "PROPN")
        group = sent.doc[subj.i : subj.i + 1].text if noun and subj is not None else reflexive.lower_
        method = SELF_METHOD if kind == "killed" else SHOT_METHOD
        out.append(Count(kind=kind, low=1, high=1, qualifier="exact", group=group,
                         evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=method,
                         confidence=0.5))
    return out


def _harmed_before(sent: Span, tok: Token) -> bool:
    """Does the sentence tell someone shot, killed or hurt by a verb before ``tok``?"""
    return any(t.pos_ == "VERB" and (t.lemma_.lower() == "shoot" or _vocab()["verbs"].get(t.lemma_.lower()) in (
        "killed", "injured")) for t in sent.doc[sent.start : tok.i])


_SURVIVED = re.compile(r"\b(?:survived?|hospital(?:ized)?|condition|expected\s+to\s+(?:recover|live)|wounded|injured|"
                       r"treated)\b", re.I)


def _killed_then_turned(sent: Span, tok: Token) -> bool:
    """'shot and killed his neighbour before turning the gun on himself': one sentence tells his killing first and
    no survival after, the murder-suicide US news tells this way (the shooter's own death)."""
    before = sent.doc[sent.start : tok.i]
    after = sent.doc[tok.i : sent.end].text
    # "shot dead his commander before turning the gun on himself": 'shot dead' is a killing too
    return any((_vocab()["verbs"].get(t.lemma_.lower()) == "killed" and t.pos_ == "VERB")
               or (t.lower_ == "dead" and t.head.pos_ == "VERB" and t.head.lemma_.lower() == "shoot") for t in before) \
        and not _SURVIVED.search(after)


# "found the shooter, Harold Benning, dead of a self-inflicted gunshot wound", "died from an apparently
# self-inflicted wound": a death by the dead man's own hand, however far the parse puts him from 'dead'
_OWN_HAND_DEATH = re.compile(r"\b(?:dead|died)\s+(?:of|from)\s+(?:what\s+(?:appeared|appears)\s+to\s+be\s+)?(?:an?\s+)?"
                             r"(?:apparent(?:ly)?\s+)?self[- ]inflicted\s+(?:gunshot\s+)?(?:wounds?|injur(?:y|ies))\b", re.I)


# "Officers found the gunman dead in a break room", "the suspect was later found dead in a field": the shooter's
# death, which the grammar reads as no toll ('found ... dead' of an offender noun); a document that tells officers
# firing and no death by his own hand tells a death by police fire instead
_OFFENDER = r"(?:suspect(?:ed\s+(?:shooter|gunman))?|gunman|shooter|assailant)"
_FOUND_DEAD = re.compile(
    rf"\b(?:found|located|discovered)\s+(?:the\s+)?{_OFFENDER}(?:,\s+[^,.;]{{1,40}},)?\s+dead\b"
    rf"|\b(?:the\s+)?{_OFFENDER}(?:,\s+[^,.;]{{1,40}},)?\s+was\s+(?:later\s+|then\s+)?found\s+dead\b"
    # "found the gunman dead in a break room with a self-inflicted wound"
    r"|\bdead\s+(?:[\w'’-]+\s+){1,6}?with\s+(?:an?\s+)?(?:apparent(?:ly)?\s+)?self[- ]inflicted\b", re.I)
_POLICE_FIRE = re.compile(
    r"\b(?:officers?|deputies|deputy|troopers?|agents?)\s+(?:\w+\s+){0,3}?(?:shot|fired|opened\s+fire)\b"
    r"|\breturned\s+fire\b|\bexchange\s+of\s+(?:gun)?fire\b|\bgunfight\b|\bshoot-?out\b"
    r"|\b(?:shot|killed)\s+by\s+(?:\w+\s+){0,2}?(?:police|officers?|deputies|deputy|troopers?)\b", re.I)


def _own_hand_deaths(sent: Span) -> list[Count]:
    """A death told as 'dead of a self-inflicted gunshot wound' in a sentence whose figures the grammar did not
    read (the counts grammar misses a long object: "found the man suspected of shooting her dead of ..."): the
    shooter dead by his own hand, one victim as GVDB lists him. The caller keeps it only when the sentence tells
    no other death."""
    m = _OWN_HAND_DEATH.search(sent.text)
    if m is None:
        m = _FOUND_DEAD.search(sent.text)
        doc = doc_text(sent.doc)
        if m is not None and _POLICE_FIRE.search(doc) and not re.search(
                r"\bself[- ]inflicted\b|\b(?:himself|herself)\b|\bown\s+life\b|\bsuicide\b", doc, re.I):
            return []  # "Other officers returned fire. The suspect was found dead": police fire, not his own hand
    if m is None or _unrealised_text(sent.text[: m.start()]):
        return []
    a, b = sent.start_char + m.start(), sent.start_char + m.end()
    return [Count(kind="killed", low=1, high=1, qualifier="exact", group="shooter", evidence=[CharSpan(a, b)],
                  phrase=m.group(0), method=SELF_METHOD, confidence=0.5)]


def _unrealised_text(left: str) -> bool:
    """'could have died of a self-inflicted wound', 'whether he died of ...': no death told."""
    return re.search(r"\b(?:could|might|may|would|whether|if)\s+(?:\w+\s+){0,4}$", left, re.I) is not None


def _subject_of(tok: Token) -> Token | None:
    """Who does a verb's act, climbing "fired at her, then took his own life", "turned the rifle on himself" and
    "the clerk who wounded two customers before killing himself" to the person named."""
    cur = tok
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in ("who", "that") and cur.dep_ == "relcl":
                return cur.head
            return subj
        if cur.dep_ == "relcl":
            return cur.head
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":  # "killed five people before killing himself"
            cur = cur.head.head
            continue
        if cur.dep_ not in ("conj", "advcl", "xcomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _new_selves(selves: list[Count], counts: list[Count]) -> list[Count]:
    """The self-harmed shooter, unless the document already counts him ("the gunman died of a self-inflicted
    wound"): a one-person count of an offender, of the same noun, or another self-harm told again ("Child shoots
    himself ... how a boy was able to shoot himself") is the same person. A wound he gave himself yields to his
    death told elsewhere, and counts only when no one else was hurt (a child's accident, not the wound of a man
    who shot his father)."""
    roles = _person_classes()["person_roles"]
    out: list[Count] = []
    others = any(c.kind in ("killed", "injured") for c in counts)
    for r in selves:
        if r.kind == "injured" and others:
            continue
        same = [c for c in counts + out if c.low == 1 and (c.kind == r.kind or c.kind == "killed")
                and (roles.get(_head_word(c.group)) == "offender" or c.method == r.method
                     or (c.group and r.group and _head_word(c.group) == _head_word(r.group)))]
        if r.kind == "injured" and any(c.kind == "killed" for c in same):
            continue
        if any(c.kind == r.kind for c in same):
            continue
        out.append(r)
    return out
