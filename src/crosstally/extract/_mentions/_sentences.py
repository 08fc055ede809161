"""One candidate per sentence: its main trigger, classified, with its actors and counts; tolls told with no one
doing the killing; the dead of two sides as a clash's parties."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...records import ActorMention, Count
from ...records import Span as CharSpan
from .._doc_basics import doc_text
from ._actors import _subject_before, find_actors
from ._candidate import ACTOR_METHOD, Candidate
from ._model_only import model_candidate
from ._triggers import _sentence_triggers, _triggers
from ._types import classify

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
                    i = doc_text(sdoc).find(c.group, c.evidence[0].start, c.evidence[0].end)
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
