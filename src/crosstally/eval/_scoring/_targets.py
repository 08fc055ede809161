"""Issue 3's targets, and which of them apply to which dataset."""

from __future__ import annotations

# Issue 3's targets; a metric missing here has none.
TARGETS: dict[str, float] = {
    "event_type_accuracy": 0.90,
    "sub_event_type_weighted_f1": 0.85,
    "fatalities_exact": 0.92,
    "fatalities_exact_with_deaths": 0.85,
    "date_exact": 0.95,
    "admin1_accuracy": 0.90,
    "within_25km": 0.85,
    "actor1_accuracy": 0.80,
    "killed_exact": 0.85,
    "injured_exact": 0.80,
    "city_accuracy": 0.90,
    "relevance_f1": 0.87,
    "evidence_spans_ok": 0.98,
}

_TARGETED = {
    "acled": ("event_type_accuracy", "sub_event_type_weighted_f1", "fatalities_exact", "fatalities_exact_with_deaths",
              "date_exact", "admin1_accuracy", "within_25km", "actor1_accuracy", "evidence_spans_ok"),
    "gvdb": ("killed_exact", "injured_exact", "city_accuracy", "evidence_spans_ok"),
    "glocon": ("relevance_f1", "evidence_spans_ok"),
}


def targets_for(dataset: str) -> dict[str, float]:
    """Issue 3's targets that apply to one dataset (the date target is ACLED's, for example)."""
    keys = _TARGETED.get("acled" if dataset.startswith("acled") else dataset, tuple(TARGETS))
    return {k: TARGETS[k] for k in keys}
