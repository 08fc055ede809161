"""Trigger words of ``data/event_triggers.yaml`` found in a sentence: phrases, single words, 'fired shots into',
'traded fire with'; a trigger the sentence denies fires nothing. Also the file's context-word sets (cues)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from ...vocab import load_vocab


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


# "X clashed with Y"; round 17: "X traded fire with Y" (the parser may hang "with" on "fire": see find_actors)
_RECIPROCAL = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "engage", "trade"})
# what two sides trade or exchange in a fight ("traded fire", "exchanged gunfire", "exchanged shots")
_SHOTS = frozenset({"fire", "gunfire", "shot", "shots", "bullet", "bullets", "blow", "blows"})


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
