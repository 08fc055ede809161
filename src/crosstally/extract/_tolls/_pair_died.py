"""Deaths told by a pronoun or a pair word for people counted before with no fate (and no death told before):
"residents beat two men ... Both died at the scene", "beat and burned two thieves; both were dead before police
arrived", "cornered two armed men ... neither survived", "set upon two women and burned them to death", "both
occupants, two fighters, died", "killing both men inside".

Why: the figure ("two men") is read with the verb of its own clause (beaten, cornered), which is no death; the death
is told after, by "both", "neither" or "them". ``_later_deaths._both_died`` moves a figure counted hurt to killed;
these are the figures no count holds, so the death is a new count of the figure's size (ACLED codes every death).
"""

from __future__ import annotations

import re

from ...records import Count
from ...records import Span as CharSpan
from ._terms import METHOD

_PEOPLE = (r"(?:men|women|people|persons|youths|boys|girls|suspects|brothers|sisters|children|herders|traders|"
           r"farmers|civilians|villagers|students|pupils|soldiers|officers|policemen|passengers|occupants|riders|"
           r"fighters|militants|robbers|thieves|elders|workers|drivers|guards|relatives|sons|daughters)")
# the last people counted before the death word: "two men", "two elderly women", "3 suspected thieves"
_FIGURE = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]+\s+){0,2}?(?P<noun>"
                     + _PEOPLE + r")\b", re.I)
# ("both were dead before police arrived", "both were found dead": the state after the attack, a death all the same)
_DEATH = (r"(?:(?:later|also|then|eventually)\s+)?(?:died|were\s+killed|perished|lost\s+their\s+lives|"
          r"were\s+(?:already\s+)?(?:pronounced\s+|confirmed\s+|found\s+|declared\s+)?dead)")
# "Both died at the scene", "Neither survived": the pair told before
_BARE = re.compile(r"(?:^|[.;!?:]\s+|,\s+|\band\s+)(?:(?P<both>both)(?:\s+of\s+them)?\s+" + _DEATH
                   # ("Neither lived at the motel": residence; only a survival that failed, told to its end)
                   + r"|(?P<neither>neither)(?:\s+of\s+them)?\s+(?:survived|made\s+it|pulled\s+through)(?=\s*[.;,]))",
                   re.I)
# "both occupants, SDF members, died": the pair word names its own people
_NAMED = re.compile(r"\bboth\s+(?P<noun>" + _PEOPLE + r")(?:,[^,.;]{1,40},)?\s+" + _DEATH + r"\b", re.I)
# "burned them to death", "beat them to death", "shot them dead": the people counted before, killed
_THEM = re.compile(r"\b(?:burn(?:ed|t)|beat|stoned|hacked|clubbed|stabbed|lynched|shot)\s+(?:both\s+of\s+)?them\s+"
                   r"(?:to\s+death|dead)\b", re.I)
# "killing both men inside", "shot dead both guards": the pair word names the people a killing verb takes as its
# object (the number reader leaves "both" out, since "both soldiers and civilians" counts nobody); not a list after it
_KILLED_BOTH = re.compile(r"\b(?:killing|killed|kills|shot\s+dead|shooting\s+dead)\s+both\s+(?:of\s+the\s+|the\s+)?"
                          r"(?P<noun>" + _PEOPLE + r")\b(?!\s*,?\s+(?:and|as\s+well\s+as)\b)", re.I)
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _figure_before(text: str, a: int) -> tuple[int, str]:
    """The size and noun of the last group of people counted in the 200 characters before ``a`` (0 when none)."""
    found = list(_FIGURE.finditer(text[max(0, a - 200) : a]))
    if not found:
        return 0, ""
    n = found[-1].group("n").lower()
    return (int(n) if n.isdigit() else _WORDS[n]), found[-1].group("noun").lower()


def pair_deaths(counts: list[Count], text: str, offset: int = 0) -> list[Count]:
    """New killed counts for people counted before whose death a pair word or 'them' tells, when no count already
    reads a death there or holds the figure."""
    out: list[Count] = []

    def read(a: int, b: int) -> bool:
        return any(c.kind == "killed" and any(a <= s.start - offset < b or s.start - offset <= a < s.end - offset
                                               for s in c.evidence) for c in counts + out)

    def told_before(a: int) -> bool:  # deaths already told: "both men died" tells them again
        return any(c.kind == "killed" and c.evidence and c.evidence[0].start - offset < a for c in counts)

    def held(a: int) -> bool:  # the figure before already counted (as a death or a hurt)
        m = list(_FIGURE.finditer(text[max(0, a - 200) : a]))
        if not m:
            return False
        at = max(0, a - 200) + m[-1].start()
        return any(c.kind in ("killed", "injured") and any(s.start - offset <= at < s.end - offset for s in c.evidence)
                   for c in counts)

    for rx, pair in ((_BARE, True), (_NAMED, True), (_KILLED_BOTH, True), (_THEM, False)):
        for m in rx.finditer(text):
            a = m.start("both") if rx is _BARE and m.group("both") else m.start("neither") if rx is _BARE else m.start()
            b = m.end()
            if read(a, b) or told_before(a):
                continue
            if rx is _NAMED or rx is _KILLED_BOTH:
                n, noun = 2, m.group("noun").lower()
            else:
                n, noun = _figure_before(text, a)
                if n < 2 or (pair and n != 2) or held(a):
                    continue
            out.append(Count(kind="killed", low=n, high=n, qualifier="exact", group=noun,
                             evidence=[CharSpan(offset + a, offset + b)], phrase=text[a:b], method=METHOD,
                             confidence=0.6))
    return out
