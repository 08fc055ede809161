"""A claim's profile: one event claim reduced to what linking compares (dates, place, type, actors, toll,
wording, people, names, weapon, parts of a town), read from the report's own sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import Event, Extraction, Location
from ._names import _norm_cached, norm_name
from ._people import people_of
from ._recall import inside, own_text, recalled_clauses
from ._subplaces import lead_of, subplaces_of
from ._types import ClaimProfile

# ACLED's six event types fall into three families that may describe the same incident
# (a "clash" in one report is an "attack on civilians" in another); the families never mix.
_FAMILY = {
    "battles": "violence",
    "explosions/remote violence": "violence",
    "violence against civilians": "violence",
    "protests": "demonstrations",
    "riots": "demonstrations",
    "strategic developments": "strategic",
}

MAX_TEXT = 400  # characters of a claim's own sentences compared as its wording


def family_of(event_type: str) -> str:
    """The event-type family used for blocking ("violence", "demonstrations", "strategic", "other")."""
    return _FAMILY.get(event_type.strip().casefold(), "other")


def source_of(ext: Extraction) -> str:
    """The outlet a document speaks for: its source, else its site, else its id."""
    d = ext.document
    return d.source or d.site_name or d.id


def _killed(ev: Event, recalled: Sequence[tuple[int, int]] = ()) -> int | None:
    """The claim's toll; a toll told only in a clause that recalls another incident ("a day after a bombing that
    killed nine") is that incident's, not this one's."""
    counts = [c for c in ev.counts if c.kind == "killed"]
    own = [c for c in counts if not (recalled and c.evidence
                                     and all(inside(sp.start, sp.end, recalled) for sp in c.evidence))]
    if ev.fatalities.low is not None:
        if len(own) < len(counts) and ev.fatalities.low not in {c.low for c in own}:
            return max(c.low for c in own) if own else None
        return ev.fatalities.low
    vals = [c.low for c in own]
    return max(vals) if vals else None


# a run of capitalised words ("El Fasher", "Maru", "GUSAU", "Al-Fashir"), possessive cut ("Sudan's"), and the
# number that ends a place's name ("Cota 905", "Kilometre 42"; not a year); a number alone is no name
_CAP_RUN = re.compile(r"\b[A-Z][\w\-]*(?:'s)?(?: [A-Z][\w\-]*(?:'s)?)*(?: \d{1,3}\b(?![.,:]\d))?")
MAX_NAMES = 64


def names_of(ext: Extraction, recalled: Sequence[tuple[int, int]] = ()) -> tuple[str, ...]:
    """Every place-like name the report writes, normalised: the geocoded places and their provinces, and each
    run of capitalised words (up to three words of it), so that a report filed under its dateline town or
    geocoded to the wrong country can still be matched by the place it names ("Maru", "Konduga", "Borno").
    Names written only in ``recalled`` clauses (another incident the report recalls) are left out."""
    found: dict[str, None] = {}
    for loc in ext.places:
        if recalled and loc.evidence and all(inside(sp.start, sp.end, recalled) for sp in loc.evidence):
            continue
        for n in (loc.name, loc.mention, loc.admin2, *(loc.admin1 or "").split(";")):
            if (k := norm_name(n)) and len(found) < MAX_NAMES:
                found.setdefault(k, None)
    text = ext.document.text[:20_000]
    for m in _CAP_RUN.finditer(own_text(text, 0, len(text), recalled) if recalled else text):
        words = [w[:-2] if w.endswith("'s") else w for w in m.group(0).split()]
        for n in range(min(3, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                if words[i][0].isdigit():
                    continue
                if (k := _norm_cached(" ".join(words[i:i + n]))) and len(found) < MAX_NAMES:
                    found.setdefault(k, None)
        if len(found) >= MAX_NAMES:
            break
    return tuple(found)


WEAPON_CONFIDENCE = 0.8  # below this the sub-event type is the classifier's guess, not the report's word
_EXPLOSIONS = "explosions/remote violence"


def weapon_of(ext: Extraction, ev: Event) -> str:
    """The sub-event type of an explosion claim when the report's own sentence tells it ("shells", "drone struck")
    and the extractor is confident; else "". Outlets of one incident may word the weapon differently, but a
    confident shelling and a confident drone strike in one city a day apart are two incidents (El Fasher's market
    and Abu Shouk camp)."""
    if ev.event_type.strip().casefold() != _EXPLOSIONS or ev.confidence < WEAPON_CONFIDENCE or not ev.trigger:
        return ""
    own = " ".join(ext.document.text[s.start:s.end] for s in ev.evidence).casefold()
    return ev.sub_event_type if ev.trigger.casefold() in own else ""


def _named_by_outlet(ext: Extraction, loc: Location) -> bool:
    """Every span the place was read from lies inside the outlet's own name as the text writes it ("Sahel
    Civilians Watch", "Rights Forum Bangladesh"): an organisation's name, not the incident's place."""
    source = ext.document.source
    if not source or not loc.evidence or len(source) < 4:
        return False
    text = ext.document.text.casefold()
    needle = source.casefold()
    spans: list[tuple[int, int]] = []
    at = text.find(needle)
    while at >= 0 and len(spans) < 16:
        spans.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return bool(spans) and all(any(a <= sp.start and sp.end <= b for a, b in spans) for sp in loc.evidence)


# a wire's dateline at the top of the text: "BOGOTA, July 16 (Andes Wire) -", "KAYA (Sahel Dispatch) -"
_DATELINE_TAIL = re.compile(r"\s*(?:,\s*[A-Z][a-z]{2,9}\.? \d{1,2}\b|\(|[-\u2013\u2014]{1,2}\s)")
DATELINE_CONFIDENCE = 0.5  # at or above this the geocoder found the place in the story too


def _dateline_only(ext: Extraction, loc: Location) -> bool:
    """The place was read, weakly, only from the dateline, and the story never names it again nor a capital: a
    wire files from its bureau in the capital about an incident elsewhere ("BOGOTA, July 16 - ... in southwestern
    Colombia"). A story that names its dateline town again ("in the Nkwen neighbourhood of Bamenda") or "Haiti's
    capital" keeps it."""
    if loc.confidence >= DATELINE_CONFIDENCE or not loc.evidence:
        return False
    text = ext.document.text
    rest = text.casefold()
    for sp in loc.evidence:
        word = text[sp.start:sp.end]
        if text[:sp.start].strip() or not word.isupper() or not _DATELINE_TAIL.match(text, sp.end):
            return False
        if word.casefold() in rest[sp.end:] or "capital" in rest:
            return False
    return True


def profile(ext: Extraction, ev: Event) -> ClaimProfile:
    """Reduce one event claim to what linking compares."""
    doc = ext.document
    pub = doc.published.toordinal() if doc.published else None
    if ev.date is not None:
        start, end, dprec = ev.date.start.toordinal(), ev.date.end.toordinal(), ev.date.precision
        if end < start:
            start, end = end, start
    elif pub is not None:  # undated claim: "recently", before publication
        start, end, dprec = pub - 7, pub, 3
    else:
        start = end = None
        dprec = 3
    loc = ev.location
    country = admin1 = admin2 = place = area = None
    gid = lat = lon = None
    lprec, level = 3, 0
    if loc is not None and (_named_by_outlet(ext, loc) or _dateline_only(ext, loc)):
        # the place is read from the outlet's own name ("Sahel Civilians Watch condemns...") or, weakly, only from
        # a wire's dateline ("BOGOTA, July 16 (Andes Wire) - ... in southwestern Colombia"): where the outlet
        # works or files from, not where the incident was; the claim keeps only its country
        country = area = norm_name(loc.country or loc.country_code)
        loc = None
    if loc is not None:
        country = norm_name(loc.country or loc.country_code)
        admin1 = ";".join(n for p in (loc.admin1 or "").split(";") if (n := norm_name(p))) or None
        admin2 = norm_name(loc.admin2)
        lprec = loc.precision
        lat, lon, gid = loc.lat, loc.lon, loc.geonameid
        name = area = norm_name(loc.name)
        if lprec <= 2 and name and name not in (admin1, admin2, country):
            place, level = name, 3
        elif admin2 and (lprec <= 2 or name == admin2):
            level = 2
        elif admin1 and ";" in admin1:
            level = 0  # a region over several provinces ("Syrian coast": Latakia; Tartus): coarser than each
        elif admin1:
            level = 1
        if level < 3:
            gid = None  # a province's id says nothing about the town
    actors = tuple(sorted({n for a in ev.actors if a.role in ("actor1", "assoc_actor_1")
                           if (n := norm_name(a.name or a.mention))}))
    # the report's main claim is read from its own sentences: clauses that recall another incident are cut
    recalled = recalled_clauses(doc.text) if ev.index == 0 else ()
    text = " ".join(" ".join(own_text(doc.text, s.start, s.end, recalled).split())
                    for s in ev.evidence)[:MAX_TEXT] or ev.trigger
    return ClaimProfile(
        doc_id=doc.id, index=ev.index, source=source_of(ext), published=pub, start=start, end=end,
        date_precision=dprec, family=family_of(ev.event_type), event_type=ev.event_type, country=country,
        admin1=admin1, admin2=admin2, place=place, area=area, geonameid=gid, lat=lat, lon=lon, loc_precision=lprec,
        level=level, actors=actors, killed=_killed(ev, recalled), text=text, people=people_of(ext, ev),
        names=names_of(ext, recalled), place_confidence=loc.confidence if loc is not None else 0.0, weapon=weapon_of(ext, ev),
        subplaces=subplaces_of(ext, ev, recalled), lead=lead_of(ext, recalled) if ev.index == 0 else "",
    )
