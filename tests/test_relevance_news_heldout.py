"""A relevance probe of 16 short news texts we wrote (``tests/fixtures/relevance_news_heldout.jsonl``): 8 that
report a shooting or stabbing with victims (a UK and a Canadian stabbing, a machete attack, a police press
release, a sheriff's statement, a bail and an arraignment story days after the act) and 8 that only mention
violence (an obituary, a film review, basketball, a hunting accident, a policy debate, an old case's verdict, an
anniversary, a video game). Invented people and incidents, real places.

Written held out before the cues v1.5 change and scored twice, failures never read: before (2026-11-26) positives
kept 4/8, negatives dropped 2/8; after cues v1.5 positives kept 8/8, negatives dropped 4/8. It is no longer held
out. Floors sit one text under the second score."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from crosstally.pipeline import process
from crosstally.records import Document

FIXTURE = Path(__file__).parent / "fixtures" / "relevance_news_heldout.jsonl"


def test_news_relevance_probe(nlp):
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 16 and sum(r["keep"] for r in rows) == 8
    kept = {True: 0, False: 0}
    for r in rows:
        ex = process(Document(text=r["text"], published=date.fromisoformat(r["published"]), input_id=r["id"]))
        kept[r["keep"]] += r["keep"] == bool(ex.events)
    assert kept[True] >= 7, kept
    assert kept[False] >= 3, kept
