"""Where an event happened: place mentions in a sentence or document (find_places), the place a
trigger's sentence names (_place_for), the country a document is about (_main_country), the place of the dead, a
wider place for a wider toll, and the places that are not where it happened (commemorated, where people came from).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from ..records import Location
from ..records import Span as CharSpan
from ._doc_basics import _continents, _countries, _overlaps, _scope_res, _scope_terms, doc_text

log = logging.getLogger(__name__)

PLACE_METHOD = "crosstally.places.mention.v1"
_PLACE_LABELS = ("GPE", "LOC", "FAC")


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names (the calendar module's English names): never places."""
    import calendar

    names = [*calendar.month_name[1:], *calendar.day_name]
    return frozenset(n.lower() for n in names)


_DISTRICT_AFTER = re.compile(r"[ \t]+district\b(?![ \t]+(?:administration|government|office|offices|council|"
                             r"headquarters|hall|commissioner|officials?)\b)")  # not 'the Yakkasaray district office'
_RESIDENTS_OF = re.compile(r"\b(?:residents|villagers|inhabitants|people|youths)\s+of\s+$")
_TRAILING_FUNCTION_WORD = re.compile(r"\s+(?:of|in|at|and|the)$")


def find_places(sdoc: Doc | Span) -> list[Location]:
    """Every place mention (GPE/LOC/FAC entity), unresolved: the geo stage fills coordinates later."""
    from ..geo._normalise import UNIT_IN_BRACKETS, weapon_follows

    out: list[Location] = []
    full = doc_text(sdoc.doc)
    for ent in sdoc.ents:
        head = _bracketed_place_head(ent)
        if head is not None:
            # 'in Umlazi (eThekwini)' tagged as one organisation: the place the gazetteer lists before the bracket,
            # its unit in the bracket (session 34b)
            out.append(Location(name=head, mention=head, evidence=[CharSpan(ent.start_char, ent.start_char + len(head))],
                                precision=3, method=PLACE_METHOD, confidence=0.6))
            continue
        if ent.label_ not in _PLACE_LABELS and not (ent.label_ == "NORP" and _DISTRICT_AFTER.match(full, ent.end_char)) \
                and not (ent.label_ == "PERSON" and _RESIDENTS_OF.search(full, max(0, ent.start_char - 30), ent.start_char)
                         and _listed(ent.text)) \
                and not (ent.label_ in ("PERSON", "ORG") and UNIT_IN_BRACKETS.match(full, ent.end_char)):
            # ('a village of Nyamagabe district': a name the tagger calls a people is a place before 'district';
            # 'residents of Kamakwie': a name it calls a person's is a place the gazetteer lists after 'residents of')
            # ('Halba (Akkar district)': a name the tagger calls a person's, with its unit in brackets after it)
            continue
        text = ent.text.strip(" ,.'’\"")
        # 'in PD8 of Kabul city' tagged "PD8 of": a function word the tagger swept into the name is no part of it
        cut = _TRAILING_FUNCTION_WORD.search(text)
        if cut is not None:
            text = text[:cut.start()]
        if not text or not any(ch.isupper() for ch in text[:1]):
            continue
        if text.lower() in _calendar_words():
            continue  # "March" tagged GPE: a month, not the Swiss district
        if _in_organisation_name(full, ent.start_char, ent.start_char + len(ent.text.rstrip(" ,.'’\""))):
            continue  # "Lake Chad Monitor recorded ...": who reports, not where it happened
        if _people_word(full, text, ent.start_char + len(ent.text.rstrip(" ,.'’\""))):
            continue  # "shells fired from Kyrgyz positions": a nationality, not a place
        country = text.lower() in _countries()
        end = ent.start_char + len(ent.text.rstrip(" ,.'’\""))
        if cut is not None:
            end = ent.start_char + ent.text.index(text) + len(text)
        if weapon_follows(full, ent.start_char, end):
            continue  # "with Vortex rockets": a weapon system's name, not where it struck
        whole = _hyphen_town(full, ent.start_char, end)
        if whole is not None:  # 'Opa' of 'Opa-locka': the tagger splits a town's lower-case hyphened tail
            text, end = full[ent.start_char:whole], whole
        out.append(
            Location(
                name=text,
                mention=text,
                evidence=[CharSpan(ent.start_char, end)],
                precision=3,
                method=PLACE_METHOD,
                confidence=0.4 if country else 0.6,
            )
        )
    return out + _named_before_town_word(sdoc, full, out)


_BRACKETED_NAME = re.compile(r"(?P<head>[A-Z][\w'\-]+(?: [A-Z][\w'\-]+){0,2}) \((?P<unit>[A-Za-z][\w'\-]+(?: [A-Z][\w'\-]+)"
                             r"{0,2})\)?$")


def _bracketed_place_head(ent: Span) -> str | None:
    """The place of an organisation or person entity that is a listed place with a listed unit in brackets
    ('Kisauni (Mombasa)' tagged as one organisation): the name before the bracket, else None."""
    if ent.label_ not in ("ORG", "PERSON"):
        return None
    m = _BRACKETED_NAME.fullmatch(ent.text.strip())
    if m is None or not _listed(m.group("head")) or not _listed(m.group("unit"), any_name=True):
        return None
    return m.group("head")


# the word after a name that says the name is a settlement's ('on the edge of Kibwezi town', 'a Soweto township')
_TOWN_WORDS_AFTER = frozenset({"town", "township", "village", "city"})


def _named_before_town_word(sdoc: Doc | Span, full: str, found: list[Location]) -> list[Location]:
    """A proper-noun run the tagger left untagged or called a person's, right before 'town' / 'township' /
    'village' / 'city', that the gazetteer knows under that name ('clashes on the edge of Kibwezi town', 'residents
    of a Soweto township'): the settlement word says it is a place (session 34b)."""
    toks = list(sdoc)
    out: list[Location] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.pos_ != "PROPN" or t.ent_type_ not in ("", "PERSON") or not t.text[:1].isupper() \
                or (i > 0 and toks[i - 1].pos_ == "PROPN" and toks[i - 1].ent_type_ == t.ent_type_):
            i += 1
            continue
        k = i
        while k < len(toks) and k - i < 3 and toks[k].pos_ == "PROPN" and toks[k].ent_type_ == t.ent_type_:
            k += 1
        if k < len(toks) and toks[k].lower_ in _TOWN_WORDS_AFTER and toks[k].text.islower():
            start, end = t.idx, toks[k - 1].idx + len(toks[k - 1].text)
            name = full[start:end]
            span = CharSpan(start, end)
            if name.lower() not in _calendar_words() and _listed(name, any_name=True) \
                    and not any(_overlaps(span, q.evidence[0]) for q in found if q.evidence) \
                    and not _in_organisation_name(full, start, end):
                out.append(Location(name=name, mention=name, evidence=[span], precision=3, method=PLACE_METHOD,
                                    confidence=0.5))
        i = max(k, i + 1)
    return out


@lru_cache(maxsize=1)
def _nationality_words() -> frozenset[str]:
    """Folded nationality adjectives and demonyms ('Kyrgyz', 'Tajik', 'Kenyan'): actor_generic.yaml's
    nationalities, gazetteer_extra.yaml's demonyms and country_inference.yaml's adjectives."""
    from ..geo._normalise import fold
    from ..vocab import load_vocab

    words: set[str] = set()
    for name, key in (("actor_generic", "nationalities"), ("gazetteer_extra", "demonyms"),
                      ("country_inference", "adjectives")):
        for ws in (load_vocab(name)["entries"].get(key) or {}).values():
            words.update(fold(str(w)) for w in ws or ())
    return frozenset(words)


_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")


def _people_word(text: str, name: str, end: int) -> bool:
    """'shells fired from Kyrgyz positions', 'Tajik border guards': a nationality adjective before a lower-case noun,
    which the tagger called a place, that the gazetteer lists as no place of that name ('Somali region', 'Turkana
    county' are places and stay)."""
    try:
        from ..geo import get_gazetteer
        from ..geo._normalise import fold

        key = fold(name)
        if key not in _nationality_words() or _NOUN_AFTER.match(text, end) is None:
            return False
        return not any(fold(p.name) == key for p in get_gazetteer().lookup(name))
    except Exception as exc:  # the gazetteer is optional at this stage
        log.debug("nationality lookup failed: %s", exc)
        return False


_HYPHEN_TAIL = re.compile(r"-[a-z]+(?:-[A-Za-z][a-z]*)*\b")


def _hyphen_town(text: str, start: int, end: int) -> int | None:
    """The end of a listed town whose name goes on after a hyphen in lower case ('Opa-locka',
    'Lauderdale-by-the-Sea'), else None ('Kabul-based' names no place)."""
    m = _HYPHEN_TAIL.match(text, end)
    if m is None:
        return None
    try:
        from ..geo import get_gazetteer
        from ..geo._normalise import fold

        whole = text[start:m.end()]
        return m.end() if any(fold(p.name) == fold(whole) for p in get_gazetteer().lookup(whole)) else None
    except Exception as exc:  # the gazetteer is optional at this stage
        log.debug("hyphened town lookup failed: %s", exc)
        return None


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


# "thieves from Kericho West raided Nyakach", "Nairobi's Githurai estate": words before a place the tagger missed,
# read when the tagger found no place in the sentence or only side places (see _sentence_places)
_SIDE_PREPS = ("attacked", "raided", "invaded", "stormed", "'s", "\u2019s")
_UNIT_WORDS = frozenset({"estate", "slum", "neighbourhood", "neighborhood", "village", "area", "market", "location",
                         "ward"})


_NAMED_AT = ("in", "at", "near", "outside")


def _listed(name: str, *, any_name: bool = False) -> bool:
    """Whether the gazetteer lists a place of this very name ('Rushon', which the tagger may call an organisation);
    with ``any_name``, under any of its names ('Mafikeng' found by its newer name, Mahikeng)."""
    try:
        from ..geo import get_gazetteer
        from ..geo._normalise import fold

        places = get_gazetteer().lookup(name)
        return bool(places) if any_name else any(fold(p.name) == fold(name) for p in places)
    except Exception as exc:  # the gazetteer is optional at this stage
        log.debug("place lookup failed: %s", exc)
        return False


# after a name the tagger called a person's: a comma, a bracket or 'by' ('at Parotani by strikers', 'at Al Harsha,
# west of Zawiya'), not a possessive or a title
_NAMED_AT_AFTER = re.compile(r"\s*(?:[,(;.]|by\b)")


def _propn_places(sent: Span, preps: tuple[str, ...] = _PLACE_PREPS, people: bool = False) -> list[Location]:
    """'in Qala-i-Barqi of ...', 'near Runo village': a proper-noun run after a locative preposition. With
    ``people``, also a run after 'in' / 'at' / 'near' / 'outside' that the tagger read as a person's name, or as an
    organisation's when the gazetteer lists the name, where no verb governs the preposition and a comma, a bracket
    or 'by' follows ('a blockade of the road at Parotani by ...', 'detained two men in Rushon;'; 'fired at Kamau'
    is a person)."""
    out: list[Location] = []
    toks = list(sent)
    for i, t in enumerate(toks[:-1]):
        if t.lower_ not in preps:
            continue
        if people and t.lower_ in _NAMED_AT and (i == 0 or toks[i - 1].pos_ not in ("VERB", "AUX")):
            k = i + 1
            tag = toks[i + 1].ent_type_
            while k < len(toks) and k - i <= 3 and toks[k].pos_ == "PROPN" and toks[k].ent_type_ == tag \
                    and tag in ("PERSON", "ORG") and not toks[k].ent_id_:
                k += 1
            span = sent.doc[toks[i + 1].i : toks[k - 1].i + 1]
            if k > i + 1 and (k == len(toks) or toks[k].ent_type_ != tag) \
                    and _NAMED_AT_AFTER.match(doc_text(sent.doc), toks[k - 1].idx + len(toks[k - 1].text)) \
                    and (tag == "PERSON" or _listed(span.text)):
                out.append(Location(name=span.text, mention=span.text,
                                    evidence=[CharSpan(span.start_char, span.end_char)], precision=3,
                                    method=PLACE_METHOD, confidence=0.3))
                continue
        if t.lower_ in ("'s", "\u2019s") and (i == 0 or toks[i - 1].ent_type_ not in ("GPE", "LOC")):
            continue  # a place's possessive ("Nairobi's Githurai estate"), not an office's ("the Sheriff's Department")
        j = i + 1
        while j < len(toks) and toks[j].lower_ == "the":
            j += 1
        k = j
        while k < len(toks) and toks[k].pos_ == "PROPN" and toks[k].ent_type_ not in ("DATE", "TIME", "PERSON", "ORG"):
            k += 1
        if k == j and preps is not _PLACE_PREPS:
            # "Nairobi's Githurai Kimbo estate": the tagger reads the estate's name as a person's; the unit word
            # after the run says it is a place
            while k < len(toks) and toks[k].pos_ == "PROPN" and toks[k].ent_type_ in ("", "PERSON"):
                k += 1
            if k >= len(toks) or toks[k].lower_ not in _UNIT_WORDS:
                k = j
        if k > j:
            span = sent.doc[toks[j].i : toks[k - 1].i + 1]
            if _in_organisation_name(doc_text(sent.doc), span.start_char, span.end_char):
                continue
            end = _hyphen_town(doc_text(sent.doc), span.start_char, span.end_char) or span.end_char  # 'Opa-locka'
            name = doc_text(sent.doc)[span.start_char:end]
            out.append(Location(name=name, mention=name, evidence=[CharSpan(span.start_char, end)],
                                precision=3, method=PLACE_METHOD, confidence=0.35))
    return out


# "the Damascus suburb of Jaramana": the named city only qualifies the suburb ("the Whitehaven neighborhood of
# Memphis" reads the other way round, so only "suburb")
_QUALIFIES_AFTER = re.compile(r"\s+suburbs?\s+of\s+[A-Z]"
                              # "Nairobi's Githurai Kimbo estate": the city's possessive qualifies its estate
                              r"|['\u2019]s\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?i:estate|slum|neighbou?rhood|village)\b")
# "Tartus province", "Kaduna State police": a province named beside a town is not the event's town
_ADMIN_AFTER = re.compile(r"\s*(?:province|provinces|governorate|governorates|state|region|county)\b", re.I)
# "crossing the Massacre river near Dajabon", "came out of Nyungwe forest": a river or forest named after it, and "the
# Lori regional administration", "the Kunduz provincial government": a unit's office; the other place of the
# sentence is where it happened, even one told as where someone was caught ('caught crossing the Massacre river near
# Dajabon'); the feature or the office only when nothing else is named ('the Kainuk river crossing' is at Kainuk)
# (session 33)
# (a capitalised 'Eburu Forest', 'Tana River' is the feature's own name, which ACLED codes as the place)
_FEATURE_OR_OFFICE_AFTER = re.compile(r"\s+(?:(?:rivers?|forests?)(?!\s+(?:crossing|bridge)\b)|(?i:(?:regional|provincial)"
                                      r"\s+(?:administration|government|governor|governor's|office|offices|council|"
                                      r"headquarters|hall)))\b")
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
    r"|(?:arrested|caught|apprehended|captured|booked|jailed)\s+(?:[\w\-]+,?\s+){0,4}?(?:in|at|near))\s+$", re.I)
# "a Dayton man", "18-year-old Santa Maria resident": a home town, not the event's place
_HOME_AFTER = re.compile(r"\s+(?:man|woman|men|women|boy|girl|teen|teenager|resident|residents|native|couple)\b")


@lru_cache(maxsize=1)
def _origin_before() -> re.Pattern[str]:
    """'herders from ', 'a lorry driver from ', 'officers who came from ': people told with their home or base
    (gazetteer_extra ``origin_nouns``), at the end of the text before a place."""
    from ..vocab import load_vocab

    nouns = sorted({str(w) for w in load_vocab("gazetteer_extra")["entries"].get("origin_nouns") or ()}, key=len,
                   reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\s+(?:(?:who|that)\s+(?:had\s+)?"
                      r"(?:came|come|hail(?:ed|s)?|travelled|walked)\s+)?from\s+(?:the\s+)?(?:neighbou?ring\s+)?$",
                      re.I)


# "the defence ministry in Baku said": the seat of an office that speaks
_SPEAKER_SEAT_BEFORE = re.compile(r"\b(?:ministry|government|authorities|officials|office|headquarters|command|"
                                  r"spokes(?:man|woman|person))\s+in\s+$", re.I)
_SAYS_AFTER = re.compile(r"\s+(?:said|says|announced|reported|claimed|stated|confirmed)\b")
# "in Sao Luis (Maranhao)": a unit in brackets right after a place, or after any capitalised name
_BRACKET_GAP = re.compile(r"[ \t]*\([ \t]*")
_BRACKET_AFTER_NAME = re.compile(r"[A-Z][\w'\u2019\u00C0-\u024F\-]*[ \t]*\([ \t]*$")
# 'in Kitale and Kapenguria', 'Nyeri and Kiambu': the second of two places joined by 'and' / 'or' (a bare comma
# is no list: 'Camp Hill, Alabama', 'Huruma, Eldoret' name one place and what holds it)
_CONJUNCT_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+")
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


# "at the border of Baringo and Laikipia counties near Rumuruti": the units a border runs between, when a place follows
_BORDER_BEFORE = re.compile(r"\bborders?\s+(?:of|between)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,2}?"
                            r"(?:(?:and|&)\s+)?$")
_NEAR_AFTER = re.compile(r"[^.;]{0,40}?\b(?:near|at|in)\s+(?:the\s+)?[A-Z]")


def _border_place(text: str, loc: Location) -> bool:
    """'the border of Baringo and Laikipia counties near Rumuruti': a unit the border runs along, with the named place
    after it (ACLED codes the named place; a border told alone keeps its first unit)."""
    before = text[max(0, loc.evidence[0].start - 60):loc.evidence[0].start]
    return _BORDER_BEFORE.search(before) is not None and _NEAR_AFTER.match(text, loc.evidence[0].end) is not None


def _side_place(sent: Span, loc: Location) -> bool:
    """A place the sentence names beside the event's: the people's home ('thieves from Kericho West'), a road's end
    ('the Kitale-Lodwar road'), a city that qualifies its estate ("Nairobi's Githurai estate"), a unit a border
    runs along, where people were taken ('flown to Dushanbe') or the unit in brackets after a name ('Joao Pessoa
    (Paraiba)')."""
    text = doc_text(sent.doc)
    end = loc.evidence[0].end
    before = text[max(0, loc.evidence[0].start - 60):loc.evidence[0].start]
    return (_origin_before().search(before) is not None or _ROAD_AFTER.match(text, end) is not None
            or _QUALIFIES_AFTER.match(text, end) is not None or _border_place(text, loc)
            or _TREATED_OR_CAUGHT_BEFORE.search(before) is not None or _BRACKET_AFTER_NAME.search(before) is not None)


# "in the W park area of Say department": the part a note names beside the place it lies in
_AREA_OF_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:area|zone|sector)\s+of\s+(?:the\s+)?"
                            r"(?P<owner>[A-Z][\w'\u2019\-\u00C0-\u024F]*(?:[ \t][A-Z][\w'\u2019\-\u00C0-\u024F]*)?)")


_AREA_CITY_POP = 100_000  # geo._cities' part-of-a-city size


def _area_owner(sent: Span, loc: Location) -> Location | None:
    """'in the W park area of Say department': the place after 'area of', when the gazetteer lists no place by the
    part's own name and the place is no city of 100,000 (a listed part, 'the Kangemi area of Nairobi', and a part of
    a city, 'an area of Balkh called Pul-e Bangala', are left to the geo stage's part-of-a-city rule)."""
    text = doc_text(sent.doc)
    m = _AREA_OF_AFTER.match(text, loc.evidence[0].end)
    if m is None or m.end() > sent.end_char:
        return None
    try:
        from ..geo import get_gazetteer
        from ..geo._normalise import fold

        gz = get_gazetteer()
        if any(fold(p.name) == fold(loc.name) for p in gz.lookup(loc.name)):
            return None
        owner = m.group("owner")
        found = gz.lookup(owner)
        if not found or any(p.kind == "town" and p.population >= _AREA_CITY_POP for p in found):
            return None
    except Exception as exc:  # the gazetteer is optional at this stage
        log.debug("area owner lookup failed: %s", exc)
        return None
    return Location(name=owner, mention=owner, evidence=[CharSpan(m.start("owner"), m.end("owner"))], precision=3,
                    method=PLACE_METHOD, confidence=loc.confidence)


_BARE_POSSESSIVE = re.compile(r"\b([A-Z][a-z]{3,})s\s+(?=[A-Za-z])(?P<next>[A-Z][\w-]+)?")
_POSSESSIVE_CITY_POP = 100_000


def _bare_possessive_cities(sent: Span) -> list[Location]:
    """'traders from Nairobis Gikomba market': a big city's possessive written without its apostrophe (feeds that
    strip apostrophes), read only in a text with no apostrophe possessive at all and a sentence with no other place.
    The word with its 's' must name no place itself ('Lagos', 'Athens') nor be tagged as an organisation or a people
    ('Hamas police' is not Hama's police) by the knowledge bases' patterns."""
    text = doc_text(sent.doc)
    if "'s " in text or "\u2019s " in text:
        return []
    from ..geo import get_gazetteer
    from ..geo._normalise import fold

    gz = get_gazetteer()
    out: list[Location] = []
    # (a name the knowledge bases' patterns tagged: the statistical tagger also calls "Nairobis Gikomba market" an ORG)
    groups = [(e.start_char, e.end_char) for e in sent.ents if e.label_ in ("ORG", "NORP") and e.ent_id_]
    for m in _BARE_POSSESSIVE.finditer(text, sent.start_char, sent.end_char):
        name = m.group(1)
        if any(fold(p.name) == fold(name + "s") for p in gz.lookup(name + "s")):
            continue
        if any(a <= m.start(1) < b for a, b in groups):
            continue  # "Hamas police": an organisation's name ending in s, not Hama's possessive
        if not any(p.kind in ("town", "admin1") and p.population >= _POSSESSIVE_CITY_POP for p in gz.lookup(name)):
            continue
        nxt = m.group("next")
        if nxt and any(fold(p.name) == fold(nxt) for p in gz.lookup(nxt)):
            # "Nairobis Eastleigh": the listed place the city's possessive qualifies
            out.append(Location(name=nxt, mention=nxt, evidence=[CharSpan(m.start("next"), m.end("next"))],
                                precision=3, method=PLACE_METHOD, confidence=0.35))
        else:
            out.append(Location(name=name, mention=name, evidence=[CharSpan(m.start(1), m.end(1))], precision=3,
                                method=PLACE_METHOD, confidence=0.35))
    return out


def _sentence_places(sent: Span) -> list[Location]:
    """The sentence's tagged places; when each is only a side place, also the proper-noun runs the tagger missed
    after a locative, an attack verb or a city's possessive ('thieves from Kericho West raided Nyakach')."""
    places = find_places(sent)
    if not places:
        return _propn_places(sent, _PLACE_PREPS + _SIDE_PREPS) or _bare_possessive_cities(sent)
    places = [_area_owner(sent, p) or p for p in places]
    if not all(_side_place(sent, p) or p.name.lower() in _countries() for p in places):
        return places
    # every tagged place is a side place or a country ('Kyrgyzstan / Tajikistan: ... fought near the Vorukh enclave')
    extra = [p for p in _propn_places(sent, _PLACE_PREPS + _SIDE_PREPS, people=True)
             if not any(_overlaps(p.evidence[0], q.evidence[0]) for q in places)]
    return places + extra


def _place_for(sents: list[Span], trigger_chars: int, dateline: CharSpan | None = None) -> Location | None:
    """The most specific place in the event's sentences: a non-country place nearest the trigger.

    A dateline place is the reporter's, not the event's: taken only when the sentences name nothing else.
    """
    best: tuple[float, Location, bool] | None = None
    held: Location | None = None
    for rank, sent in enumerate(sents):
        prev: tuple[int, float, bool] | None = None  # the end, score and admin flag of the sentence's last place
        found = _sentence_places(sent)
        # the ends of the sentence's places the gazetteer lists by that very name (a variant spelling, 'Demoso
        # (Kayah)', is left to the geo stage's town-and-unit reading, which keeps the text's spelling)
        ends = [p.evidence[0].end for p in found if _listed(p.name)]
        for loc in found:
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
            admin = admin or _border_place(doc_text(sent.doc), loc)
            # "the defence ministry in Baku said": the seat of who speaks, not where it happened
            admin = admin or (_SPEAKER_SEAT_BEFORE.search(before) is not None
                              and _SAYS_AFTER.match(doc_text(sent.doc), loc.evidence[0].end) is not None)
            # "in Sao Luis (Maranhao)": the unit in brackets after another listed place of the sentence holds it
            admin = admin or any(_BRACKET_GAP.fullmatch(doc_text(sent.doc), e, loc.evidence[0].start) for e in ends
                                 if e < loc.evidence[0].start)
            # "the Damascus suburb of Jaramana": the city qualifies the suburb the sentence names
            admin = admin or _QUALIFIES_AFTER.match(doc_text(sent.doc), loc.evidence[0].end) is not None
            elsewhere = _TREATED_OR_CAUGHT_BEFORE.search(before) is not None \
                or _HOME_AFTER.match(doc_text(sent.doc), loc.evidence[0].end) is not None
            admin = admin or elsewhere
            # "herders from Isiolo clashed with ... at Kipsing": the people's home, not the event's place
            admin = admin or (not country and _origin_before().search(before) is not None)
            located = _after_locative(sent, loc, 4) or _TOWN_OF_BEFORE.search(before) is not None \
                or _PART_OF_BEFORE.search(before) is not None
            feature = _FEATURE_OR_OFFICE_AFTER.match(doc_text(sent.doc), loc.evidence[0].end) is not None
            score = (1_000_000 if country else 0) + (5_000 if admin else 0) + (0 if located else 2_000) + dist \
                + (8_000 if feature else 0)
            gap = doc_text(sent.doc)[prev[0]:loc.evidence[0].start] if prev is not None else ""
            if prev is not None and not prev[2] and prev[1] < 1_000_000 and _CONJUNCT_GAP.fullmatch(gap) \
                    and not country:
                # "in Kitale and Kapenguria": ACLED codes the first place of a list; the second takes the first's
                # distance (plus one) instead of its own, nearer the trigger
                score = max(score, prev[1] + 1)
            prev = (loc.evidence[0].end, score, admin)
            if best is None or score < best[0]:
                best = (score, loc, elsewhere)
    if held is not None and (best is None or best[2]):
        # the dateline's town beats a town where a suspect was only caught or a victim treated ('WATERLOO, Iowa —
        # ... shot ... on the city's east side ... arrested a man, 26, in Cedar Falls')
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


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# 'the Delta city this year', 'the Panhandle town.': a lower-case town word closing the phrase ('the Nairobi city
# centre' goes on)
_KIND_AFTER = re.compile(r"\s+(?:city|town|village|community)(?=\s*[,.;:!?)]|\s+(?:this|last|of|on|in|where|which|"
                         r"that|since|for|and|after|before|when|has|had|was|is)\b)")
_NEAR_BEFORE = re.compile(r"\b(?:near|outside)\s+(?:the\s+)?$", re.I)
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
    text = doc_text(sdoc)
    if _THE_BEFORE.search(text, max(0, loc.evidence[0].start - 6), loc.evidence[0].start) \
            and _KIND_AFTER.match(text, loc.evidence[0].end):
        return True  # 'the third homicide in the Delta city': a region that describes the town named elsewhere
    if loc.name.lower() in _countries() and _FROM_BEFORE.search(doc_text(sdoc)[max(0, loc.evidence[0].start - 12):loc.evidence[0].start]):
        return True  # "raiders from Sudan", "suspected to be from Ethiopia": where the attackers came from
    from ..geo._country import source_mention

    if source_mention(text, loc.evidence[0].start, loc.evidence[0].end):
        return True  # "according to Kigali", "in solidarity with Gaza", "launched by Russia": a source, a cause, an agent
    if _commemorated(sdoc, loc):
        return True
    verb, nouns = _verb_of(sdoc, loc.evidence[0])
    if verb is None:
        return False
    if verb.lemma_.lower() in _scope_terms()["flight_verbs"] and _NEAR_BEFORE.search(
            text, max(0, loc.evidence[0].start - 12), loc.evidence[0].start) is None:
        # ('crossing the river near Dajabon': where the crossing was, not where they went) (session 33)
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
