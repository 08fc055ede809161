"""ACLED's codebook conventions for actors a report leaves implicit (``data/actor_codebook.yaml``).

Why: an ACLED note says "residents blocked the road and were dispersed with tear gas"; ACLED codes actor1
"Rioters (Kenya)" and actor2 "Police Forces of Kenya (2013-)" although neither name is written. The conventions
are rules of the codebook, so they live in a data file with the codebook as source; each implicit actor keeps as
evidence the word that implies it ("blocked", "tear gas"). Also here: the attacker a note implies but does not
name, the group a note says is suspected, raiders as ethnic militias, the communities a clash sets against each
other, the battle order ACLED Kenya uses (also for remote violence against a force), the second side of a battle,
and two crowds facing each other in one riot.
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
from ._kb import Actor, actor_key, fill_country, strip_roles

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
    e["_perpetrator_rx"] = rx(e["unknown_perpetrator"]["words"])
    e["_implied_rx"] = rx(e["target_civilians"].get("implied_words") or ["$^"])
    e["_communal_rx"] = rx(e["communal_context"]["words"])
    weak = set(e["communal_context"].get("weak_words") or ())
    e["_communal_strong_rx"] = rx([w for w in e["communal_context"]["words"] if w not in weak] or ["$^"])
    e["_two_crowds_rx"] = rx(e["two_crowds"])
    e["_both_sides_rx"] = rx(e.get("both_sides") or ["$^"])
    e["_crowd_people_rx"] = rx(e.get("crowd_people") or ["$^"])
    fd = e["unknown_perpetrator"].get("finders") or {}
    # the find verb right after the actor ("villagers found", "police later dug up"), never a verb told after another
    # act of the same actor ("soldiers repulsed the attack and recovered the bodies")
    e["_finder_rx"] = re.compile(r"[\s,]*(?:(?:later|also|then|had|have|has|reportedly)\s+)?(?P<verb>"
                                 + "|".join(fd.get("verbs") or ["$^"])
                                 + r")\s+(?:[\w'-]+\s+){0,4}?(?:" + "|".join(fd.get("what") or ["$^"])
                                 + r")(?![\w-])", re.I)
    e["_arrest_rx"] = rx((e.get("arrests") or {}).get("words") or ["$^"])
    e["_arrest_protest_rx"] = rx((e.get("arrests") or {}).get("protest_words") or ["$^"])
    held = (e.get("arrests") or {}).get("held") or {}
    e["_arrest_object_rx"] = re.compile(
        r"(?<![\w-])(?:" + "|".join((e.get("arrests") or {}).get("words") or ["$^"]) + r")\s+(?P<who>(?:"
        + "|".join(held.get("lead") or ["$^"]) + r")\s+(?:(?!(?:" + "|".join(held.get("stop") or ["$^"])
        + r")\b)[\w'-]+\s+){0,3}(?:" + "|".join(held.get("people") or ["$^"]) + r"))(?![\w-])", re.I)
    cp = e.get("crowd_police") or {}
    e["_crowd_military_rx"] = rx(cp.get("military_words") or ["$^"])
    e["_crowd_unspecific_rx"] = rx(cp.get("unspecific") or ["$^"])
    forces = "|".join(e["state_first"]["police"]["words"] + e["state_first"]["military"]["words"])
    fl = e["intervention"].get("force_came_later") or {}
    e["_came_before_rx"] = re.compile(r"(?<![\w-])(?:" + "|".join(fl.get("before") or ["$^"]) + r")\s+(?:the\s+)?$",
                                      re.I)
    e["_rescued_by_rx"] = re.compile(r"(?<![\w-])(?:" + "|".join(fl.get("rescued") or ["$^"]) + r")\s+(?:the\s+)?$",
                                     re.I)
    e["_came_after_rx"] = re.compile(r"^\s*(?:[\w'-]+\s+)?(?:" + "|".join(fl.get("arrived") or ["$^"])
                                     + r")(?![\w-])", re.I)
    # a word between the act and the force that puts the force after the act ("injured before police arrived")
    later = "|".join(e["intervention"].get("crowd_on_force_not_between") or ["$^"])
    e["_crowd_on_force_rx"] = re.compile(r"(?<![\w-])(?:" + "|".join(e["intervention"].get("crowd_on_force") or ["$^"])
                                         + r")\s+(?:(?:with|on|against|at)\s+)?(?:(?!(?:" + later
                                         + r")\s)[\w'-]+\s+){0,2}?(?:" + forces
                                         + r")(?![\w-])"
                                         # "threw stones and Molotov cocktails at Israeli soldiers"
                                         + r"|(?<![\w-])(?:" + "|".join(e["intervention"].get("crowd_throw_at") or ["$^"])
                                         + r")\s+(?:[\w'-]+\s+){0,5}?(?:at|on|towards)\s+(?:[\w'-]+\s+){0,2}?(?:"
                                         + forces + r")(?![\w-])", re.I)
    for key in ("military", "police"):
        e[f"_{key}_rx"] = rx(e["state_first"][key]["words"])
        force = "(?:" + "|".join(e["state_first"][key]["words"]) + ")"
        e[f"_{key}_suspected_rx"] = re.compile(
            "|".join(str(c).replace("{force}", force) for c in e["unknown_perpetrator"].get("suspected_force") or ["$^"]),
            re.I)
        cue = "|".join(e["state_first"]["target_cues"])
        e[f"_{key}_target_rx"] = re.compile(r"(?<![\w-])(?:" + cue + r")\s+(?:[\w'-]+\s+){0,3}?(?:"
                                            + "|".join(e["state_first"][key]["words"]) + r")(?![\w-])", re.I)
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
        name = fill_country(template, country, period_suffix(country, when))
    return Actor(id="generic:" + actor_key(name).replace(" ", "-"), name=name, inter=inter, country=country,
                 type="generic")


def _find(rx: re.Pattern[str], text: str, spans: list[CharSpan]) -> CharSpan | None:
    """The first match inside the event's evidence spans, else None (never a word from another story)."""
    for s in spans:
        m = rx.search(text, s.start, s.end)
        if m is not None:
            return CharSpan(m.start(), m.end())
    return None


def _force_at(cb: dict[str, Any], key: str, cue: str, text: str, spans: list[CharSpan]) -> CharSpan | None:
    """Where a cue of ``cue`` kind ('suspected', 'target') names the police or military force: the force's own
    words inside the cue when it has them ("police officers on patrol" → "police officers"), else the cue."""
    where = _find(cb[f"_{key}_{cue}_rx"], text, spans)
    if where is None:
        return None
    m = cb[f"_{key}_rx"].search(text, where.start, where.end)
    return CharSpan(m.start(), m.end()) if m is not None else where


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
    _finders(items, cb, text, spans, country, when)
    crowd = cb["crowd"].get(etype)
    if crowd:
        _crowd(items, crowd, sub, cb, text, spans, country, when, etype)
    tc = cb["target_civilians"]
    if etype in tc.get("unresolved_in", ()):
        a2 = _first(items, "actor2")
        if a2 is not None and a2.actor is None and a2.mention.method != CODEBOOK_METHOD:
            a2.actor = codebook_actor(tc["template"], int(tc["inter"]), country, when)
    if etype in tc["event_types"] or sub in tc["sub_event_types"]:
        _civilians(items, cb, text, spans, country, when, etype)
    if etype in cb["unknown_perpetrator"]["event_types"]:
        _perpetrator(items, cb, text, spans, country, when)
    elif sub in cb["unknown_perpetrator"].get("sub_event_types", ()):
        a1 = _first(items, "actor1")
        # a crowd that loots stays the crowd (Rioters), never the unidentified armed group
        if a1 is None or (a1.actor is None and cb["_crowd_rx"].search(a1.mention.mention or "") is None):
            _perpetrator(items, cb, text, spans, country, when)
    if sub in (cb.get("arrests") or {}).get("sub_event_types", ()) and _first(items, "actor1") is None:
        # "several people were arrested": an arrest is the state's act, here its police
        where = _find(cb["_arrest_rx"], text, spans)
        if where is not None:
            spec = cb["arrests"]
            items.append(_implicit("actor1", codebook_actor(spec["template"], 1, country, when), text, where, 0.45))
    if sub in (cb.get("arrests") or {}).get("sub_event_types", ()) and _find(cb["_arrest_protest_rx"], text,
                                                                               spans) is None:
        # arrested with no protest told: civilians, whatever word named them ("activists")
        civ = codebook_actor(tc["template"], int(tc["inter"]), country, when)
        for r in items:
            if r.actor is not None and r.actor.inter == 6 and r.mention.role in ("actor2", "assoc_actor_2"):
                r.actor = civ
    if sub in (cb.get("arrests") or {}).get("sub_event_types", ()):
        _arrested(items, cb, text, spans, country, when)
    if etype in cb["suspected_group"]["event_types"]:
        _suspected(items, cb, text, spans, country, when, etype in cb["state_first"]["event_types"])
    if etype in (cb.get("national_attacker") or {}).get("event_types", ()):
        _national_attacker(items, cb, text, spans, country, when)
    if etype in cb["communal_context"]["event_types"]:
        _communal(items, cb, text, spans, country, when)
    sf = cb.get("state_first") or {}
    if etype in sf.get("event_types", ()) and country in sf.get("countries", ()):
        _state_first(items, cb, text, spans, country, when)
    elif etype in sf.get("swap_event_types", ()) and country in sf.get("countries", ()):
        _targeted_force(items, cb, text, spans, country, when)
        _swap_sides(items)
        _unknown_bomber(items, cb, text, spans, country, when)
    elif etype in sf.get("event_types", ()):
        _second_side(items, cb, text, spans, country, when)
    elif etype in sf.get("swap_event_types", ()) and sf.get("target_everywhere"):
        # elsewhere the force a bomb was aimed at is still its target (actor2); only the order is Kenya's own
        _targeted_force(items, cb, text, spans, country, when, keep_civilians=True)
    aa = cb.get("answered_attack") or {}
    if etype in aa.get("event_types", ()) and country not in sf.get("countries", ()):
        _answered_attack(items, cb, text, spans)
    if sub in (cb.get("air_power") or {}).get("sub_event_types", ()):
        _air_power(items, cb, text, spans, country, when)
    if etype in (cb.get("gave_up_to") or {}).get("event_types", ()):
        _gave_up_to(items, cb, text, spans, country, when)
    if etype in cb["communal_context"]["event_types"]:
        _community(items, cb, text, spans, country, when, etype)
    if sub in (cb.get("agreement_sides") or ()):
        _agreement_sides(items)
    if etype in sf.get("event_types", ()):
        _national_pair(items, text, spans, country, when)
        _unnamed_opponent(items, cb, country, when)
        _battle_sides(items, cb, text, spans, country, when)
        _unnamed_pair(items)
    if etype in tc.get("implied_in", ()) and _first(items, "actor2") is None:
        _implied_civilians(items, cb, text, spans, country, when)
    order = {"actor1": 0, "actor2": 1, "assoc_actor_1": 2, "assoc_actor_2": 3}
    return sorted(items, key=lambda r: order.get(r.mention.role, 4))


def _implied_civilians(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan],
                       country: str | None, when: date | None) -> None:
    """Remote violence with no side acted on ("a bomb went off at a company office", "a drone hit a house"): the
    civilians whose property or place was hit, with the blast word as evidence.

    Why: ACLED codes a side acted on in every explosion (dev sides of ACLED Kenya and Afghanistan, counts of roles
    only); a note that names no person, force or group hit tells civilian property.
    """
    where = _find(cb["_implied_rx"], text, spans)
    if where is None:
        return
    tc = cb["target_civilians"]
    items.append(_implicit("actor2", codebook_actor(tc["template"], int(tc["inter"]), country, when), text, where,
                           0.4))


def _state(r: Resolved | None) -> bool:
    return r is not None and r.actor is not None and r.actor.inter == 1


def _government(r: Resolved) -> bool:
    """A government (not its forces): 'President X's government', 'the authorities'."""
    return r.actor is not None and (r.actor.type == "government" or r.actor.name.startswith("Government of"))


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
        if where is not None:
            from ._resolve import national_force

            national = national_force(text, country, when, where.start, where.end)
            m = cb["_police_rx"].search(text, where.start, where.end)
            key = "police" if m is not None else "military"
            m = m or cb["_military_rx"].search(text, where.start, where.end)
            if m is not None:
                where = CharSpan(m.start(), m.end())
            spec = cb["state_first"][key]
            actor = national[0] if national is not None else codebook_actor(spec["template"], 1, country, when)
            if national is not None:
                where = CharSpan(national[1], national[2])
            force = _implicit("actor2", actor, text, where, 0.55)
            items.append(force)
    if force is None and intervened:
        where = _find(cb["_intervention_rx"], text, spans)
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
            iv = cb["intervention"]
            items.append(_implicit("actor1", codebook_actor(iv["template"], int(iv["inter"]), country, when), text,
                                   where, 0.45))


def _came_later(r: Resolved, cb: dict[str, Any], text: str) -> bool:
    """Whether a force's mention tells it came only once the act was over ("before police arrived", "rescued by")."""
    ev = r.mention.evidence
    if not ev or r.implicit:
        return False
    start, end = ev[0].start, ev[0].end
    if cb["_rescued_by_rx"].search(text[max(0, start - 30):start]) is not None:
        return True
    return (cb["_came_before_rx"].search(text[max(0, start - 20):start]) is not None
            and cb["_came_after_rx"].search(text[end:end + 40]) is not None)


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
    if a2 is None or a2.actor is not None or a2.mention.method == CODEBOOK_METHOD or not country:
        return
    from ._resolve import is_thing

    if is_thing(a2.mention.mention or ""):
        return
    tc = cb["target_civilians"]
    protest = _find(cb["_arrest_protest_rx"], text, spans) is not None
    spec = cb["crowd"]["Protests"] if protest else {"template": tc["template"], "inter": tc["inter"]}
    a2.actor = codebook_actor(spec["template"], int(spec["inter"]), country, when)
    a2.confidence = min(a2.confidence, 0.5)


def _held(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan]) -> Resolved | None:
    """The people an arrest names right after its verb ("arrested a youth activist"), as an unresolved actor2.

    Why: every arrest has its detained as actor2 (dev side of ACLED Kenya: no arrest without one, counts only); the
    parse misses some objects, the words after the verb still name them.
    """
    from ._resolve import is_thing

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


def _civilians(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
               when: date | None, ev_type: str = "") -> None:
    """The target of Violence against civilians is civilians: an unresolved or missing actor2 is Civilians (X)."""
    spec = cb["target_civilians"]
    civ = codebook_actor(spec["template"], int(spec["inter"]), country, when)
    a2 = _first(items, "actor2")
    if a2 is not None:
        if a2.actor is None:
            a2.actor = civ
        elif (a2.actor.inter != int(spec["inter"]) or a2.actor.type in spec["victim_types"]) and (
                ev_type in spec["always"] or a2.actor.type in spec["victim_types"]):
            # the people acted on are Civilians; who they are ("Pokomo villages", "election officials") is the
            # associated actor, as ACLED codes it
            am = a2.mention
            _demote(a2, items)
            items.append(Resolved(ActorMention(role="actor2", name=civ.name, mention=am.mention,
                                               evidence=list(am.evidence), method=CODEBOOK_METHOD,
                                               confidence=min(am.confidence, 0.55)), civ, 0.55, implicit=True))
        return
    where = _find(cb["_victim_rx"], text, spans)
    if where is None and ev_type in spec["always"]:
        # the codebook's definition: violence against civilians has civilians as its target, even when the note names
        # the victim only by an office ("the senator", "a chief"); the act is the evidence
        where = _find(cb["_perpetrator_rx"], text, spans)
    if where is not None:
        items.append(_implicit("actor2", civ, text, where, 0.55 if ev_type not in spec["always"] else 0.5))


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
    if a1 is None:
        where = _find(cb["_perpetrator_rx"], text, spans)
        if where is not None:
            actor = codebook_actor(spec["template"], int(spec["inter"]), country, when)
            items.append(_implicit("actor1", actor, text, where, 0.45))
        return
    # civilians never perpetrate; a crowd that attacks outside a riot ("gangs of youths raided houses") is coded as
    # an armed group, the crowd names being for protests and riots
    if a1.actor is None or a1.actor.inter in {int(i) for i in cb["crowd_inter"]}:
        a1.actor = codebook_actor(spec["template"], int(spec["inter"]), country, when)
        a1.confidence = min(a1.confidence, 0.5)


def _national_attacker(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan],
                       country: str | None, when: date | None) -> None:
    """An air strike, missile or shell no mention attributes, named by a nationality ("a US airstrike", "an Israeli
    drone strike hit a house"): that country's state force is actor1.

    Why: the sentence's subject is the weapon, so no actor mention carries the attacker; ACLED codes the force
    that fired it, never an unidentified armed group.
    """
    from ._resolve import national_force

    spec = cb["unknown_perpetrator"]
    uag = codebook_actor(spec["template"], int(spec["inter"]), country, when).name
    a1 = _first(items, "actor1")
    if a1 is not None and a1.actor is not None and a1.actor.name != uag:
        return
    for s in spans:
        found = national_force(text, country, when, s.start, s.end)
        if found is None:
            continue
        actor, a, b = found
        if any(r.actor is not None and r.actor.name == actor.name for r in items):
            return
        if a1 is not None:
            _demote(a1, items)
        items.append(_implicit("actor1", actor, text, CharSpan(a, b), 0.6))
        return


def _state_first(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                 when: date | None) -> None:
    """A state force fighting a non-state group is actor1 (ACLED Kenya's usual order), whoever struck first.

    A force the event's sentences name only in passing ("security forces pushed back the attackers") but no
    actor mention carries is added as the implicit other side when the group has none.
    """
    _associated_force(items)
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a1 is None:
        # a battle needs two sides: the state force named anywhere, else one the sentences imply
        a1 = next((r for r in items if _state(r)), None)
        if a1 is None:
            a1 = _implicit_force(cb, text, spans, country, when, "actor1")
            if a1 is not None:
                items.append(a1)
        if a1 is None:
            where = _find(cb["_communal_rx"], text, spans)
            if where is not None:
                spec = cb["communal_context"]
                a1 = _implicit("actor1", codebook_actor(spec["template"], int(spec["inter"]), country, when), text,
                               where, 0.45)
                items.append(a1)
        if a1 is not None:
            if a1 is a2:
                a2 = None
            a1.mention.role = "actor1"
            if a2 is None and _state(a1) and _find(cb["_communal_rx"], text, spans) is not None:
                spec = cb["communal_context"]
                where = _find(cb["_communal_rx"], text, spans)
                assert where is not None
                items.append(_implicit("actor2", codebook_actor(spec["template"], int(spec["inter"]), country, when),
                                       text, where, 0.45))
        return
    if (a1.actor is not None and not _state(a1) and (a2 is None or a2.actor is None)
            and not any(_state(r) for r in items)):
        force = _implicit_force(cb, text, spans, country, when, "actor2")
        if force is not None:
            if a2 is not None:
                _demote(a2, items)
            items.append(force)
            a2 = force
    _swap_sides(items)


def _agreement_sides(items: list[Resolved]) -> None:
    """An agreement whose actor1 mention names both parties ("leaders of two feuding clans signed a truce"): the
    second party is the first's kind, and the deal itself ("a truce") is no party.

    Why: ACLED codes an agreement between its two parties (Codebook, 'Strategic developments / Agreement').
    """
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a1 is None or a1.actor is None or a1.actor.inter == 7 or not _both_sides(a1.mention.mention or ""):
        return
    if a2 is not None and a2.actor is not None:
        return
    if a2 is not None:
        items.remove(a2)  # "a peace deal": the deal, not a party
    am = a1.mention
    items.append(Resolved(ActorMention(role="actor2", name=a1.actor.name, mention=am.mention,
                                       evidence=list(am.evidence), method=CODEBOOK_METHOD, confidence=0.4),
                          a1.actor, 0.4, implicit=True))


def _national_pair(items: list[Resolved], text: str, spans: list[CharSpan], country: str | None,
                   when: date | None) -> None:
    """Two states' forces told together ("Kyrgyz and Tajik border troops exchanged fire", "Tajik border guards and
    Kyrgyz troops clashed") in a battle whose actor1 the parse left unnamed or civilian: the first is actor1, the
    second actor2.

    Why: a border clash is fought by two state forces (ACLED Codebook, 'Battles': civilians are never a side); the
    nationality adjectives name them, in the note's order.
    """
    from ._kb import _nationality_table
    from ._resolve import national_force

    a1 = _first(items, "actor1")
    if a1 is not None and a1.actor is not None and a1.actor.inter != 7:
        return
    pair: list[tuple[Actor, int, int]] = []
    for s in spans:
        first = national_force(text, country, when, s.start, s.end)
        if first is None:
            continue
        actor, a, b = first
        # "Kyrgyz and Tajik border troops": the adjective before "and" names the first side, the force its noun
        nat_rx, table = _nationality_table()
        m = re.search(r"(?<![\w-])(\S+)\s+and\s+$", text[max(s.start, a - 40):a]) if nat_rx is not None else None
        if m is not None and m.group(1) in table and table[m.group(1)] != actor.country:
            other = codebook_actor(actor.name.split(" of ")[0] + " of {country}{period}", 1, table[m.group(1)], when)
            if country is not None and table[m.group(1)] != country:
                other.inter = 8
            pair = [(other, a - len(m.group(0)), a - len(m.group(0)) + len(m.group(1))), first]
            break
        second = national_force(text, country, when, b, s.end)
        if second is not None and second[0].country != actor.country:
            pair = [first, second]
            break
    if len(pair) != 2:
        return
    for r in [r for r in items if r.mention.role in ("actor1", "actor2")]:
        _demote(r, items)
    for role, (actor, a, b) in zip(("actor1", "actor2"), pair, strict=True):
        items.append(_implicit(role, actor, text, CharSpan(a, b), 0.55))


def _unnamed_opponent(items: list[Resolved], cb: dict[str, Any], country: str | None, when: date | None) -> None:
    """A battle's side that fights a state force and resolves to nobody ("a suspect", "matatu operators") is an
    Unidentified Armed Group: civilians are never a party to a battle (ACLED codebook)."""
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a2 is None or a2.actor is not None or not _state(a1):
        return
    spec = cb["unknown_perpetrator"]
    a2.actor = codebook_actor(spec["template"], int(spec["inter"]), country, when)


def _unnamed_pair(items: list[Resolved]) -> None:
    """A battle whose one side is an unidentified group and whose other side the note does not name at all ("clashes
    between rival groups", "armed rival clans fought") is fought by two unidentified groups of the same kind.

    Why: a battle has two sides (ACLED codebook); when the conventions above found no force and no community for the
    second, ACLED codes it as the first side's kind ("Unidentified Armed Group (X)" against itself). The first side's
    words are the evidence.
    """
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a1 is None or a1.actor is None or a1.actor.type != "generic" or not a1.actor.name.startswith("Unidentified"):
        return
    if a2 is not None and a2.actor is not None and a2.actor.inter == 7 and _both_sides(a1.mention.mention or ""):
        # v8: "two rival clans fought ...; six people were killed": the dead are the sides' own men, the second side
        # is the first's kind (ACLED codebook: civilians are never a side in a battle)
        _demote(a2, items)
        a2 = None
    if a2 is not None and (a2.actor is not None or a2.mention.method == CODEBOOK_METHOD):
        return
    if a2 is not None:
        a2.actor, a2.confidence = a1.actor, 0.4
        return
    am = a1.mention
    items.append(Resolved(ActorMention(role="actor2", name=a1.actor.name, mention=am.mention,
                                       evidence=list(am.evidence), method=CODEBOOK_METHOD, confidence=0.4),
                          a1.actor, 0.4, implicit=True))


def _both_sides(mention: str) -> bool:
    """Whether one mention names both sides of a fight ('two rival clans', 'feuding gangs', 'rival groups')."""
    return codebook()["_both_sides_rx"].search(mention) is not None


def _armed(r: Resolved | None) -> bool:
    return r is not None and r.actor is not None and r.actor.inter in (1, 2, 3, 4, 8)


def _battle_sides(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                  when: date | None) -> None:
    """ACLED's battles are between organised armed groups: civilians named in a clash's sentences are its victims,
    not its other side, and a clash always has an attacker.

    Civilians as actor2 give way to an armed associate of that side; with no actor1, the side is the force the
    sentences name (facing a non-state group) or, when the attacker is unnamed, an Unidentified Armed Group.
    """
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a2 is not None and a2.actor is not None and a2.actor.inter == 7:
        names = {a1.actor.name} if a1 is not None and a1.actor is not None else set()
        other = next((r for r in items if r.mention.role == "assoc_actor_2" and _armed(r)
                      and r.actor is not None and r.actor.name not in names), None)
        # no armed side among the mentions: left as it is (a force the text only names in passing is more often
        # the one that came after the attack on civilians than a side: ACLED Kenya dev)
        if other is not None:
            items.remove(a2)
            other.mention.role = "actor2"
    if a2 is None:  # no other side named: civilians beside the clash are its victims, no side's associates
        for r in [r for r in items if r.mention.role == "assoc_actor_2" and r.actor is not None and r.actor.inter == 7]:
            items.remove(r)
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a1 is not None or a2 is None or a2.actor is None or a2.actor.inter == 7:
        return
    side = None if _state(a2) else _implicit_force(cb, text, spans, country, when, "actor1")
    if side is not None and side.actor is not None and side.actor.name == a2.actor.name:
        side = None
    if side is None:
        where = _find(cb["_perpetrator_rx"], text, spans)  # the act implies an attacker; no such word, none added
        if where is None:
            return
        spec = cb["unknown_perpetrator"]
        side = _implicit("actor1", codebook_actor(spec["template"], int(spec["inter"]), country, when), text, where, 0.4)
    items.append(side)


def _unknown_bomber(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan],
                    country: str | None, when: date | None) -> None:
    """A device aimed at a state force, ordered force first, whose other side is only the civilians the codebook
    implied ("a grenade hurled at a patrol; nobody knows who threw it"): the other side is whoever threw it, an
    Unidentified Armed Group when the note names no group.

    Why: with the force as actor1 the second side is the attacker, not the people hurt (dev side of ACLED Kenya:
    explosions with a Kenyan force as actor1 have an unidentified armed group or a named group as actor2 in 28 of
    31, civilians in 3; counts only).
    """
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if not _state(a1) or a2 is None or a2.actor is None or a2.actor.inter != 7 or not a2.implicit:
        return
    if any(_armed(r) and not _state(r) for r in items):
        return
    where = _find(cb["_perpetrator_rx"], text, spans)
    if where is None:
        return
    spec = cb["unknown_perpetrator"]
    items.remove(a2)  # the codebook's own guess, never a mention: dropped, not kept as an associate
    items.append(_implicit("actor2", codebook_actor(spec["template"], int(spec["inter"]), country, when), text, where,
                           0.45))


def _answered_attack(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan]) -> None:
    """A state force as actor1 that, as the note says, answered an attack ("beat back the assault", "in retaliation
    for an ambush") trades places with the armed group it fought: the group attacked first."""
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if not _state(a1) or a2 is None or a2.actor is None or a2.actor.inter not in (2, 3, 4):
        return
    if a2.implicit and a2.actor.type == "generic":
        return  # a side the codebook only guessed ("Unidentified Armed Group") is no known attacker
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(cb["answered_attack"]["cues"]) + r")(?![\w-])", re.I)
    if _find(rx, text, spans) is None:
        return
    _swap_sides(items, force=True)


def _air_power(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
               when: date | None) -> None:
    """An air or drone strike is a state's: a non-state actor1 is its target when the sentences name the force that
    flew it (by nationality, else as the army) and no one else launched it."""
    from ._resolve import national_force

    a1 = _first(items, "actor1")
    if a1 is None or a1.actor is None or _state(a1) or a1.actor.inter == 8:
        return
    if any(re.search(str(cb["air_power"]["launched_by"]), text[s.start:s.end], re.I) for s in spans):
        return  # "a drone launched by the Houthis": the note says who flew it
    force: Resolved | None = None
    for s in spans:
        found = national_force(text, country, when, s.start, s.end)
        if found is not None:
            force = _implicit("actor1", found[0], text, CharSpan(found[1], found[2]), 0.55)
            break
    if force is None:
        where = _find(cb["_military_rx"], text, spans)
        if where is None:
            return
        force = _implicit("actor1", codebook_actor(cb["state_first"]["military"]["template"], 1, country, when), text,
                          where, 0.5)
    a2 = _first(items, "actor2")
    if a2 is not None:  # the target is the group the mentions made actor1; the former actor2 its associate
        if a2.implicit:
            items.remove(a2)
        else:
            _demote(a2, items)
    a1.mention.role = "actor2"
    items.append(force)


def _gave_up_to(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                when: date | None) -> None:
    """Fighters who surrendered or defected "to" a side: that side is actor2 when none was found."""
    from ._resolve import resolve_mention

    if _first(items, "actor1") is None or _first(items, "actor2") is not None:
        return
    rx = re.compile(str(cb["gave_up_to"]["pattern"]), re.I)
    for s in spans:
        m = rx.search(text, s.start, s.end)
        if m is None:
            continue
        actor, conf = resolve_mention(m.group(1), country, when)
        if actor is None or actor.inter not in (1, 2, 3, 4, 8):
            return  # whom they gave themselves up to must be an armed side or a state
        a1 = _first(items, "actor1")
        if a1 is not None and a1.actor is not None and a1.actor.name == actor.name:
            return
        items.append(_implicit("actor2", actor, text, CharSpan(m.start(1), m.end(1)), min(conf, 0.55)))
        return


def _swap_sides(items: list[Resolved], force: bool = False) -> None:
    """A named non-state actor1 facing a state force as actor2 trades places with it, associates following
    (``force``: swap whatever the sides are)."""
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a1 is None or a2 is None or (not force and (a1.actor is None or _state(a1) or not _state(a2))):
        return
    a1.mention.role, a2.mention.role = "actor2", "actor1"
    for r in items:  # the associated actors follow their side
        if r.mention.role in ("assoc_actor_1", "assoc_actor_2"):
            r.mention.role = "assoc_actor_2" if r.mention.role == "assoc_actor_1" else "assoc_actor_1"


_CIVILIAN_WORD = re.compile(r"(?<![\w-])civilians?(?![\w-])", re.I)


def _targeted_force(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                    when: date | None, keep_civilians: bool = False) -> None:
    """The state force an explosion or grenade was aimed at ("hurled a grenade at police officers on patrol", "an IED
    hit a military vehicle") is its other side, when no mention resolved to it: civilians taken as the target give
    way (and stay associated)."""
    a2 = _first(items, "actor2")
    if any(_state(r) for r in items) or (a2 is not None and a2.actor is not None and a2.actor.inter != 7):
        return
    if keep_civilians and a2 is not None and a2.actor is not None and _CIVILIAN_WORD.search(a2.mention.mention or ""):
        return  # outside Kenya "went off near a checkpoint, killing two civilians": the note says whom it hit
    for key in ("military", "police"):
        where = _force_at(cb, key, "target", text, spans)
        if where is None:
            continue
        spec = cb["state_first"][key]
        if a2 is not None:
            _demote(a2, items)
        items.append(_implicit("actor2", codebook_actor(spec["template"], 1, country, when), text, where, 0.5))
        return


def _associated_force(items: list[Resolved]) -> None:
    """A battle between a named group and nobody, with a state force among the associated actors ("militants
    attacked a KDF camp; two soldiers were killed"): the force is the other side, actor2."""
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    # only an organised armed group's (rebels, political militias, unidentified gunmen): communities fight each other,
    # and a force named beside their clash is more often the one that came to stop it
    if a1 is None or a2 is not None or a1.actor is None:
        return
    if a1.actor.inter in (1, 8) and a1.actor.country is not None:
        # one state's force against another's ("Azerbaijani forces attacked Armenian positions; 49 of its soldiers
        # were killed"): the other country's force, associated with the second side, is that side
        other = next((r for r in items if r.mention.role == "assoc_actor_2" and r.actor is not None
                      and r.actor.inter in (1, 8) and r.actor.country not in (None, a1.actor.country)), None)
        if other is not None:
            other.mention.role = "actor2"
        return
    if a1.actor.inter not in (2, 3):
        return
    force = next((r for r in items if r.mention.role.startswith("assoc_") and _state(r)), None)
    if force is not None:
        force.mention.role = "actor2"


def _second_side(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                 when: date | None) -> None:
    """A battle has two sides: a named group with no other side, where no state force is among the mentions, fought
    the force the event's sentences name ("Taliban militants clashed with Afghan forces", "attacked a check point").
    """
    _associated_force(items)
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a1 is None or a1.actor is None or _state(a1) or any(_state(r) for r in items):
        return
    if a2 is not None and a2.actor is not None:
        return
    force = _implicit_force(cb, text, spans, country, when, "actor2")
    if force is None:
        return
    if a2 is not None:
        _demote(a2, items)
    items.append(force)


def _implicit_force(cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None, when: date | None,
                    role: str) -> Resolved | None:
    """The state force the event's sentences name without an actor mention (military words first), else None.

    A force named by its nationality ("the Ethiopian National Defense Force", "Sudanese Armed Forces") is that
    country's, whatever the place's country.
    """
    from ._resolve import national_force

    for s in spans:
        found = national_force(text, country, when, s.start, s.end)
        if found is not None:
            return _implicit(role, found[0], text, CharSpan(found[1], found[2]), 0.5)
    spec = cb["state_first"]
    for key in ("military", "police"):
        where = _find(cb[f"_{key}_rx"], text, spans)
        if where is not None:
            return _implicit(role, codebook_actor(spec[key]["template"], 1, country, when), text, where, 0.5)
    return None


def _communal(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
              when: date | None) -> None:
    """An unnamed attacker in a cattle raid or a clash between communities is an ethnic militia, not an armed group.

    Why: ACLED Kenya codes "bandits raided a village and stole 300 goats" as Unidentified Ethnic Militia (Kenya);
    the generic 'Unidentified Armed Group' is kept for attacks with no communal cue in the event's sentences.
    """
    spec = cb["communal_context"]
    uag = codebook_actor(cb["unknown_perpetrator"]["template"], int(cb["unknown_perpetrator"]["inter"]), country,
                         when)
    # a fight alone ("clashes", "fighting") is a communal cue only where ACLED was seen to code it so
    cue = cb["_communal_rx"] if country in (spec.get("weak_countries") or ()) else cb["_communal_strong_rx"]
    if _find(cue, text, spans) is None:
        return
    militia = codebook_actor(spec["template"], int(spec["inter"]), country, when)
    criminal = re.compile(r"(?<![\w-])(?:" + "|".join(spec.get("armed_group_words") or ["$^"]) + r")(?![\w-])", re.I)
    for r in items:
        if r.actor is not None and r.actor.name == uag.name and r.mention.role in ("actor1", "actor2"):
            if criminal.search(r.mention.mention or "") or (
                    r.mention.method == CODEBOOK_METHOD and _find(criminal, text, spans) is not None):
                continue  # "armed bandits stole cattle": a criminal armed group, whatever was stolen
            r.actor = militia


@lru_cache(maxsize=64)
def _group_names(country: str | None = None) -> tuple[re.Pattern[str], dict[str, Actor]]:
    """One pattern over the names and aliases of the knowledge base's organised armed groups, and alias → actor.

    A lower-case alias ('militants', 'insurgents' for the Taliban) holds only in the actor's own country, as in the
    knowledge base's own lookups: elsewhere it names nobody in particular.
    """
    from ._kb import get_kb

    types = set(codebook()["suspected_group"]["actor_types"])
    table: dict[str, Actor] = {}
    for a in get_kb().actors.values():
        if a.type in types:
            for alias in (a.name, *a.aliases):
                if alias == alias.lower() and a.country is not None and a.country != country:
                    continue
                # acronyms of three capitals count too ("TTP", "NPA"), matched only as written (below)
                if len(alias) >= 4 or (len(alias) == 3 and alias.isupper()):
                    key = actor_key(alias)
                    held = table.get(key)
                    # one alias, several countries' branches ("Islamic State"): the event country's branch
                    if held is None or (held.country != country and a.country == country):
                        table[key] = a
    forms = sorted({re.escape(k).replace(r"\ ", r"[\s-]+") for k in table}, key=len, reverse=True)
    # "al-Shabaab" folds to "shabaab": the name may follow a hyphen
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)", re.I), table


def _suspected(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
               when: date | None, battle: bool = False) -> None:
    """An unnamed attacker the report ties to a known group ("gunmen believed to be al Shabaab") is that group.

    Why: ACLED attributes an attack to the group the sources suspect; the generic 'Unidentified Armed Group' is
    for attackers nobody names.
    """
    rx, table = _group_names(country)
    where = _find(rx, text, spans)
    if where is None:
        return
    said = text[where.start : where.end]
    if len(said) <= 3 and not said.isupper():
        return  # "bla", "npa" in lower case are not the acronyms
    group = table.get(actor_key(said))
    if group is not None:
        from ._kb import get_kb

        # the name as the event's date reads it ("Taliban" after August 2021 is the state's military)
        dated = get_kb().exact(said, country, when)
        if dated is not None and dated.type in set(cb["suspected_group"]["actor_types"]) | {"state_forces"}:
            group = dated
    if group is None or any(r.actor is not None and r.actor.id == group.id for r in items):
        return
    forms = [x for x in (group.name, *group.aliases) if actor_key(x) == actor_key(said)]
    if forms and all(x.isupper() for x in forms) and not said.isupper():
        return  # an acronym is matched only as written: "the fact" is not FACT
    uag = codebook_actor(cb["unknown_perpetrator"]["template"], int(cb["unknown_perpetrator"]["inter"]), country,
                         when)
    for r in items:
        if r.mention.role in ("actor1", "actor2") and (r.actor is None or r.actor.name == uag.name):
            if r.actor is None and r.mention.role != "actor1" and not (battle and _state(_first(items, "actor1"))):
                continue  # an unnamed victim is not the group; an unnamed side fighting a force may be
            if r.actor is None and _no_people(r.mention.mention or ""):
                # the mention named nobody ("convoys of reinforcements"): the group's name in the text is the evidence
                r.mention.mention, r.mention.evidence, r.implicit = said, [where], True
            r.actor = group
            return
    if _first(items, "actor1") is None:
        items.append(_implicit("actor1", group, text, where, 0.5))


def _no_people(mention: str) -> bool:
    """A mention with no word for people or fighters in it ('convoys of reinforcements', 'checkpoints')."""
    words = [t for t in actor_key(mention).split() if t not in ("of", "the", "a", "an")]
    return bool(words) and len(strip_roles(mention).split()) == len(words)


@lru_cache(maxsize=1)
def _communities() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, list[Actor]]]:
    """Patterns over the community names (identity words) of the knowledge base's ethnic militias.

    (acting, paired, bare, table): a name followed by a group noun ("Pokot raiders"); two names joined in one
    phrase ("between the Borana and Gabra", "Degodia and Garre clans"); any name; and name → actors.
    """
    from ._kb import get_kb

    table: dict[str, list[Actor]] = {}
    for a in get_kb().actors.values():
        if a.type == "identity_militia" and a.inter == 4:
            for word in a.identity:
                if len(word) >= 3 and word[:1].isupper():
                    table.setdefault(word.lower(), []).append(a)
    names = "|".join(sorted((re.escape(k) for k in table), key=len, reverse=True))
    # a community named as the ones acting ("Pokot raiders", "the Orma ethnic group"), not a place or a victim
    # ("Lake Turkana", "a Pokot man"): the name must be followed by one of the codebook's group nouns
    after = "|".join(codebook()["communal_context"]["group_nouns"])
    cues = "|".join(str(c).replace("{name}", "(?:" + names + ")") for c in codebook()["communal_context"]["attacker_cues"])
    acting = re.compile(r"(?<!\w)(" + names + r")s?(?=\s+(?:" + after + r")\b)|" + cues, re.I)
    # two communities as the sides of one clash: "between (the) X and (the) Y", "X and Y <group noun>"
    paired = re.compile(r"(?:\bbetween\s+(?:the\s+)?(?P<a>" + names + r")s?(?:\s+[a-z]+)?\s*(?:and|&|/)\s*(?:the\s+)?(?P<b>"
                        + names
                        + r")s?(?!\w))|(?:(?<!\w)(?P<c>" + names + r")s?\s*(?:and|&|/|-)\s*(?:the\s+)?(?P<d>" + names
                        + r")s?(?=\s+(?:" + after + r"|communities|clans|tribes|clash\w*|fight\w*)\b))", re.I)
    bare = re.compile(r"(?<!\w)(" + names + r")s?(?!\w)", re.I)
    return acting, paired, bare, table


@lru_cache(maxsize=1)
def _unlisted_rx() -> re.Pattern[str] | None:
    cue = codebook()["communal_context"].get("unlisted_cue")
    return re.compile(cue) if cue else None


def _unlisted(spec: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
              when: date | None) -> Actor | None:
    """The militia of a community the knowledge base does not list, named as the attackers' community."""
    rx = _unlisted_rx()
    if rx is None:
        return None
    for s in spans:
        m = rx.search(text, s.start, s.end)
        if m is not None:
            kind = "community" if m.group(2).lower() == "community" else "other"
            template = str(spec["unlisted_templates"][kind]).replace("{name}", m.group(1))
            return codebook_actor(template, int(spec["inter"]), country, when)
    return None


def _community(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
               when: date | None, etype: str = "") -> None:
    """An unidentified ethnic militia in a note that names the communities is theirs.

    A community named inside the side's own mention ("a group of Ethiopian Dassanach") decides first; then the
    two communities a phrase sets against each other ("clashes between Pokot and Turkana herders": the first for
    actor1, the second for actor2), then communities named as the ones acting ("Pokot raiders"). In a battle a
    side left unresolved or taken as civilians is a community's militia too (civilians do not fight battles), and
    a missing second side is the other named community.
    """
    acting, paired, bare, table = _communities()
    spec = cb["communal_context"]
    unknown = codebook_actor(spec["template"], int(spec["inter"]), country, when).name
    battle = etype in cb["communal_context"]["two_sided"]
    pairs: list[tuple[str, str]] = []
    names: list[tuple[str, CharSpan]] = []
    for s in spans:
        for m in paired.finditer(text, s.start, s.end):
            a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
            if a.lower() != b.lower():
                pairs.append((a.lower(), b.lower()))
                for g in ("a", "b") if m.group("a") else ("c", "d"):
                    names.append((m.group(g).lower(), CharSpan(m.start(g), m.end(g))))
        for m in acting.finditer(text, s.start, s.end):
            g = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i))
            names.append((m.group(g).lower(), CharSpan(m.start(g), m.end(g))))
    if pairs:  # the sides of a named clash come before communities named elsewhere
        first = [n for n in names if n[0] in pairs[0]]
        names = first + [n for n in names if n not in first]

    def pick(name: str) -> Actor:
        cands = table[name]
        return next((a for a in cands if a.country == country), cands[0])

    uag = codebook_actor(cb["unknown_perpetrator"]["template"], 3, country, when).name
    nationals = {str(w).lower() for w in spec["nationalities"]}
    unnamed = re.compile(r"\b(?:unidentified|unknown|unnamed)\b", re.I)

    def open_side(r: Resolved) -> bool:
        if r.actor is None:
            return r.mention.method != CODEBOOK_METHOD
        return r.actor.name in (unknown, uag) or (battle and r.actor.inter == 7)

    taken = {r.actor.id for r in items if r.actor is not None and not open_side(r)}
    for role in ("actor1", "actor2"):
        r = _first(items, role)
        if r is None or not open_side(r):
            continue
        own = [m.group(1).lower() for m in bare.finditer(r.mention.mention or "")]
        cands = own + [n for n, _ in names]
        if r.actor is not None and r.actor.name == uag:
            # attackers the note calls unidentified stay so; a nationality ("Somali gunmen") is not a community
            if unnamed.search(r.mention.mention or ""):
                continue
            cands = [n for n in cands if n not in nationals]
        if not cands and role == "actor1" and r.actor is not None and r.actor.name in (unknown, uag):
            found = _unlisted(spec, text, spans, country, when)
            if found is not None:  # "a militia from the Xyz community": a community the knowledge base lacks
                r.actor = found
                continue
        if not cands or (not own and r.actor is None):
            continue  # an unresolved mention that names no community is left to the other conventions
        for name in cands:
            actor = pick(name)
            if actor.id not in taken:
                r.actor = actor
                taken.add(actor.id)
                break
    if battle and _first(items, "actor2") is None and _first(items, "actor1") is not None:
        a1 = _first(items, "actor1")
        if a1 is not None and a1.actor is not None and a1.actor.type == "identity_militia":
            for name, where in names:
                actor = pick(name)
                if actor.id not in taken:
                    items.append(_implicit("actor2", actor, text, where, 0.5))
                    break
