"""A note's toll told as a total and then its parts by place: "left two dead, one in Kisumu town and the other at
Ahero", "15 killed in clashes in Nakuru (8) and Molo (7)", "(6 fatalities for Garsen, 4 for Hola)", "lynched
four suspects in separate places: three in Machakos and one at Tala".

Why: ACLED codes one event per place and day (its codebook), so each place keeps its own part of the total: the
note's first event, at the first place told, has the first part (the Kenya train side: 4 such notes, 8 rows, each
row coded with its place's part, never the total). Only short notes: an article's total is GVDB's one incident.
"""

from __future__ import annotations

import re

from ...records import Count
from ._terms import _vocab

_ONE_MORE = {"the other": 1, "another": 1}  # the number words themselves: quantifiers.yaml, through _vocab()
_NUM = r"(?i:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|the\s+other|another)"
_PLACE = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
# "three in Machakos", "6 fatalities for Garsen", "the other at Ahero"
_PART_A = (_NUM + r"\s+(?i:(?:fatalities|deaths|dead|killed|people|persons)\s+)?(?i:(?:were\s+)?(?:coded|recorded|"
           r"killed|reported)\s+)?(?i:in|for|at)\s+" + _PLACE)
# "Nakuru (8)"
_PART_B = _PLACE + r"\s*\(\d{1,3}\)"
_SEP = r"\s*(?:,\s*(?i:and\s+)?|;\s*|\s(?i:and)\s+)"
_RUN = re.compile(r"(?<![\w-])(?:(?:" + _PART_A + r")(?:" + _SEP + r"(?:" + _PART_A + r"))+|(?:in\s+)?(?:" + _PART_B
                  + r")(?:" + _SEP + r"(?:" + _PART_B + r"))+)(?![\w-])")
_PART_N = re.compile(r"^(?:in\s+)?(?:" + _PLACE + r"\s*\((?P<b>\d{1,3})\)|(?P<a>" + _NUM + r"))")


def _parts(run: str) -> list[int]:
    out: list[int] = []
    for piece in re.split(_SEP, run):
        m = _PART_N.match(piece.strip())
        if m is None:
            return []
        n = m.group("b") or m.group("a")
        n = re.sub(r"\s+", " ", n.lower())
        out.append(int(n) if n.isdigit() else _ONE_MORE.get(n) or _vocab()["numbers"][n])
    return out


def first_place_part(text: str, c: Count, offset: int = 0) -> int | None:
    """The first place's part of the killed total ``c`` when the note goes on to split it by place (the parts add
    up to the total), else None."""
    if c.kind != "killed" or not c.evidence or not c.low or c.low < 2:
        return None
    b = c.evidence[-1].end - offset
    window = text[b : b + 200]
    for m in _RUN.finditer(window):
        parts = _parts(m.group(0))
        if len(parts) >= 2 and sum(parts) == c.low and all(p > 0 for p in parts):
            return parts[0]
    return None
