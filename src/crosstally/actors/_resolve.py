"""Resolving actor mentions: knowledge base first, then generic nouns with the document's country."""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..geo import dateline_region
from ..records import ActorMention, Event, Extraction, Span
from ..vocab import load_vocab
from ._codebook import CODEBOOK_METHOD, Resolved, apply_codebook, codebook_actor
from ._kb import (
    Actor,
    ActorKB,
    _nationality_table,
    _role_words,
    actor_key,
    country_code,
    country_name,
    fill_country,
    get_kb,
    nationality,
    strip_roles,
)

METHOD = "crosstally.actors.kb.v1"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Generic:
    template: str
    inter: int
    override: bool
    since: date | None = None  # before this date the generic is named by `before` (ACLED's older naming)
    before: str | None = None
    by_country: tuple[tuple[str, str], ...] = ()  # (country code, template): ACLED's own generic in that country

    def template_on(self, when: date | None, country: str | None = None) -> str:
        """The template in use on a date (ACLED renamed some generics: 'Unidentified Gang (X)' from 2020) and in a
        country (clans are 'Unidentified Clan Militia' where ACLED codes clan militias, ethnic ones elsewhere)."""
        for code, template in self.by_country:
            if code == country:
                return template
        if self.since is not None and self.before and when is not None and when < self.since:
            return self.before
        return self.template


@lru_cache(maxsize=1)
def _generics() -> dict[str, _Generic]:
    out: dict[str, _Generic] = {}
    for g in load_vocab("actor_generic")["entries"]["generics"]:
        since = date.fromisoformat(str(g["since"])) if g.get("since") else None
        by_country = tuple((str(c), str(t)) for t, codes in (g.get("by_country") or {}).items() for c in codes)
        item = _Generic(str(g["template"]), int(g["inter"]), bool(g.get("override")), since,
                        str(g["before"]) if g.get("before") else None, by_country)
        for noun in g["nouns"]:
            out.setdefault(actor_key(str(noun)), item)
    return out


def period_suffix(country: str | None, when: date | None) -> str:
    """ACLED's period suffix for a country's state actors on a date (' (2013-)'), '' when none applies."""
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
    """Regexes for generic names written out in full: 'Protesters (Somalia)', 'Police Forces of Kenya (2013-)'."""
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


@lru_cache(maxsize=1)
def _national_forces() -> list[tuple[re.Pattern[str], str]]:
    """(pattern, template) per kind of force: a nationality adjective, up to two words, a force word."""
    nat_rx, _ = _nationality_table()
    if nat_rx is None:
        return []
    nat = nat_rx.pattern[len("(?<![\\w.-])("):-len(")(?![\\w-])")]
    out = []
    for spec in load_vocab("actor_generic")["entries"].get("national_forces") or ():
        words = "|".join(str(w) for w in spec["words"])
        rx = re.compile(r"(?<![\w.-])(?P<nat>" + nat + r")(?:'s)?(?:\s+[\w'-]+){0,2}?\s+(?i:" + words + r")(?![\w-])")
        out.append((rx, str(spec["template"])))
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
    best: tuple[int, int, str, str] | None = None
    for rx, template in _national_forces():
        for m in rx.finditer(text, start, stop):
            # part of a longer name ("the Free Syrian Army"), or a group's own name ("Syrian Democratic Forces"):
            # not the state's force
            # (an article opening the sentence is no part of a name: "A Kenyan naval vessel", "The Nigerian Army")
            if re.search(r"(?<![\w'-])(?!(?:A|An|The|THE)\s)[A-Z][\w'-]*\s+$", text[max(0, m.start() - 30) : m.start()]):
                continue
            named = kb.exact(m.group(0))
            if named is not None and named.type not in ("state_forces", "external_forces", "government", "generic"):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), m.end(), template, table[m.group("nat")])
            break
    if best is None:
        return None
    a, b, template, code = best
    actor = codebook_actor(template, 1, code, when)
    if country is not None and country != code:
        actor.inter = 8
    return actor, a, b


_POST_MODIFIER = re.compile(r"\s+(?:in|near|from|wearing|dressed in|at|on|over)\s+", re.IGNORECASE)


def resolve_mention(mention: str, country: str | None = None, when: date | None = None,
                    kb: ActorKB | None = None) -> tuple[Actor | None, float]:
    """One mention → (actor, confidence); (None, 0.2) when nothing fits."""
    kb = kb or get_kb()
    # "insurgents loyal to the former president who attacked checkpoints": the relative clause says what they did
    mention = _RELATIVE.sub("", mention).strip() or mention
    # "rival clans (60 people were arrested": a parenthesis the mention cut open is an aside, not the name
    mention = re.sub(r"\s*\([^)]*$", "", mention).strip() or mention
    # "men of military age": an age says who they were, not that they were the military
    mention = re.sub(r"\s+of\s+(?:military|fighting|working|school|voting)[\s-]age\b", "", mention, flags=re.I)
    full = mention
    loyal = _LOYAL.search(mention)
    if loyal is not None and loyal.start() > 0:
        # "armed men loyal to the government of ousted president X": whose men they are names them
        owner = _loyal_to(mention[loyal.end():], country, when, kb)
        if owner is not None:
            return owner, 0.7
    head = _POST_MODIFIER.split(mention, maxsplit=1)[0].strip()
    if head and head != mention.strip():
        # "gunmen in military uniform", "men from their homes": who they are is the head, not where or what they
        # wore ("in military uniform" does not make them the army)
        mention = head
    actor, conf = _resolve(mention, country, when, kb)
    if actor is None:
        found = (_owner_inside(full, country, when, kb) or _person_at_end(mention, country, when, kb)
                 or _first_conjunct(full, country, when, kb))
        if found is not None:
            actor, conf = found
    if actor is not None and "{period}" in actor.name:
        # a state force listed once for all periods: ACLED's suffix of the event's date
        actor = dataclasses.replace(actor, name=actor.name.replace("{period}", period_suffix(actor.country, when)))
    if actor is not None and actor.type == "generic":
        # A generic name the knowledge base knows ("Police Forces of Kenya (2013-)"): use its entry.
        known = kb.exact(actor.name, country, when)
        if known is not None and known.name == actor.name:
            return known, conf
    return actor, conf


def _named_inside(text: str, country: str | None, when: date | None, kb: ActorKB) -> Actor | None:
    """The longest run of words in ``text`` that the knowledge base knows by a capitalised name ('PKK', 'Al Shabaab')."""
    words = text.split()
    for n in range(min(len(words), 6), 0, -1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i : i + n]).strip(",.;:")
            if part[:1].isupper() or any(c.isupper() for c in part):
                a = kb.exact(part, country, when)
                if a is not None and a.type != "generic":
                    return a
    return None


@lru_cache(maxsize=1)
def _owner_heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_vocab("actor_generic")["entries"].get("owner_heads") or ())


def _owner_inside(mention: str, country: str | None, when: date | None, kb: ActorKB) -> tuple[Actor, float] | None:
    """'position of the PKK in the Qandil mountains', 'FARDC positions', 'the town from Al Shabaab' → the group.

    Why: the target of a strike or an assault is often written as the place a group holds; ACLED codes the group.
    Only mentions headed by a word for such a place (actor_generic.yaml ``owner_heads``), or a group after "from"
    or "held by", are read this way: "a gathering at a PDF office" stays the people gathered.
    """
    tokens = [t for t in re.findall(r"[\w'-]+", mention.lower()) if t not in ("a", "an", "the")]
    heads = _owner_heads()
    if tokens and (tokens[0] in heads or (len(tokens) > 1 and tokens[1] in heads)):
        a = _named_inside(mention, country, when, kb)
        if a is not None:
            return a, 0.6
    if len(tokens) >= 2 and tokens[-1] in heads:
        # "regime positions", "army posts": the force that holds them, read as its forces
        a, conf = _resolve(" ".join(tokens[:-1]) + " forces", country, when, kb)
        if a is not None and conf >= 0.7 and a.inter in (1, 2, 3, 4, 8) and not a.name.startswith("Unidentified"):
            return a, 0.6
    m = re.search(r"\b(?:from|held by|controlled by)\s+(?:the\s+)?(.+)$", mention)
    if m is not None:
        a = kb.exact(m.group(1).strip(" ,."), country, when)
        if a is not None and a.type != "generic":
            return a, 0.6
    return None


def _person_at_end(mention: str, country: str | None, when: date | None, kb: ActorKB) -> tuple[Actor, float] | None:
    """'former prime minister Imran Khan' → the actor the knowledge base lists that person for (titles before the
    name do not change whom it names)."""
    words = mention.split()
    for n in (3, 2):
        if len(words) > n:
            tail = " ".join(words[-n:]).strip(",.;:")
            a = kb.exact(tail, country, when)
            if a is not None and actor_key(tail) in {actor_key(p) for p in a.people}:
                return a, 0.6
    return None


def _first_conjunct(mention: str, country: str | None, when: date | None,
                    kb: ActorKB) -> tuple[Actor, float] | None:
    """'Houthi forces and pro-government troops' → the first side, resolved on its own (None when it is not)."""
    if " and " not in mention:
        return None
    first, second = re.split(r"\s+and\s+", mention, maxsplit=1)
    first = re.sub(r"^(?:several|some|many|two|three|\d+)\s+", "", first.strip(), flags=re.I)
    if not first:
        return None
    rest = second.split(maxsplit=1)
    if " " not in first and len(rest) == 2 and nationality(first) is not None and nationality(rest[0]) is not None:
        # "Kyrgyz and Tajik border troops": the first nationality's own troops
        first = f"{first} {rest[1]}"
    actor, conf = _resolve(first, country, when, kb)
    if actor is None or actor.inter == 7:
        return None
    return actor, min(conf, 0.7)


def second_conjunct(mention: str) -> tuple[str, int] | None:
    """The second side of 'X and Y' and its offset in the mention, for a battle whose other side is not named."""
    m = re.search(r"\s+and\s+(?:the\s+)?", mention)
    if m is None:
        return None
    rest = _POST_MODIFIER.split(mention[m.end():], maxsplit=1)[0].strip()
    return (rest, m.end()) if rest else None


# a relative clause closing a mention ("... who attacked checkpoints", ", which ...") is not part of the name
_RELATIVE = re.compile(r"\s*,?\s+(?:who|whom|whose|which|that)\s+\S.*$", re.S)
# "armed supporters of the former government", "remnants of the ousted regime": whose men they are, as "loyal to"
_LOYAL = re.compile(r"\b(?:loyal to|loyalists? (?:of|to)|supporters? of|remnants? of)\s+", re.I)
_OWNER = re.compile(r"^(?:the\s+)?(?:(?:government|regime|forces|rule|army)\s+of\s+(?:the\s+)?)?"
                    r"(?P<former>(?:ousted|former|deposed|toppled|fallen|overthrown|exiled|defunct|old|previous)\s+)?"
                    r"(?P<title>(?:president|leader|ruler|dictator|regime|government|administration)\b)?\s*(?P<name>.*)$",
                    re.I | re.S)


def _fallen_leader(mention: str, actor: Actor, when: date | None) -> bool:
    """Is the mention a person the knowledge base lists for a state actor gone by ``when`` ('Assad' in 2025)?

    Why: the former president as a person is not the actor of later events; the men loyal to him are a group of
    their own (the actor's ``loyalists``), and the state is no longer his."""
    if when is None or actor.loyalists is None or actor.valid_on(when):
        return False
    return actor_key(mention) in {actor_key(p) for p in actor.people}


def fallen_regime(country: str | None, when: date | None, kb: ActorKB | None = None) -> Actor | None:
    """The loyalists of the country's last fallen regime on ``when`` ('Former Military Forces of Syria (2000-2024)')."""
    kb = kb or get_kb()
    gone = [a for a in kb.actors.values() if a.loyalists and a.country == country and a.valid_to is not None
            and (when is None or a.valid_to <= when)]
    if not gone:
        return None
    return kb.actors.get(max(gone, key=lambda a: a.valid_to or date.min).loyalists or "")


def _loyal_to(owner: str, country: str | None, when: date | None, kb: ActorKB) -> Actor | None:
    """Whose armed men 'loyal to <owner>' are: a fallen leader's or regime's → its loyalists; a living actor → it."""
    # "loyal to the former government near Jableh": where the men were is not whose they are
    owner = _POST_MODIFIER.split(owner.strip(" ,.;:"), maxsplit=1)[0]
    m = _OWNER.match(owner.strip(" ,.;:"))
    if m is None:
        return None
    name = m.group("name").strip(" ,.;:")
    if name:
        a = kb.exact(name, country, None)
        if a is None:
            return None
        if when is not None and not a.valid_on(when):
            return kb.actors.get(a.loyalists) if a.loyalists else None
        return a if a.inter != 7 else None
    if m.group("former") and m.group("title"):
        return fallen_regime(country, when, kb)
    return None


def loyal_context(text: str, start: int, end: int, country: str | None, when: date | None,
                  kb: ActorKB | None = None) -> Actor | None:
    """A name the sentence makes the owner of loyal men ('men loyal to ... Bashar al-Assad'): the men's actor."""
    window = text[max(0, start - 90) : start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    window = window[cut + 1 :] if cut >= 0 else window
    found = list(_LOYAL.finditer(window))
    if not found:
        return None
    return _loyal_to(window[found[-1].end() :] + text[start:end], country, when, kb or get_kb())


_LINKED = re.compile(r"\s*,?\s*(?:linked|tied|affiliated|allied|aligned|attached|loyal)\s+(?:to|with)\s+"
                     r"(?P<owner>[^,.;:()]{2,60}?)(?=\s+(?:and|in|at|near|on|who|which|,)\b|[,.;:()]|$)", re.I)


def _linked_owner(am: ActorMention, text: str, country: str | None, when: date | None,
                 kb: ActorKB | None = None) -> Actor | None:
    """'gunmen linked to Syria's security forces' cut to 'gunmen' → the force they are linked to.

    Why: the parser often cuts a side to its head noun; the words right after it in the text that tie the men to
    a force or a named group say whose they are, and ACLED codes that side, never an unidentified group (nor the
    community named next in the sentence). Only a state force or a group the knowledge base knows; the mention
    and its evidence grow to hold the tie.
    """
    end = am.evidence[0].end
    m = _LINKED.match(text, end, min(len(text), end + 90))
    if m is None:
        return None
    owner, conf = resolve_mention(m.group("owner"), country, when, kb)
    if owner is None or conf < 0.6 or owner.inter in (5, 6, 7) or (
            owner.type == "generic" and owner.inter != 1):
        return None
    stop = m.end("owner")
    am.mention, am.evidence = text[am.evidence[0].start : stop], [Span(am.evidence[0].start, stop)]
    return owner


def _force_after(am: ActorMention, text: str, country: str | None, when: date | None) -> Actor | None:
    """'Nairobi' in "Nairobi police arrest two men": a capitalised name followed by a state force's noun is that
    force's place, and the force is the actor; the mention and its evidence grow to hold the noun."""
    if not (am.mention or "")[:1].isupper():
        return None
    end = am.evidence[0].end
    m = re.match(r"\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", text[end : end + 40])
    if m is None:
        return None
    words = m.group(1).split()
    for n in (len(words), 1):
        g = _generics().get(actor_key(" ".join(words[:n])))
        if g is not None and g.inter == 1 and "Forces" in g.template:
            stop = end + m.start(1) + len(" ".join(words[:n]))
            am.mention, am.evidence = text[am.evidence[0].start : stop], [Span(am.evidence[0].start, stop)]
            return codebook_actor(g.template, g.inter, country, when)
    return None


def _loyal_men(am: ActorMention, text: str) -> None:
    """'Bashar al-Assad' read as 'armed men loyal to ... Bashar al-Assad': the men, not the person, are the mention
    and its evidence (the generic or role words before 'loyal to', when the sentence has them)."""
    start, end = am.evidence[0].start, am.evidence[0].end
    window = text[max(0, start - 90) : start]
    found = list(_LOYAL.finditer(window))
    if not found:
        return
    at = max(0, start - 90) + found[-1].start()
    before = list(re.finditer(r"[\w'-]+", text[max(0, at - 40) : at]))
    for n in (3, 2, 1):
        if len(before) < n:
            continue
        words = before[-n:]
        tail = " ".join(w.group(0) for w in words)
        if actor_key(tail) in _generics() or not strip_roles(tail):
            begin = max(0, at - 40) + words[0].start()
            am.mention, am.evidence = text[begin:end], [Span(begin, end)]
            return


def _resolve(mention: str, country: str | None, when: date | None, kb: ActorKB) -> tuple[Actor | None, float]:
    a = kb.exact(mention, country, when)
    if a is not None and _fallen_leader(mention, a, when):
        return None, 0.2
    if a is not None:
        # A bare identity word ("Alawites") names a community more often than its armed men.
        bare = actor_key(mention) in {actor_key(w) for w in a.identity}
        return a, (0.6 if bare else 0.95)
    g = written_generic(mention, when)
    if g is not None:
        return g, 0.9
    nf = national_force(mention, country, when)
    if nf is not None:
        return nf[0], 0.85
    u = unlisted_group(mention, country)
    if u is not None:
        return u, 0.7
    g = generic_actor(mention, country, when, override_only=True)
    if g is not None:
        return g, 0.8
    if actor_key(mention) in _generics():
        # A bare generic noun ('gunmen'): only the country can say whose; never guess by spelling.
        g = generic_actor(mention, country, when)
        return (g, 0.75 if country else 0.5) if g is not None else (None, 0.2)
    words = mention.split()
    while len(words) > 1 and actor_key(words[-1]) in _role_words():
        # "People's Defence Force unit", "VDP volunteers": the name as written, less the role words closing it, before
        # any spelling match (which would take the group whose name shares most words)
        words = words[:-1]
        a = kb.exact(" ".join(words), country, when)
        if a is not None:
            return a, 0.85
    core = strip_roles(mention)
    if core and core != actor_key(mention):
        a = kb.exact(core, country, when)
        if a is not None:
            return a, 0.85
        if core in _generics():
            # "armed bandits" is "bandits": a generic noun, never spelled-matched to one community's ("Luo bandits")
            g = generic_actor(core, country, when)
            if g is not None:
                return g, 0.75 if country else 0.5
    # a mention made only of role words ("forces", "the fighters") names nobody: never spell-match it to a group
    found = kb.fuzzy(core, country, when) if core else None
    if found is not None:
        return found[0], round(0.5 + 0.4 * (found[1] - 85) / 15, 3)
    g = generic_actor(mention, country, when)
    if g is not None:
        return g, 0.7
    g = state_inside(mention, country, when)
    if g is not None:
        return g, 0.6
    return None, 0.2


_ACRONYM = re.compile(r"^(?:(?:the|a|an|some|several|suspected|alleged|armed|\d+)\s+)*([A-Z][A-Z0-9&-]{1,7})\s+(.+)$")


@lru_cache(maxsize=1)
def _unlisted_spec() -> tuple[dict[str, int], frozenset[str]]:
    spec = load_vocab("actor_generic")["entries"].get("unlisted_group") or {}
    heads = {str(k).lower(): int(v) for k, v in (spec.get("heads") or {}).items()}
    return heads, frozenset(str(w) for w in spec.get("not_groups") or ())


def unlisted_group(mention: str, country: str | None = None) -> Actor | None:
    """'EPP guerrillas' → the group 'EPP': an armed group the knowledge base does not list, under its own acronym.

    Why: the armed groups of every country cannot all be listed; a note that names one by its acronym before a
    word for armed men names the group, and ACLED codes the group (its names begin with the acronym), not an
    unidentified one. Only an acronym (two to eight capitals, digits allowed) before such a word, never a
    country's code, a nationality or a state, bloc or agency (actor_generic.yaml ``unlisted_group``).
    """
    m = _ACRONYM.match(mention.strip())
    if m is None:
        return None
    acronym, rest = m.group(1), m.group(2).strip(" ,.;:").lower()
    heads, not_groups = _unlisted_spec()
    if (rest not in heads or sum(c.isupper() for c in acronym) < 2 or acronym in not_groups
            or acronym.upper() in not_groups or country_code(acronym) is not None or nationality(acronym) is not None):
        return None
    return Actor(id="unlisted:" + actor_key(acronym).replace(" ", "-"), name=acronym, inter=heads[rest],
                 country=country, type="rebel_group" if heads[rest] == 2 else "political_militia")


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
def _source_bodies() -> dict[str, str]:
    """Alias → type of every outlet, monitor and official body in news_sources.yaml (bare, article dropped)."""
    out: dict[str, str] = {}
    for e in load_vocab("news_sources")["entries"]:
        for a in [e["name"], *(e.get("aliases") or [])]:
            out[re.sub(r"^(?:the|The)\s+", "", str(a).strip())] = str(e["type"])
    return out


_NEVER_PARTY = frozenset({"wire", "newspaper", "broadcaster", "state_media", "monitor", "ngo", "intergovernmental"})


def non_party(mention: str, role: str) -> bool:
    """Is an unresolved mention a body that speaks about the fighting rather than a party to it?

    Why: "the EU said" or "according to the BBC" puts a name in the sentence, not a combatant in the event. Outlets,
    monitors, NGOs and intergovernmental bodies never are one; a government ("US") or a bare country name ("Syria")
    only as the one who acted (actor1: "Israel struck…"), never as the target or an associate.
    """
    bare = re.sub(r"^(?:the|The)\s+", "", mention.strip())
    bare = re.sub(r"['’]s?$", "", bare)  # "Amnesty International's Kenya branch said"
    kind = _source_bodies().get(bare)
    if kind in _NEVER_PARTY:
        return True
    if role == "actor1":
        return False
    return kind == "government" or country_code(bare) is not None


@lru_cache(maxsize=1)
def _quantity_words() -> frozenset[str]:
    """Number and vague-quantity words (quantifiers.yaml): a mention made only of them counts people, names none."""
    q = load_vocab("quantifiers")["entries"]
    words = {str(w).lower() for w in (*q["numbers"], *q["multipliers"])}
    words |= {w for k in q["vague"] for w in str(k).lower().split()}
    return frozenset(words)


@lru_cache(maxsize=1)
def _not_party_heads() -> frozenset[str]:
    spec = load_vocab("actor_codebook")["entries"]
    return frozenset(str(w).lower() for w in (*spec["not_actors"], *spec["not_party_heads"]))


def _renamed(ev: Event, role: str) -> bool:
    """Does a codebook convention name whoever holds this role, whatever the mention says?

    The crowd is actor1 of a protest or riot, civilians the target of violence against civilians: there an
    unresolved mention only points at the party the convention names, and is kept as its evidence.
    """
    cb = load_vocab("actor_codebook")["entries"]
    etype, sub = ev.event_type or "", ev.sub_event_type or ""
    if role == "actor1":
        return etype in cb["crowd"]
    tc = cb["target_civilians"]
    return role == "actor2" and (etype in tc["event_types"] or sub in tc["sub_event_types"])


def not_a_party(mention: str, places: frozenset[str] = frozenset()) -> bool:
    """Is an unresolved mention a figure, a place, a thing or a word for the event rather than someone who acted?

    Why: "Seventeen are killed in clashes", "a row in Urumwe Mukaro", "HRW report" give the sentence a subject but
    the event no party; left as actor1 they hide the actor ACLED's conventions would supply (an unidentified armed
    group, the communities in a clash). ``places`` are the folded names the document's places were found under.
    """
    head = _POST_MODIFIER.split(mention, maxsplit=1)[0].strip()
    tokens = re.findall(r"[\w'-]+", head.lower())
    if not tokens:
        return True
    if all(t.isdigit() or t in _quantity_words() or t in _not_party_heads() for t in tokens):
        return True
    if tokens[-1] in _not_party_heads():
        return True
    if tokens[0] == "the":
        tokens = tokens[1:]
    if "of" in tokens[1:3] and " ".join(tokens[: tokens.index("of")]) in _count_heads():
        return True  # "the number of civilians killed": a toll, not who killed them
    return actor_key(mention) in places or actor_key(head) in places


@lru_cache(maxsize=1)
def _count_heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_vocab("actor_codebook")["entries"].get("count_heads") or ())


@lru_cache(maxsize=1)
def _thing_heads() -> frozenset[str]:
    """Nouns for objects, goods, buildings and abstractions: actor_codebook.yaml ``not_actors`` and
    actor_generic.yaml ``things``."""
    words = {*load_vocab("actor_codebook")["entries"]["not_actors"],
             *(load_vocab("actor_generic")["entries"].get("things") or ())}
    return frozenset(str(w).lower() for w in words)


# a relative clause or a phrase after the head ("insurgents loyal to X who attacked checkpoints") is not the head
_CLAUSE = re.compile(r"\s+(?:who|whom|whose|which|that|loyal|allied|linked|belonging|with|without|against|for|to|by"
                     r"|after|during)\b", re.IGNORECASE)
_CONJUNCTS = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _abstract_rules() -> tuple[tuple[str, ...], frozenset[str]]:
    spec = load_vocab("actor_generic")["entries"]
    return (tuple(str(x) for x in spec.get("thing_suffixes") or ()),
            frozenset(str(w).lower() for w in spec.get("people_heads") or ()))


def _thing_word(word: str, *, endings: bool = True) -> bool:
    heads = _thing_heads()
    singular = [word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""]
    if any(w in heads for w in singular if w):
        return True
    if not endings:
        return False
    suffixes, people = _abstract_rules()
    return word not in people and singular[1] not in people and any(w.endswith(suffixes) for w in singular if w)


# a possessive mention ("its forces", "Its later tally") refers back to a party named elsewhere: no actor name
_ANAPHOR = re.compile(r"\s*(?:its|their)\b", re.I)


@lru_cache(maxsize=1)
def _anaphor_spec() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], dict[str, str]]:
    """(possessive, group possessive, machine words, owner phrase → force kind): actor_generic.yaml ``anaphor``."""
    spec = load_vocab("actor_generic")["entries"]["anaphor"]

    def rx(words: list[str]) -> re.Pattern[str]:
        forms = sorted((re.escape(str(w)).replace("'", "['’]") for w in words), key=len, reverse=True)
        return re.compile(r"^\s*(?:" + "|".join(forms) + r")\s+(?P<rest>\S.*)$", re.I | re.S)

    owners = {re.sub(r"^the\s+", "", str(p).lower()): kind for kind, ps in spec["owners"].items() for p in ps}
    return (rx(spec["possessors"]), rx(spec["group_possessors"]),
            frozenset(str(w).lower() for w in spec["machines"]), owners)


def _state_force(kind: str, country: str | None, when: date | None) -> Actor:
    spec = load_vocab("actor_codebook")["entries"]["state_first"][kind]
    return codebook_actor(str(spec["template"]), 1, country, when)


def antecedent(mention: str, text: str, start: int, country: str | None, when: date | None = None,
               kb: ActorKB | None = None) -> Actor | None:
    """'its forces', 'the group's fighters' → the organisation named before them whose men they are, else None.

    Why: wire copy names a side once and then writes "the defence ministry said its forces were fighting ...";
    the possessive is that side (a government's or ministry's forces are its state's military or police), never
    an unidentified group. The nearest organisation in the mention's sentence or the two before it decides; a
    group possessive ("the group's") takes only a non-state group, a bare "its" no person.
    """
    poss, group_poss, machines, owners = _anaphor_spec()
    m = group_poss.match(mention)
    group_only = m is not None
    m = m or poss.match(mention)
    if m is None:
        return None
    rest = m.group("rest")
    if strip_roles(rest) and not all(w in machines for w in actor_key(rest).split()):
        return None  # "their homes", "its later tally": a thing of theirs, not their men
    kb = kb or get_kb()
    lo = _window_start(text, start)
    window = text[lo:start]
    tokens = list(re.finditer(r"[\w'’-]+", window))
    for j in range(len(tokens) - 1, -1, -1):
        for n in range(min(5, j + 1), 0, -1):
            phrase = window[tokens[j - n + 1].start() : tokens[j].end()]
            key = re.sub(r"^the\s+", "", phrase.lower())
            if not group_only and key in owners:
                return _state_force(owners[key], country, when)
            words = phrase.split()
            first = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
            if not first[:1].isupper() or (len(phrase) <= 4 and not phrase.isupper()):
                continue  # a name is written as one ("is" is not the Islamic State's "IS")
            a = kb.exact(phrase, country, when)
            if a is None or a.type == "generic" or a.inter in (5, 6, 7) or _fallen_leader(phrase, a, when):
                continue
            if actor_key(phrase) in {actor_key(p) for p in a.people}:
                continue  # a person does not own forces in "its"
            if group_only and a.inter not in (2, 3, 4):
                continue
            if a.type == "government" or a.name.startswith("Government of"):
                kind = "police" if any(w in owners and owners[w] == "police" for w in (key, *key.split())) else \
                    "military"
                return _state_force(kind, a.country or country, when)
            return a
    return None


def _window_start(text: str, start: int, sentences: int = 3) -> int:
    """Where the sentence holding ``start`` and the ones before it begin (three sentences in all by default).

    Why: a pronoun or a bare word points back to a name in its own sentence or the two before it, no further."""
    lo = start
    for _ in range(sentences):
        lo = max(text.rfind(". ", 0, lo), text.rfind("\n", 0, lo))
        if lo <= 0:
            return 0
    return lo


_BOTH_SIDES = re.compile(r"\b(?:from|on|of)\s+(?:both|each|either|all|the two)\s+sides?\b", re.I)
_BARE = re.compile(r"^(?:(?:the|a|an|some|several|many|two|three|four|five|six|seven|eight|nine|ten|dozens of|"
                   r"\d+)\s+)*([a-z]+)$", re.I)


def _named_earlier(mention: str, text: str, start: int, country: str | None, when: date | None = None,
                  kb: ActorKB | None = None) -> Actor | None:
    """'Two guerrillas were killed' after 'clashed with EPP guerrillas' → the group named before with that word.

    Why: a note names a group once ("Al Shabaab militants attacked ...") and then counts its dead with the bare
    word ("5 militants were killed"); the bare word is that group, not an unidentified one. Only a bare word for
    armed men (actor_generic.yaml ``unlisted_group`` heads), only the same word right after a name in the
    sentence or the two before it, and only a group the knowledge base knows or an acronym, never a generic name.
    """
    m = _BARE.match(mention.strip())
    heads, _ = _unlisted_spec()
    if m is None or m.group(1).lower() not in heads:
        return None
    kb = kb or get_kb()
    lo = _window_start(text, start)
    head = m.group(1).lower()
    for hit in reversed(list(re.finditer(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", text[lo:start], re.I))):
        before = text[lo : lo + hit.start()].split()[-4:]
        for n in range(len(before), 0, -1):
            phrase = " ".join(before[-n:]).strip(",;:(")
            if not phrase[:1].isupper():
                continue
            a = kb.exact(phrase, country, when)
            if a is not None and a.type != "generic" and a.inter in (2, 3, 4) and not _fallen_leader(phrase, a, when):
                return a
        found = unlisted_group(f"{before[-1] if before else ''} {head}", country)
        if found is not None:
            return found
    return None


def is_thing(mention: str) -> bool:
    """Does a mention name a thing rather than people or an organisation ('fire extinguishers', 'food stores')?

    Why: ACLED's actors are groups of people; the object of "looted food stores" is what was hit, not a party, and
    its raw words are no actor name. The head noun decides (the last word before a post-modifier or an "of" phrase:
    "houses of the chief"), written in lower case (a capitalised name may be an organisation), and every conjunct
    must be a thing ("soldiers and vehicles" keeps its soldiers). "part of the crowd" is the crowd.
    """
    head = _POST_MODIFIER.split(mention, maxsplit=1)[0].strip()
    head = _CLAUSE.split(head, maxsplit=1)[0].strip()
    parts = [p for p in _CONJUNCTS.split(head) if p.strip()]
    if not parts:
        return False
    for part in parts:
        before, _, after = part.partition(" of ")
        words = re.findall(r"[\w'-]+", before)
        if words and words[-1].lower() in ("part", "parts") and after:
            words = re.findall(r"[\w'-]+", after)
        if not words:
            return False
        word = words[-1]
        if word.islower():
            if not _thing_word(word):
                return False
        # "FATALITIES" in a note's header, "Coffins" opening a sentence: the word list only, never an ending (an
        # acronym or a name may end like an abstraction)
        elif not ((word.isupper() and len(word) > 4) or (word.istitle() and len(words) == 1 and len(parts) == 1)) \
                or not _thing_word(word.lower(), endings=False):
            return False
    return True


def _doc_country(extraction: Extraction, kb: ActorKB) -> str | None:
    """The document's country: a geocoded event place, the gazetteer's main country, else the country of the
    named actors the knowledge base knows ('Administration Police', 'ODM' → KE)."""
    for ev in extraction.events:
        if ev.location is not None and ev.location.country_code:
            return ev.location.country_code
    try:
        from ..geo import GeoContext, document_country

        # the caller's hint (a per-country feed, ``--country``) before the gazetteer's guess from the text
        hint = document_country(extraction.document)
        if hint:
            return hint
        found = GeoContext.from_text(extraction.document.text or "").main_country
    except Exception:  # pragma: no cover - the gazetteer is optional for actor resolution
        found = None
    if found:
        return found
    # only actors bound to one country's politics vote: a rebel group or foreign force fights across borders
    national = set(load_vocab("actor_codebook")["entries"]["national_actor_types"])
    votes: dict[str, int] = {}
    for ev in extraction.events:
        for am in ev.actors:
            a = kb.exact(am.mention or am.name, None, None)
            if a is not None and a.country and a.type in national:
                votes[a.country] = votes.get(a.country, 0) + 1
            elif a is None:
                # "soldiers of the Philippine Army": a nationality names the state whose force it is
                nf = national_force(am.mention or am.name, None)
                if nf is not None and nf[0].country:
                    votes[nf[0].country] = votes.get(nf[0].country, 0) + 1
    return max(votes, key=lambda c: votes[c]) if votes else None


def resolve_actors(extraction: Extraction, *, extra_paths: list[str | Path] | None = None) -> None:
    """Fill every ActorMention's canonical name, inter, actor_id, wikidata and country in place.

    The country for generic nouns ('gunmen', 'police') comes from the event's geocoded location,
    else the document's main country; the date from the event picks ACLED's period suffix.
    Unresolved mentions keep their mention as name, inter None and a low confidence.
    """
    kb = get_kb(extra_paths)
    text = extraction.document.text or ""
    places = _place_keys(extraction)
    fallback: str | None = None
    fallback_done = False
    for ev in extraction.events:
        country = ev.location.country_code if ev.location is not None and ev.location.country_code else None
        if country is None:
            if not fallback_done:
                fallback, fallback_done = _doc_country(extraction, kb), True
            country = fallback
        when = ev.date.start if ev.date is not None else None
        items: list[Resolved] = []
        earlier: dict[int, tuple[Actor | None, float]] = {}
        for am in ev.actors:
            actor, conf = resolve_mention(am.mention or am.name, country, when, kb)
            if am.evidence:
                # "its forces", "the group's fighters": the side named before them, not an unidentified group
                owner = antecedent(am.mention or am.name, text, am.evidence[0].start, country, when, kb)
                if owner is not None:
                    actor, conf = owner, 0.6
            if am.evidence and (actor is None or (actor.type == "generic" and actor.name.startswith("Unidentified"))):
                # "gunmen linked to Syria's security forces" cut to "gunmen": the side they are tied to
                linked = _linked_owner(am, text, country, when, kb)
                if linked is not None:
                    actor, conf = linked, 0.7
            if am.evidence and (actor is None or (actor.type == "generic" and actor.name.startswith("Unidentified"))):
                # "Two guerrillas were killed" after "EPP guerrillas": the group named before with the same word
                named = _named_earlier(am.mention or am.name, text, am.evidence[0].start, country, when, kb)
                if named is not None:
                    earlier[id(am)] = (actor, conf)
                    actor, conf = named, 0.65
            if actor is None and am.evidence:
                # "Nairobi police arrest ...": a place name cut from the force that follows it is that force
                force = _force_after(am, text, country, when)
                if force is not None:
                    actor, conf = force, 0.7
            if actor is None and am.evidence:
                # "men loyal to the government of ousted president Bashar al-Assad" cut to its last name
                loyal = loyal_context(text, am.evidence[0].start, am.evidence[0].end, country, when, kb)
                if loyal is not None:
                    actor, conf = loyal, 0.7
                    _loyal_men(am, text)
            if actor is None and (_voice(am, text) or _fallen(am.mention or am.name, country, when, kb)):
                # a monitor or an office holder who speaks about the event, a fallen leader as a person: no party
                log.debug("actor mention %r (%s) is a voice or a former leader, not a party: left out", am.mention,
                          am.role)
                continue
            if (am.role == "actor1" and actor is not None and actor.type == "generic" and actor.inter in (1, 2, 3, 4)
                    and " and " in (am.mention or "")
                    and (ev.event_type == "Battles" or (actor.inter == 3 and ev.event_type not in _crowd_types()))):
                # "Houthi forces and pro-government troops fought": the generic noun closing the mention is the
                # second side; the first side named leads. So in an attack: "security forces and allied gunmen
                # killed 40 civilians" is the forces' act, the gunmen with them
                first = _first_conjunct(am.mention, country, when, kb)
                if first is not None:
                    actor, conf = first
            elif (actor is not None and actor.type == "generic" and actor.inter == 1 and " and " in (am.mention or "")
                    and ev.event_type in _crowd_types()):
                # "police and soldiers opened fire on the demonstrators": the force named first faced the crowd
                first = _first_conjunct(am.mention, country, when, kb)
                if first is not None and first[0].inter == 1:
                    actor, conf = first
            if actor is None and ev.event_type == "Battles" and actor_key(am.mention or am.name) in _battle_generics():
                # "a shootout with the suspects": in a fight, armed people the note cannot name
                actor, conf = codebook_actor(_battle_generic_template(), 3, country, when), 0.6
            if _BOTH_SIDES.search(am.mention or am.name) and (actor is None or actor.name.startswith("Unidentified")):
                # "14 fighters from both sides were killed": the dead of every party, no one party
                log.debug("actor mention %r (%s) counts both sides: left out", am.mention, am.role)
                continue
            if actor is None and (is_thing(am.mention or am.name) or _ANAPHOR.match(am.mention or am.name)):
                # a thing is never a party, whatever the role, nor is a possessive pointing back ("its forces"):
                # the event's evidence keeps the words
                log.debug("actor mention %r (%s) names a thing, not a party: left out", am.mention, am.role)
                continue
            if actor is None and _common_noun(am.mention or am.name) and (
                    am.role.startswith("assoc_") or (am.role == "actor2" and _grievance_role(ev))):
                # ACLED's associated actors are named groups or its generic ones; "reinforcements", "a relative",
                # "many of them" only point at a side already coded. The other side of a protest is the force that
                # intervened: "unpaid dues", "closure of plant" is what the crowd was about
                log.debug("mention %r (%s) names no actor: left out", am.mention, am.role)
                continue
            if actor is None and (non_party(am.mention or am.name, am.role)
                                  or (not _renamed(ev, am.role) and not_a_party(am.mention or am.name, places))):
                log.debug("actor mention %r (%s) is not a party to the event: left out", am.mention, am.role)
                continue
            items.append(Resolved(am, actor, conf))
        for r in items:
            # a bare word read as the group named before, when the other side already is that group ("a US airstrike
            # killed Al Shabaab militants after the militants attacked"): the same group on both sides is a misreading
            if id(r.mention) in earlier and any(o is not r and o.actor is not None and r.actor is not None
                                                and o.actor.id == r.actor.id for o in items):
                r.actor, r.confidence = earlier[id(r.mention)]
        _state_conjunct(ev, items, country, when, kb)
        _other_conjunct(ev, items, extraction.document.text or "", country, when, kb)
        # ACLED's conventions: the crowd of a protest, intervening police, civilians as targets
        items = apply_codebook(ev, items, extraction.document.text or "", country, when)
        # a side the codebook displaced into an associated role is held to the associates' rule too
        items = [r for r in items if r.actor is not None or not r.mention.role.startswith("assoc_")
                 or not (_common_noun(r.mention.mention or r.mention.name) or _voice(r.mention, text))]
        if ev.event_type == "Battles":
            _battle_camps(items, country, when)
        _foreign_victims(items, country, when)
        items = _distinct_associates(_unarmed_associates(_victims_identity(items, country, when, kb)))
        if country is None:
            _name_unknown_country(items, text)
        for item in items:
            if item.actor is not None and "{period}" in item.actor.name:
                # a state force listed once for all periods and reached by another path ("Ukrainian forces and
                # separatist fighters" → its first conjunct): ACLED's suffix of the event's date, never the template
                item.actor = dataclasses.replace(item.actor, name=item.actor.name.replace(
                    "{period}", period_suffix(item.actor.country, when)))
            _apply(item.mention, item.actor, item.confidence, CODEBOOK_METHOD if item.implicit else METHOD)
        ev.actors = [item.mention for item in items]


def _name_unknown_country(items: list[Resolved], text: str) -> None:
    """'KESSIN, Valdoria (Wire) -': a dateline whose country no gazetteer knows still names it; the generic actors
    that had to leave their country out ('Unidentified Armed Group') take that name ('... (Valdoria)').

    Why: ACLED's generic names always carry a country, and a reader needs to know whose civilians and whose
    forces they are; the dateline is the report's own word for it. Only generic actors with no country, and only
    a dateline region that is no known country (a known one would have given the country already).
    """
    dr = dateline_region(text)
    if dr is None or not dr.region or country_code(dr.region) is not None:
        return
    region = " ".join(w if not w.isupper() else w.title() for w in dr.region.split())
    for r in items:
        a = r.actor
        if a is None or a.type != "generic" or a.country is not None or "(" in a.name or " of " in a.name:
            continue
        name = f"{a.name} of {region}" if a.name.endswith(("Forces", "Government")) else f"{a.name} ({region})"
        r.actor = dataclasses.replace(a, id="generic:" + actor_key(name).replace(" ", "-"), name=name)


def _foreign_victims(items: list[Resolved], country: str | None, when: date | None) -> None:
    """Civilians or unidentified attackers the mention calls by another country's nationality ('Somali refugees',
    'Ethiopian raiders', 'gunmen of Somali origin') are that country's: ACLED's 'Civilians (Somalia)' and
    'Unidentified Ethnic Militia (Ethiopia)' for events in Kenya (ACLED codebook: generic actors carry the country
    of the people they name, the event's country only when nothing says otherwise)."""
    if country is None or not country_name(country):
        return
    _, table = _nationality_table()
    here = f"({country_name(country)})"
    for r in items:
        a = r.actor
        if a is None or a.type != "generic" or a.country != country or not a.name.endswith(here):
            continue
        if not ((a.inter == 7 and r.mention.role in ("actor2", "assoc_actor_2"))
                or (a.inter in (2, 3, 4) and a.name.startswith("Unidentified"))):
            continue
        for word in re.findall(r"[A-Z][\w'-]*", r.mention.mention or ""):
            code = table.get(word) or (table.get(word[:-1]) if word.endswith("s") else None)
            if code is not None:
                if code != country and country_name(code):
                    name = a.name[: -len(here)] + f"({country_name(code)})"
                    r.actor = dataclasses.replace(a, id="generic:" + actor_key(name).replace(" ", "-"), name=name,
                                                  country=code)
                break


def _is_government(a: Actor | None) -> bool:
    return a is not None and (a.type == "government" or a.name.startswith("Government of"))


def _battle_camps(items: list[Resolved], country: str | None, when: date | None) -> None:
    """A battle between a state and a non-state side: each associate goes with its camp, and a government fights
    through its forces.

    Why: a sentence's order is not a side ("the ministry said gunmen had ambushed a security patrol" lists the
    gunmen before the patrol); a state force stands with the state's side and an armed group with the non-state
    side (unnamed gunmen stay where the sentence put them). ACLED's battles are fought by forces, not governments: "Syria's authorities ... clashes with gunmen" has
    the state's military (its associated force when one is named) as the side.
    """
    a1 = next((r for r in items if r.mention.role == "actor1"), None)
    a2 = next((r for r in items if r.mention.role == "actor2"), None)
    if a1 is None or a2 is None or a1.actor is None or a2.actor is None:
        return

    def state(a: Actor | None) -> bool:
        return a is not None and (a.inter == 1 or _is_government(a))

    if state(a1.actor) == state(a2.actor) or a1.actor.inter == 7 or a2.actor.inter == 7:
        return
    state_main, other_main = (a1, a2) if state(a1.actor) else (a2, a1)
    side = {id(state_main): state_main.mention.role[-1], id(other_main): other_main.mention.role[-1]}
    for r in items:
        if r.actor is None or not r.mention.role.startswith("assoc_"):
            continue
        if state(r.actor) and (r.actor.country in (None, state_main.actor.country)):
            r.mention.role = "assoc_actor_" + side[id(state_main)]
        elif (r.actor.inter in (2, 3, 4) and r.actor.type != "generic"
              and r.actor.country in (None, other_main.actor.country, country)):
            # a named group only: unnamed gunmen may be either side's ("security forces and allied gunmen"), or
            # count either side's dead ("nine combatants died")
            r.mention.role = "assoc_actor_" + side[id(other_main)]
    if _is_government(state_main.actor):
        own = "assoc_actor_" + side[id(state_main)]
        force = next((r for r in items if r.mention.role == own and r.actor is not None and r.actor.inter == 1
                      and not _is_government(r.actor)), None)
        if force is not None:
            force.mention.role, state_main.mention.role = state_main.mention.role, own
        else:
            spec = load_vocab("actor_codebook")["entries"]["state_first"]["military"]
            state_main.actor = codebook_actor(str(spec["template"]), 1, state_main.actor.country or country, when)
    order = {"actor1": 0, "actor2": 1, "assoc_actor_1": 2, "assoc_actor_2": 3}
    items.sort(key=lambda r: order.get(r.mention.role, 4))


def _victims_identity(items: list[Resolved], country: str | None, when: date | None, kb: ActorKB) -> list[Resolved]:
    """A community named among the civilians hit ('Alawite civilians') is ACLED's identity group, not its militia:
    an associate of civilians (actor2 with inter 7) resolved to 'X Ethnic Militia (C)' becomes 'X Ethnic Group (C)'
    when the knowledge base has that group."""
    a2 = next((r for r in items if r.mention.role == "actor2"), None)
    if a2 is None or a2.actor is None or a2.actor.inter != 7:
        return items
    for r in items:
        if r.mention.role == "assoc_actor_2" and r.actor is not None and " Ethnic Militia (" in r.actor.name:
            group = kb.exact(r.actor.name.replace(" Ethnic Militia (", " Ethnic Group ("), country, when)
            if group is not None:
                r.actor = group
    return items


_ARMED_INTER = frozenset({1, 2, 3, 8})  # state forces, rebels, political militias, external forces


def _unarmed_associates(items: list[Resolved]) -> list[Resolved]:
    """An armed group named in the victims' phrase ("civilians who had fled ex-ISIS fighters") is not an associate
    of the civilians hit: with Civilians as actor2, an armed associate of that side is left out, unless it names
    the people hit themselves ("members of the X militia were killed": ACLED keeps X as their associate)."""
    a2 = next((r for r in items if r.mention.role == "actor2"), None)
    if a2 is None or a2.actor is None or a2.actor.inter != 7:
        return items
    hit = [(s.start, s.end) for s in a2.mention.evidence]

    def who_was_hit(r: Resolved) -> bool:  # "members of the X militia" killed: the civilians hit are X's members
        return any(s.start < e and b < s.end for s in r.mention.evidence for b, e in hit)

    return [r for r in items if not (r.mention.role == "assoc_actor_2" and r.actor is not None
                                     and r.actor.inter in _ARMED_INTER and not who_was_hit(r))]


def _distinct_associates(items: list[Resolved]) -> list[Resolved]:
    """Associated actors name other groups on a side: one that resolves to either main actor (the victims'
    'Civilians (Syria)' beside the perpetrators is the other side), or to an associate already listed on its side
    ('Civilians (Syria)' twice, from 'Alawite civilians' and 'residents') or on the other side, is left out."""
    main = {r.actor.name for r in items if r.actor is not None and r.mention.role in ("actor1", "actor2")}
    # one set for both sides: an actor is on one side only, the first side that lists it keeps it ("Military
    # Forces" beside the government and again beside the victims of its opponents)
    seen = set(main)
    out: list[Resolved] = []
    for r in items:
        if r.actor is not None and r.mention.role in ("assoc_actor_1", "assoc_actor_2"):
            if r.actor.name in seen:
                continue
            seen.add(r.actor.name)
        out.append(r)
    return out


@lru_cache(maxsize=1)
def _crowd_types() -> frozenset[str]:
    return frozenset(load_vocab("actor_codebook")["entries"]["crowd"])


def _grievance_role(ev: Event) -> bool:
    """Is actor2 of this event a force or nobody (a protest whose crowd is actor1), so that an unresolved
    description there can only be what the crowd protested about? Riots keep theirs (the civilians hit)."""
    cb = load_vocab("actor_codebook")["entries"]
    return (ev.event_type in _crowd_types() and ev.event_type not in cb["target_civilians"]["unresolved_in"]
            and (ev.sub_event_type or "") not in cb["force_against_crowd"])


@lru_cache(maxsize=1)
def _voice_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(voice nouns, office heads, speech verb lemmas): actor_codebook.yaml ``voices`` and speech_verbs.yaml."""
    spec = load_vocab("actor_codebook")["entries"]["voices"]
    verbs = {str(v).lower() for v in load_vocab("speech_verbs")["entries"]["verbs"]}
    return (frozenset(actor_key(str(w)) for w in spec["nouns"]), frozenset(str(w).lower() for w in spec["offices"]),
            frozenset(verbs | {str(w).lower() for w in spec["said"]}))


def _speech_verb(word: str) -> bool:
    _, _, verbs = _voice_words()
    w = word.lower()
    return any(x in verbs for x in (w, w[:-1], w[:-2], w[:-3] if w.endswith("ied") else "", w[:-2] + "y"
                                     if w.endswith("ied") else ""))


def _voice(am: ActorMention, text: str) -> bool:
    """A mention that names who reports the event ('the monitor', 'rights groups'), anyone the text has speaking
    ("Syria's president condemned the attack"), or, as an associated actor, an office holder: a voice, no party.

    Only unresolved mentions are asked: a side the knowledge base knows stays a side when it also speaks."""
    nouns, offices, _ = _voice_words()
    key = actor_key(am.mention or am.name)
    tokens = key.split()
    if tokens and (key in nouns or " ".join(tokens[-2:]) in nouns or tokens[-1] in nouns):
        return True
    if am.role.startswith("assoc_") and tokens and (tokens[-1] in offices or " ".join(tokens[-2:]) in offices):
        return True
    if am.evidence:
        # an unresolved name the text has speaking ("The state-funded commission said") reports the event
        nxt = re.match(r"\s+(?:(?:has|had|have|also|later|then|on \w+)\s+)*([a-z]+)(\s+of\b)?", text[am.evidence[0].end :])
        # "a representative accused of inciting violence": a participle saying what the person is blamed for, not
        # the person speaking
        return nxt is not None and nxt.group(2) is None and _speech_verb(nxt.group(1))
    return False


def _fallen(mention: str, country: str | None, when: date | None, kb: ActorKB) -> bool:
    a = kb.exact(mention, country, when)
    return a is not None and _fallen_leader(mention, a, when)


def _common_noun(mention: str) -> bool:
    """Only lower-case words: a description ('reinforcements', 'relative in the attack'), no name."""
    words = re.findall(r"[^\W\d_][\w'-]*", mention)
    return bool(words) and all(w == w.lower() for w in words)


def _state_conjunct(ev: Event, items: list[Resolved], country: str | None, when: date | None, kb: ActorKB) -> None:
    """A battle's actor2 mention naming two groups ("several soldiers and attackers were killed") against a named
    non-state actor1: the state force among them is the other side, not the generic noun that closes the mention."""
    if ev.event_type != "Battles":
        return
    a1 = next((r for r in items if r.mention.role == "actor1"), None)
    a2 = next((r for r in items if r.mention.role == "actor2"), None)
    if a1 is None or a2 is None or a1.actor is None or a1.actor.inter == 1 or " and " not in (a2.mention.mention or ""):
        return
    if a2.actor is not None and (a2.actor.type != "generic" or a2.actor.inter == 1):
        return
    first = _first_conjunct(a2.mention.mention, country, when, kb)
    if first is not None and first[0].inter == 1:
        a2.actor, a2.confidence = first


def _other_conjunct(ev: Event, items: list[Resolved], text: str, country: str | None, when: date | None,
                    kb: ActorKB) -> None:
    """A battle whose actor1 mention names both sides ("Houthi forces and pro-government troops fought"): the second
    is actor2 when no named actor2 is there; an unresolved actor2 stays as an associated actor."""
    if ev.event_type != "Battles":
        return
    a1 = next((r for r in items if r.mention.role == "actor1"), None)
    a2 = next((r for r in items if r.mention.role == "actor2"), None)
    # civilians are never a side of a battle ("2 people were killed" counts the dead): the second side named goes first
    # nor does a state fight its own forces ("security forces and local armed men fought ... one of its officers
    # was killed": the officer is actor1's own man)
    if a1 is None or a1.actor is None or (a2 is not None and a2.actor is not None and not _unnamed_armed(a2)
                                           and a2.actor.inter != 7 and not _own_force(a1.actor, a2.actor)):
        return
    found = second_conjunct(a1.mention.mention or "")
    if found is None:
        found = _conjunct_after(a1, text, country, when, kb)
    if found is None:
        return
    words, _ = found
    actor, conf = resolve_mention(words, country, when, kb)
    lead = re.match(r"(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+[a-z]", words) if actor is None else None
    if lead is not None:
        # "armed Meitei and Kuki village volunteers": the second side's name before the words for its men, of the
        # first side's kind (a community's militia against another's)
        named, nconf = resolve_mention(lead.group(1), country, when, kb)
        if named is not None and named.type == a1.actor.type and named.inter == a1.actor.inter:
            actor, conf = named, min(nconf, 0.6)
    if actor is not None and actor.name == a1.actor.name:
        # the whole mention resolved to its second side ("LNA forces and GNA-aligned brigades" → the state inside):
        # the first conjunct, resolved on its own, is actor1
        first = _first_conjunct(a1.mention.mention or "", country, when, kb)
        if first is None or first[0].name == actor.name or first[0].type == "generic":
            return
        a1.actor, a1.confidence = first
    if actor is None or actor.inter == 7 or actor.name == a1.actor.name or _own_force(a1.actor, actor):
        return
    start = a1.mention.evidence[0].start if a1.mention.evidence else 0
    at = text.find(words, start)
    if at < 0:
        return
    if a2 is not None:
        a2.mention.role = "assoc_actor_2"
    am = ActorMention(role="actor2", name=actor.name, mention=words, evidence=[Span(at, at + len(words))])
    items.append(Resolved(am, actor, min(conf, 0.7)))


def _own_force(a: Actor, b: Actor) -> bool:
    """Two state forces of one country (its military and its police): the same side of a battle."""
    return a.inter == 1 and b.inter == 1 and a.country is not None and a.country == b.country


@lru_cache(maxsize=1)
def _battle_generics() -> frozenset[str]:
    spec = load_vocab("actor_generic")["entries"].get("battle_generics") or {}
    return frozenset(actor_key(str(n)) for n in spec.get("nouns") or ())


def _battle_generic_template() -> str:
    return str((load_vocab("actor_generic")["entries"].get("battle_generics") or {}).get("template")
               or "Unidentified Armed Group ({country})")


def _conjunct_after(a1: Resolved, text: str, country: str | None, when: date | None,
                    kb: ActorKB) -> tuple[str, int] | None:
    """'between gunmen linked to the security forces and Druze fighters': the side written right after the first
    one's mention, when the parser hung it elsewhere. Only the longest run of up to five words the knowledge base
    knows by name (a group or a force, not a generic noun)."""
    if not a1.mention.evidence:
        return None
    end = a1.mention.evidence[0].end
    m = re.match(r"\s+and\s+(?:the\s+)?", text[end : end + 12])
    if m is None:
        return None
    words = re.findall(r"[\w'’-]+", text[end + m.end() : end + m.end() + 80].split(".")[0].split(",")[0])[:5]
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        a = kb.exact(phrase, country, when)
        if a is not None and a.type != "generic" and a.inter != 7:
            return phrase, end + m.end()
    return None


def _unnamed_armed(item: Resolved) -> bool:
    """An actor2 that is only a generic noun for armed people ("14 combatants were killed"): in a battle it counts
    the dead of either side, so a side named in actor1's mention comes first."""
    a = item.actor
    if a is None or a.type != "generic" or a.inter != 3:
        return False
    words = [w for w in actor_key(item.mention.mention or "").split() if not w.isdigit() and w not in _quantity_words()]
    return " ".join(words) in _generics()


_NAME = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}"


@lru_cache(maxsize=1)
def _place_context() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A capitalised name after a locative preposition ('clashes at Lowangila') or before a place noun ('Mtondoni
    area', 'Ruga police post'): the note uses it as a place (actor_codebook.yaml ``place_context``)."""
    spec = load_vocab("actor_codebook")["entries"]["place_context"]
    before = re.compile(r"\b(?:" + "|".join(spec["prepositions"]) + r")\s+(?:the\s+)?(" + _NAME + r")")
    after = re.compile(r"(" + _NAME + r")\s+(?:" + "|".join(spec["nouns"]) + r")\b")
    return before, after


def _place_keys(extraction: Extraction) -> frozenset[str]:
    """Matching keys of every name the document's places and event places were found under, and of capitalised
    names the text uses as places (they may be missing from the gazetteer)."""
    keys = set()
    for rx in _place_context():
        for m in rx.finditer(extraction.document.text or ""):
            keys.add(actor_key(m.group(1)))
    for loc in [*extraction.places, *(ev.location for ev in extraction.events if ev.location is not None)]:
        for name in (loc.mention, loc.name):
            if name:
                keys.add(actor_key(name))
    keys.discard("")
    return frozenset(keys)


def _apply(am: ActorMention, actor: Actor | None, confidence: float, method: str = METHOD) -> None:
    if not am.mention:
        am.mention = am.name
    am.method = method
    am.confidence = confidence
    if actor is None:
        am.name = am.mention
        am.inter = None
        am.actor_id = None
        return
    am.name = actor.name
    am.inter = actor.inter
    am.actor_id = actor.id
    am.wikidata = actor.wikidata
    am.country = actor.country
