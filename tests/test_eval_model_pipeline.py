"""Rules + model in the pipeline: on a short note the classifier's event type is final, so the pipeline is never
worse than the model alone there (ACLED Kenya 2013-2015, the train side's temporal hold-out; read at run time)."""

from __future__ import annotations

from crosstally.extract import _model, extract
from crosstally.ingest import prepare
from crosstally.records import Document


def test_short_notes_take_the_model_type(devdata, nlp):
    from crosstally.eval._datasets import read_dataset

    rows = [r for r in read_dataset("acled-kenya", "train") if r.gold["event_date"].year >= 2013][::25][:50]
    assert len(rows) >= 30
    preds = _model.predict([r.text for r in rows])
    checked = 0
    for row, (m_type, m_sub, _p) in zip(rows, preds, strict=True):
        doc = Document(id=row.id, text=row.text, published=row.published)
        prepare(doc)
        if doc.status != "ok" or len(doc.text) > 700 or m_type == _model.NO_EVENT:
            continue
        events = extract(doc, nlp(doc.text)).events
        if not events:
            continue
        first = events[0]
        assert (first.event_type, first.sub_event_type) == (m_type, m_sub), row.id
        assert first.method.endswith("+crosstally.event_classifier")
        checked += 1
    assert checked >= 20
