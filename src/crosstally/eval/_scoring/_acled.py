"""The ACLED scorer (acled-kenya, acled-afghanistan)."""

from __future__ import annotations

from typing import Any

from ._actors import actor_matches, actor_names
from ._evidence import span_checks
from ._places import haversine_km, same_place
from ._readings import date_stated, event_date, fatalities_of, first_event
from ._results import NONE, RowResult, _gold_view, _share, weighted_f1


def score_acled(golds: list[dict[str, Any]], outputs: list[dict[str, Any]], ids: list[str]
                ) -> tuple[dict[str, Any], list[RowResult]]:
    """ACLED notes: type, sub-type, fatalities, date, admin1, place, coordinates, actors, spans."""
    cols: dict[str, list[bool]] = {k: [] for k in (
        "coverage", "event_type_accuracy", "sub_event_type_accuracy", "fatalities_exact", "fatalities_within_one",
        "fatalities_exact_with_deaths", "fatalities_within_one_with_deaths", "date_exact", "admin1_accuracy",
        "location_accuracy", "within_25km", "within_100km", "actor1_accuracy", "actor2_accuracy",
        "date_exact_when_stated")}
    g_sub: list[str] = []
    p_sub: list[str] = []
    rows: list[RowResult] = []
    spans_all: list[bool] = []
    for rid, gold, out in zip(ids, golds, outputs, strict=True):
        ev = first_event(out)
        loc = (ev or {}).get("location") or {}
        fat = fatalities_of(ev)
        pred = {
            "event_type": (ev or {}).get("event_type") or NONE,
            "sub_event_type": (ev or {}).get("sub_event_type") or NONE,
            "fatalities": fat,
            "date": event_date(ev),
            "admin1": loc.get("admin1"),
            "location": loc.get("name"),
            "lat": loc.get("lat"),
            "lon": loc.get("lon"),
            "actor1": [n for n in actor_names(ev, "actor1") if n],
            "actor2": [n for n in actor_names(ev, "actor2") if n],
        }
        checks: dict[str, bool] = {
            "coverage": ev is not None,
            "event_type_accuracy": pred["event_type"] == gold["event_type"],
            "sub_event_type_accuracy": pred["sub_event_type"] == gold["sub_event_type"],
            "fatalities_exact": fat == gold["fatalities"],
            "fatalities_within_one": abs(fat - gold["fatalities"]) <= 1,
            "date_exact": pred["date"] == gold["event_date"],
            "admin1_accuracy": same_place(pred["admin1"], gold["admin1"]),
            "location_accuracy": same_place(pred["location"], gold["location"]),
        }
        if gold["fatalities"] > 0:
            checks["fatalities_exact_with_deaths"] = checks["fatalities_exact"]
            checks["fatalities_within_one_with_deaths"] = checks["fatalities_within_one"]
        if date_stated(out.get("_input_text") or out.get("text") or "", gold["event_date"]):
            checks["date_exact_when_stated"] = checks["date_exact"]
        if gold.get("lat") is not None and gold.get("lon") is not None:
            km = (haversine_km(gold["lat"], gold["lon"], pred["lat"], pred["lon"])
                  if isinstance(pred["lat"], int | float) and isinstance(pred["lon"], int | float) else None)
            pred["km"] = round(km, 1) if km is not None else None
            checks["within_25km"] = km is not None and km <= 25
            checks["within_100km"] = km is not None and km <= 100
        if gold.get("actor1"):
            checks["actor1_accuracy"] = actor_matches(pred["actor1"], gold["actor1"])
        if gold.get("actor2"):
            checks["actor2_accuracy"] = actor_matches(pred["actor2"], gold["actor2"])
        for k, v in checks.items():
            cols[k].append(v)
        g_sub.append(gold["sub_event_type"])
        p_sub.append(pred["sub_event_type"])
        sc = span_checks(out)
        spans_all += [ok for _, ok in sc]
        failed = [k for k, v in checks.items() if not v and not k.startswith("fatalities_within")]
        failed += [f"span:{what}" for what, ok in sc if not ok]
        rows.append(RowResult(rid, _gold_view(gold, ("event_type", "sub_event_type", "fatalities", "event_date",
                                                     "admin1", "location", "actor1", "actor2")),
                              pred, failed, out.get("status", "ok")))
    metrics: dict[str, Any] = {"n": len(golds)}
    metrics.update({k: _share(v) for k, v in cols.items()})
    metrics["n_with_deaths"] = len(cols["fatalities_exact_with_deaths"])
    metrics["n_date_stated"] = len(cols["date_exact_when_stated"])
    metrics["sub_event_type_weighted_f1"] = round(weighted_f1(g_sub, p_sub), 4) if g_sub else None
    metrics["evidence_spans_ok"] = _share(spans_all)
    metrics["n_evidence_spans"] = len(spans_all)
    return metrics, rows
