"""Pairwise precision, recall and F1 of a linking against gold incident labels."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise_f1(
    pred_assignments: Mapping[Hashable, object],
    gold_labels: Mapping[Hashable, Hashable],
) -> dict[str, float]:
    """Pairwise linking scores over the keys both mappings share, in O(n).

    ``pred_assignments`` maps an event key to an incident id, or to the ``(incident_id,
    parent_id)`` tuple ``LinkResult.assignments`` holds; ``gold_labels`` maps the same keys to
    gold incident labels. A pair counts when both events are in one incident.
    """
    keys = [k for k in gold_labels if k in pred_assignments]

    def pid(k: Hashable) -> object:
        v = pred_assignments[k]
        return v[0] if isinstance(v, tuple) else v

    pred = Counter(pid(k) for k in keys)
    gold = Counter(gold_labels[k] for k in keys)
    both = Counter((pid(k), gold_labels[k]) for k in keys)
    tp = sum(_pairs(n) for n in both.values())
    pp = sum(_pairs(n) for n in pred.values())
    gp = sum(_pairs(n) for n in gold.values())
    precision = tp / pp if pp else 1.0
    recall = tp / gp if gp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pairs_pred": float(pp),
            "pairs_gold": float(gp), "pairs_true": float(tp), "events": float(len(keys))}
