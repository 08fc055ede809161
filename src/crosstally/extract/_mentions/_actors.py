"""Who acted (actor1) and on whom (actor2) from the trigger's dependency structure: argument spans, things and
speakers that are no party, takeovers, the subject before a trigger in headline-style notes."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ...records import ActorMention
from ...records import Span as CharSpan
from ...vocab import load_vocab
from .._dateline import dateline_span
from .._doc_basics import doc_text
from ._candidate import ACTOR_METHOD
from ._passives import _headline_passive, _inside_proper_name
from ._triggers import _RECIPROCAL, _SHOTS, _triggers
from ._types import has_protest_cue

_ARG_MAX_TOKENS = 9


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
    dateline = dateline_span(doc_text(sent.doc))

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
    # (round 15: also a weapon word inside the noun under "under": "came under heavy rocket and artillery fire")
    fire = trigger
    for _ in range(3):
        if fire.dep_ not in ("nmod", "compound", "amod", "conj") or fire.head.i == fire.i:
            break
        fire = fire.head
    if not (fire.dep_ == "pobj" and fire.head.lower_ == "under"):
        fire = trigger
    under = fire.head.head if fire.dep_ == "pobj" and fire.head.lower_ == "under" else None
    if under is not None and under not in verbs:
        verbs.append(under)
    if under is not None:
        for c in fire.children:  # "came under attack from gunmen": "from" hangs on the attack itself
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
            elif c.dep_ == "nsubj" and _headline_passive(v):
                add(c, "actor2", 0.6)
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
    # round 12b: "an officer was shot and wounded by gunmen": the parser hangs the agent on the last coordinated
    # passive verb, which shares the first one's subject; that agent is who acted in the whole chain
    if not any(a.role == "actor1" for a in out):
        for v in verbs:
            for c in v.children:
                if c.dep_ != "conj" or c.pos_ != "VERB" or any(
                        g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                    continue
                for ag in c.children:
                    if ag.dep_ == "agent":
                        for p in ag.children:
                            if p.dep_ == "pobj":
                                add(p, "actor1", 0.7)
    # "4 soldiers were killed when militants attacked a checkpoint": the attacker is the subordinate clause's subject
    if not any(a.role == "actor1" for a in out):
        clause_verbs = verbs + [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        for v in clause_verbs:
            for c in v.children:
                if (c.dep_ == "advcl" or (c.dep_ == "ccomp" and c.i < v.i and _headline_passive(v))) and c.pos_ == "VERB":
                    for g in c.children:
                        if g.dep_ == "nsubj":
                            add(g, "actor1", 0.6)
    # round 12b: "Three killed, two hurt in Tarvo cattle raid": with the dead as a headline passive's subject,
    # the proper name that qualifies an event noun of the sentence names who acted
    if not any(a.role == "actor1" for a in out) and any(_headline_passive(v) for v in verbs):
        for tok in sent:
            if tok.i == trigger.i or tok.pos_ != "NOUN" or (tok.lemma_.lower() not in trig_words
                                                            and tok.lower_ not in trig_words):
                continue
            mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.i < tok.i]
            if mods:
                out.append(_mention(sent.doc[mods[0].i : mods[-1].i + 1], "actor1", 0.55))
                break
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
            if ent.label_ == "NORP" and _inside_proper_name(ent, sent):
                continue  # round 12b: "at Ol Moran": a people's name inside a place's name is no group
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
    dateline = dateline_span(doc_text(sent.doc))
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
