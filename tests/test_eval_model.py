"""The shipped event classifier: loads without pickle, matches scikit-learn's maths, predicts sensibly."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from crosstally.extract import _model

ROOT = Path(__file__).resolve().parents[1]

# Our own sentences (not devdata).
SENTENCES = [
    "Police fired tear gas to disperse traders protesting against new market fees in Eldoret.",
    "Gunmen shot dead a shopkeeper in his store in Garissa town late on Monday.",
    "Taliban fighters and Afghan army troops clashed for hours in Kunduz district; six militants died.",
    "A roadside bomb struck a police pick-up in Ghazni, killing two officers.",
    "Hundreds of nurses marched peacefully through Nairobi to demand unpaid wages.",
    "The football club signed a new goalkeeper on a three-year contract.",
]


def test_weights_file_is_json_with_header_and_under_3mb():
    assert _model.MODEL_PATH.exists()
    assert _model.MODEL_PATH.stat().st_size < 3_000_000
    with gzip.open(_model.MODEL_PATH, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    head = data["header"]
    for key in ("version", "recipe", "data", "created", "scores_dev_holdout", "scores_test"):
        assert key in head, key
    assert "train_event_classifier.py" in head["recipe"]
    # Only single n-gram features: no term is longer than a word bigram.
    for block in data["vectorizers"]:
        assert max(len(t.split()) for t in block["terms"]) <= 2
        assert max(len(t) for t in block["terms"]) < 60


def test_available_and_predict_shapes():
    assert _model.available()
    assert _model.predict([]) == []
    out = _model.predict(SENTENCES)
    assert len(out) == len(SENTENCES)
    for etype, sub, p in out:
        assert isinstance(etype, str) and isinstance(sub, str) and 0.0 < p <= 1.0


def test_predictions_on_our_own_sentences():
    out = _model.predict(SENTENCES)
    types = [t for t, _, _ in out]
    assert types[0] == "Protests"
    assert types[1] == "Violence against civilians"
    assert types[2] == "Battles"
    assert types[3] == "Explosions/Remote violence"
    assert out[4][1] == "Peaceful protest"
    assert types[5] == _model.NO_EVENT


@pytest.mark.parametrize("text", ["Hello,  world!\tA  b c", "Al-Shabaab's men, 12 of them; café  déjà-vu", "x"])
def test_analyzers_match_scikit_learn(text):
    word = TfidfVectorizer(analyzer="word", ngram_range=(1, 2)).build_analyzer()
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).build_analyzer()
    assert sorted(_model.word_ngrams(text, 1, 2)) == sorted(word(text))
    assert sorted(_model.char_wb_ngrams(text, 3, 5)) == sorted(char(text))


def test_exported_model_reproduces_scikit_learn_probabilities():
    spec = importlib.util.spec_from_file_location("train_ec", ROOT / "scripts" / "train_event_classifier.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    labels = ["Protests|Peaceful protest", "Violence against civilians|Attack", "Battles|Armed clash",
              "Explosions/Remote violence|Remote explosive/landmine/IED", "Protests|Peaceful protest",
              "No event|No event"]
    texts = SENTENCES
    vecs = train._vectorizers()
    for v in vecs:
        v.min_df = 1
    x = train._features(vecs, texts, fit=True)
    clf = LogisticRegression(C=10, max_iter=2000).fit(x, labels)
    data = json.loads(json.dumps(train._export(vecs, clf, {"version": "test"})))
    model = _model._Model(data)
    probe = ["Police dispersed striking nurses in Nairobi.", "A bomb exploded near a market."]
    ours = model.proba(probe)
    theirs = clf.predict_proba(train._features(vecs, probe, fit=False))
    order = [list(clf.classes_).index(f"{a}|{b}") for a, b in model.labels]
    np.testing.assert_allclose(ours, theirs[:, order], atol=2e-3)


def test_recency_weights_halve_per_half_life_and_keep_mean_one():
    spec = importlib.util.spec_from_file_location("train_ec", ROOT / "scripts" / "train_event_classifier.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    assert train._recency([2010, 2012], None) is None
    w = train._recency([2008, 2010, 2012, None], 2.0)
    assert w.mean() == pytest.approx(1.0)
    # two years back halves the weight; rows without a year (Afghanistan, GLOCON) weigh as the latest year
    assert w[1] / w[2] == pytest.approx(0.5)
    assert w[0] / w[2] == pytest.approx(0.25)
    assert w[3] == pytest.approx(w[2])
    assert train._half_life("none") is None and train._half_life("4") == 4.0
