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
    domain_glue: re.Pattern[str]
    domain: re.Pattern[str]
    states: frozenset[str]
    outlet_words: frozenset[str]
    openers: frozenset[str]
    version: str


# What follows a glue point: a capitalised word, a capitals run (a dateline), a lone "A"/"I", or "(CNN)".
_GLUE_RIGHT = r"[A-Z][a-z]|[A-Z]{2}|[AI][ \t,]|[“‘\"(][A-Z]"
# Where a page's title, its outlet and its body meet on one line; ": " ends a kicker ("Police: Man shot").
_TITLE_SEPARATOR = re.compile(r"[ \t](?:\|+|-{1,2}|[–—«»•·~])(?=[ \t])|:(?=[ \t])|[ \t]\|")
_HEAD_CHARS = 400  # the title and the outlet's name sit at the top of a scraped page
_HEADLINE_CHARS = 200  # a headline glued to the body without any separator ends within this
_OUTLET_REACH = 90  # an outlet's name after its separator is short ("News, Weather, Sports, Breaking News | WCIV")
_SENTENCE_END = re.compile(r"[a-z0-9%][.!?][”’\"]?[ \t]+[“\"]?[A-Z]")
_CALL_SIGN = re.compile(r"(?<![A-Za-z])[KW][A-Z]{2,3}(?=[A-Z]{3,})")
_HEADLINE_TAIL_WORDS = 12  # a headline's words after a camel-case name inside it, up to its separator
_TITLE_MIN_CHARS = 15  # a title printed twice is at least this long ...
_TITLE_ECHO_CHARS = 40  # ... and its copy repeats at least its first 40 characters (all of a shorter one)
# A closing quotation mark after a word or a sentence end, glued to a capitalised word or a run of capitals.
_QUOTE_GLUE = re.compile(r"(?<=[a-z.!?])(['’”\"])(?=[A-Z][a-z]|[A-Z]{2})")
# closing mark → (its opening mark, the marks that close it)
_QUOTE_PAIRS = {"'": ("'", "'"), "’": ("‘", "’"), "”": ("“", "”"), '"': ('"', '"')}


def _state_codes() -> frozenset[str]:
    """Two-letter first-level unit codes ('IL', 'NC'): 'Rockford, ILROCKFORD —' is a state glued to a dateline."""
    try:
        data = load_vocab("admin1_abbreviations")["entries"] or {}
    except Exception:  # another stage's data file: without it only this one repair is lost
        return frozenset()
    return frozenset(str(a) for units in data.values() for abbrs in (units or {}).values() for a in abbrs or ()
                     if re.fullmatch(r"[A-Z]{2}", str(a)))


def _outlet_words() -> frozenset[str]:
    """Last words of outlets' names and site titles ('Times', 'Tribune', 'Home', 'Weather'): news_outlet_words."""
    data = load_vocab("news_outlet_words")["entries"] or {}
    words = (data.get("masthead_after_town") or []) + (data.get("site_words") or [])
    return frozenset(str(w).split()[-1] for w in words)


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
    suffixes = _alt(e.get("domain_suffixes") or ["com"])
    site = rf"(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+(?:{suffixes})"
    # "abc13.comA waitress", "FOX6Now.comMILWAUKEE —": a site name glued to a capital (not in a URL or e-mail).
    domain_glue = re.compile(rf"(?<![\w@/.\-]){site}(?={_GLUE_RIGHT})")
    domain = re.compile(rf"{site}(?![\w.])|{site}(?={_GLUE_RIGHT})")
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
        domain_glue=domain_glue,
        domain=domain,
        states=_state_codes(),
        outlet_words=_outlet_words(),
        openers=frozenset(map(str, e["sentence_starters"] + (e.get("news_openers") or []))),
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


_DATELINE_START = re.compile(r"[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+)*(?:,|[ \t]*(?:—|–|--|-|\())")
# A run of capitals glued after a title and followed by punctuation, not by a lower-case word: a dateline,
# also with a mangled dash ("HOUSTON ??? Police", "PASADENA >> One man"), never "PostgreSQL server".
_CAPS_THEN_PUNCT = re.compile(r"[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+)*(?:,|[ \t]*(?:—|–|--|-|\()|[ \t]+[^\w\s])")


def _glue_break(text: str, i: int) -> str:
    """What goes between a page's title line and its glued first word at ``i``.

    A dateline in capitals ('MILWAUKEE —', 'FLORENCE, S.C. (WCIV)') opens the article's first paragraph, so it
    gets a paragraph break (the dateline finder needs it at a line start). Elsewhere the words are only
    separated by a space: the headline stays in the lead sentence, where the extractors read its toll
    ('Man shot and killed … | Local News - Home It happened near …'); with a paragraph break there the
    extractors lost headline-only tolls (GVDB killed fell on both splits).
    """
    return _PARA if _DATELINE_START.match(text, i) else " "


def _split_domain_glue(text: str, pat: _Patterns) -> str:
    """'| 6abc.comPhiladelphia police said': a site name glued to the next word is set apart from it."""
    return pat.domain_glue.sub(lambda m: m.group(0) + _glue_break(m.string, m.end()), text)


def _token_at(text: str, i: int) -> str:
    """The whitespace-delimited token around position ``i``."""
    start = max(text.rfind(" ", 0, i), text.rfind("\t", 0, i), text.rfind("\n", 0, i)) + 1
    ends = [j for j in (text.find(" ", i), text.find("\t", i), text.find("\n", i)) if j >= 0]
    return text[start:min(ends) if ends else len(text)]


def _junctions(line: str, text: str, pat: _Patterns) -> list[tuple[int, bool]]:
    """Where two words are glued on ``line`` (the top of ``text``): 'TimesJassely', 'Fox 59INDIANAPOLIS'.

    Each with whether it is sure: a lower-case or all-capitals word, call letters or a digit on the left, an
    outlet word on the left, or a sentence opener, a lone 'A', a dateline in capitals or '(' on the right.
    A capitalised word glued to another ('DaimlerChrysler', 'FirstRand', 'SuperSport') is a name, not sure.
    """
    out: dict[int, bool] = {}
    for m in re.finditer(r"(?<=[a-z])(?=[A-Z(])|(?<=\d)(?=[A-Z]{3})|(?<=[A-Z]{3})(?=[A-Z][a-z]{2})", line):
        i = m.start()
        left = re.search(r"[A-Za-z]*$", line[:i]).group(0)  # type: ignore[union-attr]
        lower = re.search(r"[a-z]*$", left).group(0)  # type: ignore[union-attr]
        if line[i - 1].islower() and len(lower) < 3:  # "McDonald", "DeSantis", "duPont", "MacArthur", "iPhone"
            continue
        if line[i - 1].isupper() and not left.isupper():  # "McDONALD"-like mixed runs are names
            continue
        if not re.match(_GLUE_RIGHT, line[i:]) and not (line[i - 1].isdigit() and line[i:i + 3].isupper()):
            continue
        right = re.match(r"[A-Za-z]+", line[i:])
        caps = right is not None and len(right.group(0)) >= 2 and right.group(0).isupper()
        if (caps or line[i - 1].isdigit()) and not (_CAPS_THEN_PUNCT.match(line, i) and len(right.group(0)) >= 3):
            continue  # capitals after the glue are a dateline ("ChicagoCHICAGO (STMW) —"), not "PostgreSQL", "macOS"
        if line[i - 1].islower() and right is not None and len(right.group(0)) < 3 and not caps \
                and right.group(0) not in pat.openers and not re.match(r"[AI][ \t,]", line[i:]):
            continue  # "spaCy", "eBay"-like short tails are part of a name
        if "(" in line[max(line.rfind(" ", 0, i), 0):i]:  # "(ConsMurch)": a name in brackets
            continue
        token = _token_at(line, i).strip("“”\"'‘’(),.:;")
        if any(ch in token for ch in "#@/"):  # hashtags, handles and addresses ("#BlackLivesMatter")
            continue
        if line[i - 1].isdigit() and not re.search(r"(?<![^\s])[A-Za-z0-9]+$", line[:i]):  # "23:00EAT" is a time
            continue
        word = re.match(r"[A-Za-z]+", line[i - len(left):]).group(0)  # type: ignore[union-attr]
        if word in pat.keep or token in pat.keep or pat.domain.search(token):
            continue
        sure = (
            not left[:1].isupper() or left.isupper() or left in pat.outlet_words
            or line[i] == "(" or right is None or right.group(0) in pat.openers
            or caps or re.match(r"[AI][ \t,]", line[i:]) is not None
        )
        out[i] = sure
    for m in _CALL_SIGN.finditer(line):  # "WCIVFLORENCE … (WCIV)": call letters glued to a dateline in capitals
        for n in (4, 3):  # the call letters the text names elsewhere as a word (else it may be "WASHINGTON")
            letters = line[m.start():m.start() + n]
            if re.search(rf"(?<![A-Za-z]){letters}(?![A-Za-z])", text):
                out[m.start() + n] = True
                break
    for m in re.finditer(r"(?<=[a-z], )([A-Z]{2})([A-Z]{3,})", line):  # "Rockford, ILROCKFORD —"
        town = m.group(2)
        if m.group(1) in pat.states and re.search(rf"\b{town[0]}{town[1:].lower()}\b", text):
            out[m.end(1)] = True
    return sorted(out.items())


def _title_case(words: list[str]) -> bool:
    """'Man Accused of Shooting at Deputies': a headline's capitals, not a sentence's."""
    alpha = [w for w in words if w[:1].isalpha()]
    return len(alpha) >= 3 and sum(w[0].isupper() for w in alpha) >= 0.6 * len(alpha)


def _headline_goes_on(head: str, i: int) -> bool:
    """'Clerk Hurt At QuikTrip On Main Street | KWCH': title-case words run on from ``i`` to the title's separator.

    Then the glue point is a camel-case name inside the headline, not where the body starts: a glued body's
    first sentence runs on in lower case ('RobberyGreene County deputies say a teen took …').
    """
    stop = next((m.start() for m in _TITLE_SEPARATOR.finditer(head, i)), len(head))
    words = head[i:stop].split()
    return len(words) <= _HEADLINE_TAIL_WORDS and _title_case(words)


def _repeated_title(head: str) -> int | None:
    """'Man held after shooting in Fort MyersMan held after shooting in Fort Myers - Site': where a copy begins.

    Scraped pages often print their title twice (the page title, then the headline) with nothing between; the
    copy starts right where the first one ends, whatever the letters on each side ('MyersMan' is no name).
    """
    for i in range(_TITLE_MIN_CHARS, min(_HEADLINE_CHARS, len(head) // 2) + 1):
        if not head[i - 1].isspace() and head.startswith(head[:min(i, _TITLE_ECHO_CHARS)], i) \
                and len(head[:i].split()) >= 3:
            return i
    return None


def _quote_closing_glue(head: str) -> int | None:
    """"Officer remembered as 'kind and steady'Maria Lopez served …": a headline ending in a quotation, glued.

    Only a quotation mark that closes one opened on the line (after a space, not yet closed) counts, so names
    with an apostrophe before a capital ('Ke'Arre', 'O'Neill', 'D’Angelo') stay whole. Returns where the body starts.
    """
    for m in _QUOTE_GLUE.finditer(head, 0, _HEADLINE_CHARS + 1):
        quote = m.group(1)
        opener, closers = _QUOTE_PAIRS[quote]
        opened = list(re.finditer(rf"(?<![^\s(\[]){re.escape(opener)}(?=\w)", head[:m.start()]))
        if not opened:
            continue
        inner = head[opened[-1].end():m.start()]
        if re.search(rf"(?<=[\w.!?,])[{closers}](?![\w])", inner):  # the quotation was closed before
            continue
        return m.end()
    return None


def _split_masthead_glue(text: str, pat: _Patterns) -> str:
    """'Man shot | Local News - WBAL HomeThe FBI is…': split where the outlet's name meets the first sentence.

    Scraped pages put title, outlet and body on one line. A glue point counts only on the first line: within
    an outlet's length after a title separator (' | ', ' - ', ' « ', ': ') and before any sentence end, or,
    with no separator, where a headline's last word is glued to the first sentence, where a title printed
    twice meets its copy, or after a headline's closing quotation mark. Camel-case names ('McDonald', 'LeGrier',
    'iPhone', 'DaimlerChrysler', a name inside a title-case headline) and the keep list are never split. One split per
    call, the earliest; nothing is removed, so the text only grows by the break (see ``_glue_break``).
    """
    line_end = text.find("\n")
    head = text[:min(_HEAD_CHARS, line_end if line_end >= 0 else len(text))]
    seps = [m.end() for m in _TITLE_SEPARATOR.finditer(head)]
    junctions = [(i, sure) for i, sure in _junctions(head, text, pat)]
    cuts = []
    for i, sure in junctions:
        before = [s for s in seps if s <= i]
        if sure and before and i - before[-1] <= _OUTLET_REACH and not _SENTENCE_END.search(head, before[-1], i + 1):
            cuts.append(i)
            break
    # No separator: a headline glued to the first sentence ("Teen Charged After Store RobberyGreene County").
    if junctions and head[junctions[0][0] - 1].islower():
        i, sure = junctions[0]
        words = head[:i].split()
        if i <= _HEADLINE_CHARS and len(words) >= 3 and not _SENTENCE_END.search(head, 0, i + 1) \
                and (sure or len(words) >= 4 and _title_case(words) and not _headline_goes_on(head, i)):
            cuts.append(i)
    # The title printed twice, or a headline ending in a quotation, glued to what follows.
    for i in (_repeated_title(head), _quote_closing_glue(head)):
        if i is not None and not _SENTENCE_END.search(head, 0, i + 1):
            cuts.append(i)
    if not cuts:
        return text
    i = min(cuts)  # the earliest, so that a second pass finds nothing more on the (now shorter) first line
    return text[:i] + _glue_break(text, i) + text[i:]


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
    text = _split_domain_glue(text, pat)
    for _ in range(4):  # a title may hold a second glue point past the first (a fixed point: idempotent)
        split = _split_masthead_glue(text, pat)
        if split == text:
            break
        text = split
    text = _split_camel(text, pat)
    text = _normalise_space(text)
    text = _drop_debris_lines(text, pat)
    return _normalise_space(text)


def debris_version() -> str:
    """The version of data/debris.yaml in use (recorded with cleaned documents)."""
    return _patterns().version
