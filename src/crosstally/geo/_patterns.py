"""spaCy EntityRuler patterns for places: countries and admin1 units worldwide, towns of focus countries."""

from __future__ import annotations

from functools import lru_cache

from ..vocab import load_vocab
from ._index import get_gazetteer
from ._normalise import fold

MAX_PATTERNS = 30_000


@lru_cache(maxsize=1)
def entity_patterns() -> list[dict]:
    """EntityRuler patterns (label GPE, or LOC for regions; id = geonameid as a string).

    Phrase patterns with the GeoNames name, its English label and an unaccented form, so 'Ţarţūs'
    and 'Tartus' are both tagged. Towns are limited to the focus countries in gazetteer_extra.
    """
    gz = get_gazetteer()
    extra = load_vocab("gazetteer_extra")["entries"]
    focus = extra.get("pattern_countries") or {}
    common = {str(w).casefold() for w in extra.get("common_words") or ()}
    seen: set[tuple[str, str]] = set()
    out: list[dict] = []

    from spacy.lang.en.stop_words import STOP_WORDS

    def emit(text: str, gid: int, label: str = "GPE") -> None:
        text = text.strip()
        if len(text) < 3 or not text[0].isupper() or text.casefold() in STOP_WORDS or text.casefold() in common \
                or (text, str(gid)) in seen:
            return
        seen.add((text, str(gid)))
        out.append({"label": label, "pattern": text, "id": str(gid)})

    def forms(name: str) -> list[str]:
        plain = fold(name)
        titled = " ".join(w if w in ("al", "el", "ar", "as", "ad") else w.capitalize() for w in plain.split())
        return [name, titled] if titled != name else [name]

    places = sorted(gz.places.values(), key=lambda p: -p.population)
    for p in places:
        if p.kind in ("country", "admin1"):
            for n in dict.fromkeys((p.name, gz.label(p))):  # (ordered: the same pattern list in every process)
                for f in forms(n):
                    emit(f, p.geonameid)
    for p in places:
        if len(out) >= MAX_PATTERNS:
            break
        min_pop = focus.get(p.country_code)
        if p.kind == "town" and min_pop is not None and p.population >= int(min_pop):
            for f in forms(p.name):
                emit(f, p.geonameid)
    return out[:MAX_PATTERNS]
