"""Event mentions: trigger words (``data/event_triggers.yaml``) plus the sentence's structure, classified into
ACLED event type / sub-event type by rules over who acted, on whom, and with what.

One candidate per sentence (its strongest trigger); ``_assemble`` merges candidates into events.

Layout: this module keeps the names other modules and the tests import; the work lives in ``_mentions/``, one
module for each thing it decides:

- ``_candidate``: the :class:`Candidate` and the method tags (rules, model only, actor mentions)
- ``_triggers``: the trigger and cue lists of ``event_triggers.yaml``; the triggers of a sentence ('fired shots
  into', 'traded fire with'), denied triggers
- ``_types``: ACLED type / sub-type of a trigger in its sentence (:func:`classify`), a crowd's cue, deaths in a
  protest, the PLOVER map
- ``_actors``: actor1 and actor2 from the trigger's structure (:func:`find_actors`), takeovers, the subject before
  a trigger in headline-style notes
- ``_sentences``: one candidate per sentence (:func:`find_candidates`): the main trigger, agentless tolls, the dead
  of two sides
- ``_model_only``: the classifier's event where no trigger fired (:func:`model_candidate`); denied clauses blanked
  out (:func:`without_denials`) come from ``_classifier/_denials``
"""

from __future__ import annotations

from ._mentions._actors import _subject_before, find_actors
from ._mentions._candidate import ACTOR_METHOD, METHOD, MODEL_ONLY_METHOD, Candidate
from ._mentions._model_only import model_candidate, without_denials
from ._mentions._sentences import agentless_toll, find_candidates
from ._mentions._triggers import _sentence_triggers, event_cues
from ._mentions._types import (
    classify,
    died_in_protest,
    has_protest_cue,
    plover_map,
    retype_without_crowd,
    without_not_armed,
)

__all__ = [
    "ACTOR_METHOD",
    "METHOD",
    "MODEL_ONLY_METHOD",
    "Candidate",
    "_sentence_triggers",
    "_subject_before",
    "agentless_toll",
    "classify",
    "died_in_protest",
    "event_cues",
    "find_actors",
    "find_candidates",
    "has_protest_cue",
    "model_candidate",
    "plover_map",
    "retype_without_crowd",
    "without_denials",
    "without_not_armed",
]
