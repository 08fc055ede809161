"""The compiled codebook (data/actor_codebook.yaml) and the small helpers every codebook convention uses.

Why: each convention module (crowds, victims, battles, communities) reads the same compiled word lists and adds
implicit actors the same way (evidence = the word that implies the actor); they live here so those modules do not
import each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from ..records import ActorMention
from ..records import Span as CharSpan
from ..vocab import load_vocab
from ._kb import Actor

CODEBOOK_METHOD = "crosstally.actors.codebook.v1"


@dataclass(slots=True)
class Resolved:
    """One actor mention with the actor it resolved to (None: unresolved) while the codebook rearranges roles."""

    mention: ActorMention
    actor: Actor | None
    confidence: float
    implicit: bool = False


_ROLE_RANK = {"actor1": 0, "actor2": 1, "assoc_actor_1": 2, "assoc_actor_2": 3}


def role_rank(r: Resolved) -> int:
    """Sort key of an event's actors: actor1, actor2, then the associated actors (ACLED's column order)."""
    return _ROLE_RANK.get(r.mention.role, 4)


@lru_cache(maxsize=1)
def codebook() -> dict[str, Any]:
    """The entries of ``actor_codebook.yaml`` with its word lists compiled."""
    e = dict(load_vocab("actor_codebook")["entries"])

    def rx(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.I)

    e["_crowd_rx"] = rx(e["crowd_words"])
    e["_intervention_rx"] = rx(e["intervention"]["words"])
    e["_victim_rx"] = rx(e["victim_words"])
    e["_perpetrator_rx"] = rx(e["unknown_perpetrator"]["words"])
    e["_unknown_said_rx"] = re.compile("|".join(e["suspected_group"].get("unknown_said") or ["$^"]), re.I)
    e["_implied_rx"] = rx(e["target_civilians"].get("implied_words") or ["$^"])
    e["_property_rx"] = rx(e["target_civilians"].get("property_words") or ["$^"])
    e["_communal_men_rx"] = rx(e["communal_context"].get("communal_men") or ["$^"])
    e["_harm_rx"] = rx(e["target_civilians"].get("harm_words") or ["$^"])
    e["_victim_negated_rx"] = re.compile(str(e["target_civilians"].get("victim_negated") or "(?!x)x"), re.I)
    e["_no_harm_rx"] = rx(e["target_civilians"].get("no_harm") or ["$^"])
    e["_harm_negated_rx"] = re.compile(str(e["target_civilians"].get("harm_negated") or "(?!x)x"), re.I)
    e["_communal_rx"] = rx(e["communal_context"]["words"])
    weak = set(e["communal_context"].get("weak_words") or ())
    e["_communal_strong_rx"] = rx([w for w in e["communal_context"]["words"] if w not in weak] or ["$^"])
    e["_political_rx"] = rx(e["communal_context"].get("political_words") or ["$^"])
    e["_two_crowds_rx"] = rx(e["two_crowds"])
    air = e.get("air_power") or {}
    e["_state_aircraft_rx"] = re.compile(str(air.get("state_aircraft") or "(?!x)x"), re.I)
    e["_strike_words_rx"] = re.compile(str(air.get("strike_words") or "(?!x)x"), re.I)
    e["_both_sides_rx"] = rx(e.get("both_sides") or ["$^"])
    e["_crowd_people_rx"] = rx(e.get("crowd_people") or ["$^"])
    fd = e["unknown_perpetrator"].get("finders") or {}
    # the find verb right after the actor ("villagers found", "police later dug up"), never a verb told after another
    # act of the same actor ("soldiers repulsed the attack and recovered the bodies")
    e["_finder_rx"] = re.compile(r"[\s,]*(?:(?:later|also|then|had|have|has|reportedly)\s+)?(?P<verb>"
                                 + "|".join(fd.get("verbs") or ["$^"])
                                 + r")\s+(?:[\w'-]+\s+){0,4}?(?:" + "|".join(fd.get("what") or ["$^"])
                                 + r")(?![\w-])", re.I)
    e["_arrest_rx"] = rx((e.get("arrests") or {}).get("words") or ["$^"])
    e["_arrest_protest_rx"] = rx((e.get("arrests") or {}).get("protest_words") or ["$^"])
    e["_arrest_riot_rx"] = rx((e.get("arrests") or {}).get("riot_words") or ["$^"])
    e["_disrupted_rx"] = rx(((e.get("state_first") or {}).get("disrupted") or {}).get("found_words") or ["$^"])
    # v19: the force that opens the note acting on the device ("Police seized explosives"): (before, after) patterns
    subj = ((e.get("state_first") or {}).get("disrupted") or {}).get("subject") or {}
    e["_disrupted_subject"] = (re.compile(str(subj.get("before") or "(?!x)x")),
                               re.compile(str(subj.get("between") or "(?!x)x") + r"(?:" + "|".join(subj.get("verbs") or ["$^"])
                                          + r")(?![\w-])", re.I))
    e["_target_not_after_rx"] = re.compile(r"(?<![\w-])(?:" + "|".join(e["state_first"].get("target_not_after") or ["$^"])
                                           + r")\s+(?:[\w'-]+\s+){0,2}$", re.I)
    communal = e.get("communal_context") or {}
    armed = list(communal.get("armed_group_words") or ())
    # round 29: stock taken, and the armed-group words with and without the gunmen that hold where none was
    e["_stock_rx"] = rx(list(communal.get("stock_words") or ["$^"]))
    e["_armed_words_rx"] = rx(armed or ["$^"])
    e["_armed_words_no_stock_rx"] = rx([*armed, *(communal.get("armed_unless_stock") or ())] or ["$^"])
    src = (e.get("state_first") or {}).get("source_cues") or {}
    e["_source_after_rx"] = re.compile(str(src.get("after") or "(?!x)x"), re.I)
    mob = (e.get("state_first") or {}).get("mob_on_force") or {}
    verbs, victims = "|".join(mob.get("verbs") or ["$^"]), "|".join(mob.get("victims") or ["$^"])
    # "lynched an AP officer", "stoned two police officers"; "an officer was lynched by residents"
    e["_mob_victim_rx"] = re.compile(
        r"(?<![\w-])(?:(?:" + verbs + r")\s+(?:(?:an?|the|two|three|four|\d+|one|of)\s+){0,2}(?:[\w-]+\s+){0,2}?(?:"
        + victims + r")|(?:" + victims + r")(?:\s+[\w,'-]+){0,8}?\s+(?:was|were)\s+(?:\w+\s+)?(?:" + verbs
        + r"))(?![\w-])", re.I)
    e["_mob_intervention_rx"] = rx(mob.get("intervention") or ["$^"])
    held = (e.get("arrests") or {}).get("held") or {}
    e["_arrest_object_rx"] = re.compile(
        r"(?<![\w-])(?:" + "|".join((e.get("arrests") or {}).get("words") or ["$^"]) + r")\s+(?P<who>(?:"
        + "|".join(held.get("lead") or ["$^"]) + r")\s+(?:(?!(?:" + "|".join(held.get("stop") or ["$^"])
        + r")\b)[\w'-]+\s+){0,3}(?:" + "|".join(held.get("people") or ["$^"]) + r"))(?![\w-])", re.I)
    cp = e.get("crowd_police") or {}
    e["_crowd_military_rx"] = rx(cp.get("military_words") or ["$^"])
    e["_crowd_unspecific_rx"] = rx(cp.get("unspecific") or ["$^"])
    forces = "|".join(e["state_first"]["police"]["words"] + e["state_first"]["military"]["words"])
    fl = e["intervention"].get("force_came_later") or {}
    e["_came_before_rx"] = re.compile(r"(?<![\w-])(?:" + "|".join(fl.get("before") or ["$^"]) + r")\s+(?:the\s+)?$",
                                      re.I)
    e["_rescued_by_rx"] = re.compile(r"(?<![\w-])(?:" + "|".join(fl.get("rescued") or ["$^"]) + r")\s+(?:the\s+)?$",
                                     re.I)
    e["_came_after_rx"] = re.compile(r"^\s*(?:[\w'-]+\s+)?(?:" + "|".join(fl.get("arrived") or ["$^"])
                                     + r")(?![\w-])", re.I)
    # v11: a force named as a building ("outside the police station") or denied ("no report of police presence")
    e["_force_place_rx"] = re.compile(r"^\s*(?:" + "|".join(fl.get("place") or ["(?!x)x"]) + r")(?![\w-])", re.I)
    e["_force_at_place_rx"] = re.compile(r"(?<![\w-])(?:" + "|".join(fl.get("at_place") or ["(?!x)x"])
                                         + r")\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}$")
    e["_force_denied_rx"] = re.compile(r"(?<![\w-])(?:" + "|".join(fl.get("denied") or ["(?!x)x"]) + r")\s+(?:the\s+)?$",
                                       re.I)
    # a word between the act and the force that puts the force after the act ("injured before police arrived")
    later = "|".join(e["intervention"].get("crowd_on_force_not_between") or ["$^"])
    e["_crowd_on_force_rx"] = re.compile(r"(?<![\w-])(?:" + "|".join(e["intervention"].get("crowd_on_force") or ["$^"])
                                         + r")\s+(?:(?:with|on|against|at)\s+)?(?:(?!(?:" + later
                                         + r")\s)[\w'-]+\s+){0,2}?(?:" + forces
                                         + r")(?![\w-])"
                                         # "threw stones and Molotov cocktails at Israeli soldiers"
                                         + r"|(?<![\w-])(?:" + "|".join(e["intervention"].get("crowd_throw_at") or ["$^"])
                                         + r")\s+(?:[\w'-]+\s+){0,5}?(?:at|on|towards)\s+(?:[\w'-]+\s+){0,2}?(?:"
                                         + forces + r")(?![\w-])", re.I)
    for key in ("military", "police"):
        e[f"_{key}_rx"] = rx(e["state_first"][key]["words"])
        force = "(?:" + "|".join(e["state_first"][key]["words"]) + ")"
        e[f"_{key}_suspected_rx"] = re.compile(
            "|".join(str(c).replace("{force}", force) for c in e["unknown_perpetrator"].get("suspected_force") or ["$^"]),
            re.I)
        cue = "|".join(e["state_first"]["target_cues"])
        e[f"_{key}_target_rx"] = re.compile(r"(?<![\w-])(?:" + cue + r")\s+(?:[\w'-]+\s+){0,3}?(?:"
                                            + "|".join(e["state_first"][key]["words"]) + r")(?![\w-])", re.I)
    return e


def state_first_here(country: str | None, when: date | None) -> bool:
    """Whether Kenya's state-first order applies: an event of ``state_first.countries`` dated up to ``until``.

    Why (round 33b): our own Kenyan golds of 2016-2024 put the side that attacked first, but ACLED's Kenyan notes
    of 2012-2015 put the state force first in 32 of 35 explosions and 142 of 167 battles that involve one, and
    nothing of ACLED's shows the order changed; so ``until`` is not set (see actor_codebook.yaml v25). An undated
    event keeps the order.
    """
    sf = codebook().get("state_first") or {}
    if country not in (sf.get("countries") or ()):
        return False
    until = sf.get("until")
    return until is None or when is None or when.year <= int(until)


@lru_cache(maxsize=1)
def not_actor_words() -> frozenset[str]:
    """Head nouns that name a thing or the event itself, never a party ('tear gas', 'houses', 'the attack')."""
    return frozenset(str(w).lower() for w in codebook()["not_actors"])


def _find(rx: re.Pattern[str], text: str, spans: list[CharSpan],
          unless: Callable[[re.Match[str]], bool] | None = None) -> CharSpan | None:
    """The first match inside the event's evidence spans, else None (never a word from another story); with
    ``unless``, the first match it does not rule out."""
    for s in spans:
        for m in rx.finditer(text, s.start, s.end):
            if unless is None or not unless(m):
                return CharSpan(m.start(), m.end())
    return None


def _find_party(cb: dict[str, Any], rx: re.Pattern[str], text: str, spans: list[CharSpan]) -> CharSpan | None:
    """The first match inside the event's spans that names a party, not the note's source: "according to police
    reports", "police sources" name what told of the event (``state_first.source_cues``), never a side of it."""
    return _find(rx, text, spans, lambda m: cb["_source_after_rx"].match(text[m.end() : m.end() + 60]) is not None)


def _force_at(cb: dict[str, Any], key: str, cue: str, text: str, spans: list[CharSpan]) -> CharSpan | None:
    """Where a cue of ``cue`` kind ('suspected', 'target') names the police or military force: the force's own
    words inside the cue when it has them ("police officers on patrol" → "police officers"), else the cue."""
    # round 29: "a demonstration against military forces" after a blast: the grievance's object is no target
    where = _find(cb[f"_{key}_{cue}_rx"], text, spans, None if cue != "target" else (
        lambda m: cb["_target_not_after_rx"].search(text[max(0, m.start() - 40) : m.start()]) is not None))
    if where is None:
        return None
    m = cb[f"_{key}_rx"].search(text, where.start, where.end)
    return CharSpan(m.start(), m.end()) if m is not None else where


def _implicit(role: str, actor: Actor, text: str, where: CharSpan, confidence: float) -> Resolved:
    am = ActorMention(role=role, name=actor.name, mention=text[where.start : where.end], evidence=[where],
                      method=CODEBOOK_METHOD, confidence=confidence)
    return Resolved(am, actor, confidence, implicit=True)


def _first(items: list[Resolved], role: str) -> Resolved | None:
    return next((r for r in items if r.mention.role == role), None)


def _demote(item: Resolved, items: list[Resolved]) -> None:
    """An actor1/actor2 displaced by the codebook becomes an associated actor of the same side."""
    item.mention.role = "assoc_actor_1" if item.mention.role == "actor1" else "assoc_actor_2"
    items.remove(item)
    items.append(item)


def _state(r: Resolved | None) -> bool:
    return r is not None and r.actor is not None and r.actor.inter == 1


def _government(r: Resolved) -> bool:
    """A government (not its forces): 'President X's government', 'the authorities'."""
    return r.actor is not None and (r.actor.type == "government" or r.actor.name.startswith("Government of"))
