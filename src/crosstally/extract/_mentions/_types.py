"""ACLED event type / sub-event type of a trigger in its sentence: rules over victims, perpetrators, weapons and
cues (a crowd for Protests and Riots, armed dead for Battles); the PLOVER map."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ...records import ActorMention, Count
from ...vocab import load_vocab
from .._model import has_argument, one_sided, one_sided_far
from ._triggers import _triggers

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
        if armed_actor1 and victims is None and w < 0.8 and not (one_sided(sent.text) or one_sided_far(sent.text)):
            # an armed actor and no victim named: a clash, unless it acted on unarmed people (ACLED: an attack), told
            # near or further on in the sentence ("soldiers guarding the mine opened fire on gold diggers", v2.27)
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
