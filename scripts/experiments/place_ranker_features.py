"""A learned chooser among the places a note names: which one is the event's location (an experiment, not wired).

Why: the place rules of many rounds fit the notes they were written on and moved the held-back sets little. This
module gives every geocoded place of a note (the pipeline's own ``Extraction.places`` plus the rules' final
choice) a set of general features (no place names: where and how the note names it, what kind of place it is, how
it sits with the other places) and scores them with a small logistic regression whose weights are JSON
(``scripts/experiments/train_place_ranker.py --write FILE``; no weights ship, no pickle). The rules' choice is one candidate and
one feature. Tried, not shipped: the candidates hold the right place in only ~3 more Kenya 2013-2015 notes in 100
than the rules already get, and the ranker did not beat the rules; the script's docstring has the figures.
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

from crosstally.records import Location

_LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "inside", "within"})
_SMALL_UNITS = ("area", "areas", "village", "villages", "location", "ward", "estate", "slum", "market", "centre",
                "center", "town", "trading", "sub-location", "neighbourhood", "neighborhood", "camp", "city")
_BIG_UNITS = ("district", "districts", "county", "counties", "province", "provinces", "sub-county", "subcounty",
              "division", "constituency", "region", "state", "governorate")
_UNIT_AFTER = re.compile(r"\s+(?P<w>[A-Za-z\-]+)")
_CONTAINER_AFTER = re.compile(r"(?:\s+(?:[a-z\-]+\s+){0,2}?(?:of|in)\s+|\s*,\s*)(?:the\s+)?(?=[A-Z])")
_PAREN = re.compile(r"\(([^()]{0,120})\)")
_ROAD_AFTER = re.compile(r"(?:\s*[-\u2013/]\s*[A-Z][\w'\u2019]*)?\s+(?i:road|highway|rd)\b")
_FROM_BEFORE = re.compile(r"\b(?:from|of)\s+(?:the\s+)?$", re.I)
_TO_BEFORE = re.compile(r"\b(?:to|towards|hospital\s+in|hospital\s+at)\s+(?:the\s+)?$", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
_NOTE_TAIL = re.compile(r"\b(?:fatalities\s+coded|coded\s+as|reported\s+\d|\bsource)", re.I)
KINDS = ("town", "admin2", "admin1", "country", "none")


@dataclass(slots=True)
class Candidate:
    """One place a note names, resolved, with where the note names it and the features the model reads."""

    location: Location
    kind: str
    population: int
    admin1_id: int | None
    is_rules: bool = False
    features: dict[str, float] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern[str]:
    """The event trigger lemmas of data/event_triggers.yaml, matched as word starts ('clash' in 'clashed')."""
    from crosstally.vocab import load_vocab

    words = sorted({str(w).split()[0] for w in load_vocab("event_triggers")["entries"]["triggers"]}, key=len,
                   reverse=True)
    words += ["kill", "shot", "shoot", "attack", "injur", "wound", "protest", "demonstrat"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*", re.I)


def _same(a: Location, b: Location) -> bool:
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return (a.name or "").casefold() == (b.name or "").casefold()
    return (a.name or "").casefold() == (b.name or "").casefold() and _km(a, b) < 1.0


def _km(a: Location, b: Location) -> float:
    from math import asin, cos, radians, sin, sqrt

    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return float("inf")
    p1, p2 = radians(a.lat), radians(b.lat)
    h = sin((p2 - p1) / 2) ** 2 + cos(p1) * cos(p2) * sin(radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0 * asin(min(1.0, sqrt(h)))


def build_candidates(rules: Location | None, places: list[Location], kinds: dict[int, tuple[str, int, int | None]]
                     ) -> list[Candidate]:
    """The rules' choice and every resolved place of the note, one candidate each (the same place merged).

    ``kinds`` maps a geonameid to its gazetteer kind, population and admin1 id (see :func:`gazetteer_kinds`).
    """
    out: list[Candidate] = []

    def add(loc: Location, is_rules: bool) -> None:
        if loc.lat is None or loc.lon is None:
            return
        for c in out:
            if _same(c.location, loc):
                c.is_rules = c.is_rules or is_rules
                if not is_rules:
                    c.location.evidence = sorted({(s.start, s.end): s for s in [*c.location.evidence,
                                                                               *loc.evidence]}.values(),
                                                 key=lambda s: s.start)
                return
        kind, pop, a1 = kinds.get(loc.geonameid, ("none", 0, None)) if loc.geonameid is not None \
            else ("none", 0, None)
        out.append(Candidate(location=loc, kind=kind, population=pop, admin1_id=a1, is_rules=is_rules))

    if rules is not None:
        add(rules, True)
    for p in places:
        add(p, False)
    return out


def gazetteer_kinds(locs: list[Location | None]) -> dict[int, tuple[str, int, int | None]]:
    """Kind, population and admin1 id of each location's gazetteer entry."""
    from crosstally.geo._index import get_gazetteer

    gz = get_gazetteer()
    out: dict[int, tuple[str, int, int | None]] = {}
    for loc in locs:
        if loc is not None and loc.geonameid is not None and loc.geonameid in gz.places:
            p = gz.places[loc.geonameid]
            out[loc.geonameid] = (p.kind, p.population, p.admin1)
    return out


def _words_before(text: str, start: int, n: int) -> list[str]:
    return re.findall(r"[A-Za-z'\-]+", text[max(0, start - 50):start].lower())[-n:]


def featurise(text: str, cands: list[Candidate], rules_confidence: float = 0.0) -> None:
    """Fill each candidate's features from the text around its mentions and from the other candidates."""
    n = max(1, len(text))
    sent_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    tail = _NOTE_TAIL.search(text)
    tail_at = tail.start() if tail else n
    parens = [(m.start(), m.end()) for m in _PAREN.finditer(text)]
    triggers = [m.start() for m in _trigger_re().finditer(text)]
    firsts = sorted((c.location.evidence[0].start if c.location.evidence else n) for c in cands)
    admin1_named = {c.location.geonameid for c in cands if c.kind == "admin1"}
    admin1_names = {(c.location.name or "").casefold() for c in cands if c.kind == "admin1"}
    admin2_named = {c.location.geonameid for c in cands if c.kind == "admin2"}
    for c in cands:
        loc, spans = c.location, c.location.evidence
        f: dict[str, float] = {"bias": 1.0, "rules": float(c.is_rules),
                               "rules_conf": rules_confidence if c.is_rules else 0.0}
        for k in KINDS:
            f[f"kind_{k}"] = float(c.kind == k)
        f["log_pop"] = math.log10(1 + c.population) / 7 if c.kind == "town" else 0.0
        f["precision1"] = float(loc.precision == 1)
        f["unmentioned"] = float(not spans)
        f["n_mentions"] = min(len(spans), 4) / 4
        if spans:
            s0 = spans[0].start
            f["pos"] = s0 / n
            f["order"] = min(firsts.index(s0), 4) / 4 if s0 in firsts else 1.0
            f["first"] = float(firsts and s0 == firsts[0])
            f["sentence"] = min(sum(1 for st in sent_starts if st <= s0) - 1, 3) / 3
            f["in_tail"] = float(s0 >= tail_at)
            f["paren"] = float(any(a < s0 < b for a, b in parens))
            words = [w for sp in spans for w in _words_before(text, sp.start, 3)]
            last = [_words_before(text, sp.start, 1) for sp in spans]
            f["locative3"] = float(bool(set(words) & _LOCATIVE))
            f["locative1"] = float(any(w and w[0] in _LOCATIVE for w in last))
            f["of_before"] = float(any(w and w[0] == "of" for w in last))
            f["along_before"] = float(any(w and w[0] in ("along", "on") for w in last))
            f["from_before"] = float(any(_FROM_BEFORE.search(text[max(0, sp.start - 12):sp.start])
                                         and not (w and w[0] == "of") for sp, w in zip(spans, last, strict=True)))
            f["to_before"] = float(any(_TO_BEFORE.search(text[max(0, sp.start - 20):sp.start]) for sp in spans))
            unit = [_UNIT_AFTER.match(text, sp.end) for sp in spans]
            uw = [m.group("w").lower() for m in unit if m]
            f["small_unit_after"] = float(any(w in _SMALL_UNITS for w in uw))
            f["big_unit_after"] = float(any(w in _BIG_UNITS for w in uw))
            f["road_after"] = float(any(_ROAD_AFTER.match(text, sp.end) for sp in spans))
            f["container_after"] = float(any(_CONTAINER_AFTER.match(text, sp.end) for sp in spans))
            # "X village in Y county", "X, Y": a place another candidate qualifies right after it
            f["qualified"] = float(any(o is not c and o.location.evidence and any(
                0 <= o.location.evidence[0].start - sp.end <= 40 and _CONTAINER_AFTER.match(
                    text[sp.end:o.location.evidence[0].start] + "X") for sp in spans)
                for o in cands if o.kind != "town" or o.population > c.population))
            # ... and the Y: a candidate that qualifies another named right before it
            f["qualifier"] = float(any(o is not c and o.location.evidence and any(
                0 <= sp.start - ov.end <= 40 and _CONTAINER_AFTER.match(text[ov.end:sp.start] + "X")
                for sp in spans for ov in o.location.evidence) for o in cands))
            near = min((abs(t - sp.start) for t in triggers for sp in spans), default=500)
            f["trigger_near"] = max(0.0, 1 - near / 200)
        else:
            for k in ("pos", "order", "sentence"):
                f[k] = 1.0
        others = [o for o in cands if o is not c]
        dists = [_km(loc, o.location) for o in others]
        dists = [d for d in dists if d < float("inf")]
        f["n_cands"] = min(len(cands), 6) / 6
        f["alone"] = float(not others)
        f["near_others"] = sum(1 for d in dists if d <= 25) / max(1, len(dists))
        f["mean_km"] = (math.log10(1 + sum(dists) / len(dists)) / 3) if dists else 0.0
        # a place the gazetteer lacks still carries its admin1's name
        f["in_named_admin1"] = float(c.kind != "admin1" and (
            (c.admin1_id is not None and c.admin1_id in admin1_named)
            or (loc.admin1 or "").casefold() in admin1_names))
        f["contains_other"] = float(c.kind in ("admin1", "admin2") and any(
            o.admin1_id == loc.geonameid or (c.kind == "admin1" and o.kind != "admin1"
                                             and (o.location.admin1 or "").casefold() == (loc.name or "").casefold())
            for o in others) or loc.geonameid in admin2_named and any(o.kind == "town" for o in others))
        f["is_admin_named"] = float(c.kind in ("admin1", "admin2"))
        c.features = f


def feature_names() -> list[str]:
    """The features, in the order the weights are stored."""
    return ["bias", "rules", "rules_conf", *[f"kind_{k}" for k in KINDS], "log_pop", "precision1", "unmentioned",
            "n_mentions", "pos", "order", "first", "sentence", "in_tail", "paren", "locative3", "locative1",
            "of_before", "along_before", "from_before", "to_before", "small_unit_after", "big_unit_after",
            "road_after", "container_after", "qualified", "qualifier", "trigger_near", "n_cands", "alone",
            "near_others", "mean_km", "in_named_admin1", "contains_other", "is_admin_named"]


def vector(c: Candidate) -> list[float]:
    """The candidate's features in :func:`feature_names` order (missing ones 0)."""
    return [float(c.features.get(k, 0.0)) for k in feature_names()]


def load_model(path: str | Path) -> dict[str, Any]:
    """Weights the script wrote: {"features": [...], "coef": [...], "intercept": float, "margin": float}."""
    p = Path(path)
    raw = gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
    model = json.loads(raw)
    if model.get("features") != feature_names():
        raise ValueError(f"{p}: its features are not this module's; retrain with scripts/experiments/train_place_ranker.py")
    return model


def probability(c: Candidate, model: dict[str, Any]) -> float:
    """The model's probability that this candidate is the event's place."""
    z = float(model["intercept"]) + sum(w * x for w, x in zip(model["coef"], vector(c), strict=True))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def choose(text: str, rules: Location | None, places: list[Location], model: dict[str, Any],
           *, margin: float | None = None) -> Location | None:
    """The rules' place unless the ranker prefers another by ``margin`` (the model's own by default): the rules
    stay the default, the model only overrides them where it is much surer."""
    cands = build_candidates(rules, places, gazetteer_kinds([rules, *places]))
    if not cands:
        return rules
    featurise(text, cands, rules.confidence if rules is not None else 0.0)
    scored = sorted(((probability(c, model), c) for c in cands), key=lambda t: -t[0])
    best_p, best = scored[0]
    rules_p = next((p for p, c in scored if c.is_rules), 0.0)
    m = float(model.get("margin", 1.0)) if margin is None else margin
    if rules is None or best.is_rules or best_p - rules_p < m:
        return rules
    return best.location
