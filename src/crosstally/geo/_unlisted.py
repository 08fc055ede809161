"""Places the gazetteer lacks or misreads: unlisted villages in a known unit, district seats, stray namesakes.

Why: a village missing from GeoNames still belongs to the district or town the text puts it in; a namesake
abroad that the text never supports is dropped rather than reported.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..records import Location, Span
from ._anchor import Anchor
from ._cities import _CITY_MIN_POP
from ._country import office_title
from ._index import Gazetteer, get_gazetteer
from ._location import METHOD_SALIENT, METHOD_UNLISTED, to_location
from ._name import geocode_name
from ._namesakes import _WORLD_CITY
from ._normalise import (
    UNIT_IN_BRACKETS,
    extra_words,
    fold,
    institution_follows,
    name_key,
    organisation_words,
    variant_key,
)
from ._phrases import _NAME, _glued_left, _inner_span, _plain_name
from ._words import _demonyms, _demonyms_folded

if TYPE_CHECKING:
    from ._context import GeoContext


_DISTRICT_AFTER = re.compile(r"\s*(?:district|districts|county|province|governorate|region|municipality)\b", re.I)


def _district_seat(gz: Gazetteer, text: str, loc: Location, found: Location) -> Location:
    """'near the town of Hawija' matched only 'Al-Hawija District': the district's own town of that name, unless
    the text says 'district' (or another unit word) with the name.

    Why: in Iraq, Afghanistan and elsewhere a district is named after its seat; the gazetteer's key for the
    district can be closer to a news spelling than the town's own ('Hawija' vs 'Al Hawijah'), and the town is
    what the article named."""
    place = gz.places.get(found.geonameid) if found.geonameid is not None else None
    if place is None or place.kind != "admin2" or not loc.evidence:
        return found
    mention = loc.mention or loc.name
    span = loc.evidence[0]
    if any(w in fold(mention).split() for w in ("district", "county", "province", "governorate", "municipality")) \
            or _DISTRICT_AFTER.match(text, span.end):
        return found
    key = variant_key(mention) or name_key(mention)
    # the towns spelt like the mention, from the name indexes (no scan of the whole gazetteer)
    named = {p.geonameid: p for p in (*gz.lookup_variant(mention), *gz.lookup(mention))}.values() if key else ()
    seats = [p for p in named if p.kind == "town" and p.admin2 == place.geonameid
             and (variant_key(p.name) or name_key(p.name)) == key]
    if not seats:
        return found
    best = max(seats, key=lambda p: p.population)
    out = to_location(gz, best, near=found.precision >= 2, mention=mention, confidence=found.confidence,
                      method=found.method, written=_plain_name(mention) or best.name)
    out.evidence = list(loc.evidence)
    return out


def _partial_namesake(gz: Gazetteer, found: Location, mention: str, anchor: Anchor | None) -> bool:
    """Whether ``found`` matched only part of the mention, in another state than the anchor town's.

    Why: 'West Ashley' under a 'CHARLESTON, S.C.' dateline matched Ashley, Pa. once the compass word was
    dropped; that namesake is no evidence, so the mention is an unlisted part of the anchor town, like a name
    the gazetteer lacks altogether.
    """
    name = _plain_name(mention)
    place = gz.places.get(found.geonameid) if found.geonameid is not None else None
    return anchor is not None and name is not None and place is not None and place.kind == "town" \
        and place.admin1 != anchor.place.admin1 and fold(name) != fold(found.name) \
        and fold(name) != fold(place.name)


_LOCATIVE_BEFORE = re.compile(r"(?<![\w\-])(?:in|at|near|outside|the|a|an)\s+$", re.I)


def _unlisted_part(text: str, loc: Location, mention: str, town: Location) -> Location | None:
    """'wounded outside a Riverfront Acres laundromat' under a SAVANNAH dateline: the unlisted part keeps its own name,
    at the anchor town's point (precision 2), when the text tells it as a place (after 'in', 'at', 'a', 'the').

    Why: local news names the part of town; the gazetteer knows only the town. As with an unlisted village, the
    name says more than the town, and the point still says which town. A name told otherwise (a surname
    misread as a place, 'Read:' of a page's links) keeps the town.
    """
    name = _plain_name(mention)
    if name is None or not loc.evidence or fold(name) == fold(town.name):
        return None
    start = loc.evidence[0].start
    if not _LOCATIVE_BEFORE.search(text[max(0, start - 12):start]):
        return None
    return Location(name=name, admin1=town.admin1, admin2=town.admin2, country=town.country,
                    country_code=town.country_code, lat=town.lat, lon=town.lon, geonameid=None, precision=2,
                    evidence=list(loc.evidence), mention=mention, method=METHOD_UNLISTED,
                    confidence=min(0.4, town.confidence))


def _lost_tail(gz: Gazetteer, text: str, loc: Location, found: Location, ctx: GeoContext) -> bool:
    """Whether ``found`` is only the last word of a longer proper name the gazetteer does not know, in a
    country nothing else in the text points at ('Numan' of 'Maarat al-Numan' in a note with no country).

    Why: the whole name was tried first; its last word alone is a namesake anywhere in the world.
    """
    if not loc.evidence or found.geonameid is None or found.geonameid not in gz.places:
        return False
    if not _glued_left(text, loc.evidence[0].start):
        return False
    place = gz.places[found.geonameid]
    if place.kind == "country" or place.population >= _WORLD_CITY:
        return False
    return ctx.independent_weight(place, gz) <= 0.0


_UNLISTED_BEFORE = re.compile(r"\b(?:village|town|hamlet|neighbou?rhood|district)\s+of\s+$", re.I)
_UNLISTED_AFTER = re.compile(
    r"^,?\s+(?:in|near|outside)\s+(?:the\s+)?(?:(?:countryside|outskirts|suburbs|province|governorate|district|"
    r"region)\s+of\s+)?(?P<unit>[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)")


def _unlisted_place(text: str, start: int, end: int, mention: str, ctx: GeoContext,
                    gazetteer_dir: Path | None) -> Location | None:
    """'the village of Al-Mukhtariya, in the countryside of Latakia', 'Kfar Example (Tyre district)': a village the
    gazetteer lacks keeps its own name, placed in the unit the text puts it in (ACLED precision 2), instead of becoming that unit or
    a wider region, so a village's killing stays apart from a province-wide toll."""
    m = _UNLISTED_AFTER.match(text[end:end + 80])
    bracket = False
    if m is None or not _UNLISTED_BEFORE.search(text[max(0, start - 30):start]):
        # 'shelled Kfar Example (Tyre district)': a name the gazetteer lacks, its unit in brackets with its unit word
        m = UNIT_IN_BRACKETS.match(text[end:end + 80])
        bracket = True
    if m is None:
        return None
    unit = geocode_name(m.group("unit"), ctx, gazetteer_dir=gazetteer_dir)
    gz = get_gazetteer(gazetteer_dir)
    if unit is None and bracket and ctx.hint is not None:
        # 'troops of country A moved into Example Village (Example district)': the document's guessed country (the
        # attackers', the one a later sentence quotes) has no unit of that name; a district or province with its unit
        # word in brackets names its own country when one country alone has a unit so called (session 34b)
        units = [p for p in gz.lookup(m.group("unit")) if p.kind in ("admin1", "admin2")]
        if len({p.country_code for p in units}) == 1:
            unit = to_location(gz, max(units, key=lambda p: p.kind == "admin2"), mention=m.group("unit"),
                               confidence=0.5, method=METHOD_UNLISTED)
    if unit is None or unit.geonameid == gz.country_by_code.get(unit.country_code or ""):
        return None
    return Location(name=mention, admin1=unit.admin1, admin2=unit.admin2 if unit.precision <= 2 else None,
                    country=unit.country, country_code=unit.country_code, lat=unit.lat, lon=unit.lon,
                    geonameid=None, precision=2, mention=mention, method=METHOD_UNLISTED,
                    confidence=min(0.5, unit.confidence))


_LOCATIVE_LEFT = re.compile(r"(?<![\w\-])(?:in|at|near|outside|around|on)\s+(?:the\s+)?$", re.I)
_UNIT_AFTER_NAME = re.compile(r"\s+(?:village|town|area|location|estate|market|trading centre|shopping centre|"
                              r"division|sub-?county|ward|constituency)\b", re.I)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")  # 'the President's office': a person's or body's, no place


def _country_level(text: str, loc: Location, mention: str, country: Location | None) -> Location | None:
    """A name that resolves to no place, when the document's only place is its country: that country's point
    (precision 3), keeping the name when the text puts the event in it ('in Gesima village').

    Why: ACLED codes such an event at the country or the unlisted village, never at no place at all; a name
    with no coordinates ('President Mwangi', 'Somali traders') counted as no place and lost every distance.
    """
    if country is None or country.lat is None or country.admin1 is not None or country.precision < 3:
        return None
    start = loc.evidence[0].start if loc.evidence else -1
    told = start >= 0 and (_LOCATIVE_LEFT.search(text[max(0, start - 16):start]) is not None
                           or _UNIT_AFTER_NAME.match(text, loc.evidence[0].end) is not None)
    own = _plain_name(mention) if told and not _POSSESSIVE_AFTER.match(text, loc.evidence[0].end) \
        and not institution_follows(text, loc.evidence[0].end) else None
    return Location(name=own or country.name, admin1=None, admin2=None, country=country.country,
                    country_code=country.country_code, lat=country.lat, lon=country.lon,
                    geonameid=None if own else country.geonameid, precision=3, evidence=list(loc.evidence),
                    mention=mention, method=METHOD_UNLISTED if own else METHOD_SALIENT, confidence=0.2)


_STRAY_POP = 500_000  # a town abroad this big may be named in a feed's note without its country


def _stray_namesake(gz: Gazetteer, found: Location | None, ctx: GeoContext) -> bool:
    """Whether ``found`` is a town abroad, in a document from a feed with a country hint, that the text supports
    by nothing but the town's own name (no mention of its country, state or another of its towns).

    Why: the hint is a prior, not a filter, so 'Yala' (a Kenyan town the gazetteer lacks) became Thailand's Yala
    and 'DC offices' Washington in Kenyan notes. A town the gazetteer lacks in the feed's country is likelier; an
    office title of the feed's country ('DC', 'OCS') is no town at all, however big the namesake.
    """
    if found is None or ctx.hint is None or found.country_code in (None, ctx.hint) or found.geonameid is None:
        return False
    place = gz.places.get(found.geonameid)
    if place is None or place.kind != "town":
        return False
    if office_title(found.mention, ctx.hint):
        return True  # 'the DC offices' in a Kenyan note: the District Commissioner's, whatever the town's size
    if place.population >= _STRAY_POP:
        return False
    return ctx.independent_weight(place, gz) <= 1e-9


def _hint_namesake(gz: Gazetteer, found: Location, ctx: GeoContext) -> Location | None:
    """The biggest place of the hint's country spelt as ``found`` is (a town, a district, a county), or None."""
    same = [p for p in gz.lookup(found.name) if p.country_code == ctx.hint and fold(p.name) == fold(found.name)
            and p.kind != "country"]
    if not same:
        return None
    best = max(same, key=lambda p: (p.kind == "town", p.population))
    return to_location(gz, best, mention=found.mention or found.name, confidence=min(0.5, found.confidence or 0.5),
                       method=found.method)


_PLACE_LEFT = re.compile(r"(?<![\w\-])(?:in|at|near|outside|around|from|to|towards|into|of)\s+(?:the\s+)?$", re.I)


def _people_word(text: str, loc: Location, mention: str) -> bool:
    """Whether the mention is one word naming a people (``demonyms`` of gazetteer_extra.yaml: Kikuyu, Turkana) that
    the text uses as a people: no locative word before it ('in Kikuyu', 'from Turkana') and no unit word after it.

    Why: 'a mob beat two Kikuyu traders' names the victims, not Kikuyu town in Kiambu; ACLED codes where it
    happened, which such a note often does not say.
    """
    word = mention.strip()
    if " " in word or word not in _demonyms() or not loc.evidence or not text:
        return False
    span = loc.evidence[0]
    if fold(text[span.start:span.end]) != fold(word):
        return False
    return _PLACE_LEFT.search(text[max(0, span.start - 16):span.start]) is None \
        and _UNIT_AFTER_NAME.match(text, span.end) is None


_UNLISTED_LEFT = re.compile(rf"(?P<pre>\b(?:in|at|near|around|outside)\s+)?(?P<name>{_NAME})"
                            r"(?P<unit>\s+(?i:village|area|location|sub-?location|town|trading cent(?:re|er)|"
                            r"shopping cent(?:re|er)|market|constituency|ward|division|commune|locality|estate))?"
                            r"(?P<link>\s*,\s*(?:in\s+)?|\s+in\s+|\s+of\s+)(?:the\s+)?$")


def _unlisted_inner(gz: Gazetteer, text: str, loc: Location, found: Location) -> Location | None:
    """A place the gazetteer lacks, told inside the unit extraction resolved ('Mangai village in Lamu', 'the
    Kipsoi area of Nandi', 'Kiwanja Nord, North Kivu'): that place's name in the unit (precision 2).

    Why: ACLED codes the village, with the unit's admin1; answering the unit's name lost the location even when
    the admin1 was right. Only a name no gazetteer entry has, told as a place (a unit word after it, a comma
    before the unit, or 'in'/'near' before it), so 'Police in Nandi' stays Nandi.
    """
    if not loc.evidence or not text or found.geonameid is None:
        return None
    unit = gz.places.get(found.geonameid)
    if unit is None or unit.kind in ("country", "admin2") or (unit.kind == "town" and (
            unit.country_code == "US" or unit.population >= _CITY_MIN_POP)):
        # a city's part is coded by its city ('the Bondeni area of Mombasa'; GVDB, ACLED), and a district's
        # village or area by the district (ACLED Afghanistan: 'the Dargai area of X district' is X)
        return None
    span = loc.evidence[0]
    start, end = _inner_span(text, span.start, span.end)
    name = None

    def unlisted(name: str) -> bool:  # no place of that name in the unit's country ('Mangai' is only Congo's)
        return not any(p.country_code == found.country_code for p in gz.lookup(name))

    # a county told by its name, even where that name resolved to the county's seat ('the Kipsoi area of Nandi')
    county = unit.kind == "admin1" or (fold(text[span.start:span.end]) == fold(found.admin1 or "")
                                       and not re.match(r"\s+(?:city|town)\b", text[span.end:span.end + 8], re.I))
    if (start, end) != (span.start, span.end):
        # the place _inner_span found before the unit; in a town only a village ('Mangai village in Lamu'):
        # 'the Bagh area of Farah city' is Farah
        if (county or "village" in text[end:span.start].lower()) and unlisted(text[start:end]):
            name = text[start:end]
    elif unit.kind != "town" and fold(text[start:end]) != fold(found.name) and unlisted(text[start:end]):
        name = text[start:end]  # extraction's own mention, the unit from its context ('Kiwanja Nord, North Kivu')
    else:
        m = _UNLISTED_LEFT.search(text[max(0, start - 80):start])
        told = m is not None and ((m.group("unit") and (county or "village" in m.group("unit").lower()))
                                  or (county and (m.group("pre") or "," in m.group("link"))))
        if m is not None and told and unlisted(m.group("name")):
            name = m.group("name")
    own = _plain_name(name) if name else None
    if own is None or fold(own) == fold(found.name) or fold(own) in _demonyms_folded() \
            or fold(own.split()[-1]) in extra_words("institution_words") or own.split()[-1] in organisation_words():
        return None  # 'the Congress in Buenos Aires': a building or a body, not a place
    return Location(name=own, admin1=found.admin1, admin2=found.admin2 if unit.kind != "admin1" else None,
                    country=found.country, country_code=found.country_code, lat=found.lat, lon=found.lon,
                    geonameid=None, precision=2, evidence=list(loc.evidence), mention=own, method=METHOD_UNLISTED,
                    confidence=min(0.5, found.confidence or 0.5))


_POSSESSIVE_END = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])$")


def _glued_town_possessive(gz: Gazetteer, word: str, country: str | None) -> bool:
    """Whether ``word`` is a big town's name with its possessive's apostrophe lost ('Nairobis' of 'Nairobis
    Eastleigh'): the bare word is a town of 100,000 or more (of ``country`` when given), and the word with its
    's' names no other place (GeoNames lists 'Nairobis' as a spelling of Nairobi itself).

    Why: scraping drops apostrophes; the place that follows is the one meant, the town only its container.
    """
    if len(word) < 5 or not word.endswith("s") or not word[:1].isupper():
        return False
    bare = {p.geonameid for p in gz.lookup(word[:-1]) if p.kind == "town" and p.population >= _CITY_MIN_POP
            and (country is None or p.country_code == country) and fold(p.name) == fold(word[:-1])}
    return bool(bare) and all(p.geonameid in bare for p in gz.lookup(word) if p.kind == "town")


def _strip_possessive(gz: Gazetteer, text: str, loc: Location, mention: str) -> str:
    """The mention without a possessive ending ("Fort Worth's" → "Fort Worth") when the gazetteer lacks the
    whole mention; the evidence span is cut to match.

    Why: 'in Fort Worth's Stop Six neighborhood' names Fort Worth; a place named with its 's' is no place at
    all, and an unlisted place kept under its own name must not carry the possessive either.
    """
    m = _POSSESSIVE_END.search(mention)
    if m is None or gz.lookup(mention) or len(mention) - len(m.group(0)) < 3:
        return mention
    bare = mention[:m.start()].rstrip()
    if loc.evidence and text[loc.evidence[0].start:loc.evidence[0].end].endswith(m.group(0)):
        first = loc.evidence[0]
        loc.evidence = [Span(first.start, first.end - len(m.group(0))), *loc.evidence[1:]]
    loc.mention = bare
    return bare
