"""ACLED's codebook conventions for actors a report leaves implicit (``data/actor_codebook.yaml``).

Why: an ACLED note says "residents blocked the road and were dispersed with tear gas"; ACLED codes actor1
"Rioters (Kenya)" and actor2 "Police Forces of Kenya (2013-)" although neither name is written. The conventions
are rules of the codebook, so they live in a data file with the codebook as source; each implicit actor keeps as
evidence the word that implies it ("blocked", "tear gas").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from ..records import ActorMention, Event
from ..records import Span as CharSpan
from ..vocab import load_vocab
from ._kb import Actor, actor_key, country_name

CODEBOOK_METHOD = "crosstally.actors.codebook.v1"


@dataclass(slots=True)
class Resolved:
    """One actor mention with the actor it resolved to (None: unresolved) while the codebook rearranges roles."""

    mention: ActorMention
    actor: Actor | None
    confidence: float
    implicit: bool = False


@lru_cache(maxsize=1)
def codebook() -> dict[str, Any]:
    """The entries of ``actor_codebook.yaml`` with its word lists compiled."""
    e = dict(load_vocab("actor_codebook")["entries"])

    def rx(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.I)

    e["_crowd_rx"] = rx(e["crowd_words"])
    e["_intervention_rx"] = rx(e["intervention"]["words"])
    e["_victim_rx"] = rx(e["victim_words"])
    return e


@lru_cache(maxsize=1)
def not_actor_words() -> frozenset[str]:
    """Head nouns that name a thing or the event itself, never a party ('tear gas', 'houses', 'the attack')."""
    return frozenset(str(w).lower() for w in codebook()["not_actors"])


def codebook_actor(template: str, inter: int, country: str | None, when: date | None = None) -> Actor:
    """An ACLED generic actor from a codebook template; with no country the parts naming it are left out."""
    from ._resolve import period_suffix

    if country is None:
        name = re.sub(r"\s*\(\{country\}\)|\s+of \{country\}|\{period\}", "", template)
    else:
        name = template.format(country=country_name(country) or country, period=period_suffix(country, when))
    return Actor(id="generic:" + actor_key(name).replace(" ", "-"), name=name, inter=inter, country=country,
                 type="generic")


def _find(rx: re.Pattern[str], text: str, spans: list[CharSpan]) -> CharSpan | None:
    """The first match inside the event's evidence spans, else None (never a word from another story)."""
    for s in spans:
        m = rx.search(text, s.start, s.end)
        if m is not None:
            return CharSpan(m.start(), m.end())
    return None


def _implicit(role: str, actor: Actor, text: str, where: CharSpan, confidence: float) -> Resolved:
    am = ActorMention(role=role, name=actor.name, mention=text[where.start : where.end], evidence=[where],
                      method=CODEBOOK_METHOD, confidence=confidence)
    return Resolved(am, actor, confidence, implicit=True)


def _first(items: list[Resolved], role: str) -> Resolved | None:
    return next((r for r in items if r.mention.role == role), None)


def _demote(item: Resolved, items: list[Resolved]) -> None:
    """An actor1/actor2 displaced by the codebook becomes an associated actor of the same side."""
    item.mention.role = "assoc_actor_1" if item.mention.role == "actor1" else "assoc_actor_2"
    items.remove(item)
    items.append(item)


def apply_codebook(ev: Event, items: list[Resolved], text: str, country: str | None,
                   when: date | None) -> list[Resolved]:
    """Rearrange and complete one event's actors by ACLED's conventions (crowds, intervening police, civilians)."""
    cb = codebook()
    spans = [s for s in ev.evidence if 0 <= s.start < s.end <= len(text)]
    if not spans or len(text) <= int(cb["note_chars"]):
        spans = [CharSpan(0, len(text))]  # a short note tells one event: all of it is the event's
    etype, sub = ev.event_type or "", ev.sub_event_type or ""
    items = list(items)
    crowd = cb["crowd"].get(etype)
    if crowd:
        _crowd(items, crowd, sub, cb, text, spans, country, when)
    tc = cb["target_civilians"]
    if etype in tc["event_types"] or sub in tc["sub_event_types"]:
        _civilians(items, cb, text, spans, country, when)
    if etype in cb["unknown_perpetrator"]["event_types"]:
        _perpetrator(items, cb, country, when)
    order = {"actor1": 0, "actor2": 1, "assoc_actor_1": 2, "assoc_actor_2": 3}
    return sorted(items, key=lambda r: order.get(r.mention.role, 4))


def _state(r: Resolved | None) -> bool:
    return r is not None and r.actor is not None and r.actor.inter == 1


def _crowd(items: list[Resolved], spec: dict[str, Any], sub: str, cb: dict[str, Any], text: str,
           spans: list[CharSpan], country: str | None, when: date | None) -> None:
    crowd = codebook_actor(spec["template"], int(spec["inter"]), country, when)
    crowdish = {int(i) for i in cb["crowd_inter"]}
    force_first = sub in cb["force_against_crowd"]
    a1 = _first(items, "actor1")
    intervened = force_first or sub in cb["intervention"]["sub_event_types"]
    # the state force named anywhere in the event (actor1 in "police dispersed the crowd")
    force = next((r for r in items if _state(r) and (intervened or r is a1)), None)
    if force is None and intervened:
        where = _find(cb["_intervention_rx"], text, spans)
        if where is not None:
            iv = cb["intervention"]
            force = _implicit("actor2", codebook_actor(iv["template"], int(iv["inter"]), country, when), text, where,
                              0.6)
            items.append(force)
    crowd_item: Resolved | None = None
    if a1 is not None and not _state(a1):
        if a1.actor is not None and a1.actor.inter not in crowdish:
            # "ODM supporters protested", "Mungiki youths rioted": the crowd, with the group associated
            _demote(a1, items)
            am = a1.mention
            crowd_item = Resolved(ActorMention(role="actor1", name=crowd.name, mention=am.mention,
                                               evidence=list(am.evidence), method=CODEBOOK_METHOD,
                                               confidence=am.confidence), crowd, a1.confidence, implicit=True)
            items.append(crowd_item)
        else:
            a1.actor = crowd  # the crowd's members ("traders", "residents") are the crowd
            crowd_item = a1
    else:
        # the crowd named elsewhere in the event ("police shot two protesters"), else the word that implies it
        crowd_item = next((r for r in items if r is not a1 and r.actor is not None and r.actor.inter in crowdish),
                          None)
        if crowd_item is not None:
            crowd_item.actor = crowd
        else:
            where = _find(cb["_crowd_rx"], text, spans)
            if where is not None:
                crowd_item = _implicit("actor1", crowd, text, where, 0.6)
                items.append(crowd_item)
    if crowd_item is None:
        return
    if force is not None:
        first, second = (force, crowd_item) if force_first else (crowd_item, force)
        for item, role in ((first, "actor1"), (second, "actor2")):
            for other in [r for r in items if r.mention.role == role and r is not item]:
                _demote(other, items)
            item.mention.role = role
    elif force_first:
        crowd_item.mention.role = "actor2"


def _civilians(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
               when: date | None) -> None:
    """The target of Violence against civilians is civilians: an unresolved or missing actor2 is Civilians (X)."""
    spec = cb["target_civilians"]
    civ = codebook_actor(spec["template"], int(spec["inter"]), country, when)
    a2 = _first(items, "actor2")
    if a2 is not None:
        if a2.actor is None:
            a2.actor = civ
        return
    where = _find(cb["_victim_rx"], text, spans)
    if where is not None:
        items.append(_implicit("actor2", civ, text, where, 0.55))


def _perpetrator(items: list[Resolved], cb: dict[str, Any], country: str | None, when: date | None) -> None:
    """An attacker the report does not identify (an unresolved actor1, or civilians) is Unidentified Armed Group."""
    a1 = _first(items, "actor1")
    if a1 is None:
        return
    if a1.actor is None or a1.actor.inter == 7:
        spec = cb["unknown_perpetrator"]
        a1.actor = codebook_actor(spec["template"], int(spec["inter"]), country, when)
        a1.confidence = min(a1.confidence, 0.5)
