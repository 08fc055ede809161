"""Codebook conventions for protests and riots: the crowd as a side, the force that intervened, arrests, two crowds.

Why: ACLED codes 'Protesters (X)' / 'Rioters (X)' as actor1 and the police that dispersed them as actor2, although a
note names neither ("residents blocked the road and were dispersed with tear gas").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..records import ActorMention
from ..records import Span as CharSpan
from ._conventions import CODEBOOK_METHOD, Resolved, _demote, _find, _first, _government, _implicit, _state
from ._generic import codebook_actor
from ._kb import Actor, get_kb
from ._mention import _named_inside
from ._national import national_force
from ._non_party import is_thing


def _crowd(items: list[Resolved], spec: dict[str, Any], sub: str, cb: dict[str, Any], text: str,
           spans: list[CharSpan], country: str | None, when: date | None, etype: str = "") -> None:
    crowd = codebook_actor(spec["template"], int(spec["inter"]), country, when)
    crowdish = {int(i) for i in cb["crowd_inter"]}
    force_first = sub in cb["force_against_crowd"]
    if _armed_not_crowd(items, spec, cb, text, spans, country):
        return
    for r in [r for r in items if _state(r) and _came_later(r, cb, text)]:
        items.remove(r)  # "he died before police arrived": no side of the crowd's act
    a1 = _first(items, "actor1")
    if a1 is not None and _state(a1) and not _government(a1) and sub in (spec.get("crowd_only") or ()):
        # a peaceful protest faces no force: "clinical officers" who marched are the crowd's members
        a1.actor = crowd
    intervened = force_first or sub in cb["intervention"]["sub_event_types"]
    # the state force named anywhere in the event (actor1 in "police dispersed the crowd")
    # in a riot a state force the event names is the side the rioters faced, whatever the sub-event type
    on_force = etype in cb["intervention"]["named_force_event_types"]
    # in a protest a force named among the mentions ("police used fire extinguishers against them") is the side the
    # crowd faced too, never an associate of the crowd
    named_any = on_force or etype in (cb["intervention"].get("named_force_mentions_in") or ())
    # a government acts on a crowd only when the event's sentences name no force that did (police, tear gas): force
    # against protesters is used by the police, not by "President X's government" the crowd protested against
    force = next((r for r in items if _state(r) and not _government(r) and (intervened or named_any or r is a1)), None)
    if force is None and not (intervened and _find(cb["_intervention_rx"], text, spans) is not None):
        force = next((r for r in items if _state(r) and (intervened or named_any or r is a1)), None)
    if force is None and (on_force or intervened):
        # the force the crowd fought or threw things at, military words and nationalities included
        where = _find(cb["_crowd_on_force_rx"], text, spans)
        word = None if where is None else (cb["_police_rx"].search(text, where.start, where.end)
                                           or cb["_military_rx"].search(text, where.start, where.end))
        if word is not None and _not_there(cb, text, word.start(), word.end()):
            where = None  # v11: "clashed outside the police station": the building is no side
        if where is not None:
            force = _state_force(cb, text, where, where, country, when, "actor2", 0.55)
            items.append(force)
    if force is None and intervened:
        where = _find(cb["_intervention_rx"], text, spans)
        if where is not None and _not_there(cb, text, where.start, where.end):
            where = None
        if where is not None:
            iv = cb["intervention"]
            force = _implicit("actor2", codebook_actor(iv["template"], int(iv["inter"]), country, when), text, where,
                              0.6)
            items.append(force)
    if force is not None:
        _crowd_police(force, cb, text, spans, country, when)
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
        # ("a mob lynched a man": the man is the mob's victim, not the crowd); a civilian mention is the crowd
        # only when no word names one
        named = [r for r in items if r is not a1 and r.actor is not None and r.actor.inter in crowdish]
        crowd_item = next((r for r in named if r.actor is not None and r.actor.inter != 7), None)
        where = _find(cb["_crowd_rx"], text, spans) if crowd_item is None else None
        if crowd_item is None and where is None and a1 is None and sub in (spec.get("always_crowd") or ()):
            # mob violence is a crowd's act by definition: with no crowd word ("two men were beaten to death by
            # villagers"), the act is the evidence of the rioters, and the people named are its victims
            where = _find(cb["_perpetrator_rx"], text, spans)
            if where is None and force is not None:
                # "villagers threw stones at police officers": the people who faced the force are the crowd
                where = _find(cb["_victim_rx"], text, spans)
        if crowd_item is None and where is None and named:
            crowd_item = named[0]
        if crowd_item is not None:
            crowd_item.actor = crowd
        elif where is not None:
            crowd_item = _implicit("actor1", crowd, text, where, 0.6)
            items.append(crowd_item)
    if crowd_item is None:
        return
    if force is None and "two_crowds" in spec:
        _two_crowds(items, spec, crowd, cb, text, spans)
    if force is not None and not _government(force):
        # the government a crowd addresses ("demanding the resignation of President X's government") is no side of
        # what its police did
        for r in [r for r in items if r is not force and r is not crowd_item and _government(r)]:
            items.remove(r)
    if force is not None:
        first, second = (force, crowd_item) if force_first else (crowd_item, force)
        for item, role in ((first, "actor1"), (second, "actor2")):
            for other in [r for r in items if r.mention.role == role and r is not item]:
                _demote(other, items)
            item.mention.role = role
    elif force_first:
        # the crowd acted on is the one actor2; the people named beside it ("16 people were killed") are its members
        for other in [r for r in items if r.mention.role == "actor2" and r is not crowd_item]:
            _demote(other, items)
        crowd_item.mention.role = "actor2"
        # excessive force is the state's: with no force named, the country's police, the act ("killed") the evidence
        where = _find(cb["_perpetrator_rx"], text, spans)
        if where is not None and _first(items, "actor1") is None:
            named = _force_word(cb, text, spans, country, when)
            if named is not None:
                items.append(named)
                return
            iv = cb["intervention"]
            items.append(_implicit("actor1", codebook_actor(iv["template"], int(iv["inter"]), country, when), text,
                                   where, 0.45))


def _force_word(cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                when: date | None) -> Resolved | None:
    """The force a soldier's or police word names in the event's sentences ("Israeli troops posted along the fence
    fired"), as actor1 of excessive force, where the parse tied no side to the killing.

    Why: the country's police is ACLED's default only where no force is told; troops, and a foreign state's, are
    the military's (v16, spent world_notes54)."""
    for s in spans:
        m = cb["_police_rx"].search(text, s.start, s.end) or cb["_military_rx"].search(text, s.start, s.end)
        if m is not None and not _not_there(cb, text, m.start(), m.end()):
            return _state_force(cb, text, CharSpan(m.start(), m.end()), CharSpan(max(s.start, m.start() - 40), m.end()),
                                country, when, "actor1", 0.5)
    return None


def _state_force(cb: dict[str, Any], text: str, word: CharSpan, window: CharSpan, country: str | None,
                 when: date | None, role: str, confidence: float) -> Resolved:
    """The state force a police or soldier word in ``word`` names, its nationality read in ``window`` ("Israeli
    troops"), else the country's police or military by ACLED's template; the nationality or the word is the evidence."""
    national = national_force(text, country, when, window.start, window.end)
    m = cb["_police_rx"].search(text, word.start, word.end)
    key = "police" if m is not None else "military"
    m = m or cb["_military_rx"].search(text, word.start, word.end)
    where = CharSpan(m.start(), m.end()) if m is not None else word
    if national is not None:
        return _implicit(role, national[0], text, CharSpan(national[1], national[2]), confidence)
    return _implicit(role, codebook_actor(cb["state_first"][key]["template"], 1, country, when), text, where,
                     confidence)


def _came_later(r: Resolved, cb: dict[str, Any], text: str) -> bool:
    """Whether a force's mention tells it came only once the act was over ("before police arrived", "rescued by"),
    or names it only as a building ("outside the police station") or as absent ("no report of police presence")."""
    ev = r.mention.evidence
    if not ev or r.implicit:
        return False
    start, end = ev[0].start, ev[0].end
    if cb["_rescued_by_rx"].search(text[max(0, start - 30):start]) is not None:
        return True
    if _not_there(cb, text, start, end):
        return True
    return (cb["_came_before_rx"].search(text[max(0, start - 20):start]) is not None
            and cb["_came_after_rx"].search(text[end:end + 40]) is not None)


def _not_there(cb: dict[str, Any], text: str, start: int, end: int) -> bool:
    """Whether the force word at start:end names a building ("outside the police station") or an absent force ("no
    report of police presence"): v11, such a force is no side of the crowd's act."""
    before = text[max(0, start - 40):start]
    return ((cb["_force_place_rx"].search(text[end:end + 20]) is not None
             and cb["_force_at_place_rx"].search(before) is not None)
            or cb["_force_denied_rx"].search(before[-30:]) is not None)


def _armed_not_crowd(items: list[Resolved], spec: dict[str, Any], cb: dict[str, Any], text: str,
                     spans: list[CharSpan], country: str | None) -> bool:
    """Whether a riot's actor1 is an armed organisation, not a crowd: a named rebel group, militia or foreign force
    ("RSF fighters raided a village", "Russian forces struck a block") in a note that tells no crowd.

    Why: rioters are a crowd (ACLED Codebook, 'Riots'); an armed group's attack read as a riot keeps its attacker
    (dev side of ACLED Kenya: riots have a rebel group as actor1 in none of them, a named militia in 2 of 1,350,
    counts only).
    """
    a1 = _first(items, "actor1")
    if not spec.get("armed_not_crowd") or a1 is None or a1.actor is None or a1.implicit:
        return False
    foreign = a1.actor.inter == 1 and a1.actor.country is not None and country is not None and (
        a1.actor.country != country)
    if not foreign and (a1.actor.inter not in (2, 3, 8) or a1.actor.type in ("generic", "political_party")):
        return False
    return _find(cb["_crowd_people_rx"], text, spans) is None


def _crowd_police(force: Resolved, cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                  when: date | None) -> None:
    """"Security forces" facing a crowd are its police, unless the event's sentences name soldiers.

    Why: ACLED codes the unspecified force that disperses or fires on a crowd as the country's police; the
    military generic is for forces the note calls soldiers, troops or the army.
    """
    if force.actor is None or force.actor.inter != 1 or not force.actor.name.startswith("Military Forces of"):
        return
    if cb["_crowd_unspecific_rx"].search(force.mention.mention or "") is None:
        return
    if _find(cb["_crowd_military_rx"], text, spans) is not None:
        return
    force.actor = codebook_actor(cb["intervention"]["template"], 1, country, when)
    force.mention.name = force.actor.name


def _arrested(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
              when: date | None) -> None:
    """The people an arrest holds are Civilians (X), or Protesters (X) where the event tells a protest; the unnamed
    "security forces" who make it are the police.

    Why: ACLED codes the detained by who they are as a group ("a writer", "an opposition politician", "members of a
    union" are civilians; named armed groups keep their names), and arrests as the act of the state's police unless
    the note names soldiers (codebook, Strategic developments / Arrests; dev side of ACLED Kenya: actor1 is the
    police in every arrest made by a state force).
    """
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a1 is not None:
        _crowd_police(a1, cb, text, spans, country, when)
    if a2 is None and _state(a1) and country:
        a2 = _held(items, cb, text, spans)
    if a2 is not None and (a2.actor is None or a2.actor.inter in (5, 6, 7)):
        group = _held_as_member(a2, text, country, when)
        if group is not None:
            a2.actor, a2.confidence = group, min(a2.confidence, 0.6)
            return
    if a2 is None or a2.actor is not None or a2.mention.method == CODEBOOK_METHOD or not country:
        return
    if is_thing(a2.mention.mention or ""):
        return
    tc = cb["target_civilians"]
    protest = _find(cb["_arrest_protest_rx"], text, spans) is not None
    spec = cb["crowd"]["Protests"] if protest else {"template": tc["template"], "inter": tc["inter"]}
    a2.actor = codebook_actor(spec["template"], int(spec["inter"]), country, when)
    a2.confidence = min(a2.confidence, 0.5)


# what the police said the people held were ("four men they said were Al Shabaab recruiters", "two youths
# believed to be members of the Mungiki sect"), right after the mention of the people held
# round 32a: "31 people in Apopa (San Salvador) accused of belonging to MS-13": the place may carry its region in
# brackets, and "accused of" says what they are held as, as "suspected of" does
_HELD_AS = re.compile(r"(?:\s+(?:in|at|from|near)\s+(?-i:[A-Z])[\w'-]*(?:(?:\s+|\s*,\s*)(?-i:[A-Z])[\w'-]*){0,3}"
                      r"(?:\s*\([^()]{1,40}\))?)?"
                      r"\s*,?\s*(?:who\s+)?(?:(?:they|police|officers|detectives|authorities|the\s+police)\s+"
                      r"(?:said|say|believe[ds]?|suspect(?:ed)?)\s+(?:were|are|to\s+be)|(?:were\s+|are\s+)?"
                      r"(?:believed|suspected|said|thought|alleged)\s+to\s+be|(?:suspected|accused)\s+of\s+being|linked\s+to"
                      # round 11: "men suspected of links to Al-Shabaab", "a man with suspected ties to the group",
                      # "a teacher suspected of recruiting youths for al Shabaab", "youths planning to join Al-Shabaab"
                      r"|(?:(?:were\s+|are\s+)?(?:suspected|believed|said|thought|alleged)\s+(?:to\s+have|of\s+having)\s+"
                      r"|(?:with|having)\s+(?:suspected\s+|alleged\s+|possible\s+|known\s+|close\s+)?"
                      r"|(?:were\s+|are\s+)?suspected\s+of\s+)(?:links?|ties|connections)\s+(?:to|with)"
                      r"|(?:were\s+|are\s+)?(?:suspected|accused)\s+of\s+(?:financing|funding|supporting|aiding|facilitating|"
                      r"sympathi[sz]ing\s+with|belonging\s+to|working\s+for|spying\s+for|recruiting\s+for|"
                      r"recruiting\s+(?:\w+\s+){1,2}(?:for|into|to\s+join)|(?:planning|trying|attempting|intending)\s+to\s+join)"
                      r"|(?:planning|trying|attempting|intending|seeking|headed|heading|on\s+(?:their|his|her)\s+way)\s+"
                      r"to\s+join)\s+"
                      r"(?P<who>[^,.;:()]{2,80})", re.I)


def _held_as_member(a2: Resolved, text: str, country: str | None, when: date | None) -> Actor | None:
    """The armed or political group the note says the people held belong to, None when it names none.

    Why: ACLED codes an arrest of a group's members with the group as actor2 (dev side of ACLED Kenya: police and Al
    Shabaab in the arrests of its suspects, counts only); "four men they said were Al Shabaab recruiters" names the
    group after the men, where the parse only kept "men".
    """
    ev = a2.mention.evidence
    if not ev:
        return None
    m = _HELD_AS.match(text, ev[0].end, min(len(text), ev[0].end + 160))
    if m is None:
        # round 11: the parse kept the tail in the mention ("a man with suspected ties to the Al-Shabaab group")
        m = _HELD_AS.search(text, ev[0].start + 1, min(len(text), ev[0].end + 160))
    if m is None:
        return None
    actor = _named_inside(m.group("who"), country, when, get_kb())
    if actor is None or actor.inter not in (2, 3) or actor.name.startswith("Unidentified"):
        return None
    return actor


def _held(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan]) -> Resolved | None:
    """The people an arrest names right after its verb ("arrested a youth activist"), as an unresolved actor2.

    Why: every arrest has its detained as actor2 (dev side of ACLED Kenya: no arrest without one, counts only); the
    parse misses some objects, the words after the verb still name them.
    """
    where = _find(cb["_arrest_object_rx"], text, spans)
    if where is None:
        return None
    m = cb["_arrest_object_rx"].match(text, where.start, where.end)
    if m is None or not m.group("who") or is_thing(m.group("who")):
        return None
    span = CharSpan(m.start("who"), m.end("who"))
    am = ActorMention(role="actor2", name=m.group("who"), mention=m.group("who"), evidence=[span],
                      method="crosstally.actors.arrested.v1", confidence=0.45)
    item = Resolved(am, None, 0.45)
    items.append(item)
    return item


def _two_crowds(items: list[Resolved], spec: dict[str, Any], crowd: Actor, cb: dict[str, Any], text: str,
                spans: list[CharSpan]) -> None:
    """Two crowds fighting each other ("supporters of rival candidates clash"): the other crowd is actor2 too.

    Why: ACLED codes a riot between two groups as Rioters against Rioters; a person hurt in it is not the target.
    """
    where = _find(cb["_two_crowds_rx"], text, spans)
    if where is None:
        return
    a2 = _first(items, "actor2")
    if a2 is not None and a2.actor is not None and a2.actor.inter not in {int(i) for i in cb["crowd_inter"]}:
        return  # a named side (a force, a militia) is the other side
    if a2 is not None:
        _demote(a2, items)
    items.append(_implicit("actor2", crowd, text, where, 0.5))
