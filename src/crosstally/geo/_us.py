"""US local news: towns in a state, police forces, counties told with a town, post-office towns.

Why: American reports name a town once, often only through its police department or its county, and rely on
the state for the rest; these rules read those forms.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..records import Location, Span
from ._anchor import Anchor, km
from ._index import Gazetteer, Place
from ._location import METHOD, _town_at, to_location
from ._name import geocode_name
from ._name_forms import _lookup_saint, _written_out
from ._normalise import extra_words, fold
from ._phrases import _NAME_LINKS, _in_qualified_town, _plain_name, _strip_time
from ._town_phrases import _IN_TOWN, _TOWN_POLICE, _town_names, police_towns
from ._words import _extra

if TYPE_CHECKING:
    from ._context import GeoContext


def _same_state_towns(gz: Gazetteer, name: str, place: Place) -> list[Place]:
    """The other towns called ``name`` in ``place``'s state."""
    return [p for p in gz.lookup(name) if p.kind == "town" and p.admin1 == place.admin1
            and fold(p.name) == fold(name) and p.geonameid != place.geonameid]


def _in_unit(p: Place, unit: Place) -> bool:
    return p.kind == "town" and unit.geonameid in (p.admin1, p.admin2)


_UNFILED_KM = 40.0  # a town GeoNames files under no county, this near a county's point of its state, lies in it


def _in_unit_or_unfiled(p: Place, unit: Place) -> bool:
    """:func:`_in_unit`, or a town GeoNames files under no county (Belton, Missouri) near the point of a county of its
    state: 'Police in Cass County ... Belton police were called' is Belton, whatever the file leaves out."""
    return _in_unit(p, unit) or (unit.kind == "admin2" and p.kind == "town" and p.admin2 is None
                                 and p.admin1 == unit.admin1 is not None and km(p, unit) <= _UNFILED_KM)


def _town_in_state(gz: Gazetteer, text: str, unit: Place) -> tuple[Place, Span] | None:
    """The first 'in <Town>' of the text that lies in ``unit`` (a state, or a US county): 'a Walmart in
    Pennsylvania ... the store in Stroudsburg' → Stroudsburg, 'Polk County deputies ... a house in
    Bartow' → Bartow. Why: local reports name the state or the sheriff's county once and the town later.
    A compass word before the town is dropped ('in South San Antonio'); in the US a post-office town cities500
    lacks counts too, since the unit already says which state the name is in. A town told only where a victim was
    treated, a suspect caught or someone lives ('taken to a hospital in Modesto') is the answer only when the text
    names no other town of the unit.
    """
    postal = unit.country_code == "US"
    compass = extra_words("compass_words")
    elsewhere: tuple[Place, Span] | None = None  # a town told only where a victim was treated: the last resort
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
                towns = [p for p in gz.lookup(name) if _in_unit_or_unfiled(p, unit)]
                if not towns and skip:
                    first = len(words[0]) + 1
                    towns = [p for p in gz.lookup(name[first:]) if _in_unit_or_unfiled(p, unit)]
                if not towns and postal and len(name) >= 4:
                    towns = [p for p in gz.lookup_postal(name) if _in_unit_or_unfiled(p, unit) and fold(p.name) == fold(name)]
                if fold(name[first:]) == fold(gz.label(unit)):
                    towns = []  # 'in South Florida': the unit itself, not a town named after it ('Florida City')
                if towns and fold(name[first:]) not in extra_words("common_words"):
                    best = max(towns, key=lambda p: p.population)
                    start = (m.end("name") - len(name) if from_end else m.start("name")) + first
                    if not from_end and _ELSEWHERE_CUE.search(text, max(0, m.start() - 60), m.start()):
                        # 'taken to a hospital in Modesto ... Turlock police said': the scene's town comes later
                        elsewhere = elsewhere or (best, Span(start, start + len(name) - first))
                        break
                    return best, Span(start, start + len(name) - first)
    return elsewhere


# ('town in eastern Uganda', and since round 28 'Yala, southern Thailand': a country told after a comma)
_COUNTRY_AFTER = re.compile(r"(?:[ \t]+(?:(?:town|city|village|district|area)[ \t]+)?in[ \t]+(?:the[ \t]+)?|,[ \t]*)"
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
                or fold(words[len(words) - k]) in extra_words("time_words"):
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
            return _town_at(gz, towns, m.group(0), m.start(), m.end(), 0.3, METHOD_AGENCY)
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
    _add_towns_in_named_counties(gz, text, ctx)


_COUNTY_PAIR_WEIGHT = 1.0  # one mention: the town and its own county told in one text


def _add_towns_in_named_counties(gz: Gazetteer, text: str, ctx: GeoContext) -> None:
    """Count, of a town name several states share, the one namesake that lies in a county the text names
    ('Springfield police ... the Clark County prosecutor': Springfield, Ohio; 'Columbia police ... the Richland
    County coroner': Columbia, South Carolina).

    Why: local reports name the town through its police or after 'in' and the county through its coroner,
    prosecutor or jail; a town and its own county told in one text say which namesake it is, where the
    biggest namesake (or a state the town's name recalls, 'District of Columbia') would otherwise win. Counted
    only when the county picks exactly one state's namesake."""
    counties: set[int] = set()
    for m in _US_COUNTY.finditer(text):
        name = _written_out(m.group(0)) or m.group(0)
        counties.update(p.geonameid for p in gz.lookup(name) if p.kind == "admin2" and p.country_code == "US"
                        and fold(p.name) == fold(name))
    if not counties:
        return
    names: list[str] = [_strip_time(m.group("name")) for m in _in_qualified_town().finditer(text)]
    names += [part for part, _, _ in police_towns(text)]  # 'Sunday Springfield', 'Springfield'
    seen: set[str] = set()
    for name in names:
        key = fold(name)
        if not name or key in seen or key in extra_words("common_words") or len(name) < 4:
            continue
        seen.add(key)
        towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == "US" and fold(p.name) == key]
        inside = [p for p in towns if p.admin2 in counties]
        if len(towns) > 1 and inside and len({p.admin1 for p in inside}) == 1:
            ctx.add(max(inside, key=lambda p: p.population), _COUNTY_PAIR_WEIGHT)


METHOD_SCENE = METHOD + "+scene_over_elsewhere"
# where a victim was treated, a suspect caught or someone lives: a town told there is not where the shooting was
_ELSEWHERE_CUE = re.compile(r"\b(?:arrested|caught|apprehended|detained|captured|booked|jailed|taken|flown|rushed|"
                            r"transported|airlifted|hospitali[sz]ed|hospital|medical[ \t]+cent(?:er|re)|trauma[ \t]+"
                            r"cent(?:er|re)|lives|lived|living|resides)\b[^.;!?\n]{0,40}$", re.I)


def _scene_over_elsewhere(gz: Gazetteer, text: str, evidence: list[Span], place_id: int | None,
                          span: Span | None) -> Location | None:
    """The town the event's sentences put the shooting in ('A Kent man who was shot in Auburn ... died at
    Harborview Medical Center in Seattle'), when the place found is a US town told only where a victim was
    treated, a suspect caught or someone lives; else None.

    Why: news names the hospital's city, the arrest's town and the victims' home beside the scene; the tagger
    or the document's most named place may take any of them, but the scene is where the event happened. Only a
    town of the same state counts, named after 'in', 'near' or 'outside' in the event's sentences and not itself
    in such a clause."""
    place = gz.places.get(place_id) if place_id is not None else None
    if place is None or span is None or place.kind != "town" or place.country_code != "US":
        return None
    if not _ELSEWHERE_CUE.search(text, max(0, span.start - 60), span.start):
        return None
    for sp in evidence[:3]:
        for name, a, b in _town_names(text, sp.start, sp.end, sp.start):
            if fold(name) == fold(place.name) or a == span.start \
                    or _ELSEWHERE_CUE.search(text, max(sp.start, a - 60), a):
                continue
            towns = _same_state_towns(gz, name, place)
            if towns:
                return _town_at(gz, towns, name, a, b, 0.45, METHOD_SCENE)
    for name, a, b in police_towns(text):  # no town told after 'in': the town whose own police work the case
        towns = _same_state_towns(gz, name, place)
        if towns and fold(name) not in extra_words("common_words"):
            return _town_at(gz, towns, name, a, b, 0.4, METHOD_SCENE)
    return None


METHOD_UNINCORPORATED = METHOD + "+unincorporated_county"
_UNINCORPORATED_COUNTY = re.compile(r"\bin[ \t]+(?:an?[ \t]+)?unincorporated[ \t]+(?:(?:parts?|areas?|sections?)[ \t]+of[ \t]+)?"
                                    r"(?:(?:north|south)?(?:east|west)?(?:ern)?[ \t]+)?(?P<name>(?:[A-Z][a-z][\w'\-]*[ \t]){1,3}(?:County|Parish))\b")


# 'near Lake Wales', 'west of Orlando', 'just outside Tacoma': a town told as a landmark, not as the scene
_LANDMARK_BEFORE = re.compile(r"\b(?:near|outside(?:[ \t]+of)?|(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?[ \t]+of)"
                              r"[ \t]+$", re.I)


def _unincorporated_county(gz: Gazetteer, text: str, evidence: list[Span], place_id: int | None,
                           span: Span | None) -> Location | None:
    """The county when the event's sentences put it 'in unincorporated X County' and the town found is only told
    as near it ('Deputies investigate deadly shooting near Lake Wales ... in unincorporated Polk County near Lake
    Wales'); else None.

    Why: outside any town the county itself is the place (GVDB codes 'unincorporated Harris County'); a town told
    with 'near' is a landmark, and one in that very county says the text means the county around it."""
    place = gz.places.get(place_id) if place_id is not None else None
    if place is None or span is None or place.kind != "town" or place.country_code != "US" \
            or not (_LANDMARK_BEFORE.search(text[max(0, span.start - 30):span.start])
                    or text[span.start:span.end].isupper()):  # (or the capitals dateline: 'HOUSTON —')
        return None
    for sp in evidence[:3]:
        for m in _UNINCORPORATED_COUNTY.finditer(text, sp.start, sp.end):
            name = m.group("name")
            counties = [p for p in gz.lookup(name) if p.kind == "admin2" and p.geonameid == place.admin2]
            if counties:
                out = to_location(gz, counties[0], mention=name, confidence=0.45, method=METHOD_UNINCORPORATED)
                out.evidence = [Span(m.start("name"), m.end("name"))]
                return out
    return None


def _us_district(gz: Gazetteer, found: Location, mention: str) -> bool:
    """Whether a US county answers a name told as '<Name> District' ('the Hill District', 'the Strip District').

    Why: no US county is called a district; in American news it is a part of a city, so the county the unit word
    led to ('Hill County', Montana) is a namesake, not the place."""
    place = gz.places.get(found.geonameid) if found.geonameid is not None else None
    words = fold(mention).split()
    return place is not None and place.kind == "admin2" and place.country_code == "US" and len(words) > 1 \
        and words[-1] == "district"


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


METHOD_POLICE_OVER_SALIENT = METHOD + "+police_town_over_document_place"
_OPENING = 1200  # characters: the story's own opening, not a later item of a blotter or another story below it


def _police_town_over_salient(gz: Gazetteer, text: str, loc: Location | None) -> Location | None:
    """The town whose own police work the case ('Howell police responded to the motel'), a township or borough
    the index lists only as a post office included, when the event's place is the document's most mentioned place
    of that state or the bare country (a weak fallback: 'Jersey City' read off 'Jersey Shore University Medical Center'); else None.

    Why: a township is a place: many New Jersey and Pennsylvania townships are told bare and only through their
    police, and their names are missing from cities500; a town's own police attending names the scene better than a
    document-wide count. Never when the fallback's own police are told, never a force told after an arrest, a
    hospital or a home, only a town of the fallback's state, and only a force told in the opening before the
    fallback's own name (a blotter's later item: 'Location: ..., Rock Hill' before 'Fort Mill police')."""
    from ._town_phrases import _ELSEWHERE_BEFORE  # (one module, one pattern: the sentence rules' own list)

    if loc is None or loc.geonameid is None or loc.geonameid not in gz.places or not loc.method.endswith(
            "+document_place") or not text:
        return None
    here = gz.places[loc.geonameid]
    if here.country_code != "US" or here.kind not in ("town", "admin2", "admin1", "country"):
        return None
    state = here.geonameid if here.kind == "admin1" else here.admin1  # (the bare country: a town one state has)
    if state is None and here.kind != "country":
        return None
    parts = list(police_towns(text))
    if any(fold(part) == fold(here.name) for part, _, _ in parts):
        return None  # 'Jersey City police said': the fallback is the force's own city
    told = re.search(rf"(?<![\w\-]){re.escape(here.name)}(?![\w\-])", text)
    first = told.start() if told is not None else len(text)
    for part, a, b in parts:
        if a > min(first, _OPENING):
            break  # the fallback told first ('Location: Crawford Road, Rock Hill') is the story's own place
        if len(part) < 4 or fold(part) in extra_words("common_words") or fold(part) in extra_words("time_words") \
                or _ELSEWHERE_BEFORE.search(text, max(0, a - 50), a):
            continue
        forms = {fold(part), fold(_written_out(part) or part)}
        towns = [p for p in _lookup_saint(gz, part) if p.kind == "town" and p.country_code == "US"
                 and (state is None or p.admin1 == state) and fold(p.name) in forms]
        towns = towns or [p for p in gz.lookup_postal(part, state) if fold(p.name) in forms]
        if state is None and len({p.admin1 for p in towns}) != 1:
            continue  # the bare country: only a name one state has
        if towns:
            return _town_at(gz, towns, part, a, b, 0.35, METHOD_POLICE_OVER_SALIENT)
    return None

