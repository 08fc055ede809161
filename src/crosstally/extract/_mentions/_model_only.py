"""The classifier's event for a short note where no trigger word fired (denied clauses blanked out first, by the
classifier's :func:`without_denials`, kept importable from here)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ...records import ActorMention, Count
from ...records import Span as CharSpan
from ...vocab import load_vocab
from .. import _model
from .._doc_basics import doc_text
from .._model import without_denials
from ._actors import _subject_before, find_actors
from ._candidate import ACTOR_METHOD, MODEL_ONLY_METHOD, Candidate


def _model_only_settings() -> dict[str, Any]:
    return dict(load_vocab("event_triggers")["entries"]["model_only"])


def _tells_an_act(told: str, spec: dict[str, Any]) -> bool:
    """Whether a note, its denied clauses taken out, still tells more than who spoke.

    Why: "police said no arrests had been made" leaves "police said": the classifier, which reads the note's
    opening and its actors, may still name an event there (``after_denial_idle`` of event_triggers.yaml)."""
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


def _no_speaker(verb: Any) -> bool:
    """The verb's subject is denied ("no charges", "nobody"), or it has none: no side speaks or acts there."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or subj.lower_ in ("nobody", "none", "no-one", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    """The lemmas of speech_verbs.yaml ("say", "announce", "report"): verbs that tell of an act, not act."""
    return frozenset(str(v).lower() for v in load_vocab("speech_verbs")["entries"]["verbs"])


def _dated_note(text: str, spec: dict[str, Any]) -> bool:
    """Whether a short text opens with its date, as ACLED's incident notes do ("On 3 May 2023, ...")."""
    opening = spec.get("dated_opening")
    return bool(opening) and re.match(str(opening), text) is not None


def model_candidate(sdoc: Doc, counts: list[Count]) -> Candidate | None:
    """The classifier's event for a short note where no trigger word fired ("residents blocked the highway").

    Why: ACLED notes often name the event only by what people did; the classifier reads the whole note. Only
    for short, note-like texts and only when the model is confident (threshold chosen on the dev split,
    ``event_triggers.yaml`` ``model_only``): in a long article a text without a trigger is rarely an event report.
    A short text that opens with its date ("On 3 May 2023, ...") is an incident note by its genre: there the
    classifier's best event class is taken at a lower threshold (``dated_min_probability``).
    The evidence is the whole note the model read; the method says the model alone named the event.
    """
    spec = _model_only_settings()
    text = doc_text(sdoc)
    if not text.strip() or len(text) > int(spec["max_chars"]):
        return None
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
        if not _dated_note(text, spec):
            return None
        # a dated incident note reports an event by its genre: the classifier's best event class, when it has some
        # weight (event_triggers.yaml model_only dated_min_probability)
        etype, sub, p = _model.best_event(told)
        if etype == _model.NO_EVENT or p < float(spec.get("dated_min_probability", 1.0)):
            return None
    whole = sdoc[:]
    first = next(iter(sdoc.sents), whole)
    root = first.root
    if root.lemma_.lower() in _speech_lemmas() and _no_speaker(root):
        # the sentence's root only tells what was not said or done ("police held 11 activists; no charges
        # announced"): the clause it governs is the act (a speaker who acts, "commanders announced they left",
        # keeps the root)
        act = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
        root = act if act is not None else root
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
