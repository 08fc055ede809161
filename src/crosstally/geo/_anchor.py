"""Where a news story is filed from: datelines ("GARY, Ind. (AP) —") and "City, State" phrases.

Why: local news names streets, neighbourhoods and suburbs, and leaves the city to the dateline or to a
"Claymont, Del." phrase. Both are checked against the gazetteer (the town must lie in the state
named with it, or in the document's country), so a headline word in capitals is not taken for a town.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..vocab import load_vocab
from ._index import Gazetteer, Place
from ._normalise import fold

DATELINE_WINDOW = 700  # datelines sit at the top, after a headline and a site name glued on by scraping

# A run of upper-case words ("FAYETTEVILLE", "ST. GEORGE", "ROCKBRIDGE CO."); the first may be glued to
# a station's call letters ("WCIVCHARLESTON") or a site name ("Fox 59INDIANAPOLIS").
_UPPER_RUN = re.compile(r"[A-Z][A-Z.'\-]*[A-Z.](?:[ \t]+[A-Z][A-Z.'\-]*[A-Z.]){0,3}")
_PAREN = re.compile(r"\s*\([^()\n]{1,40}\)")
_DASH = re.compile(r"\s*(?:—|–|--|-|:)\s")
# "Claymont, Del.", "(Cincinnati, OH)", "Dudley, NC": a title-case town and a state after a comma.
_TITLE_TOWN = re.compile(r"(?<![\w.])(?P<town>[A-Z][a-z][\w'\-]*\.?(?:[ \t][A-Z][\w'\-]*\.?){0,3})"
                         r"(?:[ \t](?:town|city|village))?,[ \t]+(?=[A-Z])")  # 'Jowhar town (Middle Shabelle)'

_UNIT_NAME = re.compile(r"[A-Z][a-z'’]+(?:[ \-](?:(?:al|el|ad|ar|as|ash|az|ez|ed|an|wa)[ \-])?[A-Z][a-z'’]+){0,2}"
                        r"(?![\w\-])")
_STATE_WORDS = re.compile(r"[A-Z][A-Za-z]*\.?(?:[ \t]?[A-Z][A-Za-z]*\.?){0,2}")


@dataclass(frozen=True)
class Anchor:
    """A town the text names as its dateline or with its state; ``admin1`` is the state named, if any."""

    place: Place
    start: int
    end: int
    kind: str  # dateline | city_state
    admin1: int | None = None
    local: bool = False  # local news (a state named, a stand-alone US dateline city, a small town), not a wire



@lru_cache(maxsize=1)
def _wire_names() -> frozenset[str]:
    return frozenset(fold(str(a)) for e in load_vocab("framing_wires")["entries"] for a in e.get("aliases") or ())


@lru_cache(maxsize=1)
def _standalone() -> frozenset[str]:
    """Cities that stand alone in datelines (AP Stylebook): local news even without a state."""
    data = load_vocab("admin1_abbreviations").get("standalone_datelines") or {}
    return frozenset(f"{cc}:{fold(str(c))}" for cc, cities in data.items() for c in cities or ())


_LOCAL_MAX_POP = 500_000  # a stateless dateline from a smaller town is a local outlet's, not a wire's


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, tuple[str, int]]:
    """'Ind.' / 'Ind' / 'IN' → ('US', Indiana's geonameid): state abbreviations from the data file."""
    out: dict[str, tuple[str, int]] = {}
    for cc, units in (load_vocab("admin1_abbreviations")["entries"] or {}).items():
        for gid, abbrs in (units or {}).items():
            for a in abbrs or ():
                a = str(a)
                out[a] = (str(cc), int(gid))
                out[a.rstrip(".")] = (str(cc), int(gid))
                out[a.replace(" ", "")] = (str(cc), int(gid))
    return out


def state_of(gz: Gazetteer, text: str, country: str | None = None) -> tuple[int, int] | None:
    """The first-level unit named at the start of ``text`` ('Ind. (AP) —' → (Indiana id, length)).

    An abbreviation from ``admin1_abbreviations`` or a full admin1 name ('Alabama', 'New Jersey');
    with ``country`` only units of that country count.
    """
    m = _STATE_WORDS.match(text)
    if m is None:
        return None
    words = m.group(0).split()
    abbrs = _abbreviations()
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        length = len(phrase) if text.startswith(phrase) else len(" ".join(words[:n]))
        for form in (phrase, phrase.rstrip("."), phrase.replace(" ", "")):
            hit = abbrs.get(form)
            if hit is not None and (country is None or hit[0] == country) and hit[1] in gz.places:
                return hit[1], length
        if phrase.isupper() and len(phrase.rstrip(".")) > 2:
            continue  # "FLA" is no name; upper-case full names are words ("ALERT")
        units = [p for p in gz.lookup(phrase.rstrip(".")) if p.kind == "admin1"
                 and (country is None or p.country_code == country)]
        if units and fold(phrase) == fold(gz.label(units[0])):
            return units[0].geonameid, len(phrase.rstrip("."))
    # 'Al-Hasakeh', 'Salah al-Din', 'Idleb': a province written with its article, a hyphen or another listed
    # spelling, when that spelling names one province only
    m = _UNIT_NAME.match(text)
    if m is None or ("-" not in m.group(0) and " " not in m.group(0) and m.group(0) in words):
        return None
    found = {p.geonameid for p in gz.lookup(m.group(0)) if p.kind == "admin1"
             and (country is None or p.country_code == country)}
    return (found.pop(), len(m.group(0))) if len(found) == 1 else None


_SHORT_FORMS = ((re.compile(r"\bSt\.?\s+", re.I), "Saint "), (re.compile(r"\bFt\.?\s+", re.I), "Fort "),
                (re.compile(r"\bMt\.?\s+", re.I), "Mount "),
                (re.compile(r"\s+Co\.?$", re.I), " County"),  # 'AUGUSTA CO., Va.' is the county
                # 'UPPER DARBY TWP., Pa.', 'STATE COLLEGE BORO.': a township or borough is its town's own name
                (re.compile(r"\s+(?:Twp|Township|Boro|Borough)\.?$", re.I), ""))


def _towns(gz: Gazetteer, name: str, country: str | None, admin1: int | None) -> list[Place]:
    """Towns (else counties) called ``name`` in the country and state; 'St. George' is also 'Saint George'."""
    forms = [name] + [rx.sub(full, name) for rx, full in _SHORT_FORMS if rx.search(name)]
    towns = [p for form in forms for p in gz.lookup(form) if p.kind in ("town", "admin2")
             and (country is None or p.country_code == country) and (admin1 is None or p.admin1 == admin1)]
    if any(p.kind == "town" for p in towns):
        towns = [p for p in towns if p.kind == "town"]
    if not towns and admin1 is not None and country in (None, "US"):
        # a state named with it: a post-office town cities500 lacks ('HILLROSE, Colo.', 'Lohrville, Iowa')
        towns = [p for form in forms for p in gz.lookup_postal(form, admin1)]
    return sorted(towns, key=lambda p: -p.population)


_HEAD_LINES = 4  # a headline, a standfirst and a site name may stand before the dateline's paragraph
_LINE_START = re.compile(r"\n[ \t]*(?=[A-Z])")


def _head_runs(text: str) -> list[tuple[str, re.Match[str]]]:
    """Upper-case runs where a dateline may stand: the top of the text, then (the headline being longer than
    the window) the start of each of the first few lines that begin past it, read as the text itself.

    Why: a long headline or standfirst glued on by scraping pushes 'DULUTH, Minn. —' past the window; a
    dateline still opens its paragraph, so only a run at a line's start counts there.
    """
    head = text[:DATELINE_WINDOW]
    runs = [(text, m) for m in _UPPER_RUN.finditer(head)]
    for k, line in enumerate(_LINE_START.finditer(text)):
        if k >= _HEAD_LINES or line.end() > 4 * DATELINE_WINDOW:
            break
        if line.end() < DATELINE_WINDOW - 40:
            continue  # inside the window: already read
        m = _UPPER_RUN.match(text, line.end())
        if m is not None:
            runs.append((text, m))
    return runs


def dateline(gz: Gazetteer, text: str, country: str | None = None,
             admin1_weights: dict[int, float] | None = None) -> Anchor | None:
    """The dateline town near the top of ``text``: 'CHICAGO (STMW) —', 'AUBURN, Alabama --', 'WEST ALLIS —'.

    A town with its state must lie in that state; one without needs a dash or an agency in brackets
    after it and must be a town of ``country`` (when given). Call letters glued to the town
    ('WCIVCHARLESTON, S.C.') are trimmed off.
    """
    for head, m in _head_runs(text):
        run = m.group(0)
        end = m.end()
        rest = head[end:end + 40]
        state: tuple[int, int] | None = None
        if rest.startswith(","):
            after = rest[1:].lstrip(" \t")
            state = state_of(gz, after, country)
            if state is None:
                continue
        elif not (_DASH.match(rest) or (_PAREN.match(rest) and _DASH.match(rest[_PAREN.match(rest).end():]))):
            continue
        letters = sum(ch.isalpha() for ch in run)
        if letters < 3:
            continue
        a1 = state[0] if state else None
        first = run.split()[0]
        # The whole run, then (glued call letters) the run with its first word trimmed from the left.
        for cut in range(0, max(1, len(first) - 1)):
            name = run[cut:].strip(" .'-")
            if cut and (state is None or sum(ch.isalpha() for ch in name) < 5):
                break
            if len(name) < 3:
                break
            towns = _towns(gz, name.title(), country, a1)
            if not towns:
                continue
            if a1 is None and admin1_weights:
                towns.sort(key=lambda p: (-(admin1_weights.get(p.admin1 or 0, 0.0) > 0), -p.population))
            town = towns[0]
            paren = _PAREN.match(rest)
            wire = paren is not None and fold(paren.group(0).strip(" ()")) in _wire_names()
            local = not wire and (a1 is not None or town.population < _LOCAL_MAX_POP
                                  or f"{town.country_code}:{fold(town.name)}" in _standalone())
            return Anchor(town, m.start() + cut, end, "dateline", a1, local)
    return None


# 'Birnin Gwari (Kaduna)', 'Turbat (Kech, Balochistan)': a unit in brackets after a town, as monitors' notes write
_BRACKETED_UNIT = re.compile(r"(?<=[a-z]) \((?=[A-Z][a-z])([^()\n]{2,60})\)")


def _brackets_as_commas(text: str) -> str:
    """The text with each bracketed unit after a name written as commas, offsets unchanged ('Sake (Masisi)' →
    'Sake, Masisi,'), so 'Town (State)' reads as 'Town, State'."""
    return _BRACKETED_UNIT.sub(lambda m: ", " + m.group(1) + ",", text)


def city_state_pairs(gz: Gazetteer, text: str, country: str | None = None) -> list[Anchor]:
    """Every 'Town, State' phrase whose town lies in that state: 'Claymont, Del.', 'Glassboro, New Jersey',
    'Birnin Gwari (Kaduna)'."""
    out: list[Anchor] = []
    text = _brackets_as_commas(text)
    for m in _TITLE_TOWN.finditer(text):
        state = state_of(gz, text[m.end():m.end() + 30], country)
        if state is None or _state_body(text, m.end() + state[1]):
            continue
        words = m.group("town").split()
        units = _namesake_states(gz, state[0], country)
        # The shortest run of words just before the comma that is a town of the state ("in Glassboro").
        for k in range(len(words) - 1, -1, -1):
            name = " ".join(words[k:])
            towns = next((t for unit in units if (t := _towns(gz, name, country, unit))), [])
            if towns:
                state = (towns[0].admin1 or state[0], state[1])
                while k > 0 and any(p.geonameid == towns[0].geonameid
                                    for p in _towns(gz, " ".join(words[k - 1:]), country, state[0])):
                    k -= 1  # 'El Callao': the whole name of the town 'Callao' found, with its article
                    name = " ".join(words[k:])
                start = m.end("town") - len(name)
                inner = _town_before_unit(gz, text, start, towns[0], country) if towns[0].kind != "town" else None
                if inner is not None:  # 'Kiritiri, Mbeere South, Embu': the town, not its sub-county
                    out.append(Anchor(inner[0], inner[1], inner[2], "city_state", state[0], True))
                else:
                    out.append(Anchor(towns[0], start, m.end("town"), "city_state", state[0], True))
                break
    return out


def _namesake_states(gz: Gazetteer, unit: int, country: str | None) -> list[int]:
    """``unit`` first, then the other first-level units of its very name ('Bolivar' is a state of Venezuela and a
    department of Colombia and of Ecuador): the town before the comma says which one ('El Callao, Bolivar' is
    Venezuela's) (session 33)."""
    place = gz.places.get(unit)
    if place is None:
        return [unit]
    label = fold(gz.label(place))
    return [unit] + [p.geonameid for p in gz.lookup(gz.label(place)) if p.kind == "admin1" and p.geonameid != unit
                     and fold(gz.label(p)) == label and (country is None or p.country_code == country)]


_BEFORE_UNIT = re.compile(r"(?<![\w.])(?P<town>[A-Z][a-z][\w'\-]*(?:[ \t][A-Z][a-z][\w'\-]*)?),[ \t]+$")


def _town_before_unit(gz: Gazetteer, text: str, start: int, unit: Place,
                      country: str | None) -> tuple[Place, int, int] | None:
    """The town told just before a sub-county in 'Town, Sub-county, County' (its place, start and end), if any.

    Why: 'Kiritiri, Mbeere South, Embu county' names the town, then its sub-county and county: the anchor is the
    town (most specific first), not the sub-county that the 'Place, State' pattern finds next to the county.
    """
    m = _BEFORE_UNIT.search(text[max(0, start - 40):start])
    if m is None:
        return None
    towns = [p for p in _towns(gz, m.group("town"), country, unit.admin1) if p.kind == "town"]
    if not towns:
        return None
    offset = max(0, start - 40)
    return towns[0], offset + m.start("town"), offset + m.end("town")


_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[A-Z][a-z]+)\b")


@lru_cache(maxsize=1)
def _state_body_words() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load_vocab("gazetteer_extra")["entries"].get("state_body_words") or ())


def _state_body(text: str, end: int) -> bool:
    """The state's name is the start of a state body's ('Indianapolis, Indiana State Police said'): the town before
    the comma is then a place told on its own, not the anchor 'Indianapolis, Indiana'."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and fold(m.group("word")) in _state_body_words()


def km(a: Place, b: Place) -> float:
    """Great-circle distance between two places with coordinates (inf when one has none)."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


OUTLET_WINDOW = 300  # the outlet's name is glued to the headline at the very top of a scraped page
_OUTLET_MIN_POP = 20_000  # an outlet's masthead town is a city, not a village that shares a word with it
_TITLE_WORDS = r"[A-Z][a-z][a-z'\-]*(?:[ \t][A-Z][a-z][a-z'\-]*){0,2}"


@lru_cache(maxsize=1)
def _outlet_patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    try:
        data = load_vocab("news_outlet_words")["entries"] or {}
    except Exception:  # a missing data file only loses this weak hint
        return None
    after = "|".join(sorted((re.escape(str(w)) for w in data.get("masthead_after_town") or ()), key=len,
                            reverse=True))
    before = "|".join(re.escape(str(w)) for w in data.get("network_before_town") or ())
    if not after or not before:
        return None
    return (re.compile(rf"(?:\bThe[ \t]+)?(?P<town>{_TITLE_WORDS})[ \t]+(?:{after})(?![a-z])"),
            re.compile(rf"\b(?:{before})(?:[ \t]+\d+)?[ \t]+(?P<town>{_TITLE_WORDS})(?![a-z])"))


def outlet_town(gz: Gazetteer, text: str, country: str | None) -> Anchor | None:
    """The town in the outlet's name glued to the headline: '| The Augusta Chronicle', '« CBS Chicago'.

    Why: scraped local stories often name only streets; the outlet's town is where it reports from. It is
    the weakest anchor (kind ``outlet``, never ``local``): used only when the text has no dateline and no
    'Town, State' phrase, and only for a town of the document's country with at least 20,000 people.
    """
    pats = _outlet_patterns()
    if pats is None or country is None:
        return None
    head = text[:OUTLET_WINDOW]
    hits = sorted((m for rx in pats for m in rx.finditer(head)), key=lambda m: m.start())
    for m in hits:
        words = m.group("town").split()
        for k in range(len(words)):  # "Shot In Colorado Springs Gazette": the longest town before the masthead
            name = " ".join(words[k:])
            towns = [p for p in _towns(gz, name, country, None) if p.kind == "town"
                     and p.population >= _OUTLET_MIN_POP and fold(p.name) == fold(name)]
            if towns:
                start = m.end("town") - len(name)
                return Anchor(towns[0], start, m.end("town"), "outlet", None, False)
    return None


# "KESSIN, Valdoria (Example Wire) -", "BANIYAS, Syria, March 9 (...)": an upper-case town, a comma and a
# second part written out in Title Case (abbreviations such as "Tenn." are left to ``state_of``).
_REGION_WORDS = re.compile(r"(?P<region>[A-Z][a-z][A-Za-z'\-]*(?:[ \t][A-Z][a-z][A-Za-z'\-]*){0,2})"
                           r"(?=\s*(?:\([^()\n]{1,40}\)\s*)?(?:—|–|--|-|:)\s|,)")


@dataclass(frozen=True)
class DatelineRegion:
    """A dateline written as 'TOWN, Region': the town as written and the region named after it."""

    town: str
    region: str
    start: int
    end: int


def dateline_region(text: str) -> DatelineRegion | None:
    """The 'TOWN, Region' dateline at the top of ``text`` ('JABLEH, Syria (AP) —'), whatever the region is.

    Why: the second part says which country or state the town is in; a caller checks it against the
    town's candidates (``names_unit_of``) before trusting a namesake somewhere else.
    """
    for head, m in _head_runs(text):
        rest = head[m.end():m.end() + 60]
        if not rest.startswith(","):
            continue
        lead = len(rest) - len(rest[1:].lstrip(" \t"))
        r = _REGION_WORDS.match(rest, lead)
        town = m.group(0).strip(" .'-")
        if r is None or sum(ch.isalpha() for ch in town) < 3:
            continue
        region = r.group("region")
        if fold(region.split()[0]) in _time_words():
            return None  # 'KABUL, Monday (Reuters) -': a day, no region
        return DatelineRegion(town, region, m.start(), m.end() + r.end())
    return None


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load_vocab("gazetteer_extra")["entries"].get("time_words") or ())


def names_unit_of(gz: Gazetteer, region: str, place: Place) -> bool:
    """Whether ``region`` names ``place``'s country or a first- or second-level unit of that country.

    Why: 'GARISSA, Kenya' and 'Memphis, Tenn.' confirm their town; 'KESSIN, Valdoria' names no unit of
    Germany, so Germany's Kessin is only a namesake of the town the story is filed from.
    """
    cc = place.country_code
    if state_of(gz, region, cc) is not None:
        return True
    key = fold(region)
    for p in gz.lookup(region):
        if p.country_code == cc and p.kind in ("country", "admin1", "admin2"):
            return True
        if p.country_code == cc and key in (fold(p.name), fold(gz.label(p))):
            return True  # 'GAZA CITY, Gaza': the region is a place of the town's own country
    return False
