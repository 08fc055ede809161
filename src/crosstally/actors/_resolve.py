"""Resolving actor mentions: knowledge base first, then generic nouns with the document's country.

``resolve_actors`` (here) walks each event's mentions and decides, in order, which reading wins; the readings live
in modules named for what they decide, and this module re-exports their entry points:

    _generic.py      ACLED's generic names ('gunmen' → 'Unidentified Armed Group (Kenya)'), period suffixes
    _national.py     a state's force named by its nationality ('Nigerian Army soldiers')
    _mention.py      one mention → (actor, confidence): knowledge base, generics, acronyms, 'loyal to', conjuncts
    _references.py   mentions pointing elsewhere in the text ('its forces', 'two guerrillas', 'Nairobi police')
    _riders.py       attackers named only by what they rode ('two men on a motorbike')
    _joint.py        two forces acting together ('a joint army and police patrol', 'soldiers and <militia>')
    _party_after.py  a party named right after a cut mention ('members of the opposition | <party>')
    _personnel.py    counted 'personnel' as the men of the force whose convoy the sentence named
    _non_party.py    unresolved mentions that are no party (outlets, figures, things, places, voices)
    _event_sides.py  an event's resolved sides checked against each other (battle camps, associates, victims)
    _codebook.py     ACLED's conventions for actors a report leaves implicit (crowds, civilians, battle order)
"""

from __future__ import annotations

import dataclasses
import logging
import re
from pathlib import Path

from ..records import ActorMention, Extraction
from ..vocab import load_vocab
from ._codebook import apply_codebook
from ._conventions import CODEBOOK_METHOD, Resolved
from ._event_sides import (
    _battle_camps,
    _distinct_associates,
    _fire_owner,
    _foreign_victims,
    _name_unknown_country,
    _no_civilian_associates,
    _other_conjunct,
    _rival_sides,
    _state_conjunct,
    _unarmed_associates,
    _victims_identity,
)
from ._generic import (
    _battle_generic_template,
    _battle_generics,
    codebook_actor,
    crowd_actor,
    generic_actor,
    period_suffix,
    state_inside,
    written_generic,
)
from ._holders import holder_after
from ._joint import force_before, joint_unit_first
from ._kb import Actor, ActorKB, actor_key, get_kb
from ._mention import (
    _first_conjunct,
    _owner_heads,
    fallen_regime,
    impostor_before,
    loyal_context,
    resolve_mention,
    second_conjunct,
    unlisted_group,
)
from ._national import national_force
from ._non_party import (
    _common_noun,
    _crowd_types,
    _fallen,
    _grievance_role,
    _place_keys,
    _renamed,
    _voice,
    denies_after,
    is_thing,
    names_no_one,
    non_party,
    not_a_party,
)
from ._party_after import party_after
from ._personnel import personnel_force
from ._property import owns_target
from ._references import (
    _force_after,
    _linked_owner,
    _loyal_men,
    _named_earlier,
    antecedent,
    names_machine,
    party_named_earlier,
)
from ._repelled import repelled_attacker
from ._riders import vehicle_attacker

__all__ = [
    "METHOD",
    "antecedent",
    "crowd_actor",
    "fallen_regime",
    "generic_actor",
    "is_thing",
    "loyal_context",
    "national_force",
    "non_party",
    "not_a_party",
    "period_suffix",
    "resolve_actors",
    "resolve_mention",
    "second_conjunct",
    "state_inside",
    "unlisted_group",
    "written_generic",
]


METHOD = "crosstally.actors.kb.v1"
log = logging.getLogger(__name__)


# a possessive mention ("its forces", "Its later tally") refers back to a party named elsewhere: no actor name
_ANAPHOR = re.compile(r"\s*(?:its|their)\b", re.I)


_BOTH_SIDES = re.compile(r"\b(?:from|on|of)\s+(?:both|each|either|all|the two)\s+sides?\b", re.I)


def _doc_country(extraction: Extraction, kb: ActorKB) -> str | None:
    """The document's country: a geocoded event place, the gazetteer's main country, else the country of the
    named actors the knowledge base knows ('Administration Police', 'ODM' → KE)."""
    for ev in extraction.events:
        if ev.location is not None and ev.location.country_code:
            return ev.location.country_code
    try:
        from ..geo import GeoContext, document_country

        # the caller's hint (a per-country feed, ``--country``) before the gazetteer's guess from the text
        hint = document_country(extraction.document)
        if hint:
            return hint
        found = GeoContext.from_text(extraction.document.text or "").main_country
    except Exception as exc:  # pragma: no cover - a gazetteer failure must not cost the document its actors
        # said, not swallowed: the actors fall back to the knowledge base's countries below
        log.warning("actors: no country from the gazetteer for document %s (%s: %s); using the actors' own",
                    extraction.document.id, type(exc).__name__, exc)
        found = None
    if found:
        return found
    # only actors bound to one country's politics vote: a rebel group or foreign force fights across borders
    national = set(load_vocab("actor_codebook")["entries"]["national_actor_types"])
    votes: dict[str, int] = {}
    for ev in extraction.events:
        for am in ev.actors:
            a = kb.exact(am.mention or am.name, None, None)
            if a is not None and a.country and a.type in national:
                votes[a.country] = votes.get(a.country, 0) + 1
            elif a is None:
                # "soldiers of the Philippine Army": a nationality names the state whose force it is
                nf = national_force(am.mention or am.name, None)
                if nf is not None and nf[0].country:
                    votes[nf[0].country] = votes.get(nf[0].country, 0) + 1
    if votes:
        return max(votes, key=lambda c: votes[c])
    return _weak_country(extraction, kb)


def _weak_country(extraction: Extraction, kb: ActorKB) -> str | None:
    """The country when nothing above names one: the country of a place the document names that the gazetteer knows
    ('Bardaale, Bay region': the town unknown, its region Somalia's), else of a community the note names that the
    knowledge base lists in one country only ('an Orma herder': Kenya). None when neither is told.

    Why (round 28): a state force, the civilians or a crowd named with no country ('Military Forces', 'Civilians') is
    no ACLED name; a place the gazetteer placed, or a community of one country, is what a coder reads the country
    from. A community on both sides of a border (the Murle) does not vote, nor does an armed group that fights across
    borders (Al Shabaab in Kenya and Somalia: test_actors_codebook), nor a generic noun."""
    votes: dict[str, int] = {}
    for loc in extraction.places:
        if loc.country_code:
            votes[loc.country_code] = votes.get(loc.country_code, 0) + 1
    if votes:
        return max(votes, key=lambda c: votes[c])
    for ev in extraction.events:
        for am in ev.actors:
            codes = set()
            for word in re.findall(r"\b[A-Z][\w'-]+", am.mention or am.name):
                # "an Orma herder": a community's name inside a mention read otherwise (a civilian)
                hits = kb.index.get(actor_key(word), ())
                if hits and all(kb.actors[i].type in _COMMUNITY_TYPES for i, _ in hits):
                    codes.add(_one_country(hits, kb))
            a, conf = resolve_mention(am.mention or am.name, None, None, kb)
            if a is not None and conf >= 0.7 and a.type in _COMMUNITY_TYPES:
                codes.add(_one_country([h for n in a.identity for h in kb.index.get(actor_key(n), ())], kb))
            for code in codes - {None}:
                votes[code] = votes.get(code, 0) + 1
    return max(votes, key=lambda c: votes[c]) if votes else None


_COMMUNITY_TYPES = ("identity_militia", "identity_group")


def _one_country(hits: list[tuple[str, bool]] | tuple[()], kb: ActorKB) -> str | None:
    """The one country of the knowledge-base actors ``hits`` point at, None when they are in several or none."""
    countries = {kb.actors[i].country for i, _ in hits}
    return next(iter(countries)) if len(countries) == 1 else None


def resolve_actors(extraction: Extraction, *, extra_paths: list[str | Path] | None = None) -> None:
    """Fill every ActorMention's canonical name, inter, actor_id, wikidata and country in place.

    The country for generic nouns ('gunmen', 'police') comes from the event's geocoded location,
    else the document's main country; the date from the event picks ACLED's period suffix.
    Unresolved mentions keep their mention as name, inter None and a low confidence.
    """
    kb = get_kb(extra_paths)
    text = extraction.document.text or ""
    places = _place_keys(extraction)
    fallback: str | None = None
    fallback_done = False
    for ev in extraction.events:
        country = ev.location.country_code if ev.location is not None and ev.location.country_code else None
        if country is None:
            if not fallback_done:
                fallback, fallback_done = _doc_country(extraction, kb), True
            country = fallback
        when = ev.date.start if ev.date is not None else None
        items: list[Resolved] = []
        earlier: dict[int, tuple[Actor | None, float]] = {}
        for am in ev.actors:
            actor, conf = resolve_mention(am.mention or am.name, country, when, kb)
            if am.evidence and actor is not None and actor.inter == 1:
                # round 10: "men disguised as | police officers": the force is their disguise, not who they are
                behind = impostor_before(text, am.evidence[0].start, country, when, kb)
                if behind is not None:
                    actor, conf = behind, 0.7
            if am.evidence:
                # "its forces", "the group's fighters": the side named before them, not an unidentified group
                owner = antecedent(am.mention or am.name, text, am.evidence[0].start, country, when, kb)
                if owner is not None:
                    actor, conf = owner, 0.6
            if am.evidence and (actor is None or (actor.type == "generic" and actor.name.startswith("Unidentified"))):
                # "gunmen linked to Syria's security forces" cut to "gunmen": the side they are tied to
                linked = _linked_owner(am, text, country, when, kb)
                if linked is not None:
                    actor, conf = linked, 0.7
            if am.evidence and (actor is None or (actor.type == "generic" and actor.name.startswith("Unidentified"))):
                # "Two guerrillas were killed" after "EPP guerrillas": the group named before with the same word
                named = _named_earlier(am.mention or am.name, text, am.evidence[0].start, country, when, kb)
                if named is not None:
                    earlier[id(am)] = (actor, conf)
                    actor, conf = named, 0.65
            if am.evidence and (actor is None or actor.inter == 7):
                # round 31b: "the party's departmental coordinator and six other members of the party": the party
                # the note named before
                party = party_named_earlier(am.mention or am.name, text, am.evidence[0].start, country, when, kb)
                if party is not None:
                    actor, conf = party, 0.65
            if am.evidence and actor is None:
                # round 34: "a bomb hit an FRX convoy, killing three personnel": the force whose convoy it was
                men = personnel_force(am.mention or am.name, text, am.evidence[0].start, country, when, kb)
                if men is not None:
                    actor, conf = men, 0.65
            if am.evidence and (actor is None or actor.inter == 7):
                # round 34: "arrested 11 members of the opposition | FRX": the party named right after the cut
                after = party_after(am.mention or am.name, text, am.evidence[-1].end, country, when, kb)
                if after is not None:
                    actor, conf = after, 0.7
            if (am.role == "actor1" and (actor is None or actor.inter == 7)
                    and ev.event_type not in _crowd_types()):
                # round 31b: "two men on a motorbike shot a trader": attackers named only by what they rode
                rider = vehicle_attacker(am.mention or am.name, country, when)
                if rider is not None:
                    actor, conf = rider, 0.6
            if actor is None and am.evidence:
                # "Nairobi police arrest ...": a place name cut from the force that follows it is that force
                force = _force_after(am, text, country, when)
                if force is not None:
                    actor, conf = force, 0.7
            if actor is None and am.evidence:
                # round 33: "attacked positions | held by FARC dissidents": the group holding them, named after
                holder = holder_after(am.mention or am.name, text, am.evidence[-1].end, _owner_heads(), country,
                                      when, kb)
                if holder is not None:
                    actor, conf = holder, 0.6
            if actor is None and am.evidence:
                # "men loyal to the government of ousted president Bashar al-Assad" cut to its last name
                loyal = loyal_context(text, am.evidence[0].start, am.evidence[0].end, country, when, kb)
                if loyal is not None:
                    actor, conf = loyal, 0.7
                    _loyal_men(am, text)
            if am.role == "actor1" and am.evidence and denies_after(text, am.evidence[0].end):
                # "TTP denied involvement": the group named only to deny the act is no side of it
                log.debug("actor mention %r denies a part in the event: left out", am.mention)
                continue
            if (am.role == "actor1" and am.evidence and actor is not None and actor.type != "generic"
                    and owns_target(text, am.evidence[0].start, am.evidence[-1].end)):
                # round 32a: "hurled bombs at the office of a local BNP unit": whose property was hit, not who hit it
                log.debug("actor mention %r owns the property attacked: left out", am.mention)
                continue
            if actor is None and (_voice(am, text) or _fallen(am.mention or am.name, country, when, kb)):
                # a monitor or an office holder who speaks about the event, a fallen leader as a person: no party
                log.debug("actor mention %r (%s) is a voice or a former leader, not a party: left out", am.mention,
                          am.role)
                continue
            # round 9: a crowd's word in a battle ("Gusii and Maasai youths clashed") is no side either:
            # rioters (inter 5) too
            # (civilians, inter 7, are no side of a battle either: "soldiers and Amba boys fought", "boys" read as
            # civilians)
            if (am.role == "actor1" and actor is not None and actor.type == "generic"
                    and (actor.inter in (1, 2, 3, 4, 5, 8) or (actor.inter == 7 and ev.event_type == "Battles"))
                    and " and " in (am.mention or "")
                    and (ev.event_type == "Battles" or (actor.inter == 3 and ev.event_type not in _crowd_types()))):
                # "Houthi forces and pro-government troops fought": the generic noun closing the mention is the
                # second side; the first side named leads. So in an attack: "security forces and allied gunmen
                # killed 40 civilians" is the forces' act, the gunmen with them
                first = _first_conjunct(am.mention, country, when, kb)
                if first is not None:
                    actor, conf = first
            elif (actor is not None and actor.type == "generic" and actor.inter == 1 and " and " in (am.mention or "")
                    and am.role == "actor1"):
                # "police and soldiers opened fire on the demonstrators": the force named first faced the crowd
                # (v16: in any event, "troops and police detained a monk": the force named first leads)
                first = _first_conjunct(am.mention, country, when, kb)
                if first is not None and first[0].inter == 1:
                    actor, conf = first
            elif (am.role == "actor2" and actor is not None and actor.type == "generic" and actor.inter == 3
                    and " and " in (am.mention or "")):
                # "3 constables and the attacker dead": the attacker counted with the dead is the other side; the
                # side acted on is the first conjunct's force
                first = _first_conjunct(am.mention, country, when, kb)
                if first is not None and first[0].inter in (1, 2, 8):
                    actor, conf = first
            joint = joint_unit_first(am.mention or am.name, actor, country, when, kb)
            if joint is not None:
                # round 34: "a joint army and police patrol was ambushed": the force named first
                actor, conf = joint, 0.7
            if actor is None and ev.event_type == "Battles" and actor_key(am.mention or am.name) in _battle_generics():
                # "a shootout with the suspects": in a fight, armed people the note cannot name
                actor, conf = codebook_actor(_battle_generic_template(), 3, country, when), 0.6
            if _BOTH_SIDES.search(am.mention or am.name) and (actor is None or actor.name.startswith("Unidentified")):
                # "14 fighters from both sides were killed": the dead of every party, no one party
                log.debug("actor mention %r (%s) counts both sides: left out", am.mention, am.role)
                continue
            if actor is None and (is_thing(am.mention or am.name) or _ANAPHOR.match(am.mention or am.name)):
                # a thing is never a party, whatever the role, nor is a possessive pointing back ("its forces"):
                # the event's evidence keeps the words
                log.debug("actor mention %r (%s) names a thing, not a party: left out", am.mention, am.role)
                continue
            if actor is None and (_common_noun(am.mention or am.name) or am.role == "actor2") and (
                    am.role.startswith("assoc_") or (am.role == "actor2" and _grievance_role(ev))):
                # ACLED's associated actors are named groups or its generic ones; "reinforcements", "a relative",
                # "many of them" only point at a side already coded. The other side of a protest is the force that
                # intervened: "unpaid dues", "closure of plant" is what the crowd was about
                log.debug("mention %r (%s) names no actor: left out", am.mention, am.role)
                continue
            if (actor is None and am.role == "actor1" and not _renamed(ev, am.role)
                    and names_no_one(am.mention or am.name) and not names_machine(am.mention or am.name)):
                # round 28: 'a feud over a stolen bull turned into a gunfight between Pokot and Ilchamus herders': a
                # subject whose head names no people nor group is no side; the conventions read the sides from the
                # rest of the note (a machine, 'jets struck', is read by them as its owner's)
                log.debug("actor mention %r (%s) names no people: left out", am.mention, am.role)
                continue
            if actor is None and (non_party(am.mention or am.name, am.role)
                                  or (not _renamed(ev, am.role) and not_a_party(am.mention or am.name, places))):
                log.debug("actor mention %r (%s) is not a party to the event: left out", am.mention, am.role)
                continue
            items.append(Resolved(am, actor, conf))
        for r in items:
            # a bare word read as the group named before, when the other side already is that group ("a US airstrike
            # killed Al Shabaab militants after the militants attacked"): the same group on both sides is a misreading
            if id(r.mention) in earlier and any(o is not r and o.actor is not None and r.actor is not None
                                                and o.actor.id == r.actor.id for o in items):
                r.actor, r.confidence = earlier[id(r.mention)]
            elif id(r.mention) in earlier and r.actor is not None and any(
                    o is not r and o.actor is None and _names_group(o.mention.mention or o.mention.name, r.actor)
                    for o in items):
                # round 31b: "Pokot tribe raided ..., 14 raiders shot by police": the other side, not yet read, is
                # written with the group's name; the bare word is not that side again
                r.actor, r.confidence = earlier[id(r.mention)]
        _state_conjunct(ev, items, country, when, kb)
        _other_conjunct(ev, items, extraction.document.text or "", country, when, kb)
        _rival_sides(ev, items, extraction.document.text or "", country, when, kb)
        _fire_owner(ev, items, extraction.document.text or "", country, when, kb)
        # round 33: "soldiers repelled a JNIM assault": the group whose attack was repelled acted first
        items = repelled_attacker(ev, items, text, country, when, kb)
        # ACLED's conventions: the crowd of a protest, intervening police, civilians as targets
        items = apply_codebook(ev, items, extraction.document.text or "", country, when)
        for r in items:
            if r.mention.role in ("actor1", "actor2") and r.mention.evidence:
                # round 34: "soldiers and <a pro-government militia> combing the hills": the state's force leads (the
                # mention, or the side the conventions found, kept only the militia)
                force = force_before(text, r.mention.evidence[0].start, r.actor, country, when)
                if force is not None and not any(o.actor is not None and o.actor.name == force.name for o in items):
                    r.actor, r.confidence = force, 0.7
        # a side the codebook displaced into an associated role is held to the associates' rule too
        items = [r for r in items if r.actor is not None or not r.mention.role.startswith("assoc_")
                 or not (_common_noun(r.mention.mention or r.mention.name) or _voice(r.mention, text))]
        # round 28: 'a peace deal', 'the switch', 'a quarry at Kotulo': a description the conventions left unresolved
        # whose head names no people nor group is no actor, whatever its role (its words stay the event's evidence)
        items = [r for r in items if r.actor is not None or not names_no_one(r.mention.mention or r.mention.name)]
        if ev.event_type == "Battles":
            _battle_camps(items, country, when)
            items = _no_civilian_associates(items)
        _foreign_victims(items, country, when)
        items = _distinct_associates(_unarmed_associates(_victims_identity(items, country, when, kb)))
        if country is None:
            _name_unknown_country(items, text)
        for item in items:
            if item.actor is not None and "{period}" in item.actor.name:
                # a state force listed once for all periods and reached by another path ("Ukrainian forces and
                # separatist fighters" → its first conjunct): ACLED's suffix of the event's date, never the template
                item.actor = dataclasses.replace(item.actor, name=item.actor.name.replace(
                    "{period}", period_suffix(item.actor.country, when)))
            _apply(item.mention, item.actor, item.confidence, CODEBOOK_METHOD if item.implicit else METHOD)
        ev.actors = [item.mention for item in items]


def _names_group(mention: str, actor: Actor) -> bool:
    """Whether a mention holds a word of the group's own name or aliases ('Pokot tribe' and the Pokot's militia)."""
    words = set(actor_key(mention).split())
    for alias in (actor.name, *actor.aliases, *actor.identity):
        first = actor_key(alias).split()[:1]
        # a proper name's first word ("Pokot"), not a common one a group's long name opens with ("Group for ...")
        if alias[:1].isupper() and first and len(first[0]) >= 4 and first[0] in words and first[0] not in _COMMON_FIRST:
            return True
    return False


_COMMON_FIRST = frozenset(("group", "movement", "front", "army", "forces", "force", "party", "union", "council",
                           "national", "popular", "democratic", "islamic", "united", "people", "peoples", "alliance",
                           "unidentified", "military", "police", "government", "militia", "ethnic"))


def _apply(am: ActorMention, actor: Actor | None, confidence: float, method: str = METHOD) -> None:
    if not am.mention:
        am.mention = am.name
    am.method = method
    am.confidence = confidence
    if actor is None:
        am.name = am.mention
        am.inter = None
        am.actor_id = None
        return
    am.name = actor.name
    am.inter = actor.inter
    am.actor_id = actor.id
    am.wikidata = actor.wikidata
    am.country = actor.country
