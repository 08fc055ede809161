"""ACLED actors compared: the forms of an actor name, the alias map (``data/acled_actor_aliases.yaml``), and
the names an event gives one role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ._fold import fold

_PERIOD = re.compile(r"\((?:\d{4})?\s*[-–]\s*(?:\d{4})?\)")
_PAREN = re.compile(r"\([^)]*\)")


def actor_forms(name: str | None) -> set[str]:
    """Comparable forms of an ACLED actor name: without its period, without a trailing unit, without "(Country)"."""
    if not name:
        return set()
    forms: set[str] = set()
    m = _PERIOD.search(name)
    main = name[: m.start()] if m else name
    for n in (name, main, _PERIOD.sub(" ", name)):
        forms.add(fold(_PERIOD.sub(" ", n)))
        forms.add(fold(_PAREN.sub(" ", n)))
    if ":" in name:  # "SLDF: Sabaot Land Defence Force"
        short, long = name.split(":", 1)
        forms.update({fold(short), fold(long)})
    return {f for f in forms if f}


@lru_cache(maxsize=1)
def _aliases() -> dict[str, set[str]]:
    from crosstally.vocab import load_vocab

    try:
        entries = load_vocab("acled_actor_aliases")["entries"]
    except Exception:  # a missing file only makes scoring stricter
        return {}
    return {fold(k): {fold(a) for a in v} for k, v in entries.items()}


_LEAD = re.compile(r"^(?:(?:the|a|an|suspected|alleged|some|several|two|three|\d+)\s+)+")
_MILITIA = re.compile(r"^(.+?) (?:ethnic|communal) militia\b")


def actor_matches(pred_names: Iterable[str | None], gold: str | None) -> bool:
    """Whether any predicted name or mention denotes the ACLED actor ``gold`` (through the alias map)."""
    gold_forms = actor_forms(gold)
    if not gold_forms:
        return False
    aliases: set[str] = set()
    table = _aliases()
    for g in gold_forms:
        aliases |= table.get(g, set())
    ethn = {m.group(1) for g in gold_forms if (m := _MILITIA.match(g)) and m.group(1) != "unidentified"}
    for p in pred_names:
        if not p:
            continue
        pf = actor_forms(p) | {fold(p)}
        if pf & gold_forms or pf & aliases:
            return True
        if any(e and re.search(rf"\b{re.escape(e)}\b", f) for e in ethn for f in pf):
            return True
        # "2 soldiers", "the suspected gunmen": a count or article before the actor does not change who it is.
        stripped = {_LEAD.sub("", f) for f in pf}
        stripped |= {f[:-1] for f in stripped if f.endswith("s")} | {f + "s" for f in stripped}
        if stripped & gold_forms or stripped & aliases:
            return True
        # "Taliban militants in Aqcha district": the head of a long mention names the actor.
        for f in stripped:
            words = f.split()
            if len(words) > 2 and any(" ".join(words[:k]) in gold_forms | aliases for k in range(1, 4)):
                return True
    return False


def actor_names(ev: dict[str, Any] | None, role: str) -> list[str]:
    if not ev:
        return []
    names: list[str] = []
    for a in ev.get("actors") or []:
        if a.get("role") == role:
            names += [a.get("name") or "", a.get("mention") or ""]
            break
    return names
