"""The GLOCON scorer (relevance of protest and political-violence documents)."""

from __future__ import annotations

from typing import Any

from ._evidence import span_checks
from ._readings import first_event
from ._results import RowResult, _share


def score_glocon(golds: list[dict[str, Any]], outputs: list[dict[str, Any]], ids: list[str]
                 ) -> tuple[dict[str, Any], list[RowResult]]:
    """GLOCON documents: relevance (at least one event) precision, recall and F1."""
    tp = fp = fn = tn = 0
    spans_all: list[bool] = []
    rows: list[RowResult] = []
    for rid, gold, out in zip(ids, golds, outputs, strict=True):
        pred = out.get("status") == "ok" and bool(out.get("events"))
        g = bool(gold["relevant"])
        tp += pred and g
        fp += pred and not g
        fn += g and not pred
        tn += not g and not pred
        sc = span_checks(out)
        spans_all += [ok for _, ok in sc]
        failed = [] if pred == g else ["relevance_false_positive" if pred else "relevance_false_negative"]
        failed += [f"span:{what}" for what, ok in sc if not ok]
        ev = first_event(out)
        rows.append(RowResult(rid, {"relevant": g, "label": gold.get("label")},
                              {"relevant": pred, "event_type": (ev or {}).get("event_type"),
                               "sub_event_type": (ev or {}).get("sub_event_type")}, failed, out.get("status", "ok")))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    metrics = {
        "n": len(golds), "n_relevant": tp + fn,
        "relevance_precision": round(p, 4), "relevance_recall": round(r, 4), "relevance_f1": round(f1, 4),
        "relevance_accuracy": round((tp + tn) / len(golds), 4) if golds else None,
        "evidence_spans_ok": _share(spans_all), "n_evidence_spans": len(spans_all),
    }
    return metrics, rows
