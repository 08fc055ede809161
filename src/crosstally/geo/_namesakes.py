"""Choosing among namesakes: scoring each gazetteer candidate for a phrase against the document's context.

Why: 'Springfield', 'Kisumu' or 'Colombo' name several places; the one meant is the one the document's other
places, its country and its units support, with population only breaking ties.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from ._index import Gazetteer, Place
from ._index_units import WARD_ID_BASE
from ._name_forms import _CONTEXT_MIN_POP, _lookup_saint
from ._name_forms import _big_town_spelling as _big_town_spelling  # the old path
from ._name_forms import _written_out as _written_out  # the old path
from ._normalise import fold, name_key
from ._phrases import _kind_hint
from ._words import _admin1_terms, _listed

if TYPE_CHECKING:
    from ._context import GeoContext


_WORLD_CITY = 1_000_000  # towns this big may be named without their country being mentioned
_FUZZY_MIN = 60.0  # rapidfuzz ratio between keys for a skeleton match to count
_FUZZY_CLOSE = 85.0  # a loose match this close needs no other support (one letter in a six-letter name)


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
_ESTATE_POP = 20_000  # what a city estate listed by hand counts as: about one city ward (IEBC wards: ~15-40,000)


def _listed_estate(place: Place) -> bool:
    """Whether ``place`` is a city estate of data/gazetteer_units.yaml (neighbourhoods: a town at its city's point).

    Why: such an estate carries no population of its own, so a bare 'Majengo' went to Vihiga's village of 12,000
    rather than Mombasa's Majengo ward; an estate of a big city is about one ward, and counts as that.
    """
    return place.kind == "town" and WARD_ID_BASE < place.geonameid < 0


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
    pop = _ESTATE_POP if _listed_estate(place) else place.population
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
            several = len(fold(part).split()) - len(_listed("articles") & set(fold(part).split()[:-1])) >= 2
            fuzzy = [p for p in fuzzy if is_inside(p) or (several and len(variants) <= 2 and p.geonameid in variants)]
        pool += [(p, True) for p in fuzzy]
    if kinds is not None:
        pool = [(p, f) for p, f in pool if p.kind in kinds]
    if country is not None:
        pool = [(p, f) for p, f in pool if p.country_code == country]
    if not pool:
        return None
    hint = _kind_hint(part)
    # a name several countries have as written is no evidence of its own reading: the other names' context decides
    # (a name only one country has as written, 'Shan', keeps its own support against towns known by other names,
    # and so does a country's name: 'Russia' is no village in Ohio)
    spelt = [p for p, f in pool if not f and fold(part) in (fold(p.name), fold(gz.label(p)))]
    own = ctx.without(part) if ctx is not None and len({p.country_code for p in spelt}) > 1 \
        and not any(p.kind == "country" for p in spelt) else ctx
    scored = [_Scored(p, _score(gz, p, part, f, own, containers, hint), f) for p, f in pool]
    named = {p.country_code for p, f in pool if not f and p.kind == "town" and p.population >= _OWN_NAME_MIN_POP
             and fold(p.name) == fold(part)}
    if named:  # 'Zion' is Zion, Illinois before it is a poetic name of Jerusalem
        for x in scored:
            if x.place.kind == "town" and x.place.country_code not in named \
                    and not fold(x.place.name).startswith(fold(part)):  # ('Santa Cruz' de la Sierra: a short form)
                x.score -= 1.0
    scored.sort(key=lambda x: -x.score)
    if own is not ctx and ctx is not None:
        # the other names chose the country; inside it the name's own mentions still count as before (Belgrade's
        # city-province over the town GeoNames files under Central Serbia)
        inside = [x for x in scored if x.place.country_code == scored[0].place.country_code]
        full = [_score(gz, x.place, part, x.fuzzy, ctx, containers, hint) for x in inside]
        pick = inside[max(range(len(inside)), key=lambda i: full[i])]
        if pick is not scored[0]:
            pick.score = scored[0].score
            scored = [pick, *(x for x in scored if x is not pick)]
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


def _lost_apostrophe(gz: Gazetteer, name: str, country: str) -> str | None:
    """'Kiberas' → 'Kibera': a one-word possessive whose apostrophe scraping lost, when only the bare word is a
    unit, estate or big town of the feed's country (and the word with its 's' is no place at all)."""
    if " " in name or len(name) < 5 or not name.endswith("s") or gz.lookup(name):
        return None
    bare = name[:-1]
    ok = any(p.country_code == country and (p.kind in ("admin1", "admin2") or p.geonameid < 0
                                            or p.population >= _CONTEXT_MIN_POP) for p in gz.lookup(bare))
    return bare if ok else None
