"""Whether two mentions are the same person or two: names, gender, role, "another", "a second man"."""

from __future__ import annotations

import re

from ...records import Count
from ._terms import _ORDINALS, SELF_METHOD, _person_classes, _single_vocab, _vocab


def _offender_beside(c: Count, figures: list[Count]) -> bool:
    """'Villagers torched a suspect's house, killing his two daughters; the suspect died a week later': a lone attacker
    or suspect who died is not one of the victims a figure of other people counts (ACLED and GVDB count both)."""
    roles = _person_classes()["person_roles"]
    if c.kind != "killed" or roles.get(_person_head(c.group) or "") != "offender":
        return False
    same = [f for f in figures if f.kind == c.kind]
    generic = _single_vocab()["generic_persons"] | {"people", "persons", "others", "victims"}
    return bool(same) and all(
        f.group and (h := (f.group or "").lower().split()[-1]) not in generic and roles.get(h.rstrip("s")) != "offender"
        and roles.get(h) != "offender" for f in same)


def _other_side(c: Count, figures: list[Count]) -> bool:
    """'Six suspects were hit ... One police officer was shot in the arm': a lone person of one side (police,
    offender) beside figures that all count the other side is one more person, not one of them told again."""
    roles = _person_classes()["person_roles"]
    own = roles.get(_person_head(c.group) or "")
    if own is None:
        return False
    same = [f for f in figures if f.kind == c.kind]
    heads = [(f.group or "").lower().split()[-1:] for f in same]
    theirs = [roles.get(h[0]) or roles.get(h[0].rstrip("s")) if h else None for h in heads]
    return bool(same) and all(r is not None and r != own for r in theirs)


_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def _names(text: str | None) -> list[str]:
    """Capitalised words that can be a person's name ("Officer Jon Richey" → Jon, Richey)."""
    sv = _single_vocab()["singular_persons"]
    not_names = _single_vocab()["not_names"]
    return [w for w in _NAME.findall(text or "") if w.lower() not in sv and w.lower() not in not_names]


def _named(group: str | None) -> list[str]:
    """The names of a group headed by a proper name ("Officer Jon Richey"); [] for "Utah police officer"."""
    words = (group or "").split()
    return _names(group) if words and _NAME.fullmatch(words[-1]) and words[-1] in _names(words[-1]) else []


def _named_apart(shot: Count, dead: list[Count]) -> bool:
    """Is the person hurt named ("Deputy Tom Hale suffered two gunshot wounds"), and every death told of
    someone else named? Then the one hurt is not the dead."""
    names = _named(shot.group)
    if not names or not dead or not re.search(r"\b(?:wound|injur)", shot.phrase or "", re.I):
        return False  # "Lopez was shot", "hit Jones": the fate untold, maybe the death told elsewhere
    named_dead = False
    for d in dead:
        told = d.phrase or ""
        if d.low != 1 or names[-1] in told:
            return False
        named_dead = named_dead or bool(_names(told))  # "he died": someone already named
    return named_dead


# a death by the dead person's own hand, as its count tells it ("found Benning dead of a self-inflicted gunshot wound")
_OWN_HAND = re.compile(r"\bself[- ]inflicted\b|\b(?:killed|shot)\s+(?:him|her)self\b|\btook\s+(?:his|her)\s+own\s+life\b",
                       re.I)


def _by_own_hand(c: Count) -> bool:
    """A one-person count whose own words (or the self-harm reading) say the person died by their own hand."""
    return c.low == 1 and (c.method == SELF_METHOD or _OWN_HAND.search(c.phrase or "") is not None)


def _apart(shot: Count, dead: list[Count]) -> bool:
    """Is the person hurt someone other than every one told dead? Named apart, told as another ("a woman who was
    with him was also shot", "a second man was taken to hospital with a gunshot wound"), or of another gender or
    role than each lone dead ("a man was killed ... a woman was shot"; "the suspect was killed ... a deputy was
    shot"). A toll of several dead may include the one shot: then not apart."""
    if _named_apart(shot, dead):
        return True
    if dead and all(_by_own_hand(d) for d in dead) and not _by_own_hand(shot):
        return True  # "a deputy was shot ... found Benning dead of a self-inflicted wound": the shooter, not him
    words = (shot.group or "").lower().split()
    if words[:1] in (["other"], ["another"]) and {"wounded", "injured", "hurt", "surviving"} & set(words):
        return True  # "the other wounded man was in serious condition": told apart from the dead, whatever the toll
    rank = _ORDINALS.get(words[0]) if words else None
    if rank is not None and dead and rank > sum(d.low for d in dead) and shot.evidence and all(
            d.evidence and d.evidence[0].start < shot.evidence[0].start for d in dead):
        return True  # "Two men were killed ... A third man was shot in the arm": one more than the dead told
    if not dead or any(d.low != 1 for d in dead):
        return False
    if shot.group and (_another(shot.group) or re.search(r"\balso\b", shot.phrase or "", re.I)):
        return True
    mine = _person_class(shot)
    return bool(mine) and all(_differ(mine, _person_class(d)) for d in dead)


def _person_class(c: Count) -> dict[str, str]:
    """The gender and role a one-person count tells ("a 30-year-old woman" → female; "he died" → male)."""
    table = _person_classes()
    words = re.findall(r"[a-z]+", (c.group or c.phrase or "").lower())
    # the head noun ("the suspect's girlfriend" names the girlfriend), else the pronoun ("she died")
    words = words[-1:] if c.group else [w for w in words if w in ("he", "she", "him", "her")][:1]
    out: dict[str, str] = {}
    for key in ("person_genders", "person_roles"):
        got = {table[key][w] for w in words if w in table[key]}
        if len(got) == 1:
            out[key] = got.pop()
    return out


def _differ(a: dict[str, str], b: dict[str, str]) -> bool:
    return any(k in b and b[k] != v for k, v in a.items())


def _same_person(a: str | None, b: str | None, text: str = "") -> bool:
    """Can two one-person mentions be the same individual? Not "1 soldier" and "a Taliban militant"; not "the
    suspect was found dead" and "Whitcombe died" when the text tells Whitcombe as the victim (or the suspect by
    another name)."""
    generic = _single_vocab()["generic_persons"]
    named_a, named_b = _named(a), _named(b)
    if named_a and named_b and not set(named_a) & set(named_b):
        return False  # "Officer Jon Richey" is not "Barney"
    heads = [_person_head(g) for g in (a, b)]
    if text and (_told_apart(heads[0], named_b, text) or _told_apart(heads[1], named_a, text)):
        return False
    genders = _person_classes()["person_genders"]
    if heads[0] in genders and heads[1] in genders and genders[heads[0]] != genders[heads[1]]:
        return False  # "a woman was killed ... her husband later died": two people
    if heads[0] is None or heads[1] is None or heads[0] in generic or heads[1] in generic:
        return True  # no noun, a proper name, a word we cannot place, or "a man", "the victim": any one person
    roles = _person_classes()["person_roles"]
    # "officer" and "policeman" name one role: the same man told with another word
    return heads[0] == heads[1] or (roles.get(heads[0]) is not None and roles.get(heads[0]) == roles.get(heads[1]))


# a person noun, then (", " or " as ", an age) a run of capitalised words: "identified the suspect as Gary
# Holt", "the gunman, Ray Smith,", "identified the victim as 38-year-old Dana Whitcombe", "suspect Ray Smith"
_TOLD_AS = re.compile(
    r"\b([a-z]+)(?:,\s+|\s+as\s+|\s+)(?:(?:a|an|the)\s+)?(?:\d+-year-old\s+|aged\s+\d+,?\s+)?"
    r"((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){0,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _told_as(text: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Which person nouns the text gives each name, and which names each person noun: name → nouns, noun → names
    (surnames and given names alike)."""
    nouns: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for m in _TOLD_AS.finditer(text):
        noun = _person_head(m.group(1))
        if noun is None:
            continue
        for name in _names(m.group(2)):
            nouns.setdefault(name, set()).add(noun)
            names.setdefault(noun, set()).add(name)
    return nouns, names


def _told_apart(head: str | None, names: list[str], text: str) -> bool:
    """A person told by a role ("the suspect") and one told by a bare name ("Whitcombe"): the name matches only
    the person the text tells with it. Apart when the text gives the role another name ("the suspect as Gary
    Holt") or gives the name a person of another side ("the victim as Dana Whitcombe" beside the suspect); a
    name told with no noun, or only with a word that tells no side ("the man", "his father"), may be anyone. Only
    roles (offender, police, bystander: data/quantifiers.yaml person_roles) tell sides."""
    roles = _person_classes()["person_roles"]
    role = roles.get(head or "")
    # a name is capitalised inside a sentence somewhere ("identified the victim as Dana Whitcombe"); "Patrolman
    # died" opens a sentence with a common noun
    names = [n for n in names if re.search(r"(?<![.!?\"“”—:])\s" + re.escape(n) + r"\b", text)]
    if role is None or not names:
        return False  # "his father", "the soldier husband": a word of kin or trade tells no side
    nouns_of, names_of = _told_as(text)
    if names_of.get(head or "") and not names_of[head or ""] & set(names):
        return True  # the suspect is Holt: not Whitcombe
    told = set().union(*(nouns_of.get(n, set()) for n in names))
    # the name told as a person of another side: "the victim" beside an offender, a police word beside a suspect
    other = {roles[n] for n in told if n in roles} | ({"victim"} if "victim" in told else set())
    return bool(other) and role not in other and (role == "offender" or "victim" not in other)


def _person_head(group: str | None) -> str | None:
    """The person noun heading a group ("young mother of three" → mother); None for a name or a non-person."""
    words = [w for w in (group or "").split(" of ")[0].split() if not any(ch.isdigit() for ch in w)]
    if not words or all(w[:1].isupper() for w in words):
        return None
    head = words[-1].lower()
    known = _vocab()["people"] | _single_vocab()["singular_persons"]
    for form in (head, head.rstrip("s"), head[:-2] + "an" if head.endswith("en") else head):
        if form in known:
            return form.rstrip("s")
    return None


_ALSO = re.compile(r"\b(?:also|too|as well|another|second|third|other)\b", re.I)


def _another(group: str | None) -> bool:
    first = (group or "").lower().split(" ")[0]
    return first in ("another", "other") or first in _single_vocab()["ordinal_persons"]
