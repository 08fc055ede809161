"""The town an event's own sentence, lede or wire lede puts it in.

Why: the extractor's place for an event can be a unit, a dateline or nothing; the event's sentence often names
the town outright ('in the town of X', 'X police said'), which outranks a document-wide guess.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import Event, Location, Span
from ._anchor import Anchor, km
from ._cities import _BIG_CITY, _NEIGHBOURHOOD_KM
from ._datelines import _own_municipality, _post_office_town
from ._document import _HOME_KINDS
from ._index import Gazetteer, Place
from ._location import METHOD, METHOD_UNLISTED, _town_at, to_location
from ._name import geocode_name
from ._name_forms import _lookup_saint, _written_out
from ._normalise import acled_admin1, ascii_name, extra_words, fold, institution_follows
from ._phrases import _city_part, _in_qualified_town, _is_street, _strip_time
from ._reference import _UNIT_AFTER
from ._town_phrases import _town_names, police_towns
from ._words import _demonyms

if TYPE_CHECKING:
    from ._context import GeoContext


METHOD_EVENT_TOWN = METHOD + "+event_sentence_town"


def _lead_sentence_town(gz: Gazetteer, text: str, ev: Event, loc: Location | None,
                        found: Location | None) -> Location | None:
    """A town of the same state that the event's own sentence puts it in ('shot at her home in the village of
    Dolton'), when extraction took its place from a later sentence ('arrested in Chicago').

    Why: the tagger reads many small towns as organisations or people, so the lead's town never reaches extraction;
    a later sentence's town is where a suspect was caught or a victim treated. Only a listed US town of the found
    place's own state counts, named exactly after 'in', 'near', 'outside' or 'the village of'."""
    if found is None or found.geonameid not in gz.places or not ev.evidence or (loc is not None and not loc.evidence):
        return None
    lead = ev.evidence[0]
    if loc is not None and lead.start <= loc.evidence[0].start < lead.end:
        return None
    place = gz.places[found.geonameid]
    state = place.geonameid if place.kind == "admin1" else place.admin1
    if state is None or place.kind == "country" or place.country_code != "US":
        return None  # (a monitor's note names a district and its town in one breath: that stays as coded)
    for name, a, b in _town_names(text, lead.start, lead.end, lead.start):
        towns = [p for p in gz.lookup(name) if p.kind == "town" and p.admin1 == state and fold(p.name) == fold(name)
                 and p.geonameid != place.geonameid]
        if towns:
            return _town_at(gz, towns, name, a, b, 0.5, METHOD_EVENT_TOWN)
    return None


def _hint_country_town(gz: Gazetteer, text: str, ev: Event, found: Location | None,
                       ctx: GeoContext) -> Location | None:
    """A town of the feed's country that the story's opening names ('a man was shot at a farmhouse in Zorvalle'),
    when extraction's place is a foreign country (another story's teaser glued on by scraping).

    Why: the tagger misses many small towns, and scraped pages carry other stories; a foreign country is then the
    only place extraction sees, though the event's sentence puts it in a town of the country the feed covers."""
    place = gz.places.get(found.geonameid) if found is not None and found.geonameid is not None else None
    if place is None or place.kind != "country" or ctx.hint is None or place.country_code == ctx.hint \
            or not ev.evidence:
        return None
    # the event's sentence, else the story's opening up to it ('Officers found him ...' after 'a farmhouse in X')
    for name, a, b in _town_names(text, 0, ev.evidence[0].end, 0):
        towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == ctx.hint
                 and fold(p.name) == fold(name)]
        if not towns and ctx.hint == "US" and len(name) >= 4:  # a post-office town, if only one state has it
            postal = [p for p in gz.lookup_postal(name) if fold(p.name) == fold(name)]
            towns = postal if len({p.admin1 for p in postal}) == 1 else []
        if towns:
            return _town_at(gz, towns, name, a, b, 0.4, METHOD_EVENT_TOWN)
        home = gz.places.get(gz.country_by_code.get(ctx.hint) or -1)
        if home is not None and fold(name) not in extra_words("time_words") \
                and not any(p.country_code == ctx.hint for p in gz.lookup(name)):
            # a place the index lacks: its own name in the feed's country (ACLED's unlisted village), not abroad
            out = to_location(gz, home, mention=name, confidence=0.2, method=METHOD_UNLISTED)
            out.name, out.geonameid, out.precision, out.evidence = name, None, max(2, out.precision), [Span(a, b)]
            return out
    return None


_TOLD_TOWN = re.compile(r"(?<![\w\-])(?P<name>[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+)?)[ \t]+town\b(?![ \t]+of\b)")


def _told_town_of_unit(gz: Gazetteer, text: str, ev: Event, loc: Location, found: Location | None) -> Location | None:
    """A town the event's sentence calls a town ('residents of Matuu town', 'on Kapsabet town streets'), lying in the
    county or sub-county extraction's place resolved to ('Police in Yatta', 'in Mwingi Central district').

    Why: ACLED codes the most specific place the note names; a name the note itself calls a town is that place, and
    the unit told beside it only says where the town is. Only a listed town of the unit's own county (a sub-county's
    town by the county both lie in), outside the US (whose states and counties have their own town rules)."""
    if found is None or found.country_code in (None, "US") or not loc.evidence or not found.admin1:
        return None
    place = gz.places.get(found.geonameid) if found.geonameid is not None else None
    if place is None:
        unit = found.geonameid is None and fold(found.admin2 or "") == fold(found.name)  # a listed sub-county
    else:  # a county, a sub-county, or the seat a county's name resolved to ('Journalists in Nandi': Kapsabet)
        unit = place.kind in ("admin1", "admin2") or fold(place.name) != fold(found.name) == fold(found.admin1)
    if not unit:
        return None
    at = loc.evidence[0].start
    spans = [sp for sp in ev.evidence[:3] if sp.start <= at < sp.end] or ev.evidence[:1]
    for sp in spans:
        for m in _TOLD_TOWN.finditer(text, sp.start, sp.end):
            name = m.group("name")
            if fold(name) in extra_words("common_words"):
                continue
            towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == found.country_code
                     and fold(p.name) == fold(name) != fold(found.name)
                     and p.admin1 in gz.places
                     and fold(acled_admin1(ascii_name(gz.label(gz.places[p.admin1])))) == fold(found.admin1)]
            if towns:  # under the note's own spelling ('Mota town', GeoNames' Mot'a)
                out = to_location(gz, max(towns, key=lambda p: p.population), mention=name, confidence=0.5,
                                  method=METHOD_EVENT_TOWN, written=name)
                out.evidence = [Span(m.start("name"), m.start("name") + len(name))]
                return out
    return None


_COUNTY_TAIL = re.compile(r",[ \t]+(?P<unit>(?:County|Co\.?)[ \t]+[A-Z][a-z]+|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+County)\b")


def _told_with_county(gz: Gazetteer, text: str, ev: Event, ctx: GeoContext) -> Location | None:
    """'shot dead in Drogheda, Co Louth': a town the event's sentence names with its county, for an event extraction
    gave no place (the tagger read the town as an organisation or a person).

    Why: the county told with it says which town of that name it is, even in a text that names no country."""
    rx = _in_qualified_town()
    for sp in ev.evidence[:3]:
        for m in rx.finditer(text, sp.start, sp.end):
            name = _strip_time(m.group("name"))
            tail = _COUNTY_TAIL.match(text, m.start("name") + len(name))
            if not name or tail is None or fold(name) in extra_words("common_words"):
                continue
            found = geocode_name(f"{name}, {tail.group('unit')}", ctx)
            if found is None or found.geonameid == gz.country_by_code.get(found.country_code or "") \
                    or fold(found.name) != fold(name):
                continue
            found.evidence = [Span(m.start("name"), m.start("name") + len(name))]
            found.method, found.confidence = METHOD_EVENT_TOWN, min(found.confidence or 0.5, 0.5)
            return found
    return None


def _event_town(gz: Gazetteer, text: str, ev: Event, loc: Location, found: Location | None,
                anchor: Anchor | None, lead_only: bool = False) -> Location | None:
    """A town the event's own sentences put it in ('in suburban Dolton', 'south of Haskell'), when extraction's
    place is the story's anchor town or no known place.

    Why: the dateline ('CHICAGO (STMW) —') or the outlet's town is where the reporter files from; the
    sentence that tells the event ('shot … in south suburban Dolton') says where it happened. Only a
    separate town of the anchor's own state counts (a namesake elsewhere is no evidence).
    """
    if anchor is None or anchor.place.admin1 is None:
        return None
    unit = found is not None and anchor.kind == "dateline" and found.geonameid is not None \
        and found.geonameid in (anchor.place.admin1, anchor.place.admin2) and found.geonameid in gz.places \
        and gz.places[found.geonameid].kind in ("admin1", "admin2") and bool(loc.evidence) \
        and loc.evidence[0].start >= anchor.end and any(sp.start <= loc.evidence[0].start < sp.end
                                                         for sp in ev.evidence[:3])
    state_word = found is not None and anchor.kind == "dateline" and found.geonameid == anchor.place.admin1 \
        and bool(loc.evidence) and anchor.start <= loc.evidence[0].start <= anchor.end + 3  # 'OMAHA, Neb. —'
    if found is not None and not unit and not state_word and (
            anchor.kind not in ("dateline", "outlet") or found.geonameid not in (anchor.place.geonameid,
                                                                               anchor.place.admin2)
            or not loc.evidence or not (loc.evidence[0].start < anchor.end and anchor.start < loc.evidence[0].end)):
        return None  # only when extraction's place is the anchor's own words, not the town told again
    # (or the dateline town's own state or county told after the dateline in the event's sentence, 'in Gallup, New
    # Mexico State Police said' under 'ALBUQUERQUE', not a headline's 'southern Colorado' above it)
    # (or no known place at all: a name misread as one, 'shot south of Haskell' told beside it)
    # A wire dateline abroad ('JAYAPURA, Indonesia —') is filed from a capital: any town of its country counts.
    wire = anchor.kind == "dateline" and not anchor.local and anchor.place.country_code != "US"
    # the lead sentence only, where extraction's place is the dateline's state or no place ('arrested later in Canton'
    # in a later sentence is no place of the event)
    spans = ev.evidence[:1 if lead_only or unit else 3]
    if len(spans) == 1 and len(ev.evidence) > 1 and spans[0].end <= anchor.end + 4:
        spans = ev.evidence[:2]  # the first span is only a headline and the dateline ('... wounded\n\nNEW ORLEANS —')
    for sp in spans:
        for name, a, b in _town_names(text, sp.start, sp.end, sp.start):
            # a town across a state line within the dateline city's metro area counts too ('OMAHA, Neb. — ... in
            # Council Bluffs'): stations file their whole metro under the big city's dateline
            towns = [p for p in gz.lookup(name) if p.kind == "town" and (
                p.admin1 == anchor.place.admin1 or wire or (anchor.kind == "dateline" and p.country_code == "US"
                                                            and km(p, anchor.place) <= 40.0))
                     and p.country_code == anchor.place.country_code
                     and fold(p.name) in (fold(name), fold(_TOWNSHIP_TAIL.sub("", name)))
                     and p.geonameid != anchor.place.geonameid]  # 'Cheltenham Township': GeoNames' Cheltenham
            if not towns and anchor.place.country_code == "US" and len(name) >= 4:
                towns = [p for p in gz.lookup_postal(name, anchor.place.admin1) if fold(p.name) == fold(name)]
            if towns and _part_of_dateline_city(gz, text, max(towns, key=lambda p: p.population), name, anchor):
                # 'PHILADELPHIA — ... on a Germantown side street': a part of the dateline city, not a town apart
                out = to_location(gz, anchor.place, mention=name, confidence=0.5, method=METHOD_EVENT_TOWN)
                out.evidence = [Span(anchor.start, anchor.end)]
                return out
            if towns:
                return _town_at(gz, towns, name, a, b, 0.5, METHOD_EVENT_TOWN)
    return None


def _part_of_dateline_city(gz: Gazetteer, text: str, town: Place, name: str, anchor: Anchor) -> bool:
    """Whether a town the event's sentence names is a part of a big US dateline city: much smaller, within a
    neighbourhood's reach of it, in its county, no post-office town of its own and never told as a municipality
    ('Cheltenham Township', 'Irving police').

    Why: cities500 lists city neighbourhoods (Germantown, Philadelphia) as populated places; news coders give the
    city, as :meth:`_Anchors.prefer` does for a neighbourhood extraction took itself."""
    city = anchor.place
    return anchor.kind == "dateline" and city.kind == "town" and city.country_code == "US" \
        and city.population >= _BIG_CITY and town.population * 4 < city.population \
        and town.admin2 is not None and town.admin2 == city.admin2 and km(town, city) <= _NEIGHBOURHOOD_KM \
        and not _TOWNSHIP_TAIL.search(name) and not _post_office_town(gz, town, city) \
        and not _own_municipality(text, town.name)


_TOWNSHIP_TAIL = re.compile(r"[ \t]+(?:Township|Borough)$")

METHOD_WIRE_TOWN = METHOD + "+wire_lede_town"
_LEDE = re.compile(r"[^\n]*?(?:[.!?](?=\s)|\n|$)")


def _wire_lede_town(gz: Gazetteer, text: str, ev: Event) -> Location | None:
    """The town a wire story's lede or event sentences put the event in ('MOGADISHU (AP) — ... in the central
    Somali town of Beledweyne', 'JAYAPURA, Indonesia — Gunmen shot dead two workers in Wamena'), when the event's
    place is the dateline city itself; else None.

    Why: a wire dateline abroad is where the reporter files from, usually the capital; the lede says where it
    happened. Only a town of the dateline's own country counts (a namesake abroad is no evidence), and never a
    US dateline (local news: :func:`_event_town` keeps to the anchor's state there).
    """
    loc = ev.location
    if loc is None or not loc.evidence or loc.geonameid is None or not text:
        return None
    span = loc.evidence[0]
    head = text[span.start:span.end]
    if span.start > 40 or not head.isupper() or text[:span.start].strip(" \t\n|-"):
        return None
    city = gz.places.get(loc.geonameid)
    if city is None or city.kind not in _HOME_KINDS or city.country_code == "US":
        return None  # the dateline city (or the capital's province, 'NAIROBI' read as Nairobi City)
    body = text.find("\n", span.end) if text.find("\n", span.end) != -1 else len(text)
    lede = _LEDE.match(text, span.end)
    windows = [(span.end, lede.end() if lede else min(body, span.end + 300))]
    windows += [(sp.start, sp.end) for sp in ev.evidence[:3]]
    for a, b in windows:
        for name, s0, s1 in _town_names(text, a, b, None):
            if _UNIT_AFTER.match(text, s1):
                continue
            # the country is the dateline's, or one the phrase names ('in the Somali port city of Kismayo')
            before = set(re.findall(r"[A-Za-z]+", text[max(a, s0 - 40):s0]))
            codes = {city.country_code} | {_demonyms()[w] for w in before if w in _demonyms()}
            towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code in codes
                     and p.geonameid != city.geonameid]
            if towns:
                best = max(towns, key=lambda p: p.population)
                if city.kind == "town" and city.population >= _BIG_CITY and best.population * 4 < city.population \
                        and km(best, city) <= _NEIGHBOURHOOD_KM:
                    continue  # 'TORONTO — ... in Scarborough': a part of the dateline city, not a town apart
                return _town_at(gz, towns, name, s0, s1, 0.5, METHOD_WIRE_TOWN)
    return None


METHOD_POLICE_TOWN = METHOD + "+own_police_town"
_SUBURB_LEAD = re.compile(r"\bsuburb(?:s|an)?\b", re.I)  # 'a Chicago suburb', 'south suburban Harvey'
_POLICE_TOWN_KM = 40.0  # a station covers its metro area: a force this near its dateline city works its own town


def _police_town(gz: Gazetteer, text: str, ev: Event, anchor: Anchor | None) -> Location | None:
    """The town whose own police force tells the story ('Raytown police said'), when the event's place is still the
    local dateline city and the event's lead sentence names that town too ('KANSAS CITY, Mo. (KCTV) — A Raytown man
    was shot ... Raytown police said'); else None.

    Why: a TV station files every story of its metro area under its own city; the lead's 'Raytown man' alone is a
    home town, but the town's police working the case says it happened there. Only a big dateline city counts, and a
    smaller town of its state within a metro's reach."""
    loc = ev.location
    if anchor is None or anchor.kind != "dateline" or not anchor.local or loc is None or loc.geonameid is None \
            or loc.geonameid != anchor.place.geonameid or not ev.evidence or anchor.place.country_code != "US" \
            or anchor.place.population < _BIG_CITY:
        return None  # (a small town's dateline is the story's own town: 'EAST HARTFORD -- ... Windsor Police')
    lead = ev.evidence[0]
    for part, start, end in police_towns(text, anchor.end):  # 'Sunday Raytown police': read from the right
        if fold(part) == fold(anchor.place.name) or fold(part) in extra_words("common_words"):
            continue
        towns = [p for p in gz.lookup(part) if p.kind == "town" and p.admin1 == anchor.place.admin1
                 and fold(p.name) == fold(part) and km(p, anchor.place) <= _POLICE_TOWN_KM
                 and p.population < anchor.place.population]  # a suburb's force, not a bigger city's
        told = re.search(rf"(?<![\w\-]){re.escape(part)}(?![\w\-])", text[lead.start:lead.end]) \
            or _SUBURB_LEAD.search(text, lead.start, lead.end)  # 'in a west suburban shooting': one of its suburbs
        if towns and told is not None:
            return _town_at(gz, towns, part, start, end, 0.45, METHOD_POLICE_TOWN)
    return None


METHOD_SCENE_STATEMENT = METHOD + "+scene_statement_town"
# 'The shooting happened ... in Norristown', 'A man who was shot Sunday night in Lynwood drove to Compton', 'was shot
# and killed Saturday in Whigham', 'a shooting that killed a man in Gulfport': the text saying where the gunfire was
_SCENE_STATEMENT = re.compile(
    r"\b(?:(?:shooting|gunfire|shots)[ \t]+(?:happened|occurred|took[ \t]+place|broke[ \t]+out|erupted|were[ \t]+fired"
    r"|(?:that|which)[ \t]+(?:killed|wounded|injured|left))"
    r"|(?:(?:was|were|had[ \t]+been|been|got)[ \t]+)?(?:fatally[ \t]+|critically[ \t]+)?shot"
    r"(?:[ \t]+(?:and|,)[ \t]+(?:killed|wounded|injured|hurt))?"
    r"|(?P<respond>(?:was|were|been)[ \t]+(?:called|dispatched|sent|summoned)|responded))\b"
    r"(?P<gap>[^.;!?\n]{0,100}?)\b(?:in|near|outside)[ \t]+(?:the[ \t]+(?:city|town|village|borough)[ \t]+of[ \t]+)?"
    r"(?P<name>(?:(?:St|Ste|Ft|Mt)\.[ \t])?[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,2})")
_COUNTY_NAME = re.compile(r"[ \t](?:County|Parish)$")
# a person's home ('a driver from', 'a man of', 'a resident of'), never 'the city of'
_HOME_BEFORE = re.compile(r"\b(?:from|lives[ \t]+in|(?:resident|native|man|woman|boy|girl|teen|driver)[ \t]+of)[ \t]+$",
                          re.I)
# the responders' errand: 'Deputies were called at about 5 p.m. to a home on 168th Street East in Spanaway'
_RESPOND_TO = re.compile(r"\bto\b")
# a numbered landmark ('near Exit 35', 'outside Building 4') is no town: the statement goes on to the town after it
_NUMBERED = re.compile(r"[ \t]+\d")
_NUMBERED_THEN_TOWN = re.compile(r"[ \t]+\d[\w\-]*[ \t]+(?:in|near|outside)[ \t]+"
                                 r"(?P<name>(?:(?:St|Ste|Ft|Mt)\.[ \t])?[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,2})")
# the statement is about somewhere else or another time: a hospital, an arrest, a home, an earlier or separate case
_SCENE_GAP_OFF = re.compile(r"\b(?:taken|flown|rushed|driven|drove|transported|airlifted|hospitali[sz]ed|hospital|"
                            r"medical[ \t]+cent(?:er|re)|clinic|trauma|"
                            r"arrested|caught|detained|booked|jailed|lives|lived|living|resides|from|last|ago|earlier|"
                            r"previous|unincorporated|County|Parish|(?:19|20)\d\d)\b", re.I)
_SCENE_SENTENCE_OFF = re.compile(r"\b(?:separate|unrelated|another|earlier|last[ \t]+(?:year|month|week)|previous|"
                                 r"(?:19|20)\d\d)\b", re.I)
_ABBREVIATION_DOT = re.compile(r"\b[ap]\.m\.|\b(?:Ave|Rd|Blvd|St|Dr|Ln|Hwy)\.(?=[ \t]+[a-z0-9])")
_CROSS_STREET = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z]")  # 'near Fillmore and Turk street': two streets, no town
_SCENE_WINDOW = 1200  # characters: the story's own opening, not another story a scraped page carries below it


def _scene_statement_town(gz: Gazetteer, text: str, loc: Location | None, anchor: Anchor | None) -> Location | None:
    """The town the text says the shooting happened in ('The shooting happened ... on Haws Avenue in Norristown',
    'a man who was shot Sunday night in Lynwood drove ... to Compton'), when the event's place is another town or a
    unit of the same US state (the dateline's city, the outlet's, a county, where the victim was found); else None.

    Why: local news names the outlet's city, the county, the victim's home, the hospital and the place an arrest was
    made beside the scene; a sentence that says where the shots were fired outranks all of them. Only the story's
    opening counts (scraped pages carry other stories below), never a clause about a hospital, an arrest, a home, an
    earlier year or a separate case, only a town of the same state, and never a part of the big city that is the
    place already (a neighbourhood cities500 lists as a town: 'shot in Central City' of New Orleans). The responders'
    errand states the scene too ('Deputies were called ... to a home ... in Spanaway'); a numbered landmark ('near
    Exit 35') or a county gives way to the town told after it; a home told with its state ('from Morristown,
    Tennessee') lets a town of another state count when only one state has that name (round 20)."""
    if loc is None or not text:
        return None
    here = gz.places.get(loc.geonameid) if loc.geonameid is not None else None
    if here is not None and here.country_code != "US":
        return None
    if here is not None and here.kind in ("town", "admin2"):
        state = here.admin1
    elif here is not None and here.kind == "admin1":
        state = here.geonameid
    elif anchor is not None and anchor.place.country_code == "US":
        state = anchor.place.admin1
    elif here is None and loc.country_code == "US" and loc.admin1:
        # a place the index lacks, put in a US state ('Office' of a sheriff's office misread as a spot): that state
        state = next((p.geonameid for p in gz.lookup(loc.admin1) if p.kind == "admin1" and p.country_code == "US"),
                     None)
    else:
        return None
    if state is None:
        return None
    # the place is a person's home told with its state ('the driver, from Morristown, Tennessee'): its state says
    # nothing of the scene's, so a town of another state counts, when only one state has a town of that name
    home = here is not None and anchor is not None and anchor.kind == "city_state" \
        and here.geonameid == anchor.place.geonameid and _HOME_BEFORE.search(text, max(0, anchor.start - 30), anchor.start)
    # a time's or a street's abbreviation ends no sentence: 'at 3:30 p.m. on Haws Ave. in Norristown' (same length)
    masked = _ABBREVIATION_DOT.sub(lambda d: d.group(0).replace(".", " "), text[:_SCENE_WINDOW])
    for m in _SCENE_STATEMENT.finditer(masked):
        if _SCENE_GAP_OFF.search(m.group("gap")) or (m.group("respond") and not _RESPOND_TO.search(m.group("gap"))):
            continue  # (responders 'were called ... in <Town>' only on their way to a place: 'called to a home in X')
        head = max(masked.rfind(".", 0, m.start()), masked.rfind("\n", 0, m.start())) + 1
        if _SCENE_SENTENCE_OFF.search(masked, head, m.start()):
            continue
        name = _strip_time(m.group("name"))  # the whole name: 'Southwest' of 'Southwest Philadelphia' is none
        a = m.start("name")
        b = a + len(name)
        if name and _NUMBERED.match(masked, b):  # 'at a lot near Exit 35 in Chilhowie': the town after the landmark
            then = _NUMBERED_THEN_TOWN.match(masked, b)
            if then is None:
                continue
            name = _strip_time(then.group("name"))
            a = then.start("name")
            b = a + len(name)
        if _COUNTY_NAME.search(name):
            continue  # 'shot ... off Interstate 81 in Smyth County': a county; a later statement may name the town
        if not name or fold(name) in extra_words("common_words") or name in _demonyms() \
                or fold(name) in extra_words("time_words") or _city_part(text, a, b) or _is_street(text, a, b, name) \
                or _UNIT_AFTER.match(text, b) or institution_follows(text, b) or _CROSS_STREET.match(text, b):
            return None  # the first statement of the scene decides: 'near Lakeland Regional Health' is no town
        forms = {fold(name), fold(_written_out(name) or name)}  # 'St. Pauls' is GeoNames' 'Saint Pauls' too
        towns = [p for p in _lookup_saint(gz, name) if p.kind == "town" and p.admin1 == state and fold(p.name) in forms]
        if not towns and home:
            towns = [p for p in _lookup_saint(gz, name) if p.kind == "town" and p.country_code == "US"
                     and fold(p.name) in forms]
            towns = towns if len({p.admin1 for p in towns}) == 1 else []
        if not towns and len(name) >= 4:
            towns = [p for form in {name, _written_out(name) or name} for p in gz.lookup_postal(form, state)
                     if fold(p.name) in forms]
        if not towns:
            return None
        town = max(towns, key=lambda p: p.population)
        if here is not None and (town.geonameid == here.geonameid or any(
                fold(text[e.start:e.end]) == fold(name) for e in loc.evidence) or (
                fold(loc.mention or "") == fold(name) and here.kind == "town" and here.population >= _BIG_CITY)):
            return None  # the place already is the scene, or a big city read from this very name ('in Buckhead')
        for city in (here, anchor.place if anchor is not None else None):
            if city is not None and city.kind == "town" and city.population >= _BIG_CITY \
                    and town.population * 4 < city.population and km(town, city) <= _NEIGHBOURHOOD_KM \
                    and not _own_municipality(text, town.name) and (not _post_office_town(gz, town, city) or any(
                        fold(part) == fold(city.name) for part, _, _ in police_towns(text))):
                # a part of the big city the story is in, even one with a post office of its own when the city's own
                # police work the case ('shot in Dorchester, Boston police said')
                return None
        return _town_at(gz, towns, name, a, b, 0.5, METHOD_SCENE_STATEMENT)
    return None


METHOD_CITY_LIMITS = METHOD + "+city_limits_town"
# 'on Interstate 81 inside the Harrisonburg city limits', 'within the Temple city limits' (never 'outside the ...')
_CITY_LIMITS = re.compile(r"\b(?P<pre>(?:just[ \t]+)?(?:inside|within|in|outside|beyond))[ \t]+the[ \t]+"
                          r"(?P<name>(?:(?:St|Ft|Mt)\.[ \t])?[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,2})[ \t]+"
                          r"city[ \t]+limits\b")
_VIOLENCE_WORD = re.compile(r"\b(?:shot|shots|shooting|gunfire|fired|killed|wounded|injured)\b", re.I)


def _city_limits_town(gz: Gazetteer, text: str, loc: Location | None, anchor: Anchor | None) -> Location | None:
    """The town whose city limits the story's opening puts the shooting inside ('shot ... on Interstate 81 inside the
    Harrisonburg city limits' under a STAUNTON dateline), when the event's place is another place of that US state.

    Why: 'city limits' names a municipality and says the scene lies in it; the dateline or the road's county is
    only where the story was filed or what it crosses. 'outside'/'beyond the X city limits' names no scene; only a
    sentence about the violence counts, and only a town of the place's (or the dateline's) state."""
    if loc is None or not text:
        return None
    here = gz.places.get(loc.geonameid) if loc.geonameid is not None else None
    if here is not None and here.country_code != "US":
        return None
    state = (here.geonameid if here.kind == "admin1" else here.admin1) if here is not None and here.kind != "country" \
        else (anchor.place.admin1 if anchor is not None and anchor.place.country_code == "US" else None)
    if state is None:
        return None
    window = text[:_SCENE_WINDOW]
    for m in _CITY_LIMITS.finditer(window):
        if fold(m.group("pre")).endswith(("outside", "beyond")):
            continue
        head = max(window.rfind(".", 0, m.start()), window.rfind("\n", 0, m.start())) + 1
        tail = min((i for i in (window.find(". ", m.end()), window.find("\n", m.end())) if i >= 0), default=len(window))
        if not _VIOLENCE_WORD.search(window, head, tail):
            continue
        name = m.group("name")
        forms = {fold(name), fold(_written_out(name) or name)}
        towns = [p for p in _lookup_saint(gz, name) if p.kind == "town" and p.admin1 == state and fold(p.name) in forms]
        if not towns:
            towns = [p for form in forms for p in gz.lookup_postal(form, state) if fold(p.name) in forms] \
                if len(name) >= 4 else []
        if not towns:
            continue
        town = max(towns, key=lambda p: p.population)
        if here is not None and town.geonameid == here.geonameid:
            return None
        return _town_at(gz, towns, name, m.start("name"), m.start("name") + len(name), 0.5, METHOD_CITY_LIMITS)
    return None
