"""The learned event classifier: ACLED event type and sub-event type from a sentence or note.

A linear model (TF-IDF word 1-2-grams + char_wb 3-5-grams → multinomial logistic regression),
trained by ``scripts/train_event_classifier.py`` on the train side of ``../shared/devdata`` only,
shipped as gzip'd JSON weights (no pickle: loading never runs code from a data file). Inference
re-implements scikit-learn's analyzers and TF-IDF with plain numpy, so it runs on any CPU with
no scikit-learn import; the JSON is read once per process.

Layout: this module keeps the names the event rules, the relevance model, the training script and the tests import;
the classifier lives in ``_classifier/``, one module for each thing it decides:

- ``_analyzers``: word and char_wb n-grams as scikit-learn makes them; ``era_free`` placeholders
- ``_patterns``: the pattern loaders of ``event_arguments.yaml`` the two modules below share
- ``_arguments``: the argument classes of ``event_arguments.yaml`` (violence verbs, nouns, weapons, one-sided
  violence, crowds, interventions, demands) and :func:`argument_tokens`, the tokens the model reads besides words
- ``_background``: harm a note names that is not the event's own (a grievance, an arrest's reason, a robbery nobody
  resisted, people posing as a force), read by the overrides
- ``_definitions``: ACLED's definitions applied over the classifier's label (:func:`apply_definitions`)
- ``_denials``: denied clauses blanked out (:func:`without_denials`) before the definitions and the model read a note
- ``_linear``: the shipped weights (``MODEL_PATH``), TF-IDF blocks, :func:`predict` / :func:`predict_proba`,
  :func:`defined_event`
"""

from __future__ import annotations

from ._classifier._analyzers import char_wb_ngrams, era_free, word_ngrams
from ._classifier._arguments import (
    argument_tokens,
    armed_raid,
    calm_crowd,
    crowd_attack,
    crowd_fights_force,
    crowd_fired_on,
    crowd_kills_suspect,
    has_argument,
    intervention_told,
    no_intervention_act,
    one_sided,
    one_sided_far,
)
from ._classifier._background import (
    force_only_posed,
    harm_only_in_arrest_reason,
    harm_only_in_grievance,
    robbery_unopposed,
    violence_only_in_demand,
)
from ._classifier._definitions import apply_definitions, defined_label
from ._classifier._denials import without_denials
from ._classifier._linear import (
    METHOD,
    MODEL_PATH,
    NO_EVENT,
    _Block,
    _load,
    _Model,
    available,
    best_event,
    defined_event,
    header,
    predict,
    predict_proba,
)
from ._classifier._patterns import _definitions_only, crowd_assault

__all__ = [
    "METHOD",
    "MODEL_PATH",
    "NO_EVENT",
    "_Block",
    "_Model",
    "_definitions_only",
    "_load",
    "apply_definitions",
    "argument_tokens",
    "armed_raid",
    "available",
    "best_event",
    "calm_crowd",
    "char_wb_ngrams",
    "crowd_assault",
    "crowd_attack",
    "crowd_fights_force",
    "crowd_fired_on",
    "crowd_kills_suspect",
    "defined_event",
    "defined_label",
    "era_free",
    "force_only_posed",
    "harm_only_in_arrest_reason",
    "harm_only_in_grievance",
    "has_argument",
    "header",
    "intervention_told",
    "no_intervention_act",
    "one_sided",
    "one_sided_far",
    "predict",
    "predict_proba",
    "robbery_unopposed",
    "violence_only_in_demand",
    "without_denials",
    "word_ngrams",
]
