"""Train and measure a learned event-place chooser for ACLED-style notes (place_ranker_features).

Recipe (run ``.venv/bin/python scripts/experiments/train_place_ranker.py``; ``--cache FILE`` keeps the pipeline's outputs):

* Notes: our own spent notes with place gold (tests/fixtures/world_notes.jsonl, world_notes2-46; place_probe.jsonl,
  place_probe2-7, city/state as location/admin1; later sets are held out and never read) and the ACLED DEV
  splits (Kenya <= 2015, Afghanistan 1-14 March 2020). Test splits are never read.
* Each note runs through ``crosstally.pipeline.process`` (with the dataset's country hint, as ``crosstally eval``
  gives it). Candidates: the first event's place (the rules' choice) and every place of ``Extraction.places``
  (each mention the tagger finds, geocoded by ``geocode_name`` with the document's context), merged by GeoNames id.
* Label: a candidate is right when within 25 km of ACLED's point; for our notes (no coordinates), when the
  gazetteer's entry of the gold name in the gold admin1 lies within 25 km, else when its name is the gold's.
* Model: logistic regression (scikit-learn, balanced, C=1) over one row per candidate; the note's place is the
  candidate of highest probability. "Combination": the rules' place unless the ranker's best beats it by a margin
  (chosen on the training side).
* Measured: (1) fit on our notes, score Kenya 2013-2015 and Afghanistan dev; (2) 5-fold leave-sets-out over our
  notes; (3) temporal: fit on our notes + Kenya <= 2012 + Afghanistan 1-11 March, score Kenya 2013-2015 and
  Afghanistan 12-14 March. Decision rule (fixed before measuring): wire it only if it beats the rules on (3) Kenya
  and on (2) by >= 0.01 in within-25 km each, without losing admin1.

Result (2026-11-27, places round 14): TRIED, NOT SHIPPED (nothing in the pipeline calls the module; no weights ship).
Within 25 km / admin1 / location, rules -> ranker (argmax) -> combination (override at the margin chosen on the fit
side; at a fixed 0.5 margin the combination equals the rules within 0.002 everywhere):

* Ceiling first: on Kenya 2013-2015 (n 1,448) the candidates hold a place within 25 km of ACLED's point in 0.586 of
  the notes, the rules already reach 0.557; even every namesake (in Kenya) of every capitalised run of the note
  reaches only 0.596. The rest: 0.289 + 0.066 of the notes never write the gold place's name (0.289 of them name a
  place the gazetteer lists), 0.030 name a place it lacks, 0.019 one it lists more than 25 km from ACLED's point.
  Afghanistan dev (n 318): rules 0.874, candidates 0.899, every run 0.909. No chooser can add more than ~0.03 here.
* (1) fit on our notes: Kenya 2013-2015 0.557/0.542/0.399 -> 0.555/0.541/0.398 -> 0.557/0.543/0.399;
  Afghanistan dev 0.874/0.984/0.726 -> 0.881/0.991/0.733 -> 0.874/0.984/0.726 (margin 0.1).
* (2) probe CV (5 folds of whole sets, 53 sets, 1,980 notes; 25 km on the 1,559 whose gold name the gazetteer
  places in the gold admin1): 0.943/0.926/0.864 -> 0.952/0.932/0.875 -> 0.951/0.932/0.875.
* (3) temporal: Kenya 2013-2015 0.557/0.542/0.399 -> 0.557/0.543/0.398 (same, margin 0.0); Afghanistan 12-14 March
  (n 62) 0.952/1.000/0.726 unchanged. ``--multi-only`` (fit on notes with >= 2 candidates): Kenya 0.559/0.546/0.401
  (+0.002), probe CV 0.953/0.932/0.873.
Decision (fixed before measuring): +0.01 within 25 km on (3) Kenya AND on (2), admin1 not lost. (2) reaches +0.009
(ranker) on notes we wrote ourselves; (3) Kenya +0.000 (+0.002 multi-only). Not wired. The Kenya loss lies in
notes that name no place near the event, not in a wrong choice among the named ones; in Afghanistan, 15 of 318 dev
notes name the right district but its GeoNames admin2 entry has no point, so the province's point is output (more
than 25 km from ACLED's point for the district).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from place_ranker_features import (  # noqa: E402
    Candidate,
    build_candidates,
    feature_names,
    featurise,
    vector,
)

from crosstally.eval._scoring._places import haversine_km, same_place  # noqa: E402
from crosstally.records import Location, Span  # noqa: E402

# the spent sets only (world_notes, world_notes2-46, place_probe, place_probe2-7): a later held-out set (world_notes47,
# world_notes48, place_probe8, ...) is never read, even when it lies in the same folder
SPENT = re.compile(r"(?:world_notes(?:[2-9]|[1-3][0-9]|4[0-6])?|place_probe[2-7]?)")


def _rows() -> list[dict[str, Any]]:
    """Every usable note: our spent sets and the ACLED dev splits (never a test split, never the held-out sets)."""
    from crosstally.eval._datasets import DATASET_COUNTRY, read_dataset

    out: list[dict[str, Any]] = []
    files = sorted((ROOT / "tests/fixtures").glob("world_notes*.jsonl")) + sorted(
        (ROOT / "tests/fixtures").glob("place_probe*.jsonl"))
    for f in files:
        if not SPENT.fullmatch(f.stem):
            continue
        for line in f.read_text().splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            g = r.get("gold") or {}
            loc = g.get("location") or g.get("city")
            if loc:
                out.append({"id": r["id"], "set": f.stem, "text": r["text"], "published": r.get("published"),
                            "country_hint": None,
                            "gold": {"location": loc, "admin1": g.get("admin1") or g.get("state"),
                                     "country": g.get("country"), "lat": None, "lon": None}})
    for ds in ("acled-kenya", "acled-afghanistan"):
        for gr in read_dataset(ds, "dev"):
            g = gr.gold
            out.append({"id": gr.id, "set": ds, "text": gr.text, "country_hint": DATASET_COUNTRY[ds],
                        "published": gr.published.isoformat() if gr.published else None,
                        "date": str(g["event_date"]),
                        "gold": {"location": g["location"], "admin1": g["admin1"], "country": None,
                                 "lat": g.get("lat"), "lon": g.get("lon")}})
    return out


def _loc_dict(loc: Location) -> dict[str, Any]:
    d = loc.to_dict()
    d["mention"], d["method"], d["confidence"] = loc.mention, loc.method, loc.confidence
    d["evidence"] = [{"start": s.start, "end": s.end} for s in loc.evidence]
    return d


def _run_one(r: dict[str, Any]) -> dict[str, Any]:
    from datetime import date

    from crosstally.pipeline import process
    from crosstally.records import Document

    meta = {"country": r["country_hint"]} if r["country_hint"] else {}
    pub = date.fromisoformat(r["published"]) if r.get("published") else None
    ex = process(Document(text=r["text"], published=pub, input_id=r["id"], meta=meta))
    ev = ex.events[0] if ex.events else None
    r = dict(r)
    r["text"] = ex.document.text or r["text"]
    r["rules"] = _loc_dict(ev.location) if ev is not None and ev.location is not None else None
    r["places"] = [_loc_dict(p) for p in ex.places or []]
    return r


def _build_cache(path: Path, workers: int) -> None:
    from multiprocessing import Pool

    rows = _rows()
    with Pool(workers) as pool, path.open("w") as fh:
        for r in pool.imap(_run_one, rows, chunksize=8):
            fh.write(json.dumps(r, default=str) + "\n")


def _to_loc(d: dict[str, Any] | None) -> Location | None:
    if d is None:
        return None
    keys = ("name", "admin1", "admin2", "country", "country_code", "lat", "lon", "geonameid", "precision", "mention",
            "method", "confidence")
    loc = Location(**{k: d.get(k) for k in keys if d.get(k) is not None or k not in ("name",)})
    loc.evidence = [Span(int(s["start"]), int(s["end"])) for s in d.get("evidence") or []]
    loc.confidence = float(d.get("confidence") or 0.0)
    loc.precision = int(d.get("precision") or 3)
    loc.mention = d.get("mention") or ""
    loc.method = d.get("method") or ""
    return loc


def _gold_point(gold: dict[str, Any]) -> tuple[float, float] | None:
    """ACLED's point, else the gazetteer's entry of the gold name inside the gold admin1 (our notes)."""
    if gold.get("lat") is not None and gold.get("lon") is not None:
        return float(gold["lat"]), float(gold["lon"])
    from crosstally.geo import get_gazetteer

    gz = get_gazetteer()
    for p in gz.lookup(gold.get("location") or ""):
        if p.lat is None or p.lon is None or not same_place(p.name, gold["location"]):
            continue
        a1 = gz.places.get(p.admin1) if p.admin1 is not None else None
        if a1 is not None and gold.get("admin1") and same_place(gz.label(a1), gold["admin1"]):
            return p.lat, p.lon
        if p.kind == "admin1" and gold.get("admin1") and same_place(p.name, gold["admin1"]):
            return p.lat, p.lon
    return None


def _checks(loc: Location | None, gold: dict[str, Any], point: tuple[float, float] | None) -> dict[str, bool]:
    """location / admin1 / within 25 km as crosstally eval scores them (25 km only where a gold point exists)."""
    name_ok = loc is not None and same_place(loc.name, gold["location"])
    out = {"location": name_ok, "admin1": loc is not None and same_place(loc.admin1, gold.get("admin1"))}
    if point is not None:
        out["km25"] = loc is not None and loc.lat is not None and loc.lon is not None and haversine_km(
            point[0], point[1], loc.lat, loc.lon) <= 25
    return out


def _notes(cache: Path) -> list[dict[str, Any]]:
    from place_ranker_features import gazetteer_kinds

    notes = []
    for line in cache.read_text().splitlines():
        r = json.loads(line)
        rules = _to_loc(r["rules"])
        places = [p for p in (_to_loc(d) for d in r["places"]) if p is not None]
        cands = build_candidates(rules, places, gazetteer_kinds([rules, *places]))
        featurise(r["text"], cands, rules.confidence if rules is not None else 0.0)
        point = _gold_point(r["gold"])
        labels = []
        for c in cands:
            ch = _checks(c.location, r["gold"], point)
            labels.append(int(ch["km25"] if "km25" in ch else ch["location"]))
        notes.append({"id": r["id"], "set": r["set"], "date": r.get("date"), "gold": r["gold"], "point": point,
                      "rules": rules, "cands": cands, "labels": labels})
    return notes


MULTI_ONLY = False  # --multi-only: fit on notes with two candidates or more (one candidate teaches no choice)


def _fit(notes: list[dict[str, Any]], c_reg: float = 1.0) -> Any:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    notes = [n for n in notes if len(n["cands"]) >= 2] if MULTI_ONLY else notes
    X = [vector(c) for n in notes for c in n["cands"]]
    y = [lab for n in notes for lab in n["labels"]]
    model = LogisticRegression(C=c_reg, class_weight="balanced", max_iter=2000)
    model.fit(np.array(X), np.array(y))
    return model


def _probs(model: Any, cands: list[Candidate]) -> list[float]:
    import numpy as np

    return list(model.predict_proba(np.array([vector(c) for c in cands]))[:, 1]) if cands else []


def _pick(n: dict[str, Any], model: Any, margin: float | None) -> Location | None:
    """margin None: the ranker's best; else the rules' place unless the best beats it by ``margin``."""
    cands = n["cands"]
    if not cands:
        return n["rules"]
    ps = _probs(model, cands)
    i = max(range(len(cands)), key=lambda k: ps[k])
    if margin is None:
        return cands[i].location
    if n["rules"] is None:
        return cands[i].location if ps[i] >= margin else None
    r = next((k for k, c in enumerate(cands) if c.is_rules), None)
    rp = ps[r] if r is not None else 0.0
    return cands[i].location if ps[i] - rp >= margin else n["rules"]


def _score(notes: list[dict[str, Any]], choose: Any) -> dict[str, float]:
    tot: dict[str, list[bool]] = defaultdict(list)
    for n in notes:
        for k, v in _checks(choose(n), n["gold"], n["point"]).items():
            tot[k].append(v)
    return {k: round(sum(v) / len(v), 3) for k, v in sorted(tot.items())} | {"n": len(notes),
                                                                           "n_pt": len(tot.get("km25", []))}


def _ceiling(cache: Path) -> dict[str, Any]:
    """The most any chooser could reach on the ACLED hold-outs: a note counts when ANY gazetteer entry in the feed's
    country, of ANY capitalised run of 1-3 words in it (or of a single word), lies within 25 km of ACLED's point;
    and why the rest miss (the gold name written in the note or not; listed in the gazetteer or not)."""
    from crosstally.geo import get_gazetteer

    gz = get_gazetteer()
    run_re = re.compile(r"[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,2}")
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in cache.read_text().splitlines():
        r = json.loads(line)
        if r["set"] == "acled-kenya" and r["date"] >= "2013":
            key = "kenya_2013_2015"
        elif r["set"] == "acled-afghanistan":
            key = "afghanistan_dev"
        else:
            continue
        g, cc = r["gold"], r["country_hint"]

        def near(lat: float | None, lon: float | None, g: dict[str, Any] = g) -> bool:
            return lat is not None and lon is not None and haversine_km(g["lat"], g["lon"], lat, lon) <= 25

        runs = {m.group(0) for m in run_re.finditer(r["text"])}
        runs |= {w for x in list(runs) for w in x.split()}
        rules = r["rules"] or {}
        ok = near(rules.get("lat"), rules.get("lon"))
        cand = ok or any(near(p.get("lat"), p.get("lon")) for p in r["places"])
        wide = cand or any(near(p.lat, p.lon) for x in runs for p in gz.lookup(x) if p.country_code == cc)
        out[key]["n"] += 1
        out[key]["rules_25km"] += ok
        out[key]["candidates_25km"] += cand
        out[key]["any_run_25km"] += wide
        if not wide:
            named = "named" if any(same_place(x, g["location"]) for x in runs) else "unnamed"
            listed = "listed" if any(p.country_code == cc for p in gz.lookup(g["location"])) else "unlisted"
            out[key][f"miss_{named}_{listed}"] += 1
    print("== ceiling (share of notes; 'any run' = every capitalised run's namesakes in the country)")
    for key, c in out.items():
        print(f"  {key}: " + ", ".join(f"{k} {v / c['n']:.3f}" for k, v in c.items() if k != "n") + f" (n {c['n']})")
    return {k: dict(v) for k, v in out.items()}


def _recall(notes: list[dict[str, Any]]) -> float:
    return round(sum(1 for n in notes if any(n["labels"])) / max(1, len(notes)), 3)


def _margin(notes: list[dict[str, Any]], model: Any) -> float:
    """The override margin that scores best on the training side (25 km where known, else location)."""
    best = (-1.0, 1.0)
    for m in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01):
        s = _score(notes, lambda n, m=m: _pick(n, model, m))
        val = s.get("km25", s["location"])
        if val > best[0] + 1e-9:
            best = (val, m)
    return best[1]


def _report(name: str, train: list[dict[str, Any]], tests: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    model = _fit(train)
    m = _margin(train, model)
    out: dict[str, Any] = {"margin": m}
    for tname, notes in tests.items():
        out[tname] = {"recall": _recall(notes), "rules": _score(notes, lambda n: n["rules"]),
                      "ranker": _score(notes, lambda n: _pick(n, model, None)),
                      "combined": _score(notes, lambda n: _pick(n, model, m)),
                      "combined_0.5": _score(notes, lambda n: _pick(n, model, 0.5))}
    print(f"== {name} (train n={len(train)}, margin {m})")
    for tname, res in out.items():
        if tname != "margin":
            print(f"  {tname}: recall {res['recall']}")
            for k in ("rules", "ranker", "combined", "combined_0.5"):
                print(f"    {k:12s} {res[k]}")
    return out


def _probe_cv(probes: list[dict[str, Any]], folds: int = 5) -> dict[str, Any]:
    """Leave-sets-out: whole sets are held out together, their predictions pooled."""
    sets = sorted({n["set"] for n in probes})
    preds: dict[str, dict[str, Location | None]] = {"rules": {}, "ranker": {}, "combined": {}, "combined_0.5": {}}
    for f in range(folds):
        held = {s for i, s in enumerate(sets) if i % folds == f}
        train = [n for n in probes if n["set"] not in held]
        model = _fit(train)
        m = _margin(train, model)
        for n in probes:
            if n["set"] in held:
                preds["rules"][n["id"] + n["set"]] = n["rules"]
                preds["ranker"][n["id"] + n["set"]] = _pick(n, model, None)
                preds["combined"][n["id"] + n["set"]] = _pick(n, model, m)
                preds["combined_0.5"][n["id"] + n["set"]] = _pick(n, model, 0.5)
    out = {"recall": _recall(probes)}
    for k, p in preds.items():
        out[k] = _score(probes, lambda n, p=p: p[n["id"] + n["set"]])
    print(f"== probe CV ({folds}-fold leave-sets-out, {len(sets)} sets, n={len(probes)}): recall {out['recall']}")
    for k in preds:
        print(f"    {k:12s} {out[k]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/place_ranker_cache.jsonl"))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--write", type=Path, default=None, help="fit on all notes and write the weights here (JSON)")
    ap.add_argument("--multi-only", action="store_true", help="fit on notes with two candidates or more")
    ap.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = ap.parse_args(argv)
    global MULTI_ONLY
    MULTI_ONLY = args.multi_only
    if not args.cache.exists():
        _build_cache(args.cache, args.workers)
    ceiling = _ceiling(args.cache)
    notes = _notes(args.cache)
    probes = [n for n in notes if not n["set"].startswith("acled-")]
    wn = [n for n in probes if n["set"].startswith("world_notes")]
    ke = [n for n in notes if n["set"] == "acled-kenya"]
    af = [n for n in notes if n["set"] == "acled-afghanistan"]
    ke_late = [n for n in ke if n["date"] >= "2013"]
    ke_early = [n for n in ke if n["date"] < "2013"]
    af_early = [n for n in af if n["date"] <= "2020-03-11"]
    af_late = [n for n in af if n["date"] > "2020-03-11"]
    print(f"notes: probes {len(probes)} (world_notes {len(wn)}), Kenya dev {len(ke)} (2013-2015 {len(ke_late)}), "
          f"Afghanistan dev {len(af)} (12-14 March {len(af_late)})")
    results = {
        "ceiling": ceiling,
        "probes_to_acled": _report("fit on our notes, score ACLED dev", probes,
                                   {"kenya_2013_2015": ke_late, "afghanistan_dev": af}),
        "probe_cv": _probe_cv(probes),
        "temporal": _report("temporal: fit on notes + Kenya <= 2012 + Afghanistan 1-11 March", probes + ke_early
                            + af_early, {"kenya_2013_2015": ke_late, "afghanistan_12_14": af_late}),
    }
    if args.write is not None:
        model = _fit(notes)
        weights = {"features": feature_names(), "coef": [round(float(w), 6) for w in model.coef_[0]],
                   "intercept": round(float(model.intercept_[0]), 6), "margin": _margin(notes, model),
                   "trained_on": "spent world_notes and place_probe sets, ACLED Kenya and Afghanistan dev splits"}
        args.write.write_text(json.dumps(weights, indent=1) + "\n")
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=1, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
