"""ACLED's generic actor names: 'gunmen' + KE → 'Unidentified Armed Group (Kenya)', and the period suffixes of state
forces ('Police Forces of Kenya (2013-2022)').

Why: ACLED names the actors a note cannot name by a template filled with the country (and for state forces the period
of the regime); the nouns, templates and renamings live in data/actor_generic.yaml. This module turns a noun or a
spelled-out generic name into that actor and knows nothing of documents or events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..vocab import load_vocab
from ._kb import Actor, actor_key, country_code, country_name, fill_country


@dataclass(frozen=True, slots=True)
class _Generic:
    template: str
    inter: int
    override: bool
    since: date | None = None  # before this date the generic is named by `before` (ACLED's older naming)
    before: str | None = None
    by_country: tuple[tuple[str, str], ...] = ()  # (country code, template): ACLED's own generic in that country
    only_in: tuple[str, ...] = ()  # where ACLED uses the template at all; elsewhere `before` (round 33: gangs)

    def template_on(self, when: date | None, country: str | None = None) -> str:
        """The template in use on a date (ACLED renamed some generics: 'Unidentified Gang (X)' from 2020) and in a
        country (clans are 'Unidentified Clan Militia' where ACLED codes clan militias, ethnic ones elsewhere)."""
        for code, template in self.by_country:
            if code == country:
                return template
        if self.since is not None and self.before and when is not None and when < self.since:
            return self.before
        if self.only_in and self.before and country is not None and country not in self.only_in:
            return self.before
        return self.template


@lru_cache(maxsize=1)
def _generics() -> dict[str, _Generic]:
    out: dict[str, _Generic] = {}
    for g in load_vocab("actor_generic")["entries"]["generics"]:
        since = date.fromisoformat(str(g["since"])) if g.get("since") else None
        by_country = tuple((str(c), str(t)) for t, codes in (g.get("by_country") or {}).items() for c in codes)
        item = _Generic(str(g["template"]), int(g["inter"]), bool(g.get("override")), since,
                        str(g["before"]) if g.get("before") else None, by_country,
                        tuple(str(c) for c in g.get("only_in") or ()))
        for noun in g["nouns"]:
            out.setdefault(actor_key(str(noun)), item)
    return out


def period_suffix(country: str | None, when: date | None) -> str:
    """ACLED's period suffix for a country's state actors on a date (' (2013-2022)'), '' when none applies."""
    periods = load_vocab("actor_generic")["entries"].get("periods") or {}
    spec = periods.get(country or "")
    if not spec:
        return ""
    if when is not None:
        for span in spec.get("spans") or ():
            start = date.fromisoformat(span["from"]) if span.get("from") else None
            end = date.fromisoformat(span["to"]) if span.get("to") else None
            if (start is None or when >= start) and (end is None or when < end):
                return str(span["suffix"])
    return str(spec.get("default") or "")


@lru_cache(maxsize=1)
def _generic_forms() -> list[tuple[re.Pattern[str], _Generic]]:
    """Regexes for generic names written out in full: 'Protesters (Somalia)', 'Police Forces of Kenya (2013-2022)'."""
    out = []
    seen: set[str] = set()
    for g in _generics().values():
        if g.template in seen:
            continue
        seen.add(g.template)
        rx = re.escape(g.template).replace(re.escape("{country}"), r"(?:the )?(?P<country>[A-Z][\w .'-]+?)")
        rx = rx.replace(re.escape("{period}"), r"(?:\s*\(\d{4}-(?:\d{4})?\))?")
        out.append((re.compile(rf"^{rx}$"), g))
    return out


def written_generic(mention: str, when: date | None = None) -> Actor | None:
    """A generic ACLED name spelled out ('Rioters (Kenya)'): its own country decides."""
    text = mention.strip()
    for rx, g in _generic_forms():
        m = rx.match(text)
        if m is None:
            continue
        cc = country_code(m.group("country"))
        if cc is None:
            continue
        name = fill_country(g.template, cc, period_suffix(cc, when))
        if "{period}" in g.template and re.search(r"\(\d{4}-(\d{4})?\)$", text):
            name = text  # keep the period as written
        return Actor(id="generic:" + actor_key(name).replace(" ", "-"), name=name, inter=g.inter, country=cc,
                     type="generic")
    return None


def generic_actor(mention: str, country: str | None, when: date | None = None,
                  *, override_only: bool = False) -> Actor | None:
    """'gunmen' + KE → Unidentified Armed Group (Kenya): the generic noun at the head of the mention."""
    key = actor_key(mention)
    if not key:
        return None
    tokens = key.split()
    table = _generics()
    hit: _Generic | None = None
    # Longest tail first: "angry residents" before "residents"; also the whole key ("unknown gunmen").
    for i in range(len(tokens)):
        g = table.get(" ".join(tokens[i:]))
        if g is not None:
            hit = g
            break
    if hit is None or (override_only and not hit.override):
        return None
    # with no known country the name leaves it out ("Unidentified Armed Group"), never guesses one
    return codebook_actor(hit.template_on(when, country), hit.inter, country, when)


def state_inside(mention: str, country: str | None, when: date | None = None) -> Actor | None:
    """'police convoy', 'group of soldiers in Mandera' → the state force a longer mention names inside it.

    Why: ACLED codes the force whose post, convoy or patrol was attacked; only state-force nouns are looked for
    inside a mention (a place or object named with them is the force's own: 'police post', 'army camp').
    """
    tokens = actor_key(mention).split()
    table = _generics()
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            g = table.get(" ".join(tokens[i : i + n]))
            if g is not None and g.inter == 1 and "Forces" in g.template:
                return codebook_actor(g.template, g.inter, country, when)
    return None


def crowd_actor(event_type: str | None, actor: Actor | None, country: str | None) -> Actor | None:
    """actor1 of a protest or riot → 'Protesters (X)' / 'Rioters (X)' unless it is an armed or state actor.

    Why: ACLED codes the crowd, not its members ("Mombasa traders", "ODM supporters"), as actor1 of
    Protests and Riots; the rule and its inter codes live in ``actor_generic.yaml`` (``crowd_actor1``).
    """
    spec = (load_vocab("actor_generic")["entries"].get("crowd_actor1") or {})
    rule = spec.get(event_type or "")
    if not rule or country is None:
        return None
    if actor is not None and actor.inter in {int(i) for i in spec.get("keep_inter") or ()}:
        return None
    name = str(rule["template"]).format(country=country_name(country) or country)
    return Actor(id="generic:" + actor_key(name).replace(" ", "-"), name=name, inter=int(rule["inter"]),
                 country=country, type="generic")


@lru_cache(maxsize=1)
def _battle_generics() -> frozenset[str]:
    spec = load_vocab("actor_generic")["entries"].get("battle_generics") or {}
    return frozenset(actor_key(str(n)) for n in spec.get("nouns") or ())


def _battle_generic_template() -> str:
    return str((load_vocab("actor_generic")["entries"].get("battle_generics") or {}).get("template")
               or "Unidentified Armed Group ({country})")


@lru_cache(maxsize=1)
def _identity_by_country() -> dict[tuple[str, str], str]:
    spec = load_vocab("actor_generic")["entries"].get("identity_by_country") or {}
    return {(str(t), str(c)): str(other) for t, table in spec.items() for other, codes in (table or {}).items()
            for c in codes}


@lru_cache(maxsize=1)
def _military_of() -> dict[str, str]:
    """Event countries whose army in a note is another state's (actor_generic.yaml ``military_of``)."""
    return {str(k): str(v) for k, v in (load_vocab("actor_generic")["entries"].get("military_of") or {}).items()}


def codebook_actor(template: str, inter: int, country: str | None, when: date | None = None, *,
                   communal: bool = False, named: bool = False) -> Actor:
    """An ACLED generic actor from a codebook template; with no country the parts naming it are left out.

    ``communal``: the conventions' unnamed community militia (a raid's, a clash's), which takes the country's own name
    for it (actor_generic.yaml ``identity_by_country``: a clan militia in Somalia). ``named``: the country was
    named by its nationality ("Palestinian forces"), so its own forces are meant, never another state's."""
    if communal:
        template = _identity_by_country().get((template, country or ""), template)
    other = _military_of().get(country or "") if template.startswith("Military Forces of") and not named else None
    if other:  # "the army" in a Palestinian note is Israel's (actor_generic.yaml military_of)
        country, inter = other, 8
    if country is None:
        name = re.sub(r"\s*\(\{country\}\)|\s+of \{country\}|\{period\}", "", template)
    else:
        name = fill_country(template, country, period_suffix(country, when))
    return Actor(id="generic:" + actor_key(name).replace(" ", "-"), name=name, inter=inter, country=country,
                 type="generic")
