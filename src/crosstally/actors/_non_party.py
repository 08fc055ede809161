"""Unresolved mentions that are no party to the event: outlets and monitors, figures, things, places, voices,
descriptions, and what a crowd protested about.

Why: such words give a sentence a subject but the event no actor; left in, they hide the actor ACLED's conventions
would supply (an unidentified armed group, the crowd, the civilians hit).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..records import ActorMention, Event, Extraction
from ..vocab import load_vocab
from ._kb import ActorKB, actor_key, country_code
from ._mention import _POST_MODIFIER, _fallen_leader


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


@lru_cache(maxsize=1)
def _facility_heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_vocab("actor_generic")["entries"].get("facility_heads") or ())


@lru_cache(maxsize=1)
def _pointers() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_vocab("actor_generic")["entries"].get("pointers") or ())


def _thing_word(word: str, *, endings: bool = True) -> bool:
    heads = _thing_heads()
    singular = [word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""]
    if any(w in heads for w in singular if w):
        return True
    if not endings:
        return False
    suffixes, people = _abstract_rules()
    return word not in people and singular[1] not in people and any(w.endswith(suffixes) for w in singular if w)


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
        if after.strip().lower() in _pointers():
            continue  # "one of them": points back at people named before, names no one new
        words = re.findall(r"[\w'-]+", before)
        if words and words[-1].lower() in ("part", "parts") and after:
            words = re.findall(r"[\w'-]+", after)
        if not words:
            return False
        word = words[-1]
        if len(words) > 1 and word.istitle() and word.lower() in _facility_heads():
            continue  # "Karaba Secondary School", "Tahrir Square": where it happened, not who acted
        if word.islower():
            if not _thing_word(word):
                return False
        # "FATALITIES" in a note's header, "Coffins" opening a sentence: the word list only, never an ending (an
        # acronym or a name may end like an abstraction)
        elif not ((word.isupper() and len(word) > 4) or (word.istitle() and len(words) == 1 and len(parts) == 1)) \
                or not _thing_word(word.lower(), endings=False):
            return False
    return True


@lru_cache(maxsize=1)
def _crowd_types() -> frozenset[str]:
    return frozenset(load_vocab("actor_codebook")["entries"]["crowd"])


def _grievance_role(ev: Event) -> bool:
    """Is actor2 of this event a force or nobody (a protest whose crowd is actor1), so that an unresolved
    description there can only be what the crowd protested about? Riots keep theirs (the civilians hit)."""
    cb = load_vocab("actor_codebook")["entries"]
    return (ev.event_type in _crowd_types() and ev.event_type not in cb["target_civilians"]["unresolved_in"]
            and (ev.sub_event_type or "") not in cb["force_against_crowd"])


_DENIES = re.compile(r"\s*(?:,\s*which\s+|\s+)?(?:(?:has|have|had|also|later|quickly|swiftly)\s+)*(?:denied|denies|rejected|"
                     r"disowned|distanced (?:itself|themselves) from)\s+(?:any\s+|all\s+)?(?:involvement|responsibility|"
                     r"role|part|links?|claims?|the attack|the bombing|the killing|firing)", re.IGNORECASE)
_ACCUSED = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|held responsible)\b", re.IGNORECASE)
_CLAIMED_IT = re.compile(r"\bclaim(?:ed|s)?\s+(?:responsibility|the attack)\b", re.IGNORECASE)


def denies_after(text: str, end: int) -> bool:
    """Is the name ending at ``end`` the subject of a denial ("TTP denied involvement", "the RSF, which denied
    firing"), in a text where no one claims the act?

    Why: ACLED codes the attacker the reports establish; a group named only to say it denies the act is not it (the
    classifier already blanks denied clauses; the sides did not)."""
    # (an accusation keeps the accused: "SAF accused the RSF, which denied firing" is ACLED's RSF shelling)
    return (_DENIES.match(text, end, min(len(text), end + 80)) is not None and _CLAIMED_IT.search(text) is None
            and _ACCUSED.search(text) is None)


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


# where a noun phrase's head ends: a post-modifier, a locative or a relative clause after it ("a Safaricom mast outside
# Kotulo", "a saloon car alight in Thika")
_AFTER_HEAD = re.compile(r"\s+(?:in|near|from|wearing|dressed|at|on|over|outside|inside|along|across|around|behind|"
                         r"beside|towards?|into|onto|under|beyond|alight|ablaze|who|whom|whose|which|that|loyal|"
                         r"allied|linked|belonging|with|without|against|for|to|by|after|during|before|as)\b"
                         r"|\s*[,;:(]", re.IGNORECASE)
# quantity and part words before "of" ("packets of", "a group of", "part of"): the head is after "of" only for these
_PART_OF = frozenset({"part", "parts", "some", "most", "many", "one", "two", "three", "dozens", "scores", "hundreds",
                      "thousands", "number", "numbers", "handful", "rest", "majority", "minority", "several", "few",
                      "each", "both", "all", "none", "any", "pair", "couple"})


@lru_cache(maxsize=1)
def _people_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words for people or groups (actor_generic.yaml ``people_nouns``, the generic nouns' heads, role words,
    people_heads, the voices' nouns, the community templates' nouns) and the agent-noun endings."""
    gen = load_vocab("actor_generic")["entries"]
    words = {str(w).lower() for w in gen.get("people_nouns") or ()}
    words |= {str(w).lower() for w in gen.get("people_heads") or ()}
    words |= {str(w).lower() for w in gen.get("role_words") or ()}
    for g in gen.get("generics") or ():
        for n in g.get("nouns") or ():
            key = actor_key(str(n)).split()
            if key:
                words.add(key[-1])
    voices = load_vocab("actor_codebook")["entries"]["voices"]
    for n in (*voices["nouns"], *voices["offices"]):
        words.add(str(n).lower().split()[-1])
    for tpl in load_vocab("actors").get("templates") or ():
        for alias in tpl.get("aliases") or ():
            words.update(w for w in actor_key(str(alias).replace("{group}", " ")).split())
    return frozenset(words), tuple(str(e) for e in gen.get("agent_endings") or ())


def _people_word(word: str) -> bool:
    words, endings = _people_words()
    w = word.lower()
    if w in _quantity_words():
        return False  # 'three', 'several': how many, not who
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w}
    return bool(forms & words) or (len(w) > 4 and w.endswith(endings))


def names_no_one(mention: str) -> bool:
    """Is an unresolved mention headed by a word that names no people nor group ('a peace deal', 'the switch', 'a
    quarry', 'packets of crystal meth near the border', 'a feud over a stolen bull', 'a saloon car alight in Thika')?

    Why (round 28): an actor is a group of people or an organisation (ACLED Codebook, 'Actors'); an unresolved
    description kept as an actor name must say who. The head decides: the last word before a post-modifier, a
    locative or a clause, or after 'of' when only a quantity or a part comes before it; one conjunct that names
    people is enough ('soldiers and vehicles'). A capitalised head may be an organisation's name and is kept;
    a lower-case head must be a word for people or a group (``people_nouns``, generic nouns, role words) or an agent
    noun ('growers', 'harvesters', 'presenter'), or such a word must stand before it ('young men angry at')."""
    head = _AFTER_HEAD.split(mention.strip(), maxsplit=1)[0].strip()
    parts = [p for p in _CONJUNCTS.split(head) if p.strip()]
    if not parts:
        return False
    for part in parts:
        before, of, after = part.partition(" of ")
        if of and re.search(r"\b[A-Z]", after):
            return False  # "third straight day of SNA attempts": the name after "of" may be whose act it was
        words = re.findall(r"[^\W\d_][\w'-]*", before)
        if of and after.strip() and (not words or words[-1].lower() in _PART_OF):
            words = re.findall(r"[^\W\d_][\w'-]*", after)
        if not words:
            continue
        # the head, or a word before it for people ('young men angry at prices', 'a herder watering camels')
        if not words[-1].islower() or any(w.islower() and _people_word(w) for w in words):
            return False
    return True
