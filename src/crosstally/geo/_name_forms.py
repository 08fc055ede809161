"""The forms a place name is written in: short titles written out ('St. Paul' is 'Saint Paul'), a big city's other
transliterations ('Al-Fashir' for 'El Fasher'), a county told by its whole name ('Delaware County').

Why: the document's context scan (``_context``), the namesake scores (``_namesakes``) and the county, US and
document rules all read these forms; they live below all of them so that the context, which the rules take as
an argument, imports none of the rules.
"""

from __future__ import annotations

import re

from ._index import Gazetteer, Place
from ._normalise import fold, variant_key

_CONTEXT_MIN_POP = 50_000  # a town this big counts as a mention of its country in the document's context

_SPELLING_MIN_POP = 100_000  # a city this big is named in many transliterations ('Al-Fashir' = 'El Fasher')


def _big_town_spelling(place: Place, phrase: str, *, initial: bool = False) -> bool:
    """Another transliteration of a big city's own name ('Al-Fashir' for 'El Fasher'): as good as its name.

    Why: a document about Darfur that writes only 'Al-Fashir' must still count for Sudan; the alternate
    names of small towns stay out (too many are common words or names elsewhere). A single English word that
    is capitalised only because it starts a sentence (``initial``: 'Grenade attack', 'Model students') is no
    spelling of Granada or Model Town; mid-sentence capitals ('the Jersey Shore') still count.
    """
    if place.population < _SPELLING_MIN_POP or len(phrase) < 5:
        return False
    if variant_key(phrase) != variant_key(place.name):
        return False
    if not initial or " " in phrase.strip():
        return True
    from ..nlp import is_english_word

    return not is_english_word(phrase.strip())


_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”(\n—–]|\s-)\s*$")


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a headline or a quote (its capital says nothing)."""
    return _SENTENCE_END.search(text[max(0, start - 12):start]) is not None


_SHORT_TITLE = re.compile(r"^(?:(?P<st>St)|(?P<ste>Ste)|(?P<ft>Ft)|(?P<mt>Mt))\.?\s+(?=[A-Z])")
_TITLE_WRITTEN_OUT = {"st": "Saint ", "ste": "Sainte ", "ft": "Fort ", "mt": "Mount "}


_INNER_TITLE = re.compile(r"^(?P<pre>[A-Z][a-z]+\s+)(?:St|Ste|Ft|Mt)\.?\s+[A-Z]")


def _written_out(name: str) -> str | None:
    """'St Andrew' → 'Saint Andrew', 'Ft. Worth' → 'Fort Worth'; None when the name opens with no short title."""
    m = _SHORT_TITLE.match(name)
    return None if m is None else _TITLE_WRITTEN_OUT[m.lastgroup or "st"] + name[m.end():]


def _lookup_saint(gz: Gazetteer, name: str) -> list[Place]:
    """``gz.lookup``, where 'St Andrew' is also every 'Saint Andrew' (GeoNames files the short form for one only)."""
    exact = gz.lookup(name)
    saint = _written_out(name)
    inner = _INNER_TITLE.match(name) if saint is None else None
    if inner is not None:  # 'West St. Paul' is Minnesota's 'West Saint Paul' too
        saint = inner.group("pre") + (_written_out(name[inner.end("pre"):]) or "")
    if saint is None:
        return exact
    ids = {p.geonameid for p in exact}
    return exact + [p for p in gz.lookup(saint) if p.geonameid not in ids and fold(p.name) == fold(saint)]


def _county_phrase(gz: Gazetteer, part: str) -> bool:
    """'Delaware County', 'Washington Parish': a county the gazetteer lists by that whole name."""
    words = part.split()
    if len(words) < 2 or words[-1].lower() not in ("county", "parish"):
        return False
    return any(p.kind == "admin2" and fold(p.name) == fold(part) for p in gz.lookup(part))
