"""What every scorer returns and shares: one row's result for the error report, and the shares and F1 that
sum rows into metrics.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

NONE = "(none)"


@dataclass(slots=True)
class RowResult:
    """One row's gold, output and the fields it got wrong (for the error report)."""

    id: str
    gold: dict[str, Any]
    output: dict[str, Any]
    failed: list[str] = field(default_factory=list)
    status: str = "ok"


def _gold_view(gold: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: gold.get(k) for k in keys}


def _share(values: list[bool]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def weighted_f1(gold: list[str], pred: list[str]) -> float:
    """Support-weighted F1 over the gold labels (scikit-learn's ``average="weighted"``)."""
    if not gold:
        return 0.0
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, labels=sorted(set(gold)), average="weighted", zero_division=0))
