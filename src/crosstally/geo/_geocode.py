"""Geocoding place mentions against the gazetteer, disambiguated by the document's other places.

This module holds the entry points: ``geocode`` (every event of an extraction), ``find_region``,
``salient_location`` and ``contains``. The rules they apply live in modules named for what they decide:

    _words       the place-word lists of data/gazetteer_extra.yaml
    _phrases     where a place phrase starts and ends in text, and what kind of phrase it is (street, unit tail)
    _location    a gazetteer Place written as a Location (method names, the name as the text wrote it)
    _namesakes   scoring the namesakes of a phrase against the document's context
    _counties    county and township phrases
    _name        geocode_name: one mention ('near Watamu, Dabaso, Kilifi') to one Location
    _context     GeoContext (the document's countries, units and towns), document_country, unknown dateline regions
    _cities      neighbourhoods and parts of cities, big city over namesake hamlet
    _streets     streets, state routes and roads
    _us          US local news: towns in a state, police forces, counties told with a town, post-office towns
    _sentences   the town an event's own sentence, lede or wire lede names
    _document    document-level places: headline, the text's own town, residents, a note's home place, capitals
    _reference   towns measured from a reference city ('60 miles south of X')
    _unlisted    places the gazetteer lacks or misreads, stray namesakes
    _datelines   the dateline / 'Town, State' anchors of local news
    _qualified   a town a note tells with its units ('Sarmin (Idleb)', 'Mangina, Beni territory')
    _clauses     a background clause's place ('a day after ... in Addis,') loses to the main clause's
    _lone        a short note with no country cue: a town only one country has
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from pathlib import Path

from ..records import Extraction, Location, Span
from ._batch_country import held_abroad
from ._cities import _area_of_city, _big_city_abroad, _big_city_over_hamlet, _comma_city, _neighbourhood_city
from ._city_county import town_level_us
from ._clauses import main_clause_place, speaker_place, speaks
from ._context import GeoContext, _unknown_region_namesakes, document_country
from ._counties import _county_phrase
from ._datelines import (
    _UNIT_OF_BEFORE,
    METHOD_NEIGHBOURHOOD,
    METHOD_TEXT_TOWN,
    _Anchors,
    _dateline_refinement,
    _told_unincorporated,
)
from ._document import (
    _CAPS_DATELINE,
    _SHORT_NOTE,
    _capital_dateline_only,
    _capital_lede_unlisted,
    _capitals,
    _headline_town,
    _home_country_short_name,
    _home_place,
    _person_surnames,
    _resident_place,
    _text_place,
    _town_of_country,
)
from ._index import Gazetteer, get_gazetteer
from ._location import METHOD, METHOD_DATELINE, METHOD_REGION, METHOD_SALIENT, METHOD_UNLISTED, to_location
from ._lone import lone_country_town
from ._name import geocode_name
from ._namesakes import _score
from ._normalise import ascii_name, extra_words, fold, institution_follows
from ._phrases import (
    _NUMBERED,
    _glued_left,
    _inner_span,
    _is_street,
    _left_longer,
    _longer_name,
    _near_prefix,
    _plain_name,
    _right_longer,
    expand_mention,
)
from ._qualified import between_town, city_of_part, qualified_town
from ._reference import _reference_town, _town_told_by_reference
from ._sentences import (
    _city_limits_town,
    _event_town,
    _hint_country_town,
    _lead_sentence_town,
    _police_town,
    _scene_statement_town,
    _told_town_of_unit,
    _told_with_county,
    _wire_lede_town,
)
from ._streets import (
    _is_highway,
    _listed_street,
    _off_road_place,
    _road_first_town,
    _state_route,
    _street_town,
    _town_after_street,
)
from ._unlisted import (
    _country_level,
    _district_seat,
    _hint_namesake,
    _lost_tail,
    _partial_namesake,
    _people_word,
    _stray_namesake,
    _strip_possessive,
    _unlisted_inner,
    _unlisted_part,
    _unlisted_place,
)
from ._us import (
    _add_unique_us_towns,
    _agency_place,
    _country_after,
    _police_town_over_salient,
    _postal_town,
    _scene_over_elsewhere,
    _story_state,
    _town_before_unit,
    _town_in_state,
    _unincorporated_county,
    _us_district,
)
from ._words import _extra, _listed


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

    A country that comes only from the document's batch (``geo.batch_country``) is a hint for the names the
    batch's country shares, not for a place the text names that only another country has: such an event keeps
    the place its text alone gives ('Hoima' in a Kenyan feed stays Uganda's city; 'Mbale' becomes Vihiga's).
    """
    gz = get_gazetteer(gazetteer_dir)
    doc = extraction.document
    known = document_country(doc, batch=False)  # the caller's hint, else the country the text itself names
    prior = None if known is not None else document_country(doc)
    if prior is None:
        _geocode_with(extraction, known, gz, gazetteer_dir)
        return
    told = [copy.deepcopy(ev.location) for ev in extraction.events]
    reasons = list(doc.reasons)
    _geocode_with(extraction, None, gz, gazetteer_dir)
    own = [ev.location for ev in extraction.events]
    for ev, loc in zip(extraction.events, told, strict=True):
        ev.location = loc
    doc.reasons[:] = reasons
    _geocode_with(extraction, prior, gz, gazetteer_dir)
    for ev, alone in zip(extraction.events, own, strict=True):
        if held_abroad(gz, alone, prior, doc.text or ""):
            ev.location = alone


def _geocode_with(extraction: Extraction, country: str | None, gz: Gazetteer, gazetteer_dir: Path | None) -> None:
    """:func:`geocode` with ``country`` as the document's country hint."""
    text = extraction.document.text or ""
    ctx = GeoContext.from_text(text, gz, country=country)
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
            for p in cands:  # (recorded as the mention's own: see GeoContext.without)
                ctx.add(p, 0.5 / 3, phrase=said)
    _add_unique_us_towns(gz, text, ctx)
    anchors = _Anchors.find(gz, text, ctx)
    # 'Marcus Tyler, 24 ... Tyler grew up in Kilgore': a person's surname is no mention of Tyler, Texas
    surnames = _person_surnames(text)
    for ev in extraction.events:
        loc = ev.location
        if loc is None:
            found_loc = anchors.location(gz) or salient_location(ctx, gz, skip=surnames)
            if found_loc is not None and found_loc.method == METHOD_SALIENT:  # not the hospital's or arrest's town
                found_loc = _scene_over_elsewhere(gz, text, ev.evidence, found_loc.geonameid,
                                                  found_loc.evidence[0] if found_loc.evidence else None) or found_loc
            if anchors.main is not None and anchors.main.kind == "outlet" and anchors.main.place.admin1 in gz.places:
                # The outlet's town is only where it reports from: a town the text puts the story in wins.
                hit = _town_in_state(gz, text, gz.places[anchors.main.place.admin1])
                if hit is not None:
                    found_loc = to_location(gz, hit[0], mention=hit[0].name, confidence=0.35,
                                            method=METHOD_TEXT_TOWN)
                    found_loc.evidence = [hit[1]]
            if found_loc is not None and found_loc.method == METHOD_DATELINE and anchors.main is not None \
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
                found_loc = _text_place(gz, text, ctx, wide=inferred) or _home_place(gz, text, ctx) \
                    or _road_first_town(gz, text, ctx) or found_loc  # 'along the Garissa-Mwingi road': Garissa
            elif found_loc.method == METHOD_SALIENT and found_loc.geonameid in gz.places \
                    and gz.places[found_loc.geonameid].kind in ("admin1", "admin2") and inferred:
                # the note's province, told with the town in it ('near Al-Shaddadi, Al-Hasakeh'): the town
                found_loc = _text_place(gz, text, ctx, gz.places[found_loc.geonameid], wide=True) or found_loc
            if found_loc is None and len(text) <= _SHORT_NOTE and ctx.hint is None and not ctx.countries:
                found_loc = lone_country_town(gz, text)  # 'around Naqoura': the one country with a place so named
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
        road = _road_first_town(gz, text, ctx, loc) if text else None
        if road is not None and road.evidence:  # 'on the Nairobi-Nyeri highway': the road's first town, Nairobi
            mention = loc.mention = text[road.evidence[0].start:road.evidence[0].end]
            loc.evidence = [road.evidence[0], *loc.evidence[1:]]
        mention = _strip_possessive(gz, text, loc, mention) if text else mention  # "Fort Worth's": Fort Worth
        cut = _short_title_cut(gz, text, loc, mention)
        if cut is not None:  # 'West St' of 'West St. Paul', 'ST' of 'ST. PAUL': the whole name
            mention = loc.mention = text[cut.start:cut.end]
            loc.evidence = [cut, *loc.evidence[1:]]
        if loc.evidence and text:
            span = loc.evidence[0]
            start, end = _inner_span(text, span.start, span.end)
            left0 = _left_longer(gz, text, start, end)
            if left0 is not None:  # 'Praia' of 'near Mocimboa da Praia, Cabo Delgado': the whole name, then its unit
                mention = text[left0.start:end]
                loc.mention, loc.evidence = mention, [Span(left0.start, end), *loc.evidence[1:]]
                span, start = loc.evidence[0], left0.start
            right0 = _right_longer(gz, text, start, end) if left0 is None else None
            if right0 is not None:  # 'Amarante' of 'in Amarante do Maranhao': the whole name, not Piaui's Amarante
                end = right0.end
                mention = text[start:end]
                loc.mention, loc.evidence = mention, [Span(start, end), *loc.evidence[1:]]
                span = loc.evidence[0]
            wide = expand_mention(text, start, end)
            near = _near_prefix(text, start)
            if wide and (near or fold(wide) != fold(mention)):
                found = geocode_name(near + wide, ctx, gazetteer_dir=gazetteer_dir)
                if found is not None and start < span.start and (fold(text[start:end]) == fold(found.name) or (
                        str(found.geonameid) in _listed("admin2_display")
                        and found.geonameid in {p.geonameid for p in gz.lookup(text[start:end])})):
                    # (a district ACLED spells its own way, 'Nad Ali' told for Nad-e Ali, is that place too)
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
        held = _institution_town(gz, text, loc, ctx, gazetteer_dir) if loc.evidence and text else None
        if held is not None:  # 'inside Turi prison, Cuenca': the town the prison is in, not Turin
            found = held
        if found is not None and (mention[:1].islower() or _us_district(gz, found, mention)):
            found = None  # 'at west side gas station': no name; 'the Hill District' of Pittsburgh: no Hill County
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
        scene = _scene_over_elsewhere(gz, text, ev.evidence, found.geonameid if found is not None else None,
                                      loc.evidence[0] if loc.evidence else None) \
            or _unincorporated_county(gz, text, ev.evidence, found.geonameid if found is not None else None,
                                      loc.evidence[0] if loc.evidence else None)
        if scene is not None:  # 'shot in Auburn ... died at Harborview Medical Center in Seattle': Auburn
            ev.location = scene
            continue
        county = gz.places.get(found.geonameid) if found is not None and found.geonameid is not None else None
        if county is not None and county.kind == "admin2" and loc.evidence and _told_unincorporated(text, loc.evidence[0]):
            told = None  # 'in unincorporated Maricopa County near Sun City': outside any town, the county itself
        else:
            told = _event_town(gz, text, ev, loc, found, anchors.main) \
                or _lead_sentence_town(gz, text, ev, loc, found) or _hint_country_town(gz, text, ev, found, ctx) \
                or _told_town_of_unit(gz, text, ev, loc, found)
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
                    and anchored.method == METHOD_DATELINE and not loc.method.endswith("+street") \
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
        street_town = _street_town(gz, text, loc.evidence[0].end, ctx, _story_state(gz, ctx, anchors.main)) \
            if found is None and loc.evidence and (loc.method.endswith("+street") or _is_highway(mention)) else None
        if street_town is not None:  # 'on Interstate 71 in Mason': the town the road is told in
            ev.location = street_town
            continue
        if found is None:
            salient = salient_location(ctx, gz, skip=surnames)
            a = anchors.main
            home = anchors.location(gz, 0.4) if a is not None and (longer is not None or a.kind == "outlet"
                                                                   or a.local) else None
            if home is not None and a is not None and a.kind == "outlet" and a.place.admin1 in gz.places:
                # a street in a story whose only anchor is the outlet's masthead ('By ..., The Modesto Bee'): the
                # town the text puts the story in ('Ceres police responded'), as for an event with no place at all
                hit = _town_in_state(gz, text, gz.places[a.place.admin1])
                if hit is not None:
                    home = to_location(gz, hit[0], mention=hit[0].name, confidence=0.35, method=METHOD_TEXT_TOWN)
                    home.evidence = [hit[1]]
            if home is not None and (longer is not None or salient is None or salient.admin1 != home.admin1
                                     or salient.country_code != home.country_code
                                     or salient.geonameid in gz.ancestors(a.place)):
                # ... and the anchor's town beats its own state ('Augusta Chronicle' over a story's 'Georgia')
                # an unknown name ('Vermont Knolls', 'Exposition Park') in a local story lies in its anchor town,
                # not in the document's most mentioned place when that is in another state
                salient = home
            if salient is not None and salient.method == METHOD_SALIENT:  # 'flown to a hospital in Tampa'
                salient = _scene_over_elsewhere(gz, text, ev.evidence, salient.geonameid,
                                                salient.evidence[0] if salient.evidence else None) or salient
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
                    loc.evidence and institution_follows(text, loc.evidence[0].end)) or (
                    loc.evidence and _ARTICLE_BEFORE.search(text, max(0, loc.evidence[0].start - 8),
                                                            loc.evidence[0].start) is not None) \
                    or (fold(mention).split() or [""])[-1] in extra_words("landmark_words") \
                    else _plain_name(mention)
                # 'Roosevelt hospital' names a building, not a village: the document's place keeps its own name;
                # so does 'at the Serail' (a name after 'the' is a landmark: villages take no article), and 'to City
                # Hall' (a name ending in a landmark word: a building of the town)
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
        unincorporated = bool(loc.evidence) and _told_unincorporated(text, loc.evidence[0])
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
                or _wire_lede_town(gz, text, ev) or _police_town(gz, text, ev, anchors.main) or ev.location
        if len(text) <= _SHORT_NOTE:
            # 'a day after ... in Addis, crowds burned shops in Shashemene': the main clause's place, not the background's
            voice = None
            if ev.location is not None:
                ev.location = main_clause_place(text, ev.location, ctx, gazetteer_dir) or ev.location
                # 'Kigali says 7 insurgents died': a government's voice named by its capital, not the place
                voice = ev.location if speaks(text, ev.location) else None
                ev.location = speaker_place(text, ev.location, ctx, gazetteer_dir) or ev.location
            # 'Sarmin (Idleb)', 'Mangina, Beni territory': the town a note tells with its units, not the unit (nor
            # the speaking capital, when no other listed place was found)
            ev.location = qualified_town(gz, text, None if voice is not None and ev.location is voice
                                         else ev.location) or ev.location
            # 'in Hlaing township, Yangon': the big city, not an unlisted village at its province's point
            ev.location = city_of_part(gz, text, ev.location) or ev.location
            # 'between Tera and Dargol, Tillaberi' placed at the province: the first listed town
            ev.location = between_town(gz, text, ev.location) or ev.location
        # a township told only through its own police ('Howell police responded'): not the document-wide fallback
        ev.location = _police_town_over_salient(gz, text, ev.location) or ev.location
        # the text's own statement of where the shots were fired ('The shooting happened ... in Norristown')
        ev.location = _scene_statement_town(gz, text, ev.location, anchors.main) or ev.location
        # 'inside the Harrisonburg city limits' under a STAUNTON dateline: the city whose limits hold the scene
        ev.location = _city_limits_town(gz, text, ev.location, anchors.main) or ev.location
        # US local news: a consolidated government's city ('Athens-Clarke County police'), a wire slug's town
        # ('OH-LORAIN-SHOOTING'), a spot told with a town's own police ('at Overton Park ... Memphis police said')
        ev.location = town_level_us(gz, text, ev.location) or ev.location
    _unknown_region_namesakes(gz, extraction)


def salient_location(ctx: GeoContext, gz: Gazetteer | None = None, *,
                     skip: frozenset[str] = frozenset()) -> Location | None:
    """The document's most mentioned place in its main country (a fallback, low confidence); a town whose folded
    name is in ``skip`` (the surname of a person the story names) is no candidate."""
    gz = gz or get_gazetteer()
    cc = ctx.main_country
    if cc is None:
        return None
    inside = [(w, gid) for gid, w in ctx.places.items() if gz.places[gid].country_code == cc
              and not (skip and gz.places[gid].kind == "town" and fold(gz.places[gid].name) in skip)]
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


_INSTITUTION_TOWN = re.compile(r"[ \t]+(?P<word>[A-Za-z]+)(?:[ \t]+[A-Za-z]+)?,[ \t]+"
                               r"(?P<town>[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,2})(?=[\s,;.:)])")
_HELD_WORDS = frozenset({"prison", "jail", "gaol"})


def _institution_town(gz: Gazetteer, text: str, loc: Location, ctx: GeoContext,
                      gazetteer_dir: Path | None) -> Location | None:
    """The town told after a prison a place's name starts ('inside Turi prison, Cuenca'), when the gazetteer lists it
    as a town; else None.

    Why: the name before 'prison' names the building (often after a quarter of the town), and the town after the
    comma is where it stands; alone, the building's name read as a namesake abroad (Turin, round 28). (A hospital
    is left alone: it is where the wounded are taken, rarely the scene.)
    """
    m = _INSTITUTION_TOWN.match(text, loc.evidence[0].end)
    if m is None or fold(m.group("word")) not in _HELD_WORDS:
        return None
    town = geocode_name(m.group("town"), ctx, gazetteer_dir=gazetteer_dir)
    place = gz.places.get(town.geonameid) if town is not None and town.geonameid else None
    if town is None or place is None or place.kind != "town" or town.precision != 1:
        return None
    town.evidence = [Span(m.start("town"), m.start("town") + len(m.group("town")))]
    return town


_ARTICLE_BEFORE = re.compile(r"\b(?:at|in|near|outside|inside|on|to)[ \t]+the[ \t]+$")
_SHORT_TITLE_END = re.compile(r"(?:^|\s)(?:st|ft|mt)$", re.I)
_AFTER_PERIOD = re.compile(r"\.[ \t]+(?P<rest>[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+)?)")
_TITLE_FULL = {"st": "Saint ", "ft": "Fort ", "mt": "Mount "}


def _short_title_cut(gz: Gazetteer, text: str, loc: Location, mention: str) -> Span | None:
    """The whole name when extraction cut a mention at the period of 'St.', 'Ft.' or 'Mt.' ('West St' of
    'West St. Paul'), when the gazetteer knows the whole name (or its 'Saint' form); None otherwise.

    Why: a sentence splitter or a tagger reads 'St.' as a sentence end, and 'West St' then looks like a street.
    """
    if not text or not loc.evidence or not _SHORT_TITLE_END.search(mention):
        return None
    span = loc.evidence[0]
    if fold(text[span.start:span.end]) != fold(mention):
        return None
    m = _AFTER_PERIOD.match(text, span.end)
    if m is None:
        return None
    words = m.group("rest").split()
    for n in range(len(words), 0, -1):
        whole = text[span.start:span.end] + ". " + " ".join(words[:n])
        full = re.sub(r"\b(st|ft|mt)\.\s", lambda t: _TITLE_FULL[t.group(1).lower()], whole, flags=re.I)
        if any(p.kind in ("town", "admin2") for form in (whole, full) for p in gz.lookup(form)):
            return Span(span.start, m.start("rest") + len(" ".join(words[:n])))
    return None
