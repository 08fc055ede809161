"""Codebook conventions for battles and remote violence: the state-first order ACLED Kenya uses, the second side, the
force a bomb targeted, two nationalities' forces, air power, surrender.

Why: a battle has two sides even when a note names one; the order and the implicit side follow ACLED's practice, not
the sentence's order.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..records import ActorMention
from ..records import Span as CharSpan
from ._battle_cues import _force_acronym, _group_attacked
from ._communities import _named_attacker, _political_fight, _rival_kin_dead
from ._conventions import (
    CODEBOOK_METHOD,
    Resolved,
    _demote,
    _find,
    _find_party,
    _first,
    _implicit,
    _state,
    codebook,
)
from ._event_sides import _unnamed_armed
from ._generic import codebook_actor
from ._kb import Actor, _nationality_table, get_kb
from ._mention import resolve_mention, second_conjunct
from ._national import national_force, national_force_in
from ._unnamed_sides import _named_other_side, _own_men


def _communal_where(cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None = None
                    ) -> CharSpan | None:
    """Where the event's sentences call the fight communal (a raid, a clan), None when they tie it to politics
    ("clashes between rival political supporters": dev side of ACLED Kenya codes armed groups there) or name only
    the fight ("a clash over sand harvesting": nothing implies a community, so no communal militia)."""
    if _political_fight(cb, text, spans):
        return None
    spec = cb["communal_context"]
    cue = cb["_communal_rx"] if country in (spec.get("weak_countries") or ()) else cb["_communal_strong_rx"]
    if _find(cue, text, spans) is None:
        return None
    return _find(cb["_communal_rx"], text, spans)  # the first fight or communal word: "clashes" over a borehole


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
            where = _communal_where(cb, text, spans, country)
            if where is not None:
                spec = cb["communal_context"]
                a1 = _implicit("actor1", codebook_actor(spec["template"], int(spec["inter"]), country, when,
                                                        communal=True), text, where, 0.45)
                items.append(a1)
        if a1 is None and _find(cb["_communal_rx"], text, spans) is not None:
            # round 10: "clashes between rival political supporters": armed sides the note does not name, on both
            # sides of a political fight (dev side of ACLED Kenya codes the unidentified armed group) ...
            # round 12: a fight nothing ties to communities either ("a clash over sand harvesting", "residents
            # clashed over a piece of land"): the unidentified armed group on both sides, the fight word its evidence
            where = (_find(cb["_political_rx"], text, spans) if _political_fight(cb, text, spans)
                     else _find(cb["_communal_rx"], text, spans))
            if where is not None:
                spec = cb["unknown_perpetrator"]
                a1 = _implicit("actor1", codebook_actor(spec["template"], int(spec["inter"]), country, when), text,
                               where, 0.4)
                items.append(a1)
                if a2 is None:
                    items.append(_implicit("actor2", codebook_actor(spec["template"], int(spec["inter"]), country,
                                                                    when), text, where, 0.4))
                return
        if a1 is not None:
            if a1 is a2:
                a2 = None
            a1.mention.role = "actor1"
            side = _armed_side(text, spans, country, when, a1) if a2 is None and _state(a1) else None
            if side is not None:
                items.append(side)  # round 11: the armed men the sentences name, as in the branch below
            elif a2 is None and _state(a1) and _communal_where(cb, text, spans, country) is not None:
                spec = cb["communal_context"]
                where = _communal_where(cb, text, spans, country)
                assert where is not None
                items.append(_implicit("actor2", codebook_actor(spec["template"], int(spec["inter"]), country, when,
                                                                communal=True), text, where, 0.45))
        return
    if a2 is None and _state(a1):
        # round 11: "gunmen fired at a police station; two officers were hurt": the parse kept only the force; the
        # armed men the event's sentences name are the other side
        side = _armed_side(text, spans, country, when, a1)
        if side is not None:
            items.append(side)
            return
    # round 9: an actor2 that only counts the dead ("one militant was killed") names no second side either
    if (a1.actor is not None and not _state(a1) and (a2 is None or a2.actor is None or _unnamed_armed(a2))
            and not any(_state(r) for r in items)):
        force = _implicit_force(cb, text, spans, country, when, "actor2")
        if force is not None:
            if a2 is not None and a2.actor is not None and _unnamed_armed(a2):
                items.remove(a2)  # the count of the dead is no associate of either side
            elif a2 is not None:
                _demote(a2, items)
            items.append(force)
            a2 = force
    _swap_sides(items)


# the armed men a battle's sentences name by what they are or did, with the words before them that can name their
# group ("suspected Al-Shabaab militants", "armed bandits", "unknown gunmen")
_ARMED_NOUN = re.compile(r"(?<![\w-])(?:(?:suspected|armed|heavily|unknown|unidentified|alleged|(?-i:[A-Z])[\w'-]*)\s+){0,3}"
                         r"(?:gunm[ae]n|militants?|attackers?|assailants?|bandits?|raiders?|robbers?|thugs|insurgents?|"
                         r"fighters|terrorists?|carjackers?|poachers?|rustlers?)(?![\w-])", re.I)


def _armed_side(text: str, spans: list[CharSpan], country: str | None, when: date | None,
                a1: Resolved) -> Resolved | None:
    """The first armed men the event's sentences name, resolved, as actor2 of a battle whose state force (``a1``)
    faces no side; None when the sentences name none or they resolve to no armed group or to the force itself."""
    for s in spans:
        for m in _ARMED_NOUN.finditer(text, s.start, s.end):
            phrase = re.sub(r"^(?:On|In|At|The|A|An)\s+", "", m.group(0))
            actor, conf = resolve_mention(phrase, country, when)
            if actor is None or actor.inter in (1, 5, 6, 7) or (a1.actor is not None and actor.name == a1.actor.name):
                continue
            start = m.end() - len(phrase)
            return _implicit("actor2", actor, text, CharSpan(start, m.end()), min(conf, 0.5))
    return None


def _disrupted_sides(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan],
                     country: str | None, when: date | None) -> None:
    """A disrupted weapon in a state-first country: whose device it was is actor1 (the unidentified armed group when
    the note names nobody), the state force that found or defused it actor2 (its police when the note names none).

    Why: ACLED Kenya codes the disrupted attack's would-be perpetrator first and the force that stopped it second
    (dev side: 4 of 4 with a force, counts only); a name the parse could not resolve ("near the home of former
    president X") is no side.
    """
    for role in ("actor1", "actor2"):
        r = _first(items, role)
        if r is not None and r.actor is None:
            _demote(r, items)
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    force = a1 if _state(a1) else a2 if _state(a2) else None
    other = a2 if force is a1 else a1
    if other is not None and (other.actor is None or other.actor.inter not in (2, 3, 4, 8)):
        other = None  # only an armed group can have owned the device
    found = _find(cb["_disrupted_rx"], text, spans)
    if force is None and found is None:
        return  # "bombs failed to explode": nobody stopped them; the owner stays alone
    spec = cb["unknown_perpetrator"]
    if other is None:
        if a1 is not None and a1 is not force:
            _demote(a1, items)
        # "a bomb they said Al Shabaab had buried": the armed group the sentences name, else the unidentified one
        other = _named_group(text, spans, country, when)
        where = found or (force.mention.evidence[0] if force is not None and force.mention.evidence else None)
        if other is None and where is None:
            return
        if other is None:
            assert where is not None
            other = _implicit("actor1", codebook_actor(spec["template"], int(spec["inter"]), country, when), text,
                              where, 0.45)
        items.append(other)
    if force is None:
        assert found is not None
        force = _implicit_force(cb, text, spans, country, when, "actor2") or _implicit(
            "actor2", codebook_actor(cb["state_first"]["police"]["template"], 1, country, when), text, found, 0.45)
        if a2 is not None and a2 is not other and a2 in items:
            _demote(a2, items)
        items.append(force)
    other.mention.role, force.mention.role = "actor1", "actor2"
    if _force_opens(cb, force, text):
        # round 29: "Police seized explosives from two suspects": the force that opens the note acting on the device
        # initiated the event (ACLED: actor1 is the initiator); "a bomb was found and police defused it" keeps the order
        _swap_sides(items, force=True)


def _force_opens(cb: dict[str, Any], force: Resolved, text: str) -> bool:
    """Whether ``force``'s own words open the note and act on the device ("Border police intercepted a van loaded with
    detonators", "Defusal: Police found and defused a pipe bomb"): the subject of the note's first clause."""
    if not force.mention.evidence:
        return False
    where = force.mention.evidence[0]
    before, after = cb["_disrupted_subject"]
    return before.match(text[: where.start]) is not None and after.match(text[where.end : where.end + 80]) is not None


_CAPITALISED_RUN = re.compile(r"(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3}")


def _named_group(text: str, spans: list[CharSpan], country: str | None, when: date | None) -> Resolved | None:
    """The first armed group (rebels, militias) the knowledge base knows by a capitalised name in the event's
    sentences, as an implicit actor1; None when they name none."""
    kb = get_kb()
    for s in spans:
        for m in _CAPITALISED_RUN.finditer(text, s.start, s.end):
            words = m.group(0).split()
            for n in range(len(words), 0, -1):  # the longest run first ("Al Shabaab" before "Al")
                for i in range(len(words) - n + 1):
                    part = " ".join(words[i : i + n])
                    actor = kb.exact(part, country, when)
                    if actor is None or actor.inter not in (2, 3, 4) or actor.name.startswith("Unidentified"):
                        continue
                    start = m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                    return _implicit("actor1", actor, text, CharSpan(start, start + len(part)), 0.5)
    return None


def _mob_on_force(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan]) -> None:
    """Mob violence in a state-first country whose victim is a state force's man ("a mob lynched an AP officer"):
    the force is actor1, the crowd actor2, as in its battles (dev side of ACLED Kenya: 3 of 3, counts only); a
    force that dispersed or fought the crowd leaves it first."""
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a1 is None or a1.actor is None or a1.actor.inter != 5 or not _state(a2):
        return
    if _find(cb["_mob_victim_rx"], text, spans) is None or _find(cb["_mob_intervention_rx"], text, spans) is not None:
        return
    _swap_sides(items, force=True)


def _conjunct_parties(items: list[Resolved], a1: Resolved, a2: Resolved | None, country: str | None,
                      when: date | None) -> bool:
    """An agreement whose actor1 mention joins its two parties ("JNIM commanders and Dozo hunters reached a truce",
    "Aqidat tribal elders and SDF commanders agreed a ceasefire"): the first conjunct is actor1, the second actor2.

    Why (round 30): ACLED codes an agreement between its two parties; the parse keeps them in one mention, read as
    its first party or as nothing. Only parties that resolve, are armed or a state's (not civilians) and differ."""
    mention = a1.mention.mention or ""
    second = second_conjunct(mention)
    if second is None:
        return False
    first = mention[: second[1]]
    first = re.sub(r"\s+and\s+(?:the\s+)?$", "", first).strip()
    one, c1 = resolve_mention(first, country, when)
    two, c2 = resolve_mention(re.split(r"\s+(?=[a-z]+ing\b)", second[0], maxsplit=1)[0], country, when)
    if one is None or two is None or one.inter == 7 or two.inter == 7 or one.id == two.id or min(c1, c2) < 0.6:
        return False
    if two.name.startswith("Unidentified"):
        return False  # "the government and 14 armed groups signed": many unnamed groups are no one party
    if a1.actor is not None and a1.actor.id != one.id:
        return False
    a1.actor, a1.confidence = one, min(c1, 0.7)
    if a2 is not None:
        items.remove(a2)  # "a ceasefire": the deal, not a party
    items.append(Resolved(ActorMention(role="actor2", name=two.name, mention=a1.mention.mention,
                                       evidence=list(a1.mention.evidence), method=CODEBOOK_METHOD, confidence=0.5),
                          two, 0.5, implicit=True))
    return True


def _agreement_sides(items: list[Resolved], country: str | None = None, when: date | None = None) -> None:
    """An agreement whose actor1 mention names both parties ("leaders of two feuding clans signed a truce"): the
    second party is the first's kind, and the deal itself ("a truce") is no party.

    Why: ACLED codes an agreement between its two parties (Codebook, 'Strategic developments / Agreement').
    """
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a1 is not None and (a2 is None or a2.actor is None) and _conjunct_parties(items, a1, a2, country, when):
        return
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
    other = _named_other_side(items, a1)
    if other is not None:
        if a2 is not None:  # round 31c: "robbers raided a shop; the night guard shot one" (_unnamed_sides)
            _demote(a2, items)
        other.mention.role = "actor2"
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
    if _rival_kin_dead(items, text, _both_sides):  # round 30: "two clans fought; seven men were killed"
        return
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
        elif _state(a1) and not a2.implicit and _find(_ARMED_PEOPLE, text, spans) is not None:
            # round 9: "police shot dead two men they said were armed robbers": the men a force fought are an
            # unidentified armed group (ACLED: civilians are never a side of a battle)
            spec = cb["unknown_perpetrator"]
            a2.actor = codebook_actor(spec["template"], int(spec["inter"]), country, when)
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


def _own_dead(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
              when: date | None, attacker_first: bool = False) -> None:
    """A battle or explosion whose two sides resolved to one state's forces ("a KDF vehicle hit an IED; two soldiers
    were killed"): the second is the first's own dead, not a side. The other side is the armed group the event's
    sentences name, else an Unidentified Armed Group where the act implies an attacker.

    Why: ACLED never codes a force against itself in a battle or an attack on it; the force's dead are counted in
    the fatalities. ``attacker_first``: outside Kenya's state-first order the attacker is actor1, the force actor2.
    """
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a1 is None or a2 is None or a1.actor is None or a2.actor is None:
        return
    # two militias or two clans of one generic name do fight each other ("clashes between two pro-government militia
    # groups"): only a state's own forces are never both sides
    if not (_state(a1) and _state(a2) and (a1.actor.name == a2.actor.name or (
            a1.actor.country is not None and a1.actor.country == a2.actor.country))):
        return
    if a1.actor.name == a2.actor.name:
        items.remove(a2)
    else:
        a2.mention.role = "assoc_actor_1"
    other = _named_attacker("actor2", cb, text, spans, country, when, a1.actor.name, 0.4)
    if other is None:
        return
    items.append(other)
    if attacker_first:
        _swap_sides(items, force=True)


def _answered_attack(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan]) -> None:
    """A state force as actor1 that, as the note says, answered an attack ("beat back the assault", "in retaliation
    for an ambush") trades places with the armed group it fought: the group attacked first."""
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if not _state(a1) or a2 is None or a2.actor is None or a2.actor.inter not in (2, 3, 4):
        return
    if a2.implicit and a2.actor.type == "generic":
        return  # a side the codebook only guessed ("Unidentified Armed Group") is no known attacker
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(cb["answered_attack"]["cues"]) + r")(?![\w-])", re.I)
    if not _group_attacked(a1, a2, cb, text) and _find(rx, text, spans) is None:
        return
    _swap_sides(items, force=True)


def _gave_up_to(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                when: date | None) -> None:
    """Fighters who surrendered or defected "to" a side: that side is actor2 when none was found."""
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


def _territory_sides(items: list[Resolved], takers: list[int]) -> None:
    """Ground that changed hands is told from the side that took it: when actor2 is of the taker's kind and actor1
    is not, they trade places (``takers``: the interaction codes of ``territory_sides`` for the sub-event type).

    Why: ACLED codes "Non-state actor overtakes territory" from the group that took the place and "Government
    regains territory" from the force that took it back; notes often name the side that lost it first ("the town
    fell to rebels after troops withdrew")."""
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a1 is None or a2 is None or a1.actor is None or a2.actor is None:
        return
    if a2.actor.inter in takers and a1.actor.inter not in takers:
        _swap_sides(items, force=True)


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


# words that say the people a force fought were armed (a criminal or fighter's noun, "armed", or an exchange of fire,
# which takes guns on both sides)
_ARMED_PEOPLE = re.compile(r"(?<![\w-])(?:armed|robbers?|gunm[ae]n|bandits?|criminals?|thugs|gangsters?|militants?|"
                           r"carjackers?|poachers?|attackers?|assailants?|exchang\w* (?:of )?(?:gun)?fire|traded fire|"
                           r"shoot-?outs?|gun ?fights?|gun ?battles?|fire ?fights?)(?![\w-])", re.I)
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
    if a2 is not None and a2.actor is not None and not _own_men(a1, a2):
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
    found = national_force_in(text, spans, country, when)
    if found is not None:
        return _implicit(role, found[0], text, CharSpan(found[1], found[2]), 0.5)
    spec = cb["state_first"]
    for key in ("military", "police"):
        # round 29: "according to police reports the trader had been threatened": the note's source is no side
        where = _find_party(cb, cb[f"_{key}_rx"], text, spans)
        if where is not None:
            return _implicit(role, codebook_actor(spec[key]["template"], 1, country, when), text, where, 0.5)
    return _force_acronym(text, spans, country, when, role)
