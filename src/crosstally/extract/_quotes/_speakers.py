"""Who speaks: speech verbs, the noun phrase that names a speaker, pronouns, statement owners, "according to X"
and the speaker right after a closing quote mark ("…,” said X").
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...records import Span
from ._doc_cache import _index
from ._vocab import _vocab

_AUTHOR_PRONOUNS = frozenset({"i", "we", "you", "us", "me", "it", "this", "that", "they", "these", "those"})
_PERSON_PRONOUNS = frozenset({"he", "she"})
_NP_DEPS = frozenset({"det", "compound", "amod", "nummod", "poss", "nmod", "flat", "case", "punct", "cc", "conj",
                      "quantmod", "npadvmod"})


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
