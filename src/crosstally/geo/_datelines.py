"""Dateline and 'Town, State' anchors: the place a local report is filed from, and when it is the event's.

Why: local news states its town once, in the dateline; a namesake of it in the text, a suburb of it or a
state-level place around it is read through that anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..records import Location, Span
from ._anchor import Anchor, city_state_pairs, dateline, km, outlet_town
from ._cities import _BIG_CITY, _NEIGHBOURHOOD_KM
from ._index import Gazetteer, Place
from ._location import METHOD, METHOD_DATELINE, _written_name, to_location
from ._normalise import extra_words, fold

if TYPE_CHECKING:
    from ._context import GeoContext


METHOD_NEIGHBOURHOOD = METHOD + "+neighbourhood_city"
METHOD_TEXT_TOWN = METHOD + "+town_in_state"
METHOD_ANCHOR_STATE = METHOD + "+namesake_in_anchor_state"


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
        main = dateline(gz, text, country, ctx.admin1)
        if main is None and ctx.hint is None and country is not None:
            # 'ST. PAUL, Minn. —' in a text whose names point abroad (Alberta's St. Paul): the state the dateline
            # writes outranks a country only guessed from the names, so the dateline is read in any country
            stated = dateline(gz, text, None, None)
            main = stated if stated is not None and stated.admin1 is not None else None
        main = main or (pairs[0] if pairs else None) or outlet_town(gz, text, ctx.hint)
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
                          method=METHOD_DATELINE, written=_anchor_written(gz, a.place, told))
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
        if place is not None and place.kind == "admin2" and loc.evidence and _told_unincorporated(text, loc.evidence[0]):
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
_UNINCORPORATED = re.compile(r"\bunincorporated\s+(?:(?:parts?|areas?|sections?)\s+of\s+)?"
                             r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|central)(?:ern)?\s+)?$",
                             re.I)  # 'in unincorporated north Harris County


def _told_unincorporated(text: str, span: Span) -> bool:
    """Whether the county at ``span`` is told as unincorporated there or at another mention of it ('north Harris
    County game room' in a headline, 'in unincorporated north Harris County' in the body): outside any town."""
    if _UNINCORPORATED.search(text, max(0, span.start - 40), span.start):
        return True
    name = text[span.start:span.end]
    return len(name) > 3 and any(_UNINCORPORATED.search(text, max(0, m.start() - 40), m.start())
                                 for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text))


_FAR_KM = 300.0  # a namesake this far from a big dateline city, its state never named, is no place of the story


_METRO_KM = 40.0  # a town of another state this near a local dateline city lies in its metro area


def _metro_neighbour(gz: Gazetteer, place: Place, a: Anchor, loc: Location) -> bool:
    """'in Southaven' under 'MEMPHIS, Tenn. (WREG) —': a town across the state line from a local dateline city,
    named as written, is where the story happened, not a namesake the dateline's state overrules.

    Why: metro areas straddle state lines (Memphis, Kansas City, St. Louis, Cincinnati, Philadelphia), and their
    stations file every suburb's story under the big city's dateline."""
    if a.kind not in ("dateline", "city_state") or a.place.kind != "town" or place.kind != "town" \
            or place.country_code != "US":
        return False  # (a 'Town, State' phrase is as often the victims' home across the line: 'of Phenix City, Ala.')
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
