"""What the classifier reads of a text: scikit-learn's word and char_wb n-grams re-implemented, and the text with
its years, dates and numbers as placeholders (``era_free``)."""

from __future__ import annotations

import re
from functools import lru_cache

_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_WHITE = re.compile(r"\s\s+")


def word_ngrams(text: str, n_min: int = 1, n_max: int = 2) -> list[str]:
    """scikit-learn's ``analyzer="word"`` (lowercase, default token pattern), word n-grams."""
    tokens = _TOKEN.findall(text.lower())
    out: list[str] = []
    for n in range(n_min, n_max + 1):
        out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return out


def char_wb_ngrams(text: str, n_min: int = 3, n_max: int = 5) -> list[str]:
    """scikit-learn's ``analyzer="char_wb"``: character n-grams inside space-padded words."""
    out: list[str] = []
    for w in _WHITE.sub(" ", text.lower()).split():
        w = f" {w} "
        w_len = len(w)
        for n in range(n_min, n_max + 1):
            offset = 0
            out.append(w[offset : offset + n])
            while offset + n < w_len:
                offset += 1
                out.append(w[offset : offset + n])
            if offset == 0:
                break
    return out


@lru_cache(maxsize=1)
def _era_free_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    from ...vocab import load_vocab

    pairs = load_vocab("event_arguments")["entries"].get("era_free") or []
    return tuple((re.compile(pat, re.IGNORECASE), repl) for pat, repl in pairs)


@lru_cache(maxsize=256)
def era_free(text: str) -> str:
    """The text with its years, dates, weekdays and numbers as placeholders (``era_free`` of event_arguments.yaml).

    Why: the classifier is trained on ACLED notes to 2015 and read on later ones; the placeholders keep it from
    learning a year or a date style as a cue of a label. Models whose text blocks say ``"normalise": "era_free"``
    read every text through it, at training and prediction alike. Cached: the word and character blocks read the
    same text one after the other."""
    for pat, repl in _era_free_patterns():
        text = pat.sub(repl, text)
    return text
