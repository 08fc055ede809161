"""One event's resolved sides checked against each other: battle camps, the second side of 'X and Y', victims'
nationality and identity, associates, and a dateline country no gazetteer knows.

Why: a mention resolved alone can land on the wrong side or repeat another; ACLED codes each party once, on its side,
and names the country of the people a generic actor stands for.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from ..geo import dateline_region
from ..records import ActorMention, Event, Span
from ..vocab import load_vocab
from ._conventions import Resolved, codebook, role_rank
from ._generic import _generics, codebook_actor
from ._kb import Actor, ActorKB, _nationality_table, actor_key, country_code, country_name, nationality
from ._mention import _first_conjunct, resolve_mention, second_conjunct
from ._non_party import _quantity_words


def _name_unknown_country(items: list[Resolved], text: str) -> None:
    """'KESSIN, Valdoria (Wire) -': a dateline whose country no gazetteer knows still names it; the generic actors
    that had to leave their country out ('Unidentified Armed Group') take that name ('... (Valdoria)').

    Why: ACLED's generic names always carry a country, and a reader needs to know whose civilians and whose
    forces they are; the dateline is the report's own word for it. Only generic actors with no country, and only
    a dateline region that is no known country (a known one would have given the country already).
    """
    dr = dateline_region(text)
    if dr is None or not dr.region or country_code(dr.region) is not None:
        return
    region = " ".join(w if not w.isupper() else w.title() for w in dr.region.split())
    for r in items:
        a = r.actor
        if a is None or a.type != "generic" or a.country is not None or "(" in a.name or " of " in a.name:
            continue
        name = f"{a.name} of {region}" if a.name.endswith(("Forces", "Government")) else f"{a.name} ({region})"
        r.actor = dataclasses.replace(a, id="generic:" + actor_key(name).replace(" ", "-"), name=name)


def _foreign_victims(items: list[Resolved], country: str | None, when: date | None) -> None:
    """Civilians or unidentified attackers the mention calls by another country's nationality ('Somali refugees',
    'Ethiopian raiders', 'gunmen of Somali origin') are that country's: ACLED's 'Civilians (Somalia)' and
    'Unidentified Ethnic Militia (Ethiopia)' for events in Kenya (ACLED codebook: generic actors carry the country
    of the people they name, the event's country only when nothing says otherwise)."""
    if country is None or not country_name(country):
        return
    _, table = _nationality_table()
    here = f"({country_name(country)})"
    for r in items:
        a = r.actor
        if a is None or a.type != "generic" or a.country != country or not a.name.endswith(here):
            continue
        if not ((a.inter == 7 and r.mention.role in ("actor2", "assoc_actor_2"))
                or (a.inter in (2, 3, 4) and a.name.startswith("Unidentified"))):
            continue
        for word in re.findall(r"[A-Z][\w'-]*", r.mention.mention or ""):
            code = table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)
            if code is not None:
                if code != country and country_name(code):
                    name = a.name[: -len(here)] + f"({country_name(code)})"
                    r.actor = dataclasses.replace(a, id="generic:" + actor_key(name).replace(" ", "-"), name=name,
                                                  country=code)
                break


def _is_government(a: Actor | None) -> bool:
    return a is not None and (a.type == "government" or a.name.startswith("Government of"))


def _battle_camps(items: list[Resolved], country: str | None, when: date | None) -> None:
    """A battle between a state and a non-state side: each associate goes with its camp, and a government fights
    through its forces.

    Why: a sentence's order is not a side ("the ministry said gunmen had ambushed a security patrol" lists the
    gunmen before the patrol); a state force stands with the state's side and an armed group with the non-state
    side (unnamed gunmen stay where the sentence put them). ACLED's battles are fought by forces, not governments: "Syria's authorities ... clashes with gunmen" has
    the state's military (its associated force when one is named) as the side.
    """
    a1 = next((r for r in items if r.mention.role == "actor1"), None)
    a2 = next((r for r in items if r.mention.role == "actor2"), None)
    if a1 is None or a2 is None or a1.actor is None or a2.actor is None:
        return

    def state(a: Actor | None) -> bool:
        return a is not None and (a.inter == 1 or _is_government(a))

    if state(a1.actor) == state(a2.actor) or a1.actor.inter == 7 or a2.actor.inter == 7:
        return
    state_main, other_main = (a1, a2) if state(a1.actor) else (a2, a1)
    side = {id(state_main): state_main.mention.role[-1], id(other_main): other_main.mention.role[-1]}
    for r in items:
        if r.actor is None or not r.mention.role.startswith("assoc_"):
            continue
        if state(r.actor) and (r.actor.country in (None, state_main.actor.country)):
            r.mention.role = "assoc_actor_" + side[id(state_main)]
        elif (r.actor.inter in (2, 3, 4) and r.actor.type != "generic"
              and r.actor.country in (None, other_main.actor.country, country)):
            # a named group only: unnamed gunmen may be either side's ("security forces and allied gunmen"), or
            # count either side's dead ("nine combatants died")
            r.mention.role = "assoc_actor_" + side[id(other_main)]
    if _is_government(state_main.actor):
        own = "assoc_actor_" + side[id(state_main)]
        force = next((r for r in items if r.mention.role == own and r.actor is not None and r.actor.inter == 1
                      and not _is_government(r.actor)), None)
        if force is not None:
            force.mention.role, state_main.mention.role = state_main.mention.role, own
        else:
            spec = load_vocab("actor_codebook")["entries"]["state_first"]["military"]
            state_main.actor = codebook_actor(str(spec["template"]), 1, state_main.actor.country or country, when)
    items.sort(key=role_rank)


def _victims_identity(items: list[Resolved], country: str | None, when: date | None, kb: ActorKB) -> list[Resolved]:
    """A community named among the civilians hit ('Alawite civilians') is ACLED's identity group, not its militia:
    an associate of civilians (actor2 with inter 7) resolved to 'X Ethnic Militia (C)' becomes 'X Ethnic Group (C)'
    when the knowledge base has that group."""
    a2 = next((r for r in items if r.mention.role == "actor2"), None)
    if a2 is None or a2.actor is None or a2.actor.inter != 7:
        return items
    for r in items:
        if r.mention.role == "assoc_actor_2" and r.actor is not None and " Ethnic Militia (" in r.actor.name:
            group = kb.exact(r.actor.name.replace(" Ethnic Militia (", " Ethnic Group ("), country, when)
            if group is not None:
                r.actor = group
    return items


_ARMED_INTER = frozenset({1, 2, 3, 8})  # state forces, rebels, political militias, external forces


def _unarmed_associates(items: list[Resolved]) -> list[Resolved]:
    """An armed group named in the victims' phrase ("civilians who had fled ex-ISIS fighters") is not an associate
    of the civilians hit: with Civilians as actor2, an armed associate of that side is left out, unless it names
    the people hit themselves ("members of the X militia were killed": ACLED keeps X as their associate)."""
    a2 = next((r for r in items if r.mention.role == "actor2"), None)
    if a2 is None or a2.actor is None or a2.actor.inter != 7:
        return items
    hit = [(s.start, s.end) for s in a2.mention.evidence]

    def who_was_hit(r: Resolved) -> bool:  # "members of the X militia" killed: the civilians hit are X's members
        return any(s.start < e and b < s.end for s in r.mention.evidence for b, e in hit)

    return [r for r in items if not (r.mention.role == "assoc_actor_2" and r.actor is not None
                                     and r.actor.inter in _ARMED_INTER and not who_was_hit(r))]


def _no_civilian_associates(items: list[Resolved]) -> list[Resolved]:
    """A battle's associated civilians are left out: the dead a clash's note counts ("1 person was killed") are no
    group fighting on a side. Why (round 17): the dev side of ACLED Kenya (<= 2015, counts only) lists civilians as
    an associated actor in none of its 702 battles."""
    return [r for r in items if not (r.mention.role in ("assoc_actor_1", "assoc_actor_2") and r.actor is not None
                                     and r.actor.inter == 7)]


def _distinct_associates(items: list[Resolved]) -> list[Resolved]:
    """Associated actors name other groups on a side: one that resolves to either main actor (the victims'
    'Civilians (Syria)' beside the perpetrators is the other side), or to an associate already listed on its side
    ('Civilians (Syria)' twice, from 'Alawite civilians' and 'residents') or on the other side, is left out."""
    main = {r.actor.name for r in items if r.actor is not None and r.mention.role in ("actor1", "actor2")}
    # one set for both sides: an actor is on one side only, the first side that lists it keeps it ("Military
    # Forces" beside the government and again beside the victims of its opponents)
    seen = set(main)
    out: list[Resolved] = []
    for r in items:
        if r.actor is not None and r.mention.role in ("assoc_actor_1", "assoc_actor_2"):
            if r.actor.name in seen:
                continue
            seen.add(r.actor.name)
        out.append(r)
    return out


def _state_conjunct(ev: Event, items: list[Resolved], country: str | None, when: date | None, kb: ActorKB) -> None:
    """A battle's actor2 mention naming two groups ("several soldiers and attackers were killed") against a named
    non-state actor1: the state force among them is the other side, not the generic noun that closes the mention."""
    if ev.event_type != "Battles":
        return
    a1 = next((r for r in items if r.mention.role == "actor1"), None)
    a2 = next((r for r in items if r.mention.role == "actor2"), None)
    if a1 is None or a2 is None or a1.actor is None or a1.actor.inter == 1 or " and " not in (a2.mention.mention or ""):
        return
    if a2.actor is not None and (a2.actor.type != "generic" or a2.actor.inter == 1):
        return
    first = _first_conjunct(a2.mention.mention, country, when, kb)
    if first is not None and first[0].inter == 1:
        a2.actor, a2.confidence = first


def _other_conjunct(ev: Event, items: list[Resolved], text: str, country: str | None, when: date | None,
                    kb: ActorKB) -> None:
    """A battle whose actor1 mention names both sides ("Houthi forces and pro-government troops fought"): the second
    is actor2 when no named actor2 is there; an unresolved actor2 stays as an associated actor."""
    if ev.event_type != "Battles":
        return
    a1 = next((r for r in items if r.mention.role == "actor1"), None)
    a2 = next((r for r in items if r.mention.role == "actor2"), None)
    # civilians are never a side of a battle ("2 people were killed" counts the dead): the second side named goes first
    # nor does a state fight its own forces ("security forces and local armed men fought ... one of its officers
    # was killed": the officer is actor1's own man)
    if a1 is None or a1.actor is None or (a2 is not None and a2.actor is not None and not _unnamed_armed(a2)
                                           and a2.actor.inter != 7 and not _own_force(a1.actor, a2.actor)):
        return
    found = second_conjunct(a1.mention.mention or "")
    if found is None:
        found = _conjunct_after(a1, text, country, when, kb)
    if found is None:
        return
    words, _ = found
    if _ALLIED.match(words):
        return  # "KNDF and allied PDFs": the second named fights beside the first, it is no other side
    actor, conf = resolve_mention(words, country, when, kb)
    # (round 31c: also over a generic noun, "Lendu village guards" is the Lendu's men, not private guards)
    lead = (re.match(r"(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+[a-z]", words)
            if actor is None or actor.type == "generic" else None)
    if lead is not None:
        # "armed Meitei and Kuki village volunteers": the second side's name before the words for its men, of the
        # first side's kind (a community's militia against another's)
        named, nconf = resolve_mention(lead.group(1), country, when, kb)
        if named is not None and named.type == a1.actor.type and named.inter == a1.actor.inter:
            actor, conf = named, min(nconf, 0.6)
    if actor is not None and actor.name == a1.actor.name:
        # the whole mention resolved to its second side ("LNA forces and GNA-aligned brigades" → the state inside):
        # the first conjunct, resolved on its own, is actor1
        first = _first_conjunct(a1.mention.mention or "", country, when, kb)
        # (a generic first side only when it is a state force: "troops and separatists fought")
        if first is None or first[0].name == actor.name or (first[0].type == "generic" and first[0].inter != 1):
            return
        a1.actor, a1.confidence = first
    if actor is None or actor.inter == 7 or actor.name == a1.actor.name or _own_force(a1.actor, actor):
        return
    start = a1.mention.evidence[0].start if a1.mention.evidence else 0
    at = text.find(words, start)
    if at < 0:
        return
    if a2 is not None:
        a2.mention.role = "assoc_actor_2"
    am = ActorMention(role="actor2", name=actor.name, mention=words, evidence=[Span(at, at + len(words))])
    items.append(Resolved(am, actor, min(conf, 0.7)))


_ALLIED = re.compile(r"(?:allied|affiliated|partner|its|their|his)\b", re.IGNORECASE)


def _own_force(a: Actor, b: Actor) -> bool:
    """Two state forces of one country (its military and its police): the same side of a battle."""
    return a.inter == 1 and b.inter == 1 and a.country is not None and a.country == b.country


def _conjunct_after(a1: Resolved, text: str, country: str | None, when: date | None,
                    kb: ActorKB) -> tuple[str, int] | None:
    """'between gunmen linked to the security forces and Druze fighters': the side written right after the first
    one's mention, when the parser hung it elsewhere. Only the longest run of up to five words the knowledge base
    knows by name (a group or a force, not a generic noun)."""
    if not a1.mention.evidence:
        return None
    end = a1.mention.evidence[0].end
    m = re.match(r"\s+and\s+(?:the\s+)?", text[end : end + 12])
    if m is None:
        return None
    words = re.findall(r"[\w'’-]+", text[end + m.end() : end + m.end() + 80].split(".")[0].split(",")[0])[:5]
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        a = kb.exact(phrase, country, when)
        if a is not None and a.type != "generic" and a.inter != 7:
            return phrase, end + m.end()
    return None


def _unnamed_armed(item: Resolved) -> bool:
    """An actor2 that is only a generic noun for armed people ("14 combatants were killed"): in a battle it counts
    the dead of either side, so a side named in actor1's mention comes first. Round 31c: a bare word for guards
    ("four guards were killed", the generic private guards, inter 8) too: "soldiers and royal guards fought; four
    guards were killed" counts the royal guards' dead."""
    a = item.actor
    if a is None or a.type != "generic" or a.inter not in (3, 8):
        return False
    words = [w for w in actor_key(item.mention.mention or "").split() if not w.isdigit() and w not in _quantity_words()]
    return " ".join(words) in _generics()


# "exchanges between rival armed groups", "a dispute between two clans", "rival militias clashed": both sides are
# of one kind the note does not name apart
_RIVALS = re.compile(
    r"\b(?:between|among)\s+(?P<a>(?:(?:two|three|rival|local|competing|opposing|armed|the)\s+){1,3}"
    r"(?:[\w'-]+\s+)?(?:groups|militias|clans|tribes|factions|gangs|brigades|communities|families))\b"
    r"|\b(?P<b>rival\s+(?:[\w'-]+\s+)?(?:groups|militias|clans|tribes|factions|gangs|brigades))\b"
    # "gunmen from two tribes traded fire"
    r"|\b(?:from|of)\s+(?P<c>(?:two|three)\s+(?:rival\s+)?(?:clans|tribes|militias|factions|gangs))\b",
    re.IGNORECASE)


def _event_window(ev: Event, text: str) -> tuple[int, int]:
    """Where an event's sides may be read: its evidence, or the whole of a short note (``note_chars`` of
    actor_codebook.yaml), whose sentences tell one event ("exchanges between ... A passer-by killed")."""
    if len(text) <= int(load_vocab("actor_codebook")["entries"]["note_chars"]) or not ev.evidence:
        return 0, len(text)
    return min(s.start for s in ev.evidence), max(s.end for s in ev.evidence)


def _rival_sides(ev: Event, items: list[Resolved], text: str, country: str | None, when: date | None,
                 kb: ActorKB) -> None:
    """A battle between two sides of one unnamed kind ("heavy exchanges between rival armed groups", "a land dispute
    between two clans escalated to gunfire"): that group on both sides, where neither side is otherwise named.

    Why: ACLED codes such a fight as one generic actor against itself ('Unidentified Armed Group (Libya)' twice);
    the sentence names no subject or object the parse can take as a side."""
    sides = [r for r in items if r.mention.role in ("actor1", "actor2")]
    # (civilians are no side of a battle: "A driver was wounded" in the crossfire)
    if ev.event_type != "Battles" or any(r.actor is not None and r.actor.inter != 7 for r in sides):
        return
    lo, hi = _event_window(ev, text)
    m = _RIVALS.search(text, lo, hi)
    if m is None:
        return
    which = next(g for g in ("a", "b", "c") if m.group(g))
    words = m.group(which)
    actor, conf = resolve_mention(words, country, when, kb)
    if actor is None:  # "two tribes": the kind's own word for rivals
        actor, conf = resolve_mention(f"rival {words.split()[-1]}", country, when, kb)
    if actor is None or actor.type != "generic" or actor.inter not in (2, 3, 4):
        return
    at = m.start(which)
    for r in sides:
        r.mention.role = "assoc_actor_2"
    for role in ("actor1", "actor2"):
        am = ActorMention(role=role, name=actor.name, mention=words, evidence=[Span(at, at + len(words))])
        items.append(Resolved(am, actor, min(conf, 0.6)))


# "Indian fire across the LoC hit houses", "rocket and artillery fire from government lines reached the camp": the
# fire's owner, told by a nationality before it or the lines it came from
_FIRE = r"(?:(?:artillery|mortar|rocket|tank|sniper|cross-border|heavy|shell)\s+)?(?:fire|shelling|shells|rockets|mortars)"
_FIRE_OWNER = re.compile(
    rf"\b(?P<nat>[A-Z][a-z]+)\s+{_FIRE}\b"
    # "Al-Masirah blamed 'American aggression'": the side the strike is blamed on, by its nationality
    r"|\b(?:blamed|accused)\s+(?:the\s+)?['\"\u2018\u201c]?(?P<blamed>[A-Z][a-z]+)\s+(?:aggression|forces|jets|warplanes|"
    r"aircraft|drones?|strikes?|military|army)\b"
    # "Residents blame federal forces", "Attributed to the ENDF": a state force the act is laid at
    r"|\b(?i:blame[ds]?|blaming|attributed\s+to)\s+(?i:the\s+)?(?P<laid>[\w'-]+(?:\s+[\w'-]+){0,2})"
    # "officials attributed the strike to a Turkish drone": the nationality of the weapon the act is laid at
    r"|\battributed\s+(?:the\s+[\w-]+|it)\s+to\s+(?:an?\s+|the\s+)?(?P<weapon>[A-Z][a-z]+)\s+(?:drones?|aircraft|jets?|"
    r"warplanes?|helicopters?|strikes?|forces|military|army|artillery|missiles?)\b"
    # "fire launched from government-held hills", "shells fired from regime-held ground": the state's forces, which
    # hold the ground it came from
    r"|\b(?:launched|fired|came|coming|fire|shelling|shells|rockets?|missiles?|mortars?)\s+from\s+(?:the\s+)?"
    r"(?P<held>[A-Za-z]+)-(?:held|controlled)\b"
    rf"|\b{_FIRE}\s+from\s+(?:the\s+)?(?P<src>(?:[\w'-]+\s+){{0,2}}?(?:lines|positions|forces|troops|army|batteries))\b"
    # "rockets launched from the Ukrainian side fell on Belgorod": the side across the line it came from
    r"|\b(?:launched|fired|came|coming)\s+from\s+(?:the\s+)?(?P<side>[A-Z][a-z]+)\s+(?:side|territory)\b")


def _fire_owner(ev: Event, items: list[Resolved], text: str, country: str | None, when: date | None,
                kb: ActorKB) -> None:
    """A strike or an attack whose attacker the note tells only as the fire's owner or as the force it is laid at:
    that force is actor1, where no named side is.

    Why: terse notes write "Indian fire across the LoC", "fire from government lines", "launched from the Ukrainian
    side", "Residents blame federal forces" or "Attributed to the ENDF", with no subject the parse can take as the
    side that fired; ACLED codes the force the fire came from, or the one the sources hold responsible."""
    if ev.event_type not in ("Explosions/Remote violence", "Violence against civilians"):
        return
    a1 = next((r for r in items if r.mention.role == "actor1"), None)
    # (a side the codebook supplied or a generic word's owner, such as the country's own aircraft for "warplanes",
    # yields to the fire's owner told)
    if (a1 is not None and a1.actor is not None and not a1.actor.name.startswith("Unidentified")
            and not a1.implicit and a1.actor.type != "generic"):
        return
    lo, hi = _event_window(ev, text)
    for m in _FIRE_OWNER.finditer(text, lo, hi):
        adjective = m.group("nat") or m.group("blamed") or m.group("side") or m.group("weapon")
        if adjective:
            nat = nationality(adjective)
            if nat is None or nat[1] != 0:
                continue
            group = next(g for g in ("nat", "blamed", "side", "weapon") if m.group(g))
            words, at, shown = f"{adjective} forces", m.start(group), adjective
        elif m.group("held"):
            words = shown = m.group("held")
            at = m.start("held")
            found = _state_named(f"{words} forces", country, when, kb)
            if found is None:
                continue  # a named group's ground ("Houthi-held") names the group itself, found by its name
            words = found
        elif m.group("laid"):
            if codebook()["_unknown_said_rx"].search(text):
                continue  # "Perpetrators not known, though leaders blame police": ACLED's unidentified armed group
            found = _state_named(m.group("laid"), country, when, kb)
            if found is None:
                continue
            words = shown = found
            at = m.start("laid")
        else:
            words = shown = m.group("src")
            at = m.start("src")
        actor, conf = resolve_mention(words, country, when, kb)
        if actor is None or actor.inter not in (1, 8):
            continue
        if a1 is not None:
            items.remove(a1)
        am = ActorMention(role="actor1", name=actor.name, mention=shown, evidence=[Span(at, at + len(shown))])
        items.append(Resolved(am, actor, min(conf, 0.6)))
        return


def _state_named(words: str, country: str | None, when: date | None, kb: ActorKB) -> str | None:
    """The longest opening of ``words`` (up to three words) that names a state force ("federal forces" of "federal
    forces for the strike"), or None."""
    parts = words.split()
    for n in range(min(3, len(parts)), 0, -1):
        head = " ".join(parts[:n]).rstrip(".,;:")
        if parts[n - 1].lower() in ("for", "of", "in", "over", "after", "with", "on", "and"):
            continue  # "police forces for his death": the name ends before the preposition
        actor, _ = resolve_mention(head, country, when, kb)
        if actor is not None and actor.inter in (1, 8):
            return head
    return None
