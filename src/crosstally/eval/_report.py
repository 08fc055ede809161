"""The evaluation report: figures per dataset against issue 3's targets, and the worst rows."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rich.table import Table

from ._scoring import RowResult, targets_for

# Display order; metrics not listed are shown after these.
_ORDER = (
    "coverage", "event_type_accuracy", "sub_event_type_accuracy", "sub_event_type_weighted_f1",
    "fatalities_exact", "fatalities_within_one", "fatalities_exact_with_deaths", "fatalities_within_one_with_deaths",
    "date_exact", "date_exact_when_stated", "admin1_accuracy", "location_accuracy", "within_25km", "within_100km", "actor1_accuracy",
    "actor2_accuracy", "killed_exact", "killed_exact_with_deaths", "injured_exact", "city_accuracy",
    "city_span_overlap", "relevance_precision", "relevance_recall", "relevance_f1", "relevance_accuracy",
    "evidence_spans_ok",
)


def _plain(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_plain(x) for x in v]
    return v


@dataclass(slots=True)
class EvalReport:
    """The scores of one run of ``crosstally eval`` on one split of one dataset."""

    dataset: str
    split: str
    metrics: dict[str, Any]
    rows: list[RowResult] = field(default_factory=list)
    seconds: float = 0.0
    statuses: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)  # first reason of rows with status "error"
    hint: bool = True  # whether the texts were given their dataset's country (False: as `extract --jsonl` runs)

    def passes(self) -> dict[str, bool]:
        """Metric → whether it meets issue 3's target (only metrics that have one)."""
        targets = targets_for(self.dataset)
        return {k: v >= targets[k] for k, v in self.metrics.items()
                if k in targets and isinstance(v, int | float)}

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "split": self.split,
            "country_hint": self.hint,
            "n": self.metrics.get("n", 0),
            "seconds": round(self.seconds, 1),
            "statuses": self.statuses,
            "errors": self.errors,
            "metrics": self.metrics,
            "targets": {k: t for k, t in targets_for(self.dataset).items() if k in self.metrics},
            "passes": self.passes(),
            "failures_per_field": self.failure_counts(),
        }

    def to_json(self) -> str:
        """The figures as JSON (for benchmarks and CI), without the per-row detail."""
        return json.dumps(self.to_dict(), indent=2)

    def to_table(self) -> Table:
        """A Rich table: metric, value, target, whether it is met."""
        n = self.metrics.get("n", 0)
        flag = "" if self.hint else " --no-hint"
        table = Table(title=f"crosstally eval {self.dataset} --split {self.split}{flag}  ({n} rows, {self.seconds:.0f} s)")
        table.add_column("metric")
        table.add_column("value", justify="right")
        table.add_column("target", justify="right")
        table.add_column("", justify="center")
        keys = [k for k in _ORDER if k in self.metrics] + [
            k for k in self.metrics if k not in _ORDER and not k.startswith("n")]
        targets = targets_for(self.dataset)
        for k in keys:
            v = self.metrics[k]
            if v is None:
                table.add_row(k, "n/a", "", "")
                continue
            t = targets.get(k)
            mark = "" if t is None else ("[green]ok[/]" if v >= t else "[red]miss[/]")
            table.add_row(k, f"{v:.3f}", f"{t:.2f}" if t is not None else "", mark)
        extra = ", ".join(f"{k}={v}" for k, v in self.metrics.items() if k.startswith("n_"))
        if extra or self.statuses:
            table.caption = f"{extra}  statuses: {self.statuses}"
        return table

    def worst_rows(self, n: int = 15) -> list[RowResult]:
        """The rows with the most failed fields, errors first (stable within a tie)."""
        ranked = sorted(self.rows, key=lambda r: (r.status != "error", -len(r.failed)))
        return [r for r in ranked if r.failed][:n]

    def error_report(self, n: int = 15) -> Table:
        """The worst rows, gold and output side by side, so the next fix is obvious."""
        table = Table(title=f"worst {n} rows: {self.dataset} {self.split}", show_lines=True)
        table.add_column("id")
        table.add_column("failed")
        table.add_column("gold")
        table.add_column("crosstally")
        for r in self.worst_rows(n):
            gold = "\n".join(f"{k}: {_plain(v)}" for k, v in r.gold.items())
            out = "\n".join(f"{k}: {_plain(v)}" for k, v in r.output.items())
            if r.status != "ok":
                out = f"status: {r.status}\n{out}"
            table.add_row(r.id, "\n".join(r.failed), gold, out)
        return table

    def failure_counts(self) -> dict[str, int]:
        """How many rows fail each field: the per-field error analysis."""
        counts: dict[str, int] = {}
        for r in self.rows:
            for f in r.failed:
                counts[f] = counts.get(f, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))
