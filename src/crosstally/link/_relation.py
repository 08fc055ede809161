"""A scored pair's relation: the same incident, a part and its whole (nest), or neither; a wider, vaguer claim
is never merged with a part on the score alone.
"""

from __future__ import annotations

from ._config import LinkConfig
from ._types import ClaimProfile


def relation(a: ClaimProfile, b: ClaimProfile, s: float, cfg: LinkConfig) -> tuple[str, int] | None:
    """("same", 0), ("nest", 0) when ``a`` contains ``b``, ("nest", 1) when ``b`` contains ``a``, or None.

    Containment means strictly wider in time AND coarser in place: a coast-wide toll over days
    against one village's killing on one day. Such a pair is a part and its whole (when the types
    or actors agree and the part's toll is smaller), the same incident reported vaguely (when the
    tolls match), or unrelated; never merged on the score alone.
    """
    for p, c in ((a, b), (b, a)):
        if _vaguely_around(p, c):
            # "1,426 killed in March" against one day's village killing: the whole told vaguely, or unrelated;
            # only a comparable toll says it is the same incident, and a vague date never makes a parent
            if p.killed and c.killed and 2 * c.killed >= p.killed:
                return ("same", 0) if s >= cfg.threshold else None
            return None
    for flip, (p, c) in enumerate(((a, b), (b, a))):
        if _wider(p, c):
            if _own_update(p, c):
                return ("same", 0) if s >= cfg.nest_threshold else None
            if p.killed and c.killed and (c.killed > cfg.nest_ratio * p.killed or p.killed - c.killed <= 2):
                # the same toll, or one updated by a death or two (4 -> 5): the same incident
                return ("same", 0) if s >= cfg.threshold else None
            if _risen_toll(p, c):
                return ("same", 0) if s >= cfg.threshold else None
            if p.event_type != c.event_type and not set(p.actors) & set(c.actors):
                return None  # a car bomb elsewhere in the country is not part of a wave of killings
            return ("nest", flip) if s >= cfg.nest_threshold else None
    return ("same", 0) if s >= cfg.threshold else None


LATER_DAYS = 3  # a report this many days after a one-day attack that gives it a vague span tells its toll later


def _risen_toll(p: ClaimProfile, c: ClaimProfile) -> bool:
    """``p``, reported days after ``c``'s one day and dated only vaguely around it ("last week's attack"), gives a
    higher toll in the same district or town under twice ``c``'s: the attack's toll risen as bodies are found and
    the wounded die (13 on the day, 19 a week later), not a week of violence that holds it. A province-wide or
    country-wide span, or a toll over twice the part's, is still a whole."""
    return (p.date_precision == 2 and c.date_precision == 1 and c.start == c.end and p.level >= 2 and c.level >= 2
            and p.admin2 is not None and p.admin2 == c.admin2 and p.published is not None and c.end is not None
            and p.published - c.end >= LATER_DAYS
            and bool(p.killed and c.killed) and (c.killed or 0) < (p.killed or 0) < 2 * (c.killed or 0))


def _own_update(p: ClaimProfile, c: ClaimProfile) -> bool:
    """One source's running toll over a province or region, restated later with a higher figure
    ("745" on 8 March, "973 since 6 March" on 9 March): the same incident updated, not a part of it."""
    if (p.level <= 1 and c.level <= 1 and abs(c.start - p.start) <= 2 and c.end - c.start >= 2
            and bool(p.killed and c.killed) and 2 * (c.killed or 0) >= (p.killed or 0)):
        # the same running toll "since Thursday" read as one of the region's provinces by another outlet (a start
        # counted back from "four days" may miss by two)
        return True
    # the earlier toll counts from the same beginning ("since Thursday"); a single day's attack two days
    # into the wave, from the same outlet, is a part of it, not an earlier statement of its toll
    return (p.source == c.source and p.level <= 1 and c.level <= 1 and p.start <= c.start
            and c.start - p.start <= 1 and c.end > c.start
            and bool(p.killed and c.killed) and (c.killed or 0) <= (p.killed or 0)
            and p.published is not None and c.published is not None and c.published <= p.published)


def _vaguely_around(p: ClaimProfile, c: ClaimProfile) -> bool:
    """``p`` is dated only vaguely ("in March") over a span that holds ``c``, and placed no finer."""
    if p.start is None or c.start is None or p.end is None or c.end is None or p.date_precision <= 2:
        return False
    return (p.start <= c.start and c.end <= p.end and (p.end - p.start) > (c.end - c.start)
            and p.level <= c.level)


def _wider(p: ClaimProfile, c: ClaimProfile) -> bool:
    if p.start is None or c.start is None or p.end is None or c.end is None:
        return False
    if not (p.start <= c.start and c.end <= p.end and (p.end - p.start) > (c.end - c.start)):
        return False
    if p.date_precision > 2:
        return False  # "in March": a vague date, not days of violence that could hold a part
    if p.level < c.level:
        # a claim the geocoder could place only in the country is vaguely placed, not country-wide: it
        # restates the incident ("1,200 killed in four days", no province) rather than containing it
        return p.level > 0 or bool(p.admin1) or (p.area is not None and p.area != p.country)
    # days of violence against one day's attack in the same province (both naming only the province), or a
    # one-day report the geocoder could not place at all inside the wave's days: still a part. A region or a
    # country named by both is too coarse to tell a part from a restated toll, and the same town named by
    # both is one incident told over days and on its worst day. A part whose toll matches the whole's is
    # caught by the caller's toll test.
    placed = p.level == c.level == 1 or (p.level >= 1 and c.country is None)
    return (placed and p.end - p.start >= 2 and c.end == c.start and p.date_precision <= 2
            and c.date_precision == 1)
