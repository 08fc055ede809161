"""The holder of a place an attack hit, named after the mention ("attacked positions held by FARC dissidents of the
10th Front"): the parse cut the mention to its head ("positions"), the words that name whose they were follow it.

Why (round 33): ACLED codes the group whose position, base or camp was attacked as the side attacked (ACLED
Codebook, 'Actors'; the mention's own "held by" is read in ``_mention._owner_inside``). Spent world notes 60 for the
form.
"""

from __future__ import annotations

import re
from datetime import date

from ._kb import Actor, ActorKB

# "positions | held by FARC dissidents of the 10th Front in rural areas": the holder's words after the head
_HELD_AFTER = re.compile(r"^\s*(?:held|controlled|occupied|manned|run)\s+by\s+(?:the\s+)?([^.;:()]{2,80})", re.I)


def holder_after(mention: str, text: str, end: int, heads: frozenset[str], country: str | None,
                 when: date | None, kb: ActorKB) -> Actor | None:
    """The named group holding the place ``mention`` (a bare 'positions', 'a base') names, from the words after it."""
    words = [w for w in re.findall(r"[\w'-]+", mention.lower()) if w not in ("a", "an", "the", "its", "their")]
    if not words or words[-1] not in heads:
        return None
    m = _HELD_AFTER.match(text[end:end + 120])
    if m is None:
        return None
    tokens = m.group(1).split()
    for n in range(min(len(tokens), 8), 0, -1):
        # the longest run of words from the start that the knowledge base names: "FARC dissidents of the 10th
        # Front in rural areas" → "FARC dissidents of the 10th Front" or "FARC dissidents"
        a = kb.exact(" ".join(tokens[:n]).strip(" ,"), country, when)
        if a is not None and a.type != "generic":
            return a
    return None
