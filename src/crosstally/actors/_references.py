"""Mentions that point elsewhere in the text: 'its forces', 'the group's fighters', 'two guerrillas' after 'EPP
guerrillas', 'gunmen linked to the security forces', 'Nairobi police', 'men loyal to ...'.

Why: the parser cuts a side to a pronoun, a bare noun or a place name; the words around it in the text name the side,
and ACLED codes that side rather than an unidentified group.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from ..records import ActorMention, Span
from ..vocab import load_vocab
from ._generic import _generics, codebook_actor
from ._kb import Actor, ActorKB, actor_key, get_kb, strip_roles
from ._mention import _LOYAL, _fallen_leader, _unlisted_spec, resolve_mention, unlisted_group
from ._national import national_force

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
            # round 30: 'Azerbaijani' cut from "Azerbaijani troops advanced on Armenian positions": a nationality
            # before the force word names whose force it is (the event country's only for a place name)
            nf = national_force(am.mention, country, when)
            if nf is not None and nf[1] == 0:
                return nf[0]
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


def names_machine(mention: str) -> bool:
    """Whether a mention names a machine a side fights with ('jets', 'the drones': ``anaphor.machines``), which the
    conventions read as its owner's, not as no one."""
    machines = _anaphor_spec()[2]
    return any(w in machines or w.rstrip("s") in machines for w in re.findall(r"[\w'-]+", mention.lower()))


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
    for phrase in _phrases_back(text, start):
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


def _phrases_back(text: str, start: int) -> Iterator[str]:
    """Runs of one to five words that end at each word before ``start``, nearest word first and longest run first,
    within its sentence and the two before it.

    Why: the pronoun and "the party" look-backs read the same phrases in the same order; one walk serves both."""
    window = text[_window_start(text, start) : start]
    tokens = list(re.finditer(r"[\w'\u2019-]+", window))
    for j in range(len(tokens) - 1, -1, -1):
        for n in range(min(5, j + 1), 0, -1):
            yield window[tokens[j - n + 1].start() : tokens[j].end()]


def _window_start(text: str, start: int, sentences: int = 3) -> int:
    """Where the sentence holding ``start`` and the ones before it begin (three sentences in all by default).

    Why: a pronoun or a bare word points back to a name in its own sentence or the two before it, no further."""
    lo = start
    for _ in range(sentences):
        lo = max(text.rfind(". ", 0, lo), text.rfind("\n", 0, lo))
        if lo <= 0:
            return 0
    return lo


_BARE = re.compile(r"^(?:(?:the|a|an|some|several|many|two|three|four|five|six|seven|eight|nine|ten|dozens of|"
                   r"\d+|of|all|most|both)\s+)*([a-z]+)$", re.I)


@lru_cache(maxsize=1)
def _earlier_heads() -> frozenset[str]:
    """The bare words that may point back at a group named with them: the unlisted-group heads and, round 31b, the
    criminal and raiding nouns ('bandits', 'attackers', 'raiders')."""
    heads, _ = _unlisted_spec()
    extra = load_vocab("actor_generic")["entries"].get("named_earlier_heads") or ()
    return frozenset(heads) | {str(w).lower() for w in extra}


@lru_cache(maxsize=8)
def _aliases_by_head(country: str | None) -> dict[str, tuple[tuple[str, Actor], ...]]:
    """head word → (the name before it, actor) for every listed alias "<name> <head>" ('dahalo bandits'), of groups
    of the event's country or of none."""
    heads = _earlier_heads()
    table: dict[str, list[tuple[str, Actor]]] = {}
    for a in get_kb().actors.values():
        if a.type == "generic" or a.inter not in (2, 3, 4) or a.country not in (None, country):
            continue
        for alias in a.aliases:
            words = alias.lower().split()
            if len(words) >= 2 and words[-1] in heads:
                table.setdefault(words[-1], []).append((" ".join(words[:-1]), a))
    return {k: tuple(v) for k, v in table.items()}


def _named_earlier(mention: str, text: str, start: int, country: str | None, when: date | None = None,
                  kb: ActorKB | None = None) -> Actor | None:
    """'Two guerrillas were killed' after 'clashed with EPP guerrillas' → the group named before with that word.

    Why: a note names a group once ("Al Shabaab militants attacked ...") and then counts its dead with the bare
    word ("5 militants were killed"); the bare word is that group, not an unidentified one. Only a bare word for
    armed men (actor_generic.yaml ``unlisted_group`` heads), only the same word right after a name in the
    sentence or the two before it, and only a group the knowledge base knows or an acronym, never a generic name.
    """
    m = _BARE.match(mention.strip())
    if m is None or m.group(1).lower() not in _earlier_heads():
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
            # (a named force counts too: "PMF fighters ... two fighters were killed", the PMF an Iraqi state force)
            if a is not None and a.type != "generic" and a.inter in (1, 2, 3, 4, 8) and not _fallen_leader(phrase, a, when):
                return a
        found = unlisted_group(f"{before[-1] if before else ''} {head}", country)
        if found is not None:
            return found
    # round 31b: "gendarmes tracking dahalo ... Six of the bandits": a group whose listed alias is its name with this
    # very word ('dahalo bandits'), named in the window with or without the word
    if head in _unlisted_spec()[0]:
        return None  # "fighters", "militants": too common a word to stand for a group named without it
    written = text[lo:start]
    window = written.lower()
    for name, a in _aliases_by_head(country).get(head, ()):
        for hit in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])\s*([a-z]*)", window):
            # (nor a word of a longer proper name: "Elgeyo Marakwet" is a county)
            if not _describes(hit.group(1)) and not re.search(r"[A-Z][\w'-]*\s+$", written[: hit.start()]):
                return a
    return None


_NOT_THE_GROUP = frozenset(("region", "state", "county", "province", "district", "city", "town", "village", "villages",
                            "area", "zone", "land", "lands", "home", "homes", "settlement", "settlements", "herd",
                            "herds", "community", "communities", "market", "school", "border"))


def _describes(word: str) -> bool:
    """Whether the word after a community's name makes the name describe something else ("a Turkana village", "Amhara
    region", "Pokot herders"): a place, a thing, or people (a people noun or an agent noun), not the group itself."""
    if not word:
        return False
    people = {str(w) for w in load_vocab("actor_generic")["entries"].get("people_nouns") or ()}
    return word in _NOT_THE_GROUP or word in people or word.endswith(("ers", "ors", "ists", "ians"))


_THE_PARTY = re.compile(r"^(?:the\s+)?party['\u2019]s\s|\bof\s+the\s+party\b", re.I)


def party_named_earlier(mention: str, text: str, start: int, country: str | None, when: date | None = None,
                        kb: ActorKB | None = None) -> Actor | None:
    """'the party's departmental coordinator', 'six members of the party' → the listed political party the note named
    last before them (its sentence or the two before), else None.

    Why (round 31b): "the party" points back at the party the note named; read alone its officials and members were
    civilians. ACLED codes a party's arrested or attacked members as the party."""
    if _THE_PARTY.search(mention) is None:
        return None
    kb = kb or get_kb()
    for raw in _phrases_back(text, start):
        phrase = re.sub(r"['\u2019]s$", "", raw)
        if not phrase[:1].isupper():
            continue
        a = kb.exact(phrase, country, when)
        if a is not None and a.type == "political_party":
            return a
    return None
