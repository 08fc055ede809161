"""Two cues a battle's sides are read from (round 34b): a force named only by its acronym, and a side told only as its
dead.

Why: "Fano went after ENDF positions" names the army by the acronym alone, which neither the nationality nor the
military words read; "ISIS militants opened fire on a police post ... Three policemen killed" tells the force only as
its dead, so the group that opened fire attacked first (``_battles``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..records import Span as CharSpan
from ._conventions import Resolved, _implicit
from ._mention import resolve_mention

# round 34b: an acronym of two to six capitals (a trailing small letter allowed: 'FAMa'), as a force's is written
_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}[a-z]?(?![\w'-])")


def _force_acronym(text: str, spans: list[CharSpan], country: str | None, when: date | None,
                   role: str) -> Resolved | None:
    """The event country's own state force the sentences name only by its acronym ("went after ENDF positions",
    "hours after FARDC pulled back"), as the knowledge base lists it; None when none is named.

    Why (round 34b): a battle's second side the parse tied to no mention is often the army written as its acronym,
    which neither the nationality nor the military words read; ACLED codes it as the country's military (spent world
    notes 49-51: Ethiopia's ENDF, DR Congo's FARDC)."""
    if country is None:
        return None
    for s in spans:
        for m in _ACRONYM.finditer(text, s.start, s.end):
            if len(m.group()) < 3:
                continue
            actor, _ = resolve_mention(m.group(), country, when)
            # the country's own force, whatever the knowledge base types it for its missions abroad (Ethiopia's ENDF)
            if (actor is not None and actor.type in ("state_forces", "external_forces") and actor.inter in (1, 8)
                    and actor.country == country):
                return _implicit(role, actor, text, CharSpan(m.start(), m.end()), 0.5)
    return None


def _told_as_dead(r: Resolved | None, cb: dict[str, Any], text: str) -> bool:
    """Whether a side's own mention tells only its dead or wounded ("Three policemen killed", "2 PMF members lost
    their lives"), not an act of its own ("the government sent reinforcements")."""
    if r is None or not r.mention.evidence:
        return False
    spec = cb["state_first"].get("force_hit") or {}
    first, last = r.mention.evidence[0], r.mention.evidence[-1]
    return bool(re.match(str(spec.get("after") or "(?!x)x"), text[last.end : last.end + 80], re.I)
                or re.search(str(spec.get("before") or "(?!x)x"), text[max(0, first.start - 40) : first.start], re.I))


def _group_attacked(a1: Resolved | None, a2: Resolved, cb: dict[str, Any], text: str) -> bool:
    """Whether a named armed group (actor2) is told as the subject of the attack on the force (actor1) that the note
    tells only as its dead ("ISIS militants opened fire on a police post ... Three policemen killed"): the group
    attacked first (``answered_attack.group_attacked``)."""
    group = cb["answered_attack"].get("group_attacked")
    if not group or a2.actor is None or a2.actor.type == "generic" or not _told_as_dead(a1, cb, text):
        return False
    return any(re.match(str(group), text[e.end : e.end + 60], re.I) for e in a2.mention.evidence)
