"""One folding of names (accents, case, punctuation) that places, actors and evidence spans compare by."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str | None) -> str:
    """Accent-free, lower-case, punctuation-free, single-spaced: for comparing names."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[’'`´]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", " ", text).strip()
