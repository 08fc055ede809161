"""The linear model itself: the shipped weights (gzip'd JSON, no pickle), TF-IDF blocks in plain numpy, the
label with ACLED's definitions applied, and whether a text meets a definition the model never learned."""

from __future__ import annotations

import gzip
import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ._analyzers import char_wb_ngrams, era_free, word_ngrams
from ._arguments import argument_tokens
from ._definitions import defined_label

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "models" / "event_classifier.json.gz"
NO_EVENT = "No event"  # the label for text that reports no ACLED event (event type and sub-type alike)
METHOD = "crosstally.event_classifier.linear.v1"


class _Block:
    """One TF-IDF vectoriser: vocabulary → column, idf, sublinear tf, L2 norm."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.kind: str = spec["analyzer"]
        self.source: str = spec.get("source", "text")  # "text", or "arguments": argument_tokens(text)
        self.ngram: tuple[int, int] = (int(spec["ngram_range"][0]), int(spec["ngram_range"][1]))
        self.vocab: dict[str, int] = {t: i for i, t in enumerate(spec["terms"])}
        self.idf = np.asarray(spec["idf"], dtype=np.float64)
        self.sublinear: bool = bool(spec.get("sublinear_tf", True))
        self.weight = float(spec.get("weight", 1.0))  # the block's scale after L2 normalisation (1 = plain TF-IDF)
        self.normalise: str | None = spec.get("normalise")  # "era_free": placeholders for years, dates, numbers
        self.offset = 0

    def features(self, text: str) -> dict[int, float]:
        if self.source == "arguments":
            text = " ".join(argument_tokens(text))
        elif self.normalise == "era_free":
            text = era_free(text)
        grams = word_ngrams(text, *self.ngram) if self.kind == "word" else char_wb_ngrams(text, *self.ngram)
        counts: dict[int, int] = {}
        for g in grams:
            j = self.vocab.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        vals = {
            j: ((1.0 + math.log(c)) if self.sublinear else float(c)) * float(self.idf[j]) for j, c in counts.items()
        }
        norm = math.sqrt(sum(v * v for v in vals.values()))
        scale = self.weight / norm if norm else 0.0
        return {self.offset + j: v * scale for j, v in vals.items()} if norm else {}


class _Model:
    def __init__(self, data: dict[str, Any]) -> None:
        self.header: dict[str, Any] = data["header"]
        self.blocks = [_Block(b) for b in data["vectorizers"]]
        offset = 0
        for b in self.blocks:
            b.offset = offset
            offset += len(b.vocab)
        self.labels: list[tuple[str, str]] = [(str(a), str(b)) for a, b in data["classes"]]
        scale = float(data.get("coef_scale", 1.0))
        coef = np.asarray(data["coef"], dtype=np.float32) * scale  # (n_features, n_classes)
        if coef.shape != (offset, len(self.labels)):
            raise ValueError(f"event classifier weights have shape {coef.shape}, expected {(offset, len(self.labels))}")
        self.coef = coef
        self.intercept = np.asarray(data["intercept"], dtype=np.float64)

    def proba(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(self.labels)), dtype=np.float64)
        for i, text in enumerate(texts):
            feats: dict[int, float] = {}
            for b in self.blocks:
                feats.update(b.features(text))
            scores = self.intercept.copy()
            if feats:
                idx = np.fromiter(feats.keys(), dtype=np.int64)
                val = np.fromiter(feats.values(), dtype=np.float64)
                scores += val @ self.coef[idx].astype(np.float64)
            scores -= scores.max()
            e = np.exp(scores)
            out[i] = e / e.sum()
        return out


@lru_cache(maxsize=1)
def _load() -> _Model:
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
        return _Model(json.load(fh))


def available() -> bool:
    """Whether the shipped weights are present and load (so callers can fall back to rules)."""
    try:
        _load()
    except (OSError, ValueError, KeyError):
        return False
    return True


def header() -> dict[str, Any]:
    """The model's header: version, training recipe, data split, date and its scores."""
    return dict(_load().header)


def predict_proba(texts: list[str]) -> tuple[list[tuple[str, str]], np.ndarray]:
    """Every class's probability per text: the (event type, sub-event type) labels and a matrix."""
    model = _load()
    return list(model.labels), model.proba(texts)


def predict(texts: list[str]) -> list[tuple[str, str, float]]:
    """(event_type, sub_event_type, probability) per text; ``("No event", "No event", p)`` when none.

    The label is the classifier's, revised by ACLED's definitions (:func:`apply_definitions`); the probability is
    the classifier's for its own label.
    """
    if not texts:
        return []
    labels, probs = predict_proba(texts)
    best = probs.argmax(axis=1)
    index = {lab: j for j, lab in enumerate(labels)}
    out: list[tuple[str, str, float]] = []
    for i, k in enumerate(best):
        # v2.0: the definitions read what the note tells, not what it denies ("No one was injured" names no harm)
        etype, sub = defined_label(texts[i], *labels[k])
        p = float(probs[i, k])
        if labels[k][0] == NO_EVENT and etype != NO_EVENT:
            # a definition over "no event": the classifier's own probability for the label the definition names
            j = index.get((etype, sub))
            p = float(probs[i, j]) if j is not None else 0.0
        out.append((etype, sub, p))
    return out


def best_event(text: str) -> tuple[str, str, float]:
    """The classifier's most likely event class for ``text`` other than "No event", revised by ACLED's definitions,
    with the classifier's probability for it.

    Why: a dated one-paragraph incident note is an event report by its genre; where the classifier leans to "No
    event" in words it never saw, its best event class is still its best reading of which event."""
    labels, probs = predict_proba([text])
    order = sorted(range(len(labels)), key=lambda j: -float(probs[0, j]))
    k = next(j for j in order if labels[j][0] != NO_EVENT)
    etype, sub = defined_label(text, *labels[k])
    return etype, sub, float(probs[0, k])


def defined_event(text: str) -> bool:
    """Whether ACLED's definitions alone name an event in ``text`` where the classifier reads none.

    Why: a note in words the classifier never saw ("a soldier raped a girl", "not been seen since") still meets a
    codebook definition; the model-only path takes such a note even when the classifier's probability is low.
    The definitions read the note with its denials blanked, as :func:`predict` does (:func:`defined_label`): "No
    exchange of fire" names no fight (v2.24)."""
    return defined_label(text, NO_EVENT, NO_EVENT)[0] != NO_EVENT
