"""Codebook conventions for communal violence: raiders as ethnic militias, the communities a clash sets against each
other, the group a note says is suspected, groups named outside the knowledge base.

Why: ACLED codes communal clashes as one community's militia against another's, and a suspected group as the actor.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from ..records import Span as CharSpan
from ._appositive import appositive_sides
from ._conventions import CODEBOOK_METHOD, Resolved, _find, _first, _implicit, _state, codebook
from ._generic import codebook_actor
from ._kb import Actor, actor_key, get_kb, nationality, strip_roles
from ._non_party import denies_after
from ._riders import rides_only
from ._victims import _victim_tie


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
    if _political_fight(cb, text, spans):
        # round 10: "clashes between rival political supporters": a political fight, not a communal one
        return
    militia = codebook_actor(spec["template"], int(spec["inter"]), country, when, communal=True)
    # round 29: "unknown gunmen killed five herders": gunmen are an armed group where no stock was taken
    criminal = cb["_armed_words_rx"] if _find(cb["_stock_rx"], text, spans) is not None \
        else cb["_armed_words_no_stock_rx"]
    for r in items:
        if r.actor is not None and r.actor.name == uag.name and r.mention.role in ("actor1", "actor2"):
            if criminal.search(r.mention.mention or "") or (
                    r.mention.method == CODEBOOK_METHOD and _find(criminal, text, spans) is not None):
                continue  # "armed bandits stole cattle": a criminal armed group, whatever was stolen
            if rides_only(r.mention.mention or ""):
                continue  # round 31b: "two motorbike riders gunned down a cattle dealer": riders, not a community
            r.actor = militia


def _political_fight(cb: dict[str, Any], text: str, spans: list[CharSpan]) -> bool:
    """Whether the event's sentences tie a fight to politics and name no raid or community ("clashes between rival
    political supporters"): a raid told beside politics ("raiders attack village, linked with political violence")
    stays a communal one."""
    return (_find(cb["_political_rx"], text, spans) is not None
            and _find(cb["_communal_strong_rx"], text, spans) is None)


@lru_cache(maxsize=64)
def _group_names(country: str | None = None) -> tuple[re.Pattern[str], dict[str, Actor]]:
    """One pattern over the names and aliases of the knowledge base's organised armed groups, and alias → actor.

    A lower-case alias ('militants', 'insurgents' for the Taliban) holds only in the actor's own country, as in the
    knowledge base's own lookups: elsewhere it names nobody in particular. Nor does another country's group hold an
    alias the event country's own state actors use ('SNA' in Somalia is its army).
    """
    types = set(codebook()["suspected_group"]["actor_types"])
    table: dict[str, Actor] = {}
    # an alias the event country's own actors hold ("SNA": Somalia's army in Somalia, not the Syrian National Army)
    own = {actor_key(alias) for a in get_kb().actors.values() if country is not None and a.country == country
           and a.type not in types for alias in (a.name, *a.aliases)}
    for a in get_kb().actors.values():
        if a.type in types:
            for alias in (a.name, *a.aliases):
                if alias == alias.lower() and a.country is not None and a.country != country:
                    continue
                if a.country != country and actor_key(alias) in own:
                    continue
                # acronyms of three capitals count too ("TTP", "NPA"), matched only as written (below)
                # round 30: and two characters with a digit ("3R"), as distinctive as three capitals
                if len(alias) >= 4 or (len(alias) == 3 and alias.isupper()) or (
                        len(alias) == 2 and alias.isupper() and any(ch.isdigit() for ch in alias)):
                    key = actor_key(alias)
                    held = table.get(key)
                    # one alias, several countries' branches ("Islamic State"): the event country's branch
                    if held is None or (held.country != country and a.country == country):
                        table[key] = a
    if country is not None:
        for key, held in list(table.items()):
            if held.country not in (None, country):
                # round 28: a movement's shared name in a country none of its listed branches is in ('Islamic
                # State' in Kenya): that country's branch, as the knowledge base's own lookups name it
                here = get_kb().exact(key, country)
                if here is not None and here.id.startswith("branch:"):
                    table[key] = here
    forms = sorted({re.escape(k).replace(r"\ ", r"[\s-]+") for k in table}, key=len, reverse=True)
    # "al-Shabaab" folds to "shabaab": the name may follow a hyphen
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)", re.I), table


# round 28: "by the entrance of a UPC in Machala": an acronym counted with "a"/"an" and followed by a preposition, a
# punctuation mark or nothing is one of many places or things of that name (a police unit's post), not the group
_COUNTED_BEFORE = re.compile(r"(?:^|[\s(])an?\s+$", re.I)
_COUNTED_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:in|at|on|of|near|by|outside|inside|along|off|from|for|with)\b)", re.I)


def _counted(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) written as a count noun ('a UPC in Machala'), naming no group?"""
    said = text[start:end]
    return (said.isupper() and _COUNTED_BEFORE.search(text, max(0, start - 4), start) is not None
            and _COUNTED_AFTER.match(text, end) is not None)


def _find_group(rx: re.Pattern[str], text: str, spans: list[CharSpan]) -> CharSpan | None:
    """The first group name inside the event's spans that is not written as a count noun (``_counted``)."""
    for s in spans:
        for m in rx.finditer(text, s.start, s.end):
            if not _counted(text, m.start(), m.end()):
                return CharSpan(m.start(), m.end())
    return None


def _named_attacker(role: str, cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                    when: date | None, besides: str | None, unknown_confidence: float) -> Resolved | None:
    """The armed group the event's sentences name (not ``besides``), else an Unidentified Armed Group where the act
    implies an attacker ("went off", "shot"), as an implicit actor in ``role``; None when neither is told.

    Why: a force's own dead or a bomb's victims name no attacker; ACLED codes the group the note names, and the
    generic unidentified one only where an attack is told."""
    rx, table = _group_names(country)
    where = _find_group(rx, text, spans)
    if where is not None:
        said = text[where.start : where.end]
        group = table.get(actor_key(said)) if len(said) > 3 or said.isupper() else None
        if group is not None and group.name != besides:
            return _implicit(role, group, text, where, 0.5)
    where = _find(cb["_perpetrator_rx"], text, spans)
    if where is None:
        return None
    spec = cb["unknown_perpetrator"]
    return _implicit(role, codebook_actor(spec["template"], int(spec["inter"]), country, when), text, where,
                     unknown_confidence)


# a two-capital acronym that claims the attack ("IS said it was behind it", "IS claimed the bombing"): short names are
# left out of _group_names (two capitals are often no group), but one that claims an attack names its group
_SHORT_CLAIM = re.compile(r"(?<![\w-])(?-i:[A-Z]{2})\s+(?:later\s+|quickly\s+|has\s+|had\s+)?(?:said|says|claimed|claims|"
                          r"announced|took responsibility|admitted)(?![\w-])")


# a group that mourns, buries or names the dead as its own: the side acted on, never the attacker
_VICTIMS_OWN = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:later\s+|also\s+|quickly\s+)?(?:mourned|eulogi[sz]ed|buried|claimed|named|listed|"
    r"identified|described)\s+(?:[\w'-]+\s+){0,5}?as\s+(?:its\s+|their\s+|his\s+|an?\s+)?(?:own\s+)?(?:members?|fighters?|"
    r"commanders?|cadres?|militants?|operatives?|martyrs?)\b", re.I)

# round 30: the same told the other way round: "two men later mourned by Hezbollah as fighters", and a group saying
# its own men died ("the CSP-DPA said three of its fighters were killed")
_VICTIMS_OWN_BY = re.compile(r"(?:mourned|eulogi[sz]ed|buried|claimed|named|listed|identified|described)\s+by\s+(?:the\s+)?$",
                             re.I)
_VICTIMS_OWN_AS = re.compile(r"\s+as\s+(?:its\s+|their\s+|an?\s+)?(?:own\s+)?(?:members?|fighters?|commanders?|cadres?|"
                             r"militants?|operatives?|martyrs?)\b", re.I)
_VICTIMS_SAID = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:said|says|reported|announced|acknowledged|confirmed)\s+(?:that\s+)?"
    r"(?:[\w'-]+\s+){1,3}?of\s+its\s+(?:own\s+)?(?:members|fighters|men|commanders|cadres|militants)\s+"
    r"(?:were|had\s+been|have\s+been|was)\s+(?:killed|wounded|injured|hurt)\b", re.I)


def _victims_own(text: str, where: CharSpan) -> bool:
    """Whether the sentences around a group's name say the dead were its own men."""
    if _VICTIMS_OWN.match(text, where.end, min(len(text), where.end + 100)):
        return True
    if _VICTIMS_OWN_BY.search(text[max(0, where.start - 30) : where.start]) and _VICTIMS_OWN_AS.match(
            text, where.end, min(len(text), where.end + 40)):
        return True
    return _VICTIMS_SAID.match(text, where.end, min(len(text), where.end + 120)) is not None


def _victims_group(items: list[Resolved], group: Actor | None, text: str, where: CharSpan) -> None:
    """The group the dead belonged to takes the place of the civilians or the unnamed side acted on (actor2)."""
    if group is None:
        return
    a2 = _first(items, "actor2")
    if a2 is not None and a2.actor is not None and not (a2.actor.type == "generic" and a2.actor.inter in (3, 7)):
        return
    if a2 is not None:
        items.remove(a2)
    items.append(_implicit("actor2", group, text, where, 0.5))


def _suspected(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
               when: date | None, battle: bool = False) -> None:
    """An unnamed attacker the report ties to a known group ("gunmen believed to be al Shabaab") is that group.

    Why: ACLED attributes an attack to the group the sources suspect; the generic 'Unidentified Armed Group' is
    for attackers nobody names.
    """
    rx, table = _group_names(country)
    where = _find_group(rx, text, spans)
    if where is None:
        where = _find(_SHORT_CLAIM, text, spans)  # "IS said it was behind it": two capitals, then a claim
        if where is None:
            return
        claimed = get_kb().exact(text[where.start : where.start + 2], country, when)
        if claimed is None or claimed.type not in set(cb["suspected_group"]["actor_types"]):
            return
        where = CharSpan(where.start, where.start + 2)
        table = {**table, actor_key(text[where.start : where.end]): claimed}
    if denies_after(text, where.end):
        return  # "TTP denied involvement": a group named to deny the act is no suspect
    if _victims_own(text, where):
        # "Al-Quds Brigades (PIJ) mourned two of them as members": the dead were the group's, the group is acted on
        _victims_group(items, table.get(actor_key(text[where.start : where.end])), text, where)
        return
    unknown = _find(cb["_unknown_said_rx"], text, spans)
    if unknown is not None:
        # v13: "perpetrators remain unknown": a group the note names as the area's history or the victim's foe is no
        # suspect, and no attacker either (outside a battle, whose two sides the note names); the words that say the
        # attackers are unknown are the evidence of the unidentified armed group
        a1 = _first(items, "actor1")
        if (not battle and a1 is not None and a1.actor is not None
                and a1.actor.type in set(cb["suspected_group"]["actor_types"])):
            items.remove(a1)
            spec = cb["unknown_perpetrator"]
            items.append(_implicit("actor1", codebook_actor(spec["template"], int(spec["inter"]), country, when), text,
                                   unknown, 0.5))
        return
    said = text[where.start : where.end]
    if len(said) <= 3 and not said.isupper():
        return  # "bla", "npa" in lower case are not the acronyms
    group = table.get(actor_key(said))
    if group is not None:
        # the name as the event's date reads it ("Taliban" after August 2021 is the state's military)
        dated = get_kb().exact(said, country, when)
        if dated is not None and dated.type in set(cb["suspected_group"]["actor_types"]) | {"state_forces"}:
            group = dated
    if group is None or any(r.actor is not None and r.actor.id == group.id for r in items):
        return
    forms = [x for x in (group.name, *group.aliases) if actor_key(x) == actor_key(said)]
    if forms and all(x.isupper() for x in forms) and not said.isupper():
        return  # an acronym is matched only as written: "the fact" is not FACT
    tie = _victim_tie(items, text, where)
    if tie is not None:
        # round 31b: "Unknown gunmen kill Mungiki sect spokesman", "gunmen kill a cleric who allegedly supported Al
        # Shabaab": the group is the victim's, named to say who the victim was, never the suspect (the side acted
        # on stays what the event's rules made it: in an attack the civilians, as for a named group's man killed)
        return
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
    elif battle and _first(items, "actor2") is None and _state(_first(items, "actor1")):
        # round 9: "Kenyan troops fought OLF rebels": the group a force fought is the other side
        items.append(_implicit("actor2", group, text, where, 0.5))


_CLAIM = re.compile(r"(?<![\w-])(?:later\s+|quickly\s+|has\s+|had\s+|have\s+)?claimed\s+(?:responsibility|it(?![\w-])|"
                    r"(?:the|this|that)\s+(?:attack|strike|bombing|blast|assault|ambush|killing|raid|explosion|operation))",
                    re.I)


# the claim told before the group ("Claimed by Al Shabaab", "photos later posted by IS"): the group's own words or
# pictures of the act
_CLAIM_BY = re.compile(r"(?<![\w-])(?:claimed|posted|published|released|circulated)\s+(?:online\s+)?by\s+(?:the\s+)?",
                       re.I)


# the claim right after a group's name, up to two words between ("JNIM fighters later claimed it")
_CLAIMED_AFTER = re.compile(r"\s*(?:[\w'-]+\s+){0,2}?(?:" + _CLAIM.pattern + ")", re.I)


def _claimed(items: list[Resolved], text: str, spans: list[CharSpan], country: str | None, when: date | None) -> None:
    """The group that claimed the attack ("JNIM claimed it the next day", "the Islamic Resistance in Iraq claimed
    it") is actor1; the side it names as acted on becomes actor2.

    Why: ACLED codes the claimant as the attacker; the sentence's own subject is often the side attacked ("VDP
    auxiliaries were engaged by militants; JNIM claimed it"), or the unidentified armed group (round 15)."""
    rx, table = _group_names(country)
    for s in spans:
        for said, where in _claims(rx, text, s):
            group = table.get(actor_key(said))
            if group is None and len(said) == 2 and said.isupper():
                # "photos later posted by IS": a two-capital name the names' table leaves out, as written
                known = get_kb().exact(said, country, when)
                group = known if known is not None and known.inter in (2, 3) else None
            if group is None:
                continue
            forms = [x for x in (group.name, *group.aliases) if actor_key(x) == actor_key(said)]
            if forms and all(x.isupper() for x in forms) and not said.isupper():
                continue
            a1, a2 = _first(items, "actor1"), _first(items, "actor2")
            if a1 is not None and a1.actor is not None and a1.actor.id == group.id:
                return
            mine = next((r for r in items if r.actor is not None and r.actor.id == group.id), None)
            if mine is not None:
                items.remove(mine)
            if a1 is not None and (a1.actor is None or (a1.actor.inter == 3 and a1.actor.type == "generic")):
                items.remove(a1)  # the unidentified armed group stood for the claimant
            elif a1 is not None:
                if a2 is not None and (a2.actor is None or a2.actor.type == "generic" and a2.actor.inter in (3, 7)):
                    items.remove(a2)  # the unnamed attackers or the civilians beside them: the side is a1's
                elif a2 is not None:
                    a2.mention.role = "assoc_actor_2"
                a1.mention.role = "actor2"
            items.append(_implicit("actor1", group, text, where, 0.6))
            return


_TWO_CAPITALS = re.compile(r"(?-i:[A-Z]{2})(?![\w-])")


def _claims(rx: re.Pattern[str], text: str, s: CharSpan) -> list[tuple[str, CharSpan]]:
    """The group names a claim is told of in the span, with where each stands: right before "claimed it" (up to two
    words between), or right after "claimed by" / "posted by"."""
    out: list[tuple[str, CharSpan]] = []
    for m in _CLAIM.finditer(text, s.start, s.end):
        before = text[max(s.start, m.start() - 70) : m.start()]
        at0 = m.start() - len(before)
        names = [n for n in rx.finditer(before) if not _counted(text, at0 + n.start(), at0 + n.end())]
        if not names:
            continue
        last = names[-1]
        if not re.fullmatch(r"[\s,]*(?:[\w'-]+\s+){0,2}", before[last.end():]):
            continue  # the name must close in on the claim ("JNIM claimed", "JNIM fighters later claimed")
        at = m.start() - len(before)
        out.append((last.group(0), CharSpan(at + last.start(), at + last.end())))
    for m in _CLAIM_BY.finditer(text, s.start, s.end):
        name = rx.search(text, m.end(), min(s.end, m.end() + 80))
        # the name right after "by" (an article the names' keys leave out may stand first: "by Al Shabaab")
        if name is not None and re.fullmatch(r"(?:(?:al|el|the)[\s-]+)?", text[m.end() : name.start()], re.I):
            out.append((name.group(0), CharSpan(name.start(), name.end())))
        elif (short := _TWO_CAPITALS.match(text, m.end())) is not None:
            out.append((short.group(0), CharSpan(short.start(), short.end())))
    return out


def claimed_by(r: Resolved, text: str, spans: list[CharSpan]) -> bool:
    """Whether the note says ``r``'s group claimed the attack (the evidence of :func:`_claimed`'s actor1)."""
    return any(_CLAIMED_AFTER.match(text, e.end, min(len(text), e.end + 60)) for e in r.mention.evidence)


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
                        + r")s?(?=\s+(?:" + after + r"|communities|clans|tribes|clash\w*|fight\w*)\b))"
                        # round 32b: the two sides named after an unnamed plural ("two clans, Ajuran and Degodia,
                        # fought", "two militias, the Rendille and the Borana")
                        + r"|(?:\b(?:groups|militias|militiamen|clans|tribes|communities|sides|factions)\s*[,:]\s*"
                        + r"(?:namely\s+)?(?:the\s+)?(?P<e>" + names + r")s?\s*(?:and|&)\s*(?:the\s+)?(?P<f>" + names
                        + r")s?(?!\w))", re.I)
    bare = re.compile(r"(?<!\w)(" + names + r")s?(?!\w)", re.I)
    return acting, paired, bare, table


# round 9: where a side was ("raiders near Kapedo, Turkana", "bandits in Samburu county") is no community
# of theirs; whence they came ("herders from West Pokot") still is
_LOCATIVE = re.compile(r"\s+(?:in|near|at|around|outside|along|inside|on|within|across)\s+", re.I)


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


@lru_cache(maxsize=1)
def _unlisted_pair_rx() -> re.Pattern[str] | None:
    cue = codebook()["communal_context"].get("unlisted_pair_cue")
    return re.compile(cue) if cue else None


def _unlisted_pair(items: list[Resolved], spec: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                   when: date | None) -> bool:
    """Two communities the knowledge base does not list, set against each other in one phrase ("Kusasi and Mamprusi
    gunmen exchanged fire", "a fight between the Kapchemur and Kiptenden clans"): each one's militia is a side of the
    battle, the first actor1 and the second actor2, where those sides are open (unresolved, an unidentified militia or
    armed group, or the civilians a count of the dead was read as). True when a side was so named.

    Why: ACLED names a community's fighters '<Name> Ethnic Militia (Country)' (a clan's '<Name> Clan Militia', a
    village's '<Name> Communal Militia') whether or not it was seen before; a mechanism over the phrase covers the
    communities nobody listed. A name the knowledge base knows (a group, a state) or a nationality is no community."""
    rx = _unlisted_pair_rx()
    if rx is None:
        return False
    kb = get_kb()
    m = next((m for s in spans for m in rx.finditer(text, s.start, s.end)), None)
    if m is None:
        return False
    firsts = (m.group("a"), m.group("b"))
    table = _communities()[3]
    # a listed community's pair is _community's own reading ("between the Borana and Gabra")
    if any(n.lower() in table or kb.exact(n, country, when) is not None or nationality(n) is not None
           for n in firsts):
        return False
    noun = m.group("noun").lower()
    kind = next((k for k, words in spec["unlisted_pair_kinds"].items() if noun in words), "other")
    template = str(spec["unlisted_templates"][kind])
    sides = [codebook_actor(template.replace("{name}", n), int(spec["inter"]), country, when) for n in firsts]
    uag = codebook_actor(codebook()["unknown_perpetrator"]["template"], 3, country, when).name
    unknown = codebook_actor(spec["template"], int(spec["inter"]), country, when).name

    def open_side(r: Resolved | None) -> bool:
        return r is not None and (r.actor is None or r.actor.name in (unknown, uag) or r.actor.inter == 7)

    changed = False
    free = list(zip(sides, ("a", "b"), strict=True))
    for role in ("actor1", "actor2"):
        r = _first(items, role)
        if r is not None and not open_side(r):
            free = [f for f in free if f[0].name != (r.actor.name if r.actor else None)]
            continue
        if not free:
            break
        actor, g = free.pop(0)
        item = _implicit(role, actor, text, CharSpan(m.start(g), m.end(g)), 0.5)
        if r is None:
            items.append(item)
        else:
            items[items.index(r)] = item
        changed = True
    return changed


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
    appositive: list[tuple[str, str, int]] = []
    names: list[tuple[str, CharSpan]] = []
    for s in spans:
        for m in paired.finditer(text, s.start, s.end):
            ga, gb = next(g for g in (("a", "b"), ("c", "d"), ("e", "f")) if m.group(g[0]))
            a, b = m.group(ga), m.group(gb)
            if a.lower() != b.lower():
                pairs.append((a.lower(), b.lower()))
                if ga == "e":
                    appositive.append((a.lower(), b.lower(), m.start(ga)))
                for g in (ga, gb):
                    names.append((m.group(g).lower(), CharSpan(m.start(g), m.end(g))))
        for m in acting.finditer(text, s.start, s.end):
            g = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i))
            names.append((m.group(g).lower(), CharSpan(m.start(g), m.end(g))))
    if pairs:  # the sides of a named clash come before communities named elsewhere
        first = [n for n in names if n[0] in pairs[0]]
        names = first + [n for n in names if n not in first]
    elif battle and _unlisted_pair(items, spec, text, spans, country, when):
        return

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

    if battle and appositive:
        appositive_sides(items, [(pick(a), pick(b), at) for a, b, at in appositive], open_side)
    taken = {r.actor.id for r in items if r.actor is not None and not open_side(r)}
    if battle and pairs and _first(items, "actor1") is None:
        # round 9: "Marakwet and Pokot militiamen exchanged gunfire ...; 1 person was killed", no side parsed:
        # the first community the clash names is actor1 (the second then takes the open actor2)
        name, where = names[0]
        actor = pick(name)
        items.insert(0, _implicit("actor1", actor, text, where, 0.5))
        taken.add(actor.id)
    for role in ("actor1", "actor2"):
        r = _first(items, role)
        if r is None or not open_side(r):
            continue
        own = [m.group(1).lower() for m in bare.finditer(_LOCATIVE.split(r.mention.mention or "", maxsplit=1)[0])]
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
        casualty = battle and not own and (r.actor is None or r.actor.inter == 7)
        for name in cands:
            actor = pick(name)
            if actor.id not in taken:
                r.actor = actor
                taken.add(actor.id)
                where = next((w for n, w in names if n == name), None)
                if casualty and where is not None:
                    # round 17: "Marakwet and Pokot militiamen exchanged gunfire; 1 person was killed": the dead
                    # "person" is no side, the community named is, and its name in the text is the evidence
                    items[items.index(r)] = _implicit(role, actor, text, where, 0.5)
                break
    if battle and _first(items, "actor2") is None and _first(items, "actor1") is not None:
        a1 = _first(items, "actor1")
        if a1 is not None and a1.actor is not None and a1.actor.type == "identity_militia":
            for name, where in names:
                actor = pick(name)
                if actor.id not in taken:
                    items.append(_implicit("actor2", actor, text, where, 0.5))
                    break


# round 30: what says one mention's unnamed militia is both sides of a fight ("two clans", "rival communities"), and
# victims a note names as no fighters
_RIVALS_BEFORE = re.compile(r"(?i)\b(?:two|rival|feuding|warring|both|opposing)\s+$")
_NAMED_CIVILIANS = re.compile(r"(?i)\b(?:civilians?|bystanders?|passers?-by|passers?by|children|child|boys?|girls?|"
                              r"women|woman|residents?|villagers?|pupils?|students?)\b")


def _rival_kin_dead(items: list[Resolved], text: str, both_sides: Any) -> bool:
    """In a battle between two unnamed clans or communities ("two clans fought ...; seven men were killed"), the
    dead the parse read as civilians are its sides' men: the second side is the first's kind. True when so read.

    Why: ACLED Codebook, 'Battles': civilians are never a side; a fight between two unnamed clans is coded with the
    clan militia on both sides. Victims the note names as no fighters (a bystander, children) stay civilians."""
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if (a1 is None or a1.actor is None or a1.actor.inter != 4 or not a1.actor.name.startswith("Unidentified")
            or a2 is None or a2.actor is None or a2.actor.inter != 7 or not a1.mention.evidence
            or _NAMED_CIVILIANS.search(a2.mention.mention or "")):
        return False
    start = a1.mention.evidence[0].start
    if not (both_sides(a1.mention.mention or "") or _RIVALS_BEFORE.search(text[max(0, start - 25) : start])):
        return False
    a2.actor = a1.actor
    return True
