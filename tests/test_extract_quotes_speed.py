"""Quotes and cited sources cost a small share of the parse, not more than it (no per-quote walk of the Doc)."""

from __future__ import annotations

import time

from crosstally.extract._quotes import find_attributions, find_quotes, find_sources_cited

# Our own text: quotes, attributions and outlets, repeated to article length (~3,000 tokens).
PARA = (
    "Fighting resumed near the river crossing on Monday. “We counted nine bodies near the bridge,” said a "
    "volunteer with the local rescue team. According to Reuters, at least 14 people were killed. "
    "The governor told AFP that the road “will stay closed until the shelling stops”. "
    "A spokesman for the ministry said the army had “restored calm” in the district. "
)
TEXT = PARA * 40


def test_quote_finding_is_proportionate_to_parsing(nlp) -> None:
    nlp(PARA)  # warm up
    t = time.perf_counter()
    sdoc = nlp(TEXT)
    parse = time.perf_counter() - t
    t = time.perf_counter()
    quotes = find_quotes(TEXT, sdoc)
    sources = find_sources_cited(TEXT, sdoc)
    took = time.perf_counter() - t
    assert len(quotes) == 120 and [s.name for s in sources] == ["Reuters", "Agence France-Presse"]
    assert took < 0.5 * parse, f"quotes {took:.3f}s vs parse {parse:.3f}s"


def test_results_are_per_doc_and_repeatable(nlp) -> None:
    sdoc = nlp(PARA * 3)
    first = find_quotes(PARA * 3, sdoc)
    again = find_quotes(PARA * 3, sdoc)
    assert first == again and len(first) == 9
    assert [q.speaker for q in first[3:6]] == ["volunteer", "governor", "spokesman for the ministry"]
    assert first[5].confidence == 0.4  # a short framed quote
    attrs = find_attributions(PARA * 3, sdoc)
    assert any(name == "Reuters" for name, _, _ in attrs)
