"""One person a short note says a crowd lynched, when the parse missed the verb: "Residents lynch robber", "Angry
villagers lynch a cattle thief" (the tagger reads a headline's present-tense 'lynch' as a noun).

Why: in ACLED's notes "X lynch(es) a suspected thief" is one death (all but one of the Kenya dev notes so worded carry
1); the grammar reads it when the parse makes 'lynch' the verb, and this pass reads the same words when it does not.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...records import Count
from ...records import Span as CharSpan
from .._doc_basics import _SHORT_DOC, doc_text
from ._terms import METHOD, _single_vocab

# "lynch a suspected coffee thief", "lynches murder suspect": the verb, an optional article, up to three modifiers,
# then the person; not "tries to lynch", "in a bid to lynch" (no death told)
_LYNCH = re.compile(r"\blynch(?:es|ed)?\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,3}[\w-]+)", re.I)
# the same misreading of a headline's present-tense kill verb and its bare object ("Gunmen raid farm and kill
# herder", "Masked men storm bar and kill patron", "Youths stone suspected thief to death": no article, so
# the parse makes the verb a noun or the person a modifier): one death, the person named right after the verb
_KILL_BARE = re.compile(r"\b(?:kill|kills|stone|stones|hack|hacks|beat|beats|burn|burns)\s+"
                        r"((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
_TO_DEATH = re.compile(r"\s+to\s+death\b", re.I)


def lynched_in_note(sdoc: Doc | Span, counts: list[Count]) -> list[Count]:
    """One death for a note's "lynch(es) <a person>" (or a headline's bare "kills civilian", "stone thief to death")
    when no death is counted yet; nothing for an article."""
    text = doc_text(sdoc)
    if len(text) > _SHORT_DOC or any(c.kind == "killed" for c in counts):
        return []
    persons = _single_vocab()["singular_persons"]
    base = sdoc.start_char if isinstance(sdoc, Span) else 0
    matches = [(m, False) for m in _LYNCH.finditer(text)] + [(m, True) for m in _KILL_BARE.finditer(text)]
    for m, bare in matches:
        words = m.group(1).lower().split()
        k = next((k for k, w in enumerate(words) if w in persons), None)
        if k is None or any(w in ("and", "or", "who", "in", "after", "of", "for", "on", "at") for w in words[:k]):
            continue
        if bare and any(w in ("the", "a", "an", "his", "her", "their", "its", "to") for w in words[:k]):
            continue  # "kills a civilian": the grammar's own reading (it counts or drops it for a reason)
        if bare:
            # "kill civilian" alone; "stone/hack/beat/burn <person> to death" only with the fate told
            verb = m.group(0).split()[0].lower()
            if not verb.startswith("kill") and not _TO_DEATH.match(text, m.start(1) + len(" ".join(words[: k + 1]))):
                continue
        if re.search(r"\b(?:tri(?:es|ed)|attempt\w*|bid|wanted|threaten\w*)\s+(?:\w+\s+){0,2}$", text[: m.start()], re.I):
            continue
        a = base + m.start()
        b = base + m.start(1) + len(" ".join(m.group(1).split()[: k + 1]))
        return [Count(kind="killed", low=1, high=1, qualifier="exact", group=words[k],
                      evidence=[CharSpan(a, b)], phrase=text[a - base : b - base], method=METHOD, confidence=0.4)]
    return []
