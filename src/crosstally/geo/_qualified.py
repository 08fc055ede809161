"""A place told with its units, as monitors' notes write it: 'Sarmin (Idleb)', 'Drodro (Djugu, Ituri)', 'Mangina,
Beni territory', 'Tall Hamis, Qamishli countryside', 'Khar (Bajaur)'.

Why: extraction often keeps the unit (the province in brackets, the district after the comma) or a namesake of the
town elsewhere in the world; the unit only says where the town is. A listed town of that name inside the unit is the
event's place (ACLED codes the town), and the unit decides the country when the town's name alone is ambiguous ('Khar'
is a Bhutanese district and a Pakistani town: Bajaur is Pakistan's). A name the gazetteer lacks ('Sarmada (Idleb)',
'Fataki, Djugu (Ituri)') is the event's place at its unit's point when the event was placed at the unit (ACLED codes
the village), unless it names a unit itself ('Rumuruti Division'), a spot in a town ('Kalma Chowk') or is listed
under a variant spelling; in the US (every post-office town listed) it is left as it was.

The phrase shapes: a bracket ('Sarmin (Idleb)'), a comma ('Mangina, Beni territory', 'Deir Hafer, east Aleppo
countryside') and 'in' with the unit's word ('Khanasor in Sinjar district'); a town of the unit may be written in
another transliteration ('Zalinjei (Central Darfur)'). Two neighbours of the rule live here too: an unlisted township
told with its big city is the city (:func:`city_of_part`), and 'between A and B' gives A where the event was only
placed at a unit (:func:`between_town`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..records import Location, Span
from ._anchor import state_of
from ._country import infer_country
from ._index import Gazetteer, Place
from ._location import METHOD, METHOD_UNLISTED, _written_name, _written_variant, to_location
from ._normalise import extra_words, fold
from ._phrases import _plain_name
from ._words import _demonyms

METHOD_QUALIFIED = METHOD + "+qualified_town"

# (a lower-case article glued to the name, 'al-Qaim', also inside it, 'Bir al-Abd' (session 32); Spanish and
# Portuguese particles inside it, 'Lagos de Moreno', and Arabic articles written apart, 'Suq ash Shuyukh' (session 32;
# not 'as', 'at', 'an': English words, 'Police at Parotani (Cochabamba)'))
_ARTICLE = r"(?:(?:al|el|as|ash|ad|ar|an|at|az)-)?"
_NAME = (rf"{_ARTICLE}[A-Z][\w'\-]*"
         rf"(?:[ \t](?:(?:de|del|do|da|dos|das)(?:[ \t](?:la|las|los))?[ \t]|(?:al|el|ash|ad|ar|az|ez)[ \t])?"
         rf"{_ARTICLE}[A-Z][\w'\-]*){{0,3}}")
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_PART = r"[A-Z][\w'\-]*(?:[ \t](?:[A-Z][\w'\-]*|al|el|ad|ar|as|del|de|ez|ed))*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = "|".join(sorted((re.escape(w) for w in extra_words("unit_tail_words")), key=len, reverse=True))
    # 'Sarmin (Idleb)', 'Kulachi police station (Dera Ismail Khan, KP)', 'Gangaw township (Magway)'
    # (the words between may hold an abbreviation: 'the Orlu divisional HQ (Imo)')
    bracket = re.compile(rf"(?<![\w'\-])(?P<name>{_NAME})(?P<tail>(?:[ \t](?:[a-z][a-z\-]*|[A-Z]{{2,4}}\b)){{0,3}})[ \t]*"
                         r"\((?:(?P<greater>greater|metropolitan)[ \t]+)?(?P<units>[A-Z][^()\n]{1,60})\)")
    # 'Mangina, Beni territory', 'Ogossagou, Bankass cercle (Mopti)', 'Tafas, rural Daraa', 'Yumbo, Valle del Cauca'
    # 'Anyidi payam, Bor County (Jonglei)', 'Dasht area, Mastung district': the name's own unit word before the comma
    # ('Deir Hafer, east Aleppo countryside': a lower-case compass word before the unit, only with the unit's word after
    # it; 'North Waziristan' is a name)
    comma = re.compile(rf"(?<![\w'\-])(?P<name>{_NAME})(?P<ntail>[ \t](?:{words}|area|village|camp|sector))?,[ \t]+"
                       rf"(?:(?P<rural>rural[ \t]+)|(?P<compass>{_COMPASS}[ \t]+))?(?P<u1>{_PART})"
                       rf"(?:[ \t]+(?P<word>(?i:{words}))\b)?(?:[ \t]*\((?P<u2>[A-Z][^()\n]{{1,40}})\))?")
    # 'Khanasor in Sinjar district', 'Darat Izza in the west Aleppo countryside': the unit's word is required
    within = re.compile(rf"(?<![\w'\-])(?P<name>{_NAME})(?P<ntail>[ \t](?:village|area|camp|town))?[ \t]+in[ \t]+"
                        rf"(?:the[ \t]+)?(?:(?P<compass>{_COMPASS}|rural)[ \t]+)?(?P<u1>{_PART})"
                        rf"[ \t]+(?P<word>(?i:{words}))\b(?:[ \t]*\((?P<u2>[A-Z][^()\n]{{1,40}})\))?")
    return bracket, comma, within


def _unit_of(gz: Gazetteer, part: str, told_unit: bool, country: str | None) -> list[Place]:
    """The admin units a written unit ('Idleb', 'KP', 'Beni territory') may be; with ``told_unit`` (a unit word
    followed it) a town stands for the unit it lies in ('Qamishli countryside')."""
    part = part.strip()
    words = part.split()
    while words and fold(words[-1]) in extra_words("unit_tail_words"):
        words, told_unit = words[:-1], True
    part = " ".join(words)
    if not part:
        return []
    out = [p for p in gz.lookup(part) if p.kind in ("admin1", "admin2")
           and (country is None or p.country_code == country)]
    hit = state_of(gz, part, country)
    if hit is not None and hit[1] >= len(part) - 1 and hit[0] in gz.places:
        out.append(gz.places[hit[0]])  # 'KP', 'Idleb': an abbreviation or listed spelling of a province
    if not out and told_unit:
        towns = [p for p in gz.lookup(part) if p.kind == "town" and p.admin1 in gz.places
                 and (country is None or p.country_code == country)]
        towns = [p for p in towns if fold(p.name) == fold(part)] or towns  # 'Qamishli': GeoNames' Al Qamishli
        # the town's district where it is listed ('Bor County': the county of Bor town), else its province
        out = [gz.places[p.admin2 if p.admin2 in gz.places else p.admin1] for p in towns if p.admin1 is not None]
    return list({p.geonameid: p for p in out}.values())


def _units(gz: Gazetteer, parts: list[tuple[str, bool]]) -> list[Place]:
    """The innermost unit of a chain written most specific first ('Djugu, Ituri'), each part inside the next;
    several when the chain is still ambiguous. A part that is no unit breaks the chain ('(ISPR)')."""
    chain: list[Place] | None = None
    for part, told in reversed(parts):
        found = _unit_of(gz, part, told, None)
        if chain:
            inner = [p for p in found if _within(gz, p, chain)]
            if not inner and found:
                # 'Bor County (Jonglei)': namesake units elsewhere (Serbia's Bor), none inside the outer unit; the
                # outer unit's country read again, where a town may stand for its county
                again = [q for cc in {c.country_code for c in chain} for q in _unit_of(gz, part, True, cc)]
                inner = [p for p in again if _within(gz, p, chain)]
                if not inner and not {p.country_code for p in found} & {c.country_code for c in chain}:
                    found = []  # 'Tibu (Catatumbo, Norte de Santander)': a region named like units abroad only
                    #             (Venezuela's Catatumbo) is no unit of the chain's country: the chain goes on
            found = inner or ([] if found else chain)
        if not found:
            return []
        chain = found
    return chain or []


def _within(gz: Gazetteer, p: Place, chain: list[Place]) -> bool:
    """Whether unit ``p`` is one of ``chain`` or lies inside one."""
    return any(c.geonameid == p.geonameid or c.geonameid in gz.ancestors(p)
               or (c.kind == "admin1" and p.admin1 == c.geonameid) for c in chain)


_VERB_BEFORE = re.compile(r"\b[a-z]+ed[ \t]+$")


def _unlisted_ok(text: str, m: re.Match[str]) -> bool:
    """Whether a name told 'in <unit>' may be read as a village the gazetteer lacks: after a preposition or a verb
    ('at Khanasor in Sinjar district', 'shelled Kocho in ...') or with its own unit word ('Kocho village in ...');
    a bare subject ('Taliban in Nangarhar province attacked') may be a group, not a place."""
    if m.group("ntail") is not None:
        return True
    before = text[max(0, m.start("name") - 30):m.start("name")]
    return _PREPOSITION_BEFORE.search(before) is not None or _VERB_BEFORE.search(before) is not None


def _structures(gz: Gazetteer, text: str) -> Iterator[tuple[str, int, str, list[Place], list[str], bool, bool]]:
    """(name as written, its start, the words after it, its candidate units, the unit parts as written, whether
    the name was told as a unit before its comma: 'Puli Alam district, Logar', whether an unlisted name may be read
    as a village), in text order."""
    bracket, comma, within = _patterns()
    found: list[tuple[str, int, str, list[Place], list[str], bool, bool]] = []
    for m in bracket.finditer(text):
        raw = [p.strip() for p in m.group("units").split(",") if p.strip()]
        # 'Ananindeua (greater Belem, Para)': a city's metropolitan area holds towns outside the city's own district,
        # so the city only names the wider chain's member, not a unit the town lies in
        chain = raw[1:] if m.group("greater") is not None and len(raw) > 1 else raw
        units = _units(gz, [(p, False) for p in chain])
        if units:
            found.append((m.group("name"), m.start("name"), m.group("tail"), units, raw, False, True))
    for m in [*comma.finditer(text), *within.finditer(text)]:
        if m.group("compass") is not None and m.group("word") is None:
            # 'Tafas, western Daraa': no unit word, but a compass word marks a part of a province (not the province's
            # city): only a town listed inside a province so named is read, never an unlisted name
            units = [u for u in _unit_of(gz, m.group("u1"), False, None) if u.kind == "admin1"]
            if units:
                found.append((m.group("name"), m.start("name"), m.group("ntail") or "", units, [m.group("u1")],
                              False, False))
            continue
        if m.group("word") is None and m.group("u2") is None and m.groupdict().get("rural") is None:
            # 'Yumbo, Valle del Cauca': a province with no namesake city ('Pumwani, Nairobi' is a part of the city,
            # coded at the city: geo._cities)
            city = any(p.kind == "town" and fold(p.name) == fold(m.group("u1")) for p in gz.lookup(m.group("u1")))
            units = [] if city else [u for u in _unit_of(gz, m.group("u1"), False, None) if u.kind == "admin1"]
            raw = [m.group("u1")]
        else:
            raw = [m.group("u1") + (" " + m.group("word") if m.group("word") else "")]
            raw += [p.strip() for p in (m.group("u2") or "").split(",") if p.strip()]
            units = _units(gz, [(raw[0], m.group("word") is not None or m.groupdict().get("rural") is not None),
                                *((p, False) for p in raw[1:])])
        if units:
            told = m.group("ntail") is not None and fold(m.group("ntail").strip()) in extra_words("unit_tail_words")
            free = m.re is not within or _unlisted_ok(text, m)
            found.append((m.group("name"), m.start("name"), m.group("ntail") or "", units, raw, told, free))
    yield from sorted(found, key=lambda x: x[1])


def _road_towns(word: str) -> list[str]:
    """'Bamenda-Bafut' → ['Bamenda', 'Bafut']: the two capitalised names a hyphen joins; [] for one name."""
    parts = word.split("-")
    if len(parts) != 2 or not all(len(x) >= 3 and x[:1].isupper() and x[1:2].islower() for x in parts):
        return []
    return parts


def _inside(gz: Gazetteer, p: Place, unit: Place) -> bool:
    return unit.geonameid in gz.ancestors(p) or (unit.kind == "admin2" and p.admin1 == unit.admin1 is not None)


def _town_in(gz: Gazetteer, name: str, tail: str, units: list[Place], raw: list[str],
             unit_first: bool = False) -> tuple[Place, str] | None:
    """The listed town (or township, told with its unit word) of ``name`` inside one of ``units``, trying the
    name's last words first ('the Sebba cattle market': Sebba); with ``unit_first`` the district so named before
    its seat ('Mohammad Agha district, Logar' is the district)."""
    words = name.split()
    unit_words = extra_words("unit_tail_words")
    # (a district told as a 'town': 'Dantewada town (Chhattisgarh)' where GeoNames lists only the district, Dakshin
    # Bastar Dantewada; the note's own name is the town's)
    townish = any(fold(w) in unit_words or fold(w) in ("town", "city") for w in tail.split())
    said = {fold(" ".join(w for w in r.split() if fold(w) not in unit_words)) for r in raw}
    cands = [" ".join(words[k:]) for k in range(len(words))]
    # 'the Bamenda-Bafut road (Nord-Ouest)': a road named by its two towns, the one it leads to first
    cands += list(reversed(_road_towns(words[-1]))) if words else []
    def held(pool: list[Place]) -> list[Place]:
        return [p for p in pool if (p.kind == "town" or (p.kind == "admin2" and townish))
                and any(_inside(gz, p, u) for u in units) and p.geonameid not in {u.geonameid for u in units}]

    for cand in cands:
        if fold(cand) in extra_words("common_words") or fold(cand) in said or cand.isupper() \
                or (cand[:1].islower() and "-" not in cand.split()[0]):  # 'de los Lagos' of 'San Juan de los Lagos'
            continue
        places = held(gz.lookup(cand))
        if not places and len(cand) >= 5 and not cand[:1].islower():
            # another transliteration of a town of that unit ('Zalinjei (Central Darfur)': GeoNames' Zalinjay): the
            # unit makes a spelling variant safe to take
            places = held(gz.lookup_variant(cand))
        exact = [p for p in places if fold(p.name) == fold(cand)] or places
        if exact:
            return max(exact, key=lambda p: ((p.kind == "town") != unit_first, p.population)), cand
    return None


def qualified_town(gz: Gazetteer, text: str, loc: Location | None) -> Location | None:
    """The town a note tells with its units, for an event placed at one of those units, at a namesake of the unit,
    at a namesake of the town elsewhere, or nowhere; None when the note has no such phrase or it is another place.
    """
    for name, start, tail, units, raw, unit_first, free in _structures(gz, text):
        hit = _town_in(gz, name, tail, units, raw, unit_first)
        if hit is None and not free:
            continue
        if hit is None:
            if loc is None or loc.country_code is None:
                # 'Mir Ali (North Waziristan)' with no Mir Ali listed and no country found: the unlisted name in its
                # unit (precision 2, as geocode_name places 'Basuba, Lamu county') beats no place at all
                unlisted = _unlisted(gz, name, start, units)
                if unlisted is not None:
                    return unlisted
            elif loc.geonameid is None and fold(loc.name or "") == fold(_plain_name(name) or ""):
                # the name itself, already taken as an unlisted place: placed in its unit (not a namesake unit
                # abroad: 'Kolnyang payam, Bor County' is no Serbian village for Serbia's Bor)
                same = [u for u in units if u.country_code == loc.country_code] or (
                    units if _namesake_country(gz, raw, loc.country_code) else [])
                unlisted = _unlisted(gz, name, start, same)
                if unlisted is not None:
                    return unlisted
            elif loc.country_code not in {u.country_code for u in units} and (
                    _weaker(loc, start, name) and fold(loc.mention or loc.name or "") == fold(_plain_name(name) or ""))\
                    and not _namesake_country(gz, raw, loc.country_code) \
                    and loc.country_code not in infer_country(text, gz).scores:
                # 'Ndu (Donga-Mantung)' read loosely as a namesake abroad (Namibia's Rundu) while its unit is
                # Cameroon's, no unit of that name lies abroad and nothing in the text names the namesake's country:
                # the unlisted name in its unit (session 32; 'Khorugh (GBAO)', 'Turmus Ayya, NE of Ramallah', whose
                # own names count for their countries, stay)
                unlisted = _unlisted(gz, name, start, units)
                if unlisted is not None:
                    return unlisted
            elif _at_unit(gz, loc, units, raw) and loc.country_code != "US":
                # (the US: every post-office town is listed, and a name the gazetteer lacks is a spot, not a village)
                # 'Sarmada (Idleb)', 'Fataki, Djugu (Ituri)' placed at the unit: ACLED codes the village, not its
                # district or province; the name keeps the unit's point (precision 2)
                unlisted = _unlisted(gz, name, start, [u for u in units if u.country_code == loc.country_code])
                if unlisted is not None:
                    return unlisted
            continue
        town, said = hit
        if loc is not None and loc.geonameid == town.geonameid and (
                town.kind == "town" or fold(loc.name or "") == fold(said)):
            return None
        if (unit_first and loc is not None and loc.name and fold(loc.name) != fold(said)
                and _placed(text, loc) and _at_or_in(gz, loc, town)):
            continue  # 'the village of Intazayane in Tillia department': the district only locates the village
        if not _same_story(gz, loc, town, said, units, raw, _placed(text, loc)) \
                and not _weaker(loc, start, name):
            continue
        written = said if town.kind != "town" else _written_name(gz, town, said) or _written_variant(gz, town, said) \
            or (said if said.isascii() else None)  # 'Ambo (West Shewa)': the note's own name of GeoNames' Hagere Hiywet
        if written and written[:1].islower():
            written = written[:1].upper() + written[1:]  # 'al-Qaim' written as a name: 'Al-Qaim'
        out = to_location(gz, town, mention=said, confidence=0.5, method=METHOD_QUALIFIED, written=written)
        a = start + name.rindex(said)
        out.evidence = [Span(a, a + len(said))]
        return out
    return None


def _weaker(loc: Location | None, start: int, name: str) -> bool:
    """Whether the event's current place was read from a piece of the very name a listed town told with its units
    has ('Lagos' of 'Lagos de Moreno (Jalisco)': Nigeria's Lagos; 'San Juan' of 'San Juan de los Lagos'): the whole
    name in its unit says more."""
    if loc is None or not loc.evidence:
        return loc is None
    span = loc.evidence[0]
    return start <= span.start and span.end <= start + len(name)


def _same_story(gz: Gazetteer, loc: Location | None, town: Place, said: str, units: list[Place],
                raw: list[str], placed: bool = True) -> bool:
    """Whether the event's current place is the phrase's unit, a namesake of a unit or of the town, or none."""
    if loc is None or loc.geonameid is None and (not loc.name or not placed):
        return True  # no place, or a name the gazetteer lacks that no preposition puts the event in ('Baloch' of
    #                  'missing Baloch men'): the listed town told with its units is surer
    chain = {gid for u in units for gid in gz.ancestors(u)}
    if loc.geonameid is not None and loc.geonameid in chain:
        return True
    names = {fold(" ".join(w for w in r.split() if fold(w) not in extra_words("unit_tail_words"))) for r in raw}
    if fold(loc.name or "") in names or fold(loc.mention or "") in names or (
            loc.geonameid is not None and any(loc.geonameid == p.geonameid for n in names for p in gz.lookup(n))):
        return True  # 'Beni' the town for 'Beni territory', GeoNames' 'Al Qamishli' for 'Qamishli countryside'
    if fold(loc.mention or "") == fold(said) or fold(loc.name or "") == fold(said):
        return True  # 'Khar' read as Bhutan's district
    place = gz.places.get(loc.geonameid) if loc.geonameid is not None else None
    return place is not None and place.kind in ("admin1", "admin2") and town.admin1 == place.geonameid


_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|of|from|into|to|on|toward|towards)[ \t]+(?:the[ \t]+)?$",
                                 re.I)


_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")


def _placed(text: str, loc: Location | None) -> bool:
    """Whether ``loc`` was read from a name a preposition puts the event in ('at Mugunga'), not an adjective
    ('missing Baloch men') nor a landform ('in the Hamrin foothills')."""
    if loc is None or not loc.evidence:
        return True
    end = loc.evidence[0].end
    if text[end:end + 2][:1] == "-" and text[end + 1:end + 2].isalpha():
        return False  # 'Qala' of 'Qala-i-Barqi': a piece of a longer name, no surer than the town told with units
    after = _NEXT_WORD.match(text, end)
    if after is not None and fold(after.group(1)) in extra_words("terrain_words"):
        return False  # 'in the Hamrin foothills': a landform by the town, not a settlement
    return _PREPOSITION_BEFORE.search(text, 0, loc.evidence[0].start) is not None


def _at_or_in(gz: Gazetteer, loc: Location, unit: Place) -> bool:
    """Whether the event's place lies in ``unit`` (or, unlisted, in its province): a village the note names before
    the district it is in."""
    if loc.geonameid is not None:
        return loc.geonameid in gz.places and unit.geonameid in gz.ancestors(gz.places[loc.geonameid])
    if loc.admin1 is None or unit.admin1 not in gz.places:
        return False
    return fold(loc.admin1) == fold(gz.label(gz.places[unit.admin1]))


def _namesake_country(gz: Gazetteer, raw: list[str], country: str | None) -> bool:
    """Whether ``country`` has a place named like one of the written units ('Bor' of 'Bor County' is also Serbia's):
    then a country read from the unit's name is a namesake's, not the note's."""
    return any(p.country_code == country for r in raw for n in {r, _bare(r)} for p in gz.lookup(n))


def _bare(name: str) -> str:
    """'Bor County' → 'bor': a unit's name folded, without its unit words."""
    return " ".join(w for w in fold(name).split() if w not in extra_words("unit_tail_words"))


def _at_unit(gz: Gazetteer, loc: Location, units: list[Place], raw: list[str]) -> bool:
    """Whether the event's place is one of the phrase's units, a unit above them, or a namesake of one ('Idlib' the
    city for '(Idleb)', 'Beni' the town for 'Beni territory')."""
    chain = {gid for u in units for gid in gz.ancestors(u)} | {u.geonameid for u in units}
    if loc.geonameid is not None and loc.geonameid in chain:
        return True
    names = {_bare(r) for r in raw} | {_bare(u.name) for u in units} | {_bare(gz.label(u)) for u in units}
    return bool(names & {_bare(loc.name or ""), _bare(loc.mention or "")})


def _unlisted(gz: Gazetteer, name: str, start: int, units: list[Place]) -> Location | None:
    """``name`` (a proper name the gazetteer lacks) at the point of its one unit; None when the unit is ambiguous,
    the name is listed in the unit's country under this or a variant spelling ('Washir' for Washer), or it names a
    unit ('Rumuruti Division'), a spot in a town ('Kalma Chowk') or a landform ('Wadi Omran'), not a village."""
    own = _plain_name(name[:1].upper() + name[1:])  # ('al-Baghdadi': the article written small, a name all the same)
    if own is None or len({u.country_code for u in units}) != 1 or own.isupper() \
            or fold(own) in extra_words("common_words") \
            or fold(own.split()[-1]) in extra_words("landmark_words") | extra_words("street_words") \
            or fold(own.split()[-1]) in extra_words("unit_tail_words") \
            or (len(own.split()) > 1 and fold(own.split()[0]) in extra_words("terrain_prefixes")) \
            or any(p.country_code == units[0].country_code for p in gz.lookup(own) + gz.lookup_variant(own)) \
            or any(p.country_code == units[0].country_code for part in _road_towns(own) for p in gz.lookup(part)):
        return None  # (nor a road between listed towns, 'Bamenda-Bafut')
    # the district before the province, but only a district inside one of the provinces told: 'Kumarakapay,
    # Bolivar state' is in Bolivar state, not in a namesake Bolivar municipality of another state
    provinces = [u for u in units if u.kind == "admin1"]
    districts = [u for u in units if u.kind != "admin1" and (not provinces or any(
        p.geonameid in gz.ancestors(u) or u.admin1 == p.geonameid for p in provinces))]
    unit = (districts or provinces or units)[0]
    inner = to_location(gz, unit, near=True, mention=own)
    out = Location(name=own, admin1=inner.admin1, admin2=inner.admin2 if unit.kind != "admin1" else None,
                   country=inner.country, country_code=inner.country_code, lat=inner.lat, lon=inner.lon,
                   geonameid=None, precision=max(2, inner.precision), mention=own, method=METHOD_UNLISTED,
                   confidence=0.3)
    a = start + name.rindex(own) if own in name else start
    out.evidence = [Span(a, a + len(own))]
    return out


_CITY_PART = re.compile(r"[ \t]+(?i:township|commune),[ \t]+(?P<city>[A-Z][\w'\-]*(?:[ \t][A-Z][\w'\-]*)?)\b")
_BIG_CITY_POP = 500_000


def city_of_part(gz: Gazetteer, text: str, loc: Location | None) -> Location | None:
    """'in Hlaing township, Yangon', 'in Gombe commune, Kinshasa': an unlisted township or commune told with the big
    city it is a part of is coded at that city (as 'Kibera, Nairobi' is), not at the city's province as a village;
    None when ``loc`` is a listed place or no such phrase follows it."""
    if loc is None or loc.geonameid is not None or not loc.evidence:
        return None
    m = _CITY_PART.match(text, loc.evidence[0].end)
    if m is None:
        return None
    cities = [p for p in gz.lookup(m.group("city")) if p.kind == "town" and p.population >= _BIG_CITY_POP
              and fold(p.name) == fold(m.group("city")) and (loc.country_code in (None, p.country_code))]
    city = max(cities, key=lambda p: p.population, default=None)
    if city is None:
        return None
    out = to_location(gz, city, mention=m.group("city"), confidence=min(loc.confidence or 0.5, 0.5),
                      method=METHOD + "+city_of_part")
    out.evidence = [Span(m.start("city"), m.end("city"))]
    return out


_BETWEEN = re.compile(r"\bbetween[ \t]+(?:the[ \t]+(?:towns?|villages?)[ \t]+of[ \t]+)?(?P<name>[A-Z][\w'\-]*(?:[ \t][A-Z][\w'\-]*){0,2})"
                      r"[ \t]+and[ \t]+[A-Z]")


def between_town(gz: Gazetteer, text: str, loc: Location | None) -> Location | None:
    """'an explosive device went off between Tera and Dargol, Tillaberi': when the event's place is only a province or
    district, or a name the gazetteer lacks, the first listed town of 'between A and B' in that country says more;
    None otherwise (a listed town already found stays)."""
    if loc is None or loc.country_code is None:
        return None
    place = gz.places.get(loc.geonameid) if loc.geonameid is not None else None
    if place is not None and place.kind not in ("admin1", "admin2"):
        return None
    for m in _BETWEEN.finditer(text):
        name = m.group("name")
        if fold(name) in extra_words("common_words") or name.isupper() or name in _demonyms():
            continue
        here = [p for p in gz.lookup(name) if p.country_code == loc.country_code]
        if any(p.kind != "town" for p in here):
            continue  # 'fighting between Samburu and Pokot tribesmen': peoples, named like their county
        towns = [p for p in here if p.kind == "town" and fold(p.name) == fold(name)]
        town = max(towns, key=lambda p: p.population, default=None)
        if town is None:
            continue
        out = to_location(gz, town, near=True, mention=name, confidence=min(loc.confidence or 0.5, 0.5),
                          method=METHOD + "+between_towns", written=_written_name(gz, town, name))
        out.evidence = [Span(m.start("name"), m.end("name"))]
        return out
    return None
