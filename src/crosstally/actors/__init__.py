"""Actor knowledge base and resolution: mentions → ACLED-style canonical actors with inter codes.

Why: "HTS", "Hay'at Tahrir al-Sham" and "al-Jolani" name one actor; "gunmen" in Kenya is ACLED's
"Unidentified Armed Group (Kenya)". Resolving them lets events from different sources be compared.

Public API::

    resolve_actors(extraction)                 fill ActorMention fields in place
    resolve_mention(mention, country, when)    one mention → (Actor | None, confidence)
    antecedent(mention, text, start, country)  'its forces', "the group's fighters" → the side named before them
    non_party(mention, role)                   an unresolved statement body / bare country: not a party
    not_a_party(mention, places)               an unresolved figure, place, thing or event word: not a party
    is_thing(mention)                          'fire extinguishers', 'food stores': a thing, never an actor
    fallen_regime(country, when)               the loyalists of the country's fallen regime ('Former Military
                                               Forces of Syria (2000-2024)'), None while it rules
    national_force(text, country, when)        'Nigerian Army', 'a Russian missile' → that state's force + span
    unlisted_group(mention, country)           'EPP guerrillas' → 'EPP': a group the knowledge base lacks, by its
                                               acronym (data/actor_generic.yaml unlisted_group)
    fill_country(template, code, period)       'Military Forces of the Philippines', 'Civilians (Palestine)'
    apply_codebook(event, resolved, text, country, when)   ACLED's conventions for implicit actors
                                               (crowds, intervening police, civilians; data/actor_codebook.yaml)
    ActorKB.load(extra_paths) -> ActorKB       packaged actors.yaml + users' files (CROSSTALLY_ACTORS)
    ActorKB.lookup(mention, country=None)      Actor | None
    entity_patterns()                          spaCy EntityRuler patterns (ORG / NORP / PERSON)

A user's file has the same shape as ``crosstally/data/actors.yaml`` (header name, version, sources,
entries); an entry with an existing id replaces the packaged one.
"""

from __future__ import annotations

from ..registry import actor_resolvers
from ._codebook import CODEBOOK_METHOD, apply_codebook, codebook_actor
from ._kb import Actor, ActorKB, actor_key, country_name, fill_country, get_kb, nationality, strip_roles
from ._patterns import entity_patterns
from ._resolve import (
    METHOD,
    antecedent,
    crowd_actor,
    fallen_regime,
    generic_actor,
    is_thing,
    national_force,
    non_party,
    not_a_party,
    period_suffix,
    resolve_actors,
    resolve_mention,
    unlisted_group,
)

actor_resolvers.register(METHOD, func=resolve_actors)

__all__ = [
    "CODEBOOK_METHOD",
    "METHOD",
    "Actor",
    "ActorKB",
    "actor_key",
    "antecedent",
    "apply_codebook",
    "codebook_actor",
    "country_name",
    "crowd_actor",
    "entity_patterns",
    "fallen_regime",
    "fill_country",
    "generic_actor",
    "get_kb",
    "is_thing",
    "national_force",
    "nationality",
    "non_party",
    "not_a_party",
    "period_suffix",
    "resolve_actors",
    "resolve_mention",
    "strip_roles",
    "unlisted_group",
]
