"""Document relevance: does this text report a protest, riot, political-violence or armed-conflict event?

Event triggers fire on ordinary crime, court and political news ("killed", "attack", "arrested"); ACLED and
GLOCON code none of those. A news story that does report such an event often tells it in one or two
sentences among many (a march mentioned in a budget story), so the model reads *sentences*: a linear model
(TF-IDF word 1-2-grams + char_wb 3-5-grams → logistic regression), trained by ``scripts/train_relevance.py``
on GLOCON's annotated event sentences (dev half) plus ACLED notes, scores every sentence, and the document's
relevance is the mean of its two best sentences (the best one in a short note). Weights are gzip'd JSON (no pickle), in the event
classifier's format, read once per process.

The pipeline calls :func:`decide` with the document's events: keep them when the probability reaches the
``keep`` threshold, or when it reaches the lower ``exempt`` threshold and one event is a shooting or stabbing (a
count of people killed or injured, or an attack, clash or remote-violence event, whose evidence names a firearm or
a blade, or any event told as an arrest or charge for a shooting; a fresh event with a toll under a lead that names
a weapon, told in a bail or arraignment story too; never fiction, sport, policy debates, obituaries; cues in
``data/relevance_cues.yaml``): crime, not conflict, but the Gun Violence Database (and users) want it kept. A shooting told in a sentence about
court proceedings (a trial, bail, a sentence) is a court report, not the report of an event, and earns no exemption.

Two relevance *profiles* (the policy ``CROSSTALLY_RELEVANCE``): ``auto`` (the default, "all violence") keeps
shooting crime as above; ``political`` is for users studying contentious politics (GLOCON's definition: protest
and political violence, ordinary crime excluded): the model alone at its own ``political`` threshold, chosen by
cross-validation on GLOCON dev for that decision. GLOCON and GVDB disagree on crime, so no single rule serves both.
When ``models/relevance_political.json`` is present, the ``political`` profile reads a blend instead
(:func:`political_relevance`): the sentence model's probability averaged with a small document model over about
25 general features (:func:`political_features`: sentences naming a collective actor and a contentious action,
crowd control, political violence, crime, courts, markets, sport, and the types of the events our extract stage
found), whose weight and threshold were chosen by nested cross-validation on GLOCON dev. Few, general features
overfit a few dozen positives less than 50,000 n-grams do.

Under ``auto``, a monitor's note (at most three sentences, 700 characters: ACLED's style) that the relevance model
rejects keeps its events when the event classifier, trained on such notes, gives it an event probability of at
least ``note_keep.min_event_probability`` (:func:`note_event_probability`; ``data/relevance_cues.yaml``).
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..records import Event
from ._model import _Model

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "models" / "relevance.json.gz"
POLITICAL_MODEL_PATH = MODEL_PATH.with_name("relevance_political.json")
METHOD = "crosstally.relevance.sentences.v2"
RELEVANT = "relevant"
# Thresholds used when the weights carry none (they normally do: chosen on GLOCON dev, see the header).
_DEFAULT_THRESHOLDS = {"keep": 0.5, "exempt": 0.05, "political": 0.5}
POLITICAL = "political"  # the policy (profile) for contentious politics: no exemption for shooting crime
_MAX_CHARS = 20_000  # the model reads the start of a long text: the event is told first in news
_MIN_SENTENCE = 20  # shorter pieces are datelines, bylines and debris
_TOP = 2  # the document's score is the mean of its best _TOP sentences ...
_SHORT = 3  # ... or its best one when it has no more than _SHORT
_DEFAULT_DATE_METHOD = "crosstally.dates.published"  # a date read from nothing but the publication day
_LEAD = 3  # sentences of the lead
_SPLIT = re.compile(r"(?<=[.!?])[\"\u201d']?\s+(?=[\"\u201c']?[A-Z0-9])")


def sentences(text: str) -> list[str]:
    """The pieces the model scores: a plain regex sentence split of the text's start (the same in training).

    No spaCy here: training and the pipeline must cut sentences the same way, and this is cheap.
    """
    out = [s for s in _SPLIT.split(text[:_MAX_CHARS]) if len(s) > _MIN_SENTENCE]
    return out or [text[:2000]]


@lru_cache(maxsize=1)
def _load() -> tuple[_Model, dict[str, float]]:
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    model = _Model(data)
    if [a for a, _ in model.labels] != ["not relevant", RELEVANT]:
        raise ValueError(f"relevance weights have classes {model.labels}, expected not relevant / relevant")
    thresholds = {**_DEFAULT_THRESHOLDS, **{k: float(v) for k, v in data["header"].get("thresholds", {}).items()}}
    return model, thresholds


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    from ..vocab import load_vocab

    e = load_vocab("relevance_cues")["entries"]
    weapon = re.compile(r"\b(?:" + "|".join([*e["firearm"], *(e.get("blade") or [])]) + r")\b", re.IGNORECASE)
    court = re.compile(r"\b(?:" + "|".join(e.get("court_proceedings") or ["(?!x)x"]) + r")\b", re.IGNORECASE)
    return (frozenset(e["exempt_event_types"]), frozenset(e["casualty_kinds"]), frozenset(e["violent_event_types"]),
            weapon, court)


@lru_cache(maxsize=1)
def _report_cues() -> tuple[re.Pattern[str], re.Pattern[str], int, int]:
    """(words of a text that mentions violence without reporting it, words of the late stages of a prosecution,
    most days from the act to publication of a fresh report, least of a recalled one)."""
    from ..vocab import load_vocab

    e = load_vocab("relevance_cues")["entries"]
    def words(key: str) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(e.get(key) or ["(?!x)x"]) + r")\b", re.IGNORECASE)

    fresh = e.get("fresh_report") or {}
    return (words("not_event_report"), words("late_proceedings"), int(fresh.get("max_days", -1)),
            int(fresh.get("stale_days", 10**6)))


@lru_cache(maxsize=1)
def _note_rule() -> tuple[int, int, float]:
    """(most sentences, most characters, least event probability) of a note the event classifier may keep."""
    from ..vocab import load_vocab

    spec = load_vocab("relevance_cues")["entries"].get("note_keep") or {}
    return (int(spec.get("max_sentences", 0)), int(spec.get("max_chars", 0)),
            float(spec.get("min_event_probability", 2.0)))


@lru_cache(maxsize=1)
def _killing_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(marks of a killing on the dead found, marks of an accident) from ``data/relevance_cues.yaml``."""
    from ..vocab import load_vocab

    e = load_vocab("relevance_cues")["entries"]
    def words(key: str) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(e.get(key) or ["(?!x)x"]) + r")\b", re.IGNORECASE)

    return words("killing_marks"), words("accident_marks")


def found_killed(text: str, events: Sequence[Event]) -> bool:
    """An event with people dead, in a text that tells the marks of a killing on them and no accident.

    Why: the relevance model learnt violence from weapon words; the dead found bound or dumped in a river carry
    none, yet they are a killing (ACLED: violence against civilians by an unidentified group)."""
    marks, accident = _killing_marks()
    return (any(c.kind == "killed" and (c.low or 0) > 0 for e in events for c in e.counts)
            and bool(marks.search(text)) and not accident.search(text))


def note_event_probability(text: str) -> float | None:
    """The event classifier's probability that a note-style text reports an event (1 - p(No event)); None for a
    longer text or when the classifier is absent.

    Why: a monitor's note (ACLED's style: one event in one to three sentences) is written to report one event, and
    the event classifier, trained on such notes, reads its wording better than the sentence relevance model, which
    learnt news; the relevance model alone rejected notes that report events (a road blocked, a chief shot).
    """
    most_sents, most_chars, _ = _note_rule()
    if not text.strip() or len(text) > most_chars or len(sentences(text)) > most_sents:
        return None
    from . import _model

    if not _model.available():
        return None
    labels, probs = _model.predict_proba([text])
    return 1.0 - float(sum(probs[0, i] for i, (etype, _) in enumerate(labels) if etype == _model.NO_EVENT))


@lru_cache(maxsize=1)
def _arrest_for_shooting() -> re.Pattern[str]:
    from ..vocab import load_vocab

    words = load_vocab("relevance_cues")["entries"].get("arrest_for_shooting") or ["(?!x)x"]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def available() -> bool:
    """Whether the shipped weights are present and load (the pipeline skips the filter otherwise)."""
    try:
        _load()
    except (OSError, ValueError, KeyError):
        return False
    return True


def header() -> dict[str, Any]:
    """The model's header: version, recipe, data, thresholds and the scores it was chosen on."""
    return dict(_load()[0].header)


def thresholds() -> dict[str, float]:
    """The decision thresholds: ``keep`` (enough on its own), ``exempt`` (enough for an exempt event) and
    ``political`` (the ``political`` profile's, the model alone)."""
    return dict(_load()[1])


def sentence_scores(text: str) -> list[float]:
    """Probability per sentence (in :func:`sentences` order) that it tells a protest or political-violence event."""
    model, _ = _load()
    return [float(p) for p in model.proba(sentences(text))[:, 1]]


def aggregate(scores: Sequence[float]) -> float:
    """The document's probability from its sentences': the mean of the best two, or the best one in a text of
    three sentences or fewer. In a long story one passing mention is weaker evidence than a story built around
    the event; in a two-line note (ACLED's style) the first line is the story and the rest is detail."""
    k = 1 if len(scores) <= _SHORT else _TOP
    best = sorted(scores, reverse=True)[:k]
    return sum(best) / len(best) if best else 0.0


def relevance(text: str) -> float:
    """Probability (0..1) that the text reports a protest, riot, political-violence or armed-conflict event."""
    return aggregate(sentence_scores(text))


def is_relevant(text: str) -> tuple[bool, float]:
    """Keep the document's events on the model alone? (decision, probability)."""
    p = relevance(text)
    return p >= thresholds()["keep"], p


def exempt_cue(event_type: str, count_kinds: Iterable[str], evidence: Iterable[str], *, age_days: int | None = None,
               lead: str = "") -> bool:
    """Is an event (its type, its counts' kinds, its evidence texts) one the lower threshold suffices for?

    A shooting or stabbing (an attack or clash, or a count of people killed or injured, whose evidence names a
    firearm or a blade) is what the Gun Violence Database collects, though it is crime rather than conflict; event
    types listed in the cues (none at present) are exempt whatever their evidence, and so is any event told as an
    arrest or charge for a shooting. Evidence sentences about court proceedings (a trial, bail, a sentence) do not
    count: they report the proceedings, not the event; a report of a shooting that goes on to the charges still
    does. ``age_days`` (days from the event's *stated* date to publication; None when no date is stated) and the
    text's ``lead`` refine this: a fresh event (a few days old) with a toll is told, not recalled, so its court
    sentences count and a weapon in the lead suffices (a bail story days after a shooting, a headline "fatally
    shot" over a body that says "found dead"), unless the lead or evidence speaks of a trial, a verdict or a
    sentence (they come months after the act, whatever day the hearing was); an older one keeps the rule above
    (police appeals on a months-old shooting are news of it), and one recalled years on (an obituary) earns
    nothing; a lead or evidence sentence that speaks of fiction, sport, a policy debate, an anniversary or an
    obituary tells no event (``not_event_report``).
    """
    types, kinds, violent, weapon, court = _cues()
    off, late, fresh_days, stale_days = _report_cues()
    if event_type in types:
        return True
    if off.search(lead) or (age_days is not None and age_days > stale_days):
        return False
    evidence = [s for s in evidence if not off.search(s)]
    fresh = (age_days is not None and 0 <= age_days <= fresh_days
             and not any(late.search(s) for s in [lead, *evidence]))
    told = evidence if fresh else [s for s in evidence if not court.search(s)]  # a trial reports the proceedings
    if any(_arrest_for_shooting().search(s) for s in told):
        return True  # 'arrested for shooting at his neighbours': the report of a shooting, typed as the arrest
    has_toll = bool(kinds & set(count_kinds))
    if not (event_type in violent or has_toll):
        return False
    if any(weapon.search(s) for s in told):
        return True
    return fresh and has_toll and bool(weapon.search(lead))


def _age_days(event: Event, published: date | None) -> int | None:
    """Days from the event's stated date to publication (None when the date is only the publication day)."""
    d = event.date
    if d is None or published is None or d.method.startswith(_DEFAULT_DATE_METHOD) or not d.evidence:
        return None
    return (published - d.end).days


def is_exempt(event: Event, text: str, published: date | None = None) -> bool:
    """:func:`exempt_cue` for a pipeline event whose evidence spans point into ``text`` (``published``: the
    document's date, which tells a fresh event from a recalled one)."""
    lead = " ".join(sentences(text)[:_LEAD])
    return exempt_cue(event.event_type, (c.kind for c in event.counts), (text[s.start : s.end] for s in event.evidence),
                      age_days=_age_days(event, published), lead=lead)


@dataclass(frozen=True, slots=True)
class Decision:
    """Whether to keep a document's events, the model's probability, and why (for the document's reasons)."""

    keep: bool
    probability: float
    reason: str


_EVENT_TYPES = ("Protests", "Riots", "Battles", "Violence against civilians", "Explosions/Remote violence",
                "Strategic developments")
_GROUPS = ("contentious", "crowd_control", "political_violence", "crime", "court", "markets", "sport")


@lru_cache(maxsize=1)
def _political_cues() -> dict[str, re.Pattern[str]]:
    from ..vocab import load_vocab

    e = load_vocab("relevance_cues")["entries"]["political_cues"]
    return {k: re.compile(r"\b(?:" + "|".join(v) + r")\b", re.IGNORECASE) for k, v in e.items()}


def political_feature_names() -> list[str]:
    """Names of :func:`political_features`, in order (the weights file lists them; a mismatch refuses to load)."""
    return (["actor_and_contentious_log", "lead_actor_and_contentious"]
            + [f"{g}_{m}" for g in _GROUPS for m in ("log", "share")]
            + [f"type:{t}" for t in _EVENT_TYPES] + ["events_log", "has_events", "sentences_log"])


def political_features(text: str, event_types: Sequence[str]) -> list[float]:
    """General document features for the ``political`` profile: how many sentences name a collective actor and
    a contentious action (and whether the lead does), how many speak of crowd control, political violence, crime,
    courts, markets or sport (log count and share), and which event types our extract stage found.

    Why: word n-grams learnt from a few dozen relevant documents fit their topics; these counts describe what
    makes any report one of protest or political violence, and generalise across outlets and years."""
    cues = _political_cues()
    ss = sentences(text)
    n = len(ss)
    lead = " ".join(ss[:_LEAD])
    both = sum(1 for s in ss if cues["actor"].search(s) and cues["contentious"].search(s))
    f = [math.log1p(both), float(bool(cues["actor"].search(lead) and cues["contentious"].search(lead)))]
    for g in _GROUPS:
        c = sum(1 for s in ss if cues[g].search(s))
        f += [math.log1p(c), c / n]
    types = set(event_types)
    f += [float(t in types) for t in _EVENT_TYPES]
    f += [math.log1p(len(event_types)), float(bool(event_types)), math.log1p(n)]
    return f


@lru_cache(maxsize=1)
def _load_political() -> dict[str, Any] | None:
    if not POLITICAL_MODEL_PATH.exists():
        return None
    data = json.loads(POLITICAL_MODEL_PATH.read_text(encoding="utf-8"))
    if data["features"] != political_feature_names():
        raise ValueError("relevance_political.json was trained on other features; retrain it "
                         "(scripts/train_relevance.py --political)")
    return data


def political_header() -> dict[str, Any] | None:
    """The ``political`` blend's header (recipe, weight, threshold, nested-CV scores), or None when absent."""
    data = _load_political()
    return dict(data["header"]) if data else None


def political_relevance(text: str, event_types: Sequence[str]) -> float:
    """The ``political`` profile's probability: the sentence model's blended with the document-feature model's
    (weight from the weights file); the sentence model's alone when the file is absent."""
    p = relevance(text)
    data = _load_political()
    if data is None:
        return p
    x = political_features(text, event_types)
    z = float(data["intercept"]) + sum(
        w * (v - m) / sd for w, v, m, sd in zip(data["coef"], x, data["mean"], data["scale"], strict=True))
    doc_p = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
    w = float(data["weight"])
    return w * p + (1.0 - w) * doc_p


def political_threshold() -> float:
    """The ``political`` profile's threshold: the blend's when its weights are present, else the sentence model's."""
    data = _load_political()
    return float(data["threshold"]) if data else thresholds()["political"]


def decide_cues(p: float, exempt: bool, t: dict[str, float] | None = None, policy: str = "auto") -> bool:
    """The rule of ``policy`` (``auto``, or ``political``: no exemption, its own threshold) on a probability and
    an exempt flag (shared by the pipeline and the training script)."""
    t = t or thresholds()
    if policy == POLITICAL:
        return p >= t.get("political", t["keep"])
    return p >= t["keep"] or (exempt and p >= t["exempt"])


def _defined_note(text: str) -> bool:
    from . import _model

    return _model.available() and _model.defined_event(text)


def decide(text: str, events: Sequence[Event], policy: str = "auto", published: date | None = None) -> Decision:
    """Keep these events? The model's probability, lowered for an exempt event (see :func:`exempt_cue`) under
    ``auto``; under ``political`` (contentious politics, GLOCON's definition) the model alone decides."""
    if policy == POLITICAL:
        p = political_relevance(text, [e.event_type for e in events])
        keep = p >= political_threshold()
        why = "relevant to contentious politics" if keep else "not a protest or political-violence report"
        return Decision(keep, p, f"{why} (relevance p={p:.2f}, profile political)")
    p = relevance(text)
    exempt = any(is_exempt(e, text, published) for e in events)
    keep = decide_cues(p, exempt)
    if keep:
        why = "relevant" if p >= thresholds()["keep"] else "kept for an exempt event (a shooting)"
        return Decision(keep, p, f"{why} (relevance p={p:.2f})")
    lead = " ".join(sentences(text)[:_LEAD])
    if found_killed(text, events) and not _report_cues()[0].search(lead):
        return Decision(True, p, f"kept: the dead found with the marks of a killing (relevance p={p:.2f})")
    # a note that speaks of sport, fiction or a debate ('shot 11 of 16') is no monitor's note of an event
    note_p = note_event_probability(text) if events and not _report_cues()[0].search(lead) else None
    if note_p is not None and note_p >= _note_rule()[2]:
        return Decision(True, p, f"kept: a note the event classifier reads as an event (event p={note_p:.2f}, "
                                 f"relevance p={p:.2f})")
    if note_p is not None and _defined_note(text):
        # a note that meets one of ACLED's definitions the classifier alone misses ("a soldier raped a girl")
        return Decision(True, p, f"kept: a note that meets an ACLED definition (event p={note_p:.2f}, "
                                 f"relevance p={p:.2f})")
    return Decision(keep, p, f"not a conflict or protest report (relevance p={p:.2f})")
