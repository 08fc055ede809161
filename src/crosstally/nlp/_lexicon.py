"""English words, from the installed spaCy model's own lemmatizer tables (WordNet's index).

Why: a capitalised word at the head of a sentence ('Grenade attack', 'Violence erupted', 'Killing of a
trader') is spelled like a city's transliteration (Granada, Valencia, Keelung) once vowels are folded; a
word English already has is no other spelling of a foreign name. The list ships inside the spaCy model
package crosstally installs, so no word list of our own is kept, and it is read without loading the pipeline.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=2)
def english_words(model: str | None = None) -> frozenset[str]:
    """The lower-case words of the model's lemmatizer index (about 83,000), or an empty set when the model
    has no such table (another pipeline configured): then nothing is excluded."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    from ..config import get_settings

    name = model or get_settings().spacy_model
    try:
        root = Path(get_package_path(name))
    except Exception:  # not an installed package (a path, or absent): no table to read
        root = Path(name)
    tables = sorted(root.glob("**/lemmatizer/lookups"))
    if not tables:
        return frozenset()
    lookups = Lookups().from_disk(tables[0])
    if not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w.lower() for words in index.values() for w in words if "_" not in w)


def is_english_word(word: str) -> bool:
    """Whether ``word`` (any case; a plural too) is an English word of the model's lemmatizer index."""
    w = word.lower()
    words = english_words()
    return w in words or (len(w) > 4 and w.endswith("s") and w[:-1] in words)
