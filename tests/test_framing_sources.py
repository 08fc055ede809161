"""One source, one framing row: an office under its acronym and under its name is one source.

The texts are written for this test.
"""

from __future__ import annotations

from datetime import date

from crosstally.framing import compare_framing, frame_document
from crosstally.link import link_events
from crosstally.records import DateClaim, Document, Event, Extraction, Location

TEXT = ("The UN office said on Tuesday that gunmen had killed 40 civilians in villages on the coast since Thursday, "
        "and that many of the victims were shot in their homes.")


def _ext(doc_id: str, source: str) -> Extraction:
    doc = Document(text=TEXT + f" ({doc_id})", id=doc_id, source=source, published=date(2025, 3, 11))
    ev = Event(event_type="Violence against civilians", sub_event_type="Attack",
               date=DateClaim(date(2025, 3, 6), date(2025, 3, 10), 2),
               location=Location(name="Syrian coast", admin1="Latakia", country="Syria", precision=3),
               doc_id=doc_id, index=0)
    return Extraction(document=doc, events=[ev])


def test_an_acronym_and_the_name_are_one_row(nlp) -> None:
    exts = [_ext("u1", "OHCHR"), _ext("u2", "UN Human Rights Office"), _ext("w1", "Meridian Wire")]
    framings = [frame_document(e, nlp(e.document.text)) for e in exts]
    res = link_events(exts)
    inc = res.incident(res.assignments[("u1", 0)][0])
    table = compare_framing(inc, framings)
    rows = {r.source: r.documents for r in table.rows}
    assert rows == {"UN Human Rights Office": 2, "Meridian Wire": 1}, rows
