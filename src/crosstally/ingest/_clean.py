"""Scraping-debris removal and glued-paragraph repair (the patterns live in data/debris.yaml).

Scraped pages lose their paragraph breaks and keep image credits, captions and share buttons
inline ("…innocents Image: X, Twitter Share TweetSince December…"). Extraction needs sentence
boundaries and no credit text mistaken for actors, so we repair what we can and remove only what
matches a debris pattern; article sentences are kept word for word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..vocab import load_vocab

_PARA = "\n\n"
# Closing punctuation of a sentence, optionally followed by closing quotes/brackets.
_CLOSE_Q = "\"”’'»)\\]"
_OPEN_Q = "\"“‘'«("
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# "Alawites.What", "regime!“The", "civilians.”The", "next?Beyond": a sentence end glued to the next.
# The left side must end in a lowercase letter/digit/closing mark (so "U.S.A" and "e.g.The" stay).
_GLUED_SENTENCE = re.compile(
    rf"(?<=[a-z0-9%{_CLOSE_Q}][a-z0-9%{_CLOSE_Q}][.!?])([{_CLOSE_Q}]*)(?=[{_OPEN_Q}]?[A-Z][a-z]|[{_OPEN_Q}]?[A-Z]\s)"
)
# "‘violent factions’2015 was": a closing quote glued to a number that starts the next sentence.
_GLUED_QUOTE_DIGIT = re.compile(r"(?<=[a-z][’”])(?=\d{2,}\b)")


@dataclass(frozen=True, slots=True)
class _Patterns:
    marker: re.Pattern[str]
    terms: re.Pattern[str]
    paren_credit: re.Pattern[str]
    share_run: re.Pattern[str]
    line: re.Pattern[str]
    inline: re.Pattern[str]
    camel: re.Pattern[str]
    starters: frozenset[str]
    keep: frozenset[str]
    version: str


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(map(str, words)), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = load_vocab("debris")
    e = data["entries"]
    marker = re.compile(rf"(?P<slash>[ \t]*[/|][ \t]*)?(?<![\w-])(?:{_alt(e['credit_markers'])})[ \t]*:[ \t]*")
    terms = re.compile(rf"(?<![\w-])(?:{_alt(e['credit_terms'])})(?![\w-])")
    paren = re.compile(rf"[ \t]*\((?=[^()\n]{{0,160}}\))[^()\n]*?(?:{_alt(e['parenthetical_credit_terms'])})[^()\n]*\)")
    share_words = _alt(e["share_buttons"] + e["share_networks"])
    buttons = _alt(e["share_buttons"])
    # Two or more share words in a row, at least one of them a button ("Share Tweet", "Share on Facebook").
    share_run = re.compile(
        rf"(?<![\w-])(?=(?:(?:{share_words})[ \t|·•/]*)*?(?:{buttons})(?![a-z]))"
        rf"(?:{share_words})(?:[ \t|·•/]*(?:{share_words}))+(?![a-z])"
    )
    line = re.compile("|".join(f"(?:{p})" for p in e["line_patterns"]), re.IGNORECASE)
    inline = re.compile("|".join(f"(?:{p})" for p in e["inline_patterns"]))
    camel = re.compile(r"(?<![\w#@/.\-’'])([a-z]{2,})([A-Z][a-z]*)(?=[\s,;:!?)”’\"]|\.(?![a-z])|$)")
    return _Patterns(
        marker=marker,
        terms=terms,
        paren_credit=paren,
        share_run=share_run,
        line=line,
        inline=inline,
        camel=camel,
        starters=frozenset(map(str, e["sentence_starters"])),
        keep=frozenset(map(str, e["camelcase_keep"])),
        version=str(data["version"]),
    )


def _normalise_space(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_ZERO_WIDTH)
    text = _SPACES.sub(" ", text)
    lines = [ln.strip() for ln in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", _PARA, out).strip()


def _drop_debris_lines(text: str, pat: _Patterns) -> str:
    kept = [ln for ln in text.split("\n") if not (ln.strip() and pat.line.fullmatch(ln.strip()))]
    return "\n".join(kept)


def _split_glued_sentences(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        word = text[max(0, m.start() - 60):m.start()].rsplit(None, 1)[-1]
        if "www" in word or "/" in word or "@" in word:  # a web or e-mail address, not a sentence end
            return m.group(0)
        return m.group(1) + _PARA

    text = _GLUED_SENTENCE.sub(repl, text)
    return _GLUED_QUOTE_DIGIT.sub(_PARA, text)


def _split_camel(text: str, pat: _Patterns) -> str:
    def repl(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        if right not in pat.starters or (left + right) in pat.keep:
            return m.group(0)
        return left + _PARA + right

    return pat.camel.sub(repl, text)


def _credit_end(text: str, start: int, pat: _Patterns) -> int | None:
    """Where an 'Image: …' credit body starting at ``start`` ends, or None when unsure."""
    line_end = text.find("\n", start)
    limit = min(len(text), start + 160, line_end if line_end >= 0 else len(text))
    body = text[start:limit]
    # (a) the credit is glued to a sentence-opening word: "fair useAfter", "CommonsAnd".
    for m in re.finditer(r"(?<=[a-z])(?=[A-Z][a-z]*)", body):
        word = re.match(r"[A-Z][a-z]*", body[m.start():])
        if word and word.group(0) in pat.starters:
            after = body[m.start() + len(word.group(0)):m.start() + len(word.group(0)) + 1]
            if not after or not after.isalpha():
                return start + m.start()
    # (b) the body ends with a known licence / agency term, then share buttons maybe.
    first = pat.terms.search(body, 0, 100)
    if first is not None:
        # the first term, then any term directly after it ("Reuters/AFP", "Twitter, Facebook")
        end = start + first.end()
        while (nxt := re.compile(r"[ \t]*[/,][ \t]*|[ \t]+via[ \t]+").match(text, end)) and \
                (term := pat.terms.match(text, nxt.end())):
            end = term.end()
        share = pat.share_run.match(text, end + (1 if text[end:end + 1] == " " else 0))
        return share.end() if share else end
    # (c) a short credit on its own line.
    if line_end >= 0 and line_end - start <= 100 or line_end < 0 and len(text) - start <= 100:
        return limit
    return None


def _caption_start(text: str, slash_at: int) -> int:
    """Start of the caption that precedes ' / Image:': the last sentence or paragraph boundary."""
    window_start = max(0, slash_at - 400)
    best = window_start
    for m in re.finditer(rf"\n|[.!?][{_CLOSE_Q}]*\s", text[window_start:slash_at]):
        best = window_start + m.end()
    return best


def _remove_credits(text: str, pat: _Patterns) -> str:
    out: list[str] = []
    pos = 0
    for m in pat.marker.finditer(text):
        if m.start() < pos:
            continue
        end = _credit_end(text, m.end(), pat)
        if end is None:
            continue
        cut_from = m.start()
        if m.group("slash"):
            cap_start = _caption_start(text, m.start())
            caption = text[cap_start:m.start()].strip()
            rest = text[:cap_start] + text[end:]
            if len(caption) >= 20 and caption in rest:
                cut_from = cap_start  # a caption repeating article text: drop the copy
            elif cap_start > 0 and text[cap_start - 1] != "\n":
                out.append(text[pos:cap_start].rstrip() + _PARA)
                pos = cap_start
        out.append(text[pos:cut_from])
        nxt = text[end:end + 3].lstrip(" \t")[:1]
        out.append(_PARA if nxt.isupper() or nxt in _OPEN_Q or nxt == "\n" or not nxt else " ")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _remove_share_runs(text: str, pat: _Patterns) -> str:
    def repl(m: re.Match[str]) -> str:
        nxt = m.string[m.end():m.end() + 1]
        return _PARA if nxt.isupper() else " "

    return pat.share_run.sub(repl, text)


def clean_text(raw: str) -> str:
    """Remove scraping debris (credits, captions, share bars, furniture lines) and restore lost paragraph breaks.

    Idempotent: ``clean_text(clean_text(x)) == clean_text(x)``.
    """
    if not raw:
        return ""
    pat = _patterns()
    text = unicodedata.normalize("NFC", raw)
    text = _normalise_space(text)
    text = _drop_debris_lines(text, pat)
    text = _split_glued_sentences(text)
    text = pat.paren_credit.sub("", text)
    text = pat.inline.sub(" ", text)
    text = _remove_credits(text, pat)
    text = _remove_share_runs(text, pat)
    text = _split_camel(text, pat)
    text = _normalise_space(text)
    text = _drop_debris_lines(text, pat)
    return _normalise_space(text)


def debris_version() -> str:
    """The version of data/debris.yaml in use (recorded with cleaned documents)."""
    return _patterns().version
