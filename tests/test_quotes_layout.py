"""The quote reader's module layout: small modules named for what they hold, imported in one direction only.

Why: extract/_quotes.py was one 700-line module (quote marks, speakers, attributions, cited sources); it is now a
package whose modules a reader finds by name. A runtime import cycle among them would make the package's import
order matter, and one module regrowing past a few hundred lines undoes the split.
"""

from __future__ import annotations

from pathlib import Path

from test_geo_layout import _cycle, _runtime_imports  # one cycle check for every package

import crosstally.extract._quotes as quotes

QUOTES = Path(quotes.__file__).parent
MAX_LINES = 250


def _graph() -> dict[str, set[str]]:
    return {p.stem: _runtime_imports(p) for p in QUOTES.glob("_*.py") if p.stem != "__init__"}


def test_quote_modules_import_each_other_without_cycles() -> None:
    graph = _graph()
    assert set(graph) == {"_vocab", "_source_names", "_quote_marks", "_doc_cache", "_speakers", "_direct_quotes",
                          "_cover", "_attributions", "_sources_cited"}
    assert "_speakers" in graph["_attributions"] and "_vocab" in graph["_speakers"]  # the graph is read
    assert _cycle(graph) is None, _cycle(graph)


def test_quote_modules_stay_small() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in QUOTES.glob("*.py")}
    assert len(sizes) == 10, sizes
    assert max(sizes.values()) <= MAX_LINES, {k: v for k, v in sizes.items() if v > MAX_LINES}
    assert not (QUOTES.parent / "_quotes.py").exists()  # no one-file module left beside the package


def test_each_reader_lives_in_the_module_named_for_it() -> None:
    home = {
        "find_quotes": "_direct_quotes", "find_attributions": "_attributions", "find_sources_cited": "_sources_cited",
        "find_scare_quotes": "_quote_marks", "normalise_source": "_source_names", "speaker_type": "_source_names",
    }
    for name, module in home.items():
        assert getattr(quotes, name).__module__ == f"crosstally.extract._quotes.{module}", name


def test_the_names_other_modules_import_stay_in_the_package() -> None:
    from crosstally.extract._doc_basics import _optional
    from crosstally.framing._frame import normalise_source as framing_normalise
    from crosstally.link._claimants import normalise_source as link_normalise

    assert sorted(quotes.__all__) == [
        "ATTRIBUTION_METHOD", "FRAME_WINDOW", "METHOD", "SHORT_QUOTE_WORDS", "SOURCES_METHOD", "find_attributions",
        "find_quotes", "find_scare_quotes", "find_sources_cited", "normalise_source", "speaker_type",
    ]
    for name in ("find_quotes", "find_attributions", "find_sources_cited"):  # what _assemble looks up by name
        assert _optional("_quotes", name) is getattr(quotes, name), name
    assert framing_normalise is quotes.normalise_source is link_normalise
    assert (quotes.METHOD, quotes.ATTRIBUTION_METHOD, quotes.SOURCES_METHOD) == (
        "crosstally.quotes.v1", "crosstally.attributions.v1", "crosstally.sources.v1")
