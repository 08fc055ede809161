"""The spaCy pipeline crosstally annotates with: the installed English model plus an entity ruler.

``load_nlp()`` is cached per process so a process pool or Ray worker loads the model once. The entity ruler's
combined pattern list (nlp_entity_patterns.yaml + actors + places) is cached on disk under
``$XDG_CACHE_HOME/crosstally`` (default ``~/.cache/crosstally``), keyed by a hash of the data files, the code that
builds the patterns, package versions, gazetteer dumps and extra actor files; ``CROSSTALLY_NO_CACHE=1`` skips it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from ..config import get_settings
from ..errors import ConfigError, Errors
from ._cache import cache_dir, cached_patterns, patterns_key
from ._lexicon import english_words, is_english_word
from .factories import RULER_NAME, base_patterns, register_extensions, register_factories, unique_patterns

__all__ = [
    "RULER_NAME",
    "base_patterns",
    "cache_dir",
    "cached_patterns",
    "english_words",
    "is_english_word",
    "load_nlp",
    "patterns_key",
    "register_extensions",
    "unique_patterns",
]


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    import spacy

    register_extensions()
    register_factories()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(Errors.E002.format(name=name)) from exc
    if RULER_NAME not in nlp.pipe_names:
        where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
        nlp.add_pipe(RULER_NAME, **where)
    return nlp


def load_nlp(name: str | None = None) -> Language:
    """The spaCy pipeline with crosstally's entity ruler, loaded once per process and model name."""
    return _load(name or get_settings().spacy_model)
