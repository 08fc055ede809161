"""People a crowd set alight or burned, in a short note that tells no death otherwise: "Residents set a suspected thief
alight", "three theft suspects were set on fire by a vigilante mob", "seized two men, beat them and burned them".

Why: mob justice that burns its victims kills them; the notes tell the burning, not the death (Kenya dev: a thief "set
alight" by residents, four suspects "set on fire" by a vigilante group, each coded with every one burned dead; a
Haitian neighbourhood that "burned" two men it seized). Only a crowd's act: people "set alight" by assailants nobody
names are no crowd's (such a note is coded 0), and a victim the note says was rescued is left out by the toll.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...records import Count
from ...records import Span as CharSpan
from .._doc_basics import _SHORT_DOC, doc_text
from ._pair_died import _WORDS, _figure_before
from ._terms import METHOD, _single_vocab

# the crowd that burns: residents, villagers, a mob, a vigilante group, youths, members of the public
_CROWD = re.compile(r"\b(?:mobs?|crowds?|residents|villagers|vigilantes?|vigilante\s+(?:group|mob|militia)|youths|"
                    r"locals|members\s+of\s+the\s+public|irate\s+\w+|angry\s+\w+)\b", re.I)
_FIRE = r"(?:alight|ablaze|on\s+fire|aflame)"
_NUM = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# a figure and up to four words after it, the person among them ("two suspected cattle thieves": thieves)
_FIG = rf"(?P<n>an?|{_NUM})\s+(?P<noun>(?:[\w-]+\s+){{0,3}}[\w-]+)"
_FIG_LAZY = rf"(?P<n>an?|{_NUM})\s+(?P<noun>(?:[\w-]+\s+){{0,3}}?[\w-]+)"
# "set alight four robbery suspects", "set ablaze a matatu driver": the verb, the fire, then the people
_SET_FIRE_OBJ = re.compile(rf"\bset(?:s|ting)?\s+{_FIRE}\s+(?P<fig>{_FIG})\b", re.I)
# "set a suspected thief alight", "set him on fire", "set them ablaze"
_SET_OBJ_FIRE = re.compile(rf"\bset(?:s|ting)?\s+(?P<fig>(?P<pro>him|them)|{_FIG_LAZY})\s+{_FIRE}", re.I)
# "three theft suspects were set on fire", "a suspected thief was set ablaze"
_FIG_SET_FIRE = re.compile(rf"(?<![\w-])(?P<fig>{_FIG_LAZY})\s+(?:was|were|is|are)\s+(?:\w+\s+){{0,2}}?set\s+{_FIRE}",
                           re.I)
# "beat them and burned them in the street", "burnt him": the people counted before
_BURNED_PRO = re.compile(r"\bburn(?:ed|t|s)?\s+(?P<fig>(?P<pro>him|them))\b(?!\s*(?:selves|self))", re.I)
_AFTER_HEAD = frozenset({"in", "at", "on", "near", "from", "of", "who", "and", "after", "for", "over", "by", "to",
                         "with", "outside", "inside"})


def crowd_burned(sdoc: Doc | Span, counts: list[Count]) -> list[Count]:
    """The people a crowd set alight or burned, one death each, when a short note counts no death yet."""
    text = doc_text(sdoc)
    if len(text) > _SHORT_DOC or any(c.kind == "killed" for c in counts) or not _CROWD.search(text):
        return []
    persons = _single_vocab()["singular_persons"]
    base = sdoc.start_char if isinstance(sdoc, Span) else 0
    for rx in (_SET_FIRE_OBJ, _SET_OBJ_FIRE, _FIG_SET_FIRE, _BURNED_PRO):
        for m in rx.finditer(text):
            if re.search(r"\b(?:tri(?:es|ed)|attempt\w*|bid|threaten\w*|wanted)\s+(?:\w+\s+){0,2}$",
                         text[: m.start()], re.I):
                continue  # "tried to set him alight": no burning done
            n, group = _size(text, m, persons)
            if not n:
                continue
            a, b = base + m.start(), base + m.end()
            return [Count(kind="killed", low=n, high=n, qualifier="exact", group=group, evidence=[CharSpan(a, b)],
                          phrase=text[m.start() : m.end()], method=METHOD, confidence=0.4)]
    return []


def _size(text: str, m: re.Match[str], persons: frozenset[str] | set[str]) -> tuple[int, str]:
    """How many people the match burned and who they are (0 when it names no person)."""
    groups = m.groupdict()
    pro = (groups.get("pro") or "").lower()
    if pro == "him":
        return 1, "him"
    if pro == "them":
        n, noun = _figure_before(text, m.start())
        return (n, noun) if n >= 2 else (0, "")
    word = (groups.get("n") or "").lower()
    # the first person word among the figure's words ("two suspected cattle thieves in Isiolo": thieves)
    pool = persons if word in ("a", "an") else _single_vocab()["crowd_victims"]
    words = (groups.get("noun") or "").lower().split()
    k = next((k for k, w in enumerate(words) if w in pool), None)
    # the person word heads the figure: nothing after it but a preposition ("a guard house": a building)
    if k is None or (k + 1 < len(words) and words[k + 1] not in _AFTER_HEAD):
        return 0, ""
    noun = words[k]
    if word in ("a", "an"):
        return 1, noun
    value = int(word) if word.isdigit() else _WORDS.get(word, 0)
    return (value, noun) if value else (0, "")
