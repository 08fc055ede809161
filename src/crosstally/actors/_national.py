"""A state's force named by its nationality: 'Nigerian Army soldiers', 'an Israeli drone strike'.

Why: the adjective says whose force acted wherever the place is; an outside state's force is ACLED's external force.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from functools import lru_cache

from ..records import Span as CharSpan
from ..vocab import load_vocab
from ._generic import codebook_actor
from ._kb import Actor, _nationality_table, get_kb

# a ruling power named as past ("the former regime's forces", "the ousted junta"): not the state's force today
_FORMER = re.compile(r"(?i:\b(?:former|ousted|toppled|fallen|deposed|old|ex-?)\s*)$")


@lru_cache(maxsize=1)
def _national_forces() -> list[tuple[re.Pattern[str], str]]:
    """(pattern, template) per kind of force: a nationality adjective, up to two words, a force word."""
    nat_rx, _ = _nationality_table()
    if nat_rx is None:
        return []
    nat = nat_rx.pattern[len("(?<![\\w.-])("):-len(")(?![\\w-])")]
    entries = load_vocab("actor_generic")["entries"]
    own = "|".join(re.escape(str(w)) for w in entries.get("own_state_words") or ())
    out = []
    for spec in entries.get("national_forces") or ():
        words = "|".join(str(w) for w in spec["words"])
        # v11: "junta aircraft", "regime forces": the event country's own (group ``own``, no nationality)
        who = r"(?P<nat>" + nat + r")" + (r"|(?P<own>(?i:" + own + r"))" if own else "")
        rx = re.compile(r"(?<![\w.-])(?:" + who + r")(?:'s)?(?:\s+[\w'-]+){0,2}?\s+(?i:" + words + r")(?![\w-])")
        out.append((rx, str(spec["template"])))
        # round 30: the nationality told as the sources' belief after the force word ("a drone believed to be
        # American", "jets thought to be Russian")
        out.append((re.compile(r"(?<![\w.-])(?i:" + words + r")\s+(?i:(?:widely\s+|locally\s+)?(?:believed|thought|"
                               r"said|suspected|presumed|assumed|understood)\s+to\s+(?:be|have\s+been)\s+(?:an?\s+)?)"
                               r"(?P<nat>" + nat + r")(?![\w-])"), str(spec["template"])))
        if str(spec["template"]).startswith("Military"):
            # round 30: fire that came "from the Tajik side" of a frontier is that state's military's
            out.append((re.compile(r"(?<![\w.-])(?i:shells?|shelling|fire|gunfire|mortars?|rockets?|artillery|missiles?|"
                                   r"bombardment|drones?)(?:\s+[\w'-]+){0,3}?\s+(?i:from\s+the\s+)(?P<nat>" + nat
                                   + r")\s+(?i:side)(?![\w-])"), str(spec["template"])))
    return out


def national_force(text: str, country: str | None, when: date | None = None, start: int = 0,
                   end: int | None = None) -> tuple[Actor, int, int] | None:
    """'Nigerian Army soldiers', 'an Israeli drone strike' → that country's state force, and where it is named.

    Why: the adjective says whose force acted wherever the place is; ACLED codes a state force outside its own
    country as an external force (inter 8). The first such phrase in ``text[start:end]`` decides.
    """
    _, table = _nationality_table()
    kb = get_kb()
    stop = len(text) if end is None else end
    best: tuple[int, int, str, str, bool] | None = None
    for rx, template in _national_forces():
        for m in rx.finditer(text, start, stop):
            # part of a longer name ("the Free Syrian Army"), or a group's own name ("Syrian Democratic Forces"):
            # not the state's force
            # (an article opening the sentence is no part of a name: "A Kenyan naval vessel", "The Nigerian Army")
            if m.group("nat") and re.search(r"(?<![\w'-])(?!(?:A|An|The|THE)\s)[A-Z][\w'-]*\s+$",
                                            text[max(0, m.start() - 30) : m.start()]):
                continue
            named = kb.exact(m.group(0))
            if named is not None and named.type not in ("state_forces", "external_forces", "government", "generic"):
                continue
            code = table[m.group("nat")] if m.group("nat") else country
            if code is None:
                continue  # "junta troops" with no event country: whose junta is not told
            if m.groupdict().get("own") and _FORMER.search(text[max(0, m.start() - 20) : m.start()]):
                continue  # "former regime forces" are no longer the state's (the knowledge base names them)
            # round 30: at one start the force word nearest the nationality decides ("a Kenyan police post" is the
            # police's, not the military's by its closing "post")
            if best is None or m.start() < best[0] or (m.start() == best[0] and m.end() < best[1]):
                best = (m.start(), m.end(), template, code, bool(m.group("nat")))
            break
    if best is None:
        return _state_weapon(text, country, when, start, stop)
    a, b, template, code, _ = best
    if country is not None and code != country:
        # 'a US drone' in Afghanistan before the withdrawal: the force the knowledge base lists for the event's
        # country under that phrase (NATO there, actors.yaml v14), not the foreign state's own name
        here = kb.exact(text[a:b], country, when)
        if here is not None and here.country == country and here.type == "external_forces" and here.valid_on(when):
            return copy.copy(here), a, b
    actor = codebook_actor(template, 1, code, when, named=best[4])
    if country is not None and country != code:
        actor.inter = 8
    return actor, a, b


def national_force_in(text: str, spans: list[CharSpan], country: str | None,
                      when: date | None = None) -> tuple[Actor, int, int] | None:
    """The first force named by its nationality in the event's sentences (``spans``, in order), else None: the
    codebook rules that put such a force in an unnamed side's place all look for it so."""
    for s in spans:
        found = national_force(text, country, when, s.start, s.end)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=1)
def _state_weapons() -> list[tuple[re.Pattern[str], str, frozenset[str], str]]:
    """(pattern, state, event countries, the force's name template) per weapon system whose name says whose force
    fired it (actor_generic.yaml ``state_weapons``)."""
    out = []
    for spec in load_vocab("actor_generic")["entries"].get("state_weapons") or ():
        words = "|".join(str(w) for w in spec["words"])
        out.append((re.compile(r"(?<![\w-])(?i:" + words + r")(?![\w-])"), str(spec["state"]),
                    frozenset(str(c) for c in spec.get("where") or ()), str(spec["template"])))
    return out


def _state_weapon(text: str, country: str | None, when: date | None, start: int,
                  stop: int) -> tuple[Actor, int, int] | None:
    """'a Shahed-type drone struck a warehouse' in Ukraine → Russia's military: a weapon only one side of the war in
    the event's country fires (round 34). None outside the countries the entry lists, or with no event country."""
    if country is None:
        return None
    for rx, code, where, template in _state_weapons():
        if country not in where:
            continue
        m = rx.search(text, start, stop)
        if m is None:
            continue
        actor = codebook_actor(template, 1, code, when, named=True)
        if country != code:
            actor.inter = 8
        return actor, m.start(), m.end()
    return None
