"""A party named right after a mention the parse cut before it ("arrested 11 members of the opposition | FRX"): the
mention ends with a word for a party ("the opposition", "the ruling party") and the party's name follows it.

Why (round 34): the cut mention read as civilians; ACLED codes a party's members arrested or attacked as the party
(ACLED Codebook, 'Actors'; the mention's own "members of the FRX" is read in ``_mention._party_office``). Spent
world notes 61 for the form.
"""

from __future__ import annotations

import re
from datetime import date

from ._kb import Actor, ActorKB

# the mention closes on the word that a party's name would follow
_PARTY_WORD = re.compile(r"\b(?:opposition|ruling|governing|party|movement|coalition)$", re.I)
# "| FRX, a provincial secretary among them": the capitalised name right after the mention
_NAME_AFTER = re.compile(r"^\s+(?:party\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})")


def party_after(mention: str, text: str, end: int, country: str | None, when: date | None,
                kb: ActorKB) -> Actor | None:
    """The listed political party named right after ``mention`` when the mention closes on a party word."""
    if _PARTY_WORD.search(mention.strip()) is None:
        return None
    m = _NAME_AFTER.match(text[end:end + 80])
    if m is None:
        return None
    tokens = m.group(1).split()
    for n in range(len(tokens), 0, -1):
        a = kb.exact(" ".join(tokens[:n]), country, when)
        if a is not None and a.type == "political_party":
            return a
    return None
