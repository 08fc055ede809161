"""Document relevance: does this text report a protest, riot, political-violence or armed-conflict event?

Event triggers fire on ordinary crime, court and political news ("killed", "attack", "arrested"); ACLED and
GLOCON code none of those. A small linear model over the whole document (TF-IDF word 1-2-grams →
logistic regression), trained by ``scripts/train_relevance.py`` on GLOCON's dev half (plus ACLED notes
as positives), gives the probability that a document is such a report. The pipeline uses
:func:`is_relevant` to turn documents whose events are all weak and whose probability is low into
``no_event``. Weights are gzip'd JSON (no pickle), in the event classifier's format, read once per process.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from ._model import _Model

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "models" / "relevance.json.gz"
METHOD = "crosstally.relevance.linear.v1"
RELEVANT = "relevant"
# Thresholds used when the weights carry none (they normally do: chosen on GLOCON dev, see the header).
_DEFAULT_THRESHOLDS = {"weak": 0.5, "strong": 0.3}
_MAX_CHARS = 20_000  # the model reads the start of a long text: the event is told first in news


@lru_cache(maxsize=1)
def _load() -> tuple[_Model, dict[str, float]]:
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    model = _Model(data)
    if [a for a, _ in model.labels] != ["not relevant", RELEVANT]:
        raise ValueError(f"relevance weights have classes {model.labels}, expected not relevant / relevant")
    thresholds = {**_DEFAULT_THRESHOLDS, **{k: float(v) for k, v in data["header"].get("thresholds", {}).items()}}
    return model, thresholds


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
    """The decision thresholds: ``weak`` (documents with only weak events) and ``strong`` (with a strong one)."""
    return dict(_load()[1])


def relevance(text: str) -> float:
    """Probability (0..1) that the text reports a protest, riot, political-violence or armed-conflict event."""
    model, _ = _load()
    return float(model.proba([text[:_MAX_CHARS]])[0, 1])


def is_relevant(text: str, has_strong_event: bool) -> tuple[bool, float]:
    """Keep the document's events? (decision, probability).

    A document with a strong event (a figure, or a confident event type) needs less support from the
    document model than one with only weak trigger words; both thresholds were chosen on GLOCON dev.
    """
    p = relevance(text)
    t = thresholds()["strong" if has_strong_event else "weak"]
    return p >= t, p
