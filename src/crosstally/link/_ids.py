"""Incident ids: stable across runs (a group keeps the id most of its members had), analysts' splits and merges
re-applied in order, fresh ids from the founding claim's key.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

from ._types import ClaimProfile, EventKey, Override


def _fresh_id(keys: Sequence[EventKey], taken: set[str]) -> str:
    founding = min(keys)
    base = f"{founding[0]}:{founding[1]}"
    n = 0
    while True:
        h = hashlib.sha1((base if n == 0 else f"{base}#{n}").encode()).hexdigest()[:10]
        iid = f"inc-{h}"
        if iid not in taken:
            return iid
        n += 1


def _apply_overrides(groups: list[list[int]], claims: Sequence[ClaimProfile], overrides: Sequence[Override],
                     old_id: Sequence[str | None]) -> tuple[list[list[int]], dict[int, str]]:
    """Re-apply analysts' splits and merges in the order given; returns groups and preferred ids."""
    index = {c.key: i for i, c in enumerate(claims)}
    preferred: dict[int, str] = {}  # group position -> id the analyst named
    for ov in overrides:
        where = {m: g for g, members in enumerate(groups) for m in members}
        named = [index[k] for k in ov.events if k in index]
        if ov.kind == "split":
            if not named:
                continue
            out = set(named)
            groups = [[m for m in members if m not in out] for members in groups]
            groups.append(sorted(out))
        elif ov.kind == "merge":
            hit = {where[m] for m in named}
            hit |= {g for g, members in enumerate(groups) if any(old_id[m] in ov.incidents for m in members)}
            if len(hit) < 1:
                continue
            merged = sorted(m for g in hit for m in groups[g])
            groups = [members for g, members in enumerate(groups) if g not in hit]
            groups.append(merged)
            pos = len(groups) - 1
            ids = [i for i in ov.incidents if any(old_id[m] == i for m in merged)]
            if ids:
                preferred[pos] = ids[0]
        groups_nonempty = [(g, members) for g, members in enumerate(groups) if members]
        remap = {g: n for n, (g, _) in enumerate(groups_nonempty)}
        preferred = {remap[g]: v for g, v in preferred.items() if g in remap}
        groups = [members for _, members in groups_nonempty]
    return groups, preferred


def _assign_ids(groups: list[list[int]], votes_of: Sequence[str | None], preferred: dict[int, str],
                keys: Sequence[EventKey]) -> list[str]:
    """A group keeps the id most of its members had; the others get fresh ids. Never renumbers."""
    group_id: list[str | None] = [None] * len(groups)
    taken: set[str] = set(preferred.values())
    for g, iid in preferred.items():
        group_id[g] = iid
    order = sorted(range(len(groups)), key=lambda g: (-len(groups[g]), groups[g][0]))
    for g in order:
        if group_id[g] is not None:
            continue
        votes = Counter(votes_of[m] for m in groups[g] if votes_of[m] is not None)
        for iid, _n in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
            if iid not in taken:
                group_id[g] = iid
                taken.add(iid)
                break
    for g in order:
        if group_id[g] is None:
            iid = _fresh_id([keys[m] for m in groups[g]], taken)
            group_id[g] = iid
            taken.add(iid)
    return [g for g in group_id if g is not None]
