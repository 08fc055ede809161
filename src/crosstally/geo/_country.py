"""The document's country from its own text, for callers that give no country hint.

Why: a per-country feed tells us its country (``meta["country"]``), but texts sent through the JSONL
contract or ingested from mixed sources do not. Most of them say it themselves: a country or demonym
("Kenyan police"), a province only one country has ("Helmand"), a town with its state ("Gary, Ind."),
a dateline. The inference is conservative: only names that point at one country count, and a text
whose evidence is split between countries gets no country at all (a wrong country costs more than none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..vocab import load_vocab
from ._anchor import city_state_pairs, dateline, dateline_region, names_unit_of
from ._index import POSTAL_ID_BASE, Gazetteer, Place, get_gazetteer
from ._name_forms import _big_town_spelling, sentence_initial
from ._normalise import extra_words, fold, institution_follows, weapon_follows

METHOD_INFERRED = "crosstally.geo.country_from_text.v1"

# Evidence weights: how much one mention of each kind says about the document's country.
_WEIGHT = {"country": 1.5, "demonym": 0.55, "admin1": 1.0, "bare_admin1": 0.5, "admin2": 0.6, "big_town": 1.0, "town": 0.4,
           "sole_town": 0.6, "listed_part": 0.6, "state_pair": 1.5, "dateline": 1.0, "institution": 0.55}
_PER_NAME_CAP = 2  # a name repeated five times is still one place: count at most two of its mentions
_BIG_TOWN = 100_000
_SOLE_TOWN = 5_000  # a town this big whose name no other country has a place for names its country alone
_SMALL_TOWN = 1_000  # towns smaller than this (or of unknown size) are too easily a person's or a common word
_NAME_RATIO = 4.0  # a name counts only when its place in one country is this much more prominent than elsewhere
MIN_SCORE = 0.6  # the winning country needs at least this much evidence ...
MIN_SHARE = 0.75  # ... and this share of all the evidence

_CAPS = re.compile(r"(?:\b|(?<=[a-z]))[A-Z][\w'’\-]*(?:[ \-](?:(?:al|el|ez|ad|as|ar|an|e|de|la)[\-\s])?"
                   r"[A-Z][\w'’\-]*){0,5}")
# 'Las Navas (Northern Samar)', 'Tandahimba district (Mtwara)': a unit in brackets after a place's name is that
# place's unit, named as a place (session 32)
_BRACKET_AFTER_NAME = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+(?:district|county|province|region|town|village))?[ \t]*\($")
# Words before a small place that say it is one ('in Kasikeu', 'near Dolton'); a surname has none.
_LOCATIVE = re.compile(r"(?:\b(?:in|at|near|from|outside|of|into|across|around|to|between|and|toward|towards)"
                       r"\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,2})?|,\s*)$")
# ... and only such a word ('Fano entered Lalibela': a sentence's subject after the date's comma is no place told)
_PREP_BEFORE = re.compile(r"\b(?:in|at|near|outside|of|around|into)\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,2})?$")
# A unit word after a name ('a village of Nyamagabe district'): the name is the unit's, GeoNames' 'Nyamagabe District'
_UNIT_WORD_AFTER = re.compile(r"[ \t]+(?:district|zone|province|county|region|governorate)\b", re.I)
_SPEECH_AFTER = re.compile(r"^\s+(?:said|says|told|added|explained|stated|wrote|is|was|who|and his|and her)\b")
_POSSESSIVE = re.compile(r"['’]s$")
# People named by their place right after it ('Githurai residents', 'Kargi villagers'): the place is where they live
_PEOPLE_AFTER = re.compile(r"\s+(?:residents|villagers|locals|traders|youths|herders|farmers)\b")
# A place word after a small place's name ('Eastleigh neighbourhood', 'Ngara area'): the name is a place's, not a
# surname (a province's name before 'district' stays bare: 'Mocimboa da Praia district' is no Praia province)
_PLACE_AFTER = re.compile(r"\s+(?:neighbourhood|neighborhood|estate|area|district|suburb|section|slum|village|ward|"
                          r"sub-county|market|refugee camp)\b")
# People of a nationality living away from it ('Somali refugees', 'Ethiopian migrants', 'a Somali-populated estate'):
# the demonym says where they came from, not where the note is
_ABROAD_AFTER = re.compile(r"[\s\-]+(?:refugees?|migrants?|immigrants?|expatriates?|nationals?|asylum[\s\-]seekers?|"
                           r"diaspora|populated|dominated|inhabited)\b", re.I)


@lru_cache(maxsize=1)
def _elsewhere_after() -> re.Pattern[str]:
    words = sorted((re.escape(str(w)).replace(r"\ ", r"\s+") for w in _cues().get("demonym_elsewhere_after") or ()),
                   key=len, reverse=True)
    return re.compile(r"[ \t]+(?:" + ("|".join(words) or "(?!x)x") + r")\b", re.I)


def demonym_elsewhere(text: str, end: int) -> bool:
    """Whether the nationality adjective ending at ``end`` names an actor or a border ('Israeli guns', 'a Turkish
    drone', 'on the Ugandan border'), not the country the note is in.

    Why: forces act abroad and a border has two sides; such an adjective is no evidence of the event's country, and
    it outweighed the one small town a note names ('around Naqoura' read as Israel)."""
    return _elsewhere_after().match(text, end) is not None


# 'crossed into Uganda', 'fled to neighbouring Chad': where people went, not where the note's event is (round 24)
_DESTINATION_BEFORE = re.compile(r"\b(?:crossed|crossing|fled|fleeing|escaped|retreated|withdrew)[ \t]+(?:back[ \t]+)?"
                                 r"(?:into|to|towards|across[ \t]+to)[ \t]+(?:neighbouring[ \t]+|neighboring[ \t]+)?$",
                                 re.I)


# 'raiders who crossed from Kenya', 'tried to cross from Tanzania at Lungalunga': where people came from (round 28)
# 'a missile fired from Lebanon hit a house in Metula', 'rockets launched from Gaza': where a weapon fired from afar
# left, not where it struck (session 32)
_ORIGIN_BEFORE = re.compile(r"\b(?:(?:crossed|crossing|cross|crosses)[ \t]+(?:over[ \t]+|back[ \t]+)?"
                            r"(?:the[ \t]+[A-Z][\w'’\-]*(?:[ \t]+(?:river|border))?[ \t]+)?|"
                            r"(?:fired|launched|shot|lobbed)[ \t]+)from[ \t]+"
                            r"(?:neighbouring[ \t]+|neighboring[ \t]+|across[ \t]+the[ \t]+border[ \t]+in[ \t]+)?$", re.I)


# 'insurgents who crossed the Ruvuma', 'crossing the Awash': a river or border crossed on the way, not the event's
# place (session 32)
CROSSED_BEFORE = re.compile(r"\b(?:crossed|crossing|cross|crosses)[ \t]+(?:over[ \t]+)?the[ \t]+$", re.I)


# 'according to Kigali', 'in solidarity with Gaza', 'a convoy bound for Cameroon', 'drones launched by Russia': a
# source, a cause, a destination or the side that acted, named where it is not (session 30)
_NOT_WHERE_BEFORE = re.compile(r"\b(?:according[ \t]+to|solidarity[ \t]+with|bound[ \t]+for|"
                               r"(?:launched|fired|sent|carried[ \t]+out|backed|supported|operated|deployed)[ \t]+by)"
                               r"[ \t]+(?:the[ \t]+)?$", re.I)


# 'according to Chicago police', 'according to Cook County prosecutors', 'backed by Kenya's government':
# the place names the source's seat, which is often where the event is
_SEAT_AFTER = re.compile(r"(?:'s|\u2019s|[ \t]+[A-Z]|[ \t]+(?i:police|officials?|authorities|sources|residents|media|"
                         r"officers?|government|army|military|forces|troops|health|hospitals?|county|city|state|"
                         r"province|district|governor|mayor|council|people|coroner|sheriff)\b)")


def source_mention(text: str, start: int, end: int) -> bool:
    """Whether the place named at ``text[start:end]`` is a source, a cause, a destination or the acting side
    ('according to Kigali', 'in solidarity with Gaza', 'launched by Russia'): alone, not a source's seat ('according
    to Chicago police').

    Why: a capital speaks for its government and a country for its forces; the event is elsewhere. The other shape,
    the place as the subject of a speech verb ('Kigali says'), is read after geocoding by ``geo._clauses.speaks``."""
    return _NOT_WHERE_BEFORE.search(text, max(0, start - 40), start) is not None \
        and _SEAT_AFTER.match(text, end) is None


def destination_country(text: str, start: int) -> bool:
    """Whether the country named at ``start`` is where people crossed or fled to ('crossed into Uganda'), or where
    they crossed from ('Pokot raiders who crossed from Kenya clashed with soldiers in Amudat').

    Why: a note about fighting at a border town says where the losers fled, or where the raiders came from; that
    country is not the event's."""
    return _DESTINATION_BEFORE.search(text, max(0, start - 40), start) is not None \
        or _ORIGIN_BEFORE.search(text, max(0, start - 40), start) is not None


_ROAD_AFTER = re.compile(r"\s+(?:road|highway|rd)\b", re.I)
# A name the text calls a town ('Kibuye town'): a town, not an estate or ward of the same name
_TOWN_AFTER = re.compile(r"\s+(?:town|township|city|municipality)\b", re.I)


@dataclass
class CountryGuess:
    """The inferred country, its confidence, and the evidence (kind, words, country) that decided it."""

    code: str | None
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)
    evidence: list[tuple[str, str, str]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _extra() -> dict:
    return load_vocab("gazetteer_extra")["entries"]


@lru_cache(maxsize=1)
def _cues() -> dict:
    return load_vocab("country_inference")["entries"]


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    """Demonyms and nationality adjectives ('Kenyan', 'Afghan') → ISO code (gazetteer_extra, country_inference)."""
    out: dict[str, str] = {}
    for table in (_extra().get("demonyms") or {}, _cues().get("adjectives") or {}):
        for cc, words in table.items():
            for w in words or ():
                out[str(w)] = str(cc)
    return out


@lru_cache(maxsize=1)
def _institutions() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, ISO code) for each national institution, party or force only one country has (country_inference
    ``institutions``: 'KDF', 'IEBC', 'UPDF'); matched as whole words, case as written."""
    return tuple((re.compile(rf"(?<![\w\-]){re.escape(str(w))}(?![\w\-])"), str(cc))
                 for cc, words in (_cues().get("institutions") or {}).items() for w in words or ())


_NEAR_WORDS = re.compile(r"^(?:near|outside|in|at|around)\s+", re.I)


@lru_cache(maxsize=1)
def _office_titles() -> dict[str, frozenset[str]]:
    """ISO code → the office titles its reports abbreviate (country_inference ``office_titles``: 'DC', 'OCPD')."""
    return {str(cc): frozenset(str(w) for w in words or ())
            for cc, words in (_cues().get("office_titles") or {}).items()}


def office_title(mention: str | None, country: str | None) -> bool:
    """Whether ``mention`` is, as written, an office title the reports of ``country`` abbreviate ('DC', 'OCS').

    Why: 'stoned the DC offices' in a Kenyan note is the District Commissioner's office, not Washington, D.C.
    """
    word = re.sub(r"['’]s$", "", _NEAR_WORDS.sub("", (mention or "").strip()))  # 'near DC' of 'outside the DC's
    return country is not None and word in _office_titles().get(country, frozenset())


@lru_cache(maxsize=1)
def _skip_words() -> frozenset[str]:
    """Words that are never a place on their own (common words, days, months, unit words)."""
    words: set[str] = set()
    for key in ("common_words", "time_words", "compass_words"):
        words |= {fold(str(w)) for w in _extra().get(key) or ()}
    words |= {fold(str(w)) for w in _cues().get("stopwords") or ()}
    return frozenset(words)


@lru_cache(maxsize=1)
def _state_agency_words() -> frozenset[str]:
    """Words that end an American state agency's name ('Georgia Bureau of Investigation', 'Florida Highway Patrol')."""
    return frozenset(fold(str(w)) for w in _cues().get("state_agency_words") or ())


@lru_cache(maxsize=1)
def _tail_words() -> frozenset[str]:
    """Words that may follow a place name in the same capitalised run ('Kisumu County', 'Kibera Slum')."""
    words = {fold(str(w)) for ws in (_extra().get("kind_hints") or {}).values() for w in ws}
    words |= {fold(str(w)) for w in _cues().get("tail_words") or ()}
    return frozenset(words)


def _prominence(place: Place) -> float:
    if place.kind == "country":
        return 1e8
    if place.kind == "admin1":
        return max(1e6, place.population)
    if place.kind == "admin2":
        return max(2e5, place.population)
    return float(max(place.population, 1))


def _kind(place: Place) -> str | None:
    if place.kind in ("country", "admin1", "admin2"):
        return place.kind
    if place.population >= _BIG_TOWN:
        return "big_town"
    if POSTAL_ID_BASE < place.geonameid < 0:
        # a ward or estate of data/gazetteer_units.yaml ('in Mathare North', 'at Kinale'): listed by hand because
        # the country's notes use it, and counted only where no other country has a place of that name, so
        # alone it says as much as a sub-county does (population 0 no longer leaves the note without a country)
        return "listed_part"
    if place.population >= _SMALL_TOWN or place.geonameid < 0:
        return "town"
    return None


def _city_spelling(place: Place, name: str, initial: bool = False) -> bool:
    """'Al-Fashir' for El Fasher: a big city's name in another transliteration counts as its name."""
    return place.kind == "town" and place.population >= _BIG_TOWN and _big_town_spelling(place, name, initial=initial)


def _unit_short(place: Place, key: str) -> bool:
    """'Nyamagabe' for GeoNames' 'Nyamagabe District': a unit's name without its unit word is its name as spelled
    (notes write 'a village of Nyamagabe district'; the gazetteer already finds the unit by the short form) (session
    33)."""
    if place.kind not in ("admin1", "admin2"):
        return False
    name = fold(place.name)
    return name.startswith(key + " ") and name[len(key) + 1:] in extra_words("unit_tail_words")


def _name_places(gz: Gazetteer, name: str, *, initial: bool = False, towns: bool = False,
                 unit_told: bool = False) -> dict[str, Place]:
    """The most prominent place spelled exactly ``name`` in each country (``initial``: the name opens a sentence;
    ``towns``: towns only, for a name the text calls a town; ``unit_told``: the text writes a unit word after the
    name, so 'Nyamagabe district' is GeoNames' 'Nyamagabe District').

    A big city's other transliteration counts only when no town of some size is spelled exactly so: 'Malaba' is
    Kenya's and Uganda's border town, not Malabo (round 28)."""
    key = fold(name)
    found = [p for p in gz.lookup(name) if not towns or p.kind == "town"]
    exact = [p for p in found if key in (fold(p.name), fold(gz.label(p))) or (unit_told and _unit_short(p, key))]
    spelt = not any(p.kind == "town" and p.population >= _SMALL_TOWN for p in exact)
    out: dict[str, Place] = {}
    for p in found:
        if (p in exact or (spelt and _city_spelling(p, name, initial))) and (
                p.country_code not in out or _prominence(p) > _prominence(out[p.country_code])):
            out[p.country_code] = p
    return out


_BODY_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_OF_BEFORE = re.compile(r"(?P<head>[A-Z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*)?)[ \t]+of[ \t]+$")


def of_name(gz: Gazetteer, text: str, start: int, phrase: str) -> str | None:
    """The whole 'X of Y' place name that ``phrase`` (at ``start``) ends, when the gazetteer lists it ('Port of
    Spain' around 'Spain'); else None. Why: the capitalised run stops at 'of', and 'Spain' alone is a country."""
    m = _OF_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    words = m.group("head").split()
    for k in range(len(words)):
        whole = " ".join(words[k:]) + " of " + phrase
        if any(p.kind in ("town", "admin1", "admin2") and fold(p.name) == fold(whole) for p in gz.lookup(whole)):
            return whole
    return None


def _dominant(places: dict[str, Place]) -> str | None:
    """The country holding most of a name's prominence, when it holds nearly all of it."""
    if not places:
        return None
    ranked = sorted((_prominence(p), cc) for cc, p in places.items())
    top, cc = ranked[-1]
    return cc if len(ranked) == 1 or top >= _NAME_RATIO * ranked[-2][0] else None


def _glued_possessive(gz: Gazetteer, word: str, *, initial: bool = False) -> tuple[str, str] | None:
    """('KE', 'country') for 'Kenyas': a country or province name with its possessive glued on."""
    if len(word) < 5 or not word.endswith("s") or word[:-1].isupper() or _name_places(gz, word, initial=initial):
        return None
    places = _name_places(gz, word[:-1], initial=initial)
    cc = _dominant(places)
    kind = _kind(places[cc]) if cc is not None else None
    return (cc, kind) if cc is not None and kind in ("country", "admin1", "big_town") else None


def _sole(places: dict[str, Place], cc: str) -> str | None:
    """'sole_town' for 'residents of Kamakwie', 'outside Morija': a town of some size that no other country has a
    place of that name for names its country on its own, as a district does (session 33); else None."""
    p = places[cc]
    if len(places) == 1 and _kind(p) == "town" and p.geonameid > 0 and p.population >= _SOLE_TOWN:
        return "sole_town"
    return None


def _listed_over_namesakes(places: dict[str, Place]) -> str | None:
    """The one country where a name is a ward or estate of data/gazetteer_units.yaml, when its namesakes elsewhere
    are small: towns (or the districts named after them) of under 100,000 people.

    Why: a unit is listed by hand because the notes of its country use it ('Eastleigh', 'Pangani', 'Ngara' in
    Nairobi); a mid-sized foreign town of the same name (Eastleigh in Hampshire, Pangani and Ngara in Tanzania) is
    a poorer reading of a note that names nothing else. A big city, a province or a country still wins.
    """
    listed = [cc for cc, p in places.items() if _kind(p) == "listed_part"]
    if len(listed) != 1 or len(places) < 2:
        return None
    others = [p for cc, p in places.items() if cc != listed[0]]
    if all(p.kind in ("town", "admin2") and p.population < _BIG_TOWN for p in others):
        return listed[0]
    return None


_NUMBERED = re.compile(r" \d{1,4}\b")


def infer_country(text: str, gazetteer: Gazetteer | None = None) -> CountryGuess:
    """The country a text is about, with a confidence in [0, 1]; code None when the evidence is not decisive.

    Why: the country hint settles same-name places and names generic actors ('Rioters (Kenya)'); a text
    with no hint usually names its country, its provinces or its towns, and only that evidence is used.
    """
    gz = gazetteer or get_gazetteer()
    text = text or ""
    scores: dict[str, float] = {}
    evidence: list[tuple[str, str, str]] = []
    seen: dict[str, int] = {}

    towns: list[tuple[str, str, dict[str, Place]]] = []  # (kind, words, places by country), decided last
    called_towns: set[str] = set()  # names the text itself calls a town ('Kibuye town')
    prep_towns: set[str] = set()  # names told after 'in', 'near', 'outside', 'residents of' (not after a comma)

    def add(cc: str, kind: str, words: str) -> None:
        n = seen.get(fold(words), 0)
        if n >= _PER_NAME_CAP:
            return
        seen[fold(words)] = n + 1
        scores[cc] = scores.get(cc, 0.0) + _WEIGHT[kind]
        evidence.append((kind, words, cc))

    adjectives = _adjectives()
    skip = _skip_words()
    tails = _tail_words()
    # 'Town, State' phrases and a dateline with its state first: their town names count for that country only
    # ('FLORENCE, S.C.' is no evidence for Italy).
    anchored: dict[str, str] = {}
    for a in city_state_pairs(gz, text):
        add(a.place.country_code, "state_pair", text[a.start:a.end])
        anchored[fold(text[a.start:a.end])] = a.place.country_code
    head = dateline(gz, text)
    if head is not None and head.admin1 is not None:
        add(head.place.country_code, "dateline", text[head.start:head.end])
        anchored[fold(text[head.start:head.end])] = head.place.country_code
        anchored[fold(head.place.name)] = head.place.country_code
    elif (dr := dateline_region(text)) is not None and not any(
            names_unit_of(gz, dr.region, p) for p in gz.lookup(dr.town.title()) if p.kind == "town"):
        # 'KESSIN, Valdoria (...)': the region is no country or state of any town so named, so the town's
        # namesakes (Germany's Kessin) say nothing about where the story is
        anchored[fold(dr.town)] = ""
    for pattern, cc in _institutions():
        # 'KDF soldiers', 'IEBC officials', 'UPDF': a force, party or office only one country has names it, the way a
        # demonym does (short notes often name no place the gazetteer holds)
        for hit in pattern.finditer(text):
            add(cc, "institution", hit.group(0))
    for m in _CAPS.finditer(text):
        words = m.group(0).split()
        if len(words) > 2 and words[0] == "The" and not _name_places(gz, " ".join(words[:2])):
            words = words[1:]  # 'The Texas Department of Public Safety' (but 'The Hague')
        if fold(words[-1]) in extra_words("institution_words"):
            # 'Temple University', 'Moi University': an institution's name, not a mention of the town; but a campus
            # the gazetteer lists by its own name in one country only ('Moi University', 'Egerton University') is there
            listed = _name_places(gz, _POSSESSIVE.sub("", " ".join(words)))
            if len(listed) == 1 and _kind(next(iter(listed.values()))) == "listed_part":
                add(next(iter(listed)), "listed_part", " ".join(words))
            continue
        if len(words) > 1 and fold(words[0]) in extra_words("compass_words") and not _name_places(gz, " ".join(words)) \
                and " ".join(words[:2]) not in adjectives:  # 'South Sudanese' is South Sudan's, not Sudan's
            words = words[1:]  # 'West Philadelphia', 'Central Fresno' (but 'South Africa', 'North Carolina')
        initial = sentence_initial(text, m.start()) and m.group(0).startswith(words[0])  # 'Grenade attack'
        glued = _glued_possessive(gz, words[0], initial=initial)
        if glued is not None:  # 'Kenyas Lamu coastal region', 'Nairobis CBD': the apostrophe lost in scraping
            add(glued[0], glued[1], words[0][:-1])
            words = words[1:]
            initial = False
            if not words or len(" ".join(words)) < 3:
                continue
        if len(words) > 2 and _POSSESSIVE.sub("", " ".join(words[:2])) in adjectives:
            words = words[:2]  # 'South Sudanese Army'
        elif len(words) > 1 and _POSSESSIVE.sub("", words[0]) in adjectives:
            words = words[:1]  # 'Kenyan Police', 'Afghan National Army'
        # A place is the whole capitalised run ('Harris County' when listed), or the run less trailing unit
        # words ('Bondo Subcounty'); a word inside a longer name ('Jacob' of 'Jacob Zuma') is no evidence.
        whole = _POSSESSIVE.sub("", " ".join(words)).strip("'’-")
        num = _NUMBERED.match(text, m.end())
        if num is not None and gz.lookup(whole + num.group(0)):
            continue  # 'Cota 905': a listed numbered sector, not Colombia's Cota
        unit = False
        agency = False
        while len(words) > 1 and fold(_POSSESSIVE.sub("", words[-1])) in tails:
            popped = fold(words.pop())
            agency = agency or popped in _state_agency_words()
            unit = True
        phrase = _POSSESSIVE.sub("", " ".join(words)).strip("'’-")
        if agency and (us := _name_places(gz, phrase).get("US")) is not None and us.kind == "admin1":
            add("US", "admin1", phrase)  # 'the Georgia Bureau of Investigation': the state's, not the country's
            continue
        if unit and fold(whole) not in skip:
            places = _name_places(gz, whole)
            cc = _dominant(places)
            if cc is not None and _kind(places[cc]) in ("country", "admin1", "big_town"):
                add(cc, _kind(places[cc]) or "town", whole)  # 'CAPE TOWN', 'Nairobi County'
                continue
        if len(phrase) < 3 or fold(phrase) in skip:
            continue
        if fold(phrase) in anchored:
            continue  # counted with its state
        if phrase in adjectives:
            if institution_follows(text, m.end()):
                continue  # 'the Saudi hospital': who built or runs it, not where the text is
            if _ABROAD_AFTER.match(text, m.end()) or demonym_elsewhere(text, m.end()):
                # 'Somali refugees', 'Somali populated Eastleigh': people of that origin, living elsewhere; 'Israeli
                # guns', 'the Ugandan border': an actor's or a border's nationality
                continue
            if fold(phrase) not in seen:  # a people named twice is still one people
                add(adjectives[phrase], "demonym", phrase)
            continue
        if phrase.isupper() and len(phrase) <= 4:
            continue  # an acronym ('ODM', 'GSU'), not a place
        if _SPEECH_AFTER.match(text, m.end()):
            continue  # 'Bender said': a person
        if weapon_follows(text, m.start(), m.end()):
            continue  # 'Vortex rockets': a weapon system's name, not a province abroad
        if _BODY_OF.match(text, m.end()) and _THE_BEFORE.search(text, max(0, m.start() - 6), m.start()) \
                and not any(_kind(p) in ("country", "admin1", "big_town") for p in _name_places(gz, phrase).values()):
            continue  # 'the Congress of Deputies', 'the Bank of Uganda': a body's name, not Congress, Arizona
        longer = of_name(gz, text, m.start(), phrase)
        if longer is not None:  # 'Port of Spain': the city, not Spain
            phrase = whole = longer
        called = _TOWN_AFTER.match(text, m.end()) is not None  # 'Beni town': DR Congo's town, not Bolivia's Beni
        unit_told = unit or _UNIT_WORD_AFTER.match(text, m.end()) is not None
        places = (_name_places(gz, whole, initial=initial, towns=called) if unit else {}) \
            or _name_places(gz, phrase, initial=initial, towns=called, unit_told=unit_told)  # 'Harris County'
        if not places and "-" in phrase and _ROAD_AFTER.match(text, m.end()):
            # 'the Mpeketoni-Lamu road', 'the Garissa-Mwingi highway': the two towns a road joins
            for part in (p.strip() for p in phrase.split("-")):
                part_places = _name_places(gz, part) if len(part) >= 3 and fold(part) not in skip else {}
                part_cc = _dominant(part_places)
                if part_cc is not None and _kind(part_places[part_cc]) is not None:
                    towns.append((part_cc, part, part_places))
            continue
        cc = _dominant(places)
        kind = _kind(places[cc]) if cc is not None else None
        located = unit or m.group(0).endswith(("'s", "’s")) \
            or _LOCATIVE.search(text[max(0, m.start() - 30):m.start()]) is not None \
            or _BRACKET_AFTER_NAME.search(text, max(0, m.start() - 40), m.start()) is not None \
            or _PEOPLE_AFTER.match(text, m.end()) is not None
        if kind == "admin1" and not located and " " not in phrase:
            kind = "bare_admin1"  # 'Zala', 'Bender': a province's name alone is also a surname
        if kind in ("country", "admin1", "bare_admin1") and destination_country(text, m.start()):
            # 'scores of them crossed into Uganda', 'crossed the Ruvuma from Cabo Delgado': where they went or came
            # from, not where the event is
            continue
        if kind is not None and source_mention(text, m.start(), m.end()):
            continue  # 'according to Kigali', 'launched by Russia': who spoke or acted, not where
        if kind in ("country", "admin1", "bare_admin1"):
            add(cc, kind, phrase)
            continue
        if not places or all(_kind(p) is None for p in places.values()):
            continue
        if kind != "big_town" and not located and _PLACE_AFTER.match(text, m.end()) is None:
            continue  # a small place named without 'in'/'near' is as likely a surname ('Taylor', 'Perkins')
        if _TOWN_AFTER.match(text, m.end()):
            called_towns.add(phrase)
        if _PREP_BEFORE.search(text[max(0, m.start() - 30):m.start()]) is not None:
            prep_towns.add(phrase)
        towns.append((cc, phrase, places))
    named = set(scores)
    # A place only one country has ('in Kasarani and Mathare', two Nairobi units) also names its country for the
    # namesakes beside it: 'Eastleigh' then is Nairobi's estate, not the bigger English town.
    named |= {next(iter(places)) for _, _, places in towns
              if len(places) == 1 and _kind(next(iter(places.values()))) is not None}
    # the country each town's name leans to on its own ('Ngara' and 'Pangani' together are Nairobi's two estates)
    listed_of = {words: _listed_over_namesakes(places) for _, words, places in towns}
    leaning = {words: listed_of[words] or cc for cc, words, _ in towns}
    for cc, words, places in towns:
        # A town's namesake in a country the text names outright is that country's town ('Maua' in a note
        # that says 'Kenya' is Meru's Maua, not Brazil's Mauá), as the geocoder will read it.
        home = [c for c in places if c in named and _kind(places[c]) is not None]
        listed = None if words in called_towns else listed_of[words]
        if listed is not None and any(c != listed and c in places for w, c in leaning.items() if w != words):
            listed = None  # 'Eastleigh, Hampshire': another name of the text stands by the namesake's country
        if len(home) == 1:
            add(home[0], (words in prep_towns and _sole(places, home[0])) or _kind(places[home[0]]) or "town", words)
        elif not home and listed is not None:
            # 'Police in Eastleigh', 'in Ngara area': an estate listed by hand because the notes use it outweighs
            # a small foreign town of the name (England's Eastleigh, Tanzania's Ngara) when nothing else is told
            add(listed, "listed_part", words)
        elif not home and cc is not None and _kind(places[cc]) is not None:
            add(cc, (words in prep_towns and _sole(places, cc)) or _kind(places[cc]) or "town", words)
    if not scores:
        return CountryGuess(None, 0.0, scores, evidence)
    cc = max(scores, key=scores.__getitem__)
    total = sum(scores.values())
    share = scores[cc] / total
    if scores[cc] < MIN_SCORE or share < MIN_SHARE:
        return CountryGuess(None, 0.0, scores, evidence)
    confidence = round(min(0.95, share * min(1.0, 0.5 + scores[cc] / 6.0)), 3)
    return CountryGuess(cc, confidence, scores, evidence)
