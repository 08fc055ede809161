"""One mention → an actor: knowledge base first, then spelled-out generics, nationalities, acronyms and generic nouns.

Why: the order decides which reading of a mention wins ("Houthi forces and pro-government troops", "men loyal to the
former president", "FARDC positions"); the loyalists of a fallen regime and a group's own acronym are read here too.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from functools import lru_cache

from ..vocab import load_vocab
from ._generic import _generics, codebook_actor, generic_actor, period_suffix, state_inside, written_generic
from ._kb import Actor, ActorKB, _role_words, actor_key, country_code, get_kb, nationality, strip_roles
from ._national import national_force

# words for a party's or movement's men that no state force is called by ("PNP militants", "RPP supporters")
_PARTY_MEN = re.compile(r"(?i)\b(?:militants?|supporters?|activists?|partisans?|sympathi[sz]ers?|youths?|cadres?|"
                        r"protesters?|demonstrators?|marchers?)\s*$")
_POST_MODIFIER = re.compile(r"\s+(?:in|near|from|wearing|dressed in|at|on|over)\s+", re.IGNORECASE)
# round 32a: "men in PF regalia", "youths wearing ZANU-PF T-shirts": a party's or group's own colours on people
_GROUP_COLOURS = re.compile(r"(?i)\b(?:in|wearing|dressed in|clad in)\s+(?:the\s+)?(?P<group>[\w&'.-]+(?:\s+[\w&'.-]+)?)\s+"
                            r"(?:regalia|t-?shirts?|shirts|colou?rs|caps|uniforms?|attire)\b")
# "Kenya Defence Forces (KDF) soldiers": an acronym in brackets repeats the name before it
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*[A-Z]{2}[A-Za-z0-9&.-]{0,8}\s*\)")


def resolve_mention(mention: str, country: str | None = None, when: date | None = None,
                    kb: ActorKB | None = None) -> tuple[Actor | None, float]:
    """One mention → (actor, confidence); (None, 0.2) when nothing fits."""
    kb = kb or get_kb()
    # "insurgents loyal to the former president who attacked checkpoints": the relative clause says what they did
    mention = _RELATIVE.sub("", mention).strip() or mention
    # "May 2021, CJNG and Sinaloa Cartel cells": a note's opening date the parse kept with its subject
    mention = _LEADING_DATE.sub("", mention).strip() or mention
    # "scores of Al Shabaab fighters", "an unspecified number of terrorists": how many says nothing of who they are
    mention = _QUANTITY.sub("", mention).strip() or mention
    group = _GROUP_OF.match(mention)
    if group is not None and mention[group.end():].strip():
        # round 30b: "a group of ODM youths", "a group of ZANU-PF supporters": the group is the party or group it
        # names, as "ODM youths" is (the closing noun alone, "youths", would make them a crowd and drop the name);
        # only when the rest names a listed actor
        rest = mention[group.end():].strip()
        named = _resolve(rest, country, when, kb)[0]
        if named is not None and named.type != "generic":
            mention = rest
    # "rival clans (60 people were arrested": a parenthesis the mention cut open is an aside, not the name
    mention = re.sub(r"\s*\([^)]*$", "", mention).strip() or mention
    # "Kenya Defence Forces (KDF) soldiers": the bracketed acronym names no one else, and left in it hides the name
    mention = _BRACKETED_ACRONYM.sub("", mention).strip() or mention
    # "men of military age": an age says who they were, not that they were the military
    mention = re.sub(r"\s+of\s+(?:military|fighting|working|school|voting)[\s-]age\b", "", mention, flags=re.I)
    cue = _impostor_cue().search(mention)
    if cue is not None and _resolve(mention[cue.end() - 1 :], country, when, kb)[0] is not None:
        # "four men posing as police officers": whom they imitate is not who they are; "police officers posing as
        # buyers" are the police all the same
        return impostor_head(mention[: cue.start()], country, when, kb), 0.7
    full = mention
    loyal = _LOYAL.search(mention)
    if loyal is not None and loyal.start() > 0:
        # "armed men loyal to the government of ousted president X": whose men they are names them
        owner = _loyal_to(mention[loyal.end():], country, when, kb)
        if owner is not None:
            return owner, 0.7
    colours = _GROUP_COLOURS.search(mention)
    if colours is not None and colours.start() > 0:
        # round 32a: "men in PF regalia": people in a party's or armed group's own colours are its men, as ACLED codes
        # them; a state's uniform ("gunmen in military uniform") says nothing of who they are, and is left to the head
        worn = kb.exact(colours.group("group"), country, when)
        if worn is not None and worn.type != "generic" and worn.inter in (2, 3, 4):
            return worn, 0.7
    head = _POST_MODIFIER.split(mention, maxsplit=1)[0].strip()
    if head and head != mention.strip():
        # "gunmen in military uniform", "men from their homes": who they are is the head, not where or what they
        # wore ("in military uniform" does not make them the army)
        mention = head
    actor, conf = _resolve(mention, country, when, kb)
    if actor is None:
        # "terrorists gathering near X", "gunmen riding motorbikes": a participle after the head says what they did
        cut = _PARTICIPLE.split(mention, maxsplit=1)[0].strip()
        if cut and cut != mention.strip():
            actor, conf = _resolve(cut, country, when, kb)
    if actor is None and " of " in mention:
        # round 28: "gunmen of two rival cartels", "fighters of an unnamed militia": a generic noun before an "of"
        # phrase in lower case (no name: "students of Rongo University" are the college's) is that generic
        before, rest = (x.strip() for x in mention.split(" of ", 1))
        if actor_key(before) in _generics() and rest == rest.lower():
            actor, conf = generic_actor(before, country, when), 0.7
    if actor is None:
        found = (_owner_inside(full, country, when, kb) or _person_at_end(mention, country, when, kb)
                 or _first_conjunct(full, country, when, kb))
        if found is not None:
            actor, conf = found
    if (actor is not None and country is not None and actor.country not in (None, country)
            and actor.type in ("state_forces", "government") and _PARTY_MEN.search(mention)):
        # round 30: "PNP militants" in Togo are a Togolese party's, not the Philippine National Police: another
        # state's force named by a shared acronym is never the militants, supporters or activists of a note
        u = unlisted_group(mention, country)
        return (u, 0.6) if u is not None else (None, 0.2)
    if actor is not None and "{period}" in actor.name:
        # a state force listed once for all periods: ACLED's suffix of the event's date
        actor = dataclasses.replace(actor, name=actor.name.replace("{period}", period_suffix(actor.country, when)))
    if actor is not None and actor.type == "generic":
        # A generic name the knowledge base knows ("Police Forces of Kenya (2013-2022)"): use its entry.
        known = kb.exact(actor.name, country, when)
        if known is not None and known.name == actor.name:
            return known, conf
    return actor, conf


@lru_cache(maxsize=1)
def _impostor_spec() -> tuple[str, int, tuple[str, ...]]:
    spec = load_vocab("actor_generic")["entries"].get("impostors") or {}
    return (str(spec.get("template") or "Unidentified Armed Group ({country})"), int(spec.get("inter") or 3),
            tuple(str(c) for c in spec.get("cues") or ()))


@lru_cache(maxsize=1)
def _impostor_cue() -> re.Pattern[str]:
    """A cue joining impostors to what they imitate with something after it ('men posing as police', 'fake
    soldiers'); never matches when no cues are listed."""
    cues = "|".join(re.escape(c) for c in sorted(_impostor_spec()[2], key=len, reverse=True)) or r"(?!)"
    return re.compile(rf"\b(?:{cues})\s+\S", re.I)


@lru_cache(maxsize=1)
def _impostor_before() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in sorted(_impostor_spec()[2], key=len, reverse=True)) or r"(?!)"
    return re.compile(rf"\b(?:{cues})\s+(?:(?:a|an|the|some|armed)\s+)?$", re.I)


def impostor_actor(country: str | None, when: date | None = None) -> Actor:
    """Who impostors are when a note cannot say: the unidentified armed group (actor_generic.yaml ``impostors``)."""
    template, inter, _ = _impostor_spec()
    return codebook_actor(template, inter, country, when)


def impostor_head(head: str, country: str | None, when: date | None, kb: ActorKB | None = None) -> Actor:
    """Who the people before an impostor cue are: a side the words name that is no crowd nor civilians ('Al Shabaab
    fighters disguised as soldiers', 'police officers dressed as civilians': plain-clothes police), else the
    unidentified armed group ('four men', 'two women', nothing at all: 'fake police officers')."""
    head = re.split(r"[,;:.()]", head)[-1].strip()
    if head:
        actor, conf = resolve_mention(head, country, when, kb)
        if actor is not None and conf >= 0.7 and actor.inter not in (5, 6, 7):
            return actor
    return impostor_actor(country, when)


def impostor_before(text: str, start: int, country: str | None, when: date | None,
                    kb: ActorKB | None = None) -> Actor | None:
    """The people a mention starting at ``start`` is a disguise of ('men disguised as | police officers'), None when
    no impostor cue comes just before it.

    Why: the argument reader often keeps only the force's words; the cue before them says the force is a disguise,
    and ACLED codes the people behind it (the unidentified armed group when the note cannot say), never the force.
    """
    window = text[max(0, start - 80) : start]
    m = _impostor_before().search(window)
    if m is None:
        return None
    return impostor_head(window[: m.start()], country, when, kb)


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
    first = _LEADING_DATE.sub("", first.strip())
    first = re.sub(r"^(?:several|some|many|two|three|\d+)\s+", "", first, flags=re.I)
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


_LEADING_DATE = re.compile(
    r"^(?:on\s+)?(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+\d{1,2})?,?\s+\d{4},?\s+", re.IGNORECASE)
# a count before the people ("scores of", "an unknown number of", "tens of thousands of")
_QUANTITY = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:unspecified|unknown|undisclosed|unconfirmed|large|small|big|significant|sizeable|growing)"
    r"\s+)?(?:number|numbers|handful|dozens|scores|hundreds|thousands|tens(?:\s+of\s+thousands)?|several\s+dozen"
    r"|a\s+few\s+dozen)\s+of\s+(?=\S)", re.IGNORECASE)
# "a group of", "a small group of": who the group is comes after "of"
_GROUP_OF = re.compile(r"^(?:an?\s+|the\s+)?(?:(?:small|large|big|armed|rival)\s+)?groups?\s+of\s+(?=\S)", re.IGNORECASE)
# a participle after the head, in lower case ("terrorists gathering", "gunmen riding motorbikes")
_PARTICIPLE = re.compile(r"(?<=\w)\s+(?=[a-z]+ing\b)")
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


# a leader's possessive before a group's name ("al-Hilu's SPLM-N", "Abdelaziz al-Hilu's SPLM-N"): the group
_POSSESSOR = re.compile(r"^(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?['\u2019]s\s+(.+)$")


def _named_group_men(mention: str, country: str | None, when: date | None, kb: ActorKB) -> Actor | None:
    """'Al Shabaab men', 'G-Pep men', 'Fano gunmen': an organised group the knowledge base names, then the role
    words for its people, is that group.

    Why: "men" alone names civilians, and that noun decides even after a modifier ("Alawite men" are civilians);
    after an armed organisation's name it names the organisation's men. A community's name is left to the
    community rules ("Pokot men" may be victims or raiders)."""
    found = _known_before_roles(mention, country, when, kb)
    if found is None or found.type in ("generic", "identity_militia", "identity_group") or found.inter == 7:
        return None
    return found


# words before a party's name that say nothing of who the men are ("suspected ZANU-PF youths", "rival UDA youths")
_PARTY_QUALIFIER = re.compile(r"^(?:(?:suspected|alleged|rival|armed|rowdy|angry|irate|unruly)\s+)+", re.I)


def _party_crowd(mention: str, country: str | None, when: date | None, kb: ActorKB) -> Actor | None:
    """'Jubilee youths', 'suspected ZANU-PF youths', 'UDA activists': the party the words before a crowd's closing noun
    name (a listed political party only); None otherwise.

    Why (round 30b): the closing noun alone ("youths") makes them a crowd and drops the party. ACLED codes a party's
    youths or supporters who attack people as the party (ACLED Kenya train side, counts only: the party is actor1 in
    9 of the 14 attacks on people by named parties' supporters, the others unnamed rivals); in riots and protests the
    crowd rules still make them Rioters or Protesters with the party associated."""
    words = _PARTY_QUALIFIER.sub("", mention.strip()).split()
    if len(words) < 2:
        return None
    found = kb.exact(" ".join(words[:-1]), country, when)
    return found if found is not None and found.type == "political_party" else None


@lru_cache(maxsize=1)
def _party_office_rx() -> tuple[re.Pattern[str], ...]:
    """The three ways a note names a party's office holder: "X's <title>", "<title> of X", "X <title>"."""
    spec = load_vocab("actor_generic")["entries"].get("party_roles") or {}
    alt = lambda words: "|".join(re.escape(w).replace(r"\ ", r"\s+")  # noqa: E731 - one-line helper
                                 for w in sorted((str(x) for x in words), key=len, reverse=True))
    titles, quals = alt(spec.get("titles") or ()), alt(spec.get("qualifiers") or ())
    q = rf"(?:(?:{quals})\s+)*"
    t = rf"(?:{titles})"
    # round 34: "the head of the opposition FRX's local branch": the office is in one of the party's branches
    units = alt(spec.get("units") or ())
    u = rf"(?:['\u2019]s?\s+{q}(?:{units}))?" if units else ""
    return (re.compile(rf"^{q}(?P<name>.+?)['\u2019]s?\s+{q}{t}$", re.I),
            re.compile(rf"^{q}{t}\s+of\s+(?:the\s+)?{q}(?P<name>.+?){u}$", re.I),
            re.compile(rf"^{q}(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})\s+{q}{t}$"))


def _party_office(mention: str, country: str | None, when: date | None, kb: ActorKB) -> Actor | None:
    """'PASTEF's departmental coordinator', 'the regional secretary of the ODM', 'two ODM officials': the listed
    political party whose office the person holds; None when the name is no listed party.

    Why (round 31b): a title between the party's name and the end ("departmental coordinator") hid the party, and the
    person was read as a civilian (or "officials" as the government). ACLED codes a party's officials and members
    arrested or attacked as the party (ACLED Kenya train side, counts only; spent world notes 58: Senegal)."""
    for rx in _party_office_rx():
        m = rx.match(mention.strip())
        if m is None:
            continue
        found = kb.exact(m.group("name").strip(), country, when)
        if found is not None and found.type == "political_party":
            return found
    return None


def _known_before_roles(mention: str, country: str | None, when: date | None, kb: ActorKB) -> Actor | None:
    """The knowledge base's actor for the name as written, less the role words closing it ("People's Defence Force
    unit", "VDP volunteers", "Al Shabaab men"), dropped one at a time; None when no shorter name is known."""
    words = mention.split()
    while len(words) > 1 and actor_key(words[-1]) in _role_words():
        words = words[:-1]
        found = kb.exact(" ".join(words), country, when)
        if found is not None:
            return found
    return None


_ALIGNED = re.compile(r"^(?:the\s+)?(?P<group>[\w'-]+(?:\s+[\w'-]+)?)-(?:aligned|affiliated|allied|linked)\s+\S", re.I)


def _aligned_with(mention: str, country: str | None, when: date | None, kb: ActorKB) -> Actor | None:
    """'STC-aligned forces', 'ISIS-affiliated fighters': the named organisation the men are aligned with.

    Why: ACLED codes such forces as the organisation itself; "forces" alone would make them the state's. A sponsor
    ("Turkish-backed factions") is not the group, and a generic word ("government-aligned militia") is left to the
    generic rules."""
    m = _ALIGNED.match(mention)
    if m is None:
        return None
    found = kb.exact(m.group("group"), country, when)
    if found is None or found.type == "generic" or found.inter == 7:
        return None
    return found


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
    party = _party_office(mention, country, when, kb)
    if party is not None:
        # round 31b: "PASTEF's departmental coordinator", "two ODM officials": the party whose office they hold
        return party, 0.85
    nf = national_force(mention, country, when)
    if nf is not None:
        return nf[0], 0.85
    u = unlisted_group(mention, country)
    if u is not None:
        # round 9: "OLF rebels": an acronym the knowledge base knows is that group, whatever word for its
        # men follows
        known = kb.exact(u.name, country, when)
        if known is not None and known.type != "generic":
            return known, 0.85
        return u, 0.7
    named = _named_group_men(mention, country, when, kb) or _aligned_with(mention, country, when, kb)
    if named is not None:
        return named, 0.85
    kin = _named_kin_militia(mention, country, when, kb)
    if kin is not None:
        return kin, 0.75
    g = generic_actor(mention, country, when, override_only=True)
    if g is not None and g.inter in (5, 6):
        party = _party_crowd(mention, country, when, kb)
        if party is not None:
            return party, 0.85
    if g is not None:
        return g, 0.8
    if actor_key(mention) in _generics():
        # A bare generic noun ('gunmen'): only the country can say whose; never guess by spelling.
        g = generic_actor(mention, country, when)
        return (g, 0.75 if country else 0.5) if g is not None else (None, 0.2)
    # the name as written less its closing role words, before any spelling match (which would take the group whose
    # name shares most words)
    a = _known_before_roles(mention, country, when, kb)
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
    owned = _POSSESSOR.match(mention)
    if owned is not None:
        # "al-Hilu's SPLM-N": a group named after its leader's possessive is the group (round 15)
        a = kb.exact(owned.group(1), country, when) or kb.exact(strip_roles(owned.group(1)), country, when)
        if a is not None and a.type != "generic":
            return a, 0.85
    foreign = _foreign_militia(mention, country, when, kb)
    if foreign is not None:
        return foreign, 0.8
    # a mention made only of role words ("forces", "the fighters") names nobody: never spell-match it to a group
    # round 28: a description in lower case ("leaders", "party leaders") is never a named group whose alias holds its
    # words and a name besides ("BNP leaders"): the name it lacks is what would say whose leaders they are
    found = kb.fuzzy(core, country, when, within=mention == mention.lower()) if core else None
    if found is not None:
        return found[0], round(0.5 + 0.4 * (found[1] - 85) / 15, 3)
    g = generic_actor(mention, country, when)
    if g is not None:
        return g, 0.7
    g = state_inside(mention, country, when)
    if g is not None:
        return g, 0.6
    return None, 0.2


# round 30: a clan or tribe named by its own name ("Aqidat tribal elders", "the Marehan clan", "Shammar tribesmen")
_KIN = re.compile(r"^(?:the\s+)?(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+(?:(?P<clan>(?:sub-?)?clan)|"
                  r"(?P<tribe>tribe|tribal))(?:\s+(?:militias?|militiam[ae]n|fighters|elders|leaders|chiefs|members|"
                  r"gunmen|men))?$|^(?P<name2>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:(?P<clan2>clansmen)|"
                  r"(?P<tribe2>tribesmen))$")


@lru_cache(maxsize=1)
def _tribal_countries() -> frozenset[str]:
    """Where ACLED names a tribe's fighters a tribal militia: the countries actor_generic.yaml gives the unnamed one's
    'Unidentified Tribal Militia ({country})' (by_country), read there so the list lives in one place."""
    return frozenset(c for g in _generics().values() for c, t in g.by_country if "Tribal Militia" in t)


def _named_kin_militia(mention: str, country: str | None, when: date | None, kb: ActorKB) -> Actor | None:
    """'Aqidat tribal elders' in Syria → 'Aqidat Tribal Militia (Syria)'; 'the Marehan clan' → 'Marehan Clan Militia
    (Somalia)': a clan or tribe the knowledge base does not list, by ACLED's naming of identity militias.

    Why: ACLED names a clan's or tribe's armed men after it ('<Name> Clan Militia (X)', and in Iraq, Yemen, Libya and
    Syria '<Name> Tribal Militia (X)': ACLED's public actor list); its elders speak and sign for it. A name the
    knowledge base knows keeps its own entry (a Kenyan community is its ethnic militia); a tribe elsewhere is left to
    the other rules."""
    m = _KIN.match(mention.strip())
    if m is None or country is None:
        return None
    name = m.group("name") or m.group("name2")
    if kb.exact(name, country, when) is not None or nationality(name) is not None:
        return None
    if m.group("clan") or m.group("clan2"):
        template = f"{name} Clan Militia ({{country}})"
    elif country in _tribal_countries():
        template = f"{name} Tribal Militia ({{country}})"
    else:
        return None
    return codebook_actor(template, 4, country, when)


def _foreign_militia(mention: str, country: str | None, when: date | None, kb: ActorKB) -> Actor | None:
    """'Ethiopian ethnic militia', 'Ugandan raiders' → that country's unidentified identity militia.

    Why: the nationality is the only name the note gives the community, and ACLED's generic militia names take the
    militia's own country ('Unidentified Ethnic Militia (Ethiopia)' for raiders from Ethiopia in Kenya); a spelling
    match would pick one listed community of that country instead. A nationality that is also a community the
    knowledge base lists in the document's country ('Somali' in Kenya) is that community, read before this.
    """
    lead = r"^(?:(?:the|a|an|suspected|alleged|armed|some|several|many|two|three|four|five|six|\d+)\s+)+"
    key = actor_key(re.sub(lead, "", mention.strip(), flags=re.I))
    found = nationality(key.title())
    if found is None or found[1] != 0:
        return None
    code, _, end = found
    rest = key[end:].strip()
    g = _generics().get(rest)
    if g is None or g.inter != 4 or code == country:
        return None
    if kb.exact(key[:end] + " militia", country, when) is not None:
        return None
    return codebook_actor(g.template_on(when, code), g.inter, code, when)


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
