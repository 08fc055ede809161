"""A place told with its units, as monitors' notes write it: 'Sarmin (Idleb)', 'Drodro (Djugu, Ituri)', 'Mangina,
Beni territory', 'Tall Hamis, Qamishli countryside', 'Khar (Bajaur)'.

Why: extraction often keeps the unit (the province in brackets, the district after the comma) or a namesake of the
town elsewhere in the world; the unit only says where the town is. A listed town of that name inside the unit is the
event's place (ACLED codes the town), and the unit decides the country when the town's name alone is ambiguous ('Khar'
is a Bhutanese district and a Pakistani town: Bajaur is Pakistan's). A name the gazetteer lacks is left as it was
(ACLED codes an unlisted village at its district in our dev notes).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..records import Location, Span
from ._anchor import state_of
from ._index import Gazetteer, Place
from ._location import METHOD, METHOD_UNLISTED, _written_name, _written_variant, to_location
from ._normalise import extra_words, fold
from ._phrases import _plain_name

METHOD_QUALIFIED = METHOD + "+qualified_town"

_NAME = r"[A-Z][\w'\-]*(?:[ \t][A-Z][\w'\-]*){0,2}"
_PART = r"[A-Z][\w'\-]*(?:[ \t](?:[A-Z][\w'\-]*|al|el|ad|ar|as|del|de|ez|ed))*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(sorted((re.escape(w) for w in extra_words("unit_tail_words")), key=len, reverse=True))
    # 'Sarmin (Idleb)', 'Kulachi police station (Dera Ismail Khan, KP)', 'Gangaw township (Magway)'
    bracket = re.compile(rf"(?<![\w'\-])(?P<name>{_NAME})(?P<tail>(?:[ \t][a-z][a-z\-]*){{0,3}})[ \t]*"
                         r"\((?P<units>[A-Z][^()\n]{1,60})\)")
    # 'Mangina, Beni territory', 'Ogossagou, Bankass cercle (Mopti)', 'Tafas, rural Daraa', 'Yumbo, Valle del Cauca'
    comma = re.compile(rf"(?<![\w'\-])(?P<name>{_NAME}),[ \t]+(?P<rural>rural[ \t]+)?(?P<u1>{_PART})"
                       rf"(?:[ \t]+(?P<word>(?i:{words}))\b)?(?:[ \t]*\((?P<u2>[A-Z][^()\n]{{1,40}})\))?")
    return bracket, comma


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
        out = [gz.places[p.admin1] for p in towns if p.admin1 is not None]
    return list({p.geonameid: p for p in out}.values())


def _units(gz: Gazetteer, parts: list[tuple[str, bool]]) -> list[Place]:
    """The innermost unit of a chain written most specific first ('Djugu, Ituri'), each part inside the next;
    several when the chain is still ambiguous. A part that is no unit breaks the chain ('(ISPR)')."""
    chain: list[Place] | None = None
    for part, told in reversed(parts):
        found = _unit_of(gz, part, told, None)
        if chain:
            inner = [p for p in found if any(c.geonameid in gz.ancestors(p) or (
                c.kind == "admin1" and p.admin1 == c.geonameid) for c in chain)]
            found = inner or ([] if found else chain)
        if not found:
            return []
        chain = found
    return chain or []


def _structures(gz: Gazetteer, text: str) -> Iterator[tuple[str, int, str, list[Place], list[str]]]:
    """(name as written, its start, the words after it, its candidate units, the unit parts as written), in text
    order."""
    bracket, comma = _patterns()
    found: list[tuple[str, int, str, list[Place], list[str]]] = []
    for m in bracket.finditer(text):
        raw = [p.strip() for p in m.group("units").split(",") if p.strip()]
        units = _units(gz, [(p, False) for p in raw])
        if units:
            found.append((m.group("name"), m.start("name"), m.group("tail"), units, raw))
    for m in comma.finditer(text):
        if m.group("word") is None and m.group("u2") is None and m.group("rural") is None:
            # 'Yumbo, Valle del Cauca': a province with no namesake city ('Pumwani, Nairobi' is a part of the city,
            # coded at the city: geo._cities)
            city = any(p.kind == "town" and fold(p.name) == fold(m.group("u1")) for p in gz.lookup(m.group("u1")))
            units = [] if city else [u for u in _unit_of(gz, m.group("u1"), False, None) if u.kind == "admin1"]
            raw = [m.group("u1")]
        else:
            raw = [m.group("u1") + (" " + m.group("word") if m.group("word") else "")]
            raw += [p.strip() for p in (m.group("u2") or "").split(",") if p.strip()]
            units = _units(gz, [(raw[0], m.group("word") is not None or m.group("rural") is not None),
                                *((p, False) for p in raw[1:])])
        if units:
            found.append((m.group("name"), m.start("name"), "", units, raw))
    yield from sorted(found, key=lambda x: x[1])


def _inside(gz: Gazetteer, p: Place, unit: Place) -> bool:
    return unit.geonameid in gz.ancestors(p) or (unit.kind == "admin2" and p.admin1 == unit.admin1 is not None)


def _town_in(gz: Gazetteer, name: str, tail: str, units: list[Place], raw: list[str]) -> tuple[Place, str] | None:
    """The listed town (or township, told with its unit word) of ``name`` inside one of ``units``, trying the
    name's last words first ('the Sebba cattle market': Sebba)."""
    words = name.split()
    unit_words = extra_words("unit_tail_words")
    townish = any(fold(w) in unit_words for w in tail.split())
    said = {fold(" ".join(w for w in r.split() if fold(w) not in unit_words)) for r in raw}
    for k in range(len(words)):
        cand = " ".join(words[k:])
        if fold(cand) in extra_words("common_words") or fold(cand) in said or cand.isupper():
            continue
        places = [p for p in gz.lookup(cand) if (p.kind == "town" or (p.kind == "admin2" and townish))
                  and any(_inside(gz, p, u) for u in units) and p.geonameid not in {u.geonameid for u in units}]
        exact = [p for p in places if fold(p.name) == fold(cand)] or places
        if exact:
            return max(exact, key=lambda p: (p.kind == "town", p.population)), cand
    return None


def qualified_town(gz: Gazetteer, text: str, loc: Location | None) -> Location | None:
    """The town a note tells with its units, for an event placed at one of those units, at a namesake of the unit,
    at a namesake of the town elsewhere, or nowhere; None when the note has no such phrase or it is another place.
    """
    for name, start, tail, units, raw in _structures(gz, text):
        hit = _town_in(gz, name, tail, units, raw)
        if hit is None:
            if loc is None or loc.country_code is None:
                # 'Mir Ali (North Waziristan)' with no Mir Ali listed and no country found: the unlisted name in its
                # unit (precision 2, as geocode_name places 'Basuba, Lamu county') beats no place at all
                unlisted = _unlisted(gz, name, start, units)
                if unlisted is not None:
                    return unlisted
            continue
        town, said = hit
        if loc is not None and loc.geonameid == town.geonameid:
            return None
        if not _same_story(gz, loc, town, said, units, raw):
            continue
        written = said if town.kind != "town" else _written_name(gz, town, said) or _written_variant(gz, town, said) \
            or (said if said.isascii() else None)  # 'Ambo (West Shewa)': the note's own name of GeoNames' Hagere Hiywet
        out = to_location(gz, town, mention=said, confidence=0.5, method=METHOD_QUALIFIED, written=written)
        a = start + name.rindex(said)
        out.evidence = [Span(a, a + len(said))]
        return out
    return None


def _same_story(gz: Gazetteer, loc: Location | None, town: Place, said: str, units: list[Place],
                raw: list[str]) -> bool:
    """Whether the event's current place is the phrase's unit, a namesake of a unit or of the town, or none."""
    if loc is None or loc.geonameid is None and not loc.name:
        return True
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


def _unlisted(gz: Gazetteer, name: str, start: int, units: list[Place]) -> Location | None:
    """``name`` (a proper name the gazetteer lacks) at the point of its one unit; None when the unit is ambiguous."""
    own = _plain_name(name)
    if own is None or len({u.country_code for u in units}) != 1 or own.isupper() \
            or fold(own) in extra_words("common_words"):
        return None
    unit = min(units, key=lambda u: u.kind == "admin1")  # the district before the province
    inner = to_location(gz, unit, near=True, mention=own)
    out = Location(name=own, admin1=inner.admin1, admin2=inner.admin2 if unit.kind != "admin1" else None,
                   country=inner.country, country_code=inner.country_code, lat=inner.lat, lon=inner.lon,
                   geonameid=None, precision=max(2, inner.precision), mention=own, method=METHOD_UNLISTED,
                   confidence=0.3)
    a = start + name.rindex(own) if own in name else start
    out.evidence = [Span(a, a + len(own))]
    return out
