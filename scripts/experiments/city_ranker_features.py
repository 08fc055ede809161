"""A learned chooser among the towns an article names: candidates, features and a small logistic model.

Why: the city rules (``_geocode``, ``_sentences``, ``_document``, ``_us`` ...) were written on the rows they are
scored on, and GVDB's city accuracy fell from dev to test. This module asks a different question: of the places
the article itself names (the rules' own choice among them), which is the incident's town? Features are general
(position, counts, the words around a mention, population, agreement with the article's state), never town names.

It is an experiment (``scripts/experiments/train_city_ranker.py`` trains and measures it). Tried, not shipped: it did not beat the
rules on GVDB dev (see the script's docstring for the figures), so the pipeline does not call it and no weights
ship; ``load_weights`` / ``choose`` read a model written by the script's ``--weights``.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from crosstally.geo._context import GeoContext, document_country
from crosstally.geo._datelines import _Anchors
from crosstally.geo._document import _person_surnames
from crosstally.geo._index import Gazetteer, Place, get_gazetteer
from crosstally.geo._location import to_location
from crosstally.geo._name import geocode_name
from crosstally.geo._normalise import extra_words, fold
from crosstally.records import Extraction, Location

WEIGHTS_PATH = Path(__file__).with_name("city_ranker.json")

# Title Case runs of one to four words ('Santa Ana', 'St. Louis', 'Fort Worth'): the article's capitalised mentions.
# A period ends a run except after St./Ft./Mt. ('He died in Belvidere. Tyler had ...' is two runs).
_CAPS_WORD = r"(?:(?:St|Ft|Mt|Ste)\.|[A-Z][\w'\-]+)"
_CAPS_RUN = re.compile(r"(?<![\w.])" + _CAPS_WORD + r"(?:[ \t]+(?:" + _CAPS_WORD + r"|(?:de|del|la|du)(?!\w))){0,3}")
_SENT_END = re.compile(r"[.!?]\s+(?=[A-Z\"'])|\n+")
_PREP = re.compile(r"\b(?:in|at|near|outside|inside|of)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$",
                   re.I)
_IN_AT = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+"
                    r"|suburban\s+|nearby\s+|downtown\s+|north\w*\s+|south\w*\s+|east\s+|west\s+)?$", re.I)
_STREET = re.compile(r"\b(?:street|st\.|avenue|ave\.?|road|rd\.|boulevard|blvd\.?|drive|dr\.|lane|highway|"
                     r"interstate|block|parkway|court|place|way)\b", re.I)
_POLICE_AFTER = re.compile(r"^(?:'s)?\s+(?:police|police department|sheriff|county sheriff|fire|officers?|pd\b)",
                           re.I)
_POLICE_BEFORE = re.compile(r"\b(?:police|officers|sheriff'?s?(?: office| deputies)?|detectives)\s+(?:in|of)\s+$",
                            re.I)
_HOME = re.compile(r"\b(?:native of|grew up|home ?town|lived in|lives in|resident of|residents? |born in|moved to|"
                   r"vigil|funeral|memorial|buried|family in|from)\b", re.I)
_ELSEWHERE = re.compile(r"\b(?:hospital|medical center|trauma|taken to|transported to|flown to|airlifted|court|"
                        r"jail|arraigned|booked|arrested in|extradited|prison|headquarters)\b", re.I)
_VIOLENCE = re.compile(r"\b(?:shot|shoot\w*|gunfire|gunman|gunmen|killed|slain|wounded|fired|stabb\w*|homicide|"
                       r"murder\w*|died|dead)\b", re.I)
_HEAD_CHARS = 300
_BIG = 250_000
_SUBURB_KM = 40.0
# a Title Case run that starts with one of these is a sentence's first word, not a town ('The', 'Man', 'Police')
_FUNCTION_WORDS = frozenset({"the", "a", "an", "man", "woman", "police", "officers", "he", "she", "they", "it", "his",
                             "her", "this", "that", "when", "after", "before", "on", "in", "at", "but", "and"})

FEATURES: tuple[str, ...] = (
    "bias", "is_rule", "is_rule_fallback", "rule_conf", "is_dateline", "is_outlet", "in_pair", "log_mentions",
    "top_mentions", "mention_share", "first_pos", "is_first", "in_head", "in_first_sentence", "after_in_at",
    "after_prep", "near_street", "near_police", "home_context", "elsewhere_context", "violence_sentence",
    "log_pop", "big_city", "is_town", "is_admin2", "is_admin1", "unlisted", "state_share", "same_state_as_rule",
    "country_main", "near_rule_km", "mean_km_log", "in_context", "n_candidates_log",
    "src_mention", "src_context", "src_caps_only", "anchor_big", "rule_in_my_area", "rule_unlisted_here",
)


@dataclass
class Candidate:
    """One place the article names, as a Location the pipeline could report, with its features."""

    location: Location
    place: Place | None
    sources: set[str] = field(default_factory=set)
    features: dict[str, float] = field(default_factory=dict)


def _key(loc: Location) -> str:
    return f"g{loc.geonameid}" if loc.geonameid is not None else f"n{fold(loc.name)}"


def _mentions(text: str, forms: set[str]) -> list[tuple[int, int]]:
    """Every span where one of ``forms`` is written as a whole word (case-sensitive: 'Mobile', not 'mobile')."""
    spans: set[tuple[int, int]] = set()
    for form in forms:
        form = form.strip()
        if len(form) < 3:
            continue
        for m in re.finditer(r"(?<![\w])" + re.escape(form) + r"(?![\w])", text):
            spans.add((m.start(), m.end()))
    return sorted(spans)


def candidates(extraction: Extraction, gz: Gazetteer | None = None) -> list[Candidate]:
    """The towns (and the rules' choice, whatever it is) an extracted article names, features filled in.

    Sources: the rules' location of the first event, every place mention the pipeline geocoded
    (``extraction.places``), the dateline / 'Town, State' / outlet anchors, the context's big towns, and every
    other Title Case run that the geocoder resolves to a town in the document's main country.
    """
    gz = gz or get_gazetteer()
    text = extraction.document.text or ""
    ctx = GeoContext.from_text(text, gz, country=document_country(extraction.document))
    out: dict[str, Candidate] = {}

    def add(loc: Location | None, source: str) -> None:
        if loc is None or not loc.name:
            return
        place = gz.places.get(loc.geonameid) if loc.geonameid is not None else None
        if source != "rule" and (place is None or place.kind != "town"):
            return
        k = _key(loc)
        if k not in out:
            out[k] = Candidate(location=loc, place=place)
        out[k].sources.add(source)

    rule = extraction.events[0].location if extraction.events else None
    add(rule, "rule")
    for loc in extraction.places:
        add(loc, "mention")
    anchors = _Anchors.find(gz, text, ctx)
    if anchors.main is not None:
        loc = anchors.location(gz)
        add(loc, anchors.main.kind if anchors.main.kind in ("dateline", "outlet") else "pair")
    for a in anchors.pairs:
        loc = to_location(gz, a.place, mention=a.place.name, confidence=0.5)
        add(loc, "pair")
    main = ctx.main_country
    surnames = _person_surnames(text)  # 'Dorian Tyler, 31': no mention of Tyler, Texas
    for gid in ctx.places:
        p = gz.places.get(gid)
        if p is not None and p.kind == "town" and p.country_code == main and fold(p.name) not in surnames:
            add(to_location(gz, p, mention=p.name, confidence=0.3), "context")
    seen: set[str] = {fold(c.location.mention or c.location.name) for c in out.values()}
    skip = surnames | extra_words("common_words")
    for m in _CAPS_RUN.finditer(text):
        phrase = m.group(0).rstrip(".")
        if fold(phrase) in seen or fold(phrase) in skip or fold(phrase.split()[0]) in _FUNCTION_WORDS:
            continue
        seen.add(fold(phrase))
        if not any(p.kind == "town" and p.country_code == main for p in gz.lookup(phrase)):
            continue
        loc = geocode_name(phrase, ctx)
        if loc is not None and loc.country_code == main:
            add(loc, "caps")
    cands = list(out.values())
    _fill_features(text, cands, ctx, gz, rule, anchors)
    return cands


def _fill_features(text: str, cands: list[Candidate], ctx: GeoContext, gz: Gazetteer, rule: Location | None,
                   anchors: _Anchors) -> None:
    n = max(len(text), 1)
    first_sentence_end = next((m.start() for m in _SENT_END.finditer(text, 40)), n)
    head_end = min(n, _HEAD_CHARS)
    rule_place = gz.places.get(rule.geonameid) if rule is not None and rule.geonameid is not None else None
    spans_of: list[list[tuple[int, int]]] = []
    for c in cands:
        forms = {c.location.name, c.location.mention}
        if c.place is not None:
            forms.add(c.place.name)
        spans = _mentions(text, {f for f in forms if f})
        spans += [(s.start, s.end) for s in c.location.evidence if (s.start, s.end) not in spans]
        spans_of.append(sorted(set(spans)))
    counts = [len(s) for s in spans_of]
    total = sum(counts) or 1
    firsts = [s[0][0] if s else n for s in spans_of]
    top = max(counts, default=0)
    earliest = min(firsts, default=n)
    for c, spans, cnt, first in zip(cands, spans_of, counts, firsts, strict=True):
        f = c.features
        p = c.place
        f["bias"] = 1.0
        f["is_rule"] = float("rule" in c.sources)
        fallback = rule is not None and ("document_place" in rule.method or "dateline" in rule.method
                                         or "town_in_state" in rule.method or rule.confidence < 0.4)
        f["is_rule_fallback"] = float("rule" in c.sources and fallback)
        f["rule_conf"] = float(rule.confidence) if "rule" in c.sources and rule is not None else 0.0
        f["is_dateline"] = float("dateline" in c.sources)
        f["is_outlet"] = float("outlet" in c.sources)
        f["in_pair"] = float("pair" in c.sources)
        f["log_mentions"] = math.log1p(cnt)
        f["top_mentions"] = float(cnt == top and cnt > 0)
        f["mention_share"] = cnt / total
        f["first_pos"] = first / n
        f["is_first"] = float(first == earliest)
        f["in_head"] = float(first < head_end)
        f["in_first_sentence"] = float(first < first_sentence_end)
        f["after_in_at"] = float(any(_IN_AT.search(text, max(0, a - 40), a) for a, _ in spans))
        f["after_prep"] = float(any(_PREP.search(text, max(0, a - 30), a) for a, _ in spans))
        f["near_street"] = float(any(_STREET.search(text[max(0, a - 60):b + 60]) for a, b in spans))
        f["near_police"] = float(any(_POLICE_AFTER.match(text[b:b + 30]) or _POLICE_BEFORE.search(
            text, max(0, a - 40), a) for a, b in spans))
        f["home_context"] = float(bool(spans) and all(_HOME.search(text[max(0, a - 50):b + 20]) for a, b in spans))
        f["elsewhere_context"] = float(bool(spans) and all(_ELSEWHERE.search(text[max(0, a - 60):b + 30])
                                                           for a, b in spans))
        f["violence_sentence"] = float(any(_VIOLENCE.search(_sentence(text, a, b)) for a, b in spans))
        pop = p.population if p is not None else 0
        f["log_pop"] = math.log10(pop + 1) / 7
        f["big_city"] = float(pop >= 250_000)
        f["is_town"] = float(p is not None and p.kind == "town")
        f["is_admin2"] = float(p is not None and p.kind == "admin2")
        f["is_admin1"] = float(p is not None and p.kind in ("admin1", "country"))
        f["unlisted"] = float(p is None)
        f["state_share"] = ctx.admin1_share(p.admin1) if p is not None else 0.0
        f["same_state_as_rule"] = float(p is not None and rule_place is not None and (
            p.admin1 == rule_place.admin1 or p.admin1 == rule_place.geonameid))
        f["country_main"] = float((c.location.country_code or "") == (ctx.main_country or "-"))
        others = [q.place for q in cands if q is not c and q.place is not None and q.place.lat is not None]
        if p is not None and p.lat is not None and rule_place is not None and rule_place.lat is not None:
            f["near_rule_km"] = math.log1p(_km(p, rule_place)) / 10
        else:
            f["near_rule_km"] = 1.0
        if p is not None and p.lat is not None and others:
            f["mean_km_log"] = sum(math.log1p(_km(p, q)) for q in others) / len(others) / 10
        else:
            f["mean_km_log"] = 1.0
        f["in_context"] = float(p is not None and p.geonameid in ctx.places)
        f["n_candidates_log"] = math.log1p(len(cands)) / 3
        f["src_mention"] = float("mention" in c.sources)
        f["src_context"] = float("context" in c.sources)
        f["src_caps_only"] = float(c.sources == {"caps"})
        anchor = bool(c.sources & {"dateline", "outlet", "pair"})
        f["anchor_big"] = float(anchor and pop >= _BIG)
        # a big city whose suburb or part the rules chose: local news often codes the city itself
        f["rule_in_my_area"] = float("rule" not in c.sources and pop >= _BIG and rule is not None and (
            (rule_place is not None and p is not None and rule_place.lat is not None
             and _km(p, rule_place) < _SUBURB_KM)
            or (rule_place is None and rule.lat is not None and p is not None and p.lat is not None
                and abs(rule.lat - p.lat) < 0.3 and abs((rule.lon or 0) - (p.lon or 0)) < 0.3)))
        f["rule_unlisted_here"] = float("rule" in c.sources and p is None)


def _sentence(text: str, a: int, b: int) -> str:
    start = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a), 0)
    stop = min((i for i in (text.find(". ", b), text.find("\n", b)) if i >= 0), default=len(text))
    return text[start:stop]


def _km(a: Place, b: Place) -> float:
    from crosstally.geo._anchor import km

    d = km(a, b)
    return d if math.isfinite(d) else 20000.0


def vector(c: Candidate) -> list[float]:
    """The candidate's features in the order of :data:`FEATURES` (the shipped weights' order)."""
    return [float(c.features.get(name, 0.0)) for name in FEATURES]


@lru_cache(maxsize=1)
def load_weights(path: Path | None = None) -> dict[str, Any] | None:
    """The shipped model (feature names, weights, margin), or None when none is shipped."""
    path = path or WEIGHTS_PATH
    for p in (path, path.with_suffix(".json.gz")):
        if p.exists():
            opener = gzip.open if p.suffix == ".gz" else open
            with opener(p, "rt", encoding="utf-8") as fh:
                return json.load(fh)
    return None


def score(c: Candidate, model: dict[str, Any]) -> float:
    """The model's probability that ``c`` is the incident's town."""
    w = model["weights"]
    z = sum(w.get(name, 0.0) * v for name, v in c.features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def choose(cands: list[Candidate], model: dict[str, Any], margin: float | None = None) -> Candidate | None:
    """The candidate the model prefers, or the rules' own choice unless the model's best beats it by ``margin``."""
    if not cands:
        return None
    margin = float(model.get("margin", 0.0)) if margin is None else margin
    scored = sorted(((score(c, model), i) for i, c in enumerate(cands)), reverse=True)
    best = cands[scored[0][1]]
    rule = next((c for c in cands if "rule" in c.sources), None)
    if rule is None:
        return best
    return best if scored[0][0] - score(rule, model) >= margin else rule


__all__ = ["FEATURES", "Candidate", "candidates", "choose", "load_weights", "score", "vector"]
