"""Train and measure a learned city chooser for news articles (``city_ranker_features``); issue 3, city round 14.

Recipe (reproducible; run ``.venv/bin/python scripts/experiments/train_city_ranker.py``):

* Articles: our own news probes ``tests/fixtures/news_probe*.jsonl`` (all spent; no country hint, as their tests run
  them) and GVDB dev (even rows, country hint US, as ``crosstally eval gvdb`` runs them). GVDB test is never read.
* Each article goes through the real pipeline; the candidates are the rules' choice for the first event plus every
  town the article names (``_city_ranker.candidates``). A candidate is positive when the eval's own ``same_city``
  accepts it for the gold city.
* Model: logistic regression (scikit-learn, L2, C below) over a candidate's features; per article the highest
  probability wins. ``--margin`` is the combination: the ranker overrides the rules only when its best candidate's
  probability beats the rules' choice by that much.
* Measurements: (a) train on the probes only, score GVDB dev; (b) 5-fold leave-sets-out over the probe files;
  (c) train on the probes plus 4/5 of GVDB dev, score the left-out fifth (5 folds); (d) GVDB dev alone, 5 folds.

Tried, not shipped (issue 3, city round 14, 2026-11-27). Articles with a gold city: probes 614, GVDB dev 177.
Candidate recall (the gold city among the candidates): probes 606/614 (0.987), GVDB dev 170/177 (0.960), i.e. at
most 10 GVDB dev articles the rules miss could be won (of the 7 it cannot, 4 golds are no town: 'NY', 'Colorado',
'Gothamist', 'blizzard'; 2 articles have no event); 3.4 candidates per GVDB article. Articles right (rules | ranker at
margin 0 / 0.2 / 0.4, the margin being how much the ranker's best must beat the rules' choice to override it | the
tie-breaker form: the ranker decides only where the rules' confidence is below ``WEAK_CONF``):

    pointwise, C=1          (a) GVDB dev       160 | 156 / 159 / 160 | 158   (0.904 | 0.881 / 0.898 / 0.904 | 0.893)
                            (b) probes LSO     570 | 574 / 572 / 570 | 574   (0.928 | 0.935 / 0.932 / 0.928 | 0.935)
                            (c) +GVDB, oof     160 | 158 / 160 / 160 | 159
                            (d) GVDB only, oof 160 | 160 / 160 / 160 | 160
    pairwise, C=1           (a) GVDB dev       160 | 148 / 160 / 160 | 151   (0.904 | 0.836 / 0.904 / 0.904 | 0.853)
                            (b) probes LSO     570 | 582 / 570 / 570 | 575   (0.928 | 0.948 / 0.928 / 0.928 | 0.936)
                            (c) +GVDB, oof     160 | 152 / 160 / 160 | 157
                            (d) GVDB only, oof 160 | 153 / 160 / 160 | 156
    C=0.3: pointwise (a) (c) (d) the same, (b) 571 / 571 / 571 | 572; pairwise (a) 150 / 160 / 160 | 152, (b) 581 /
    570 / 570 | 576. Re-run: ``scripts/experiments/train_city_ranker.py [--pairwise] [--C 0.3]`` (about 90 s on 2 cores).

Decision rule, fixed before measuring: wire it only if it beats the rules by >= 2 GVDB dev articles when trained on
the probes alone AND beats them on the leave-sets-out probe CV. No variant does: on GVDB dev the ranker is at best
equal to the rules (it learns to keep the rules' choice: ``is_rule`` and ``rule_conf`` are among its largest
weights), and the variant that gains most on our probes (pairwise, +12) loses 12 on GVDB dev. Reading: the probes
and GVDB code the city differently where a story names a suburb or a part of a big city: of the articles where a
city of 250,000+ lies within 40 km of the rules' choice, GVDB dev's gold is that big city in 11 of 37 (30%), our
probes' in 13 of 82 (16%); a model fitted on our probes learns our convention, not GVDB's. Even fitted on GVDB dev
itself (d) it only matches the rules. Disclosure: the features were revised once after reading GVDB dev's misses
(``src_*``, ``anchor_big``, ``rule_in_my_area``, ``rule_unlisted_here``, a stricter filter on Title Case runs), so
(a) is not wholly blind; before that, pointwise (a) was 157 / 160 / 160 and (b) 573 / 571 / 569. Not wired; the
module and this script stay for a later round (more real training articles, or features that read the outlet's or
the annotator's convention).
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPENT = {"news_probe"} | {f"news_probe{i}" for i in range(2, 20)}  # later sets are held out: never read here
PROBES = sorted(p for p in (ROOT / "tests" / "fixtures").glob("news_probe*.jsonl") if p.stem in SPENT)
C_REG = 1.0
MARGINS = (0.0, 0.2, 0.4)
WEAK_CONF = 0.6  # the tie-breaker form: the rules' choice below this confidence (their fallbacks) is up for a vote


def _probe_rows() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in PROBES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((path.stem, json.loads(line)))
    return out


def _article(set_name: str, rid: str, extraction: Any, gold_city: str | None) -> dict[str, Any]:
    """One article's candidates (location dict, features, label) and the rules' own result."""
    from city_ranker_features import candidates, vector

    from crosstally.eval._scoring._places import same_city

    rule = extraction.events[0].location if extraction.events else None
    rule_ok = bool(gold_city) and rule is not None and same_city(rule.to_dict(), gold_city)
    cands = []
    for c in candidates(extraction) if extraction.events else []:
        d = c.location.to_dict()
        cands.append({"loc": {k: d.get(k) for k in ("name", "lat", "lon", "geonameid")},
                      "sources": sorted(c.sources), "x": vector(c),
                      "y": bool(gold_city) and same_city(d, gold_city)})
    return {"set": set_name, "id": rid, "gold": gold_city, "event": bool(extraction.events),
            "rule_ok": rule_ok, "cands": cands}


def collect(path: Path) -> None:
    """Run the pipeline on every article and write one JSON line per article (candidates and labels)."""
    from crosstally.eval._datasets import read_dataset
    from crosstally.pipeline import process
    from crosstally.records import Document

    with path.open("w", encoding="utf-8") as fh:
        for set_name, r in _probe_rows():
            ex = process(Document(text=r["text"], published=date.fromisoformat(r["published"]), input_id=r["id"]))
            fh.write(json.dumps(_article(set_name, r["id"], ex, r["gold"].get("city"))) + "\n")
        for g in read_dataset("gvdb", "dev"):
            ex = process(Document(text=g.text, published=g.published, input_id=g.id, meta={"country": "US"}))
            fh.write(json.dumps(_article("gvdb-dev", g.id, ex, g.gold.get("city"))) + "\n")


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def recall(arts: list[dict[str, Any]]) -> None:
    """Share of articles (with a gold city) whose gold is among the candidates, and the rules' accuracy."""
    for name, group in (("probes", [a for a in arts if a["set"] != "gvdb-dev"]),
                        ("gvdb-dev", [a for a in arts if a["set"] == "gvdb-dev"])):
        g = [a for a in group if a["gold"]]
        ev = [a for a in g if a["event"]]
        rec = sum(any(c["y"] for c in a["cands"]) for a in g)
        print(f"{name:<9} n={len(g)} with event={len(ev)} rules={sum(a['rule_ok'] for a in g)} "
              f"({sum(a['rule_ok'] for a in g) / len(g):.3f})  candidate recall={rec} ({rec / len(g):.3f})  "
              f"mean candidates={sum(len(a['cands']) for a in ev) / max(1, len(ev)):.1f}")


_OPTS: dict[str, Any] = {"pairwise": False, "C": C_REG}  # set from the command line


def _fit(arts: list[dict[str, Any]]) -> Any:
    """Pointwise: each candidate a row labelled right / wrong. Pairwise (``--pairwise``): within an article, each
    (right, wrong) pair's feature difference, both ways round (a conditional-logit ranking of one article's
    candidates); the same weights score a candidate either way."""
    from sklearn.linear_model import LogisticRegression

    xs: list[list[float]] = []
    ys: list[int] = []
    for a in arts:
        if _OPTS["pairwise"]:
            pos = [c["x"] for c in a["cands"] if c["y"]]
            neg = [c["x"] for c in a["cands"] if not c["y"]]
            for p in pos:
                for n in neg:
                    d = [u - v for u, v in zip(p, n, strict=True)]
                    xs += [d, [-u for u in d]]
                    ys += [1, 0]
            continue
        for c in a["cands"]:
            xs.append(c["x"])
            ys.append(int(c["y"]))
    model = LogisticRegression(C=_OPTS["C"], max_iter=3000, fit_intercept=False)
    model.fit(xs, ys)
    return model


def _pick(model: Any, a: dict[str, Any], margin: float, weak_only: bool = False) -> bool:
    """Is the chosen candidate right (the rules' result when the article has no candidates)? ``weak_only``: the
    tie-breaker form, where the ranker decides only when the rules' choice is weak (confidence below
    ``WEAK_CONF``) and the rules' choice stands otherwise."""
    if not a["cands"]:
        return a["rule_ok"]
    if weak_only and any("rule" in c["sources"] and c["x"][_conf_index()] >= WEAK_CONF for c in a["cands"]):
        return a["rule_ok"]
    p = model.predict_proba([c["x"] for c in a["cands"]])[:, 1]
    best = max(range(len(p)), key=lambda i: p[i])
    rule = next((i for i, c in enumerate(a["cands"]) if "rule" in c["sources"]), None)
    if rule is not None and p[best] - p[rule] < margin:
        return a["rule_ok"]
    return bool(a["cands"][best]["y"])


def _table(label: str, arts: list[dict[str, Any]], model_of: Any) -> dict[str, float]:
    g = [a for a in arts if a["gold"]]
    rules = sum(a["rule_ok"] for a in g)
    row = {"n": len(g), "rules": rules}
    for m in MARGINS:
        row[f"ranker@{m}"] = sum(_pick(model_of(a), a, m) for a in g)
    row["ranker@weak"] = sum(_pick(model_of(a), a, 0.0, weak_only=True) for a in g)
    print(f"{label:<34} n={len(g):<4} rules={rules} ({rules / len(g):.3f})  " + "  ".join(
        f"{k}={v} ({v / len(g):.3f})" for k, v in row.items() if k.startswith("ranker")))
    return row


def _conf_index() -> int:
    from city_ranker_features import FEATURES

    return FEATURES.index("rule_conf")


def _fold(text: str, k: int) -> int:
    return zlib.crc32(text.encode("utf-8")) % k


def measure(arts: list[dict[str, Any]]) -> None:
    probes = [a for a in arts if a["set"] != "gvdb-dev"]
    gvdb = [a for a in arts if a["set"] == "gvdb-dev"]
    # (a) train on the probes only, score GVDB dev
    m = _fit(probes)
    _table("(a) probes -> GVDB dev", gvdb, lambda a: m)
    # (b) 5-fold leave-sets-out over the probe files
    sets = sorted({a["set"] for a in probes})
    models = {k: _fit([a for a in probes if _fold(a["set"], 5) != k]) for k in range(5)}
    _table(f"(b) probes leave-sets-out ({len(sets)} sets)", probes, lambda a: models[_fold(a["set"], 5)])
    # (c) probes + GVDB dev, GVDB dev out of fold
    models_c = {k: _fit(probes + [a for a in gvdb if _fold(a["id"], 5) != k]) for k in range(5)}
    _table("(c) probes+GVDB dev, GVDB oof", gvdb, lambda a: models_c[_fold(a["id"], 5)])
    # (d) GVDB dev alone, out of fold: can the features learn GVDB's own coding at all?
    models_d = {k: _fit([a for a in gvdb if _fold(a["id"], 5) != k]) for k in range(5)}
    _table("(d) GVDB dev only, oof", gvdb, lambda a: models_d[_fold(a["id"], 5)])


def write_weights(arts: list[dict[str, Any]], path: Path, margin: float) -> None:
    from city_ranker_features import FEATURES

    m = _fit(arts)
    weights = {name: round(float(w), 6) for name, w in zip(FEATURES, m.coef_[0], strict=True)}
    path.write_text(json.dumps({"version": 1, "features": list(FEATURES), "weights": weights, "margin": margin,
                                "trained_on": sorted({a["set"] for a in arts}), **_OPTS}, indent=1) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/cityrank/articles.jsonl"),
                    help="where the per-article candidates are written (re-used with --reuse)")
    ap.add_argument("--reuse", action="store_true", help="read the cache instead of running the pipeline")
    ap.add_argument("--weights", type=Path, help="also fit on every article and write the weights here")
    ap.add_argument("--margin", type=float, default=0.0, help="the shipped margin (with --weights)")
    ap.add_argument("--pairwise", action="store_true", help="fit on within-article (right - wrong) differences")
    ap.add_argument("--C", type=float, default=C_REG, help="inverse L2 strength")
    args = ap.parse_args(argv)
    _OPTS.update(pairwise=args.pairwise, C=args.C)
    if not args.reuse:
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        collect(args.cache)
    arts = _load(args.cache)
    recall(arts)
    measure(arts)
    if args.weights:
        write_weights(arts, args.weights, args.margin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
