"""Reading backward from a figure to its fate: "killing 5", "the death toll rose to 973"."""

from __future__ import annotations

from spacy.tokens import Token

from ._figures import _COLLECTIVES, _Figure, _hedge, _inner_hyphen
from ._kinds import _kind_at, _noun_kind, _to_death, _unrealised
from ._numbers import _age_end, _word_number
from ._terms import _REFLEXIVE, _single_vocab, _vocab


def _no_one(toks: list[Token], f: _Figure) -> bool:
    """'no one was hurt', 'none of them was injured': zero, not one."""
    return f.num_start >= 1 and toks[f.num_start - 1].lower_ in ("no", "not") or toks[f.num_start].lower_ == "none"


def _backward(toks: list[Token], f: _Figure) -> None:
    """Read backward: 'the death toll rose to 973', 'along with 100,000 civilians'."""
    s = f.start
    # "the death toll rose to 973", "a toll of 50" ("the death toll in an attack ... has risen to 11": the
    # article names the attack, not a toll)
    for k in range(max(0, s - 6), s if not f.article else 0):
        if toks[k].lower_ in ("toll", "tolls") or (toks[k].lower_ == "total" and k >= 1 and toks[k - 1].lower_ == "death"):
            f.kind, f.kind_end = "killed", k + 1
            f.kind_start = k - 1 if k >= 1 and toks[k - 1].lower_ == "death" else k
            f.group = _noun_after(toks, f.end)
            return
    if not f.article and _toll_reached(toks, f):
        return
    # "along with 100,000 civilians": the kind of the nearest preceding kind word in the sentence
    prev = " ".join(t.lower_ for t in toks[max(0, s - 2) : s])
    prev3 = " ".join(t.lower_ for t in toks[max(0, s - 3) : s])
    if prev in ("along with", "as well as", "together with") or prev3 == "in addition to" or (
        s >= 1 and toks[s - 1].lower_ in ("plus", "alongside")  # "an officer was killed alongside two civilians"
    ):
        for k in range(s - 1, -1, -1):
            kn, kind = _kind_at(toks, k)
            if kind:
                f.kind, f.kind_end = kind, k + kn
                # evidence from the connector ("along with 100,000 civilians"), not the earlier kind word,
                # so it never overlaps (and merges with) the first figure's own count
                one_word = toks[s - 1].lower_ in ("plus", "alongside")
                f.kind_start = s - (3 if prev3 == "in addition to" else 1 if one_word else 2)
                f.group = _noun_after(toks, f.end)
                return


def _toll_reached(toks: list[Token], f: _Figure) -> bool:
    """A running toll further back: 'the death toll from the violence on the coast has reached 1,383',
    'the number of civilians killed ... has risen to 973', 'raised the toll ... to 973'."""
    s = f.start
    if s < 1:
        return False
    reach = _vocab()["toll_reach"]
    prev = toks[s - 1]
    if prev.lower_ in ("to", "at"):
        if not any(t.lemma_.lower() in reach["via"] for t in toks[max(0, s - 25) : s - 1]):
            return False
    elif prev.lemma_.lower() not in reach["direct"]:
        return False
    for k in range(s - 1, max(-1, s - 26), -1):
        t = toks[k]
        if t.is_sent_start and k < s - 1 and t.lower_ in (".", ";"):
            break
        if (t.like_num and k < s - 1 and t.ent_type_ not in ("DATE", "TIME")
                and not (k >= 1 and toks[k - 1].lower_ == "from" and toks[k + 1].lower_ == "to")):
            return False  # another figure in between: not this toll's ("raised from 1 to 4" names the old one)
        if (t.lower_ in ("toll", "tolls") or (t.lower_ == "total" and k >= 1 and toks[k - 1].lower_ == "death")
                or (t.lower_ in ("dead", "deaths") and k >= 1 and (toks[k - 1].lower_ == "the" or (
                    # "put the army's dead at 14", "put its dead at 14": a side's own dead
                    toks[k - 1].tag_ in ("POS", "PRP$") and t.lower_ == "dead")))):
            # "the death total was later raised from 2 to 5": a note's word for the toll; "put the dead at 11"
            start = k - 1 if k >= 1 and toks[k - 1].lower_ == "death" else k
            group = [g for g in toks[max(0, start - 2) : start] if g.pos_ in ("ADJ", "NOUN") and g.lower_ in
                     reach["groups"]]
            f.kind, f.kind_end, f.kind_start = "killed", k + 1, start - len(group)
            f.group = group
            return True
        if t.lower_ in ("figure", "tally") and k >= 1 and toks[k - 1].lower_ == "the" and _last_kind(toks, k - 1) == "killed":
            # "first gave 31 deaths, then raised the figure to 38": the deaths told just before it, updated
            f.kind, f.kind_end, f.kind_start = "killed", k + 1, k - 1
            f.group = []
            return True
        if t.lower_ == "number" and k + 1 < s and toks[k + 1].lower_ == "of":
            tail = toks[k + 2 : min(s, k + 8)]
            if any(_kind_at(toks, x.i - toks[0].i)[1] == "killed" for x in tail):
                f.kind, f.kind_end, f.kind_start = "killed", k + 1, k
                f.group = [g for g in tail[:2] if g.pos_ in ("NOUN", "PROPN") and g.lower_ in reach["groups"]]
                return True
    return False


def _last_kind(toks: list[Token], end: int) -> str | None:
    """The kind of harm the nearest fate word within 12 tokens before ``end`` names ("31 deaths, then raised the
    figure": killed; "42 injured, then raised the figure": injured)."""
    for x in range(end - 1, max(-1, end - 13), -1):
        kind = _kind_at(toks, x)[1] or _vocab()["nouns"].get(toks[x].lemma_.lower())
        if kind:
            return kind
    return None


def _backward_verb(toks: list[Token], f: _Figure) -> bool:
    """A kind verb right before the figure: 'killing 5 and wounding 3', 'killed 10 Taliban militants'."""
    k = f.start - 1
    if (k >= 2 and not f.article and toks[k].lower_ == "of" and toks[k - 1].lemma_.lower() in _COLLECTIVES
            and toks[k - 2].lower_ in ("a", "an")):
        k -= 3  # "killing a group of five police officers", "killed a family of four"
    if k >= 1 and not f.article and (toks[k].tag_ == "PRP$" or toks[k].lower_ in ("the", "all")):
        k -= 1  # "killing his two children", "killed all 5 passengers"
    if k < 0:
        return False
    if _pronoun_and(toks, f, k):
        return True
    t = toks[k]
    if t.lower_ == "dead" and k >= 1 and (toks[k - 1].lemma_.lower() == "shoot" or toks[k - 1].lower_ == "shot"):
        f.kind, f.kind_end, f.kind_start = "killed", k + 1, k - 1
        f.group = _noun_after(toks, f.end)
        return True
    if t.lower_ == "of" and k >= 1 and toks[k - 1].pos_ == "NOUN" and _noun_kind(toks[k - 1]) and (
        toks[k - 1].lower_ not in _vocab()["adjs"]
    ):
        # "the murder of 6 Kikuyu", "the deaths of 3 people"
        if _unrealised(toks[k - 1]):
            return True  # "the attempted murder of 2 officers"
        f.kind, f.kind_end, f.kind_start = _noun_kind(toks[k - 1]), k, k - 1
        f.group = _noun_after(toks, f.end)
        return True
    if t.lower_ == "of" and k >= 2 and toks[k - 1].lower_ in ("lives", "life"):
        v = k - 3 if toks[k - 2].lower_ == "the" else k - 2
        if v >= 0 and toks[v].lemma_.lower() in ("claim", "take", "cost") and not _unrealised(toks[v]):
            # "the attack claimed the lives of three people", "took the lives of two herders"
            f.kind, f.kind_end, f.kind_start = "killed", k, v
            f.group = _noun_after(toks, f.end)
            return True
    if t.lower_ == "death" and k >= 2 and _to_death(toks, k - 2) and not _unrealised(toks[k - 2]):
        # "vigilantes stoned to death two drivers": the act, then its victims
        f.kind, f.kind_end, f.kind_start = "killed", k + 1, k - 2
        f.group = _noun_after(toks, f.end)
        return True
    if t.dep_ in ("prt", "advmod") and t.lower_ == "down" and k >= 1:  # "gunned down 2 suspects", "guns down two"
        k -= 1
        t = toks[k]
    if (t.lemma_.lower() == "shoot" and t.pos_ == "VERB" and not f.article and not f.vague and f.low >= 2
            and not _unrealised(t)):
        group = _noun_after(toks, f.end)
        units = _single_vocab()["non_person_units"]
        if group and group[-1].lower_ == "dead" and len(group) > 1:
            # "gunmen shot four men dead": the object between the verb and its fate
            f.kind, f.kind_end, f.kind_start, f.group = "killed", group[-1].i - toks[0].i + 1, k, group[:-1]
            return True
        if not group and f.end + 1 < len(toks) and _hedge(toks[f.end]):
            group = [toks[f.end], *_noun_after(toks, f.end + 1)]  # "police shot two suspected robbers"
            if group[-1].lower_ == "dead":
                group = []  # "shot two suspected robbers dead": the forward reading tells the fate
        if any(g.pos_ == "NOUN" for g in group) and not any(g.lower_ in units for g in group):
            # "the gunman shot four people, killing two": the four were hit, fate untold (GVDB: hurt unless dead)
            f.kind, f.kind_end, f.kind_start, f.group, f.shot = "injured", k + 1, k, group, True
            return True
    if t.pos_ in ("VERB", "AUX") or t.tag_ in ("VBG", "VBD", "VBN"):
        lemma = t.lemma_.lower()
        kind = _vocab()["verbs"].get(lemma)
        if kind and _unrealised(t):
            return True  # "nearly killing 3", "tried to kill 2 guards": no toll, and no other reading
        if kind:
            f.kind, f.kind_end, f.kind_start = kind, k + 1, k
            f.group = _noun_after(toks, f.end)
            return True
    return False


def _pronoun_and(toks: list[Token], f: _Figure, k: int) -> bool:
    """'killing him and his two bodyguards': the one person the pronoun names plus the counted group, one toll
    (the figure alone would drop the pronoun's victim, the pronoun alone the group). After a reflexive ("killing
    herself and 4 traders") the figure is the others only: the self-inflicted count names her."""
    if k < 2 or toks[k].lower_ != "and" or f.article or f.vague or f.high is None:
        return False
    p, v = toks[k - 1], toks[k - 2]
    if p.tag_ != "PRP" or (p.lower_ not in ("him", "her", "themselves") and p.lower_ not in _REFLEXIVE):
        return False
    kind = _vocab()["verbs"].get(v.lemma_.lower()) if v.pos_ in ("VERB", "AUX") or v.tag_.startswith("VB") else None
    if not kind or _unrealised(v):
        return False
    f.kind, f.kind_end, f.kind_start = kind, k - 1, k - 2
    f.group = _noun_after(toks, f.end)
    if p.lower_ in _REFLEXIVE:
        return True  # "killing herself and 4 traders": the self-inflicted count (``_self_harm``) adds her
    if p.lower_ == "themselves":
        # "two women detonated explosive belts, killing themselves and four traders": the attackers the subject
        # counts die too (ACLED counts perpetrators killed): one toll of both; a subject with no figure ("the
        # bombers") adds none, the number of them untold
        n = _subject_figure(v)
        f.low, f.high = f.low + n, f.high + n
        return True
    f.low, f.high = f.low + 1, f.high + 1
    return True


def _subject_figure(verb: Token) -> int:
    """The number the subject of ``verb``'s clause counts ("two women detonated ..., killing themselves": 2), climbing
    a participle clause to its main verb; 0 when no figure counts it."""
    cur = verb
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            num = next((c for c in subj.children if c.dep_ == "nummod"), None)
            if num is None:
                return 0
            used, value = _word_number([num], 0)
            return value if used and value is not None and 1 < value < 100 else 0
        if cur.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "acl") or cur.head is cur:
            return 0
        cur = cur.head
    return 0


def _noun_after(toks: list[Token], j: int) -> list[Token]:
    group: list[Token] = []
    if j + 1 < len(toks) and toks[j].lower_ == "of" and toks[j + 1].tag_ in ("PRP$", "DT"):
        j += 2  # "3 of his guards"
    age = _age_end(toks, j)
    if age != j:  # "the killing of a 19-year-old woman"
        group.extend(toks[j:age])
        j = age
    # a hedge only after an article ("a suspected thug"): "two suspected robbers" keeps the group the actor stage
    # reads as it was
    while j < len(toks) and (toks[j].pos_ in ("ADJ", "NOUN", "PROPN")
                             or (_hedge(toks[j]) and j >= 1 and toks[j - 1].lower_ in ("a", "an"))) and len(group) < 8:
        group.append(toks[j])
        j += 1
        if j + 1 < len(toks) and _inner_hyphen(toks, j):  # "the body of a middle-aged woman"
            group.extend(toks[j : j + 2])
            j += 2
    return group
