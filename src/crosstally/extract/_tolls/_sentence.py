"""The counts one sentence states as figures, with noun groups ("two policemen and a civilian") and headline lists."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import Count
from ...records import Span as CharSpan
from .._doc_basics import _SHORT_DOC
from .._doc_basics import doc_text as _doc_text
from ._backward import _backward, _backward_verb, _no_one, _noun_after
from ._figures import _Figure, _find_figures
from ._forward import _STOP_PUNCT, _forward, _persons
from ._kinds import _kind_at
from ._lone_victims import _along_with, _is_fatal, _solo_person
from ._named_people import _aged_then_kin, _comma_listed, _numbered_people
from ._numbers import _word_number
from ._terms import METHOD, SHOT_METHOD, _single_vocab, _vocab


def _group_text(group: list[Token]) -> str | None:
    while group and (group[-1].pos_ in ("ADP", "CCONJ", "DET") or group[-1].text in ("-", ",")):
        group = group[:-1]
    while group and group[0].pos_ in ("DET", "ADP", "CCONJ"):
        group = group[1:]
    if not group:
        return None
    doc = group[0].doc
    return doc[group[0].i : group[-1].i + 1].text


def _headline_list(sent: Span) -> Count | None:
    """A headline's list of victims joined by commas ("Man, woman killed in shooting", "Village chief, aide
    killed in ambush", "Teen, 2 adults wounded"): the parse hangs the items on each other, not on the verb."""
    if sent.start > 0 and not sent.doc[sent.start - 1].text_with_ws.endswith("\n"):
        return None  # the token before, not Doc.text (rebuilt from every token): this runs once per sentence
    toks = list(sent)
    persons = _vocab()["people"] | _single_vocab()["singular_persons"]
    total, items, j = 0, 0, 0
    while j < len(toks) and items < 6:
        n, value = _word_number(toks, j)
        k = j + n if n else j
        while (k < len(toks) and toks[k].pos_ in ("ADJ", "NOUN", "PROPN") and k - j < 4
               and not (toks[k].lemma_.lower() in persons or toks[k].lower_ in persons)):
            k += 1
        if k >= len(toks) or not (toks[k].lemma_.lower() in persons or toks[k].lower_ in persons):
            return None
        total += value if n and value else 1
        items += 1
        j = k + 1
        if j < len(toks) and toks[j].text == "," or (j < len(toks) and toks[j].lower_ == "and" and items >= 2):
            j += 1
            continue
        break
    if items < 2 or j >= len(toks) or toks[j - 1].text == "," or toks[j - 1].lower_ == "and":
        return None
    last = j
    if toks[j].lower_ in ("found", "are", "were"):
        j += 1
    kn, kind = _kind_at(toks, j)
    if kind is None and toks[j].lower_ == "shot":
        kind, kn = "injured", 1
    if kind not in ("killed", "injured") or not any(t.text == "," for t in toks[: j]):
        return None
    end = toks[j + kn - 1]
    return Count(kind=kind, low=total, high=total, qualifier="exact", group=sent.doc[toks[0].i : toks[last].i].text.strip(),
                 evidence=[CharSpan(toks[0].idx, end.idx + len(end.text))],
                 phrase=sent.doc[toks[0].i : end.i + 1].text, method=METHOD, confidence=0.6)


def _sentence_counts(sent: Span, marks: dict[int, str] | None = None) -> list[Count]:
    """The figures of one sentence as Counts. ``marks`` gets id → "partitive" ("two of the bodies"), "among" ("two
    were among the dead") or "one" (one person, "a man was killed", "one officer died") for the document-level
    pass."""
    toks = list(sent)
    figs = _find_figures(sent)
    figs_at = {f.start: f for f in figs}
    for f in figs:
        if f.subset or f.used:
            continue
        if not _backward_verb(toks, f):
            _forward(toks, f, figs_at)
        if not f.kind:
            _backward(toks, f)
    _chain_appositions(toks, figs)
    out: list[Count] = []
    extra: list[_Figure] = []
    for f in figs:
        # "was kidnapped and killed", "were arrested and later killed": one figure, two fates
        if f.kind and f.kind_end is not None and f.kind_end > f.start and not f.subset and not f.used:
            k = f.kind_end
            if k + 1 < len(toks) and toks[k].lower_ == "and":
                k2 = k + 1 + (1 if toks[k + 1].pos_ == "ADV" else 0)
                kn, kind2 = _kind_at(toks, k2) if k2 < len(toks) else (0, None)
                if kind2 and kind2 != f.kind:
                    extra.append(_Figure(f.start, f.end, f.num_start, f.low, f.high, f.qualifier, f.vague,
                                         f.article, kind=kind2, kind_end=k2 + kn, kind_start=f.start,
                                         group=list(f.group)))
    units = _single_vocab()["non_person_units"]
    local: dict[int, str] = {}
    for f in figs + extra:
        if f.subset or f.used or not f.kind:
            continue
        if f.end < len(toks) and toks[f.end].lower_ in units:  # "shot eight times": shots, not people
            continue
        if f.article and not f.group:
            continue
        if (f.article and f.vague and f.kind_start is not None and f.kind_start > f.start
                and toks[f.kind_start].pos_ == "NOUN") and not any(
                g.lemma_.lower() in _vocab()["people"] or g.lemma_.lower() in _single_vocab()["singular_persons"]
                or g.ent_type_ == "PERSON" for g in f.group):
            continue  # "an ACL injury", "a gunshot death": the noun's modifier names no person
        if (f.article and f.vague and not f.chained and f.kind_start is not None and f.kind_start > f.start and f.group
                and f.group[-1].dep_ == "pobj" and f.group[-1].lemma_.lower() not in _vocab()["people"]
                and f.group[-1].ent_type_ != "PERSON" and len(_doc_text(sent.doc)) > _SHORT_DOC):
            # "a gunman who wounded a clerk at a pharmacy was killed": a place after a preposition, no victim (an
            # article's reading: a note keeps the counts it was tuned on)
            continue
        if _no_one(toks, f):
            continue
        members = [f, *f.chained]
        if len(members) > 1 and any(not _untold(toks, m) for m in members):
            # "3 soldiers and an unknown number of militants were killed": the untold figure adds no one certain
            # (ACLED's lowest credible figure is the stated one; 'unknown number' = 10 only when nothing is stated)
            members = [m for m in members if not _untold(toks, m)]
        if any(_animals(m.group) for m in members):  # "killed 40 goats and two herders": the herders only
            members = [m for m in members if not _animals(m.group)]
            if not members:
                continue
        more = _named_beside(f, figs, toks[0].i)
        beside = sum(_numbered_people(t) or 1 for t in more)  # "a woman and her two children": 1 + 2
        low = sum(m.low for m in members) + beside
        high = None if any(m.high is None for m in members) else sum(m.high or 0 for m in members) + beside
        if f.chained:
            group = " and ".join(g for g in (_group_text(m.group) for m in members) if g) or None
        else:
            group = _group_text(list(f.group))
            if f.side:
                group = f"{group} {f.side}" if group else None
        kind_end = max(m.kind_end or m.end for m in members)
        if f.kind_end is not None and f.kind_end <= f.start:
            # backward read ("killing 5 people", "toll rose to 973"): kind word through the figure and its noun
            kind_tok = toks[f.kind_start if f.kind_start is not None else f.kind_end - 1]
            last_m = members[-1]
            end_tok = toks[last_m.end - 1]
            if last_m.group and last_m.group[-1].i > end_tok.i:
                end_tok = last_m.group[-1]
            start_char, end_char = kind_tok.idx, end_tok.idx + len(end_tok.text)
        else:
            last = toks[kind_end - 1]
            start_char, end_char = toks[f.start].idx, last.idx + len(last.text)
        if more:  # "killed a police officer and his wife": the evidence names both
            end_char = max(end_char, more[-1].idx + len(more[-1].text))
            told = [t for t in more if t not in f.group]  # read forward, the group already names them
            if told:
                group = f"{group} and {' and '.join(t.text for t in told)}" if group else None
        doc_text, off = sent.text, sent.start_char
        conf = 0.85 if not f.vague else 0.6
        if f.article:
            conf = 0.7
        if f.among:
            local[len(out)] = "among"
        elif not f.chained and f.end + 1 < len(toks) and toks[f.end].lower_ == "of" and (
                toks[f.end + 1].lower_ in _single_vocab()["partitive_determiners"]):
            local[len(out)] = "partitive"
        elif not f.chained and low == 1 and high == 1:
            local[len(out)] = "one"
        out.append(
            Count(
                kind=f.kind,
                low=low,
                high=high,
                qualifier=f.qualifier if not f.chained else ("exact" if high == low else f.qualifier),
                group=group,
                evidence=[CharSpan(start_char, end_char)],
                phrase=doc_text[start_char - off : end_char - off],
                method=SHOT_METHOD if f.shot else METHOD,
                confidence=conf if not f.shot else 0.6,
            )
        )
    out.extend(_then_killed_them(toks, figs, out))
    out.extend(_as_were(toks, figs, out))
    if marks is not None:
        marks.update({id(out[k]): what for k, what in local.items()})
    return out


def _as_were(toks: list[Token], figs: list[_Figure], out: list[Count]) -> list[Count]:
    """"A police sergeant was killed in the exchange, as were two of the attackers": the elided fate of the clause
    before is these people's too."""
    got: list[Count] = []
    for f in figs:
        if f.kind or f.subset or f.used or f.article or f.start < 2:
            continue
        if toks[f.start - 2].lower_ != "as" or toks[f.start - 1].lower_ not in ("were", "was"):
            continue
        before = [c for c in out if c.evidence and c.evidence[0].end <= toks[f.start].idx]
        if not before:
            continue
        end_tok = toks[f.end - 1]
        j = f.end
        while j < len(toks) and (toks[j].lower_ in ("of", "the", "their", "his", "her") or toks[j].pos_ in ("ADJ", "NOUN")):
            end_tok = toks[j]
            j += 1
        start_char, end_char = toks[f.start - 2].idx, end_tok.idx + len(end_tok.text)
        off = toks[0].sent.start_char
        phrase = toks[0].sent.text[start_char - off : end_char - off]
        got.append(Count(kind=before[-1].kind, low=f.low, high=f.high, qualifier=f.qualifier,
                         group=end_tok.text if end_tok.pos_ == "NOUN" else None,
                         evidence=[CharSpan(start_char, end_char)], phrase=phrase, method=METHOD, confidence=0.6))
    return got


def _then_killed_them(toks: list[Token], figs: list[_Figure], out: list[Count]) -> list[Count]:
    """"abducted four passengers and killed them", "took out three men ... and shot them dead": the object of a
    first act is killed by the next verb, which says so only through "them" (ACLED counts those dead)."""
    got: list[Count] = []
    if any(c.kind == "killed" for c in out):
        return got
    for f in figs:
        group = f.group or _noun_after(toks, f.end)
        if f.subset or f.used or f.article or f.vague or f.low < 2 or not _persons(group):
            continue
        head = next((g for g in group if g.dep_ == "dobj"), None)
        if head is None or head.head.pos_ != "VERB":
            continue
        later = [g for g in figs if g.start > f.start]  # another figure before "them" may be who "them" is
        stop = min((g.start for g in later), default=len(toks))
        for nxt in (t for t in toks[f.end : stop] if t.dep_ == "conj" and t.pos_ == "VERB"):
            if not any(c.dep_ == "dobj" and c.lower_ == "them" for c in nxt.children):
                continue
            lem = nxt.lemma_.lower()
            if _vocab()["verbs"].get(lem) != "killed" and not (
                    lem in _single_vocab()["wound_verbs"] and _is_fatal(nxt)):
                continue
            end_tok = max((t for t in nxt.subtree if t.dep_ in ("dobj", "acomp", "oprd", "xcomp", "advmod")
                           or t.i == nxt.i), key=lambda t: t.i)
            start_char, end_char = toks[f.start].idx, end_tok.idx + len(end_tok.text)
            off = toks[0].sent.start_char
            got.append(Count(kind="killed", low=f.low, high=f.high, qualifier=f.qualifier,
                             group=_group_text(list(group)), evidence=[CharSpan(start_char, end_char)],
                             phrase=toks[0].sent.text[start_char - off : end_char - off], method=METHOD,
                             confidence=0.7))
            return got
    return got


_UNTOLD = frozenset({"unknown", "unspecified", "undisclosed", "undetermined", "untold", "uncounted"})


def _untold(toks: list[Token], f: _Figure) -> bool:
    """A vague figure told as unknown: "an unknown number of", "an unspecified number of"."""
    return f.vague and any(t.lower_ in _UNTOLD for t in toks[f.start : f.end])


def _animals(group: list[Token]) -> bool:
    """A figure's noun that names animals ("40 goats", "a cow"): ACLED counts human deaths only."""
    nouns = [t for t in group if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and nouns[-1].lower_ in _single_vocab()["animal_nouns"]


def _named_beside(f: _Figure, figs: list[_Figure], base: int) -> list[Token]:
    """People joined to a lone victim read backward from its verb ("killed a police officer and his wife", "shot
    dead a trader, his son and a guard"): each one more, told without a figure. Their own article figures are
    used up here so that nothing counts them again."""
    if not (not f.chained and f.kind_end is not None and f.group):
        return []
    head = next((g for g in reversed(f.group) if g.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return []
    doc = head.doc
    # "One of the elders, a man of 60, was killed along with his driver": a part of one is a lone person too
    one_of = (f.low == f.high == 1 and base + f.start + 1 < len(doc) and doc[base + f.start].lower_ == "one"
              and doc[base + f.start + 1].lower_ == "of")
    if not f.article and not one_of:  # "killing his five children as well as his wife": a figure, then one more
        return _person_beside_figure(f, head, figs, base)
    if f.kind_end > f.start:  # "a pastor was stabbed and killed in his church, along with his son"
        # (the figure already counts its noun as one person: "a farm manager died together with his driver")
        verbs = [t for t in head.doc[base + f.start : base + f.kind_end] if t.pos_ == "VERB" and t.i > head.i]
        return _along_with(verbs[-1]) if verbs else []
    if not _solo_person(head):
        return []
    conj = [c for c in head.conjuncts if c.i > head.i]
    if not conj:  # "killed a chief, his son and a police reservist"
        conj = _comma_listed(head)
    if not conj:  # "killing a farmer aged 58 and his son": the age breaks the parse's conjunction
        kin = _aged_then_kin(head)
        conj = [kin] if kin is not None else []
    if not conj and f.kind_start is not None:  # "gunmen killed a trader along with another man": one more beside him
        kind_end = f.kind_end if f.kind_end > f.kind_start else f.kind_start + 1
        verb = next((t for t in head.doc[base + f.kind_start : base + kind_end] if t.pos_ == "VERB"), None)
        # (the parse may hang "along with" on the victim's noun rather than on the verb)
        conj = [t for v in ((verb, head) if verb is not None else (head,)) for t in _along_with(v) if t.i > head.i]
    if not conj or not all(_solo_person(c) or _numbered_people(c) for c in conj):
        return []
    starts = {min(t.i for t in c.subtree) - base for c in conj}
    for g in figs:  # "killing a teacher and two parents": the two are counted here, through their figure
        if g is not f and g.kind is None and (g.start in starts or g.num_start in starts):
            g.used = True
    return conj


def _person_beside_figure(f: _Figure, head: Token, figs: list[_Figure], base: int) -> list[Token]:
    """'killed two customers as well as a clerk', 'killing his three children and his wife': after a figure read
    backward from its verb, the single people joined to its noun are more victims (the parse makes them its
    conjuncts). Their article figures are used up here. Read forward, "3 constables and the attacker dead": the
    one person joined by "the" or a possessive before the fate word."""
    if f.kind_end is None or f.low != f.high:
        return []
    conj = [c for c in head.conjuncts if c.i > head.i and c.i - head.i <= 6]
    if f.kind_end > f.start:
        # read forward ("3 constables and the attacker dead"): the group holds both nouns; only a person told
        # before the fate word, with "the" or a possessive (an article is a figure of its own, which the chain reads)
        kind_at = base + (f.kind_start if f.kind_start is not None else f.kind_end - 1)
        first = next((g for g in f.group if g.pos_ == "NOUN" and g.conjuncts), None)
        if first is None or first.tag_ != "NNS":
            return []
        conj = [c for c in first.conjuncts if first.i < c.i < kind_at and c.tag_ == "NN" and c in f.group
                and any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in c.children)]
    if not conj or not all(_solo_person(c) and c.tag_ == "NN" for c in conj):
        return []
    starts = {min(t.i for t in c.subtree) - base for c in conj}
    for g in figs:
        if g is not f and g.kind is None and g.start in starts:
            if not g.article:
                return []  # a figure of its own ("two men and three women"): the chain reads it
            g.used = True
    return conj


def _own_clause(toks: list[Token], g: _Figure, f: _Figure) -> bool:
    """'We lost one young man tonight, and two more are in surgery': the figure after 'and' is the subject of a
    verb of its own (not the one that told the first figure's fate), so it starts another clause, never one more
    object of that verb."""
    verb = toks[f.kind_start] if f.kind_start is not None and 0 <= f.kind_start < len(toks) else None
    for t in toks[g.start : g.end + 2]:  # the figure and the noun it counts ("two others")
        if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ not in ("WP", "WDT") and t.head.pos_ in ("VERB", "AUX") and (verb is None or t.head.i != verb.i):
            return True
    return False


def _listed_after(toks: list[Token], rest: list[_Figure], j: int) -> list[_Figure]:
    """The figures of a list after a first victim figure and its comma ("two teachers, three parents and a cook"):
    each item a figure of people with no fate of its own, the last after 'and'. An appositive ("1 civilian, a
    member of the council, and ...") is no list: its noun is followed by 'of', not by a comma or 'and'."""
    items: list[_Figure] = []
    k = j
    while k < len(toks):
        last = toks[k].lower_ == "and" or (toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower_ == "and")
        if toks[k].text != "," and not last:
            return []
        s = k + (2 if toks[k].text == "," and last else 1)
        while s < len(toks) and toks[s].tag_ == "PRP$":  # "his two sons"
            s += 1
        g = next((g for g in rest if s in (g.start, g.num_start)), None)
        if g is None or g.kind is not None or g.subset or g.used or g.high != g.low:
            return []
        group = _noun_after(toks, g.end)
        if not group or not _persons(group[-1:]):
            return []
        g.group = group
        items.append(g)
        if last:
            return items if len(items) >= 2 else []
        k = g.end + len(group)
    return []


def _own_part(toks: list[Token], j: int, figs: list[_Figure]) -> bool:
    """'killing a woman and two of her grandchildren': a figure at ``j`` taken from the person's own people ("of"
    and a possessive), more victims beside that person, never a part of those counted before."""
    g = next((g for g in figs if g.start == j and not g.article), None)
    return (g is not None and g.end + 1 < len(toks) and toks[g.end].lower_ == "of"
            and toks[g.end + 1].tag_ == "PRP$" and toks[g.end + 1].lower_ != "their")


def _chain_appositions(toks: list[Token], figs: list[_Figure]) -> None:
    """'killed 1 civilian, a member of the council, and his 2 bodyguards': the appositive names the first
    victim again, the figure after 'and' adds to it (3). Only after a backward read ('killed', 'killing')."""
    for n, f in enumerate(figs):
        if not f.kind or f.kind_end is None or f.kind_end > f.start or f.subset or f.used:
            continue
        j = f.end + len(f.group)
        listed = (_listed_after(toks, figs[n + 1:], j) if j < len(toks) and toks[j].text == "," and f.group
                  and f.high == f.low and (not f.article or _solo_person(f.group[-1])) else [])
        if listed:  # "killing two teachers, three parents and a cook": every item of the list is a victim
            f.chained.extend(listed)
            for g in listed:
                g.used = True
            continue
        if f.article and not (f.group and _solo_person(f.group[-1]) and j + 2 < len(toks) and toks[j].lower_ == "and"
                              and (toks[j + 1].tag_ == "PRP$" or _own_part(toks, j + 1, figs))):
            continue  # only "killed a teacher and his two sons": one person, then his own (a figure)
        if j + 1 < len(toks) and toks[j].lower_ == "and" and f.group:
            # "killed 2 officers and 2 suspects", "killing two men and a woman": one toll of both
            g = next((g for g in figs[n + 1:] if g.start in (j + 1, j + 2)), None)
            if (g is not None and g.kind is None and not g.subset and not g.used and f.high == f.low
                    and g.high == g.low and all(t.pos_ in ("DET", "PRON") for t in toks[j + 1 : g.start])):
                g.group = _noun_after(toks, g.end)
                if g.group and not any(t.lower_ in _single_vocab()["non_person_units"] for t in g.group):
                    f.chained.append(g)
                    g.used = True
            continue
        if j >= len(toks) or toks[j].text != ",":
            continue
        for g in figs[n + 1:]:
            if g.article:
                continue  # the appositive's own 'a member'
            k = g.start - 1
            while k > j and toks[k].pos_ in ("DET", "PRON") and toks[k].lower_ != "and":
                k -= 1  # "and his 2 bodyguards"
            between = toks[j:k]
            if (g.kind is None and not g.subset and not g.used and toks[k].lower_ == "and"
                    and not any(t.text in _STOP_PUNCT or t.pos_ == "VERB" for t in between)
                    and not _own_clause(toks, g, f)):
                g.group = _noun_after(toks, g.end)
                f.chained.append(g)
                g.used = True
            break
