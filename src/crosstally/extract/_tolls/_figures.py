"""The figures of one sentence: where each number starts and ends, its range, qualifier and vagueness."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ._kinds import _noun_kind
from ._numbers import _age_end, _is_date_like, _match_seq, _word_number
from ._terms import _single_vocab, _vocab


@dataclass(slots=True)
class _Figure:
    start: int  # token index (inclusive) of the first token, qualifier included
    end: int  # token index (exclusive)
    num_start: int  # first token of the number itself
    low: int
    high: int | None
    qualifier: str
    vague: bool = False
    article: bool = False  # "a"/"an"/"one" reading of 1: needs a person noun to count
    subset: bool = False
    kind: str | None = None
    kind_end: int | None = None  # token index after the kind word(s)
    kind_start: int | None = None
    side: str = ""
    group: list[Token] = field(default_factory=list)
    chained: list[_Figure] = field(default_factory=list)
    used: bool = False
    shot: bool = False  # "three people were shot": hurt, fate untold (yields to any death in the document)
    chain_member: bool = False  # the second figure of "a man and a woman were shot"
    whole: bool = False  # "one of the three men": the whole a part is taken from (the part's reading passes over it)
    among: bool = False  # "three civilians were among the dead": a share of the dead, told as a part


def _find_figures(sent: Span) -> list[_Figure]:
    """Every figure in a sentence, with its qualifier, range and subset status."""
    v = _vocab()
    toks = list(sent)
    out: list[_Figure] = []
    i = 0
    n = len(toks)
    while i < n:
        start = i
        qualifier = "exact"
        qn, qv = _match_seq(toks, i, v["quals"], v["max_qual"])
        if qn and i + qn < n:
            # a qualifier only counts when a figure follows it
            j = i + qn
            if _word_number(toks, j)[0] or _match_seq(toks, j, v["vague"], v["max_vague"])[0]:
                qualifier = qv
                i = j
        # "between 20 and 30"
        if toks[i].lower_ == "between" and i + 1 < n:
            a_n, a_v = _word_number(toks, i + 1)
            if a_n and i + 1 + a_n < n and toks[i + 1 + a_n].lower_ in ("and", "to"):
                b_n, b_v = _word_number(toks, i + 2 + a_n)
                if b_n and a_v is not None and b_v is not None and b_v > a_v and not _is_date_like(toks[i + 1]):
                    end = i + 2 + a_n + b_n
                    out.append(_Figure(start, end, i + 1, a_v, b_v, "range"))
                    i = end
                    continue
        vn, vv = _match_seq(toks, i, v["vague"], v["max_vague"])
        if vn and i + vn < n and toks[i + vn].lower_ in _single_vocab()["time_units"]:
            i += vn  # "several days later", "many years": time, not people
            continue
        if vn:
            val = int(vv["value"])
            exact = bool(vv.get("exact"))
            qual = qualifier if qualifier != "exact" else ("exact" if exact else "vague")
            out.append(_Figure(start, i + vn, i, val, val if qual in ("exact", "vague", "about", "up_to") else None,
                               qual, vague=not exact))
            i += vn
            continue
        nn, nv = _word_number(toks, i)
        if nn and start >= 2 and toks[start - 1].lower_ == "of" and (
                toks[start - 2].lemma_.lower() in _single_vocab()["parent_nouns"]):
            i += nn  # "a mother of three": her children, not a toll
            continue
        if nn and nv == 1 and toks[i].lower_ == "one" and _whole_of_figure(toks, i, out):
            i += nn  # "five members of one family": the whole they belong to
            continue
        if nn and nv is not None and not _is_date_like(toks[i]):
            end = i + nn
            low, high = nv, nv
            qual = qualifier
            # "20 to 30", "20-30", "20 or 30"
            if end + 1 < n and toks[end].lower_ in ("to", "-", "–", "or"):
                b_n, b_v = _word_number(toks, end + 1)
                if b_n and b_v is not None and b_v > nv and not _is_date_like(toks[end + 1]):
                    risen = (toks[end].lower_ == "to" and start >= 1 and toks[start - 1].lower_ == "from"
                             and any(t.lemma_.lower() in v["toll_reach"]["via"] for t in toks[max(0, start - 6) : start]))
                    high = b_v
                    end = end + 1 + b_n
                    qual = "range" if qualifier == "exact" else qualifier
                    if risen:  # "the toll rose from 10 to 14": the figure now stands at 14
                        low, qual = b_v, qualifier
            fixed = _corrected(toks, end)
            if fixed is not None:  # "three (later confirmed to be four) soldiers": the corrected figure
                end, low, high = fixed[0], fixed[1], fixed[1]
            if qual in ("at_least", "over"):
                high = None
            if start == i and i >= 1 and toks[i - 1].lower_ == "another" and nv >= 2:
                start = i - 1  # "another six were killed": more people than those told before (the phrase says so)
            out.append(_Figure(start, end, i, low, high, qual))
            i = end
            continue
        if (toks[i].lower_ in ("a", "an") and qualifier == "exact" and i + 2 < n
                and toks[i + 1].lower_ in _single_vocab()["ordinal_persons"] and toks[i + 2].pos_ in ("AUX", "VERB")):
            out.append(_Figure(i, i + 1, i, 1, 1, "exact", article=True))  # "a third was wounded": one more person
            i += 1
            continue
        if _collective_of_figure(toks, i):
            i += 1  # "a group of five officers": the figure after "of" counts them, not the article
            continue
        # "a man", "an elderly woman", "one person": 1 when the noun is a person
        if toks[i].lower_ in ("a", "an", "one", "single", "lone") and qualifier == "exact":
            j = _age_end(toks, i + 1)
            while j < n and (toks[j].pos_ in ("ADJ", "ADV") or _hedge(toks[j]) or _inner_hyphen(toks, j)
                                or (j + 1 < n and _inner_hyphen(toks, j + 1))) and j - i < 8:
                j = _age_end(toks, j + 1) if _age_end(toks, j + 1) != j + 1 else j + 1
            if j < n and toks[j].pos_ in ("NOUN", "PROPN") and toks[j].lower_ not in v["numbers"] and not _noun_kind(toks[j]):
                person = toks[j].lower_ in v["people"] or toks[j].lemma_.lower() in v["people"]
                if _whole_of_figure(toks, i, out):
                    i += 1  # "five members of one family", "three people from a village": the whole they belong to
                    continue
                out.append(_Figure(i, i + 1, i, 1, 1, "exact", article=True, vague=not person))
                i += 1
                continue
        i = max(i + 1, start + 1)
    # "one of the three men died": the whole the part is taken from, never a toll of its own (the part reads on)
    starts = {f.end: f for f in out}
    for f in out:
        part = starts.get(f.start - 2) if f.start >= 3 else None
        if (part is not None and not part.article and toks[f.start - 1].lower_ in ("the", "those", "these")
                and toks[f.start - 2].lower_ == "of" and part.end == f.start - 2):
            f.subset = f.whole = True
    # subset markers: "including three children", "among them two women"
    for f in out:
        for m in v["subset"]:
            k = len(m)
            before = tuple(t.lower_ for t in toks[max(0, f.start - k) : f.start])
            if before == m and not (m == ("among",) and f.start >= 2 and toks[f.start - 2].lemma_.lower() == "be"):
                # ("She had been among four people struck": she is one of the four, the whole group)
                f.subset = True
    return out


_COLLECTIVES = frozenset({"group", "team", "band", "party", "convoy", "crew", "squad", "unit", "gang", "family",
                          "patrol", "batch", "contingent"})


def _collective_of_figure(toks: list[Token], i: int) -> bool:
    """'a group of five (police officers)', 'a family of four': an article on a collective noun before "of" and a
    figure of two or more; the figure counts the people."""
    if toks[i].lower_ not in ("a", "an") or i + 3 >= len(toks):
        return False
    if toks[i + 1].lemma_.lower() not in _COLLECTIVES or toks[i + 2].lower_ != "of":
        return False
    used, value = _word_number(toks, i + 3)
    return bool(used) and value is not None and value >= 2 and not _is_date_like(toks[i + 3])


_CORRECTING_VERBS = frozenset({"determined", "confirmed", "revised", "found", "established", "updated", "raised",
                               "corrected", "reported", "put", "verified"})


def _corrected(toks: list[Token], j: int) -> tuple[int, int] | None:
    """'killing three (later confirmed to be four) soldiers', 'six, later revised to eight,': a figure the note
    corrects in a bracket right after it; ACLED codes the later, corrected figure. (index after the bracket, the
    corrected value), or None."""
    n = len(toks)
    if j >= n or toks[j].text not in ("(", ","):
        return None
    close = ")" if toks[j].text == "(" else ","
    k = j + 1
    if k < n and toks[k].lower_ in ("later", "since", "subsequently", "eventually", "afterwards", "then"):
        k += 1
    if k >= n or toks[k].lower_ not in _CORRECTING_VERBS:
        return None
    k += 1
    if k + 1 < n and toks[k].lower_ == "to" and toks[k + 1].lower_ == "be":
        k += 2
    elif k < n and toks[k].lower_ in ("to", "as", "at"):
        k += 1
    else:
        return None
    used, value = _word_number(toks, k) if k < n else (0, None)
    if not used or value is None or _is_date_like(toks[k]):
        return None
    k += used
    if k >= n or toks[k].text != close:
        return None
    return k + 1, value


def _whole_of_figure(toks: list[Token], i: int, figs: list[_Figure]) -> bool:
    """'five members of one family', 'three people from a village': an article or "one" right after a figure's noun
    and "of"/"from" names the whole the counted people belong to, not one more person."""
    return (i >= 2 and toks[i - 1].lower_ in ("of", "from") and toks[i - 2].pos_ == "NOUN"
            and any(not f.article and f.end in (i - 2, i - 3) for f in figs))


def _hedge(t: Token) -> bool:
    """'shot dead a suspected thug': a participle the parse tags a verb, still a modifier of the victim's noun."""
    return t.pos_ == "VERB" and t.dep_ == "amod" and t.lemma_.lower() in ("suspect", "allege", "presume", "arm")


def _inner_hyphen(toks: list[Token] | Span, j: int) -> bool:
    """'a middle-aged woman', 'a well-known trader': a hyphen inside one modifier, no space either side."""
    return (toks[j].text == "-" and j >= 1 and not toks[j - 1].whitespace_ and not toks[j].whitespace_
            and j + 1 < len(toks) and toks[j + 1].pos_ in ("ADJ", "VERB", "ADV", "NOUN"))
