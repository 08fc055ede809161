"""Train crosstally's document relevance model and write its weights as gzip'd JSON (no pickle).

Recipe (reproducible from ../shared/devdata; run ``.venv/bin/python scripts/train_relevance.py``):

* Data, DEV half of GLOCON only (first byte of the SHA-256 of the document id even): its documents (label 1
  or 2 = a protest / political-violence event, 0 = other news), the annotated sentences of those same
  documents (label 1/2 positives, 0 negatives), and ACLED train-side notes (Kenya <= 2015, Afghanistan 1-14
  March 2020, a sample) as extra positives with a lower sample weight. GLOCON's test half is read only at the
  end, to report the held-out score.
* Features: TF-IDF word 1-2-grams (sublinear tf, min_df 2, the most frequent --max-features terms).
* Model: logistic regression. C and the ACLED weight are chosen by 5-fold cross-validation over GLOCON dev
  documents (sentences and notes follow their document's fold; ACLED notes are only ever training rows).
* Thresholds: with the out-of-fold probabilities and the pipeline's own event flags (events found / a strong
  event, computed by running crosstally's extract stage on GLOCON, cached in ``--flags``), the two thresholds of
  ``crosstally.extract._relevance.is_relevant`` that maximise dev F1 of the pipeline decision.

Output: the event classifier's JSON format (vocabulary, idf, quantised coefficients; classes
"not relevant" / "relevant"); a header with recipe, thresholds and scores. No text is stored.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from crosstally.eval._datasets import dataset_path, glocon_split, read_dataset
from crosstally.extract import _relevance

OUT = Path(__file__).resolve().parents[1] / "src" / "crosstally" / "data" / "models" / "relevance.json.gz"
VERSION = "1.0.0"
NOT, REL = "not relevant", _relevance.RELEVANT


def _fold(key: str, k: int = 5) -> int:
    return hashlib.sha256(key.encode("utf-8")).digest()[1] % k


def _glocon_docs(split: str) -> list[tuple[str, str, int]]:
    """(document id, text, 1 relevant / 0 not)."""
    return [(r.id.split(":", 1)[1], r.text, int(bool(r.gold["relevant"]))) for r in read_dataset("glocon", split)]


def _glocon_sentences(doc_ids: set[str]) -> list[tuple[str, str, int]]:
    """Annotated sentences of the given documents: (document id, sentence, label)."""
    by_url: dict[str, str] = {}
    with dataset_path("glocon").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                by_url[str(obj["url"])] = str(obj["id"])
    path = dataset_path("glocon").parents[1] / "sentence" / "Sabinet.jsonl"
    out: list[tuple[str, str, int]] = []
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            obj = json.loads(line)
            doc_id = by_url.get(str(obj["url"]))
            if doc_id is None or doc_id not in doc_ids or glocon_split(doc_id) != "dev":
                continue
            out.append((doc_id, str(obj["sentence"]), int(int(obj.get("label") or 0) in (1, 2))))
    return out


def _acled_notes(n: int) -> list[str]:
    rows = [r for ds in ("acled-kenya", "acled-afghanistan") for r in read_dataset(ds, "train")]
    rows.sort(key=lambda r: hashlib.sha256(r.id.encode("utf-8")).hexdigest())
    return [r.text for r in rows[:n]]


def _vectorizer(max_features: int) -> TfidfVectorizer:
    return TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=2,
                           max_features=max_features, dtype=np.float64)


def _fit(texts: list[str], y: list[int], w: list[float], c: float, max_features: int):
    vec = _vectorizer(max_features)
    x = vec.fit_transform([t[:20_000] for t in texts])
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    clf.fit(x, y, sample_weight=np.asarray(w))
    return vec, clf


def _training_rows(docs, sents, notes, doc_ids: set[str], acled_w: float, sent_w: float):
    texts, y, w = [], [], []
    for d, t, lab in docs:
        if d in doc_ids:
            texts.append(t); y.append(lab); w.append(1.0)  # noqa: E702
    for d, t, lab in sents:
        if d in doc_ids and sent_w > 0:
            texts.append(t); y.append(lab); w.append(sent_w)  # noqa: E702
    if acled_w > 0:
        texts += notes; y += [1] * len(notes); w += [acled_w] * len(notes)  # noqa: E702
    return texts, y, w


def _f1(pred: list[bool], gold: list[bool]) -> dict[str, float]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "n": len(gold),
            "n_relevant": sum(gold)}


def _pipeline_flags(path: Path) -> dict[str, dict]:
    """Per GLOCON row: how many events the extract stage finds and whether one is strong (as pipeline.py tests)."""
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    from crosstally.extract import extract
    from crosstally.ingest import prepare
    from crosstally.nlp import load_nlp
    from crosstally.records import Document

    nlp = load_nlp()
    out: dict[str, dict] = {}
    for split in ("dev", "test"):
        for r in read_dataset("glocon", split):
            doc = Document(id=r.id, text=r.text)
            prepare(doc)
            events = extract(doc, nlp(doc.text)).events if doc.status == "ok" else []
            out[r.id] = {"events": len(events), "strong": any(bool(e.counts) or e.confidence >= 0.8 for e in events)}
    path.write_text(json.dumps(out), encoding="utf-8")
    return out


def _decide(p: float, flag: dict, t_weak: float, t_strong: float) -> bool:
    if not flag.get("events"):
        return False
    return p >= (t_strong if flag.get("strong") else t_weak)


def _export(vec: TfidfVectorizer, clf: LogisticRegression, header: dict) -> dict:
    z = clf.coef_[0]
    coef = np.stack([-z / 2, z / 2], axis=1)  # two-class softmax of (-z/2, z/2) = sigmoid(z)
    scale = float(np.abs(coef).max()) / 32000.0
    q = np.rint(coef / scale).astype(np.int32)
    b = float(clf.intercept_[0])
    return {
        "header": header,
        "vectorizers": [{"analyzer": "word", "ngram_range": [1, 2], "sublinear_tf": True,
                         "terms": vec.get_feature_names_out().tolist(),
                         "idf": [round(float(x), 5) for x in vec.idf_]}],
        "classes": [[NOT, NOT], [REL, REL]],
        "coef_scale": scale,
        "coef": q.tolist(),
        "intercept": [round(-b / 2, 6), round(b / 2, 6)],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--flags", type=Path, default=Path("build/glocon_pipeline_flags.json"),
                    help="cache of {row id: {events, strong}} from the extract stage on GLOCON (made when absent)")
    ap.add_argument("--max-features", type=int, default=20000)
    ap.add_argument("--acled-notes", type=int, default=1500)
    ap.add_argument("--c", type=float, nargs="*", default=[1.0, 3.0, 10.0, 30.0])
    ap.add_argument("--acled-weight", type=float, nargs="*", default=[0.0, 0.1, 0.3])
    ap.add_argument("--sentence-weight", type=float, nargs="*", default=[0.0, 0.5])
    args = ap.parse_args(argv)

    flags = _pipeline_flags(args.flags)
    docs = _glocon_docs("dev")
    sents = _glocon_sentences({d for d, _, _ in docs})
    notes = _acled_notes(args.acled_notes)
    print(f"dev: {len(docs)} documents ({sum(y for _, _, y in docs)} relevant), {len(sents)} sentences, "
          f"{len(notes)} ACLED notes", file=sys.stderr)
    folds = [_fold(d) for d, _, _ in docs]
    gold = [bool(y) for _, _, y in docs]
    flag_of = [flags.get(f"glocon:{d}", {"events": 1, "strong": False}) for d, _, _ in docs]

    best = None
    for c in args.c:
        for aw in args.acled_weight:
            for sw in args.sentence_weight:
                oof = np.zeros(len(docs))
                for k in range(5):
                    train_ids = {d for (d, _, _), f in zip(docs, folds, strict=True) if f != k}
                    texts, y, w = _training_rows(docs, sents, notes, train_ids, aw, sw)
                    vec, clf = _fit(texts, y, w, c, args.max_features)
                    idx = [i for i, f in enumerate(folds) if f == k]
                    oof[idx] = clf.predict_proba(vec.transform([docs[i][1][:20_000] for i in idx]))[:, 1]
                grid = np.round(np.arange(0.05, 0.96, 0.025), 3)
                for tw in grid:
                    for ts in grid:
                        if ts > tw:
                            continue
                        s = _f1([_decide(p, fl, tw, ts) for p, fl in zip(oof, flag_of, strict=True)], gold)
                        key = (s["f1"], -abs(tw - 0.5), ts)
                        if best is None or key > best[0]:
                            best = (key, {"C": c, "acled_weight": aw, "sentence_weight": sw,
                                          "weak": float(tw), "strong": float(ts)}, s)
                alone = _f1([p >= 0.5 for p in oof], gold)
                print(f"C={c} acled_w={aw} sent_w={sw}: model alone at 0.5 {alone}; best so far {best[1:]}",
                      file=sys.stderr)
    _, cfg, cv = best
    texts, y, w = _training_rows(docs, sents, notes, {d for d, _, _ in docs}, cfg["acled_weight"],
                                 cfg["sentence_weight"])
    vec, clf = _fit(texts, y, w, cfg["C"], args.max_features)

    test = _glocon_docs("test")
    p_test = clf.predict_proba(vec.transform([t[:20_000] for _, t, _ in test]))[:, 1]
    g_test = [bool(y) for _, _, y in test]
    f_test = [flags.get(f"glocon:{d}", {"events": 1, "strong": False}) for d, _, _ in test]
    test_pipeline = _f1([_decide(p, fl, cfg["weak"], cfg["strong"]) for p, fl in zip(p_test, f_test, strict=True)],
                        g_test)
    test_alone = _f1([p >= cfg["weak"] for p in p_test], g_test)
    print(f"chosen {cfg}; dev 5-fold {cv}; TEST pipeline decision {test_pipeline}; model alone {test_alone}",
          file=sys.stderr)

    header = {
        "name": "crosstally document relevance",
        "version": VERSION,
        "method": _relevance.METHOD,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "recipe": f"scripts/train_relevance.py: TF-IDF word 1-2-grams (sublinear tf, min_df 2, <= {args.max_features} "
                  f"terms) -> LogisticRegression(C={cfg['C']}, class_weight=balanced); ACLED note weight "
                  f"{cfg['acled_weight']}, GLOCON sentence weight {cfg['sentence_weight']}; chosen with thresholds "
                  "by 5-fold cross-validation over GLOCON dev documents.",
        "data": "TRAIN: GLOCON documents of the dev hash half (+ their annotated sentences), ACLED train-side notes "
                f"(first {args.acled_notes} by id hash) as positives. TEST (never trained on): GLOCON test half.",
        "thresholds": {"weak": cfg["weak"], "strong": cfg["strong"]},
        "scores_dev_cv": cv,
        "scores_test": {"pipeline_decision": test_pipeline, "model_alone_at_weak_threshold": test_alone},
        "sklearn_equivalent": "TfidfVectorizer(word, (1, 2), sublinear_tf=True, vocabulary=terms) with idf_ = idf; "
                              "p(relevant) = sigmoid(x @ coef_[0] + intercept_[0]).",
    }
    data = _export(vec, clf, header)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(data, fh, separators=(",", ":"))
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
