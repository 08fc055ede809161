"""Event mentions: trigger words (``data/event_triggers.yaml``) plus the sentence's structure, classified into
ACLED event type / sub-event type by rules over who acted, on whom, and with what.

One candidate per sentence (its strongest trigger); ``_assemble`` merges candidates into events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..records import ActorMention, Count
from ..records import Span as CharSpan
from ..vocab import load_vocab
from ._dateline import dateline_span
from ._model import has_argument, one_sided

METHOD = "crosstally.events.rules.v1"
MODEL_ONLY_METHOD = "crosstally.event_classifier.linear.v1:no-trigger"  # the classifier alone named the event
ACTOR_METHOD = "crosstally.actors.mention.v1"
_ARG_MAX_TOKENS = 9


@dataclass(slots=True)
class Candidate:
    """An event mention in one sentence, before merging."""

    sent: Span
    trigger: Token
    trigger_text: str
    event_type: str
    sub_event_type: str
    weight: float
    actors: list[ActorMention] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    confidence: float = 0.0
    method: str = ""  # set when not the rules' (``MODEL_ONLY_METHOD``: the classifier alone named the event)
    toll_of: str = ""  # set when the sentence is another event's toll (an agentless toll after a battle)


@lru_cache(maxsize=1)
def _triggers() -> dict[str, Any]:
    data = load_vocab("event_triggers")["entries"]
    single: dict[str, tuple[str, str, float]] = {}
    multi: dict[tuple[str, ...], tuple[str, str, float] | None] = {}
    for key, (etype, sub, w) in data["triggers"].items():
        words = tuple(str(key).lower().split())
        if len(words) == 1:
            single[words[0]] = (etype, sub, float(w))
        else:
            multi[words] = (etype, sub, float(w))
    for phrase in data.get("not_triggers") or []:  # 'shell casings': a trigger word naming an object, no event
        multi[tuple(str(phrase).lower().split())] = None
    cues = {k: {str(w).lower() for w in v} for k, v in data["cues"].items()}
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, str, float] | None]]] = {}
    for key, val in sorted(multi.items(), key=lambda kv: -len(kv[0])):
        by_first.setdefault(key[0], []).append((key, val))
    return {"single": single, "multi": by_first, "cues": cues}


def event_cues() -> dict[str, set[str]]:
    """The context-word sets of ``event_triggers.yaml`` (victims, armed actors, protest cues...)."""
    return _triggers()["cues"]


_MONTHS = {"march", "may"}


def has_protest_cue(text: str) -> bool:
    """Whether a text names a crowd acting (protesters, rally, march, riot): Protests and Riots need one."""
    low = text.lower()
    # case kept: "in March" is a month, "a march" a protest
    raw = text.replace("\u2019", " ").replace("'", " ").replace(",", " ").replace(".", " ").split()
    words = {w.lower() for w in raw if not (w[:1].isupper() and w.lower() in _MONTHS)}
    return any((" " in w and w in low) or w in words for w in _triggers()["cues"]["protest"])


def retype_without_crowd(sent_text: str, counts: list[Count], actor2: str | None) -> tuple[str, str]:
    """A Protests/Riots reading with no crowd in sight: Battles when armed men were the victims, else an attack."""
    victims = _victim_class(counts, actor2, set())
    low = sent_text.lower()
    if victims == "armed" or any(w in low for w in ("clash", "fighting", "battle", "both sides")):
        return "Battles", "Armed clash"
    return "Violence against civilians", "Attack"


@lru_cache(maxsize=1)
def plover_map() -> dict[str, str | None]:
    """ACLED sub-event type → PLOVER event type/mode."""
    return dict(load_vocab("plover")["entries"]["from_acled"])


def _sentence_triggers(sent: Span) -> list[tuple[Token, str, tuple[str, str, float]]]:
    t = _triggers()
    toks = list(sent)
    found: list[tuple[Token, str, tuple[str, str, float]]] = []
    i = 0
    while i < len(toks):
        hit = None
        skipped = False
        first = toks[i]
        options = t["multi"].get(first.lower_, []) + t["multi"].get(first.lemma_.lower(), [])
        for key, val in options:
            n = len(key)
            if tuple(x.lower_ for x in toks[i : i + n]) == key or tuple(x.lemma_.lower() for x in toks[i : i + n]) == key:
                if val is None:
                    skipped = True
                else:
                    hit = (toks[i], " ".join(x.text for x in toks[i : i + n]), val)
                i += n
                break
        if hit:
            found.append(hit)
            continue
        if skipped:
            continue
        tok = toks[i]
        fired = _fired_into(tok) or _traded_fire(tok)
        if fired is not None:
            found.append(fired)
            i += 1
            continue
        if tok.pos_ in ("NOUN", "VERB", "PROPN", "ADJ") and tok.ent_type_ not in ("DATE", "TIME") and not _negated(tok):
            val = t["single"].get(tok.lemma_.lower()) or t["single"].get(tok.lower_)
            if val:
                found.append((tok, tok.text, val))
        i += 1
    return found


def _fired_into(tok: Token) -> tuple[Token, str, tuple[str, str, float]] | None:
    """'Someone fired more than a dozen shots into a day care center': the 'shots fired' trigger with words between
    verb and object, when the shots went into or at something (not 'in the air': a warning, no attack)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "fire" or _negated(tok):
        return None
    cues = _triggers()["cues"]
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in cues.get("fired_objects", ())), None)
    if obj is None:
        return None
    preps = [c for c in (*tok.children, *obj.children) if c.dep_ == "prep" and c.lower_ in cues.get("fired_targets", ())]
    if not any(any(p.dep_ == "pobj" and p.lower_ not in ("air", "sky") for p in prep.children) for prep in preps):
        return None
    val = next((v for k, v in _triggers()["multi"].get("shots", []) if k == ("shots", "fired")), None)
    return (tok, f"{tok.text} {obj.text}", val) if val is not None else None


def _traded_fire(tok: Token) -> tuple[Token, str, tuple[str, str, float]] | None:
    """'Police reservists traded fire with rustlers', 'exchanged gunfire with raiders': the 'exchange of fire' trigger
    told with a verb and whom it was traded with, so the sentence that names both sides is the event's (not only a
    later one's toll).

    Why (round 17): with no trigger in it, such a sentence gave no candidate, and the event took its sides from the
    next sentence's dead ('1 reservist was killed'), losing the side that fought."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _RECIPROCAL or _negated(tok):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _SHOTS), None)
    if obj is None or not any(c.dep_ == "prep" and c.lower_ == "with" for c in (*tok.children, *obj.children)):
        return None  # "Pokot and Turkana raiders exchanged gunfire": both sides in one subject, read as before
    val = next((v for k, v in _triggers()["multi"].get("exchange", []) if k == ("exchange", "of", "fire")), None)
    return (tok, f"{tok.text} {obj.text}", val) if val is not None else None


def _negated(tok: Token) -> bool:
    """A trigger the sentence denies ('No arrests had been made', 'troops did not fire'): no event told there."""
    return any((c.dep_ == "neg" and tok.pos_ == "VERB") or (c.dep_ == "det" and c.lower_ == "no" and tok.pos_ == "NOUN")
               for c in tok.children)


def _words(sent: Span) -> set[str]:
    return {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}


def _has(words: set[str], sent_lower: str, cue: str) -> bool:
    return any((" " in w and w in sent_lower) or w in words for w in _triggers()["cues"][cue])


def without_not_armed(low: str) -> str:
    """``low`` without the phrases whose armed-sounding word names nobody armed (``event_triggers.yaml``
    ``cues.not_armed``: 'men of military age' are the people shot, not soldiers)."""
    for phrase in _triggers()["cues"].get("not_armed", []):
        low = low.replace(phrase, " ")
    return low


def _victim_class(counts: list[Count], actor2: str | None, cues: set[str]) -> str | None:
    """'civilian' / 'armed' / None: who the sentence says was harmed."""
    t = _triggers()["cues"]
    texts = [c.group or "" for c in counts if c.kind in ("killed", "injured", "abducted", "missing")]
    if actor2:
        texts.append(actor2)
    for text in texts:
        ws = set(without_not_armed(text.lower().replace("-", " ")).split())
        if ws & (t["armed_state"] | t["armed_nonstate"]) and not ws & {"civilian", "civilians"}:
            return "armed"
        if ws & t["civilians"]:
            return "civilian"
    return None


_DEAD_INCLUDED = re.compile(r"\b(?:the\s+dead|those\s+killed|the\s+victims|the\s+casualties|the\s+dead\s+were)"
                            r"\s+(?:included?|including|were|are)\b([^.;]{0,160})", re.I)


def died_in_protest(text: str) -> bool:
    """'Thirty-one people were killed in anti-government protests': deaths told as part of the protest itself,
    so the protest is not peaceful (a grievance, 'protested the killing of', does not match)."""
    return has_argument(text, "protest_death")


def _armed_dead(low: str) -> bool:
    """The sentence says who the dead were and names armed people only ('the dead included fighters and
    gunmen'): combatants, not civilians."""
    m = _DEAD_INCLUDED.search(low)
    if m is None:
        return False
    cues = _triggers()["cues"]
    ws = set(without_not_armed(m.group(1).replace("-", " ")).replace(",", " ").split())
    return bool(ws & (cues["armed_state"] | cues["armed_nonstate"])) and not ws & cues["civilians"]


def classify(sent: Span, base: tuple[str, str, float], counts: list[Count], actors: list[ActorMention]) -> tuple[str, str, float]:
    """ACLED type/sub-type for a trigger in its sentence: rules over victims, perpetrators, weapons, cues."""
    etype, sub, w = base
    words = _words(sent)
    low = sent.text.lower()
    actor1 = next((a.mention for a in actors if a.role == "actor1"), None)
    actor2 = next((a.mention for a in actors if a.role == "actor2"), None)
    victims = _victim_class(counts, actor2, words)
    a1 = set((actor1 or "").lower().replace("-", " ").split())
    cues = _triggers()["cues"]
    armed_actor1 = bool(a1 & (cues["armed_state"] | cues["armed_nonstate"]))

    if _has(words, low, "premature") and etype == "Explosions/Remote violence":
        return "Strategic developments", "Disrupted weapons use", 0.7
    if etype == "Explosions/Remote violence" and sub != "Air/drone strike" and _has(words, low, "air") and sub not in (
        "Suicide bomb", "Grenade"
    ):
        return etype, "Air/drone strike", max(w, 0.8)
    if etype in ("Protests", "Riots") and not has_protest_cue(sent.text):
        etype, sub = retype_without_crowd(sent.text, counts, actor2)
        w = min(w, 0.5)
        if etype == "Battles":
            return etype, sub, w
    if etype == "Protests":
        if _has(words, low, "lethal_force") and any(c.kind == "killed" for c in counts):
            return "Protests", "Excessive force against protesters", 0.75
        if _has(words, low, "violent_protest"):
            return "Riots", "Violent demonstration", 0.7
        if _has(words, low, "intervention"):
            return "Protests", "Protest with intervention", 0.7
        return etype, sub, w
    if etype == "Violence against civilians" and sub == "Attack" and w < 0.9 and victims != "armed" and _armed_dead(low):
        victims = "armed"  # "the dead included fighters, members of the security forces and gunmen": not civilians
    if etype == "Violence against civilians" and sub == "Attack" and w < 0.9:
        if victims == "armed" or (words & {"clash", "clashes", "clashed", "fighting", "battle", "exchange"}):
            return "Battles", "Armed clash", max(0.6, w - 0.1)
        if victims == "civilian":
            return etype, sub, min(1.0, w + 0.2)
        if armed_actor1 and victims is None and w < 0.8 and not one_sided(sent.text):
            # an armed actor and no victim named: a clash, unless it acted on unarmed people (ACLED: an attack)
            return "Battles", "Armed clash", 0.5
    if etype == "Battles" and sub == "Armed clash" and victims == "civilian" and not (
        words & {"clash", "clashes", "clashed", "fighting", "battle", "skirmish"}
    ):
        return "Violence against civilians", "Attack", max(0.55, w - 0.2)
    if etype == "Strategic developments" and sub == "Arrests" and any(
        c.kind in ("killed", "injured") for c in counts
    ):
        return "Violence against civilians", "Attack", 0.5
    return etype, sub, w


def _arg_span(tok: Token) -> Span:
    """The noun phrase a dependency argument heads, trimmed (relative clauses, overly long tails cut)."""
    doc = tok.doc
    left = min((t.i for t in tok.subtree), default=tok.i)
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj", "advcl", "appos") and child.dep_ != "conj":
            break
        right = max(right, max(t.i for t in child.subtree))
    for child in tok.rights:
        if child.dep_ == "conj":
            right = max(right, max(t.i for t in child.subtree))
            break
    left = max(left, tok.i - _ARG_MAX_TOKENS)
    right = min(right, tok.i + _ARG_MAX_TOKENS)
    while left < tok.i and doc[left].pos_ in ("DET", "PUNCT", "ADP", "CCONJ"):
        left += 1
    # a figure before the head is a count, not part of who the actor is ("roughly 250 fighters" → "fighters")
    figure = [t.i for t in tok.children if t.dep_ in ("nummod", "quantmod") and t.i < tok.i]
    if figure:
        last = max(max(x.i for x in doc[i].subtree) for i in figure)
        if last < tok.i:
            left = max(left, last + 1)
            while left < tok.i and doc[left].pos_ in ("DET", "PUNCT", "ADP", "CCONJ"):
                left += 1
    while right > tok.i and doc[right].pos_ in ("PUNCT", "ADP", "CCONJ", "DET"):
        right -= 1
    return doc[left : right + 1]


@lru_cache(maxsize=1)
def _not_actors() -> frozenset[str]:
    """Head nouns of things and of the event itself ('tear gas', 'houses', 'the attack'): never a party."""
    return frozenset(str(w).lower() for w in load_vocab("actor_codebook")["entries"]["not_actors"])


def _thing_head(tok: Token) -> bool:
    """A head noun of a thing or of the event itself ('stones', 'rounds', 'the attack')."""
    return tok.lemma_.lower() in _not_actors() or tok.lower_ in _not_actors()


@lru_cache(maxsize=1)
def _force_place_words() -> frozenset[str]:
    spec = load_vocab("actor_codebook")["entries"].get("force_places") or {}
    return frozenset(str(w).lower() for w in spec.get("modifiers") or ())


def _force_place(tok: Token) -> bool:
    """'the police station', 'an army base', 'military positions': a force's own post names the force (ACLED codes
    the force whose station was stormed or shelled as the side acted on), though 'station' alone is a thing."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in _force_place_words() for c in tok.children)


_AIMED_AT = frozenset({"at", "on", "upon", "toward", "towards", "into"})
# verbs whose object is sent at a target ("threw stones at", "launched rockets on"); not "placed bombs on a ship"
_FIRE_THROW = frozenset({"fire", "throw", "hurl", "lob", "launch", "shoot", "pelt", "rain", "drop", "aim", "direct"})


def _mention(span: Span, role: str, conf: float) -> ActorMention:
    return ActorMention(
        role=role,
        name=span.text,
        mention=span.text,
        evidence=[CharSpan(span.start_char, span.end_char)],
        method=ACTOR_METHOD,
        confidence=conf,
    )


_AGENT_LIKE = {"PERSON", "ORG", "NORP", "GPE"}


_SEQUENCE_PREPS = frozenset({"after", "before", "since", "following", "until"})  # "went home after the protests"
# "X took the town from Y": Y is the side it was taken from (never "freed civilians from a prison": who was freed)
_TAKE_FROM = frozenset({"take", "retake", "recapture", "capture", "seize", "wrest", "reclaim", "regain", "win"})
# "X clashed with Y"; round 17: "X traded fire with Y" (the parser may hang "with" on "fire": see find_actors)
_RECIPROCAL = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "engage", "trade"})
# what two sides trade or exchange in a fight ("traded fire", "exchanged gunfire", "exchanged shots")
_SHOTS = frozenset({"fire", "gunfire", "shot", "shots", "bullet", "bullets", "blow", "blows"})
# "30 fighters surrendered to government forces", "defected to the army": whom they gave themselves up to is actor2
_GIVE_UP_TO = frozenset({"surrender", "defect", "submit"})
# "a dozen troops deserted and joined the rebels": the group joined is actor2
_JOIN = frozenset({"join", "rejoin"})


def _on_both_sides(verb: Token) -> bool:
    """'fighters were killed on both sides': the people acted on belong to every party, so name no one party."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() == "side" and any(
                d.lower_ in ("both", "each", "either", "all") for d in obj.children
            ):
                return True
    return False


_SPEECH = frozenset({"say", "report", "tell", "announce", "add", "state", "confirm", "document", "record", "count"})


def _speaker(ent: Span) -> bool:
    """An entity that reports the event: the object of 'according to', or the subject of a speech verb."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.i > 0 and root.doc[root.head.i - 1].lower_ == "according":
        return True
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH


@lru_cache(maxsize=1)
def _telling_lemmas() -> frozenset[str]:
    extra = load_vocab("event_triggers")["entries"].get("inquiry_verbs") or []
    spec = load_vocab("speech_verbs")["entries"]
    said = {str(w).lower() for w in spec["verbs"]} - {str(w).lower() for w in spec.get("phrase_only") or []}
    acting = {str(w).lower() for w in load_vocab("event_triggers")["entries"].get("acting_speech_verbs") or []}
    return (frozenset(_SPEECH) | frozenset(said - acting)) | frozenset(str(w).lower() for w in extra)


@lru_cache(maxsize=1)
def _toll_words() -> tuple[frozenset[str], frozenset[str]]:
    spec = load_vocab("speech_verbs")["entries"]
    return frozenset(str(w) for w in spec["toll_verbs"]), frozenset(str(w) for w in spec["toll_nouns"])


def _telling(verb: Token) -> bool:
    """A verb of speech or inquiry ('reported', 'investigate'), or one that sets a toll ('raised the toll'): its
    subject reports or asks about the event."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in _telling_lemmas():
        return True
    verbs, nouns = _toll_words()
    return lemma in verbs and any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


def _tellers(trigger: Token) -> set[int]:
    """Token indices of the subjects of the verbs above the first telling verb over the trigger ('the committee
    appointed by President X reported that 1,426 people had been killed'): none of them is a party."""
    out: set[int] = set()
    above = False
    for anc in trigger.ancestors:
        above = above or _telling(anc)
        if above and anc.pos_ in ("VERB", "AUX"):
            for c in anc.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    out.update(t.i for t in c.subtree)
    return out


def _describes_victims(tok: Token) -> bool:
    """Is the token inside the predicate of a clause whose subject names the dead ('the victims were members of
    X', 'those killed were mostly X')? Such a predicate describes who was harmed."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "attr":
            subj = next((c for c in a.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            words = _triggers()["cues"].get("victims", set())
            return subj is not None and any(w.lemma_.lower() in words or w.lower_ in words for w in subj.subtree)
    return False


def find_actors(trigger: Token, sent: Span) -> list[ActorMention]:
    """actor1 (who acted) and actor2 (on whom) from the trigger's dependency structure."""
    out: list[ActorMention] = []
    seen: set[tuple[int, int]] = set()

    trig_words = _triggers()["single"]
    dateline = dateline_span(sent.doc.text)

    def add(tok: Token | None, role: str, conf: float) -> None:
        if tok is None or tok.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ") or tok.ent_type_ in ("DATE", "TIME"):
            return
        if dateline is not None and tok.idx < dateline.end:
            return  # "DAMASCUS, April 30 (Wire) -" parses as a subject: the reporter's city, never a party
        if tok.lemma_.lower() in trig_words or tok.lower_ in trig_words or tok.i == trigger.i:
            return
        if len(tok.text) <= 2 and tok.pos_ != "PROPN":
            return  # tokeniser debris ("ex" of "ex-ISIS")
        if tok.pos_ != "PROPN" and _thing_head(tok) and not _force_place(tok):
            return  # ACLED codes who acted, not what was used or hit ("fired tear gas", "burned houses")
        if role == "actor2" and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return  # "captured Damascus": a place taken, not a party harmed
        span = _arg_span(tok)
        key = (span.start, span.end)
        if key in seen or not any(ch.isalpha() for ch in span.text):
            return  # "-" of a dateline parsed as a subject: names no one
        seen.add(key)
        out.append(_mention(span, role, conf))

    # climb from a noun trigger ("carrying out a pogrom", "a pogrom conducted by HTS forces") to its verb
    verbs: list[Token] = []
    t = trigger
    if t.pos_ == "VERB":
        verbs.append(t)
    for child in t.children:
        if child.dep_ == "acl" and child.pos_ == "VERB":
            verbs.append(child)
    head = t
    hops = 0
    later = False
    while head.dep_ not in ("ROOT",) and hops < 3 and head.pos_ != "VERB":
        # "Families went to the morgues after protests in which 16 were killed": a noun trigger inside "after",
        # "before", "since", "following" tells another time; the verb's subject did not act in it
        later = later or (head.dep_ == "pobj" and head.head.lower_ in _SEQUENCE_PREPS)
        head = head.head
        hops += 1
    if later and (head.lemma_.lower() in trig_words or head.lower_ in trig_words or not has_protest_cue(t.text)):
        # "retook the town after brief fighting": the verb tells the same event; only a crowd's act ("after
        # protests") is told apart from what others did afterwards
        later = False
    if head.pos_ == "VERB" and head not in verbs and not later:
        verbs.append(head)
    # a noun trigger told by a verb of speech or inquiry ("set up a committee to investigate the killings",
    # "condemned the killing of a student by police"): that verb's subject tells or asks, it did not act
    blocked = _tellers(trigger)
    if trigger.pos_ != "VERB":
        verbs = [v for v in verbs if not _telling(v)]
    # an advcl/xcomp verb ("..., carrying out a pogrom") takes its subject from the main verb, up a chain of
    # coordinated verbs too ("men stopped a trader, accused him ... and beat him": "beat" shares "stopped"'s subject)
    for v in list(verbs):
        hops = 0
        while (v.dep_ in ("advcl", "xcomp", "conj") and hops < 3
               and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)):
            v, hops = v.head, hops + 1
            if v not in verbs:
                verbs.append(v)

    # "an army post came under attack by militants": the subject of "came under" is what was attacked
    under = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "under" else None
    if under is not None:
        for c in trigger.children:  # "came under attack from gunmen": "from" hangs on the attack itself
            if c.dep_ == "prep" and c.lower_ == "from":
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(p, "actor1", 0.75)
    for v in verbs:
        both = _on_both_sides(v)
        for c in v.children:
            if c.dep_ == "nsubj" and under is not None and v.i == under.i:
                add(c, "actor2", 0.6)
            elif c.dep_ == "prep" and c.lower_ in ("by", "from") and under is not None and v.i == under.i:
                for p in c.children:  # "came under attack by armed men", "came under fire from gunmen"
                    if p.dep_ == "pobj":
                        add(p, "actor1", 0.75)
            elif c.dep_ == "nsubj":
                add(c, "actor1", 0.7)
            elif c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(p, "actor1", 0.75)
            elif c.dep_ in ("dobj", "nsubjpass") and not both:
                if c.dep_ == "dobj" and v.lemma_.lower() in _RECIPROCAL and c.lemma_.lower() in _SHOTS:
                    # round 17: "reservists traded fire with rustlers", with "with" parsed under "fire": the
                    # shots traded are no side, whom they were traded with is the other one
                    for prep in c.children:
                        if prep.dep_ == "prep" and prep.lower_ == "with":
                            for p in prep.children:
                                if p.dep_ == "pobj":
                                    add(p, "actor2", 0.6)
                    continue
                add(c, "actor2", 0.6)
                if c.dep_ == "dobj" and c.pos_ != "PROPN" and _thing_head(c) and v.lemma_.lower() in _FIRE_THROW:
                    # "fired mortar rounds at army positions", "threw stones at police officers": what was fired or
                    # thrown is a thing; whom it was aimed at is the side acted on
                    for prep in (*v.children, *c.children):
                        if prep.dep_ == "prep" and prep.lower_ in _AIMED_AT:
                            for p in prep.children:
                                if p.dep_ == "pobj":
                                    add(p, "actor2", 0.55)
            elif c.dep_ == "prep" and c.lower_ == "from" and v.lemma_.lower() in _TAKE_FROM:
                # "troops took back the village from insurgents": whom ground was taken from, not the ground
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(p, "actor2", 0.65)
            elif c.dep_ == "prep" and c.lower_ == "to" and v.lemma_.lower() in _GIVE_UP_TO:
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(p, "actor2", 0.6)
            elif c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in _JOIN:
                for p in c.children:
                    if p.dep_ == "dobj":
                        add(p, "actor2", 0.65)  # before "switched sides"
            elif c.dep_ == "prep" and c.lower_ == "with" and v.lemma_.lower() in _RECIPROCAL:
                # "NRF fighters clashed with Taliban forces": the other side of a fight is its actor2
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(p, "actor2", 0.6)
    # "4 soldiers were killed when militants attacked a checkpoint": the attacker is the subordinate clause's subject
    if not any(a.role == "actor1" for a in out):
        clause_verbs = verbs + [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        for v in clause_verbs:
            for c in v.children:
                if c.dep_ == "advcl" and c.pos_ == "VERB":
                    for g in c.children:
                        if g.dep_ == "nsubj":
                            add(g, "actor1", 0.6)
    # noun trigger's own "by X" and "between X and Y" ("clashes between militias and fighters"), also told in its
    # relative clause or by the verb it is the subject of ("clashes that began on Thursday between X and Y")
    rel = [c for c in trigger.children if c.dep_ in ("relcl", "acl") and trigger.pos_ == "NOUN"]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and trigger.head.pos_ == "VERB":
        rel.append(trigger.head)  # "clashes erupted on Thursday between X and Y"
    # the parser often hangs "between" on the place just before it ("erupted in Syria between X and Y")
    places = [o for r in rel for p in r.children if p.dep_ == "prep" for o in p.children
              if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC")]
    for c in [*trigger.children, *(g for r in rel + places for g in r.children
                                   if g.dep_ == "prep" and g.lower_ == "between")]:
        if c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj":
                    add(p, "actor1", 0.7)
        if c.dep_ == "prep" and c.lower_ == "between":
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if objs:
                first = objs[0]
                add_first = _arg_span(first)
                # X and Y: X is actor1, its conj is actor2
                conj = next((x for x in first.children if x.dep_ == "conj"), None)
                cc = next((x for x in first.children if x.dep_ == "cc"), None)
                # "Druze fighters and Sunni gunmen": X ends before "and", not before Y's head
                end = (cc.i - 1 if cc is not None and cc.i > first.i else conj.i - 1) if conj is not None else add_first.end - 1
                while end > first.i and first.doc[end].pos_ in ("CCONJ", "PUNCT"):
                    end -= 1
                sp = first.doc[add_first.start : end + 1]
                out.append(_mention(sp, "actor1", 0.7))
                if conj is not None:
                    add(conj, "actor2", 0.7)
    # "238 soldiers had been killed, many of them in attacks by armed men": another event noun of the sentence
    # told with its own "by X" names who did it, when the trigger's structure named no one
    if not any(a.role == "actor1" for a in out):
        for tok in sent:
            if tok.i == trigger.i or tok.pos_ != "NOUN" or tok.i in blocked or (
                    tok.lemma_.lower() not in trig_words and tok.lower_ not in trig_words):
                continue
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            add(p, "actor1", 0.55)
            if any(a.role == "actor1" for a in out):
                break
    # fall back to named groups in the sentence
    if not any(a.role == "actor1" for a in out):
        # "according to the Observatory, a British-based monitor": the teller and its description, never a party
        told: set[int] = set()
        for ent in sent.ents:
            if _speaker(ent):
                told.update(t.i for t in ent.root.subtree)
                if ent.root.dep_ == "pobj":  # "according to X, a British-based monitor, which said ...": the rest
                    told.update(range(ent.end, sent.end))
        for ent in sent.ents:
            if ent.label_ not in ("ORG", "NORP", "PERSON") or ent.root.i in told or ent.root.i in blocked:
                continue
            if _describes_victims(ent.root):
                continue  # "most of the victims were members of the Alawite community": who died, not who acted
            if dateline is not None and ent.start_char < dateline.end:
                continue  # "DAMASCUS (Wire) -" names where the reporter is and the agency, not a party
            if ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound", "acomp", "attr"):
                continue  # "a mainly Alawite village", "whether they were Alawite": a description, often of victims
            if not any(a.evidence[0].start <= ent.start_char < a.evidence[0].end for a in out):
                out.append(_mention(ent, "actor1", 0.35))
                break
    # "Taliban fighters took over the district centre after government troops withdrew": who took the ground is
    # actor1, the side that left it actor2, whichever word of the sentence triggered the event
    sides = _takeover_sides(trigger)
    if sides is not None:
        for tok, role in zip(sides, ("actor1", "actor2"), strict=True):
            span = _arg_span(tok)
            out[:] = [a for a in out if not (a.evidence and a.evidence[0].start == span.start_char)]
            seen.discard((span.start, span.end))
            add(tok, role, 0.8)
    # one actor1 and one actor2 (the first found, most structural, wins)
    result: list[ActorMention] = []
    for role in ("actor1", "actor2"):
        cand = [a for a in out if a.role == role]
        if cand:
            result.append(max(cand, key=lambda a: a.confidence))
    if len(result) == 2 and result[0].mention == result[1].mention:
        result = result[:1]
    return result


_WITHDRAW = frozenset({"withdraw", "retreat", "flee", "abandon", "evacuate", "leave", "pull"})
_TAKE_OVER = frozenset({"capture", "seize", "overrun", "occupy", "enter", "overtake", "retake", "recapture"})
_WHEN_MARKS = frozenset({"after", "as", "once", "when"})


def _takes_over(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "take":  # "took over the town", "took control of it"; not "took the wounded to hospital"
        return any((c.dep_ == "prt" and c.lower_ == "over") or (c.dep_ == "dobj" and c.lower_ == "control")
                   for c in verb.children)
    return lemma in _TAKE_OVER


def _takeover_sides(trigger: Token) -> tuple[Token, Token] | None:
    """(who took the ground, who left it) when the trigger is the takeover verb or inside a withdrawal clause that
    times it ("took control of the town after government soldiers pulled out without a fight")."""
    sent = trigger.sent
    for v in sent:
        if v.dep_ != "advcl" or v.pos_ != "VERB" or v.lemma_.lower() not in _WITHDRAW:
            continue
        if v.lemma_.lower() == "pull" and not any(c.dep_ == "prt" and c.lower_ in ("out", "back") for c in v.children):
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _WHEN_MARKS for c in v.children):
            continue
        chain = [v.head, *([v.head.head] if v.head.dep_ == "conj" else [])]
        if not any(_takes_over(h) for h in chain):
            continue
        if trigger not in chain and trigger.i not in {t.i for t in v.subtree}:
            continue
        taker = next((c for h in chain for c in h.children if c.dep_ == "nsubj"), None)
        leaver = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if taker is not None and leaver is not None:
            return taker, leaver
    return None


def _subject_before(trigger: Token, sent: Span, actors: list[ActorMention]) -> None:
    """Headline-style notes the parser reads badly ("Armed men raid a ballot centre, attack voters"): with no
    actor1 found, the subject that comes before the trigger, at low confidence. Added after classification, so
    it never changes the rules' event type."""
    if any(a.role == "actor1" for a in actors):
        return
    verb = (trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ in _SEQUENCE_PREPS
            and has_protest_cue(trigger.text) else None)
    if verb is not None and verb.lemma_.lower() not in _triggers()["single"] and verb.lower_ not in _triggers()["single"]:
        return  # "Families went to the morgues after protests": who went did not protest
    dateline = dateline_span(sent.doc.text)
    for t in sent:
        if t.i >= trigger.i:
            return
        if dateline is not None and t.idx < dateline.end:
            continue  # "JALALABAD, Afghanistan (Wire) -": the reporter's city and agency, never a party
        if t.dep_ != "nsubj" or t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ in ("DATE", "TIME", "GPE", "LOC"):
            continue
        if t.lemma_.lower() in _not_actors() or t.lower_ in _not_actors() or t.lemma_.lower() in _triggers()["single"]:
            return
        if t.i in _tellers(trigger):
            return  # 'President X set up a committee ..., as a monitor raised the toll of civilians killed'
        span = _arg_span(t)
        if any(a.evidence and a.evidence[0].start == span.start_char for a in actors):
            return
        actors.append(_mention(span, "actor1", 0.4))
        return


# acts ACLED codes only when nobody is harmed: beside a killing in the same sentence, the killing is the event
_SECONDARY_SUBS = frozenset({"Looting/property destruction", "Arrests", "Non-violent transfer of territory"})
_HARM_TYPES = frozenset({"Violence against civilians", "Battles", "Explosions/Remote violence"})


def _in_victim_phrase(tok: Token, trig: list[tuple[Token, str, tuple[str, str, float]]]) -> bool:
    """'killing two members of a civilian vigilante group': a crowd word inside what another trigger verb acted
    on names the victims, not the event."""
    for other, _text, _base in trig:
        if other.i == tok.i or other.pos_ != "VERB":
            continue
        for c in other.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.i != tok.i and tok in c.subtree:
                return True
    return False


def _main_trigger(trig: list[tuple[Token, str, tuple[str, str, float]]],
                  counts: list[Count]) -> tuple[Token, str, tuple[str, str, float]]:
    """The sentence's strongest trigger, except a crowd word that names the victims and an act that ACLED codes
    only when no one is harmed (looting, arrest, withdrawal) beside a harm trigger and a toll."""
    best = max(trig, key=lambda x: x[2][2])
    if len(trig) < 2:
        return best
    kept = [t for t in trig if not (t[2][0] in ("Riots", "Protests") and _in_victim_phrase(t[0], trig))] or trig
    top = max(kept, key=lambda x: x[2][2])
    if top[2][1] in _SECONDARY_SUBS and any(c.kind in ("killed", "injured") for c in counts):
        harm = [t for t in kept if t[2][0] in _HARM_TYPES and t[2][1] not in _SECONDARY_SUBS]
        if harm:
            return max(harm, key=lambda x: x[2][2])
    return top


_GENERIC_DEAD = frozenset({"people", "person", "man", "men"})  # say nothing of which side the dead were on


def agentless_toll(cand: Candidate) -> bool:
    """A toll told with no one doing the killing ("dozens of people have been killed", "the dead included"):
    it reports the dead of an event told elsewhere, and names no perpetrator."""
    if (cand.event_type, cand.sub_event_type) not in (("Violence against civilians", "Attack"),
                                                       ("Battles", "Armed clash")) or cand.weight >= 0.9:
        return False
    killed = [c for c in cand.counts if c.kind == "killed"]
    if not killed:
        return False
    cues = _triggers()["cues"]
    named = cues["civilians"] - _GENERIC_DEAD
    for c in killed:
        ws = set((c.group or "").lower().replace("-", " ").replace(",", " ").split())
        if ws & named and not ws & (cues["armed_state"] | cues["armed_nonstate"]):
            return False  # "1,225 civilians were killed": the dead are named unarmed, an attack's toll
    t = cand.trigger
    single = _triggers()["single"]
    if any(c.dep_ == "advcl" and any(g.dep_ == "nsubj" and g.lemma_.lower() not in single for g in c.children)
           for c in t.children):
        return False  # "were killed when militants attacked a checkpoint" names who did it ("since the clashes began" not)
    if t.lemma_.lower() in ("die", "dead"):
        return not any(a.role == "actor1" and a.confidence > 0.35 for a in cand.actors)
    deps = {c.dep_ for c in t.children}
    return t.pos_ == "VERB" and "nsubjpass" in deps and "agent" not in deps


def _dead_sides(sent: Span, counts: list[Count]) -> list[ActorMention]:
    """A clash's toll that counts the dead of two sides ("30 soldiers and more than 20 fighters of the front were
    killed") names both parties: the first side as actor1, the second as actor2, at low confidence."""
    for c in counts:
        if c.kind != "killed" or not c.group or " and " not in c.group:
            continue
        first, second = (p.strip() for p in c.group.split(" and ", 1))
        i = sent.text.find(first)
        j = sent.text.find(second, i + len(first)) if i >= 0 else -1
        if i < 0 or j < 0 or not first or not second:
            continue
        base = sent.start_char
        return [ActorMention(role=role, name=name, mention=name, evidence=[CharSpan(base + k, base + k + len(name))],
                             method=ACTOR_METHOD, confidence=0.4)
                for role, name, k in (("actor1", first, i), ("actor2", second, j))]
    return []


def find_candidates(sdoc: Doc, counts: list[Count]) -> list[Candidate]:
    """One event candidate per sentence that has a trigger, classified, with its actors and counts."""
    out: list[Candidate] = []
    for sent in sdoc.sents:
        trig = _sentence_triggers(sent)
        sent_counts = [
            c for c in counts if any(sent.start_char <= e.start < sent.end_char for e in c.evidence)
        ]
        if not trig:
            # a toll told in this sentence, not one told earlier whose supporting span reaches here ("killing 14 and
            # injuring 30. Two of the dead were children"): that toll is the earlier sentence's event
            harm = [c for c in sent_counts if c.kind in ("killed", "injured", "abducted")
                    and sent.start_char <= c.evidence[0].start < sent.end_char]
            if not harm:
                continue
            # "46 bodies were brought to the morgue": a toll with no event word still reports an attack
            ev = harm[0].evidence[0]
            tok = next((t for t in sent if t.idx >= ev.start), sent[0])
            trig = [(tok, harm[0].phrase, ("Violence against civilians", "Attack", 0.4))]
        tok, text, base = _main_trigger(trig, sent_counts)
        actors = find_actors(tok, sent)
        etype, sub, w = classify(sent, base, sent_counts, actors)
        _subject_before(tok, sent, actors)
        # victims named by a count are the event's actor2 when the structure gave none
        if not any(a.role == "actor2" for a in actors):
            for c in sent_counts:
                if c.group and c.kind in ("killed", "injured", "abducted", "detained", "missing", "displaced"):
                    i = sdoc.text.find(c.group, c.evidence[0].start, c.evidence[0].end)
                    if i >= 0:
                        actors.append(
                            ActorMention(role="actor2", name=c.group, mention=c.group,
                                         evidence=[CharSpan(i, i + len(c.group))], method=ACTOR_METHOD, confidence=0.6)
                        )
                        break
        if etype == "Battles" and not actors:
            actors.extend(_dead_sides(sent, sent_counts))
        conf = min(0.95, 0.35 + 0.4 * w + (0.15 if sent_counts else 0.0))
        out.append(Candidate(sent, tok, text, etype, sub, w, actors, sent_counts, conf))
    if not out:
        cand = model_candidate(sdoc, counts)
        if cand is not None:
            out.append(cand)
    return out


# a clause that denies an event or its outcome: "no arrests had been made", "no one was hurt", "police did not
# fire", "none of the suspects was detained"; from the negator to the end of its clause
_DENIAL = re.compile(
    # "has had no news of him since" tells a disappearance, not a denial
    r"\b(?:no(?!\s+(?:news|word|trace)\s+(?:of|from|about)\b)|none of the|nobody|no one|neither|not a single)\b[^.;:!?]*"
    # "had not been seen since" tells a disappearance, not a denial; so does "could not find out where he was held"
    r"|\b(?:did|does|do|was|were|is|are|has|have|had|could|would)(?:\s+not|n['’]t)\b"
    r"(?!\s+(?:been\s+)?(?:seen|heard|found|located|traced|returned)\b"
    r"|\s+(?:find\s+out|learn|establish|say|know|tell)\s+where\b)[^.;:!?]*"
    r"|\bwithout\s+(?:any\s+)?(?:arrests?|injur\w+|casualt\w+|incidents?|violence)\b",
    re.I,
)


def without_denials(text: str) -> str:
    """``text`` with the clauses that deny an event blanked out (same length, so offsets still hold).

    Why: 'Police said no arrests had been made' names arrests only to deny them; a classifier over words reads
    'arrests' all the same and would report an arrest that did not happen."""
    return _DENIAL.sub(lambda m: " " * len(m.group(0)), text)


def _model_only_settings() -> dict[str, Any]:
    return dict(load_vocab("event_triggers")["entries"]["model_only"])


def _tells_an_act(told: str, spec: dict[str, Any]) -> bool:
    """Whether a note, its denied clauses taken out, still tells more than who spoke.

    Why: "police said no arrests had been made" leaves "police said": the classifier, which reads the note's
    opening and its actors, may still name an event there (``after_denial_idle`` of event_triggers.yaml)."""
    from . import _model

    toks = set(_model.argument_tokens(told))
    if "no_violence_verb" not in toks:
        return True
    idle = set(spec.get("after_denial_idle") or [])
    nouns = {t[4:] for t in idle if t.startswith("has_")}
    for t in toks - idle:
        position, _, rest = t.partition("_")
        if position not in ("first", "act", "tgt", "pair") or not set(rest.split("_")) <= nouns:
            return True
    return False


def model_candidate(sdoc: Doc, counts: list[Count]) -> Candidate | None:
    """The classifier's event for a short note where no trigger word fired ("residents blocked the highway").

    Why: ACLED notes often name the event only by what people did; the classifier reads the whole note. Only
    for short, note-like texts and only when the model is confident (threshold chosen on the dev split,
    ``event_triggers.yaml`` ``model_only``): in a long article a text without a trigger is rarely an event report.
    The evidence is the whole note the model read; the method says the model alone named the event.
    """
    spec = _model_only_settings()
    text = sdoc.text
    if not text.strip() or len(text) > int(spec["max_chars"]):
        return None
    from . import _model

    if not _model.available():
        return None
    # what the note denies is no event: "No arrests had been made" reports no arrest (the trigger scan skips
    # negated words; the classifier reads bags of words, so the denied clauses are taken out before it reads)
    told = without_denials(text)
    if not re.search(r"[^\W\d_]{3}", told):
        return None
    if told != text and not _tells_an_act(told, spec):
        return None
    etype, sub, p = _model.predict([told])[0]
    if etype == _model.NO_EVENT or (p < float(spec["min_probability"]) and not _model.defined_event(told)):
        return None
    whole = sdoc[:]
    first = next(iter(sdoc.sents), whole)
    root = first.root
    actors = find_actors(root, first) if root.pos_ in ("VERB", "AUX", "NOUN") else []
    _subject_before(root, first, actors)
    if not any(a.role == "actor2" for a in actors):
        for c in counts:
            if c.group and c.kind in ("killed", "injured", "abducted", "detained", "missing", "displaced"):
                i = text.find(c.group, c.evidence[0].start, c.evidence[0].end)
                if i >= 0:
                    actors.append(ActorMention(role="actor2", name=c.group, mention=c.group,
                                               evidence=[CharSpan(i, i + len(c.group))], method=ACTOR_METHOD,
                                               confidence=0.5))
                    break
    return Candidate(whole, root, "", etype, sub, float(p), actors, list(counts), float(p), MODEL_ONLY_METHOD)
