"""A lone body found: "His body was found near a stream", "a body was recovered from the river". One person dead,
told by the finding of the body rather than by a fate verb (ACLED codes the death; GVDB lists the victim)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import Count
from ...records import Span as CharSpan
from ._kinds import _unrealised
from ._terms import METHOD

_BODY_NOUNS = ("body", "corpse")
# what is done to a body when it turns up (lemmas); "the body was taken to the mortuary" tells no new finding
_FOUND_VERBS = ("find", "discover", "recover", "retrieve", "dump", "exhume", "dig", "wash", "pull", "spot", "locate")
_ONE = ("a", "an", "his", "her", "the")


def lone_body(sent: Span, tok: Token) -> Count | None:
    """One body that was found, recovered or dumped: a death. Not "the body of a man" (the figure reads that), not
    bodies (a figure says how many), not a body told without its finding ("his body was taken to the mortuary")."""
    if tok.tag_ != "NN" or tok.lower_ not in _BODY_NOUNS or any(c.dep_ == "prep" and c.lower_ == "of"
                                                                  for c in tok.children):
        return None
    det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
    verb = tok.head
    if (det is None or det.lower_ not in _ONE or tok.dep_ not in ("nsubjpass", "dobj") or verb.pos_ != "VERB"
            or verb.lemma_.lower() not in _FOUND_VERBS or _unrealised(verb)):
        return None
    lo, hi = sorted((det.i, verb.i))
    span = sent.doc[lo : max(hi, tok.i) + 1]
    return Count(kind="killed", low=1, high=1, qualifier="exact", group=tok.lower_,
                 evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=METHOD,
                 confidence=0.5)
