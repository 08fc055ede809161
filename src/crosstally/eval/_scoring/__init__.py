"""Scorers: compare crosstally's contract output (one dict per row) with the gold values of a dataset.

Every scorer works on plain contract dicts (``Extraction.to_contract()``), so it can be tested on
hand-made outputs and used on ``crosstally extract --jsonl`` files alike. The first (most salient)
event of a document is the one compared with a one-event gold row.

Layout: this package's ``__init__`` re-exports the names other modules import; the scoring lives in modules named
for what they hold, imported in one direction only (``tests/test_eval_layout.py``):

- ``_targets``: issue 3's targets and which apply to which dataset (:func:`targets_for`)
- ``_results``: :class:`RowResult`, the shares and weighted F1 that sum rows into metrics
- ``_fold``: the one folding of names every comparison uses (:func:`fold`)
- ``_places``: places and GVDB cities compared (:func:`same_place`, :func:`same_city`), :func:`haversine_km`
- ``_actors``: ACLED actor names compared through the alias map (:func:`actor_matches`)
- ``_evidence``: evidence spans checked (:func:`span_checks`), gold offsets carried across cleaning
- ``_readings``: what one output says: first event, toll, injured total, date (:func:`fatalities_of`, ...)
- ``_acled``, ``_gvdb``, ``_glocon``: one scorer per dataset; ``_dispatch``: :func:`score` picks it
"""

from __future__ import annotations

from ._acled import score_acled
from ._actors import actor_forms, actor_matches, actor_names
from ._dispatch import score
from ._evidence import _mapped_span as _mapped_span  # tests check the GVDB city span mapping directly
from ._evidence import names_one_person, span_checks
from ._fold import fold
from ._glocon import score_glocon
from ._gvdb import score_gvdb
from ._places import haversine_km, place_key, same_city, same_place
from ._readings import date_stated, event_date, fatalities_of, first_event, injured_of
from ._results import NONE, RowResult, weighted_f1
from ._targets import TARGETS, targets_for

__all__ = [
    "NONE",
    "TARGETS",
    "RowResult",
    "actor_forms",
    "actor_matches",
    "actor_names",
    "date_stated",
    "event_date",
    "fatalities_of",
    "first_event",
    "fold",
    "haversine_km",
    "injured_of",
    "names_one_person",
    "place_key",
    "same_city",
    "same_place",
    "score",
    "score_acled",
    "score_glocon",
    "score_gvdb",
    "span_checks",
    "targets_for",
    "weighted_f1",
]
