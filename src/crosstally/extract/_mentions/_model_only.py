"""Denied clauses blanked out, and the classifier's event for a short note where no trigger word fired."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ...records import ActorMention, Count
from ...records import Span as CharSpan
from ...vocab import load_vocab
from ._actors import _subject_before, find_actors
from ._candidate import ACTOR_METHOD, MODEL_ONLY_METHOD, Candidate

# a clause that denies an event or its outcome: "no arrests had been made", "no one was hurt", "police did not
# fire", "none of the suspects was detained"; from the negator to the end of its clause
_DENIAL = re.compile(
    # "has had no news of him since" tells a disappearance, not a denial
    r"\b(?:no(?!\s+(?:news|word|trace)\s+(?:of|from|about)\b)|none of the|nobody|no one|neither|not a single)\b[^.;:!?]*"
    # "had not been seen since" tells a disappearance, not a denial; so does "could not find out where he was held"
    r"|\b(?:did|does|do|was|were|is|are|has|have|had|could|would)(?:\s+not|n['’]t)\b"
    r"(?!\s+(?:been\s+)?(?:seen|heard|found|located|traced|returned)\b"
    r"|\s+(?:find\s+out|learn|establish|say|know|tell)\s+where\b)[^.;:!?]*"
    r"|\bwithout\s+(?:any\s+)?(?:arrests?|injur\w+|casualt\w+|incidents?|violence)\b",
    re.I,
)


def without_denials(text: str) -> str:
    """``text`` with the clauses that deny an event blanked out (same length, so offsets still hold).

    Why: 'Police said no arrests had been made' names arrests only to deny them; a classifier over words reads
    'arrests' all the same and would report an arrest that did not happen."""
    return _DENIAL.sub(lambda m: " " * len(m.group(0)), text)


def _model_only_settings() -> dict[str, Any]:
    return dict(load_vocab("event_triggers")["entries"]["model_only"])


def _tells_an_act(told: str, spec: dict[str, Any]) -> bool:
    """Whether a note, its denied clauses taken out, still tells more than who spoke.

    Why: "police said no arrests had been made" leaves "police said": the classifier, which reads the note's
    opening and its actors, may still name an event there (``after_denial_idle`` of event_triggers.yaml)."""
    from .. import _model

    toks = set(_model.argument_tokens(told))
    if "no_violence_verb" not in toks:
        return True
    idle = set(spec.get("after_denial_idle") or [])
    nouns = {t[4:] for t in idle if t.startswith("has_")}
    for t in toks - idle:
        position, _, rest = t.partition("_")
        if position not in ("first", "act", "tgt", "pair") or not set(rest.split("_")) <= nouns:
            return True
    return False


def model_candidate(sdoc: Doc, counts: list[Count]) -> Candidate | None:
    """The classifier's event for a short note where no trigger word fired ("residents blocked the highway").

    Why: ACLED notes often name the event only by what people did; the classifier reads the whole note. Only
    for short, note-like texts and only when the model is confident (threshold chosen on the dev split,
    ``event_triggers.yaml`` ``model_only``): in a long article a text without a trigger is rarely an event report.
    The evidence is the whole note the model read; the method says the model alone named the event.
    """
    spec = _model_only_settings()
    text = sdoc.text
    if not text.strip() or len(text) > int(spec["max_chars"]):
        return None
    from .. import _model

    if not _model.available():
        return None
    # what the note denies is no event: "No arrests had been made" reports no arrest (the trigger scan skips
    # negated words; the classifier reads bags of words, so the denied clauses are taken out before it reads)
    told = without_denials(text)
    if not re.search(r"[^\W\d_]{3}", told):
        return None
    if told != text and not _tells_an_act(told, spec):
        return None
    etype, sub, p = _model.predict([told])[0]
    if etype == _model.NO_EVENT or (p < float(spec["min_probability"]) and not _model.defined_event(told)):
        return None
    whole = sdoc[:]
    first = next(iter(sdoc.sents), whole)
    root = first.root
    actors = find_actors(root, first) if root.pos_ in ("VERB", "AUX", "NOUN") else []
    _subject_before(root, first, actors)
    if not any(a.role == "actor2" for a in actors):
        for c in counts:
            if c.group and c.kind in ("killed", "injured", "abducted", "detained", "missing", "displaced"):
                i = text.find(c.group, c.evidence[0].start, c.evidence[0].end)
                if i >= 0:
                    actors.append(ActorMention(role="actor2", name=c.group, mention=c.group,
                                               evidence=[CharSpan(i, i + len(c.group))], method=ACTOR_METHOD,
                                               confidence=0.5))
                    break
    return Candidate(whole, root, "", etype, sub, float(p), actors, list(counts), float(p), MODEL_ONLY_METHOD)
