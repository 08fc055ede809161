"""Direct quotes and their speakers, attributions ("according to SOHR") and the sources an article cites.

Quotes are found on the text (curly and straight double quotes; single curly quotes only when five words or
longer) and their speakers with the spaCy parse: a speech verb before the quote ("X said", "told by X",
"an EU statement echoed"), a speech verb right after it ("…,” said X), "according to X", or a colon intro.

Scare quotes (one to four words: ‘remnants’, “revenge killings”) are not quotes of a speaker: they are kept only
when a speech verb frames them within a few words ("announced a “full investigation”"), with confidence 0.4;
otherwise they are left out here and returned by :func:`find_scare_quotes` for the framing stage.
Names are normalised with ``data/news_sources.yaml`` ("EU" → "European Union", "the US" → "United States").

Layout: this package's ``__init__`` re-exports the names other modules import; the reading lives in modules named
for what they hold, imported in one direction only (``tests/test_quotes_layout.py``):

- ``_vocab``: the speech verbs and the known outlets and bodies, from ``data/*.yaml`` (one build)
- ``_source_names``: a source's canonical name and kind (:func:`normalise_source`, :func:`speaker_type`)
- ``_quote_marks``: the text inside quote marks, and the short (scare) quotes (:func:`find_scare_quotes`)
- ``_doc_cache``: token offsets, sentences and found frames kept on the spaCy Doc
- ``_speakers``: speech verbs, the noun phrase naming a speaker, pronouns, "according to X", "…,” said X"
- ``_direct_quotes``: quotes and who spoke them (:func:`find_quotes`)
- ``_cover``: the text an attribution vouches for (a framed clause, a figure a source sets)
- ``_attributions``: attribution frames (:func:`find_attributions`)
- ``_sources_cited``: the sources an article cites (:func:`find_sources_cited`)
"""

from __future__ import annotations

from ._attributions import ATTRIBUTION_METHOD, find_attributions
from ._direct_quotes import FRAME_WINDOW, METHOD, find_quotes
from ._quote_marks import SHORT_QUOTE_WORDS, find_scare_quotes
from ._source_names import normalise_source, speaker_type
from ._sources_cited import SOURCES_METHOD, find_sources_cited

__all__ = [
    "ATTRIBUTION_METHOD",
    "FRAME_WINDOW",
    "METHOD",
    "SHORT_QUOTE_WORDS",
    "SOURCES_METHOD",
    "find_attributions",
    "find_quotes",
    "find_scare_quotes",
    "find_sources_cited",
    "normalise_source",
    "speaker_type",
]
