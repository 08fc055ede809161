"""Codebook conventions for who was hit and who hit them when a note does not say: civilians as targets, the
unknown perpetrator, the finders of bodies, a foreign state's attack.

Why: violence against civilians always has civilians as actor2 and an attacker as actor1 in ACLED, named or not.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..records import ActorMention
from ..records import Span as CharSpan
from ._conventions import (
    CODEBOOK_METHOD,
    Resolved,
    _demote,
    _find,
    _first,
    _force_at,
    _implicit,
    state_first_here,
)
from ._generic import codebook_actor
from ._kb import Actor, ActorKB, actor_key, get_kb
from ._national import national_force_in


def _implied_civilians(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan],
                       country: str | None, when: date | None) -> None:
    """Remote violence with no side acted on ("a bomb went off at a company office", "a drone hit a house"): the
    civilians whose property or place was hit, with the blast word as evidence.

    Why: ACLED codes a side acted on in every explosion (dev sides of ACLED Kenya and Afghanistan, counts of roles
    only); a note that names no person, force or group hit tells civilian property. Round 34b: outside Kenya's
    state-first order, where the note says no one was hurt (``no_harm``), only people's property hit (a house, a car)
    tells civilians; a depot or open ground leaves the side acted on empty, as ACLED's recent notes do.
    """
    where = _find(cb["_implied_rx"], text, spans)
    if where is None:
        return
    if not state_first_here(country, when) and _find(cb["_no_harm_rx"], text, spans) is not None:
        # round 34b: "a drone struck a fuel depot; no casualties were reported": a blast that hurt no one acts on
        # civilians only through their property (a house, a shop, a car), that word the evidence
        where = _find(cb["_property_rx"], text, spans)
        if where is None:
            return
    tc = cb["target_civilians"]
    items.append(_implicit("actor2", codebook_actor(tc["template"], int(tc["inter"]), country, when), text, where,
                           0.4))


def _property_owners(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan],
                     country: str | None, when: date | None) -> None:
    """Looting or destruction with no side acted on whose object is people's property ("burned 27 houses", "drove
    off goats from homesteads", "set fire to two cars"): the civilians it belonged to, with the property word as
    evidence.

    Why (round 33b): ACLED codes the side whose property was looted or destroyed as actor2, Civilians (X) when it
    was people's homes, shops, vehicles, animals or places of worship (ACLED Codebook, 'Looting/property
    destruction'); offices, masts and public buildings name no civilians. Spent world notes 2016-2024: 31 of 47
    such notes have Civilians as actor2. ACLED's older Kenyan notes (to 2013 on the train side) leave it empty, so
    the rule holds from ``property_from`` on.
    """
    tc = cb["target_civilians"]
    if _first(items, "actor2") is not None or (when is not None and when.year < int(tc.get("property_from") or 0)):
        return
    where = _find(cb["_property_rx"], text, spans)
    if where is not None:
        items.append(_implicit("actor2", codebook_actor(tc["template"], int(tc["inter"]), country, when), text,
                               where, 0.4))


def _civilians(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
               when: date | None, ev_type: str = "", sub: str = "") -> None:
    """The target of Violence against civilians is civilians: an unresolved or missing actor2 is Civilians (X).

    A mob's violence always acts on someone too (``always_sub_event_types``): with no actor2 and no person word, the
    act is the evidence of the civilians it hit ("a mob torched the house of ...")."""
    spec = cb["target_civilians"]
    civ = codebook_actor(spec["template"], int(spec["inter"]), country, when)
    a2 = _first(items, "actor2")
    if a2 is not None:
        if a2.actor is None:
            a2.actor = civ
        elif sub in (spec.get("mob_suspects_in") or ()) and _unidentified_group(a2):
            # v11: the people a mob lynches as suspects ("three suspected robbers were lynched", "thugs") are civilians:
            # a crowd's justice falls on unarmed people, whatever they were accused of (ACLED codebook, mob violence)
            a2.actor, a2.confidence = civ, min(a2.confidence, 0.55)
        elif (a2.actor.inter != int(spec["inter"]) or a2.actor.type in spec["victim_types"]) and (
                ev_type in spec["always"] or a2.actor.type in spec["victim_types"]) and not _armed_target(a2, spec, text):
            # the people acted on are Civilians; who they are ("Pokomo villages", "election officials") is the
            # associated actor, as ACLED codes it
            am = a2.mention
            _demote(a2, items)
            items.append(Resolved(ActorMention(role="actor2", name=civ.name, mention=am.mention,
                                               evidence=list(am.evidence), method=CODEBOOK_METHOD,
                                               confidence=min(am.confidence, 0.55)), civ, 0.55, implicit=True))
        return
    # round 34b: "no one was injured": a victim word the note negates names no one
    where = _find(cb["_victim_rx"], text, spans,
                  lambda m: cb["_victim_negated_rx"].search(text[max(0, m.start() - 20) : m.start()]) is not None)
    if where is None and (ev_type in spec["always"] or sub in (spec.get("always_sub_event_types") or ())):
        # the codebook's definition: violence against civilians has civilians as its target, even when the note names
        # the victim only by an office ("the senator", "a chief"); the act is the evidence
        where = _find(cb["_perpetrator_rx"], text, spans)
    if where is None and ev_type in (spec.get("when_harmed") or ()):
        # v19: a blast or a shell that killed or hurt people the note does not name ("went off in central Al-Bab; 4
        # killed, 15 hurt"): ACLED gives every such event a side acted on, and unnamed dead are civilians
        # round 34b: "Nobody was hurt": a harm the note denies names no victim
        where = _find(cb["_harm_rx"], text, spans,
                      lambda m: cb["_harm_negated_rx"].search(text[max(0, m.start() - 40) : m.start()]) is not None)
    if where is not None:
        items.append(_implicit("actor2", civ, text, where, 0.55 if ev_type not in spec["always"] else 0.5))


def _armed_target(r: Resolved, spec: dict[str, Any], text: str) -> bool:
    """Whether the side acted on is an armed force (``armed_target_inter``: a state force, not an official): ACLED
    never codes it as civilians ("youths attacked an AP officer guarding a farm": a battle with the police). An
    officer off duty, retired or former is a civilian (ACLED Codebook: "an off-duty police officer killed at home")."""
    if r.actor is None or r.actor.inter not in {int(i) for i in spec.get("armed_target_inter") or ()}:
        return False
    start = min((s.start for s in r.mention.evidence), default=0)
    end = max((s.end for s in r.mention.evidence), default=0)
    return (r.actor.type not in spec["victim_types"] and _OFF_DUTY.search(text, max(0, start - 40), end) is None
            and not _officer_of_other(r))


def _officer_of_other(r: Resolved) -> bool:
    """'an ODM officer': the officer of what the words before 'officer' name, when that is another actor (a party,
    a firm) than the force the noun alone gave; 'AP officer', 'police officer' stay the police's."""
    words = actor_key(r.mention.mention or "").split()
    if len(words) < 2 or words[-1] not in ("officer", "officers", "official", "officials"):
        return False
    other = get_kb().lookup(" ".join(words[:-1]), r.actor.country if r.actor else None)
    return other is not None and r.actor is not None and other.name != r.actor.name and other.inter != 1


_OFF_DUTY = re.compile(r"(?<![\w-])(?:(?:off[- ]duty|former|retired)(?![\w-])|ex-(?=\w))", re.I)


def _unidentified_group(r: Resolved) -> bool:
    """Whether a side is one of the codebook's unidentified groups ('Unidentified Armed Group (X)', '... Militia')."""
    return r.actor is not None and r.actor.type == "generic" and r.actor.name.startswith("Unidentified")


def _finders(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
             when: date | None) -> None:
    """Who found the dead ("police dug up the remains of three men", "villagers found two bodies") is no side of
    the killing: the actor1 that did only that is dropped, and the killer the note cannot name is the unidentified
    armed group (ACLED Codebook: the perpetrator is actor1; a discovery of bodies is coded on its perpetrator).
    """
    a1 = _first(items, "actor1")
    if a1 is None or a1.implicit or not a1.mention.evidence:
        return
    end = a1.mention.evidence[0].end
    if cb["_finder_rx"].match(text, end, min(len(text), end + 80)) is None:
        return
    items.remove(a1)
    if _first(items, "actor1") is None and _find(cb["_perpetrator_rx"], text, spans) is None:
        where = CharSpan(end, end)
        m = cb["_finder_rx"].match(text, end, min(len(text), end + 80))
        if m is not None:
            where = CharSpan(m.start("verb"), m.end("verb"))
        spec = cb["unknown_perpetrator"]
        items.append(_implicit("actor1", codebook_actor(spec["template"], int(spec["inter"]), country, when), text,
                               where, 0.4))


def _perpetrator(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                 when: date | None) -> None:
    """An attacker the report does not identify (unresolved, civilians, a crowd) is Unidentified Armed Group.

    Why: "two men were shot dead in Kisumu" names no attacker, yet ACLED codes one; with no actor1 at all the
    word that implies an attacker ("shot", "hacked") is the evidence of an implicit Unidentified Armed Group.
    """
    spec = cb["unknown_perpetrator"]
    a1 = _first(items, "actor1")
    uag = codebook_actor(spec["template"], int(spec["inter"]), country, when).name
    if a1 is None or a1.actor is None or a1.actor.name == uag or a1.actor.inter in {int(i) for i in cb["crowd_inter"]}:
        for key in ("police", "military"):
            where = _force_at(cb, key, "suspected", text, spans)
            if where is None:
                continue
            if a1 is not None:
                _demote(a1, items)
            force = codebook_actor(cb["state_first"][key]["template"], 1, country, when)
            items.append(_implicit("actor1", force, text, where, 0.5))
            return
    people = _people_group(items, text, spans, country, when)
    if a1 is None:
        if people is not None:
            items.append(_implicit("actor1", people[0], text, people[1], 0.5))
            return
        where = _find(cb["_perpetrator_rx"], text, spans)
        if where is not None:
            actor = codebook_actor(spec["template"], int(spec["inter"]), country, when)
            items.append(_implicit("actor1", actor, text, where, 0.45))
        return
    # civilians never perpetrate; a crowd that attacks outside a riot ("gangs of youths raided houses") is coded as
    # an armed group, the crowd names being for protests and riots
    if a1.actor is None or a1.actor.inter in {int(i) for i in cb["crowd_inter"]} or (
            people is not None and a1.actor.name == uag):
        if people is not None:
            # round 34b: "settlers from an outpost set two cars alight ... as residents gathered": the armed people
            # the note names are the attackers, not the people the parse took for them
            a1.actor, a1.confidence = people[0], min(a1.confidence, 0.5)
            said = text[people[1].start : people[1].end]
            if said.lower() not in (a1.mention.mention or "").lower():
                # the words the parse took for the attacker ("residents") are not the group's: its name is the evidence
                a1.mention.mention, a1.mention.evidence, a1.implicit = said, [people[1]], True
            return
        a1.actor = codebook_actor(spec["template"], int(spec["inter"]), country, when)
        a1.confidence = min(a1.confidence, 0.5)


def _people_group(items: list[Resolved], text: str, spans: list[CharSpan], country: str | None,
                  when: date | None) -> tuple[Actor, CharSpan] | None:
    """The armed identity group the event's sentences name by a plain people word the knowledge base gives it in the
    event's country only ('settlers' in Palestine: Settlers (Israel)), when no side already is that group.

    Why (round 34b): ACLED codes the settlers' attacks on Palestinian villages as Settlers (Israel), a named identity
    militia, never an unidentified armed group; the word is lower case, so the knowledge base holds it only in its own
    country (spent world notes 50-54: 3 of 3 such attacks coded so)."""
    if country is None:
        return None
    groups = _people_words(get_kb(), country)
    for s in spans:
        for a, rx in groups:
            m = rx.search(text, s.start, s.end)
            if m is None:
                continue
            if any(r.actor is not None and r.actor.id == a.id for r in items):
                return None
            return a, CharSpan(m.start(), m.end())
    return None


# (id of a process-wide knowledge base, country) -> its people words; get_kb keeps every base it built for the
# process's life, so an id names one base
_PEOPLE_WORDS: dict[tuple[int, str], tuple[tuple[Actor, re.Pattern[str]], ...]] = {}


def _people_words(kb: ActorKB, country: str) -> tuple[tuple[Actor, re.Pattern[str]], ...]:
    """The country's identity militias with their lower-case people words, one pattern each, built once per
    knowledge base and country: :func:`_people_group` runs for every event's perpetrator."""
    cached = _PEOPLE_WORDS.get((id(kb), country))
    if cached is not None:
        return cached
    out = []
    for a in kb.actors.values():
        if a.type != "identity_militia" or a.country != country:
            continue
        words = sorted((x for x in a.aliases if x == x.lower()), key=len, reverse=True)
        if words:
            out.append((a, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])",
                                      re.I)))
    _PEOPLE_WORDS[(id(kb), country)] = found = tuple(out)
    return found


def _national_attacker(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan],
                       country: str | None, when: date | None) -> None:
    """An air strike, missile or shell no mention attributes, named by a nationality ("a US airstrike", "an Israeli
    drone strike hit a house"): that country's state force is actor1.

    Why: the sentence's subject is the weapon, so no actor mention carries the attacker; ACLED codes the force
    that fired it, never an unidentified armed group.
    """
    spec = cb["unknown_perpetrator"]
    uag = codebook_actor(spec["template"], int(spec["inter"]), country, when).name
    a1 = _first(items, "actor1")
    if a1 is not None and a1.actor is not None and a1.actor.name != uag:
        return
    found = national_force_in(text, spans, country, when)
    if found is None:
        return
    actor, a, b = found
    if any(r.actor is not None and r.actor.name == actor.name for r in items):
        return
    if a1 is not None and a1.implicit:
        # round 34b: the unidentified armed group the codebook put in for the unnamed attacker was a placeholder for
        # this force, no associate of it
        items.remove(a1)
    elif a1 is not None:
        _demote(a1, items)
    items.append(_implicit("actor1", actor, text, CharSpan(a, b), 0.6))


# a relative or appositive clause after the victim tying the victim to a group ("a cleric who allegedly supported")
_VICTIM_TIE = re.compile(r"[\s,]*(?:who|whom|whose|said to be|believed to be|a|an)\b[^.;]{0,60}?\b(?:support\w*|"
                         r"members?|belong\w*|linked|allied|associated|sympathi\w*|in league|leaders?|commanders?|"
                         r"spokes\w+|officials?|financiers?|recruiters?)\b(?:\s+(?:of|to|with))?(?:\s+(?:the|al|el))?\s*$", re.I)
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.I)


def _victim_tie(items: list[Resolved], text: str, where: CharSpan) -> bool | None:
    """Whether the group named at ``where`` is the victim's: True when the victim's own words name it ("Mungiki sect
    spokesman"), False when a clause right after the victim ties the victim to it ("a cleric who allegedly supported
    Al Shabaab"), None when it is neither (the group may then be the suspect)."""
    a2 = _first(items, "actor2")
    if (a2 is None or not a2.mention.evidence or a2.mention.method == CODEBOOK_METHOD or a2.actor is None
            or a2.actor.inter != 7):
        return None  # only a person acted on: an armed side ("a gathering of JNIM fighters") may be the group
    span = a2.mention.evidence[0]
    if span.start <= where.start and where.end <= span.end:
        # inside the victim's words: the victim's group, unless a clause there only ties the victim to it
        before = text[span.start : where.start]
        rel = _RELATIVE_WORD.search(before)
        return rel is None or not _VICTIM_TIE.fullmatch(before, rel.start())
    if span.end <= where.start and _VICTIM_TIE.fullmatch(text, span.end, where.start):
        return False
    return None
