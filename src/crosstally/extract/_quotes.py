"""Direct quotes and their speakers, attributions ("according to SOHR") and the sources an article cites.

Quotes are found on the text (curly and straight double quotes; single curly quotes only when five words or
longer) and their speakers with the spaCy parse: a speech verb before the quote ("X said", "told by X",
"an EU statement echoed"), a speech verb right after it ("…,” said X), "according to X", or a colon intro.

Scare quotes (one to four words: ‘remnants’, “revenge killings”) are not quotes of a speaker: they are kept only
when a speech verb frames them within a few words ("announced a “full investigation”"), with confidence 0.4;
otherwise they are left out here and returned by :func:`find_scare_quotes` for the framing stage.
Names are normalised with ``data/news_sources.yaml`` ("EU" → "European Union", "the US" → "United States").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..records import Quote, SourceCited, Span
from ..vocab import load_vocab
from ._dateline import dateline_span

METHOD = "crosstally.quotes.v1"
ATTRIBUTION_METHOD = "crosstally.attributions.v1"
SOURCES_METHOD = "crosstally.sources.v1"
SHORT_QUOTE_WORDS = 4
FRAME_WINDOW = 6  # tokens between a speech verb and a short quote it frames

_TYPE_OF_SOURCE = {
    "wire": "media", "newspaper": "media", "broadcaster": "media", "state_media": "media",
    "monitor": "monitor", "ngo": "organisation", "intergovernmental": "organisation", "government": "official",
}
_MEDIA_TYPES = frozenset({"wire", "newspaper", "broadcaster", "state_media", "monitor"})
_AUTHOR_PRONOUNS = frozenset({"i", "we", "you", "us", "me", "it", "this", "that", "they", "these", "those"})
_PERSON_PRONOUNS = frozenset({"he", "she"})
_NP_DEPS = frozenset({"det", "compound", "amod", "nummod", "poss", "nmod", "flat", "case", "punct", "cc", "conj",
                      "quantmod", "npadvmod"})


@dataclass(frozen=True, slots=True)
class _Source:
    name: str
    type: str
    country: str | None


@dataclass(frozen=True, slots=True)
class _Vocab:
    verbs: frozenset[str]
    phrase_only: frozenset[str]
    statement_nouns: frozenset[str]
    body_nouns: frozenset[str]
    cues: tuple[tuple[str, frozenset[str]], ...]
    aliases: dict[str, _Source]
    alias_re: re.Pattern[str]
    toll_verbs: frozenset[str]
    toll_nouns: frozenset[str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    sv = load_vocab("speech_verbs")["entries"]
    ns = load_vocab("news_sources")["entries"]
    aliases: dict[str, _Source] = {}
    for e in ns:
        src = _Source(e["name"], e["type"], e.get("country"))
        for a in [e["name"], *(e.get("aliases") or [])]:
            a = re.sub(r"^the\s+", "", a)  # "the BBC" → "BBC"; titles such as "The Standard" stay whole
            aliases.setdefault(a, src)
    alts = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return _Vocab(
        verbs=frozenset(sv["verbs"]),
        phrase_only=frozenset(sv["phrase_only"]),
        statement_nouns=frozenset(sv["statement_nouns"]),
        body_nouns=frozenset(sv["body_nouns"]),
        cues=tuple((k, frozenset(v)) for k, v in sv["speaker_cues"].items()),
        aliases=aliases,
        alias_re=re.compile(rf"(?<![\w.])(?:{alts})(?![\w])"),
        toll_verbs=frozenset(sv.get("toll_verbs") or ()),
        toll_nouns=frozenset(sv.get("toll_nouns") or ()),
    )


def normalise_source(name: str) -> str:
    """The canonical name of a known outlet / body ("EU" → "European Union"), else the name without its article."""
    v = _vocab()
    bare = re.sub(r"^(?:the|The|an|a|An|A)\s+", "", name.strip())
    for cand in (name.strip(), bare):
        if cand in v.aliases:
            return v.aliases[cand].name
    m = v.alias_re.search(name)
    if m and len(m.group()) >= 2:
        return v.aliases[m.group()].name
    return bare


def _known(name: str) -> _Source | None:
    v = _vocab()
    bare = re.sub(r"^(?:the|The|an|a|An|A)\s+", "", name.strip())
    if bare in v.aliases:
        return v.aliases[bare]
    m = v.alias_re.search(name)
    return v.aliases[m.group()] if m else None


def speaker_type(name: str) -> str:
    """official | monitor | witness | relative | organisation | media | other, from the source list then cue words."""
    src = _known(name)
    if src is not None:
        return _TYPE_OF_SOURCE.get(src.type, "other")
    words = set(re.findall(r"[a-z]+", name.lower()))
    low = name.lower()
    for kind, cues in _vocab().cues:
        if any((c in words) if " " not in c else (c in low) for c in cues):
            return kind
    return "other"


# ---------------------------------------------------------------- quote spans

_PAIRS = (("“", "”"), ("«", "»"))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quote marks."""
    out: list[tuple[int, int]] = []
    for op, cl in _PAIRS:
        i = 0
        while True:
            s = text.find(op, i)
            if s < 0:
                break
            e = text.find(cl, s + 1)
            nxt = text.find(op, s + 1)
            if e < 0 or (0 <= nxt < e and e - s > 2000):
                i = s + 1
                continue
            out.append((s + 1, e))
            i = e + 1
    positions = [m.start() for m in re.finditer('"', text)]
    for a, b in zip(positions[::2], positions[1::2], strict=False):
        if b - a < 2000:
            out.append((a + 1, b))
    for m in re.finditer(r"(?<![\w])‘", text):
        s = m.end()
        for c in re.finditer(r"’(?![A-Za-z])", text[s: s + 1500]):
            out.append((s, s + c.start()))
            break
    out = [(s, e) for s, e in out if text[s:e].strip()]
    out.sort()
    kept: list[tuple[int, int]] = []
    for s, e in out:
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e))
    return kept


def _words(s: str) -> int:
    return len(re.findall(r"\w+(?:[-’']\w+)*", s))


def find_scare_quotes(text: str) -> list[Span]:
    """Short quoted words (one to four) that no speaker utters: the framing stage counts them."""
    return [Span(s, e) for s, e in _quote_spans(text) if _words(text[s:e]) <= SHORT_QUOTE_WORDS]


# ---------------------------------------------------------------- speakers


def _is_speech(tok: Token) -> bool:
    v = _vocab()
    lem = tok.lemma_.lower()
    if lem not in v.verbs or tok.pos_ not in ("VERB", "AUX"):
        return False
    if lem in v.phrase_only:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return bool(nxt is not None and nxt.lower_ in ("it", "them", "that"))
    return True


def _np_tokens(head: Token) -> list[Token]:
    toks = [head]
    stack = [c for c in head.lefts if c.dep_ in _NP_DEPS or c.dep_ == "compound"]
    while stack:
        t = stack.pop()
        if t.lower_ in ("‘", "’", "“", "”", '"'):
            continue
        toks.append(t)
        stack.extend(t.children)
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "from", "at", "in") or c.dep_ in ("compound", "flat"):
            toks.extend(c.subtree)
    return sorted(set(toks), key=lambda t: t.i)


def _np(head: Token) -> tuple[str, Span] | None:
    toks = _np_tokens(head)
    # keep a contiguous run around the head
    idx = [t.i for t in toks]
    lo = hi = head.i
    while lo - 1 in idx:
        lo -= 1
    while hi + 1 in idx:
        hi += 1
    doc = head.doc
    for i in range(head.i - 1, lo - 1, -1):  # never reach across a headline separator ("News - Police")
        sep = doc[i].text in ("|", "–", "—", "«", "»", "(", ")", ":", ";") or (doc[i].text == "-" and doc[i].whitespace_)
        if sep:
            lo = i + 1
            break
    while lo < hi and (doc[lo].pos_ in ("DET", "PUNCT", "NUM") or doc[lo].lower_ in ("one",)):
        lo += 1
    while hi > lo and doc[hi].pos_ == "PUNCT":
        hi -= 1
    s, e = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    return _index(doc).text[s:e], Span(s, e)


def _statement_owner(head: Token) -> Token | None:
    """'an EU statement' → EU; 'a statement by the ministry' → ministry."""
    for c in head.children:
        if c.dep_ in ("compound", "poss") and c.pos_ in ("PROPN", "NOUN"):
            return c
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _resolve_pronoun(tok: Token) -> Token | None:
    """he / she → the nearest earlier proper-noun subject (a cheap coreference)."""
    window = tok.doc[max(0, tok.i - 120): tok.i]
    for t in reversed(window):
        if t.ent_type_ == "PERSON" and (
            t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ in ("appos", "compound") and t.head.dep_ == "nsubj")
        ):
            return t
    return None


def _left_np(verb: Token) -> Token | None:
    """The noun just left of a verb, skipping adverbs ('The BBC baselessly asserts')."""
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and doc[i].lower_ not in ("not",):
        i -= 1
    if i >= 0 and doc[i].pos_ in ("PROPN", "NOUN"):
        return doc[i]
    return None


def _speaker_of(verb: Token) -> Token | None:
    """The token naming who spoke: a passive agent, else the subject up the clause chain, else the noun left of it."""
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    t: Token | None = verb
    for _ in range(4):
        if t is None:
            break
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN", "PRON"):
                return c
        if t.dep_ in ("advcl", "xcomp", "conj", "acl", "ccomp") and t.head is not t:
            t = t.head
        else:
            break
    return _left_np(verb)


def _name_from(tok: Token) -> tuple[str, Span] | None:
    v = _vocab()
    if tok.pos_ == "PRON" and tok.lower_ in _AUTHOR_PRONOUNS:
        return None
    if tok.pos_ == "PRON" and tok.lower_ in _PERSON_PRONOUNS:
        ref = _resolve_pronoun(tok)
        if ref is None:
            return None
        tok = ref
    if tok.lemma_.lower() in v.statement_nouns:
        owner = _statement_owner(tok)
        if owner is None:
            return None
        tok = owner
    return _np(tok)


def _according_to(sent: SpacySpan) -> tuple[str, Span, Span] | None:
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
            to = t.nbor(1)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            sub = list(pobj.subtree)
            s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            phrase_text = _index(t.doc).text[s:e]
            src = _vocab().alias_re.search(phrase_text)
            if src:
                name_span = Span(s + src.start(), s + src.end())
                name = src.group()
            else:
                got = _np(pobj)
                if got is None:
                    continue
                name, name_span = got
            return name, name_span, Span(t.idx, e)
    return None


@dataclass(frozen=True, slots=True)
class _Index:
    """Token start offsets and sentences of one Doc, built once: ``Token.sent`` walks the whole Doc per call."""

    text: str
    starts: list[int]
    ends: list[int]
    sents: list[SpacySpan]
    sent_starts: list[int]


def _index(doc: Doc) -> _Index:
    key = ("crosstally.quotes", "index")
    got = doc.user_data.get(key)
    if isinstance(got, _Index) and len(got.starts) == len(doc):
        return got
    arr = doc.to_array([IDX, LENGTH]).astype("int64")  # in C: no Token object per token
    starts = arr[:, 0].tolist() if len(doc) else []
    ends = (arr[:, 0] + arr[:, 1]).tolist() if len(doc) else []
    sents = list(doc.sents) if len(doc) else []
    idx = _Index(doc.text, starts, ends, sents, [s.start for s in sents])
    doc.user_data[key] = idx
    return idx


def _first_token_ending_after(doc: Doc, char: int) -> int | None:
    """Index of the first token whose end is past ``char`` (the token holding or following it)."""
    i = bisect_right(_index(doc).ends, char)
    return i if i < len(doc) else None


def _after_quote(doc: Doc, end_char: int) -> tuple[str, Span] | None:
    """'…,” said X' or '…,” X said' right after the closing mark."""
    first = bisect_left(_index(doc).starts, end_char)
    toks = list(doc[first: first + 8])
    toks = [t for t in toks if not t.is_punct or t.text in (",", ".")]
    while toks and toks[0].is_punct:
        toks = toks[1:]
    if not toks:
        return None
    if _is_speech(toks[0]) and len(toks) > 1 and toks[1].pos_ in ("PROPN", "NOUN", "DET", "PRON", "ADJ"):
        head = toks[1]
        while head.dep_ in ("det", "compound", "amod") and head.head.i > head.i and head.head.i - toks[0].i < 6:
            head = head.head
        return _name_from(head)
    for i, t in enumerate(toks[:5]):
        if _is_speech(t) and i > 0:
            subj = _speaker_of(t)
            if subj is not None and subj.i >= toks[0].i:
                return _name_from(subj)
            break
    return None


def _sentence_of(doc: Doc, char: int) -> SpacySpan:
    ix = _index(doc)
    i = _first_token_ending_after(doc, char)
    i = len(doc) - 1 if i is None else i
    return ix.sents[bisect_right(ix.sent_starts, i) - 1]


def _find_speaker(doc: Doc, qs: int, qe: int, short: bool) -> tuple[str, Span, float] | None:
    sent = _sentence_of(doc, qs)
    qi = _first_token_ending_after(doc, qs)
    if qi is None:
        return None
    q_first = doc[qi]
    start_tok = sent.start
    conf = 0.4 if short else 0.8
    text = _index(doc).text
    follow = text[qe + 1: qe + 3].lstrip()
    trailing = text[qs:qe].rstrip().endswith(",") or follow[:1] == "," or follow[:1].islower()
    if not short and trailing:  # “…,” said X / “…,” X said
        after = _after_quote(doc, qe + 1)
        if after is not None:
            return after[0], after[1], conf
    # a quote that opens its own sentence hangs on a sentence before it that ends in ':' or '!'
    if q_first.i - start_tok <= 1 and sent.start > 0:
        prev = _sentence_of(doc, doc[sent.start - 1].idx)
        if prev.text.rstrip()[-1:] in (":", "!"):
            start_tok = prev.start
    quoted = set(range(q_first.i, len(doc)))
    verbs = [t for t in doc[start_tok: q_first.i] if _is_speech(t) and t.i not in quoted]
    inner = [(s, e) for s, e in _quote_spans(text[sent.start_char: qs])]
    verbs = [t for t in verbs if not any(sent.start_char + s <= t.idx < sent.start_char + e for s, e in inner)]
    if short:
        verbs = [t for t in verbs if q_first.i - t.i <= FRAME_WINDOW]
    for verb in reversed(verbs):
        subj = _speaker_of(verb)
        if subj is not None:
            got = _name_from(subj)
            if got is not None:
                return got[0], got[1], conf
    if short:
        return None
    acc = _according_to(sent)
    if acc is not None:
        return acc[0], acc[1], 0.6
    # colon intro: "he gave him the bloc's endorsement: “…”"
    before = text[max(0, qs - 3): qs]
    if ":" in before:
        for t in doc[start_tok: q_first.i]:
            if t.dep_ == "ROOT" or (t.head.dep_ == "ROOT" and t.dep_ in ("nsubj",)):
                root = t if t.dep_ == "ROOT" else t.head
                subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    got = _name_from(subj)
                    if got is not None:
                        return got[0], got[1], 0.5
                break
    return None


def _cached(sdoc: Doc, kind: str, text: str) -> tuple[tuple[str, str, int], list[Any] | None]:
    """find_sources_cited reuses the quotes and attributions already found on this Doc."""
    key = ("crosstally.quotes", kind, hash(text))
    got = sdoc.user_data.get(key)
    return key, (list(got) if got is not None else None)


def find_quotes(text: str, sdoc: Doc) -> list[Quote]:
    """Direct quotes with their speakers (normalised via news_sources.yaml), evidence on the quoted text."""
    key, hit = _cached(sdoc, "quotes", text)
    if hit is not None:
        return hit
    out = _find_quotes(text, sdoc)
    sdoc.user_data[key] = tuple(out)
    return list(out)


def _find_quotes(text: str, sdoc: Doc) -> list[Quote]:
    out: list[Quote] = []
    for qs, qe in _quote_spans(text):
        body = text[qs:qe]
        short = _words(body) <= SHORT_QUOTE_WORDS
        single = text[qs - 1] == "‘"
        if single and _words(body) < 5:
            short = True
        got = _find_speaker(sdoc, qs, qe, short)
        if got is None:
            if short:
                continue
            out.append(Quote(speaker=None, text=body, evidence=[Span(qs, qe)], speaker_evidence=[],
                             speaker_type=None, method=METHOD, confidence=0.3))
            continue
        name, span, conf = got
        canon = normalise_source(name)
        out.append(Quote(speaker=canon, text=body, evidence=[Span(qs, qe)], speaker_evidence=[span],
                         speaker_type=speaker_type(name), method=METHOD, confidence=conf))
    return out


# ---------------------------------------------------------------- attributions


def _source_like(tok: Token, name: str) -> bool:
    """Is this subject a source (an outlet, body, named person or a speaker noun), not any noun?"""
    if _known(name) is not None:
        return True
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
        return True
    return speaker_type(name) != "other"


def find_attributions(text: str, sdoc: Doc) -> list[tuple[str, Span, Span]]:
    """(source name, attribution phrase, the sentence it covers) for "according to X", "X said", "citing X"..."""
    key, hit = _cached(sdoc, "attributions", text)
    if hit is not None:
        return hit
    out = [a for a in _find_attributions(sdoc) if a[2] is not None]
    sdoc.user_data[key] = tuple(out)
    return list(out)


_CLAUSE_DEPS = ("ccomp", "xcomp")
_FRAME_DEPS = ("advcl", "parataxis")
_CLAUSE_BREAKS = ("–", "—", ";")
_FRONTED_DEPS = ("ccomp", "npadvmod", "dep", "parataxis")


def _claim_cover(verb: Token, sent: SpacySpan) -> Span | None:
    """The text a speech verb vouches for, or None when it frames no claim.

    "X said (that) CLAUSE" covers the clause, "X reported 20 deaths" its figure, "CLAUSE, X said", "as reported by
    X" and "the attack was reported by X" the sentence. "al-Jolani announced a 'combing operation'" frames no claim:
    a figure elsewhere in the sentence or paragraph is not his.
    """
    whole = Span(sent.start_char, sent.end_char)
    if verb.lemma_.lower() == "cite":
        return whole
    if any(c.dep_ in ("agent", "nsubjpass") for c in verb.children):
        return whole
    if verb.dep_ in _FRAME_DEPS or (verb.dep_ == "ROOT" and verb.i > sent.start and any(
            (c.dep_ in _FRONTED_DEPS and c.i < verb.i) or (c.dep_ == "nsubj" and c.i > verb.i)
            for c in verb.children)):
        return whole  # "CLAUSE, police said" / "“…,” said Officer X"
    for c in verb.children:
        if c.dep_ in _CLAUSE_DEPS or (c.dep_ == "dobj" and any(t.like_num for t in c.subtree)):
            sub = list(c.subtree)
            lo_i, hi_i = sorted((verb.i, sub[0].i))
            if any(t.text in _CLAUSE_BREAKS for t in verb.doc[lo_i:hi_i]):
                continue  # "announced an inquiry – he has learned…": a new clause, not what was announced
            return Span(sub[0].idx, sub[-1].idx + len(sub[-1].text))
    if verb.dep_ == "ccomp" and verb.head.i < verb.i and not _is_speech(verb.head) and not any(
            t.text in _CLAUSE_BREAKS for t in verb.doc[verb.head.i: verb.i]):
        return whole  # "Two guards died, the chief said" parsed with 'said' under 'died'
    return None


def _find_attributions(sdoc: Doc) -> list[tuple[str, Span, Span | None]]:
    """Every attribution frame; the cover is None for a speech verb that frames no claim (still a cited source)."""
    out: list[tuple[str, Span, Span | None]] = []
    seen: set[tuple[int, int]] = set()
    dl = _dateline(_index(sdoc).text)
    for sent in sdoc.sents:
        acc = _according_to(sent)
        if acc is not None:
            out.append((normalise_source(acc[0]), acc[2], Span(sent.start_char, sent.end_char)))
            seen.add((acc[2].start, acc[2].end))
        inside = [(sent.start_char + a, sent.start_char + b) for a, b in _quote_spans(sent.text)]
        for t in sent:
            toll = _is_toll_frame(t)
            if not (toll or _is_speech(t)) or any(a <= t.idx < b for a, b in inside):
                continue
            lem = t.lemma_.lower()
            head: Token | None = None
            if lem == "cite":
                head = next((c for c in t.children if c.dep_ == "dobj"), None)
            else:
                head = _speaker_of(t)
            if head is not None and dl is not None and dl[0] <= head.idx < dl[1]:
                # "GENEVA, March 11 (Wire) - The UN office said": the dateline is where the story was filed,
                # never who spoke; the noun next to the verb is
                head = _left_np(t)
                if head is not None and dl[0] <= head.idx < dl[1]:
                    head = None
            if head is None:
                continue
            body = _body_it(head, sent, out)
            got = (body, Span(head.idx, head.idx + len(head.text))) if body else _name_from(head)
            if got is None:
                continue
            name, span = got
            if dl is not None and span.start < dl[1] and dl[0] < span.end:
                continue
            if body is None and not _source_like(head, name):
                continue
            head_end = head.idx + len(head.text)
            lo = min(span.start, t.idx, head.idx)
            hi = max(span.end, t.idx + len(t.text), head_end)
            if hi - lo - (span.end - span.start) > 40:  # subject far from its verb: the subject alone
                lo, hi = span.start, span.end
            if (lo, hi) in seen:
                continue
            seen.add((lo, hi))
            cover = _claim_cover(t, sent) if not toll else _toll_cover(t)
            if cover is not None:
                cover = Span(min(cover.start, lo), max(cover.end, hi))
            out.append((normalise_source(name), Span(lo, hi), cover))
    out.sort(key=lambda x: x[1].start)
    return _resolve_descriptors(sdoc, out)


def _body_it(head: Token, sent: SpacySpan, frames: list[tuple[str, Span, Span | None]]) -> str | None:
    """"The committee said ... . It said 238 ... had been killed": a sentence-opening "It" that speaks is the body
    the sentence before quoted (a named body, never a person), so the figure is the committee's, not the outlet's.
    """
    if head.lower_ != "it" or head.i != sent.start or head.dep_ != "nsubj" or not frames:
        return None
    name, phrase, _ = frames[-1]
    prev = next((s for s in head.doc.sents if s.end == sent.start), None)
    if prev is None or not (prev.start_char <= phrase.start < prev.end_char):
        return None
    return name if speaker_type(name) not in ("witness", "relative") and not _is_person(head.doc, phrase) else None


def _is_person(doc: Doc, phrase: Span) -> bool:
    sp = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
    return sp is not None and any(t.ent_type_ == "PERSON" for t in sp)


def _dateline(text: str) -> tuple[int, int] | None:
    """(start, end) of the dateline that opens ``text`` ("GENEVA, March 11 (Meridian Wire) -"), else None.

    Why: the parser often makes the dateline's town the subject of the first "said"; a town is never a
    claimant, and the agency in brackets is the outlet itself, not who it quotes.
    """
    got = dateline_span(text)
    return (got.start, got.end) if got is not None else None


def _is_toll_frame(tok: Token) -> bool:
    """'the monitor raised the toll to 973', 'SOHR put the number of dead at 1,225': a source setting a figure."""
    v = _vocab()
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in v.toll_verbs:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in v.toll_nouns for c in tok.children)


def _toll_cover(verb: Token) -> Span:
    sub = list(verb.subtree)
    return Span(sub[0].idx, sub[-1].idx + len(sub[-1].text))


def _resolve_descriptors(sdoc: Doc, frames: list[tuple[str, Span, Span | None]]) -> list[tuple[str, Span, Span | None]]:
    """'a war monitor said 973' in a story that names one monitor (the Syrian Observatory) is that monitor's claim.

    Why: wires relay a monitor's figure as "a war monitor" and name it a sentence later; the figure is the
    monitor's, relayed, and must be counted under its name. Only a lower-case descriptor of a monitor is
    resolved, and only when the text names exactly one known monitor.
    """
    generic = [i for i, (name, _, _) in enumerate(frames)
               if name == name.lower() and _known(name) is None and speaker_type(name) == "monitor"]
    if not generic:
        return frames
    v = _vocab()
    monitors = {v.aliases[m.group()].name for m in v.alias_re.finditer(_index(sdoc).text)
                if v.aliases[m.group()].type == "monitor"}
    if len(monitors) != 1:
        return frames
    only = next(iter(monitors))
    out = list(frames)
    for i in generic:
        _, phrase, cover = out[i]
        out[i] = (only, phrase, cover)
    return out


# ---------------------------------------------------------------- sources cited

_CREDIT = re.compile(r"(?:Image|Photo|Photograph|Picture|Credit|Illustration)s?\s*:\s*[^/\n]{0,80}")


def find_sources_cited(text: str, sdoc: Doc) -> list[SourceCited]:
    """Outlets, agencies, monitors and official bodies the article cites, one per normalised name.

    A known outlet or monitor counts on any mention; other bodies (governments, the UN, the EU) only when they
    are the origin of a quote or an attribution. Image credits ("Image: …, Twitter") are left out.
    """
    v = _vocab()
    credits = [m.span() for m in _CREDIT.finditer(text)]
    mentions: dict[str, list[Span]] = {}
    types: dict[str, str] = {}
    for m in v.alias_re.finditer(text):
        if any(s <= m.start() < e for s, e in credits):
            continue
        src = v.aliases[m.group()]
        mentions.setdefault(src.name, []).append(Span(m.start(), m.end()))
        types[src.name] = src.type
    origins: dict[str, list[Span]] = {}
    key, hit = _cached(sdoc, "frames", text)
    frames = hit if hit is not None else _find_attributions(sdoc)
    sdoc.user_data[key] = tuple(frames)
    for name, phrase, _ in frames:
        origins.setdefault(name, []).append(phrase)
    for q in find_quotes(text, sdoc):
        if q.speaker:
            origins.setdefault(q.speaker, []).extend(q.speaker_evidence)
    out: list[SourceCited] = []
    for name, spans in mentions.items():
        if types[name] in _MEDIA_TYPES:
            out.append(SourceCited(name=name, evidence=spans, method=SOURCES_METHOD,
                                   confidence=0.9 if name in origins else 0.7))
        elif name in origins:
            out.append(SourceCited(name=name, evidence=spans, method=SOURCES_METHOD, confidence=0.8))
    known = {s.name for s in out}
    for name, spans in origins.items():
        if name in known or name in mentions:
            continue
        if _is_body(name) and _is_org_mention(sdoc, spans):
            out.append(SourceCited(name=name, evidence=sorted(spans, key=lambda s: s.start),
                                   method=SOURCES_METHOD, confidence=0.5))
    out.sort(key=lambda s: s.evidence[0].start if s.evidence else 0)
    return out


def _is_body(name: str) -> bool:
    """Does the name end in a word for an organisation ('ministry', 'police', 'observatory'), not a person?"""
    words = re.findall(r"[A-Za-z]+", name.lower())
    return bool(words) and words[-1] in _vocab().body_nouns


def _is_org_mention(sdoc: Doc, spans: list[Span]) -> bool:
    """An unknown origin counts as a cited source when spaCy calls it an organisation."""
    for sp in spans:
        cs = sdoc.char_span(sp.start, sp.end, alignment_mode="expand")
        if cs is not None and any(t.ent_type_ == "ORG" for t in cs):
            return True
    return False
