"""prepare(): clean, bound, detect the language and re-hash one Document before analysis."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..config import Settings, get_settings
from ..errors import Warnings
from ..records import Document, document_id
from ._clean import clean_text, debris_version

# Texts shorter than this (in words) default to English unless the detector is near certain.
SHORT_WORDS = 20
SHORT_MIN_PROB = 0.99
LONG_MIN_PROB = 0.80
# py3langid labels that are English for our purposes (Nigerian Pidgin is English-lexified and the
# detector picks it for terse English such as "Police said two men died.").
_ENGLISH_LIKE = frozenset({"en", "pcm"})
_DETECT_CHARS = 20_000
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _mostly_non_latin(text: str) -> bool:
    letters = _LETTER.findall(text)
    if not letters:
        return False
    latin = sum(1 for ch in letters if ch.isascii() or "\u00c0" <= ch <= "\u024f")
    return latin / len(letters) < 0.5


def detect_language(text: str) -> tuple[str, float]:
    """Language code and probability; short texts default to English unless clearly other."""
    sample = text[:_DETECT_CHARS]
    if not _LETTER.search(sample):
        return "en", 0.0
    lang, prob = _identifier().classify(sample)
    lang, prob = str(lang), float(prob)
    if lang in _ENGLISH_LIKE:
        return "en", prob
    short = len(sample.split()) < SHORT_WORDS
    threshold = SHORT_MIN_PROB if short else LONG_MIN_PROB
    if prob >= threshold or (short and _mostly_non_latin(sample)):
        return lang, prob
    return "en", 1.0 - prob


def _bound(text: str, limit: int) -> str:
    """Cut at ``limit`` characters, backing off to a paragraph or sentence end when one is near."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    floor = int(limit * 0.9)
    for sep in ("\n\n", ". ", "\n", " "):
        at = head.rfind(sep, floor)
        if at > 0:
            return head[: at + (1 if sep == ". " else 0)].rstrip()
    return head


def _unglue_title(text: str, title: str | None) -> str:
    """'…Los Angeles TimesJassely Lupoe, a…': scrapers often glue the headline to the first sentence."""
    if not title:
        return text
    title = title.strip()
    if len(title) >= 8 and text.startswith(title) and text[len(title):len(title) + 1].isalnum():
        return title + "\n\n" + text[len(title):]
    return text


def _add_reason(doc: Document, reason: str) -> None:
    if reason not in doc.reasons:
        doc.reasons.append(reason)


def prepare(doc: Document, settings: Settings | None = None) -> Document:
    """Clean ``doc.text``, bound it, set ``language``, status and a content-hash id; in place and idempotent.

    Documents already marked ``error`` are returned untouched so their reasons survive.
    """
    if doc.status == "error":
        return doc
    settings = settings or get_settings()
    original = doc.text or ""
    text = clean_text(_unglue_title(original, doc.title))
    if len(text) > settings.max_chars:
        if doc.raw is None:
            doc.raw = original
        text = _bound(text, settings.max_chars)
        doc.meta["truncated"] = True
        _add_reason(doc, Warnings.W001.format(doc_id=doc.id or document_id(original), limit=settings.max_chars))
    doc.text = text
    doc.meta["cleaner"] = f"crosstally.clean.debris.v{debris_version()}"
    if not text.strip():
        if doc.status != "empty":  # a reader's "empty" already says why
            doc.status = "empty"
            _add_reason(doc, "empty: no text left after cleaning")
        return doc
    doc.id = document_id(text)
    if doc.status == "empty":  # a reader's "empty" that nevertheless carries text is left as the reader said
        return doc
    lang, prob = detect_language(text)
    doc.language = lang
    if lang != "en":
        doc.status = "not_english"
        _add_reason(doc, f"not_english: detected {lang} ({prob:.2f})")
    return doc
