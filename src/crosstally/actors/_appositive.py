"""Round 32b: the two communities a note names right after an unnamed plural side ("two militias, the Rendille and
the Borana, fought") are the battle's two sides, in the order named."""

from __future__ import annotations

from collections.abc import Callable

from ._conventions import Resolved, _first
from ._kb import Actor


def appositive_sides(items: list[Resolved], found: list[tuple[Actor, Actor, int]],
                     open_side: Callable[[Resolved], bool]) -> None:
    """Round 32b: a battle whose actor1 is an unnamed plural the note then names ("two clans, Ajuran and Degodia,
    fought"): the first community named is actor1, the second actor2, as "between the Ajuran and the Degodia" would
    give; the parse read the named pair as actor2 alone (its first name) or left it open."""
    a1, a2 = _first(items, "actor1"), _first(items, "actor2")
    if a1 is None or not open_side(a1) or not a1.mention.evidence:
        return
    for one, two, at in found:
        if a1.mention.evidence[0].start >= at:
            continue  # the unnamed plural comes before the names it stands for
        if a2 is not None and not open_side(a2) and (a2.actor is None or a2.actor.id not in (one.id, two.id)):
            continue  # a second side the note names otherwise stays
        a1.actor = one
        if a2 is not None:
            a2.actor = two
        return
