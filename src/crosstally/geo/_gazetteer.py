"""The gazetteer's data model: :class:`Place` (one entry) and :class:`Gazetteer` (its dict indexes and lookups).

Why its own module: every geo module reads places through these two classes, while only the index builders
(``_index_build``, ``_index_units``, ``_index_postal``, ``_index_dumps``) write them. The cached index pickles a
``Gazetteer``; ``crosstally.geo._index`` re-exports both classes under their old path.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass, field

from ._normalise import (
    fold,
    keys_of_folded,
    main_key_of_folded,
    name_key,
    name_keys,
    skeleton,
    skeleton_of_key,
    variant_key,
    variant_of_key,
)
from ._place import Place
from ._table import PlaceTable

_LATIN_MARKS = {0x2018, 0x2019, 0x02BB, 0x02BC, 0x02BF, 0x02BE, 0x0060, 0x00B4}  # ‘Ayn al ‘Arab
@dataclass
class Gazetteer:
    """Dict indexes over places: exact keys, consonant skeletons, countries and admin names."""

    places: MutableMapping[int, Place] = field(default_factory=dict)  # a PlaceTable once built
    keys: dict[str, list[int]] = field(default_factory=dict)
    skeletons: dict[str, list[int]] = field(default_factory=dict)
    country_by_code: dict[str, int] = field(default_factory=dict)
    display: dict[int, str] = field(default_factory=dict)  # English display names (admin1, countries)
    dumps: tuple[str, ...] = ()
    admin1_codes: dict[str, int] = field(default_factory=dict)  # GeoNames "SY.02" → admin1 geonameid
    variants: dict[str, list[int]] = field(default_factory=dict)  # variant_key → ids (names with skeletons)
    postal: dict[str, list[int]] = field(default_factory=dict)  # name key → US post-office towns cities500 lacks
    # (folded city, state code) of every US post-office city and every other city name USPS accepts for a ZIP:
    # tells a separate town from a part of a big city
    post_offices: frozenset[tuple[str, str]] = frozenset()
    # admin1 geonameid → its seat's name as ACLED writes it (gazetteer_extra's admin1_seats): a province-level event
    # is coded at the provincial capital, under the capital's name
    seat_names: dict[int, str] = field(default_factory=dict)

    def add_name(self, name: str, gid: int, *, skel: bool = True) -> None:
        """Index one spelling of a place (its keys and, optionally, its skeleton)."""
        if not name:
            return
        first = ord(name[0])
        if first > 0x24F and not 0x1E00 <= first <= 0x1EFF and first not in _LATIN_MARKS:
            return  # another script (Arabic, Cyrillic, CJK...): not indexed
        folded = fold(name)
        if not folded or not folded.isascii():
            return
        keys = keys_of_folded(folded)
        for key in keys:
            bucket = self.keys.get(key, ())
            if gid not in bucket:
                self.keys[key] = [*bucket, gid]  # new list: copies made by copy() share the old ones
        if skel:
            main = main_key_of_folded(folded)
            sk = skeleton_of_key(main)
            if len(sk) >= 3:
                bucket = self.skeletons.get(sk, ())
                if gid not in bucket:
                    self.skeletons[sk] = [*bucket, gid]
            var = variant_of_key(main)
            if var:
                bucket = self.variants.get(var, ())
                if gid not in bucket:
                    self.variants[var] = [*bucket, gid]

    def copy(self) -> Gazetteer:
        """A copy that can take more places without touching this one (buckets are replaced, not mutated)."""
        places = self.places.copy() if isinstance(self.places, PlaceTable) else dict(self.places)
        return Gazetteer(places, dict(self.keys), dict(self.skeletons), dict(self.country_by_code),
                         dict(self.display), self.dumps, dict(self.admin1_codes), dict(self.variants),
                         dict(self.postal), self.post_offices, dict(self.seat_names))

    def lookup(self, name: str) -> list[Place]:
        """Places whose spelling has the same key as ``name``."""
        out: list[Place] = []
        seen: set[int] = set()
        for key in (name_key(name), *sorted(name_keys(name))):
            for gid in self.keys.get(key, ()):
                if gid not in seen:
                    seen.add(gid)
                    out.append(self.places[gid])
        return out

    def lookup_skeleton(self, name: str) -> list[Place]:
        """Places whose consonant skeleton matches (transliteration variants)."""
        return [self.places[g] for g in self.skeletons.get(skeleton(name), ())]

    def lookup_variant(self, name: str) -> list[Place]:
        """Places whose name differs only by vowels, doubled letters or letter groups ('Maarat al-Numan')."""
        return [self.places[g] for g in self.variants.get(variant_key(name), ())]

    def lookup_postal(self, name: str, admin1: int | None = None) -> list[Place]:
        """US post-office towns that cities500 lacks ('Hillrose', Colo.), in ``admin1`` when given.

        Why: a fallback apart from :meth:`lookup`, asked only where the text is American and says which
        state (a dateline or 'Town, ST', a town in the story's state): many post-office names are words.
        """
        out = [self.places[g] for g in self.postal.get(name_key(name), ())]
        return [p for p in out if admin1 is None or p.admin1 == admin1]

    def label(self, place: Place) -> str:
        """English display name (ACLED style for admin1), else the GeoNames name."""
        return self.display.get(place.geonameid) or place.name

    def country_name(self, code: str | None) -> str | None:
        gid = self.country_by_code.get(code or "")
        return self.label(self.places[gid]) if gid is not None else None

    def ancestors(self, place: Place) -> list[int]:
        """The place's own id and those of its admin2, admin1 and country."""
        chain = [place.geonameid]
        for gid in (place.admin2, place.admin1, self.country_by_code.get(place.country_code)):
            if gid is not None and gid not in chain:
                chain.append(gid)
        return chain
