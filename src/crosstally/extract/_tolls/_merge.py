"""A figure the document repeats is one Count with several spans."""

from __future__ import annotations

from ...records import Count
from ._terms import SELF_METHOD, SURVIVORS_METHOD, _single_vocab


def _norm_group(g: str | None) -> str:
    return (g or "").lower()


def _head_word(g: str | None) -> str:
    """The group's last word, singular: 'Somali refugees' and 'refugees' name the same people."""
    words = _norm_group(g).split()
    return words[-1].rstrip("s") if words else ""


def _merge_repeats(counts: list[Count]) -> list[Count]:
    """One Count per distinct claim: same kind and figure (and compatible group) → more evidence, not more dead."""
    generic = _single_vocab()["generic_groups"]  # "12 people", "five others": no particular people
    out: list[Count] = []
    for c in counts:
        for o in out:
            same_fig = o.kind == c.kind and o.low == c.low and o.high == c.high
            groups_ok = (
                not o.group or not c.group or _norm_group(o.group) == _norm_group(c.group)
                or _head_word(o.group) == _head_word(c.group)  # "Somali refugees" / "refugees"
                or _norm_group(o.group) in generic or _norm_group(c.group) in generic
            )
            overlap = o.kind == c.kind and SELF_METHOD not in (o.method, c.method) and any(
                a.start < b.end and b.start < a.end for a in o.evidence for b in c.evidence)
            if overlap or (same_fig and groups_ok and c.low > 1):
                if not overlap and c.method != SURVIVORS_METHOD:  # "shooting 12 people" never states 9
                    o.evidence.append(c.evidence[0])
                o.group = o.group or c.group
                break
        else:
            out.append(c)
    return out
