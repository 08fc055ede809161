"""Deaths told after the hurt: "one of them later died", "was later pronounced deceased", the shot who survived."""

from __future__ import annotations

import re
from functools import lru_cache

from ...records import Count
from ...records import Span as CharSpan
from ...vocab import load_vocab
from .._doc_basics import _scope_res
from .._toll_total import toll
from ._merge import _head_word, _norm_group
from ._persons import _person_class, _person_head
from ._terms import (
    DIED_AMONG_METHOD,
    DIED_METHOD,
    METHOD,
    SHOT_METHOD,
    SURVIVORS_METHOD,
    _person_classes,
    _single_vocab,
)

_THEN_DIED = re.compile(r"[^.;:!?]{0,50}?\b(?:later\s+)?(?:died|succumbed)\b")


def _wounded_then_died(counts: list[Count], text: str, offset: int) -> None:
    """"Eight workers were killed; a soldier wounded in the exchange died two days later": the one hurt person a
    clause tells dead is one more death (ACLED adds later deaths from the event's wounds), unless the sentence
    already tells that death as a figure ("... died, bringing the number of dead to three")."""
    for c in counts:
        if c.kind != "injured" or c.low != 1 or not c.evidence or not re.match(r"an?\s", c.phrase or "", re.I):
            continue
        end = c.evidence[0].end - offset
        m = _THEN_DIED.match(text, end)
        if not m or re.search(r"\b(?:who|whom|when|after|as|while)\b", m.group(0)):
            continue  # "a man wounded by the gunman who died": another person's death
        stop = re.search(r"[.!?](?:\s|$)", text[end:])
        sent_end = end + stop.start() if stop else len(text)
        # "A boy wounded in a shooting at a Gary park on Sunday died Monday": a death read on a noun inside the
        # clause between the hurt person and his verb of dying is his own death misread, not another one
        inside = [o for o in counts if o.kind == "killed" and o.low == 1 and o.high == 1 and o.evidence
                  and end <= o.evidence[0].start - offset and o.evidence[0].end - offset <= m.end()]
        if any(o.kind == "killed" and o.evidence and end <= o.evidence[0].start - offset < sent_end
               and not any(o is i for i in inside) for o in counts):
            continue
        for o in inside:  # the same death told again elsewhere ("Stokes died at the scene") is another person's
            o.evidence = [e for e in o.evidence if e.start - offset >= sent_end]
            if o.evidence:
                o.phrase = text[o.evidence[0].start - offset : o.evidence[0].end - offset]
        counts[:] = [o for o in counts if not any(o is i for i in inside) or o.evidence]
        c.kind, c.method = "killed", DIED_AMONG_METHOD


def _died_of_the_hurt(counts: list[Count], parts: list[Count]) -> None:
    """'Two men were wounded. One of them later died': the one who died is no longer among the hurt (GVDB codes
    each victim once, killed or injured; the death is counted as told)."""
    def start(c: Count) -> int:
        return c.evidence[0].start if c.evidence else 0

    for d in parts:
        if re.match(r"[\w-]+\s+of\s+(?:the\s+)?(?:dead|deceased|killed|bodies|fatalities)\b", d.phrase or "", re.I):
            continue  # "Two of the dead were children": a part of the killed, never a death among the hurt
        # "one of them, a 40-year-old man, died": the group is the apposition, the part still of those told
        of_them = re.match(r"\w+\s+of\s+them\b", d.phrase or "", re.I) is not None
        # "Three men were wounded ... one of the men, Derrick Shaw, had died": the part names the hurt figure's own
        # people, so it is one of them (checked against that figure below)
        of_the = re.match(r"\w+\s+of\s+(?:the|those|these)\s+([a-z-]+)\b", d.phrase or "", re.I)
        if _head_word(d.group) not in ("", "them", "injured", "wounded", "hurt", "victim") and not of_them and not of_the:
            continue
        hurt = [c for c in counts if c.kind == "injured" and c.method == METHOD and start(c) < start(d)
                and c.low > d.low and c.high == c.low]
        if of_the and not of_them and _head_word(d.group) not in ("", "them", "injured", "wounded", "hurt", "victim"):
            hurt = [c for c in hurt if _head_word(c.group) == of_the.group(1).lower().rstrip("s")]
        told = [c for c in counts if c.kind in ("killed", "injured") and c is not d and start(c) < start(d)]
        if hurt and any(max(told, key=start) is c for c in hurt):  # a part of the hurt told last before it
            h = max(hurt, key=start)
            h.low = h.high = h.low - d.low
            h.method, h.confidence = SURVIVORS_METHOD, 0.5
            h.evidence = h.evidence[:1] + d.evidence[:1]  # the figure hurt, then the part of it that died


# "five others were wounded, including the woman who died": one of the hurt figure died after all
_DIED_AMONG = re.compile(
    r"[^.;!?]{0,40}?,?\s*\b(?:including|among\s+them)\s+((?:the|a|an|one)\s+(?:[\w-]+\s+){0,3}?([a-z]+))\s+"
    r"(?:who|that)\s+(?:later\s+|has\s+since\s+|since\s+|then\s+|eventually\s+|subsequently\s+)?"
    r"(?:died|succumbed)\b", re.I)


def _died_among_the_hurt(counts: list[Count], text: str, base: int = 0) -> list[Count]:
    """'Five others were wounded, including the woman who died': she is killed, not hurt (GVDB codes each victim
    once), so the hurt figure loses one and, unless a running toll told in the text already holds her ("the death
    toll rose to three"), one death is added to those told before."""
    out = list(counts)
    running = any(c.kind == "killed" and re.search(r"\b(?:toll|tally)\b", c.phrase or "", re.I) for c in counts)
    added: set[str] = set()
    told: list[tuple[int, int]] = []  # the spans of "the woman who died" among the hurt
    for h in counts:
        if h.kind != "injured" or h.method != METHOD or h.low < 2 or h.high != h.low or not h.evidence:
            continue
        end = h.evidence[0].end - base
        m = _DIED_AMONG.match(text, end) if 0 <= end <= len(text) else None
        if m is None or m.group(2).lower() not in _single_vocab()["singular_persons"]:
            continue
        a, b = base + m.start(1), base + m.end()
        h.low = h.high = h.low - 1
        h.method, h.confidence = SURVIVORS_METHOD, 0.5
        h.phrase = text[h.evidence[0].start - base : m.end()]
        h.evidence = [h.evidence[0], CharSpan(a, b)]  # the figure hurt, then the one of them who died
        told.append((a, b))
        if not running and m.group(2).lower() not in added:  # told again ("the woman who died"): one death
            added.add(m.group(2).lower())
            out.append(Count(kind="killed", low=1, high=1, qualifier="exact", group=m.group(2).lower(),
                             evidence=[CharSpan(a, b)], phrase=text[a - base : b - base], method=DIED_AMONG_METHOD,
                             confidence=0.5))
    if added:  # the sentence parser's own count of a telling read here ("the woman who died") is that one death
        out = [c for c in out if not (c.kind == "killed" and c.method != DIED_AMONG_METHOD and c.low == 1 and c.high == 1
                                      and c.evidence and any(a <= c.evidence[0].start and c.evidence[0].end <= b
                                                             for a, b in told))]
    return out


_LATER_PART = re.compile(r"\b(?:later|subsequently|afterwards)\b|\bsuccumb", re.I)


def _among_hurt(c: Count) -> bool:
    """A part that died after the others ("one of the officers later died", "one of the wounded officers died")."""
    return bool(_LATER_PART.search(c.phrase or "")) or bool(
        {"wounded", "injured", "hurt"} & set((c.group or "").lower().split()))


def _part_of(c: Count, counts: list[Count]) -> bool:
    """'Two of the bodies were burnt': a part of victims already counted. 'Three of the gunmen were killed' after
    "two soldiers were killed" names other people: a part only of a count of the same (or an unnamed) group."""
    head = _head_word(c.group)
    if c.kind == "killed" and _among_hurt(c) and any(
            o.kind == "injured" and o.evidence and c.evidence and o.evidence[0].start < c.evidence[0].start
            for o in counts):
        return False  # "killing 2 officers and injuring 4. One of the officers later died": one of the hurt
    generic = {w.rstrip("s") for w in _single_vocab()["generic_persons"]} | {"bodie", "dead", "deceased", "casualtie"}
    return any(o.kind == c.kind and o.low >= c.low and (not head or head in generic or not o.group
                                                        or head in {w.rstrip("s") for w in _norm_group(o.group).split()})
               for o in counts)


def _later_death(counts: list[Count], text: str) -> list[Count]:
    """The lone person shot, fate untold, died when the document says a death happened but names no other dead
    ("a woman was shot ... was later pronounced deceased"): that Count moves from injured to killed. Several shot
    and some dead ("three people were shot, one fatally"): the others lived, and are the injured."""
    if any(c.kind == "killed" and c.qualifier != "vague" for c in counts):
        return _survivors(counts, text)
    # "Jasmine Whitt, 28, was shot in the leg and is in fair condition": told alive, not the one who died
    shot = [c for c in counts if c.kind == "injured" and c.method == SHOT_METHOD and c.low == 1
            and not _survived(text, c)]
    if not shot or not (_later_death_re().search(text) or _CARE_ENDED.search(text)):
        return counts
    first = min(shot, key=lambda c: c.evidence[0].start if c.evidence else 0)
    first.kind, first.method = "killed", DIED_METHOD
    return counts


# "was taken off life support Monday", "machines were switched off", "police confirmed his death": a death told by
# its cause or by its confirmation, with no verb of dying (GVDB: the victim is killed)
_CARE_ENDED = re.compile(
    r"\b(?:(?:taken|removed|disconnected)\s+(?:off|from)\s+(?:of\s+)?life\s+support|life\s+support\s+was\s+"
    r"(?:withdrawn|removed|ended|switched\s+off)|confirmed\s+(?:his|her|the)\s+death)\b", re.I)


def _survivors(counts: list[Count], text: str) -> list[Count]:
    """"Three people were shot ... one died": the figure shot less the document's toll is the injured (GVDB codes
    each victim shot as killed or injured). A figure no larger than the toll, or one told for a period ("400 people
    have been shot this year"), yields to the toll: who of the shot lived is untold."""
    several = [c for c in counts if c.kind == "injured" and c.method == SHOT_METHOD and c.low > 1]
    if not several:
        return counts
    roles = _person_classes()["person_roles"]
    # "police killed the gunman after he shot three people": the shooter is not one of those he shot
    deaths = [c for c in counts if c.kind == "killed" and c.qualifier != "vague"
              and not (c.low == 1 and roles.get(_person_head(c.group) or "") == "offender")]
    dead = toll(deaths, "killed", text).low or 0
    # the evidence of the survivors' figure: the figure shot, then the toll taken from it
    told = sorted((c for c in deaths if c.low == dead and c.evidence),
                  key=lambda c: c.evidence[0].start)
    out: list[Count] = []
    left = False
    for c in counts:
        if not any(c is s for s in several):
            out.append(c)
        elif dead == 0:
            out.append(c)  # the deaths told belong to an earlier or other event: the shot stay hurt
        elif (c.group or "").lower().split(" ")[0] in ("other", "others", "more", "additional"):
            out.append(c)  # "Two women were killed. Two other people who were hit remain hospitalized": besides the dead
        elif c.low > dead and c.high == c.low and not _scope_res()["period"].search(_sentence_at(text, c)):
            c.low = c.high = c.low - dead
            c.method, c.confidence = SURVIVORS_METHOD, 0.5
            if told:
                c.evidence = c.evidence[:1] + told[0].evidence[:1]
            out.append(c)
            left = True
    if left:
        # "Three shot, one dead ... one more man was critically wounded": a survivor told alone is one of the shot,
        # unless the text says he was hurt besides them ("a bystander was also wounded")
        out = [c for c in out if not (c.kind == "injured" and c.low == 1 and c.method != SURVIVORS_METHOD
                                      and not re.search(r"\balso\b", c.phrase or "", re.I))]
    return out


def _sentence_at(text: str, c: Count) -> str:
    """The sentence around a count's first evidence span (cut at sentence ends, at most 200 characters aside)."""
    if not c.evidence:
        return c.phrase
    a, b = c.evidence[0].start, c.evidence[0].end
    left = re.split(r"[.!?]\s", text[max(0, a - 200) : a])[-1]
    right = re.split(r"[.!?](?:\s|$)", text[b : b + 200])[0]
    return left + text[a:b] + right


@lru_cache(maxsize=1)
def _later_death_re() -> re.Pattern[str]:
    words = load_vocab("quantifiers")["entries"].get("later_death_phrases") or []
    alts = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.I) if alts else re.compile(r"(?!x)x")


_SURVIVAL = re.compile(
    r"\b(?:(?:in|listed\s+in)\s+(?:good|fair|stable|serious\s+but\s+stable)\s+condition|expected\s+to\s+"
    r"(?:survive|recover|live)|non-life-threatening|not\s+life-threatening|treated\s+and\s+released|survived"
    r"|(?:was|is|were|are)\s+(?:still\s+)?recovering|(?:released|discharged)\s+from\s+(?:the\s+)?hospital"
    r"|(?:and|was|were)\s+sent\s+home)\b",
    re.I)


_SAME_ONE = re.compile(r"\s*(?:(?:[A-Z][\w.]*\s+){1,3}said\s+(?:that\s+)?(?:he|she)\b|He|She"
                       r"|The\s+(?:man|woman|boy|girl|teen|teenager|child|victim))\b")  # "Pierce said he was released"


def _survived(text: str, c: Count) -> bool:
    """A lone person shot whom the text tells alive ("A woman was hit by a stray bullet ... She was in stable
    condition"): not the one who died, whatever the toll."""
    if not text or not c.evidence:
        return False
    a = c.evidence[0].start
    if not 0 <= a < len(text):
        return False
    m = re.search(r"[.!?](?:\s|$)", text[a:])
    end = a + (m.end() if m else len(text) - a)
    told = text[a:end]
    nxt = re.match(r"[^.!?]*[.!?]", text[end:])
    if nxt and _SAME_ONE.match(nxt.group(0)):
        told += nxt.group(0)
    return bool(_SURVIVAL.search(told))


def _death_read_in(counts: list[Count], a: int, b: int) -> bool:
    """Does a killed count already start inside text[a:b]? Then the grammar read that death itself."""
    return any(c.kind == "killed" and c.evidence and a <= c.evidence[0].start < b for c in counts)


# "One died on the spot and the other later died in hospital", "one was killed at the scene; the other succumbed
# on Tuesday": the other of the two dies too
_OTHER_DIED = re.compile(
    r"\b(?:one|the\s+first)\b(?:\s+[\w-]+){0,2}?\s+(?:died|was\s+killed|was\s+shot\s+dead|perished)\b[^.;!?]{0,60}?"
    r"(?:[,;.]\s*(?:and\s+|while\s+|but\s+)?|\s+(?:and|while|but|whereas)\s+)"
    # ("one youth was killed on the spot and another succumbed to a chest wound": "another" is that other)
    r"((?:the\s+other|another)(?:\s+(?:one|man|woman|victim|person))?\s+(?:(?:later|also|subsequently|then|too|eventually|"
    r"has\s+since|since)\s+)*(?:died|succumbed|was\s+killed|passed\s+away|perished))\b", re.I)


def _the_other_died(counts: list[Count], text: str, offset: int = 0) -> list[Count]:
    """'One died on the spot and the other later died in hospital': a second death told only by "the other" (ACLED
    counts both). Added only when the text tells no toll of two or more that would already hold him."""
    if any(c.kind == "killed" and c.low >= 2 for c in counts):
        return []
    got: list[Count] = []
    for m in _OTHER_DIED.finditer(text):
        a, b = offset + m.start(1), offset + m.end(1)
        first = offset + m.start()
        if not any(c.kind == "killed" and c.low == 1 and c.evidence and first <= c.evidence[0].start < a
                   for c in counts):
            continue  # the first death was not read as one: leave the pair alone
        if _death_read_in(counts, a, b):
            continue
        got.append(Count(kind="killed", low=1, high=1, qualifier="exact", group="other",
                         evidence=[CharSpan(a, b)], phrase=m.group(1), method=METHOD, confidence=0.5))
    return got


# "two people were shot ...; both died on the way to hospital", "Both men later succumbed": the pair told hurt died
_BOTH_DIED = re.compile(
    r"\b(?:(?P<pair>both|the\s+two)|(?P<all>they|all(?:\s+\w+)?))"
    r"(?:\s+(?:of\s+them|men|women|victims|people|brothers|officers|suspects))?\s+"
    # "and both have died": the perfect tells the same deaths as "both died" (an auxiliary, not a new fate)
    r"(?:(?:later|also|subsequently|then|eventually|have\s+since|have|had|has|since)\s+)*"
    r"(?:died|succumbed|were\s+killed|passed\s+away|perished|were\s+pronounced\s+dead)\b"
    # "shot the driver and his turn-boy; neither survived", "Neither man made it to hospital": the pair died
    r"|\b(?P<neither>neither)(?:\s+(?:of\s+them|man|woman|victim|one))?\s+(?:(?:later|then|eventually)\s+)?"
    r"(?:survived|made\s+it|lived|pulled\s+through)\b"
    # "Both were rushed to Grandview, where they died": the pair's death told in the clause of where they were taken
    r"|\b(?P<taken>both|the\s+two)(?:\s+(?:of\s+them|men|women|victims))?\s+were\s+(?:taken|rushed|transported|"
    r"flown)\s+to\s+[^.;!?]{0,50}?\bwhere\s+(?:they|both)\s+(?:later\s+)?(?:died|were\s+pronounced\s+dead)\b", re.I)


def _all_of(words: str, n: int) -> bool:
    """'all', 'all three' (when three were told hurt), never 'all but one'."""
    rest = words.lower().split()[1:]
    if not rest:
        return True
    num = load_vocab("quantifiers")["entries"]["numbers"].get(rest[0])
    return rest[0] == str(n) or num == n


def _both_died(counts: list[Count], text: str, offset: int = 0) -> None:
    """'Police shot two suspected robbers ... Both died on the spot' ('They died', 'All three died'): those counted
    hurt (fate untold) are those who died. The nearest figure of the hurt told before moves to killed (ACLED: a
    death; GVDB: killed, not hurt)."""
    for m in _BOTH_DIED.finditer(text):
        at = offset + m.start()
        if _death_read_in(counts, at, offset + m.end()):
            continue
        before = [c for c in counts if c.evidence and c.evidence[0].end <= at]
        if not before:
            continue
        last = max(before, key=lambda c: c.evidence[0].end)
        if last.kind != "injured" or last.low != last.high or last.low < 2 or ((m.group("pair") or m.group("neither") or m.group("taken")) and last.low != 2):
            continue  # the group is not the last told ("two were killed and two hurt; both died" is unclear)
        if m.group("all") and (last.method != SHOT_METHOD or not re.search(r"(?:^|[.!?;]\s+)$", text[: m.start()])
                               or re.search(r"\bkilled\b", m.group(0), re.I)):
            continue  # "they"/"all": only a sentence's subject, of people told shot (fate untold), who died
        if m.group("all") and m.group("all").lower() != "they" and not _all_of(m.group("all"), last.low):
            continue
        last.kind, last.method = "killed", DIED_METHOD
        last.evidence = [*last.evidence, CharSpan(at, offset + m.end())]


# "another was seriously injured ... The injured herder died on Friday", "the wounded officer later succumbed"
_HURT_ONE_DIED = re.compile(
    r"\bthe\s+(?:injured|wounded|hurt)(?:\s+[a-z-]+)?\s+(?:(?:later|also|subsequently|then|eventually|has\s+since|"
    r"since)\s+)*(?:died|succumbed|passed\s+away)\b", re.I)


def _hurt_one_died(counts: list[Count], text: str, offset: int = 0) -> None:
    """'a herder was shot dead and another was injured ... The injured herder died on Friday': the one person told
    hurt before is the one who died (ACLED adds deaths from the event's wounds). Only a lone hurt person told
    before, and only when no count already reads the death."""
    for m in _HURT_ONE_DIED.finditer(text):
        a, b = offset + m.start(), offset + m.end()
        if _death_read_in(counts, a, b):
            continue
        hurt = [c for c in counts if c.kind == "injured" and c.evidence and c.evidence[0].end <= a]
        if len(hurt) != 1 or hurt[0].low != 1 or hurt[0].high != 1:
            continue
        hurt[0].kind, hurt[0].method = "killed", DIED_AMONG_METHOD
        hurt[0].evidence = [*hurt[0].evidence, CharSpan(a, b)]


_OFFENDER_WORDS = re.compile(r"\b(?:suspect|suspects|gunman|gunmen|shooter|assailant|attacker|charged|arrested|"
                             r"accused)\b", re.I)


def _named_hurt_died(counts: list[Count], text: str, offset: int = 0) -> None:
    """'Two men were wounded ... Police identified them as Curtis Hensley and Omar Pitt. ... Hensley has died': a
    person named after the figure of the hurt, then told dead, is one of them, so that figure loses him (GVDB
    lists each victim once, killed or injured). Only a figure told wounded (the figure told shot already yields to
    the toll) and only when no other count is told between it and the naming."""
    def start(c: Count) -> int:
        return c.evidence[0].start if c.evidence else -1

    for d in counts:
        name = (d.group or "").split()
        if (d.kind != "killed" or d.low != 1 or d.high != 1 or not d.evidence or not name
                or not re.fullmatch(r"[A-Z][a-z'’-]+", name[-1]) or name[-1].lower() in _single_vocab()["singular_persons"]):
            continue
        at = start(d) - offset
        named = [m.start() for m in re.finditer(rf"\b{re.escape(name[-1])}\b", text[:at])]
        if not named:
            continue
        sent_start = max(text.rfind(". ", 0, named[0]), text.rfind("\n", 0, named[0])) + 1
        sent_end = text.find(". ", named[0])
        if _OFFENDER_WORDS.search(text[sent_start : sent_end if sent_end >= 0 else len(text)]):
            continue  # "Police named the suspect as Carl Dent": the shooter, not one of those he hurt
        before = [c for c in counts if c is not d and c.evidence and start(c) - offset < named[0]
                  and c.kind in ("killed", "injured")]
        if not before:
            continue
        h = max(before, key=start)
        if h.kind != "injured" or h.method != METHOD or h.low < 2 or h.high != h.low:
            continue
        if any(c is not d and c is not h and c.kind in ("killed", "injured") and c.evidence
               and start(h) < start(c) < start(d) for c in counts):
            continue
        h.low = h.high = h.low - 1
        h.method, h.confidence = SURVIVORS_METHOD, 0.5
        h.evidence = h.evidence[:1] + d.evidence[:1]


# "The second victim, Ms Ortiz, died Sunday", "the third man later died at the hospital": one of those told shot,
# named by rank (an optional apposition between), died
_NTH_DIED = re.compile(
    r"\bthe\s+(?:second|third|fourth|fifth|sixth)\s+(?:victim|man|woman|person|teen|teenager|boy|girl)"
    r"(?:\s*,\s*[^,.;!?]{1,40},)?\s+(?:(?:later|also|subsequently|then|eventually|has\s+since|had|has|since)\s+)*"
    r"(?:died|succumbed|passed\s+away)\b", re.I)


def _nth_victim_died(counts: list[Count], text: str, offset: int = 0) -> list[Count]:
    """'Three people were shot ... a woman died at the scene. The second victim, Ms Ortiz, died Sunday': the person
    named by rank is one of the figure shot, so one more death (the survivors are the figure less the dead). Only
    after a figure of two or more told shot or hurt, and only when no count already reads that death."""
    got: list[Count] = []
    for m in _NTH_DIED.finditer(text):
        a, b = offset + m.start(), offset + m.end()
        if _death_read_in(counts, a, b):
            continue
        if not any(c.kind == "injured" and c.method in (SHOT_METHOD, METHOD) and c.low >= 2 and c.high == c.low
                   and c.evidence and c.evidence[0].end <= a for c in counts):
            continue
        got.append(Count(kind="killed", low=1, high=1, qualifier="exact", group="victim",
                         evidence=[CharSpan(a, b)], phrase=m.group(0), method=DIED_AMONG_METHOD, confidence=0.5))
    return got


# "wounded another, who later died in hospital", "wounded his brother, who succumbed on Tuesday"
_WHO_DIED = re.compile(r"\s*,\s*who\s+(?:had\s+|has\s+)?(?:(?:later|since|subsequently|then|eventually)\s+)?"
                       r"(?:died|succumbed|passed\s+away)\b", re.I)


def _wounded_who_died(counts: list[Count], text: str, offset: int = 0) -> list[Count]:
    """'raiders shot dead a herder and wounded another, who later died': the one person told hurt, then by a
    relative clause dead, is one more death (ACLED adds deaths from the event's wounds); the clause's own reading
    of the same person ("his brother, who succumbed") is that death told again."""
    out = list(counts)
    for c in counts:
        if c.kind != "injured" or c.low != 1 or c.high != 1 or not c.evidence:
            continue
        end = c.evidence[0].end - offset
        m = _WHO_DIED.match(text, end) if 0 <= end <= len(text) else None
        if m is None:
            continue
        a, b = c.evidence[0].start, offset + m.end()
        out = [o for o in out if not (o is not c and o.kind == "killed" and o.low == 1 and o.evidence
                                      and a <= o.evidence[0].start and o.evidence[0].end <= b)]
        c.kind, c.method = "killed", DIED_AMONG_METHOD
        c.evidence = [*c.evidence, CharSpan(offset + m.start(), b)]
    return out


# "Paramedics took him to UAB Hospital, where he died", "was driven to St. Mary's, where she died early Monday": one
# person's death told in the clause of where he was taken
_TAKEN_WHERE_DIED = re.compile(
    r"\b(?:(?:was|were)\s+(?:later\s+)?(?:taken|rushed|driven|flown|transported|airlifted|carried)|took\s+(?:him|her)"
    r"|(?:drove|rushed|flew)\s+(?:him|her))\s+(?:by\s+\w+\s+)?to\s+[^.;!?]{0,60}?,?\s+where\s+(?:he|she)\s+"
    r"(?:(?:later|had|has|then|eventually|subsequently)\s+)*(?:died|was\s+pronounced\s+dead|succumbed)\b", re.I)


_PRONOUN_GENDER = {"he": "male", "she": "female"}


def taken_where_died(counts: list[Count], text: str, offset: int = 0) -> list[Count]:
    """'Paramedics took him to UAB Hospital, where he died': one person's death told where he was taken (GVDB:
    killed). The lone person told hurt before is the one who died; with none, one death, unless a count already
    reads that death or any death is already told (it is then nearly always that victim's, told again)."""
    got: list[Count] = []
    for m in _TAKEN_WHERE_DIED.finditer(text):
        a, b = offset + m.start(), offset + m.end()
        if _death_read_in(counts, a, b):
            continue
        he = re.search(r"\bwhere\s+(he|she)\b", m.group(0), re.I)
        lone = [c for c in counts if c.kind == "injured" and c.low == 1 and c.high == 1 and c.evidence
                and c.evidence[0].end <= a]
        if lone:  # "A woman was shot ... She was taken to Mercy, where she died": that lone person told hurt
            last = max(lone, key=lambda c: c.evidence[0].end)
            # "One man died and a woman was injured ... The man was taken to X, where he died": not the woman
            if he and _person_class(last).get("person_genders") not in (None, _PRONOUN_GENDER[he.group(1).lower()]):
                continue
            if not _survived(text, last):
                last.kind, last.method = "killed", DIED_METHOD
                last.evidence = [*last.evidence, CharSpan(a, b)]
                continue
        if any(c.kind == "killed" for c in counts + got):
            continue
        got.append(Count(kind="killed", low=1, high=1, qualifier="exact",
                         group="man" if he and he.group(1).lower() == "he" else "woman",
                         evidence=[CharSpan(a, b)], phrase=m.group(0), method=DIED_AMONG_METHOD, confidence=0.5))
    return got


# "two men had been shot and were pronounced dead at the scene", "were shot and later died": the fate joined to the
# figure told shot
_AND_DIED = re.compile(r"\s+and\s+(?:(?:were|was|had)\s+)?(?:(?:both|later|then|subsequently)\s+)?"
                       r"(?:pronounced|declared)\s+dead\b|\s+and\s+(?:(?:both|later|then|subsequently)\s+)?died\b",
                       re.I)


def shot_and_died(counts: list[Count], text: str, offset: int = 0) -> None:
    """'Police said two men had been shot and were pronounced dead': a figure told shot (fate untold) whose own
    verb is joined to a death is a toll of the dead (GVDB: killed, not hurt), unless a count already reads that
    death."""
    for c in counts:
        if c.kind != "injured" or c.method != SHOT_METHOD or not c.evidence:
            continue
        end = c.evidence[0].end - offset
        m = _AND_DIED.match(text, end) if 0 <= end <= len(text) else None
        if m is None or _death_read_in(counts, offset + m.start(), offset + m.end()):
            continue
        c.kind, c.method = "killed", DIED_METHOD
        c.evidence = [*c.evidence, CharSpan(offset + m.start(), offset + m.end())]
