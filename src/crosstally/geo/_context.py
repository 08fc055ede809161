"""The document's place context: the countries, units and towns it names, its country, unknown dateline regions.

Why: a place mention is read against the document's other places ('Jableh' with 'Latakia' is Syria's); the
country a caller or the text gives is a prior, and a dateline region that is no country or state withholds its
town from namesakes abroad.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..countries import country_code
from ..records import Document, Extraction, Location, Span
from ._anchor import DatelineRegion, dateline_region, names_unit_of
from ._batch_country import METHOD_BATCH, prior_from_batch
from ._country import (
    CROSSED_BEFORE,
    METHOD_INFERRED,
    CountryGuess,
    demonym_elsewhere,
    destination_country,
    infer_country,
    of_name,
    source_mention,
)
from ._index import Gazetteer, Place, get_gazetteer
from ._location import METHOD
from ._name_forms import _CONTEXT_MIN_POP, _big_town_spelling, _county_phrase, _lookup_saint, sentence_initial
from ._normalise import extra_words, fold, institution_follows, organisation_words, weapon_follows
from ._phrases import _CAPS, _POSSESSIVE, _common_area, _is_street, _left_longer
from ._words import _demonyms

COUNTRY_HINT_WEIGHT = 3.0  # a caller's country hint counts as this many mentions of the country


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
    # the gazetteer from_text read the text with (None: the process-wide one), for the rules that read it again
    gazetteer: Gazetteer | None = field(default=None, repr=False, compare=False)
    # folded phrase → the (place, weight) its own mentions added: what a name says about itself (see ``without``)
    own: dict[str, list[tuple[Place, float]]] = field(default_factory=dict, repr=False, compare=False)

    def add(self, place: Place, weight: float, span: Span | None = None, *, phrase: str | None = None) -> None:
        """Count one (possibly ambiguous, hence fractional) mention of ``place`` (written ``phrase``)."""
        if phrase:
            self.own.setdefault(fold(phrase), []).append((place, weight))
        self.countries[place.country_code] = self.countries.get(place.country_code, 0.0) + weight
        if place.kind == "admin1":
            self.admin1[place.geonameid] = self.admin1.get(place.geonameid, 0.0) + weight
        elif place.admin1 is not None:
            self.admin1[place.admin1] = self.admin1.get(place.admin1, 0.0) + weight / 2
        if place.kind != "country":
            self.places[place.geonameid] = self.places.get(place.geonameid, 0.0) + weight
        if span is not None and place.geonameid not in self.first_span:
            self.first_span[place.geonameid] = span

    def without(self, phrase: str) -> GeoContext:
        """The context less what the mentions of ``phrase`` itself added (the context of the document's other
        names), or this context when they added nothing.

        Why: an ambiguous name counts each of its readings ('Trujillo': Peru's city, Venezuela's town and state),
        and a reading that is also a province then outweighs the others on the name's own evidence: Venezuela's
        small Trujillo beat Peru's city of a million, Angola's Luanda the Kenyan town beside the Kisumu-Busia road.
        A name is no evidence for its own reading; the other names, the hint and the population decide.
        """
        added = self.own.get(fold(phrase))
        if not added:
            return self
        out = GeoContext(countries=dict(self.countries), admin1=dict(self.admin1), places=dict(self.places),
                         first_span=self.first_span, hint=self.hint, withheld=self.withheld, gazetteer=self.gazetteer,
                         own=self.own)
        for place, weight in added:
            out.add(place, -weight)
        for table in (out.countries, out.admin1, out.places):
            for key in [k for k, w in table.items() if w <= 1e-9]:
                del table[key]
        return out

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
        gz = self.gazetteer or get_gazetteer()
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
        ctx = cls(gazetteer=gz)
        ctx.add_country_hint(country)
        demonyms = _demonyms()
        for m in _CAPS.finditer(text):
            left = _left_longer(gz, text, m.start(), m.end())
            whole_of = of_name(gz, text, m.start(), m.group(0)) if left is None else None
            if whole_of is not None and text.endswith(whole_of, 0, m.end()):
                left = Span(m.end() - len(whole_of), m.end())  # 'Port of Spain': the city, no mention of Spain
            if left is not None:  # 'Praia' of 'Mocimboa da Praia': the whole town, not Cabo Verde's Praia
                whole = [p for p in gz.lookup(text[left.start:left.end]) if p.kind in ("town", "admin2")]
                # one share per country, split among its places: Alberta's St. Paul town and county are one
                # country's mention, not two against Minnesota's Saint Paul ('ST. PAUL —')
                per = {c.country_code: sum(q.country_code == c.country_code for q in whole) for c in whole}
                for p in whole:
                    ctx.add(p, 1.0 / len(per) / 2 / per[p.country_code], left, phrase=text[left.start:left.end])
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
                    if j - i == 1 and weapon_follows(text, start, end):
                        i = j - 1  # 'Vortex rockets': a weapon system's name, no mention of a place abroad
                        break
                    if phrase in demonyms:  # longest first: 'South Sudanese' before 'Sudanese'
                        cc = demonyms[phrase]
                        if not demonym_elsewhere(text, end):  # 'Israeli guns', 'the Ugandan border': no place
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
                                 and (fold(p.name) == folded
                                      or _big_town_spelling(p, phrase, initial=sentence_initial(text, start)))
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
                    if cands and all(p.kind == "country" for p in cands) and destination_country(text, start):
                        i = j - 1  # 'crossed into Uganda': where people went, not where the event is
                        break
                    if cands and CROSSED_BEFORE.search(text, max(0, start - 20), start) is not None:
                        i = j - 1  # 'crossed the Ruvuma': a river or border on the way, not where the event is
                        break
                    if cands and source_mention(text, start, end):
                        i = j - 1  # 'according to Kigali', 'launched by Russia': who spoke or acted, not where
                        break
                    if cands and (folded.endswith(" city") or j < len(words) and fold(words[j].group(0)) == "city") \
                            and any(p.kind == "town" for p in cands):
                        # 'Gaza City', 'Kuwait City': the city, not a province or country of its first word's name
                        cands = [p for p in cands if p.kind == "town"]
                    if cands and len(fold(phrase)) >= 3:
                        span = Span(start, start + len(phrase))
                        for p in cands:
                            ctx.add(p, 1.0 / len({c.country_code for c in cands}) / (1 + (p.kind == "town")), span,
                                    phrase=phrase)
                        i = j - 1
                        break
                i += 1
        dr = _unknown_region_dateline(gz, text)
        if dr is not None:
            ctx.withheld[fold(dr.town)] = dr.region
        return ctx


@lru_cache(maxsize=8)
def _inferred(text: str) -> CountryGuess:
    """One inference per text: places, geocoding and actors all ask for the document's country."""
    return infer_country(text)


def document_country(doc: Document, *, infer: bool = True, batch: bool = True) -> str | None:
    """The document's country hint: ``meta["country"]`` (set by ingest or the caller), else the setting,
    else (``infer``) the country its own text decisively names, else its batch's country
    (``meta["batch_country"]``, set by ``pipeline.mark_batch_country``; not with ``batch=False``); recorded in
    ``meta["country_inferred"]``.

    Why: ACLED and most monitors publish per-country feeds; whoever ingests one knows its country, and
    that prior settles same-name places ("Kamukunji", "Kisumu") that the text alone leaves open. Texts
    sent without a hint (the JSONL contract) mostly name their country themselves, and a batch from one
    feed names it in most of its documents; an explicit hint always wins over the inference.
    """
    value = (doc.meta or {}).get("country")
    if not value:
        from ..config import get_settings

        value = getattr(get_settings(), "country", "") or None
    code = country_code(value) if value else None  # "KE", "KEN" or "Kenya"; one that names no country is no hint
    if code is not None or not infer:
        return code
    guess = _inferred(doc.text or "")
    if guess.code is not None:
        if doc.meta is not None:  # visible to users: where the country came from
            doc.meta["country_inferred"] = {
                "code": guess.code, "confidence": guess.confidence, "method": METHOD_INFERRED,
                "evidence": sorted({w for _, w, cc in guess.evidence if cc == guess.code})[:8]}
        return guess.code
    found = ((doc.meta or {}).get("batch_country") or None) if batch else None
    code = prior_from_batch(guess, found)
    if found and code is not None and doc.meta is not None:  # the feed's country, for a text that names none
        doc.meta["country_inferred"] = {
            "code": code, "confidence": round(0.5 * found["agreeing"] / max(1, found["decided"]), 3),
            "method": METHOD_BATCH,
            "evidence": [f"{found['agreeing']} of the {found['decided']} documents of the batch that name a "
                         f"country name {code}"]}
    return code


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
