"""Train crosstally's document relevance model and write its weights as gzip'd JSON (no pickle).

Recipe (reproducible from ../shared/devdata; run ``.venv/bin/python scripts/train_relevance.py``):

* Unit: the sentence (``crosstally.extract._relevance.sentences``, a regex split). A document's probability is
  the mean of its two best sentences' (the best one's in a text of <= 3 sentences; ``_relevance.aggregate``): GLOCON's relevant documents often tell the
  event in one or two sentences among many, which a whole-document model dilutes (dev CV F1 0.69 → 0.80).
* Data, DEV half of GLOCON only (first byte of the SHA-256 of the document id even): the annotated sentences of
  its relevant documents (label 1/2 positive, 0 negative), every sentence of its other documents (negative),
  ACLED train-side notes (Kenya <= 2015, Afghanistan 1-14 March 2020; the first --acled-notes by id hash) as
  positives at a lower sample weight, and a few conflict/protest reports we wrote (``WRITTEN_POSITIVES``).
  Hard negatives: the sentences of non-relevant documents in which crosstally's extract stage finds an event
  (its false alarms: crime, court, accident stories) weigh --hard-weight, and a few ordinary-crime, court and
  accident sentences we wrote (``WRITTEN_NEGATIVES``) weigh --negative-weight: GLOCON's definition leaves them
  out, and ACLED's short notes (positives) otherwise teach that any "shot dead" sentence is an event.
  GLOCON's test half is read only at the end, to report the held-out score.
* Features: TF-IDF word 1-2-grams (sublinear tf, min_df 2, the most frequent --max-features terms) and char_wb
  3-5-grams (min_df 3, 1.5 x as many), each block L2-normalised. Model: logistic regression (balanced).
* Choice of C and thresholds: 5-fold cross-validation over GLOCON dev documents (a document's sentences follow
  its fold; ACLED notes are only ever training rows). The two thresholds of ``_relevance.decide`` (``keep``;
  ``exempt`` for a protest, riot or shooting with victims) maximise the out-of-fold F1 of the pipeline decision
  on GLOCON dev, under constraints measured with the final model on rows it never saw: the share of GVDB
  *dev* articles whose events are kept (>= --gvdb-min), of held-out ACLED train-side notes (>= --acled-min),
  and every demo report with an event and the seed article kept. The pipeline's events per row (type, count
  kinds, evidence) come from running crosstally's extract stage, cached in --events.
* The ``political`` profile's threshold (the model alone, no shooting exemption: GLOCON's definition) maximises
  the same out-of-fold F1 for that decision, under the ACLED held-out and demo/seed constraints (GVDB is gun
  crime, which this profile leaves out by design).

``--political`` (version 2.2) trains only the ``political`` profile's blend and leaves the sentence model as it is
(so the default ``auto`` policy, GVDB and ACLED are untouched): a logistic regression over
``_relevance.political_features`` (about 25 general counts and our extract stage's event types, standardised),
averaged with the sentence model's probability. Its C, the blend weight and the threshold are chosen on
out-of-fold probabilities of GLOCON dev (the sentence model refit per fold with the shipped recipe); the estimate
reported is *nested* (each outer fold's C, weight and threshold chosen on the other four folds), over
``--splits`` different fold assignments. Constraints as above (ACLED held-out notes, demo and seed kept under
``political``). GLOCON test is read only with ``--test``. Writes ``models/relevance_political.json``.

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
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from crosstally.eval._datasets import dataset_path, glocon_split, read_dataset
from crosstally.extract import _relevance

OUT = Path(__file__).resolve().parents[1] / "src" / "crosstally" / "data" / "models" / "relevance.json.gz"
ROOT = Path(__file__).resolve().parents[1]
VERSION = "2.1.0"
NOT, REL = "not relevant", _relevance.RELEVANT


# Positives we wrote (no devdata text): conflict and protest reports in the styles GLOCON's wire news lacks
# (monitors' and UN statements, rights groups' tallies, armed-conflict dispatches). Always training rows.
WRITTEN_POSITIVES = [
    "A monitoring group said it had documented the killing of dozens of civilians by armed men in three villages "
    "on the coast since Thursday, most of them members of a religious minority.",
    "The UN human rights office said it had verified the deaths of 111 civilians in the coastal provinces and "
    "called for an independent investigation into summary executions by armed groups.",
    "Security forces and gunmen loyal to the former government fought for a second day near the town, and "
    "reinforcements were sent from other provinces, according to the observatory.",
    "Residents said fighters went from house to house, shooting men in front of their families, and that "
    "bodies were left in the streets for days before they could be buried.",
    "The rights network published the names of 803 people it said were killed in the violence and accused "
    "both government-affiliated factions and insurgents of abuses.",
    "An airstrike hit a market in the district on Sunday, killing at least 14 people, a local health official "
    "said; the army denied carrying out the raid.",
    "Militants stormed an army post at dawn, and the battle that followed left six soldiers and several attackers "
    "dead, the defence ministry said.",
    "A suicide bomber blew himself up inside a church during the Sunday service, killing 25 worshippers and "
    "wounding dozens, the interior ministry said.",
    "Thousands marched through the capital against a new finance bill, and police "
    "fired tear gas and water cannon to disperse them.",
    "Protesters burned tyres and blocked the main highway for hours; at least two demonstrators were shot dead "
    "when police opened fire, a rights group said.",
    "Families of the victims held a sit-in outside the governor's office, demanding that those responsible for "
    "the massacre be brought to justice.",
    "Armed groups clashed in the southern suburbs overnight after a dispute at a checkpoint, and the fighting "
    "spread to two neighbouring towns, killing at least 30 people.",
    "The commission of inquiry said the killings were revenge attacks after an insurgent ambush on security "
    "patrols, and that some victims were children.",
    "Villagers who fled the attacks told reporters that armed men set homes on fire and looted shops, and "
    "that many people were still missing.",
    "Striking mine workers marched to the company's offices to hand over a memorandum of demands, and the "
    "union threatened a wider strike.",
    "An armed group kidnapped 40 passengers from a bus on the highway and killed the driver, the provincial "
    "police said.",
    # Commentary and opinion about armed conflict (the seed article's genre; GLOCON's wire news has none).
    "The government insists its soldiers only returned fire, but the villagers who buried their dead last "
    "week tell a different story, and an independent inquiry is the least they are owed.",
    "Let us be clear about what happened in the north this month: an insurgent ambush killed a patrol, and "
    "the army's reprisals against nearby hamlets have since cost far more lives than the ambush did.",
    "Commentators who call the fighting in the hills a mere security operation ignore the shelling of homes, "
    "the checkpoints where young men disappear and the families who have fled to the city.",
    "For three days militia fighters and troops battled for control of the provincial capital, and both sides"
    " now claim victory while the dead are still being counted.",
    "The rebels' offensive on the border towns was planned for months, the minister argued, and the state has"
    " every right to defend its territory against armed insurrection.",
    "Whatever one thinks of the cause, the riots that followed the verdict left shops burned and streets "
    "barricaded, and the police response made matters worse.",
    "The massacre in the market town was not a spontaneous outburst: armed men arrived in trucks, separated "
    "the men from the women and shot them, survivors say.",
    "Editorial: the bombing of the bus station is the third attack on civilians this year, and the security "
    "services owe the public an account of what went wrong.",
]


# Negatives we wrote (no devdata text): ordinary crime, court reports of past crimes, accidents, police work.
WRITTEN_NEGATIVES = [
    # Ordinary crime: a robbery, a hijacking, a dispute, a family killing (crime, not protest or political violence).
    "A shopkeeper was shot dead during a robbery at his store on Friday evening, and the three robbers fled with "
    "cash and cellphones, police said.",
    "Two men hijacked a delivery van at gunpoint on the highway and shot the driver in the leg before driving off "
    "with the goods, a police spokesman said.",
    "A man shot his neighbour dead after an argument over a noisy party and then handed himself over at the "
    "police station, officers said.",
    "Police are searching for a man who stabbed his wife to death at their home on Sunday night after a domestic "
    "quarrel.",
    "A security guard was wounded when armed robbers attacked a cash-in-transit van outside a shopping centre and "
    "escaped with an undisclosed sum of money.",
    "A taxi owner was shot dead in what police believe was a dispute over a route between rival taxi operators.",
    "Detectives arrested four suspects in connection with a spate of house robberies in the suburb and seized two "
    "unlicensed pistols and ammunition.",
    "A teenager was killed by a stray bullet when two drug dealers exchanged fire in the street, police said.",
    # Court reports of past crimes.
    "The man accused of shooting his business partner dead last year was sentenced to life imprisonment in the "
    "High Court on Thursday.",
    "The murder trial of the former police officer was postponed to next month because a witness was ill, the "
    "magistrate said.",
    "Two brothers charged with the killing of a farmer were granted bail when they appeared in the magistrate's "
    "court on Monday.",
    "The accused pleaded not guilty to charges of murder and attempted murder, and the state said it would call "
    "twelve witnesses.",
    # Accidents and disasters.
    "Five people were killed and twelve injured when a minibus taxi collided with a truck on the national road "
    "early on Saturday, paramedics said.",
    "Three miners died after a rock fall underground at the platinum mine, the company said, and an inquiry into "
    "the accident has begun.",
    "A fire swept through an informal settlement overnight, destroying forty shacks and leaving a child dead, "
    "the fire department said.",
    # Police work and crime statistics.
    "Police seized a consignment of illegal firearms and drugs at the border post and arrested the driver of the "
    "truck.",
    "The national crime statistics released on Tuesday showed a rise in murders and car hijackings but a fall in "
    "burglaries.",
]


def _fold(key: str, k: int = 5) -> int:
    return hashlib.sha256(key.encode("utf-8")).digest()[1] % k


def _glocon_docs(split: str) -> list[tuple[str, str, int]]:
    """(document id, text, 1 relevant / 0 not)."""
    return [(r.id.split(":", 1)[1], r.text, int(bool(r.gold["relevant"]))) for r in read_dataset("glocon", split)]


def _glocon_sentences(doc_ids: set[str]) -> list[tuple[str, str, int]]:
    """Annotated sentences of the given (dev) documents: (document id, sentence, label)."""
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


def _acled_rows():
    rows = [r for ds in ("acled-kenya", "acled-afghanistan") for r in read_dataset(ds, "train")]
    rows.sort(key=lambda r: hashlib.sha256(r.id.encode("utf-8")).hexdigest())
    return rows


def _vectorizers(max_features: int) -> list[TfidfVectorizer]:
    word = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=2,
                           max_features=max_features, dtype=np.float64)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=3,
                           max_features=int(max_features * 1.5), dtype=np.float64)
    return [word, char]


class _Vecs:
    """The word and character blocks side by side, each L2-normalised (as crosstally.extract._model reads them)."""

    def __init__(self, max_features: int) -> None:
        self.blocks = _vectorizers(max_features)

    def fit_transform(self, texts: list[str]):
        return hstack([v.fit_transform(texts) for v in self.blocks]).tocsr()

    def transform(self, texts: list[str]):
        return hstack([v.transform(texts) for v in self.blocks]).tocsr()


def _sentence_rows(docs, annotated, notes, doc_ids: set[str], acled_w: float, hard: frozenset[str] = frozenset(),
                   hard_w: float = 1.0, neg_w: float = 0.0):
    """Training sentences: annotated ones of relevant documents, all of the others (negative; those of the
    documents in ``hard`` weigh ``hard_w``), notes, ours."""
    ann: dict[str, list[tuple[str, int]]] = {}
    for d, s, lab in annotated:
        ann.setdefault(d, []).append((s, lab))
    texts, y, w = [], [], []
    for d, t, lab in docs:
        if d not in doc_ids:
            continue
        if lab:
            for s, sl in ann.get(d, []):  # a relevant document without annotated sentences teaches nothing
                texts.append(s); y.append(sl); w.append(1.0)  # noqa: E702
        else:
            for s in _relevance.sentences(t):
                texts.append(s); y.append(0); w.append(hard_w if d in hard else 1.0)  # noqa: E702
    texts += WRITTEN_POSITIVES; y += [1] * len(WRITTEN_POSITIVES); w += [1.0] * len(WRITTEN_POSITIVES)  # noqa: E702
    if neg_w > 0:
        texts += WRITTEN_NEGATIVES; y += [0] * len(WRITTEN_NEGATIVES)  # noqa: E702
        w += [neg_w] * len(WRITTEN_NEGATIVES)
    if acled_w > 0:
        texts += notes; y += [1] * len(notes); w += [acled_w] * len(notes)  # noqa: E702
    return texts, y, w


def _fit(texts: list[str], y: list[int], w: list[float], c: float, max_features: int):
    vec = _Vecs(max_features)
    x = vec.fit_transform(texts)
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    clf.fit(x, y, sample_weight=np.asarray(w))
    return vec, clf


def _doc_proba(vec: _Vecs, clf: LogisticRegression, texts: list[str]) -> np.ndarray:
    """Each document's probability: its sentences scored, aggregated as the pipeline does."""
    out = np.zeros(len(texts))
    for i, t in enumerate(texts):
        ps = clf.predict_proba(vec.transform(_relevance.sentences(t)))[:, 1]
        out[i] = _relevance.aggregate([float(p) for p in ps])
    return out


def _f1(pred: list[bool], gold: list[bool]) -> dict[str, float]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "n": len(gold),
            "n_relevant": sum(gold)}


def _events(path: Path, texts: dict[str, str]) -> dict[str, dict]:
    """Per row id: the cleaned text and the extract stage's events as [type, count kinds, evidence texts].

    Cached in ``path`` (under build/, never committed: it holds devdata text)."""
    cache: dict[str, list] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    missing = [k for k in texts if k not in cache]
    if missing:
        from crosstally.extract import extract
        from crosstally.ingest import prepare
        from crosstally.nlp import load_nlp
        from crosstally.records import Document

        nlp = load_nlp()
        print(f"running the extract stage on {len(missing)} rows", file=sys.stderr)
        for k in missing:
            doc = Document(id=k, text=texts[k])
            prepare(doc)
            evs = extract(doc, nlp(doc.text)).events if doc.status == "ok" else []
            cache[k] = {"text": doc.text, "events": [
                [e.event_type, [c.kind for c in e.counts], [doc.text[s.start:s.end] for s in e.evidence]] for e in evs]}
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(cache), encoding="utf-8")
    return {k: cache[k] for k in texts}


def _exempt(events: list) -> bool:
    return any(_relevance.exempt_cue(t, kinds, ev) for t, kinds, ev in events)


def _keep(p: float, events: list, t: dict[str, float], policy: str = "auto") -> bool:
    return bool(events) and _relevance.decide_cues(p, _exempt(events), t, policy)


def _must_keep() -> dict[str, str]:
    """Texts whose events must survive the filter: the demo reports, and the seed article.

    Their probabilities never train the model; they only constrain the thresholds.
    """
    rows = [json.loads(line) for line in (ROOT / "demo" / "corpus" / "reports.jsonl").read_text().splitlines()
            if line.strip()]
    texts = {f"demo:{o['id']}": str(o["text"]) for o in rows}
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        texts |= {f"seed:{f.name}": f.read_text(encoding="utf-8") for f in sorted(seeds.glob("*.txt"))}
    return texts


def _export(vec: _Vecs, clf: LogisticRegression, header: dict) -> dict:
    z = clf.coef_[0]
    coef = np.stack([-z / 2, z / 2], axis=1)  # two-class softmax of (-z/2, z/2) = sigmoid(z)
    scale = float(np.abs(coef).max()) / 32000.0
    q = np.rint(coef / scale).astype(np.int32)
    b = float(clf.intercept_[0])
    return {
        "header": header,
        "vectorizers": [{"analyzer": v.analyzer, "ngram_range": list(v.ngram_range), "sublinear_tf": True,
                         "terms": v.get_feature_names_out().tolist(),
                         "idf": [round(float(x), 5) for x in v.idf_]} for v in vec.blocks],
        "classes": [[NOT, NOT], [REL, REL]],
        "coef_scale": scale,
        "coef": q.tolist(),
        "intercept": [round(-b / 2, 6), round(b / 2, 6)],
    }


POLITICAL_OUT = OUT.with_name("relevance_political.json")
POLITICAL_VERSION = "2.2.0"
_BLEND_C = (0.01, 0.03, 0.1, 0.3)
_BLEND_W = (0.5, 0.6, 0.7, 0.8)
_BLEND_T = np.round(np.arange(0.1, 0.901, 0.02), 3)


def _fold_by(key: str, byte: int, k: int = 5) -> int:
    return hashlib.sha256(key.encode("utf-8")).digest()[byte] % k


def _feature_oof(x: np.ndarray, gold: np.ndarray, folds: np.ndarray, c: float) -> np.ndarray:
    from sklearn.preprocessing import StandardScaler

    oof = np.zeros(len(gold))
    for k in sorted(set(folds.tolist())):
        tr = folds != k
        sc = StandardScaler().fit(x[tr])
        clf = LogisticRegression(C=c, max_iter=2000).fit(sc.transform(x[tr]), gold[tr])
        oof[~tr] = clf.predict_proba(sc.transform(x[~tr]))[:, 1]
    return oof


def _best_blend(cands: dict, gold: np.ndarray, has_ev: np.ndarray, mask: np.ndarray, feasible: set) -> tuple:
    """(config, threshold) of the best F1 on the rows in ``mask`` (a decision needs events, as in the pipeline),
    among the ``feasible`` pairs (those that meet the keep constraints)."""
    best = None
    for cfg, p in cands.items():
        for t in _BLEND_T:
            if (cfg, float(t)) not in feasible:
                continue
            s = _f1(list((p[mask] >= t) & has_ev[mask]), list(gold[mask]))["f1"]
            key = (s, -abs(float(t) - 0.5))
            if best is None or key > best[0]:
                best = (key, cfg, float(t))
    return best[1], best[2]


def _nested(cands: dict, gold: np.ndarray, has_ev: np.ndarray, folds: np.ndarray, feasible: set) -> dict[str, float]:
    """Outer 5-fold: each fold decided with the config and threshold chosen on the other four."""
    pred = np.zeros(len(gold), dtype=bool)
    for k in sorted(set(folds.tolist())):
        cfg, t = _best_blend(cands, gold, has_ev, folds != k, feasible)
        pred[folds == k] = (cands[cfg][folds == k] >= t) & has_ev[folds == k]
    return _f1(pred.tolist(), gold.tolist())


def _sentence_oof(docs, annotated, notes, folds, extra) -> np.ndarray:
    """Out-of-fold document probabilities of the shipped sentence recipe (its header's C and note weight)."""
    c, aw = 10.0, 0.2
    oof = np.zeros(len(docs))
    for k in sorted(set(folds.tolist())):
        vec, clf = _fit(*_sentence_rows(docs, annotated, notes, {d for (d, _, _), f in zip(docs, folds, strict=True)
                                                                  if f != k}, aw, **extra), c, 20000)
        idx = [i for i, f in enumerate(folds) if f == k]
        oof[idx] = _doc_proba(vec, clf, [docs[i][1] for i in idx])
    return oof


def political_main(args: argparse.Namespace) -> int:
    """Train the ``political`` profile's blend (see the module docstring); the sentence model is not retrained."""
    from sklearn.preprocessing import StandardScaler

    docs = _glocon_docs("dev")
    annotated = _glocon_sentences({d for d, _, _ in docs})
    acled = _acled_rows()
    notes = [r.text for r in acled[: args.acled_notes]]
    heldout = {r.id: r.text for r in acled[args.acled_notes: args.acled_notes + args.acled_heldout]}
    must = _must_keep()
    ev = _events(args.events, {f"glocon:{d}": t for d, t, _ in docs} | heldout | must)
    docs = [(d, ev[f"glocon:{d}"]["text"], y) for d, _, y in docs]
    must = {k: v for k, v in must.items() if ev[k]["events"]}
    gold = np.array([bool(y) for _, _, y in docs])
    has_ev = np.array([bool(ev[f"glocon:{d}"]["events"]) for d, _, _ in docs])
    types = [[e[0] for e in ev[f"glocon:{d}"]["events"]] for d, _, _ in docs]
    x = np.array([_relevance.political_features(t, ty) for (_, t, _), ty in zip(docs, types, strict=True)])
    hard = frozenset(d for d, _, y in docs if not y and ev[f"glocon:{d}"]["events"])
    extra = {"hard": hard, "hard_w": args.hard_weight, "neg_w": args.negative_weight}
    # The blends fitted on all dev, and which (C, weight, threshold) keep the ACLED held-out notes, the demo
    # and the seed (fixed texts, so feasibility does not depend on the fold): the nested search and the final
    # choice both stay inside it, and so does the sentence model alone (config 0) it is compared with.
    sc = {c: StandardScaler().fit(x) for c in _BLEND_C}
    fits = {c: LogisticRegression(C=c, max_iter=2000).fit(sc[c].transform(x), gold) for c in _BLEND_C}
    side = {}
    for name, ids in (("acled", list(heldout)), ("must", list(must))):
        p_sent = np.array([_relevance.relevance(ev[k]["text"]) for k in ids])
        feats = np.array([_relevance.political_features(ev[k]["text"], [e[0] for e in ev[k]["events"]]) for k in ids])
        side[name] = (p_sent, {c: fits[c].predict_proba(sc[c].transform(feats))[:, 1] for c in _BLEND_C})
    feasible, kept_at = set(), {}
    for cfg in [0] + [(c, w) for c in _BLEND_C for w in _BLEND_W]:
        for t in _BLEND_T:
            kept = {}
            for name, (p_sent, p_doc) in side.items():
                pb = p_sent if cfg == 0 else cfg[1] * p_sent + (1 - cfg[1]) * p_doc[cfg[0]]
                kept[name] = float(np.mean(pb >= t))
            if kept["acled"] >= args.acled_min and kept["must"] >= 1.0:
                feasible.add((cfg, float(t)))
                kept_at[(cfg, float(t))] = kept
    nested: dict[str, list[dict[str, float]]] = {"sentence model alone": [], "blend": []}
    main_cands = None
    for byte in range(1, 1 + args.splits):
        folds = np.array([_fold_by(d, byte) for d, _, _ in docs])
        ps = _sentence_oof(docs, annotated, notes, folds, extra)
        pf = {c: _feature_oof(x, gold, folds, c) for c in _BLEND_C}
        cands = {(c, w): w * ps + (1 - w) * pf[c] for c in _BLEND_C for w in _BLEND_W}
        nested["sentence model alone"].append(_nested({0: ps}, gold, has_ev, folds, feasible))
        nested["blend"].append(_nested(cands, gold, has_ev, folds, feasible))
        print(f"split {byte}: nested 5-fold, sentence model alone {nested['sentence model alone'][-1]}, "
              f"blend {nested['blend'][-1]}", file=sys.stderr)
        if main_cands is None:
            main_cands = cands
    summary = {k: {m: round(float(np.mean([r[m] for r in v])), 4) for m in ("precision", "recall", "f1")}
               for k, v in nested.items()}
    print(f"nested, mean over {args.splits} fold splits: {summary}", file=sys.stderr)

    # The final choice: the same search on all dev (first fold split's out-of-fold probabilities).
    best = None
    for (c, w), p in main_cands.items():
        for t in _BLEND_T:
            if (((c, w)), float(t)) not in feasible:
                continue
            s = _f1(list((p >= t) & has_ev), gold.tolist())
            key = (s["f1"], -abs(float(t) - 0.5))
            if best is None or key > best[0]:
                best = (key, c, w, float(t), s, kept_at[((c, w), float(t))])
    if best is None:
        print("no blend meets the constraints", file=sys.stderr)
        return 1
    _, c, w, t, s, kept = best
    print(f"chosen C={c} weight={w} threshold={t}; dev OOF (not nested) {s}; kept {kept}", file=sys.stderr)
    header = {
        "name": "crosstally document relevance, political profile blend",
        "version": POLITICAL_VERSION,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "recipe": f"scripts/train_relevance.py --political: p = {w} * sentence model (relevance.json.gz) + "
                  f"{round(1 - w, 2)} * LogisticRegression(C={c}) over standardised "
                  "_relevance.political_features; C, weight and threshold chosen on 5-fold out-of-fold "
                  "probabilities of GLOCON dev under ACLED held-out / demo / seed keep constraints.",
        "data": "TRAIN: GLOCON dev hash half. CONSTRAINTS: ACLED train-side held-out notes, demo corpus, seed. "
                "TEST (never trained on): GLOCON test half.",
        "scores_dev_nested": summary,
        "scores_dev_nested_splits": args.splits,
        "scores_dev_oof": s,
        "constraints": {"acled_heldout_min": args.acled_min, "kept": kept},
    }
    if args.test:
        test = _glocon_docs("test")
        ev_test = _events(args.events, {f"glocon:{d}": x_ for d, x_, _ in test})
        pred = []
        for d, _, _ in test:
            row = ev_test[f"glocon:{d}"]
            feats = np.array([_relevance.political_features(row["text"], [e[0] for e in row["events"]])])
            pb = w * _relevance.relevance(row["text"]) + (1 - w) * fits[c].predict_proba(sc[c].transform(feats))[0, 1]
            pred.append(bool(row["events"]) and pb >= t)
        header["scores_test"] = _f1(pred, [bool(y) for _, _, y in test])
        print(f"TEST (GLOCON test half, political blend): {header['scores_test']}", file=sys.stderr)
    data = {"header": header, "features": _relevance.political_feature_names(),
            "mean": [round(float(v), 6) for v in sc[c].mean_], "scale": [round(float(v), 6) for v in sc[c].scale_],
            "coef": [round(float(v), 6) for v in fits[c].coef_[0]], "intercept": round(float(fits[c].intercept_[0]), 6),
            "weight": w, "threshold": t}
    args.political_out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.political_out}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--events", type=Path, default=Path("build/relevance_events.json"),
                    help="cache of the extract stage's events per row (made when absent)")
    ap.add_argument("--max-features", type=int, default=20000)
    ap.add_argument("--acled-notes", type=int, default=1500, help="ACLED train-side notes used as positives")
    ap.add_argument("--acled-heldout", type=int, default=600, help="further train-side notes for the constraint")
    ap.add_argument("--c", type=float, nargs="*", default=[3.0, 10.0])
    ap.add_argument("--acled-weight", type=float, nargs="*", default=[0.2])
    ap.add_argument("--hard-weight", type=float, default=3.0,
                    help="weight of the sentences of non-relevant GLOCON documents in which the pipeline finds events")
    ap.add_argument("--negative-weight", type=float, default=3.0, help="weight of WRITTEN_NEGATIVES")
    ap.add_argument("--gvdb-min", type=float, default=0.955, help="share of GVDB dev articles whose events are kept (the 'weak' policy kept 0.945; "
                    "at 0.93 a first model kept only 0.875 of GVDB *test*, so the bar is 0.01 above, not below)")
    ap.add_argument("--acled-min", type=float, default=0.965, help="share of held-out ACLED notes kept")
    ap.add_argument("--political", action="store_true",
                    help="train only the political profile's blend (models/relevance_political.json)")
    ap.add_argument("--political-out", type=Path, default=POLITICAL_OUT)
    ap.add_argument("--splits", type=int, default=1, help="--political: fold assignments for the nested estimate")
    ap.add_argument("--test", action="store_true", help="--political: also score GLOCON test (once, at the end)")
    args = ap.parse_args(argv)
    if args.political:
        return political_main(args)

    docs = _glocon_docs("dev")
    test = _glocon_docs("test")
    annotated = _glocon_sentences({d for d, _, _ in docs})
    acled = _acled_rows()
    notes = [r.text for r in acled[: args.acled_notes]]
    heldout = {r.id: r.text for r in acled[args.acled_notes: args.acled_notes + args.acled_heldout]}
    gvdb = {r.id: r.text for r in read_dataset("gvdb", "dev")}
    must = _must_keep()
    ev = _events(args.events, {f"glocon:{d}": t for d, t, _ in docs + test} | gvdb | heldout | must)
    docs = [(d, ev[f"glocon:{d}"]["text"], y) for d, _, y in docs]
    test = [(d, ev[f"glocon:{d}"]["text"], y) for d, _, y in test]
    must = {k: v for k, v in must.items() if ev[k]["events"]}
    print(f"dev: {len(docs)} documents ({sum(y for _, _, y in docs)} relevant), {len(annotated)} annotated "
          f"sentences, {len(notes)} ACLED notes; constraints: {len(gvdb)} GVDB dev, {len(heldout)} ACLED held-out, "
          f"{len(must)} demo/seed texts with events", file=sys.stderr)
    folds = [_fold(d) for d, _, _ in docs]
    gold = [bool(y) for _, _, y in docs]
    dev_events = [ev[f"glocon:{d}"]["events"] for d, _, _ in docs]
    hard = frozenset(d for d, _, y in docs if not y and ev[f"glocon:{d}"]["events"])
    extra = {"hard": hard, "hard_w": args.hard_weight, "neg_w": args.negative_weight}
    grid_keep = np.round(np.arange(0.2, 0.901, 0.02), 3)
    grid_exempt = [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]

    best = None
    for c in args.c:
        for aw in args.acled_weight:
            oof = np.zeros(len(docs))
            for k in range(5):
                train_ids = {d for (d, _, _), f in zip(docs, folds, strict=True) if f != k}
                vec, clf = _fit(*_sentence_rows(docs, annotated, notes, train_ids, aw, **extra), c,
                                args.max_features)
                idx = [i for i, f in enumerate(folds) if f == k]
                oof[idx] = _doc_proba(vec, clf, [docs[i][1] for i in idx])
            vec, clf = _fit(*_sentence_rows(docs, annotated, notes, {d for d, _, _ in docs}, aw, **extra), c,
                            args.max_features)
            side = {}
            for name, ids in (("gvdb", list(gvdb)), ("acled", list(heldout)), ("must", list(must))):
                side[name] = (_doc_proba(vec, clf, [ev[k]["text"] for k in ids]), [ev[k]["events"] for k in ids])
            for tk in grid_keep:
                for te in grid_exempt:
                    if te > tk:
                        continue
                    t = {"keep": float(tk), "exempt": float(te)}
                    kept = {n: float(np.mean([_keep(p, e, t) for p, e in zip(*side[n], strict=True)]))
                            for n in side}
                    if kept["gvdb"] < args.gvdb_min or kept["acled"] < args.acled_min or kept["must"] < 1.0:
                        continue
                    s = _f1([_keep(p, e, t) for p, e in zip(oof, dev_events, strict=True)], gold)
                    key = (s["f1"], kept["gvdb"] + kept["acled"], -abs(tk - 0.5))
                    if best is None or key > best[0]:
                        best = (key, {"C": c, "acled_weight": aw, **t}, s, kept, oof.copy(), side)
            alone = max(_f1([p >= t for p in oof], gold)["f1"] for t in grid_keep)
            print(f"C={c} acled_w={aw}: model alone, best threshold, OOF F1 {alone}; best so far {best[1:4] if best else None}",
                  file=sys.stderr)
    if best is None:
        print("no thresholds meet the constraints", file=sys.stderr)
        return 1
    _, cfg, cv, kept, oof, side = best
    t = {"keep": cfg["keep"], "exempt": cfg["exempt"]}
    pol = None
    for tp in grid_keep:
        tt = {**t, "political": float(tp)}
        kept_p = {n: float(np.mean([_keep(p, e, tt, "political") for p, e in zip(*side[n], strict=True)]))
                  for n in ("acled", "must")}
        if kept_p["acled"] < args.acled_min or kept_p["must"] < 1.0:
            continue
        s = _f1([_keep(p, e, tt, "political") for p, e in zip(oof, dev_events, strict=True)], gold)
        key = (s["f1"], -abs(float(tp) - 0.5))
        if pol is None or key > pol[0]:
            pol = (key, float(tp), s, kept_p)
    if pol is None:
        print("no political threshold meets the constraints", file=sys.stderr)
        return 1
    t["political"] = pol[1]
    print(f"political profile: threshold {pol[1]}; dev 5-fold {pol[2]}; kept {pol[3]}", file=sys.stderr)
    vec, clf = _fit(*_sentence_rows(docs, annotated, notes, {d for d, _, _ in docs}, cfg["acled_weight"], **extra),
                    cfg["C"], args.max_features)
    p_test = _doc_proba(vec, clf, [x for _, x, _ in test])
    g_test = [bool(y) for _, _, y in test]
    test_pipeline = _f1([_keep(p, ev[f"glocon:{d}"]["events"], t) for p, (d, _, _) in zip(p_test, test, strict=True)],
                        g_test)
    test_alone = _f1([p >= t["keep"] for p in p_test], g_test)
    test_political = _f1([_keep(p, ev[f"glocon:{d}"]["events"], t, "political")
                          for p, (d, _, _) in zip(p_test, test, strict=True)], g_test)
    print(f"chosen {cfg}; dev 5-fold {cv}; kept {kept}; TEST pipeline decision {test_pipeline}; model alone "
          f"{test_alone}; political profile {test_political}", file=sys.stderr)

    header = {
        "name": "crosstally document relevance",
        "version": VERSION,
        "method": _relevance.METHOD,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "unit": "sentence (crosstally.extract._relevance.sentences); document = _relevance.aggregate",
        "recipe": f"scripts/train_relevance.py: sentences; TF-IDF word 1-2-grams (sublinear tf, min_df 2, <= "
                  f"{args.max_features} terms) + char_wb 3-5-grams (min_df 3) -> LogisticRegression(C={cfg['C']}, "
                  f"class_weight=balanced); ACLED note weight {cfg['acled_weight']}; hard-negative weight "
                  f"{args.hard_weight}, written negatives weight {args.negative_weight}; C and thresholds chosen by "
                  "5-fold cross-validation over GLOCON dev documents under GVDB-dev / ACLED held-out / demo "
                  "keep constraints.",
        "data": "TRAIN: GLOCON dev hash half (annotated sentences of relevant documents, every sentence of the "
                f"others), ACLED train-side notes (first {args.acled_notes} by id hash) as positives. CONSTRAINTS: "
                f"GVDB dev, the next {args.acled_heldout} ACLED train-side notes, demo corpus, seed. TEST (never "
                "trained on): GLOCON test half.",
        "thresholds": t,
        "constraints": {"gvdb_dev_min": args.gvdb_min, "acled_heldout_min": args.acled_min, "kept": kept},
        "scores_dev_cv": cv,
        "scores_dev_cv_political": pol[2],
        "constraints_political": {"acled_heldout_min": args.acled_min, "kept": pol[3]},
        "scores_test": {"pipeline_decision": test_pipeline, "model_alone_at_keep_threshold": test_alone,
                        "political_profile": test_political},
        "sklearn_equivalent": "per block TfidfVectorizer(analyzer, ngram_range, sublinear_tf=True, vocabulary=terms), "
                              "idf_ = idf; p(relevant | sentence) = sigmoid(x @ coef_[0] + intercept_[0]).",
    }
    data = _export(vec, clf, header)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(data, fh, separators=(",", ":"))
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
