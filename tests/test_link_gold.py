"""Issue 4's acceptance figure: pairwise linking F1 >= 0.95 on our gold corpus, through the whole pipeline.

The corpus (tests/fixtures/linking/gold.jsonl, 42 short reports we wrote) runs through extraction, geocoding,
actors and linking exactly as `scripts/bench_link.py --gold` does; the score is on each document's most salient
event. A regression in any stage that moves a report to the wrong place, date or type shows up here.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from crosstally.link import link_events, pairwise_f1
from crosstally.pipeline import process
from crosstally.records import Document

GOLD = Path(__file__).parent / "fixtures" / "linking" / "gold.jsonl"


def test_gold_corpus_pairwise_f1_and_nesting(nlp) -> None:  # nlp: the model loaded once per session
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    exts = []
    for r in rows:
        doc = Document(text=r["text"], input_id=r["id"], source=r.get("source"), title=r.get("title"),
                       published=date.fromisoformat(r["published"]) if r.get("published") else None)
        exts.append(process(doc))
    res = link_events(exts)
    gold = {(e.document.id, 0): r["gold_incident"] for e, r in zip(exts, rows, strict=True) if e.events}
    assert len(gold) >= 38, "most gold reports must yield an event"
    f = pairwise_f1(res.assignments, gold)
    assert f["f1"] >= 0.95, f
    # nesting: every report whose incident has a parent sits under the incident of that parent's reports
    of = {r["gold_incident"]: res.assignments[(e.document.id, 0)][0]
          for e, r in zip(exts, rows, strict=True) if e.events and r["gold_parent"] is None}
    nested = [(res.assignments[(e.document.id, 0)][1], of.get(r["gold_parent"]))
              for e, r in zip(exts, rows, strict=True) if e.events and r["gold_parent"]]
    right = sum(1 for got, want in nested if want is not None and got == want)
    assert right >= len(nested) - 1, nested
