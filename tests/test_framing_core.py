"""Framing with the real spaCy pipeline: agency per clause, lexicon terms, hedges, voices, the table."""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.framing import agency_clauses, aggregate_framing, compare_framing, frame_document
from crosstally.link import link_events
from crosstally.records import DateClaim, Document, Event, Extraction, Location, Quote, Span


@pytest.mark.parametrize(
    ("sentence", "kind", "agent"),
    [
        ("Dozens were killed in the village.", "passive_agentless", None),
        ("Gunmen killed 12 villagers.", "active", "Gunmen"),
        ("12 people died.", "intransitive", None),
        ("The killings continued.", "nominalisation", None),
        ("Nine farmers were shot by soldiers near the river.", "passive_agent", "soldiers"),
        ("Fighters entered the town and killed four brothers.", "active", "Fighters"),
        ("Bodies of men killed in the raid were found on the road.", "passive_agentless", None),
    ],
)
def test_agency_of_one_clause(nlp, sentence: str, kind: str, agent: str | None) -> None:
    clauses = [c for c in agency_clauses(nlp(sentence)) if c.kind != "nominalisation" or kind == "nominalisation"]
    assert [c.kind for c in clauses] == [kind]
    assert clauses[0].agent == agent


def _ext(doc_id: str, source: str, text: str, quotes: list[tuple[str, str, str]] = ()) -> Extraction:
    doc = Document(text=text, id=doc_id, source=source, published=date(2025, 3, 9))
    ev = Event(event_type="Violence against civilians", sub_event_type="Attack",
               date=DateClaim(date(2025, 3, 6), date(2025, 3, 9), 2),
               location=Location(name="Syrian coast", country="Syria", precision=3),
               evidence=[Span(0, min(80, len(text)))], doc_id=doc_id, index=0)
    qs = [Quote(speaker=s, text=t, speaker_type=st) for s, t, st in quotes]
    return Extraction(document=doc, events=[ev], quotes=qs)


OUTLET_A = ("A pogrom by HTS fighters has left hundreds of Alawite civilians dead. Jihadists stormed the villages "
            "and killed whole families. The massacre went on for days, a survivor said.")
OUTLET_B = ("Clashes between security forces and remnants of the regime continued on the coast. Dozens were "
            "reportedly killed, according to a monitor. The ministry said violations would be investigated.")


def test_frame_document_terms_hedges_and_voices(nlp) -> None:
    a = _ext("a", "Outlet A", OUTLET_A, [("a survivor", "They came at dawn.", "witness")])
    fa = frame_document(a, nlp(OUTLET_A))
    assert fa.event_term in ("pogrom", "massacre")
    assert {"pogrom", "massacre"} <= set(fa.event_terms)
    assert {"HTS", "jihadists"} <= set(fa.perpetrator_terms)
    # "families" is a variant of civilians; the "civilians" inside "Alawite civilians" is not counted again
    assert fa.victim_terms == {"Alawite civilians": 1, "civilians": 1}
    assert fa.agency["active"] >= 1
    assert fa.voices == {"witnesses": 1}
    assert a.framing["event_term"] == fa.event_term  # kept on the extraction for the store / export

    b = _ext("b", "Outlet B", OUTLET_B, [("the ministry", "Violations will be investigated.", "official"),
                                         ("SOHR", "The toll is rising.", "monitor")])
    fb = frame_document(b, nlp(OUTLET_B))
    assert fb.event_term == "clashes"
    assert "violations" in fb.event_terms
    assert "remnants of the regime" in fb.perpetrator_terms and "security forces" in fb.perpetrator_terms
    assert fb.hedges["reportedly"] == 1 and fb.attributions["according to"] == 1
    assert fb.agency["passive_agentless"] >= 1 and fb.agency["active"] == 0
    assert fb.voices == {"officials": 1, "monitors": 1}


def test_compare_and_aggregate(nlp) -> None:
    exts = [_ext("a1", "Outlet A", OUTLET_A), _ext("a2", "Outlet A", OUTLET_A.replace("pogrom", "massacre")),
            _ext("b1", "Outlet B", OUTLET_B)]
    framings = [frame_document(e, nlp(e.document.text)) for e in exts]
    agg = aggregate_framing(framings[:2])
    assert agg.doc_ids == ["a1", "a2"] and agg.event_terms["massacre"] == 3
    res = link_events(exts)
    inc = res.incident(res.assignments[("a1", 0)][0])
    table = compare_framing(inc, framings)
    assert [r.source for r in table.rows] == ["Outlet A", "Outlet B"]
    assert table.rows[0].documents == 2 and table.rows[0].event_term == "massacre"
    assert table.rows[1].event_term == "clashes"
    assert table.rows[1].agency["active"] == 0.0
    text = table.render()
    assert text.splitlines()[0].startswith("source") and "Outlet B (1)" in text and "agentless" in text
    assert table.to_dict()["rows"][0]["source"] == "Outlet A"


def test_seed_article_framing(nlp, seed_text: str) -> None:
    doc = Document(text=seed_text, source="seed")
    fr = frame_document(Extraction(document=doc), nlp(seed_text))
    assert fr.event_terms["pogrom"] >= 2
    assert "HTS" in fr.perpetrator_terms and "Alawites" in fr.victim_terms
    assert sum(fr.agency.values()) >= 5
