"""The GVDB scorer (gun violence articles)."""

from __future__ import annotations

from typing import Any

from ._evidence import _mapped_span, span_checks
from ._places import same_city
from ._readings import event_date, fatalities_of, first_event, injured_of
from ._results import RowResult, _gold_view, _share


def score_gvdb(golds: list[dict[str, Any]], outputs: list[dict[str, Any]], ids: list[str]
               ) -> tuple[dict[str, Any], list[RowResult]]:
    """GVDB articles: killed / injured exact, city, date, and evidence spans.

    ``city_accuracy`` is over every row with a gold city (a row with no event has no city), compared
    by :func:`same_city` (the city, or a part of it GeoNames shows inside it, either way round);
    ``city_accuracy_when_event`` over those where the pipeline reported an event, i.e. the geocoder's
    own accuracy, apart from coverage (the relevance filter drops some crime reports).
    """
    cols: dict[str, list[bool]] = {k: [] for k in (
        "coverage", "killed_exact", "killed_exact_with_deaths", "injured_exact", "city_accuracy",
        "city_accuracy_when_event", "city_span_overlap", "date_exact")}
    spans_all: list[bool] = []
    rows: list[RowResult] = []
    for rid, gold, out in zip(ids, golds, outputs, strict=True):
        ev = first_event(out)
        loc = (ev or {}).get("location") or {}
        pred = {"killed": fatalities_of(ev), "injured": injured_of(ev, out.get("text") or ""), "city": loc.get("name"),
                "admin1": loc.get("admin1"), "date": event_date(ev)}
        checks: dict[str, bool] = {
            "coverage": ev is not None,
            "killed_exact": pred["killed"] == gold["killed"],
            "injured_exact": pred["injured"] == gold["injured"],
        }
        if gold["killed"] > 0:
            checks["killed_exact_with_deaths"] = checks["killed_exact"]
        if gold.get("city"):
            checks["city_accuracy"] = same_city(loc, gold["city"])
            if ev is not None:  # the geocoder's own share: rows where the pipeline reported an incident
                checks["city_accuracy_when_event"] = checks["city_accuracy"]
            # Gold offsets point into the input; cleaning may insert breaks or drop debris, so map them across.
            gspan = _mapped_span(out.get("_input_text"), out.get("text") or "", *gold["city_span"])
            checks["city_span_overlap"] = gspan is not None and any(
                e.get("start", 0) < gspan[1] and gspan[0] < e.get("end", 0) for e in loc.get("evidence") or [])
        if gold.get("date"):
            checks["date_exact"] = pred["date"] == gold["date"]
        for k, v in checks.items():
            cols[k].append(v)
        sc = span_checks(out)
        spans_all += [ok for _, ok in sc]
        failed = [k for k, v in checks.items() if not v and k not in ("city_span_overlap", "city_accuracy_when_event")]
        failed += [f"span:{what}" for what, ok in sc if not ok]
        rows.append(RowResult(rid, _gold_view(gold, ("killed", "injured", "city", "state", "date")), pred, failed,
                              out.get("status", "ok")))
    metrics: dict[str, Any] = {"n": len(golds)}
    metrics.update({k: _share(v) for k, v in cols.items()})
    metrics["n_with_deaths"] = len(cols["killed_exact_with_deaths"])
    metrics["evidence_spans_ok"] = _share(spans_all)
    metrics["n_evidence_spans"] = len(spans_all)
    return metrics, rows
