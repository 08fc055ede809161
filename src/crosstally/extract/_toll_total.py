"""An event's toll for one kind of harm (toll, _toll): figures of earlier events, replaced or unconfirmed figures
left out, a headline's summary counted once with its body, and each voice's total kept as an alternative when it
is a rival telling of the same toll."""

from __future__ import annotations

import re

from ..records import Count, Fatalities
from ._doc_basics import _SHORT_DOC
from ._toll_replaced import _drop_revised, _unconfirmed, is_superseded
from ._toll_sums import _additive, _claim_total, _class_figures, _group_class
from ._toll_voices import _CLAUSE_BREAK, _CONFLICTING, _DISPUTED, _SET_APART, _one_told_alone, _voice_of
from ._tolls._earlier import _earlier_event, _earlier_year, _recent
from ._tolls._persons import _OWN_HAND as _COUNT_OWN_HAND
from ._tolls._persons import _person_head
from ._tolls._terms import SELF_METHOD, _person_classes


def toll(counts: list[Count], kind: str = "killed", text: str = "") -> Fatalities:
    """The event's total for one kind of harm (killed, injured, ...) by the same rule as its fatalities.

    Why: a reader of the claims (the eval, an export) must total "a man was shot ... another man was shot" as 2
    and "two were hurt ... the two wounded" as 2, exactly as extraction totals deaths; ``text`` (the document's
    cleaned text) lets figures the document says it replaced drop out.
    """
    return _toll([c for c in counts if c.kind == kind], text, recent=bool(text) and _recent(text, counts))


_TITLE_CHARS = 400  # a scraped page's title (and its outlet) ends within this: ingest.clean_text's reach


# "were killed. Two", "said." at the paragraph's end: a sentence's stop ("Gasconade Co. | News" is none)
_SENTENCE_STOP = re.compile(r"[a-z0-9%][.!?][\"”’')\]]*(?:\s+[\"“]?[A-Z][a-z]|\s*$)")


def _title_end(text: str) -> int:
    """Where the page title ends: the first paragraph break in the document's top, else 0 (no title line). A first
    paragraph that holds a sentence's full stop is a lead paragraph, not a title ("Three soldiers were killed.")."""
    i = text.find("\n\n", 0, _TITLE_CHARS)
    if i <= 0 or _SENTENCE_STOP.search(text, 0, i):
        return 0
    return i


def _headline_split(text: str, counts: list[Count]) -> tuple[list[Count], list[Count]]:
    """The figures told in the title line and those told below it."""
    end = _title_end(text)
    head = [c for c in counts if end and c.evidence and c.evidence[0].end <= end]
    return head, [c for c in counts if all(c is not h for h in head)]


def _summary_and_body(head: Fatalities, body: Fatalities) -> Fatalities:
    """A headline sums up the toll its article tells ("2 dead, 1 hurt | ... a third man was injured"): told twice,
    counted once. The larger telling wins, so a toll told only in the headline is kept."""
    if head.low is None:
        return body
    if body.low is None:
        return head
    low = max(head.low, body.low)
    highs = [h for h in (head.high, body.high) if h is not None]
    high = max(highs) if highs and max(highs) > low else None
    return Fatalities(low=low, best=low, high=high)


def _toll(killed: list[Count], text: str = "", lead: list[Count] | None = None, recent: bool = False) -> Fatalities:
    """Voices, alternatives and supersession over counts of one kind (see ``_fatalities``). ``recent``: the document
    tells harm of its own incident, so tolls it dates to an earlier year are background."""
    if text:  # deaths of an earlier or separately coded event are not this event's toll
        # ... but an event whose every figure is a period's tally is that tally's own event ("more than 300 killed in
        # the state since January", told as a province-wide running total): the tally is its toll
        killed = ([c for c in killed if not _earlier_event(text, c)]
                  or [c for c in killed if not _earlier_event(text, c, periods=False)])
        if recent:
            killed = [c for c in killed if not _earlier_year(text, c)]
    if not killed:
        return Fatalities()
    current = [c for c in killed if not (text and is_superseded(text, c))] or killed
    if text and len(text) > _SHORT_DOC:
        current = [c for c in current if not _retold_definite(c, current)] or current
    if text:  # "two guards died ... five more deaths were feared but remain unconfirmed": the confirmed toll
        confirmed = [c for c in current if not _unconfirmed(text, c)]
        current = confirmed or current
    # "several others hurt ... Five others were wounded": a vague figure yields to an exact one of the same people
    exact_heads = {_head(c.group) for c in current if c.qualifier != "vague" and c.group}
    current = [c for c in current if c.qualifier != "vague" or _head(c.group) not in exact_heads] or current
    if any(c.qualifier != "vague" and c.low >= 1 for c in current):
        # "71 soldiers were killed and an unknown number of attackers died": the untold figure adds no one certain
        # beside a stated one (ACLED's lowest credible figure); told alone it stays ACLED's 10
        current = [c for c in current if not (c.qualifier == "vague" and _UNTOLD.search(c.phrase or ""))]
        if text and len(text) <= _SHORT_DOC:
            # "gunmen killed several villagers ... officials said four people died": a note's vague figure stands
            # only where no figure is given; the stated figure of "people" counts the same victims
            current = [c for c in current if not (c.qualifier == "vague" and any(
                c.group and o.qualifier != "vague" and _head(o.group) in _GENERIC for o in current))]
    if text:
        current = _drop_revised(text, current)
        head, body = _headline_split(text, current)
        if head and body and all(c.qualifier == "vague" for c in head) and any(c.qualifier != "vague" for c in body):
            head = []  # "several others hurt" above "Five others were wounded": the body's figure says how many
            current = body
        # "Man killed estranged wife, then himself | ... then fatally shot himself": the body tells only the shooter's
        # own death, which adds to the victims the title counts rather than summing the story up again
        self_only = bool(body) and all(c.method == SELF_METHOD for c in body) and any(
            c.method != SELF_METHOD for c in head)
        if head and body and not self_only:
            return _summary_and_body(_toll(head, text, lead, recent), _toll(body, text, lead, recent))
    # a note that says its sources' tolls disagree ("reports of the toll varied widely: the group said it killed
    # 30 soldiers, while a news outlet reported 12 dead"): each clause is a rival telling of the same toll, and
    # ACLED codes the lowest
    disputed = bool(text) and len(text) <= _SHORT_DOC and _DISPUTED.search(text) is not None

    def voice(c: Count) -> str:
        key = _voice_of(text, c)
        if disputed and c.evidence:
            key += f"#{len(_CLAUSE_BREAK.findall(text, 0, c.evidence[0].start))}"
        return key

    voices: dict[str, list[Count]] = {}
    shared: list[Count] = []  # the note's own "also" figure after rival claims: one more in every telling
    prev = ""
    for c in sorted(current, key=lambda c: c.evidence[0].start if c.evidence else 0):
        # "Police said 3 ...; Al Shabaab claimed 12. Two attackers were also killed": the note's own figure adds
        # to each rival telling (ACLED: 3 + 2), not to the last claimant's alone
        if (_additive(c) and len(voices) > 1 and prev and c.method != SELF_METHOD and voice(c) == ""
                and _group_class(c.group) not in {_group_class(x.group) for x in voices.get(prev, [])}):
            shared.append(c)
            continue
        # "another man was shot" adds to the toll told before it, whoever is cited for either sentence; a voice that
        # already told a figure and now adds to it ("The army said three guards died, while the rebels claimed 12.
        # Two rebels also died, the army added") adds to its own figure, not to the last voice's
        own = voice(c)
        key = (own if own and own in voices else prev) if _additive(c) and (prev in voices or own in voices) else own
        if key == _CONFLICTING and key in voices and not _additive(c):
            key = f"{key}#{len(voices)}"  # "conflicting reports say 9 ... or 2": rival figures, never repeats
        voices.setdefault(key, []).append(c)
        prev = key
    totals = {k: _claim_total(v) for k, v in voices.items()}
    if shared:
        totals = {k: (t + sum(c.low for c in shared), cls) for k, (t, cls) in totals.items()}
    first = [c for c in (lead or []) if any(c is x for x in current) and all(c is not x for x in shared)]
    if not first:
        first = sorted(current, key=lambda c: c.evidence[0].start if c.evidence else 0)[:1]
    main_key = voice(first[0])
    main, main_cls = totals[main_key]
    main_by = _class_figures(voices[main_key])
    alternatives = [main]
    for key, (total, cls) in totals.items():
        if key == main_key:
            continue
        if text and _own_death_beside_victims(voices[main_key], voices[key], text):
            alternatives[0] = main = main + total  # the shooter's own death and his victims': other people
            continue
        if text and len(text) <= _SHORT_DOC and _each_side_own_dead(voices[main_key], voices[key], main_key, key):
            alternatives[0] = main = main + total  # "Yerevan reported two of its soldiers killed. Baku said one
            continue  # of its own died": each side's own losses, other people
        if text and len(text) <= _SHORT_DOC and _other_side_told(main_cls, cls, key, main_key):
            alternatives[0] = main = main + total  # "killing two officers. Police said three attackers died"
            continue
        other_by = _class_figures(voices[key])
        if (total < main and other_by and "generic" not in other_by
                and all(main_by.get(k) == v for k, v in other_by.items())):
            continue  # "two civilians" beside the main voice's "three people ... two civilians": a part, told again
        if total < main and _one_told_alone(voices[key], key):
            continue  # "2 dead ... One man died at the scene": a single victim of that toll, not a rival toll
        overlapping = "generic" in cls or "generic" in main_cls or bool(cls & main_cls)
        # reports the note itself sets against each other ("initial reports of 3 ..., later reports of one") tell
        # the same toll, however far apart: the factor two only guards a claimant's figure of unknown scope
        set_apart = _SET_APART in key or _SET_APART in main_key or disputed
        if overlapping and (set_apart or (main <= total * 2 and total <= main * 2)):
            if set_apart and all(c.qualifier == "vague" for c in voices[main_key]) and all(
                    c.qualifier != "vague" for c in voices[key]):
                alternatives[0] = total  # "the bodies of dozens ...; the authority said 43 were killed": the count
            alternatives.append(total)
    low = min(alternatives)
    high: int | None = max(alternatives) if len(alternatives) > 1 else None
    # "the number killed ... rose to three": the toll as it now stands, an update over time, not a rival claim
    risen = [c.low for c in current if c.qualifier == "exact" and _RISEN.search(c.phrase or "")]
    if risen and max(risen) > low and max(risen) in alternatives:
        low = max(risen)
    highs = [c.high for c in current if c.high is not None]
    if highs:
        high = max(high or 0, *highs)
    if high is not None and high < low:
        high = low if all(c.high is not None for c in current) else None
    return Fatalities(low=low, best=low, high=high)


# a self-inflicted death told in the count's sentence: "the gunman had died of a self-inflicted wound"
# (the counts' own reading of a death by one's own hand, plus the act told as turning the gun on oneself)
_OWN_HAND = re.compile(_COUNT_OWN_HAND.pattern + r"|\bturned\s+the\s+(?:gun|weapon|rifle|pistol|handgun)\s+on\s+"
                       r"(?:him|her)self\b", re.I)


# "the bodies of the three girls", "the two boys": a definite figure names people the story has told already
_DEFINITE = re.compile(r"^(?:(?:the\s+)?(?:bod(?:y|ies)|remains|corpses)\s+of\s+)?the\s+(?!other\b|(?:\w+\s+)?(?:more|others?|"
                       r"additional)\b)\w+", re.I)


def _retold_definite(c: Count, counts: list[Count]) -> bool:
    """'killing his four children and his wife ... the bodies of the two girls were found': a definite figure of
    victims (not the attackers) told after a larger figure of the same harm is a part of those told again."""
    if not c.evidence or c.method == SELF_METHOD or not _DEFINITE.match(c.phrase or ""):
        return False
    if _group_class(c.group).startswith("armed"):
        return False  # "police shot dead the two gunmen": the attackers are more people
    start = c.evidence[0].start
    return any(o is not c and o.evidence and o.evidence[0].end <= start and o.low >= c.low and o.method != SELF_METHOD
               and not _DEFINITE.match(o.phrase or "") for o in counts)


def _shooters_own_death(c: Count, text: str) -> bool:
    """One offender ("the suspect", "the gunman") dead by his own hand, as the sentence that tells it says."""
    if c.low != 1 or not c.evidence:
        return False
    if c.method != SELF_METHOD and _person_classes()["person_roles"].get(_person_head(c.group) or "") != "offender":
        return False
    a = c.evidence[0].start
    stop = re.search(r"[.!?](?:\s|$)", text[c.evidence[0].end :])
    b = c.evidence[0].end + (stop.start() if stop else 200)
    return _OWN_HAND.search(text, max(0, a - 80), b) is not None


def _own_death_beside_victims(one: list[Count], other: list[Count], text: str) -> bool:
    """Two voices, one telling only the shooter's death by his own hand and the other only named or particular
    victims ("Deputies say the gunman lay dead of a self-inflicted wound ... The nurse has died, her employer
    said"): GVDB lists both, so the figures add; they are never rival tellings of one toll. A generic figure
    ("two dead") may already hold the shooter, so it stays a rival."""
    def shooter_only(vs: list[Count]) -> bool:
        return bool(vs) and all(_shooters_own_death(c, text) for c in vs)

    def victims_only(vs: list[Count]) -> bool:
        return bool(vs) and all(_group_class(c.group) != "generic" and not _shooters_own_death(c, text)
                                and _person_classes()["person_roles"].get(_person_head(c.group) or "") != "offender"
                                for c in vs)

    return (shooter_only(one) and victims_only(other)) or (shooter_only(other) and victims_only(one))


_SIDES = frozenset({"armed_state", "armed_nonstate"})
# who reports the enemy's dead after an attack on its own: the forces or the authorities, not a party's own claim
# (voice keys drop a plural's "s": "authorities" is "authoritie", "troops" is "troop")
_AUTHORITY = re.compile(r"^(?:police|officials?|authorit(?:y|ies?)|army|military|soldiers?|troops?|kdf|government|"
                        r"(?:county|regional|security|military|army|police)\s+\w+)$", re.I)


# "two of its soldiers", "one of their own": a party's figure of its own people
_OWN_SIDE = re.compile(r"\bof\s+(?:its|their)\s+(?:own\b|[\w-]+)", re.I)


def _each_side_own_dead(one: list[Count], other: list[Count], key_one: str, key_other: str) -> bool:
    """Two cited parties that each tell their own dead ("Yerevan reported two of its soldiers killed. Baku said
    one of its own died"): each side's losses, other people, so the figures add (not two tellings of one toll)."""
    if not key_one or not key_other or key_one.startswith("(") or key_other.startswith("("):
        return False
    return all(_OWN_SIDE.search(c.phrase or "") for c in one + other)


def _other_side_told(main_cls: frozenset[str], cls: frozenset[str], key: str, main_key: str = "") -> bool:
    """A note's toll of one side of a clash (the officers killed) and the authorities' figure of the other side
    (the attackers they killed or found dead): other people, so the figures add (ACLED's fatalities count every
    side), in either order ("The army said 20 raiders were killed; two soldiers died": the note's own figure after
    the authority's). Not a rival telling of the same dead, nor a party's claim of its enemy's losses."""
    if len(main_cls) != 1 or len(cls) != 1 or main_cls | cls != _SIDES:
        return False
    return _AUTHORITY.match(key) is not None or (key == "" and _AUTHORITY.match(main_key) is not None)


_RISEN = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|grew)\s+to\b", re.I)


_UNTOLD = re.compile(r"\b(?:unknown|unspecified|undisclosed|undetermined|untold|uncounted)\s+(?:number|figure)\b", re.I)
_GENERIC = frozenset({"people", "persons", "person"})


def _head(group: str | None) -> str:
    words = (group or "").lower().split()
    return words[-1] if words else ""
