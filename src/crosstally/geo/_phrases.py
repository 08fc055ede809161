"""Reading place phrases in text: capitalised runs, 'X, Y, Z' mentions, unit tails, streets, city parts.

Why: before a name can be looked up, the text must say where it starts and ends and what it is ('Juja Road' is
a street, 'Howz-e Madad of Zhari district' is a village then its district). Nothing here consults the gazetteer
except to test whether a longer name exists.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Location, Span
from ._index import Gazetteer
from ._normalise import extra_words, fold
from ._words import _demonyms, _extra, _kind_hints, _near_cues

# A run of capitalised words, allowing lower-case articles inside ("Deir ez-Zor", "Dawlat Abad").
_CAPS = re.compile(
    r"(?:\b|(?<=[a-z]))[A-Z\u00C0-\u024F\u1E00-\u1EFF][\w\u2019'\-]*(?:[ \-](?:(?:al|el|ez|ad|as|ar|an|e|de|la|du)[\-\s])?"
    r"[A-Z\u00C0-\u024F\u1E00-\u1EFF][\w\u2019'\-]*){0,3}"
)
_POSSESSIVE = re.compile(r"['’]s$")
_GLUED_POSSESSIVE = re.compile(r"^([A-Z][\w\-]+?)['’]?s\s+(.+)$")
_SPLIT = re.compile(r"\s*[,;(]\s*|\s*\)\s*|\s+in\s+(?=[A-Z])")


def _common_area(phrase: str) -> bool:
    """'the Bay Area', 'the Metro Area': an everyday word before a capitalised 'Area' names a vernacular region,
    not the unit that word alone names elsewhere (Somalia's Bay region). Why: 'area' is cut as a unit word."""
    words = phrase.split()
    return len(words) >= 2 and words[-1] == "Area" and fold(" ".join(words[:-1])) in extra_words("common_words")


def _parse(mention: str) -> tuple[list[str], bool]:
    """Split 'near Watamu, Dabaso, Kilifi' into ['Watamu', 'Dabaso', 'Kilifi'] and near=True (day names dropped)."""
    text = mention.strip()
    near = False
    low = text.casefold()
    for cue in _near_cues():
        if low.startswith(cue + " "):
            near = True
            text = text[len(cue) + 1:].strip()
            low = text.casefold()
            text = re.sub(r"^(?:the\s+)?(?:village|town|city|district|area)\s+of\s+", "", text, flags=re.I)
            break
    text = re.sub(r"^(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+\w+\s+of\s+)", "", text, flags=re.I)
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    parts = [_strip_time(p.strip(" .")) for p in _SPLIT.split(text) if p and p.strip(" .")]
    # 'Qadis district center': the district's seat, a town (ACLED codes the town), not the unit as a whole
    parts = [_DISTRICT_CENTRE.sub(" town", p) for p in parts]
    # 'Howz-e Madad of Zhari district': the village, then the district it is in
    parts = [q for p in parts for q in _of_unit(p)]
    # 'Ballyjamesduff, County' cut from 'Ballyjamesduff, County Cavan': a unit word alone names nothing
    return [p for p in parts if p and fold(p) not in extra_words("english_admin_words") and not _common_area(p)], near


_DISTRICT_CENTRE = re.compile(r"\s+district\s+cent(?:er|re)$", re.I)
_OF_UNIT = re.compile(r"^([A-Z].*?)\s+of\s+((?:the\s+)?[A-Z][^,]*\s(?:district|province|county|governorate))$", re.I)


def _of_unit(part: str) -> tuple[str, ...]:
    m = _OF_UNIT.match(part)
    return (m.group(1), m.group(2)) if m else (part,)


# Mention expansion: the words around an extracted place mention that say which unit it is in.
_NAME_WORD = r"[A-Z\u00C0-\u024F][\w\u2019'\-]*"
_LINK = r"(?:-(?:e|i|ye|ul|al|el)(?=[\s,.]))?"
_NAME = rf"{_NAME_WORD}{_LINK}(?:[ \-](?:(?:e|ye|al|el|ul|de|la|wa|o)[ \-])?{_NAME_WORD}{_LINK}){{0,3}}"
_KIND_WORDS = (r"(?:district|districts|province|provinces|county|counties|sub-?county|division|location|"
               r"sub-?location|ward|constituency|estate|village|villages|town|city|area|areas|region|territory|territories|"
               r"governorate|neighbou?rhood|camp|settlement|market|centre|center|district center|"
               r"district centre|city center|city centre|state|department)")
_TAIL = re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?(?P<kind>(?:{_KIND_WORDS}\b\s*){{0,2}})", re.I)
_NEXT = re.compile(rf"\A\s*(?P<conj>,|\bof\b|\bin\b|,\s*in\b|,?\s*\band\b)\s*(?:the\s+)?(?P<name>{_NAME})", re.S)
_LEFT_WORD = re.compile(rf"(?:(?<=\s)|^)({_NAME_WORD})(?:\s(?:al|el|an|ad|ar|as|at|az|ash|ez|ed|es|et|ul))?(?:\s|-)$")
_NOT_PLACE_WORDS = frozenset({"in", "on", "at", "the", "of", "near", "and", "from", "to", "by", "a", "an",
                              "reported", "according", "a.m", "p.m"})


def _strip_time(name: str) -> str:
    """'Mombasa Monday' → 'Mombasa': day and month names glued after a place are not part of it."""
    words = name.split(" ")
    while words and fold(words[-1]) in extra_words("time_words"):
        words.pop()
    return " ".join(words)


def expand_mention(text: str, start: int, end: int, *, max_parts: int = 4) -> str:
    """'Kanda' in '...near the Kanda area of Adraskan district, Herat.' → 'Kanda area, Adraskan district, Herat'.

    Why: extraction hands over the shortest name; the unit words and containers that follow it in the
    text (ACLED notes and news alike) are what disambiguate it and tell a district from a town.
    """
    if not (0 <= start < end <= len(text)):
        return text[start:end] if 0 <= start < end else ""
    # Widen left over capitalised words glued to the mention ("Nahri Saraj", "Dawlat Abad").
    while True:
        m = _LEFT_WORD.search(text[max(0, start - 40):start])
        if not m or m.group(1).casefold() in _NOT_PLACE_WORDS or _is_sentence_start(text, start - len(m.group(0))):
            break
        start = start - len(m.group(0))
    # Widen right over the rest of a multi-word name ("Shirin Tagab", "Karez-e Now").
    m = re.match(rf"(?:{_LINK})(?:[ \-](?:(?:e|ye|wa)[ \-])?{_NAME_WORD}{_LINK}){{0,3}}", text[end:])
    if m and m.group(0):
        words = [w for w in re.split(r"[ \-]", m.group(0)) if w]
        if not any(w.casefold() in _NOT_PLACE_WORDS for w in words):
            end += len(m.group(0))
    parts: list[str] = []
    name = text[start:end]
    conj = False
    pos = end
    for _ in range(max_parts):
        tail = _TAIL.match(text, pos)
        kind = tail.group("kind").strip() if tail else ""
        if not conj:
            parts.append(f"{name} {kind}".strip() if kind else name)
        if tail:
            pos = tail.end()
        if "\n" in text[end:pos]:
            break
        nxt = _NEXT.match(text[pos:pos + 80])
        if not nxt:
            break
        name = _strip_time(nxt.group("name"))
        if not name:
            break
        conj = nxt.group("conj").strip().endswith("and")  # "X and Y districts": Y is a sibling, no container
        if name.casefold() in _NOT_PLACE_WORDS or fold(name) in extra_words("common_words"):
            break
        if _AGENCY_AFTER.match(text, pos + nxt.end("name")):
            break  # 'in Gentilly, New Orleans police said': the force that speaks, no container of the place
        pos += nxt.end()
    return ", ".join(parts)


_AGENCY_AFTER = re.compile(r"[ \t]+(?:police|deputies|sheriff|officers|detectives|authorities|officials)\b", re.I)


_INNER = re.compile(rf"(?P<name>{_NAME})\s+(?:\([^()\n]{{1,30}}\)\s+)?(?i:district|village|area|town|city|sub-?\s?county|"
                    rf"neighbou?rhood|constituency|division|location|sub-?location|ward|estate)"
                    rf"(?:\s+(?:of|in)\s+(?:the\s+)?|\s*,\s*)$")


def _inner_span(text: str, start: int, end: int) -> tuple[int, int]:
    """'Nad Ali' when extraction handed over 'Helmand' from 'Nad Ali district of Helmand province' (or
    'Mohammad Agha district, Logar', 'Andar (Shalgar) district, Ghazni'): the inner unit is the event's place."""
    base = max(0, start - 80)
    m = _INNER.search(text[base:start])
    if m is None and _UNIT_WORD.search(text[start:end + 16]):
        m = _TOWN_COMMA.search(text[base:start])  # 'in Djibo, Soum province': the town before its unit
        if m is None:  # 'Residents of Kinangop in Nyandarua county': the place inside the named unit
            m = _PLACE_IN_UNIT.search(text[base:start])
    if m is None or fold(m.group("name")) in extra_words("common_words"):
        return start, end
    return base + m.start("name"), base + m.end("name")


_TOWN_COMMA = re.compile(rf"\b(?:in|near|at|outside)\s+(?:the\s+)?(?P<name>{_NAME})\s*,\s*$")
_PLACE_IN_UNIT = re.compile(rf"\b(?:of|in|at|near|from)\s+(?:the\s+)?(?P<name>{_NAME})\s+in\s+(?:the\s+)?"
                            r"(?:[A-Z][\w\-]+['’]s\s+)?$")  # 'near Elwak in Kenya's Mandera county'
_UNIT_WORD = re.compile(r"^[\w'\- ]*?\b(?:province|governorate|district|county|region|prefecture|department|"
                        r"constituency)\b", re.I)


_NAME_AFTER = re.compile(r"[ \-](?P<rest>[A-Z][a-z][\w'\-]*(?:[ \-][A-Z][a-z][\w'\-]*){0,2})")


def _longer_name(gz: Gazetteer, text: str, loc: Location, found: Location | None) -> Span | None:
    """The span of a longer proper name a state or country mention starts ('Vermont Knolls', 'Florence-Firestone'),
    when that whole name is no place the gazetteer knows and no street; else None.

    Why: extraction's entity can stop inside a neighbourhood's name, and its first word alone then reads as a
    state or a country a thousand miles away; the unknown longer name is better handled as an unlisted place.
    """
    if found is None or found.geonameid is None or not loc.evidence:
        return None
    place = gz.places.get(found.geonameid)
    if place is None or place.kind not in ("admin1", "country"):
        return None
    span = loc.evidence[0]
    if fold(text[span.start:span.end]) != fold(place.name) and fold(text[span.start:span.end]) != fold(gz.label(place)):
        return None
    m = _NAME_AFTER.match(text, span.end)
    if m is None:
        return None
    words = [fold(w) for w in re.split(r"[ \-]", m.group("rest"))]
    if any(w in extra_words("street_words") or w in extra_words("time_words") or w in extra_words("common_words") or w in _kind_hints() for w in words):
        return None
    if not re.search(r"\bin\s+$", text[max(0, span.start - 12):span.start]):
        return None  # only a place told as such ('shot in Vermont Knolls'): not 'Kenya Police', 'at Ohio Walmart'
    whole = text[span.start:m.end()]
    if gz.lookup(whole) or any(w in extra_words("neighbourhood_words") for w in words):
        return None
    return Span(span.start, m.end())


def _near_prefix(text: str, start: int) -> str:
    """'near ' when a near-cue ('near', 'outskirts of', '10 km north of') ends right before the mention."""
    before = fold(text[max(0, start - 30):start])
    for cue in _near_cues():
        if before.endswith(" " + cue) or before == cue or before.endswith(" " + cue + " the"):
            return "near "
    return ""


def _is_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?:\n"


def _kind_hint(part: str) -> str | None:
    words = fold(part).split()
    hints = _kind_hints()
    for w in reversed(words):
        if w in hints:
            return hints[w]
    return None


_NAME_WORD_RE = re.compile(r"^(?:[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]*)*|al|el|e|ye|wa|de|la|of)$")


def _plain_name(part: str) -> str | None:
    """'Basuba location' → 'Basuba', 'Majengo area' → 'Majengo': a proper name without its unit words, or None.

    Why: a village the gazetteer lacks keeps its own name (ACLED codes the village) when the text says which
    unit it lies in; words glued by scraping ('DeputiesRichland'), dates and common words are no names.
    """
    if _common_area(part.removeprefix("the ")):
        return None
    words = part.split()
    while len(words) > 1 and (words[-1].islower() or words[-1].casefold() in _kind_hints()):
        words.pop()
    if not words or len(words) > 4 or words[0].islower():
        return None
    if any(not _NAME_WORD_RE.match(w) for w in words) or any(fold(w) in extra_words("time_words") for w in words):
        return None
    name = " ".join(words)
    if len(name) < 3 or fold(name) in extra_words("common_words") or name in _demonyms():
        return None
    return name


_AFTER_WORD = re.compile(r"\s+(?:and\s+[A-Z][\w'\-]*(?:\s[A-Z][\w'\-]*)?\s+)?(?P<word>[A-Za-z]+)\b")


def _ends_in_street_word(mention: str) -> bool:
    """'Vermont Avenue', 'Dartmouth Drive': the mention itself ends in a capitalised street word."""
    words = mention.split()
    return len(words) > 1 and fold(words[-1]) in extra_words("street_words") and words[-1][:1].isupper()


def _is_street(text: str, start: int, end: int, mention: str) -> bool:
    """'Vermont Avenue', 'Concord and Market streets', 'Dartmouth Drive': a street named like a town.

    A capitalised street word after the name (or ending it), or a plural one after 'X and Y'; a lower-case
    'road' after a place ('the Lafey-Elwak road') is a road between places, not a street name.
    """
    if _ends_in_street_word(mention):
        return True
    m = _AFTER_WORD.match(text, end)
    if m is None or fold(m.group("word")) not in extra_words("street_words"):
        return False
    word = m.group("word")
    return word[:1].isupper() or (" and " in m.group(0) and word.endswith("s"))


@lru_cache(maxsize=1)
def _in_qualified_town() -> re.Pattern[str]:
    """'in south suburban Dolton', 'near Harvey', 'on the outskirts of Marawi': a town after a locative and up to two
    qualifier words."""
    words = sorted({str(w) for w in (_extra().get("compass_words") or ())}
                   | {str(w) for w in (_extra().get("town_qualifiers") or ())}, key=len, reverse=True)
    qual = "|".join(re.escape(w) for w in words) or "(?!x)x"
    compass = "|".join(re.escape(str(w)) for w in _extra().get("compass_words") or ()) or "(?!x)x"
    return re.compile(r"\b(?:(?:in|near|outside)\s+(?:the\s+)?(?:(?:" + qual + r")\s+){0,2}|(?:" + compass
                      + r")\s+of\s+|(?:town|city|village|outskirts|suburbs?)\s+of\s+)(?P<name>[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+){0,2})")


_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w'\-]+\s+){0,2}$", re.I)


def _city_part(text: str, start: int, end: int) -> bool:
    """'the Kensington section', 'the Austin neighborhood': a name between 'the' and a word for a part of a city
    (data/gazetteer_extra.yaml ``city_part_words``) names a part of the story's city, not a town of that name.

    Why: under a dateline city, local news names its neighbourhoods so; the gazetteer's town of the same name lies
    elsewhere (Kensington, Md.; Austin, Texas)."""
    m = _AFTER_WORD.match(text, end)
    if m is None or " and " in m.group(0) or fold(m.group("word")) not in extra_words("city_part_words"):
        return False
    return _THE_BEFORE.search(text, max(0, start - 40), start) is not None


def _glued_left(text: str, start: int) -> bool:
    """Whether a capitalised word (with an article: 'Maarat al-') is glued before the mention at ``start``."""
    left = _LEFT_WORD.search(text[max(0, start - 40):start])
    return left is not None and left.group(1).casefold() not in _NOT_PLACE_WORDS \
        and not _is_sentence_start(text, start - len(left.group(0)))


_NUMBERED = re.compile(r" \d{1,4}\b")
_LEFT_TOKENS = re.compile(r"([\w'\u2019.]+)([ \-])$")
_NAME_LINKS = frozenset({"da", "de", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "los", "las", "al",
                         "el", "ad", "ar", "as", "an", "ez", "ul", "sur", "upon"})
# lower-case words that end a listed natural place's name ('Boni forest' for Boni Forest, Lamu)
_FEATURE_TAILS = frozenset({"forest", "hills", "valley", "reserve"})


_RIGHT_TOKEN = re.compile(r"(?:[ \-]|['\u2019]s )([\w'\u2019]+)")


def _right_longer(gz: Gazetteer, text: str, start: int, end: int) -> Span | None:
    """The span of a longer town or district name that starts with the mention at ``start:end`` ('Amarante do
    Maranhao' around 'Amarante'), when the gazetteer lists a place of exactly that whole name; else None.

    Why: the entity tagger can stop a several-word town at its first word or at a linking particle, and the first
    word alone is often another town of the same country (Amarante, Piaui); the whole name the text writes is the
    place, as with :func:`_left_longer`. A longer name inside the place the first word names ('Turkana South', a
    sub-county of Turkana) is left alone.
    """
    best = None
    pos = end
    short = {p.geonameid for p in gz.lookup(text[start:end])}
    linked = False
    for _ in range(3):
        m = _RIGHT_TOKEN.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        feature = word in _FEATURE_TAILS
        if not (word[:1].isupper() or word.casefold() in _NAME_LINKS or feature) \
                or word.casefold() in _NOT_PLACE_WORDS:
            break
        # "Moi's Bridge", 'Santa Cruz de la Sierra': a possessive or a particle makes one name of the words
        linked = linked or word.casefold() in _NAME_LINKS or m.group(0)[:1] in "'\u2019"
        pos = m.end()
        whole = text[start:pos]
        longer = [p for p in gz.lookup(whole) if p.kind in ("town", "admin2") and fold(p.name) == fold(whole)]
        # (a part of the place the first word names, 'Turkana South' of Turkana, is no other place: the text's
        # own unit stays as extraction read it; a town whose name runs on with a particle is its own place,
        # whatever province its first words name: Santa Cruz de la Sierra, in Santa Cruz)
        if (word[:1].isupper() or feature) and longer \
                and (linked or not any(short & set(gz.ancestors(p)) for p in longer)):
            best = Span(start, pos)
        if feature:
            break
    return best


def _left_longer(gz: Gazetteer, text: str, start: int, end: int) -> Span | None:
    """The span of a longer town or district name that ends with the mention at ``start:end`` ('Mocimboa da Praia'
    around 'Praia'), when the gazetteer lists that whole name; else None.

    Why: the entity tagger can keep only the last word of a several-word town, and that word alone is often
    another country's town or province (Praia, Cabo Verde); the whole name the text writes is the place.
    """
    words: list[int] = []  # start offsets of the words before the mention, nearest first
    pos = start
    for _ in range(3):
        m = _LEFT_TOKENS.search(text, max(0, pos - 40), pos)
        if m is None or m.end() != pos:
            break
        words.append(m.start(1))
        pos = m.start(1)
    best = None
    for first in words:
        head = text[first:start].split()[0] if text[first:start].split() else ""
        if not head[:1].isupper() or head.casefold() in _NOT_PLACE_WORDS:
            continue
        inner = [w for w in re.split(r"[ \-]", text[first:start]) if w]
        if any(not w[:1].isupper() and w.casefold() not in _NAME_LINKS for w in inner) \
                or any(w.casefold() in _NOT_PLACE_WORDS for w in inner):
            continue
        if any(p.kind in ("town", "admin2") for p in gz.lookup(text[first:end])):
            best = Span(first, end)
    return best
