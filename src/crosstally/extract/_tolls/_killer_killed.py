"""The killer who was killed in turn: "The guard shot one of them dead before he himself was killed", "the constable
shot two robbers dead and was then stabbed to death". The one who did the first killing is the subject (or the
pronoun for it) of a second, passive killing: a person other than the first's victims, one more death (ACLED
counts every death of the event, attackers and defenders alike)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...records import Count
from ...records import Span as CharSpan
from .._doc_basics import doc_text
from ._kinds import _kind_at, _unrealised
from ._terms import KILLER_METHOD
from ._victim_verbs import _is_fatal

_PRONOUNS = frozenset({"he", "she"})


def _subject(v: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in v.children if c.dep_ in deps), None)


def _covered(counts: list[Count], a: int, b: int) -> bool:
    return any(c.kind == "killed" and any(e.start < b and a < e.end for e in c.evidence) for c in counts)


def killers_killed(sdoc: Doc | Span, counts: list[Count]) -> list[Count]:
    """One more death for each passive killing whose victim did an earlier killing told in the same sentence."""
    out: list[Count] = []
    sents = list(sdoc.sents) if isinstance(sdoc, Doc) else [sdoc]
    for sent in sents:
        toks = list(sent)
        for j, v in enumerate(toks):
            if v.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in v.children) or _unrealised(v):
                continue
            if _kind_at(toks, j)[1] != "killed" and not (v.lemma_.lower() == "shoot" and _is_fatal(v)):
                continue  # "... and then was fatally shot by a deputy": the adverb before the verb says the death
            # the earlier act: the verb this one hangs on, or the one hanging on it ("killed after he shot ...")
            acts = [v.head] if v.dep_ in ("advcl", "conj") and v.head.i < v.i else []
            acts += [c for c in v.children if c.dep_ == "advcl" and c.i > v.i]
            for w in acts:
                s = _subject(w, ("nsubj",))
                obj = _subject(w, ("dobj",))
                p = _subject(v, ("nsubjpass",))
                if s is None or obj is None or w.pos_ != "VERB":
                    continue
                if p is None and v.dep_ != "conj":
                    continue
                if p is not None and p.lower_ not in _PRONOUNS and s.lower_ not in _PRONOUNS:
                    continue  # two nouns: two people the grammar reads itself
                if s.lower_ in ("they", "we", "it") or (p is not None and p.lower_ in ("they", "we", "it")):
                    continue
                lo = min(t.i for t in obj.subtree)
                hi = max(t.i for t in obj.subtree)
                doc = sent.doc
                if not _covered(counts, doc[lo].idx, doc[hi].idx + len(doc[hi].text)):
                    continue  # the first act's victims are not counted dead: nothing to tell apart
                first = p if p is not None else v
                who = s if p is None or p.lower_ in _PRONOUNS else p  # the noun that names him
                a, b = min(first.idx, v.idx), v.idx + len(v.text)
                if _covered(counts + out, a, b):
                    continue
                out.append(Count(kind="killed", low=1, high=1, qualifier="exact", group=who.text,
                                 evidence=[CharSpan(a, b)], phrase=doc_text(doc)[a:b], method=KILLER_METHOD, confidence=0.5))
                break
    return out
