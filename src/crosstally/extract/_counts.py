"""The counts grammar: every way a report states a toll, as :class:`~crosstally.records.Count` values.

Works over a parsed spaCy ``Doc`` one sentence at a time: find the figures ("over 1,200", "between 20 and 30",
"dozens of", "two ... and a ..."), then link each figure to what happened to the people it counts (killed,
injured, displaced, detained, abducted, missing) by reading forward ("5 were killed", "5 dead") or backward
("killing 5", "the death toll rose to 973", "along with 100,000 civilians"). Figures after a subset marker
("including three children") are never added. A figure a document repeats is one Count with several spans.
Fates that did not happen ("nearly killed", "was not hurt", "tried to kill") and a protest's grievance
("protested the killing of") give no count; a part of victims already counted ("two of the bodies") is not
a new toll; one person told again ("a man was shot dead ... the victim's body") is one death, two specific
people ("1 soldier", "a Taliban fighter") stay two. People shot with their fate untold ("three people were
shot", "a woman was shot") are injured (GVDB's coding) until the document tells a death: then the lone person
shot is the one who died ("... was later pronounced deceased") unless the text tells another person ("also",
"a second man", another gender or role), and of several shot those who did not die are the injured ("three
people were shot, one fatally": 1 killed, 2 injured); "five others were wounded, including the woman who died" is
four hurt and one more death. A person told alive ("in stable condition") is never the one who died. Ages are no
tolls ("a man of 22", "the men, 21 and 36,"); "shot at a party" is hit, "shot at by a gunman" is not. The shooter
who killed himself is one more victim (GVDB's annotators list him).
Word lists live in ``data/quantifiers.yaml`` and ``data/count_terms.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..records import Count
from ..records import Span as CharSpan
from ..vocab import load_vocab

METHOD = "crosstally.counts.grammar.v1"
SHOT_METHOD = "crosstally.counts.singular-shot.v1"  # "was shot", fate not stated: yields to any death
DIED_METHOD = "crosstally.counts.shot-then-died.v1"  # that lone person shot, and the document tells a death
# "three people were shot, one fatally": the shot who did not die are GVDB's injured (shot figure less the toll)
SURVIVORS_METHOD = "crosstally.counts.shot-survivors.v1"
# "five others were wounded, including the woman who died": one death more than those told before her
DIED_AMONG_METHOD = "crosstally.counts.died-among-hurt.v1"
SELF_METHOD = "crosstally.counts.self-inflicted.v1"  # "then killed himself": the shooter is a victim too (GVDB)

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")
_SKIP_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"}
_AUX_WORDS = {
    "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "allegedly", "also",
    "all", "later", "subsequently", "then", "since", "so", "far", "reported", "feared", "believed", "confirmed",
    "thought", "to", "verified", "who", "that", "which", "now", "apparently", "initially", "either",
    "known", "understood", "presumed",
}
_STOP_PUNCT = {".", ";", ":", "(", ")", "!", "?", "“", "”", '"'}
_MAX_FORWARD = 12
_GENERIC_GROUPS = {"people", "persons", "person", "individuals", "others", "more", "civilians and others"}


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


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    """Everything the grammar reads from the data files, shaped for fast lookup."""
    q = load_vocab("quantifiers")["entries"]
    terms = load_vocab("count_terms")["entries"]
    trig = load_vocab("event_triggers")["entries"]["cues"]
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    adjs: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for kind, spec in terms.items():
        for v in spec.get("verbs") or []:
            verbs.setdefault(v, kind)
        for n in spec.get("nouns") or []:
            nouns.setdefault(n, kind)
        for a in spec.get("adjectives") or []:
            adjs.setdefault(a, kind)
        for p in spec.get("phrases") or []:
            phrases.setdefault(tuple(p.lower().split()), kind)
    vague = {tuple(k.lower().split()): v for k, v in q["vague"].items()}
    quals = {tuple(k.lower().split()): v for k, v in q["qualifiers"].items()}
    subset = [tuple(s.lower().split()) for s in q["subset_markers"]]
    people = {w.lower() for key in ("civilians", "armed_state", "armed_nonstate") for w in trig.get(key, [])}
    return {
        "numbers": {str(k).lower(): int(v) for k, v in q["numbers"].items()},
        "multipliers": {str(k).lower(): int(v) for k, v in q["multipliers"].items()},
        "vague": vague,
        "quals": quals,
        "subset": subset,
        "verbs": verbs,
        "nouns": nouns,
        "adjs": adjs,
        "phrases": sorted(phrases.items(), key=lambda kv: -len(kv[0])),
        "people": people,
        "date_words": {str(w).lower() for w in q.get("date_words", [])},
        "toll_reach": {k: frozenset(str(w).lower() for w in v)
                       for k, v in (load_vocab("count_terms").get("toll_reach") or {}).items()},
        "place_labels": frozenset(str(w).lower() for w in load_vocab("count_terms").get("place_labels") or []),
        "max_vague": max(len(k) for k in vague),
        "max_qual": max(len(k) for k in quals),
    }


def _low(tok: Token) -> str:
    return tok.lower_


def _match_seq(tokens: list[Token], i: int, table: dict[tuple[str, ...], Any], max_len: int) -> tuple[int, Any]:
    """Longest lower-cased token sequence starting at ``i`` found in ``table``: (length, value)."""
    firsts = _first_words(id(table), table)
    if tokens[i].lower_ not in firsts:
        return 0, None
    for n in range(min(max_len, len(tokens) - i), 0, -1):
        key = tuple(_low(t) for t in tokens[i : i + n])
        if key in table:
            return n, table[key]
    return 0, None


_FIRSTS: dict[int, frozenset[str]] = {}


def _first_words(key: int, table: dict[tuple[str, ...], Any]) -> frozenset[str]:
    """First words of a phrase table (cached): most tokens start no phrase and are skipped at once."""
    got = _FIRSTS.get(key)
    if got is None:
        got = _FIRSTS[key] = frozenset(k[0] for k in table)
    return got


def _word_number(tokens: list[Token], i: int) -> tuple[int, int | None]:
    """Parse a written or digit number at ``i``: (tokens used, value); handles '1,200', 'one million', 'twenty-five'."""
    v = _vocab()
    nums, mult = v["numbers"], v["multipliers"]
    t = tokens[i]
    text = t.text.lower().replace("\u2009", "")
    value: float | None = None
    used = 0
    if _DIGITS.match(text):
        value = float(text.replace(",", ""))
        used = 1
    elif re.match(r"^\d+(?:\.\d+)?[km]$", text):
        value = float(text[:-1]) * mult[text[-1]]
        used = 1
    elif "-" in text and all(p in nums for p in text.split("-")):
        value = float(sum(nums[p] for p in text.split("-")))
        used = 1
    elif text in nums and text not in ("a", "an", "another", "no", "both", "pair", "single", "lone"):
        value = float(nums[text])
        used = 1
        # "twenty five", "one hundred and twenty"
        while i + used < len(tokens):
            nxt = tokens[i + used].lower_
            if nxt in nums and nums[nxt] < 10 and value >= 20 and value % 10 == 0:
                value += nums[nxt]
                used += 1
            elif (nxt == "-" and i + used + 1 < len(tokens) and tokens[i + used + 1].lower_ in nums
                  and 0 < nums[tokens[i + used + 1].lower_] < 10 and value >= 20 and value % 10 == 0):
                value += nums[tokens[i + used + 1].lower_]  # "Thirty-one", split by the tokenizer
                used += 2
            else:
                break
    if value is None:
        return 0, None
    # multipliers: "1.5 million", "two hundred", "one hundred thousand"
    while i + used < len(tokens) and tokens[i + used].lower_ in mult and tokens[i + used].lower_ not in ("m", "k"):
        value *= mult[tokens[i + used].lower_]
        used += 1
        if (
            i + used + 1 < len(tokens)
            and tokens[i + used].lower_ == "and"
            and tokens[i + used + 1].lower_ in nums
        ):
            value += nums[tokens[i + used + 1].lower_]
            used += 2
    if value != int(value):
        return 0, None
    return used, int(value)


def _age_end(toks: list[Token], j: int) -> int:
    """Index after an age compound at ``j`` ('29-year-old'), or ``j`` when there is none."""
    if (
        j + 4 < len(toks) and toks[j + 1].text == "-" and toks[j + 2].lower_ in ("year", "month", "week", "day")
        and toks[j + 3].text == "-" and toks[j + 4].lower_ == "old"
    ):
        return j + 5
    return j


def _is_date_like(tok: Token) -> bool:
    doc = tok.doc
    if tok.i >= 1 and (doc[tok.i - 1].lower_ in ("aged", "ages") or (
            tok.i >= 2 and doc[tok.i - 2].lower_ in ("age", "ages") and doc[tok.i - 1].lower_ in ("of", "to", "from"))):
        return True  # "kids under the age of 12", "aged 15": an age, not a toll
    if (tok.text.isdigit() and tok.i >= 1 and doc[tok.i - 1].lower_ in _vocab()["place_labels"]
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN")):
        return True  # "a bus in zona 18", "Sector 7": a numbered part of a town or road, not a toll
    if tok.text.isdigit() and int(tok.text) < 120 and _listed_age(doc, tok.i):
        return True  # "Two men, ages 20 and 31, died": the second age, not a toll of 31
    if (tok.i >= 3 and doc[tok.i - 1].lower_ == "of" and tok.text.isdigit() and int(tok.text) < 120
            and doc[tok.i - 2].lower_ in _single_vocab()["singular_persons"]
            and doc[tok.i - 3].lower_ in ("a", "an", "the", "one", "another")):
        return True  # "a man of 22 was killed": his age, not a toll of 22
    if tok.text.isdigit() and int(tok.text) < 120 and _paired_ages(doc, tok.i):
        return True  # "The men, 21 and 36, were shot": their ages
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in ("year", "month", "week", "day"):
        return True  # an age ('a 29-year-old man'), not a toll
    if tok.ent_type_ == "DATE":
        # walk the DATE entity's tokens (IOB) instead of building doc.ents for every figure
        doc = tok.doc
        a = tok.i
        while a > 0 and doc[a].ent_iob_ == "I":
            a -= 1
        b = tok.i + 1
        while b < len(doc) and doc[b].ent_iob_ == "I":
            b += 1
        words = _vocab()["date_words"]
        if any(t.lower_ in words or (t.text.isdigit() and len(t.text) == 4) or "/" in t.text for t in doc[a:b]):
            return True
    elif tok.ent_type_ in _SKIP_ENTS:
        nxt_tok = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        # "6 killed/ 3 injured/" read as a QUANTITY: a fate word right after says it counts people
        return not (tok.ent_type_ == "QUANTITY" and nxt_tok is not None
                    and nxt_tok.lower_.rstrip("/") in _vocab()["adjs"])
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if (  # an age in apposition: "John Smith, 24, was pronounced dead"
        nxt is not None and nxt.text in (",", ")") and tok.i >= 2 and doc[tok.i - 1].text in (",", "(")
        and doc[tok.i - 2].pos_ in ("PROPN", "NOUN") and tok.text.isdigit() and int(tok.text) < 120
        and (doc[tok.i - 2].ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP") or _name_then_home(doc, tok.i))
    ):
        return True
    if nxt is not None and nxt.lower_ in ("%", "percent", "per", "km", "kilometres", "kilometers", "miles", "am", "pm",
                                          "years", "year", "yr", "yrs", "days", "hours", "months", "weeks", "minutes"):
        return True
    return tok.text.isdigit() and len(tok.text) == 4 and 1900 <= int(tok.text) <= 2100


def _name_then_home(doc: Doc, i: int) -> bool:
    """"Terrell Banks, 33, of Akron, died": a name the tagger took for an organisation, then an age and a home
    town. Two or three capitalised words before the comma (the tagger may call the first name a noun), ", of
    <Place>" after the number: a person's age."""
    k = i - 2
    words = 0
    while k >= 0 and doc[k].pos_ in ("PROPN", "NOUN") and doc[k].text[:1].isupper() and words < 4:
        words += 1
        k -= 1
    if not 2 <= words <= 3 or (k >= 0 and doc[k].lower_ in ("the", "of")):
        return False
    return (i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ == "of"
            and doc[i + 3].pos_ == "PROPN")


def _listed_age(doc: Doc, i: int) -> bool:
    """Is the number at ``i`` a later item of a list of ages ("ages 14, 15 and 16", "aged 20 and 31")?"""
    k = i - 1
    while k >= 1 and (doc[k].lower_ in (",", "and", "&", "to", "through")
                      or (doc[k].text.isdigit() and int(doc[k].text) < 120)):
        k -= 1
    if k >= 2 and doc[k].lower_ in ("of", "from") and doc[k - 1].lower_ in ("ages", "age"):
        k -= 1  # "between the ages of 16 and 21", "ranging in age from 16 to 21"
    elif k >= 3 and doc[k].lower_ == "from" and doc[k - 1].lower_ == "age" and doc[k - 2].lower_ == "in":
        k -= 1
    if k < i - 1 and doc[k].lower_ in ("ages", "age") and doc[k + 1].lower_ in ("of", "from"):
        return True
    return k < i - 1 and doc[k].lower_ in ("ages", "aged") and doc[k + 1].text.isdigit()


def _paired_ages(doc: Doc, i: int) -> bool:
    """Is the number at ``i`` one of two ages in apposition ("The men, 21 and 36, were shot")?"""
    def age(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].text.isdigit() and int(doc[k].text) < 120

    def opens(k: int) -> bool:  # ", " after a person noun or a name
        return k >= 1 and doc[k].text in (",", "(") and doc[k - 1].pos_ in ("NOUN", "PROPN")

    def closes(k: int) -> bool:
        return k < len(doc) and doc[k].text in (",", ")")

    if i + 3 < len(doc) and doc[i + 1].lower_ == "and" and age(i + 2) and opens(i - 1) and closes(i + 3):
        return True
    return i >= 3 and doc[i - 1].lower_ == "and" and age(i - 2) and opens(i - 3) and closes(i + 1)


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
            if qual in ("at_least", "over"):
                high = None
            out.append(_Figure(start, end, i, low, high, qual))
            i = end
            continue
        if (toks[i].lower_ in ("a", "an") and qualifier == "exact" and i + 2 < n
                and toks[i + 1].lower_ in _single_vocab()["ordinal_persons"] and toks[i + 2].pos_ in ("AUX", "VERB")):
            out.append(_Figure(i, i + 1, i, 1, 1, "exact", article=True))  # "a third was wounded": one more person
            i += 1
            continue
        # "a man", "an elderly woman", "one person": 1 when the noun is a person
        if toks[i].lower_ in ("a", "an", "one", "single", "lone") and qualifier == "exact":
            j = _age_end(toks, i + 1)
            while j < n and toks[j].pos_ in ("ADJ", "ADV") and j - i < 8:
                j = _age_end(toks, j + 1) if _age_end(toks, j + 1) != j + 1 else j + 1
            if j < n and toks[j].pos_ in ("NOUN", "PROPN") and toks[j].lower_ not in v["numbers"] and not _noun_kind(toks[j]):
                person = toks[j].lower_ in v["people"] or toks[j].lemma_.lower() in v["people"]
                out.append(_Figure(i, i + 1, i, 1, 1, "exact", article=True, vague=not person))
                i += 1
                continue
        i = max(i + 1, start + 1)
    # subset markers: "including three children", "among them two women"
    for f in out:
        for m in v["subset"]:
            k = len(m)
            before = tuple(t.lower_ for t in toks[max(0, f.start - k) : f.start])
            if before == m and not (m == ("among",) and f.start >= 2 and toks[f.start - 2].lemma_.lower() == "be"):
                # ("She had been among four people struck": she is one of the four, the whole group)
                f.subset = True
    return out


def _kind_at(toks: list[Token], i: int) -> tuple[int, str | None]:
    """The kind a verb/phrase/adjective at ``i`` names: (tokens used, kind)."""
    v = _vocab()
    for key, kind in v["phrases"]:
        k = len(key)
        if tuple(t.lower_ for t in toks[i : i + k]) == key:
            return k, kind
    t = toks[i]
    lemma = t.lemma_.lower()
    if _to_death(toks, i):
        return 3, "killed"  # "speared to death", "macheted to death": any act that ended in death
    if t.pos_ in ("VERB", "AUX", "ADJ") or t.tag_ in ("VBN", "VBD", "VBG"):
        if lemma in v["verbs"]:
            return 1, v["verbs"][lemma]
        if t.lower_ in v["adjs"]:
            return 1, v["adjs"][t.lower_]
    if t.lower_ in v["adjs"]:
        return 1, v["adjs"][t.lower_]
    bare = t.lower_.rstrip("/")
    if bare != t.lower_ and bare in v["adjs"]:  # "7 killed/ 4 injured/": note-taking shorthand, one token
        return 1, v["adjs"][bare]
    return 0, None


# "sentenced to death", "threatened to death": no death happened (a sentence, a threat, a fright)
_NOT_TO_DEATH = frozenset({"sentence", "condemn", "threaten", "scare", "frighten", "bore", "worry", "love", "freeze"})


def _to_death(toks: list[Token], i: int) -> bool:
    """A verb followed by "to death" ("speared to death", "stoned to death"): killed, whatever the verb."""
    t = toks[i]
    return (i + 2 < len(toks) and toks[i + 1].lower_ == "to" and toks[i + 2].lower_ == "death"
            and (t.pos_ == "VERB" or t.tag_ in ("VBN", "VBD", "VBG")) and t.lemma_.lower() not in _NOT_TO_DEATH)


def _noun_kind(t: Token) -> str | None:
    v = _vocab()
    if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
        low = t.lower_
        # "20 UNCONFIRMED DEATHS": an all-capitals word keeps its plural as its lemma
        return (v["nouns"].get(t.lemma_.lower()) or v["nouns"].get(low)
                or (v["nouns"].get(low[:-1]) if t.is_upper and low.endswith("s") else None))
    return None


def _skip_subset(toks: list[Token], j: int, figs_at: dict[int, _Figure]) -> int:
    """Skip an 'including two commanders' clause, returning the index after it."""
    v = _vocab()
    for m in v["subset"]:
        if tuple(t.lower_ for t in toks[j : j + len(m)]) == m:
            j += len(m)
            while j < len(toks) and (
                toks[j].pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "CCONJ") or toks[j].text == ","
                or j in figs_at
            ):
                j += 1
            return j
    return j


_PLACE_PREPS = frozenset({"in", "inside", "at", "near", "outside", "aboard"})


def _forward(toks: list[Token], f: _Figure, figs_at: dict[int, _Figure]) -> None:
    """Read forward from a figure: group noun phrase, then the kind word ("5 soldiers were killed")."""
    j = f.end
    group: list[Token] = []
    limit = min(len(toks), f.end + _MAX_FORWARD)
    fatal = _fatal_tail(toks, f)
    if fatal is not None:  # "three people were shot, one fatally", "two of them fatally"
        f.kind, f.kind_start, f.kind_end = "killed", f.start, fatal
        return
    while j < limit:
        t = toks[j]
        if (j == f.end and not f.vague and t.lower_ == "of" and j + 2 < len(toks)
                and toks[j + 1].lower_ in ("them", "those", "these") and toks[j + 2].lower_ in _vocab()["adjs"]):
            j += 2  # "leaving seven of them dead": a partitive, the fate right after it (not "of them" a subset)
            continue
        j2 = _skip_subset(toks, j, figs_at)
        if j2 != j:
            limit = min(len(toks), limit + (j2 - j))
            j = j2
            continue
        if t.text == "(":
            close = next((k for k in range(j + 1, min(len(toks), j + 9)) if toks[k].text == ")"), None)
            if close is not None and not _kind_between(toks, j + 1, close):
                # "At least 14 (other accounts: 25) have died", "Reservists (KPR) are feared dead": an aside
                limit = min(len(toks), limit + close + 1 - j)
                j = close + 1
                continue
        if t.text in _STOP_PUNCT:
            return
        wound_end = _wound_phrase(toks, j) if group and _persons(group) and f.low >= 2 and not f.vague else None
        if wound_end is not None:
            # "officers located two adult males suffering from gunshot wounds": hit, fate untold (GVDB's injured
            # unless the document tells deaths among them)
            f.kind, f.kind_start, f.kind_end, f.group, f.shot = "injured", j, wound_end, group, True
            return
        if t.text == "," and group and not f.article and _persons(group):
            end = _apposition_end(toks, j, group)
            if end is not None:  # "The two other victims, a man of 21 and a man of 47, were treated for wounds"
                for k in range(j, end):
                    if k in figs_at and figs_at[k].article:
                        figs_at[k].used = True  # the appositive's "a man": the same people, not more
                limit = min(len(toks), limit + end + 1 - j)
                j = end + 1
                continue
        nk = _noun_kind(t)
        if nk and j >= f.end + 2 and toks[j - 2].lower_ == "of" and toks[j - 1].lower_ in ("the", "those") and (
                _fate_follows(toks, j + 1, nk)):
            group.append(t)  # "two of the wounded died in hospital": the verb is the fate, the noun who they were
            j += 1
            continue
        if (nk in ("injured", "killed") and j >= f.end + 2 and toks[j - 2].lower_ == "of"
                and toks[j - 1].lower_ in ("the", "those") and j + 1 < len(toks) and toks[j + 1].pos_ == "NOUN"
                and toks[j + 1].tag_ == "NNS" and _fate_follows(toks, j + 2, nk)):
            group.extend(toks[j : j + 2])  # "one of the wounded officers died": the noun after names them
            j += 2
            continue
        if nk and t.lemma_.lower() in _single_vocab()["person_kind_nouns"] and _fate_follows(toks, j + 1, nk):
            group.append(t)  # "two refugees were killed": the verb is the fate, the noun who they were
            j += 1
            continue
        if nk and t.dep_ == "compound" and j + 1 < len(toks) and toks[j + 1].pos_ == "NOUN":
            return  # "500 body cameras", "3 murder suspects": the noun only modifies another
        if nk and not group and t.lower_ not in _vocab()["adjs"]:
            # "5 deaths", "111 verified deaths"
            f.kind, f.kind_end = nk, j + 1
            f.kind_start = j
            return
        if t.dep_ == "acl" and t.tag_ == "VBG" and group and any(t.head.i == g.i for g in group):
            end = max(x.i for x in t.subtree) - toks[0].i + 1
            if end - j <= 8 and not any(x.text in _STOP_PUNCT for x in toks[j:end]) and any(
                    _kind_at(toks, k)[1] for k in range(end, min(len(toks), end + 6))):
                limit = min(len(toks), limit + end - j)
                j = end  # "four herders grazing by the river were killed": a modifier, the fate after it
                continue
        kn, kind = _kind_at(toks, j)
        if kind and (t.pos_ != "NOUN" or t.lower_ in _vocab()["adjs"]):
            if f.article and not _passive_or_intransitive(toks, j):
                return  # "a bomb killed 3": the article names the weapon, not a victim
            if _unrealised(t):
                return  # "two were nearly killed", "one was not hurt"
            verb = next((x for x in toks[j : j + kn] if x.pos_ == "VERB"), t)  # "who fatally shot a man"
            if (kind in _SINGULAR_KINDS and verb.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and not toks[j].i <= c.i < toks[j].i + kn  # "suffered gunshot wounds": the phrase
                    and not _bracketed(c)  # "3 killed (machetes) during ...": an aside, no object
                    for x in toks[j : j + kn] if x.pos_ == "VERB" for c in x.children)
                    and not _passive_or_intransitive(toks, j)):
                return  # "three officers gunned down a suspect": the figure counts the killers
            f.kind_start = j
            f.kind, f.kind_end = kind, j + kn
            f.group = group
            _trailing_side(toks, f)
            return
        if (nk == "killed" and t.lower_ == "death" and toks[j - 1].lower_ == "to" and f.start >= 1
                and any(x.lemma_.lower() in _NOT_TO_DEATH for x in toks[max(0, f.start - 2) : f.start])):
            return  # "a court sentenced two men to death": a sentence, no death
        if nk and group:
            # "3 civilian deaths"; "one million Syrian refugees" (the noun names the group too)
            f.kind, f.kind_end, f.kind_start = nk, j + 1, j
            f.group = [*group, t] if nk in ("displaced", "detained", "abducted") else group
            return
        # "1 civilian and his 2 bodyguards were killed": a possessive before the next figure
        step = 2 if (t.lower_ == "and" and j + 2 < len(toks) and toks[j + 1].tag_ == "PRP$" and j + 2 in figs_at
                     and not figs_at[j + 2].article) else 1
        if j + step in figs_at and not figs_at[j + step].subset and (
            t.lower_ == "and" or (t.text == "," and not figs_at[j + 1].article)
        ):
            nxt = figs_at[j + step]
            if f.article and group and group[-1].lower_ in (
                    _single_vocab()["non_person_units"] | _single_vocab()["animal_nouns"]):
                return  # "killed by a stray bullet and one bystander was killed": the article names a thing
            # "two policemen and a civilian were killed": chain the figures
            nxt.chain_member = bool(group)
            _forward(toks, nxt, figs_at)
            if nxt.kind and nxt.group and group and not _kind_between(toks, f.end, j):
                f.kind, f.kind_end, f.kind_start = nxt.kind, nxt.kind_end, nxt.kind_start
                f.group = group
                f.chained = [nxt]
                f.shot = nxt.shot  # "a man and a woman were shot": two hurt, fate untold
                nxt.used = True
            return
        if j in figs_at and j != f.start:
            return  # another figure starts: this one's noun phrase has ended without a kind
        if t.text == "," and f.article:
            return
        if t.lower_ in _AUX_WORDS or t.pos_ in ("AUX", "PART", "ADV", "DET") or t.text == ",":
            j += 1
            continue
        if t.pos_ == "ADP" and j >= 1 and toks[j - 1].pos_ == "AUX" and group:
            # "three traders were on Sunday night shot dead": a time or place phrase between the verb's parts
            nxt = next((k for k in range(j + 1, min(len(toks), j + 7)) if _kind_at(toks, k)[1]
                        and toks[k].pos_ in ("VERB", "ADJ")), None)
            if nxt is not None and not any(x.text in _STOP_PUNCT or x.pos_ == "VERB" for x in toks[j:nxt]):
                j = nxt
                continue
        if (t.lemma_.lower() in _single_vocab()["wound_verbs"] and j + 2 < len(toks)
                and toks[j + 1].lower_ in ("and", ",") and _kind_at(toks, j + 2)[1]):
            j += 2  # "three people were shot and wounded": the fate is the second verb
            continue
        if ((t.lemma_.lower() == "shoot" or t.lower_ == "shot" or (
                t.lemma_.lower() in ("hit", "strike", "graze") and _persons(group)))
                and _shot_figure(toks, f, j, group)
                and not _unrealised(t)
                and not (f.start > 0 and toks[f.start - 1].tag_ == "PRP$")  # "in her 20's": an age
                and not _shot_at(toks, j)):  # "shot at": missed
            f.kind, f.kind_start, f.kind_end, f.group, f.shot = "injured", j, j + 1, group, True
            return  # "three people were shot": GVDB's injured, unless the document tells deaths
        if (t.dep_ == "prep" and t.lower_ in _PLACE_PREPS and group and any(t.head.i == g.i for g in group)
                and _persons(group) and not _kind_at(toks, j)[1]):
            end = max(x.i for x in t.subtree) - toks[0].i + 1
            if end - j <= 8 and not any(x.text in _STOP_PUNCT for x in toks[j:end]) and any(
                    _kind_at(toks, k)[1] or toks[k].lower_ == "shot" for k in range(end, min(len(toks), end + 4))):
                limit = min(len(toks), limit + end - j)
                j = end  # "two more people inside the house were wounded": where they were, the fate after it
                continue
        if (t.dep_ == "prep" and group and any(t.head.i == g.i for g in group) and _persons(group)
                and any(x.lower_ == "ages" for x in t.subtree)):  # not "kids under the age of 12": a class
            end = max(x.i for x in t.subtree) - toks[0].i + 1
            if end - j <= 9 and not any(x.text in _STOP_PUNCT for x in toks[j:end]):
                limit = min(len(toks), limit + end - j)
                j = end  # "five people between the ages of 16 and 21 were wounded": their ages, the fate after
                continue
        if (t.dep_ == "acl" and t.tag_ == "VBN" and group and any(t.head.i == g.i for g in group)
                and not _kind_at(toks, j)[1]):
            end = max(x.i for x in t.subtree) - toks[0].i + 1
            if end - j <= 8 and not any(x.text in _STOP_PUNCT for x in toks[j:end]):
                limit = min(len(toks), limit + end - j)
                j = end  # "five suspects linked to the two attacks have been shot dead": skip the modifier
                continue
        if (t.lemma_.lower() == "find" and t.tag_ in ("VBD", "VBN") and group and j + 1 < len(toks)
                and toks[j + 1].lower_ == "shot" and _shot_figure(toks, f, j + 1, group)):
            j += 1  # "two men were found shot": hit, fate untold
            continue
        if (t.lemma_.lower() == "find" and t.tag_ in ("VBD", "VBN") and group and j + 1 < len(toks)
                and _kind_at(toks, j + 1)[1] and toks[j + 1].pos_ != "NOUN"):
            j += 1  # "Three men found killed": a headline's fate, told without "were"
            continue
        if t.tag_ == "VBN" and t.dep_ == "amod" and not group and j + 1 < len(toks) and toks[j + 1].pos_ == "NOUN":
            j += 1  # "3 dismembered bodies": a participle describing the noun, not the fate
            continue
        if t.tag_ == "PRP$" and j >= 1 and toks[j - 1].lower_ == "of" and group and not f.vague:
            # (not "many of their colleagues have died": a vague share of people, told as background)
            j += 1  # "three of their colleagues were hurt": the possessive inside the noun phrase
            continue
        if t.lemma_.lower() in ("suspect", "allege", "presume", "armed", "unarmed", "unidentified"):
            group.append(t)  # "5 suspected Taliban militants", "2 alleged thieves"
            j += 1
            continue
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or (t.pos_ == "ADP" and t.lower_ in ("of", "from", "on")) or t.text in ("-", "'", "’"):
            age = _age_end(toks, j)
            if age != j:  # "a 29-year-old man": the age is part of the noun phrase
                group.extend(toks[j:age])
                j = age
                continue
            if f.article and not group and t.pos_ not in ("NOUN", "PROPN", "ADJ"):
                return
            if t.pos_ == "NOUN" and t.lower_ in _single_vocab()["event_nouns"]:
                return  # "the two Mpeketoni attacks": events, not people
            group.append(t)
            j += 1
            continue
        if t.pos_ == "CCONJ" and group:
            group.append(t)
            j += 1
            continue
        return


_WOUND_HEADS = frozenset({"wound", "wounds", "injury", "injuries"})
_WOUND_CAUSES = frozenset({"gunshot", "gun", "bullet", "gunfire"})


def _wound_phrase(toks: list[Token], j: int) -> int | None:
    """Index after "with (apparent) gunshot wounds" / "suffering (from) gunshot wounds" at ``j``, or None: how
    reports tell people found hit."""
    k = j
    if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].lower_ in ("each", "both", "all") \
            and toks[k + 2].lower_ == "with":
        k += 2  # "two men, each with at least one gunshot wound"
    if k < len(toks) and toks[k].lower_ == "with":
        k += 1
        if k + 1 < len(toks) and toks[k].lower_ == "at" and toks[k + 1].lower_ == "least":
            k += 2  # "with at least one gunshot wound"
    elif k < len(toks) and toks[k].lower_ in ("suffering", "sustaining"):
        k += 1
        if k < len(toks) and toks[k].lower_ == "from":
            k += 1
    else:
        return None
    w = k
    while k < len(toks) and toks[k].pos_ in ("ADJ", "DET", "NUM") and k - w < 4:
        k += 1  # "apparent", "multiple", "several"
    if k < len(toks) and toks[k].lower_ in _WOUND_CAUSES:
        k += 1
        if k < len(toks) and toks[k].text == "-":
            k += 1
        if k < len(toks) and toks[k].lower_ == "shot":
            k += 1  # "gun-shot wounds"
        if k < len(toks) and toks[k].lower_ in _WOUND_HEADS:
            return k + 1
    return None


def _apposition_end(toks: list[Token], j: int, group: list[Token]) -> int | None:
    """Index of the comma closing an appositive of the group's people that opens at the comma ``j`` ("victims, a
    man and a woman, were"), or None."""
    ids = {g.i for g in group}
    appos = next((x for x in toks[j + 1 : j + 12] if x.dep_ == "appos" and x.head.i in ids
                  and min(t.i for t in x.subtree) == toks[j + 1].i), None)
    if appos is None:
        return None
    end = max(x.i for x in appos.subtree) - toks[0].i + 1
    if end >= len(toks) or toks[end].text != "," or end - j > 16:
        return None
    if any(x.text in _STOP_PUNCT or x.pos_ == "VERB" for x in toks[j + 1 : end]):
        return None
    return end


def _shot_at(toks: list[Token], j: int) -> bool:
    """"Two men were shot at" (fired at, maybe missed), not "five people were shot at a party" (where they were
    hit): 'at' with no object, or with a person as its object ("shot at by a gunman", "shot at officers")."""
    if j + 1 >= len(toks) or toks[j + 1].lower_ not in ("at", "upon"):
        return False
    objs = [c for c in toks[j + 1].children if c.dep_ == "pobj"]
    if not objs:
        return True
    known = _vocab()["people"] | _single_vocab()["singular_persons"]
    return any(o.pos_ == "PRON" or o.lemma_.lower() in known or o.lower_ in known for o in objs)


def _shot_figure(toks: list[Token], f: _Figure, j: int, group: list[Token]) -> bool:
    """Does "shot" at ``j`` tell that the figure's people were hit: "three people were (also) shot", "a man and a
    woman were shot", a headline's "Three shot, one dead"? Not a vague figure, nor a lone article."""
    t = toks[j]
    if f.vague or not (f.low >= 2 or f.chain_member) or (f.article and not f.chain_member):
        return False
    people = any(g.pos_ == "NOUN" and g.text.isalpha() for g in group)
    passive = t.tag_ == "VBN" and any(x.lemma_.lower() in ("be", "get") for x in toks[max(f.end, j - 3) : j])
    if passive and (people or not group):
        return True
    if people and t.dep_ == "acl" and t.tag_ == "VBN" and any(t.head.i == g.i for g in group):
        return True  # "one of three people shot when someone opened fire": a reduced relative
    # a headline's bare participle right after the figure ("Three shot, one dead", "2 shot in Chicago")
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (not group and j == f.end and (t.tag_ in ("VBN", "VBD") or t.lower_ == "shot") and f.low >= 2
            and not _kind_at(toks, j)[1]  # "4 shot dead", "two shot and killed": the phrase tells the fate
            and (nxt is None or nxt.pos_ not in ("DET", "NUM", "PRON", "PROPN", "NOUN", "ADJ")))


def _persons(group: list[Token]) -> bool:
    """Does a group name people ("two teenagers", "three bystanders"), not things ("two cars")?"""
    known = _vocab()["people"] | _single_vocab()["singular_persons"]
    return any(g.lemma_.lower() in known or g.lower_ in known for g in group)


def _fatal_tail(toks: list[Token], f: _Figure) -> int | None:
    """'three people were shot, one fatally', 'two of them fatally': the figure counts the dead among the shot.
    The index after the adverb, or None."""
    if f.article or f.vague:
        return None
    j = f.end
    if j + 1 < len(toks) and toks[j].lower_ == "of" and toks[j + 1].lower_ in ("them", "whom", "those"):
        j += 2
    if j >= len(toks) or toks[j].lower_ not in _single_vocab()["fatal_adverbs"]:
        return None
    after = toks[j + 1] if j + 1 < len(toks) else None
    if after is not None and (after.pos_ in ("VERB", "AUX", "ADJ") or _kind_at(toks, j + 1)[1]):
        return None  # "two fatally shot", "one fatally wounded": the verb reads the fate itself
    return j + 1


def _fate_follows(toks: list[Token], j: int, kind: str) -> bool:
    """A fate verb of another kind within the next few words, before any stop ('refugees were killed')."""
    for k in range(j, min(len(toks), j + 7)):  # "five herders are believed to have been killed"
        if toks[k].text in _STOP_PUNCT:
            return False
        other = _kind_at(toks, k)[1]
        if other and other != kind and toks[k].pos_ in ("VERB", "AUX", "ADJ"):
            return True
    return False


def _passive_or_intransitive(toks: list[Token], j: int) -> bool:
    """'was killed', 'was shot dead', 'died', 'dead': the subject is the victim."""
    t = toks[j]
    if t.pos_ == "ADV" and j + 1 < len(toks):  # "was fatally shot"
        return j >= 1 and toks[j - 1].lemma_.lower() in ("be", "get")
    if t.lemma_.lower() in ("die", "perish", "be", "get") or t.pos_ == "ADJ" or t.lower_ in ("dead", "missing"):
        return True
    if t.tag_ == "VBN" and t.dep_ == "acl" and j >= 1 and toks[j - 1].pos_ in ("NOUN", "PROPN"):
        return True  # "three bandits and a ranger killed in a gunfight": a reduced relative, passive
    return j >= 1 and toks[j - 1].lemma_.lower() in ("be", "get") and t.tag_ in ("VBN", "VBD")


def _unrealised(tok: Token) -> bool:
    """A fate that did not happen: 'nearly killed', 'was not injured', 'tried to kill', 'attempted murder'.

    ACLED counts deaths that were reported, not near misses or attempts; a negated injury is no injury.
    """
    sv = _single_vocab()
    hedges, attempts = sv["hedge_adverbs"], sv["attempt_words"]
    for c in tok.children:
        if c.dep_ in ("neg", "advmod") and c.lower_ in hedges:
            return True
        if c.dep_ in ("amod", "compound") and c.lower_ in attempts:  # "attempted murder"
            return True
        if c.dep_ == "aux" and c.lower_ in ("might", "may"):
            return True  # "she might be injured", "others may have been killed": a possibility, not a report
        if c.dep_ == "aux" and c.lower_ in sv["counterfactual_modals"] and any(
                a.dep_ == "aux" and a.lower_ == "have" for a in tok.children):
            return True  # "could have been killed"
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "noone") or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return True  # "no officers or bystanders were hit": the fate of no one
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "unless", "if") for c in tok.children) \
            and any(a.dep_ == "aux" and a.lower_ in sv["counterfactual_modals"] for a in tok.head.children):
        return True  # "they should have held off until somebody got hurt": a hypothetical
    cur = tok.head if tok.dep_ == "conj" else tok  # "tried to kill", "tried to rob and kill"
    if cur.dep_ in ("xcomp", "acl") and cur.head.lemma_.lower() in attempts:  # "in a bid to lynch a suspect"
        return True
    if tok.dep_ in ("pobj", "dobj") and tok.head.lemma_.lower() in attempts:  # "an attempt at murder"
        return True
    i = tok.i
    doc = tok.doc
    # "nearly killed" parsed with the adverb elsewhere in the tree
    return i >= 1 and doc[i - 1].lower_ in hedges and doc[i - 1].pos_ in ("ADV", "PART")


def _no_one(toks: list[Token], f: _Figure) -> bool:
    """'no one was hurt', 'none of them was injured': zero, not one."""
    return f.num_start >= 1 and toks[f.num_start - 1].lower_ in ("no", "not") or toks[f.num_start].lower_ == "none"


def _kind_between(toks: list[Token], a: int, b: int) -> bool:
    return any(_kind_at(toks, k)[1] for k in range(a, b))


def _trailing_side(toks: list[Token], f: _Figure) -> None:
    """'250 fighters were killed on both sides': the side phrase belongs to the group."""
    if f.kind_end is None:
        return
    tail = [t.lower_ for t in toks[f.kind_end : f.kind_end + 3]]
    if tail[:3] in (["on", "both", "sides"], ["from", "both", "sides"], ["on", "each", "side"]):
        f.side = " ".join(t.text for t in toks[f.kind_end : f.kind_end + 3])


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
        s >= 1 and toks[s - 1].lower_ == "plus"
    ):
        for k in range(s - 1, -1, -1):
            kn, kind = _kind_at(toks, k)
            if kind:
                f.kind, f.kind_end = kind, k + kn
                # evidence from the connector ("along with 100,000 civilians"), not the earlier kind word,
                # so it never overlaps (and merges with) the first figure's own count
                f.kind_start = s - (3 if prev3 == "in addition to" else 1 if toks[s - 1].lower_ == "plus" else 2)
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
        if t.lower_ in ("toll", "tolls") or (t.lower_ == "total" and k >= 1 and toks[k - 1].lower_ == "death"):
            # "the death total was later raised from 2 to 5": a note's word for the toll
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
    if k >= 1 and not f.article and (toks[k].tag_ == "PRP$" or toks[k].lower_ in ("the", "all")):
        k -= 1  # "killing his two children", "killed all 5 passengers"
    if k < 0:
        return False
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


def _noun_after(toks: list[Token], j: int) -> list[Token]:
    group: list[Token] = []
    if j + 1 < len(toks) and toks[j].lower_ == "of" and toks[j + 1].tag_ in ("PRP$", "DT"):
        j += 2  # "3 of his guards"
    age = _age_end(toks, j)
    if age != j:  # "the killing of a 19-year-old woman"
        group.extend(toks[j:age])
        j = age
    while j < len(toks) and toks[j].pos_ in ("ADJ", "NOUN", "PROPN") and len(group) < 8:
        group.append(toks[j])
        j += 1
    return group


def _group_text(group: list[Token]) -> str | None:
    while group and (group[-1].pos_ in ("ADP", "CCONJ", "DET") or group[-1].text in ("-", ",")):
        group = group[:-1]
    while group and group[0].pos_ in ("DET", "ADP", "CCONJ"):
        group = group[1:]
    if not group:
        return None
    doc = group[0].doc
    return doc[group[0].i : group[-1].i + 1].text


def find_counts(sdoc: Doc | Span) -> list[Count]:
    """Every toll the text states, once each: figures repeated in the document add evidence, not counts."""
    sents = list(sdoc.sents) if isinstance(sdoc, Doc) else [sdoc]
    counts: list[Count] = []
    singles: list[Count] = []
    ones: list[Count] = []
    apart: set[int] = set()  # a second lone victim told in the same sentence: never the first one again
    selves: list[Count] = []
    text = sdoc.text  # built from every token on each access: once per call
    suicide = bool(_suicide_re().search(text))
    parts: list[Count] = []  # "one of them died", "two of the wounded died": deaths among those counted before
    for sent in sents:
        selves.extend(_self_harm(sent, suicide))
        marks: dict[int, str] = {}
        found = _sentence_counts(sent, marks)
        listed = _headline_list(sent)
        if listed is not None:  # "Man, woman killed in ...": one toll of everyone the headline lists
            found = [c for c in found if c.kind != listed.kind or not c.evidence
                     or c.evidence[0].start >= listed.evidence[0].end] + [listed]
        # "two of the bodies were burnt": a part of victims already counted, never a toll of its own
        # "Two were hurt ... One of them, a man of 40, died": a death among the hurt, even when the same man is
        # already counted dead ("A man who was shot on Saturday has died")
        parts.extend(c for c in found if marks.get(id(c)) == "partitive" and c.kind == "killed")
        found = [c for c in found if marks.get(id(c)) != "partitive" or not _part_of(c, counts)]
        for c in found:  # "killing 2 officers and injuring 4. One of the officers later died": one death more
            if (marks.get(id(c)) == "partitive" and c.kind == "killed" and _among_hurt(c)
                    and any(o.kind == "killed" for o in counts) and any(o.kind == "injured" for o in counts)):
                c.method = DIED_AMONG_METHOD
        found = [c for c in found if not _lost_things(c)]
        ones.extend(c for c in found if marks.get(id(c)) == "one")
        one = [c for c in _singular_victims(sent, found, apart) if not _lost_things(c)]
        grief = _grievance_ranges(sent)
        if grief:
            found = [c for c in found if not _in_ranges(c, grief)]
            one = [c for c in one if not _in_ranges(c, grief)]
        counts.extend(found)
        counts.extend(one)
        singles.extend(one)
    offset = sdoc.start_char if isinstance(sdoc, Span) else 0
    singles = _ordinal_toll(counts, singles, ones, text)
    counts = _later_death(_drop_weak_singles(counts, singles, ones, apart, text), text)
    _died_of_the_hurt(counts, parts)
    counts = _died_among_the_hurt(counts, text, offset)
    _wounded_then_died(counts, text, offset)
    links = _link_headlines(text, offset)
    if links:  # 'Read: ... suspect shot himself Watch: ...': other stories' headlines
        counts = [c for c in counts if not _inside(c, links)]
        selves = [c for c in selves if not _inside(c, links)]
    return _merge_repeats(counts + _new_selves(selves, counts))


def _ordinal_toll(counts: list[Count], singles: list[Count], ones: list[Count], text: str) -> list[Count]:
    """A follow-up that opens on "A second man has died" tells a toll of two before it names anyone: when the
    document's first death is such an ordinal, it states that rank, and the deaths told after it that stay within
    the rank ("A third person has died. Two women were killed at the scene") are the same people, not more (they
    leave ``counts``). Returns the singles left."""
    from ._assemble import _earlier_event

    dead = sorted((c for c in counts if c.kind == "killed" and c.evidence and not _earlier_event(text, c)),
                  key=lambda c: c.evidence[0].start)
    if not dead:
        return singles
    first = dead[0]
    words = (first.group or "").lower().split()
    rank = _ORDINALS.get(words[0]) if words else None
    if rank is None or first.low != 1 or not any(first is c for c in [*singles, *ones]):
        return singles
    first.low = first.high = rank
    told = 0
    for c in dead[1:]:
        if told + c.low > rank - 1:
            break
        told += c.low
        counts.remove(c)  # its span tells fewer than the rank: not evidence of the rank's figure
    return [c for c in singles if c is not first and any(c is o for o in counts)]


def _lost_things(c: Count) -> bool:
    """"lost 12 seats", "lost two fingers": 'lose' counts the dead only when what was lost is people ("the army
    lost two men", "lost three soldiers")."""
    if c.kind != "killed" or not re.match(r"los[te]s?\b|losing\b", c.phrase or "", re.I):
        return False
    head = (c.group or "").lower().split()
    people = _vocab()["people"] | {"men", "man", "women", "woman", "life", "lives"} | _single_vocab()["singular_persons"]
    return not head or head[-1] not in people


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
        if any(o.kind == "killed" and o.evidence and end <= o.evidence[0].start - offset < sent_end for o in counts):
            continue
        c.kind, c.method = "killed", DIED_AMONG_METHOD


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


def _inside(c: Count, ranges: list[tuple[int, int]]) -> bool:
    return bool(c.evidence) and any(a <= c.evidence[0].start < b for a, b in ranges)


_LINK_REACH = 160  # characters: one related story's headline


@lru_cache(maxsize=1)
def _link_label_re() -> re.Pattern[str]:
    labels = sorted((re.escape(str(w)) for w in load_vocab("count_terms").get("link_labels") or ()), key=len,
                    reverse=True)
    return re.compile(r"(?<![\w,])(?:" + ("|".join(labels) or "(?!x)x") + r"):[ \t]+(?=[A-Z0-9\"“'])")


def _link_headlines(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Character ranges (document offsets) of related-story headlines after a link label ('Read: ...', 'Watch: ...').

    Why: scraping glues a site's link lists into the article; their headlines state other incidents' tolls
    ('suspect shot himself'), which must not become this story's counts. A headline runs to the next label, the
    end of the line or ``_LINK_REACH`` characters.
    """
    rx = _link_label_re()
    marks = list(rx.finditer(text))
    out: list[tuple[int, int]] = []
    for i, m in enumerate(marks):
        end = min(len(text), m.end() + _LINK_REACH)
        if i + 1 < len(marks):
            end = min(end, marks[i + 1].start())
        nl = text.find("\n", m.end(), end)
        out.append((base + m.start(), base + (nl if nl >= 0 else end)))
    return out


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
        if _head_word(d.group) not in ("", "them", "injured", "wounded", "hurt", "victim") and not of_them:
            continue
        hurt = [c for c in counts if c.kind == "injured" and c.method == METHOD and start(c) < start(d)
                and c.low > d.low and c.high == c.low]
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
        if not running and m.group(2).lower() not in added:  # told again ("the woman who died"): one death
            added.add(m.group(2).lower())
            out.append(Count(kind="killed", low=1, high=1, qualifier="exact", group=m.group(2).lower(),
                             evidence=[CharSpan(a, b)], phrase=text[a - base : b - base], method=DIED_AMONG_METHOD,
                             confidence=0.5))
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


@lru_cache(maxsize=1)
def _suicide_re() -> re.Pattern[str]:
    words = load_vocab("quantifiers")["entries"].get("suicide_words") or []
    alts = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.I) if alts else re.compile(r"(?!x)x")


_REFLEXIVE = ("himself", "herself")


def _self_harm(sent: Span, suicide: bool) -> list[Count]:
    """'then killed himself', 'took his own life', 'turned the gun on herself', 'shot himself': the shooter harmed
    by his own hand, one victim of the shooting (GVDB lists him). "Shot himself" is a death when the document
    speaks of a suicide ("murder-suicide"), else a wound with the fate untold."""
    out: list[Count] = []
    for tok in sent:
        if tok.pos_ != "VERB" or _unrealised(tok):
            continue
        lem = tok.lemma_.lower()
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [g for c in objs for g in c.conjuncts if g.lower_ in _REFLEXIVE]  # "killing five soldiers and himself"
        own = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
               and any(g.lower_ in _REFLEXIVE for g in c.children)]  # "turned the gun on himself"
        reflexive = next((c for c in objs if c.lower_ in _REFLEXIVE), None)
        kind: str | None = None
        if reflexive is not None and _vocab()["verbs"].get(lem) == "killed":
            kind = "killed"
        elif lem == "take" and any(c.lemma_.lower() == "life" and any(g.lower_ == "own" for g in c.children)
                                   for c in objs):
            kind, reflexive = "killed", next(c for c in objs if c.lemma_.lower() == "life")  # "took his own life"
        elif (reflexive is not None and lem == "shoot") or (lem == "turn" and own):
            kind = "killed" if suicide or _is_fatal(tok) else "injured"
            if reflexive is None:
                reflexive = next(g for g in own[0].children if g.lower_ in _REFLEXIVE)
        if kind is None or reflexive is None:
            continue
        subj = _subject_of(tok)
        person = subj is not None and (subj.lower_ in _PRONOUNS_SUBJ or _person_arg(subj, strict=True))
        # who did it belongs in the evidence: "the husband fired at his wife, then turned the rifle on himself"
        start = subj.left_edge.i if person and subj is not None and subj.i < tok.i else tok.i
        if start < sent.start or tok.i - start > 30:
            start = tok.i
        end = max(reflexive.i, tok.i) + 1
        span = sent.doc[start:end]
        noun = subj is not None and person and subj.pos_ in ("NOUN", "PROPN")
        group = sent.doc[subj.i : subj.i + 1].text if noun and subj is not None else reflexive.lower_
        method = SELF_METHOD if kind == "killed" else SHOT_METHOD
        out.append(Count(kind=kind, low=1, high=1, qualifier="exact", group=group,
                         evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=method,
                         confidence=0.5))
    return out


def _subject_of(tok: Token) -> Token | None:
    """Who does a verb's act, climbing "fired at her, then took his own life", "turned the rifle on himself" and
    "the clerk who wounded two customers before killing himself" to the person named."""
    cur = tok
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in ("who", "that") and cur.dep_ == "relcl":
                return cur.head
            return subj
        if cur.dep_ == "relcl":
            return cur.head
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":  # "killed five people before killing himself"
            cur = cur.head.head
            continue
        if cur.dep_ not in ("conj", "advcl", "xcomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _new_selves(selves: list[Count], counts: list[Count]) -> list[Count]:
    """The self-harmed shooter, unless the document already counts him ("the gunman died of a self-inflicted
    wound"): a one-person count of an offender, of the same noun, or another self-harm told again ("Child shoots
    himself ... how a boy was able to shoot himself") is the same person. A wound he gave himself yields to his
    death told elsewhere, and counts only when no one else was hurt (a child's accident, not the wound of a man
    who shot his father)."""
    roles = _person_classes()["person_roles"]
    out: list[Count] = []
    others = any(c.kind in ("killed", "injured") for c in counts)
    for r in selves:
        if r.kind == "injured" and others:
            continue
        same = [c for c in counts + out if c.low == 1 and (c.kind == r.kind or c.kind == "killed")
                and (roles.get(_head_word(c.group)) == "offender" or c.method == r.method
                     or (c.group and r.group and _head_word(c.group) == _head_word(r.group)))]
        if r.kind == "injured" and any(c.kind == "killed" for c in same):
            continue
        if any(c.kind == r.kind for c in same):
            continue
        out.append(r)
    return out


def _later_death(counts: list[Count], text: str) -> list[Count]:
    """The lone person shot, fate untold, died when the document says a death happened but names no other dead
    ("a woman was shot ... was later pronounced deceased"): that Count moves from injured to killed. Several shot
    and some dead ("three people were shot, one fatally"): the others lived, and are the injured."""
    if any(c.kind == "killed" and c.qualifier != "vague" for c in counts):
        return _survivors(counts, text)
    # "Jasmine Whitt, 28, was shot in the leg and is in fair condition": told alive, not the one who died
    shot = [c for c in counts if c.kind == "injured" and c.method == SHOT_METHOD and c.low == 1
            and not _survived(text, c)]
    if not shot or not _later_death_re().search(text):
        return counts
    first = min(shot, key=lambda c: c.evidence[0].start if c.evidence else 0)
    first.kind, first.method = "killed", DIED_METHOD
    return counts


def _survivors(counts: list[Count], text: str) -> list[Count]:
    """"Three people were shot ... one died": the figure shot less the document's toll is the injured (GVDB codes
    each victim shot as killed or injured). A figure no larger than the toll, or one told for a period ("400 people
    have been shot this year"), yields to the toll: who of the shot lived is untold."""
    several = [c for c in counts if c.kind == "injured" and c.method == SHOT_METHOD and c.low > 1]
    if not several:
        return counts
    from ._assemble import _scope_res, toll

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


_DEATH_NOUNS = frozenset({"death", "killing", "murder", "shooting", "assassination", "lynching", "slaying"})


def _grievance_ranges(sent: Span) -> list[tuple[int, int]]:
    """Character ranges holding a protest's grievance: the object of 'protested', 'demanding justice for'."""
    sv = _single_vocab()
    out: list[tuple[int, int]] = []
    for tok in sent:
        lem = tok.lemma_.lower()
        objs: list[Token] = []
        if tok.pos_ == "VERB" and lem in sv["grievance_verbs"]:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "over", "into", "for")
                     for g in c.children if g.dep_ == "pobj"]
        elif tok.pos_ == "NOUN" and (lem in sv["grievance_nouns"] or (  # "demanding an inquiry into"
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in sv["grievance_verbs"])):
            objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("into", "over", "for", "against", "of", "to")
                    for g in c.children if g.dep_ == "pobj"]
            if any(o.lemma_.lower() in _DEATH_NOUNS for o in objs):
                # "demanding an end to police killings": the whole demand, its article included, is the grievance
                sub = list(tok.subtree)
                out.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
                continue
        for o in objs:
            if o.lemma_.lower() in _DEATH_NOUNS:
                sub = list(o.subtree)
                out.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return out


def _in_ranges(c: Count, ranges: list[tuple[int, int]]) -> bool:
    return c.kind == "killed" and bool(c.evidence) and any(a <= c.evidence[0].start < b for a, b in ranges)


def _drop_weak_singles(counts: list[Count], singles: list[Count], ones: list[Count] | None = None,
                       apart: set[int] | None = None, text: str = "") -> list[Count]:
    """A lone victim read off a verb yields to a stated figure of the same kind ("two were killed ... he died");
    "was shot" with no fate yields to any death in the document (the one shot is usually the one who died),
    unless the death is only vague ("so many deaths" in the city this year) or the dead are named people other
    than the one shot ("officer Barney was killed ... officer Richey suffered three gunshot wounds")."""
    from ._assemble import _earlier_event, _earlier_year

    def background(c: Count) -> bool:  # "In April, three people were wounded there": another, older incident
        return bool(text) and (_earlier_event(text, c) or _earlier_year(text, c))

    single_ids = {id(c) for c in singles}
    # a toll told as background ("killed three men in the summer of 2012") rules no lone victim out
    figured = {c.kind for c in counts if id(c) not in single_ids and c.low >= 2 and not background(c)}
    dead = [c for c in counts if c.kind == "killed" and c.qualifier != "vague"
            and not background(c)]  # "his brother was shot to death in 2012": not this one
    any_killed = bool(dead)
    kept = [
        c for c in counts
        if id(c) not in single_ids
        or (c.kind not in figured and not (c.method == SHOT_METHOD and any_killed and not _apart(c, dead)
                                           and not _survived(text, c)))
        or _offender_beside(c, [o for o in counts if id(o) not in single_ids and o.low >= 2])
        or _other_side(c, [o for o in counts if id(o) not in single_ids and o.low >= 2])
    ]
    # "a man was shot and killed ... Amos was pronounced dead": one victim told several times is one Count,
    # its evidence the first telling ("a man", which states the 1; "Amos was pronounced dead" does not);
    # "another man was shot" stays apart (a second victim)
    # The same holds for a one-person figure told again ("A man was shot dead ... a man's body was found";
    # "a shooting death ... the victim, a man, died"): same kind, no "another"/"also", one person.
    one_ids = single_ids | {id(c) for c in ones or ()}
    out: list[Count] = []
    first_one: dict[str, Count] = {}
    for c in kept:
        if c.low == 1 and c.high == 1 and c.kind not in first_one:
            first_one[c.kind] = c
            out.append(c)
            continue
        head = first_one.get(c.kind)
        # "a man dead and another with injuries ... the other man was found": "the other" is that "another" again
        again = head is not None and _another(head.group) and (c.phrase or "").lower().startswith("the other ")
        # "A man has died and another has been injured ... A second man, aged 41, was taken to hospital": the
        # second of two people already counted, told again
        again = again or (head is not None and id(c) in single_ids and _ordinal_told(c, out))
        if (head is not None and id(c) in one_ids and id(c) not in (apart or ())
                and (again or (not _another(c.group) and not _ALSO.search(c.phrase) and not _also_before(text, c)))
                and _same_person(head.group, c.group)):
            if id(c) not in single_ids and c.evidence:
                head.evidence.append(c.evidence[0])  # "1 fatality" states the 1 again: more evidence
            continue
        out.append(c)
    return out


def _ordinal_told(c: Count, before: list[Count]) -> bool:
    """Is ``c`` 'a second man' (third, ...) whose rank the people counted before it already reach?"""
    words = (c.group or "").lower().split()
    rank = _ORDINALS.get(words[0]) if words else None
    if rank is None or not c.evidence or c.kind not in ("killed", "injured"):
        return False
    told = sum(o.low for o in before if o.kind in ("killed", "injured") and o.evidence
               and o.evidence[0].start < c.evidence[0].start)
    return rank <= told


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
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


def _also_before(text: str, c: Count) -> bool:
    """'The officer also shot and killed a neighbor', 'gunmen also killed a woman': the clause says one more victim."""
    if not text or not c.evidence:
        return False
    left = re.split(r"[.;!?]\s|,", text[max(0, c.evidence[0].start - 40) : c.evidence[0].start])[-1]
    return bool(re.search(r"\balso\b", left, re.I)) and not re.search(r"\b(?:he|she|him|her)\b", c.phrase or "", re.I)


_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_NOT_NAMES = frozenset({"the", "a", "an", "he", "she", "one", "his", "her", "police", "another", "two", "three"})


def _names(text: str | None) -> list[str]:
    """Capitalised words that can be a person's name ("Officer Jon Richey" → Jon, Richey)."""
    sv = _single_vocab()["singular_persons"]
    return [w for w in _NAME.findall(text or "") if w.lower() not in sv and w.lower() not in _NOT_NAMES]


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


def _apart(shot: Count, dead: list[Count]) -> bool:
    """Is the person hurt someone other than every one told dead? Named apart, told as another ("a woman who was
    with him was also shot", "a second man was taken to hospital with a gunshot wound"), or of another gender or
    role than each lone dead ("a man was killed ... a woman was shot"; "the suspect was killed ... a deputy was
    shot"). A toll of several dead may include the one shot: then not apart."""
    if _named_apart(shot, dead):
        return True
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


def _same_person(a: str | None, b: str | None) -> bool:
    """Can two one-person mentions be the same individual? Not "1 soldier" and "a Taliban militant"."""
    generic = _single_vocab()["generic_persons"]
    named_a, named_b = _named(a), _named(b)
    if named_a and named_b and not set(named_a) & set(named_b):
        return False  # "Officer Jon Richey" is not "Barney"
    heads = [_person_head(g) for g in (a, b)]
    if heads[0] is None or heads[1] is None or heads[0] in generic or heads[1] in generic:
        return True  # no noun, a proper name, a word we cannot place, or "a man", "the victim": any one person
    roles = _person_classes()["person_roles"]
    # "officer" and "policeman" name one role: the same man told with another word
    return heads[0] == heads[1] or (roles.get(heads[0]) is not None and roles.get(heads[0]) == roles.get(heads[1]))


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


_SINGULAR_KINDS = ("killed", "injured", "abducted", "detained")
_PRONOUNS_SUBJ = frozenset({"he", "she"})
_PRONOUNS_OBJ = frozenset({"him", "her"})
_PLAIN_INJURY = frozenset({"injure", "wound", "hurt", "hospitalize", "hospitalise"})


@lru_cache(maxsize=1)
def _single_vocab() -> dict[str, frozenset[str]]:
    q = load_vocab("quantifiers")["entries"]
    return {key: frozenset(str(w).lower() for w in q.get(key) or ()) for key in
            ("singular_persons", "death_verbs", "wound_verbs", "event_nouns", "fatal_adverbs", "non_person_units",
             "hedge_adverbs", "attempt_words", "time_units", "person_kind_nouns", "partitive_determiners",
             "grievance_verbs", "grievance_nouns", "parent_nouns", "generic_persons", "counterfactual_modals",
             "ordinal_persons", "wound_nouns", "pair_nouns", "animal_nouns", "care_places", "care_outcomes")}


@lru_cache(maxsize=1)
def _person_classes() -> dict[str, dict[str, str]]:
    """word → class for the two ways a text tells two victims apart: gender and role (data/quantifiers.yaml)."""
    q = load_vocab("quantifiers")["entries"]
    out: dict[str, dict[str, str]] = {}
    for key in ("person_genders", "person_roles"):
        out[key] = {str(w).lower(): cls for cls, words in (q.get(key) or {}).items() for w in words}
    return out


def _verb_args(tok: Token, deps: tuple[str, ...], climb: bool = False) -> list[Token]:
    if tok.lemma_.lower() in ("find", "leave"):
        # "officers found the woman dead": the parse makes her the subject of "dead", not the finders' object
        dead = [g for c in tok.children if c.lower_ == "dead" and c.dep_ == "ccomp" for g in c.children
                if g.dep_ == "nsubj"]
        if dead:
            return dead
    args = [c for c in tok.children if c.dep_ in deps]
    if not args and tok.dep_ == "conj":  # "was shot and killed": the subject hangs on the first verb
        # ("suffered a wound and was pronounced dead": the first verb's object is not who was pronounced dead)
        own = deps if tok.lemma_.lower() not in ("pronounce", "find", "declare") else ("nsubjpass", "nsubj")
        if tok.lemma_.lower() in _single_vocab()["death_verbs"]:
            own = ("nsubj", "nsubjpass")  # "a man was wounded in the attack and later died"
        args = [c for c in tok.head.children if c.dep_ in own or (c.dep_ == "nsubj" and "nsubjpass" in deps)]
    if not args and "dobj" in deps:  # "killing and robbing him": the object is shared with the next verb
        args = [g for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                for g in c.children if g.dep_ == "dobj" and g.lower_ in _PRONOUNS_OBJ]
    if not args and "nsubjpass" in deps and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
        # "was on Tuesday killed": a passive whose subject the parse hangs on the verb or on its "was"
        args = [c for x in (tok, *(a for a in tok.children if a.dep_ == "auxpass")) for c in x.children
                if c.dep_ == "nsubj" and c.i < tok.i]
    if (not args and "nsubjpass" in deps and tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acomp", "xcomp")
            and tok.head.lemma_.lower() == "be" and tok.head.i < tok.i):
        # "a thief was yesterday lynched": a phrase between "was" and the participle detaches it
        args = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not args and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in ("suffer", "sustain"):
        args = [tok.head]  # "deputies found a woman suffering from a stab wound"
    if not args and tok.dep_ == "acl" and "nsubjpass" in deps and tok.tag_ == "VBN":
        args = [tok.head]  # "the man found dead on Friday", "a woman shot dead in her car"
    if (not args and "nsubjpass" in deps and tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp", "oprd")
            and tok.head.lemma_.lower() in ("find", "leave") and not any(c.dep_.startswith("aux") for c in tok.children)):
        args = [c for c in tok.children if c.dep_ == "nsubj"]  # "deputies found a woman shot in the arm"
    if not args and climb and "nsubjpass" in deps:
        # "was found shot and killed", "was found stabbed to death": the victim is the subject of "found"
        cur = tok.head if tok.dep_ == "conj" else tok
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in ("find", "leave"):
            args = [c for c in cur.head.children if c.dep_ == "nsubjpass"]
    # "a man who was found dead": the relative pronoun stands for the noun the clause hangs on
    out = [_past_dateline(tok.head if a.lower_ in ("who", "that") and tok.dep_ == "relcl" else a) for a in args]
    return list({a.i: a for a in out}.values())


_DASHES = frozenset({"—", "–", "--"})


def _past_dateline(arg: Token) -> Token:
    """"COTABATO CITY, Philippines — A village chief and his bodyguard were shot dead": the parse makes the dateline
    the subject and the victims its apposition; the subject is the first noun after the dateline's dash."""
    if arg.pos_ != "PROPN" or arg.i > 12 or not arg.text.isupper():
        return arg
    dash = next((t for t in arg.subtree if t.text in _DASHES and t.i > arg.i), None)
    if dash is None:
        return arg
    after = [t for t in arg.subtree if t.i > dash.i and t.dep_ == "appos" and t.head.i < dash.i
             and t.pos_ in ("NOUN", "PROPN")]
    # "ALBUQUERQUE, N.M. (AP) — A man who ... was shot": the parse gives the verb two subjects, the dateline first
    after = after or [c for c in arg.head.children if c.dep_ == arg.dep_ and c.i > dash.i]
    return after[0] if after else arg


def _is_fatal(tok: Token) -> bool:
    """'fatally shot', 'shot to death', 'beaten to death'."""
    sv = _single_vocab()
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in sv["fatal_adverbs"]:
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children):
            return True
        if c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "advmod", "xcomp", "ccomp"):  # "shot dead"
            return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    # "soldiers shoot dead commander of the unit": the parse makes "dead" the object's adjective
    return nxt is not None and nxt.lower_ == "dead" and nxt.dep_ == "amod" and nxt.head.dep_ == "dobj" \
        and nxt.head.head.i == tok.i


def _headline(sent: Span) -> bool:
    """A Title Case line ("Man Shot Outside Nightclub"): its capitals say nothing about names."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) > 0.6 * len(words)


def _person_arg(arg: Token, strict: bool, headline: bool = False) -> bool:
    """Is this argument one person? ``strict``: a person noun or a PERSON name, not any singular noun."""
    v = _vocab()
    low = arg.lower_
    if low in _PRONOUNS_SUBJ or low in _PRONOUNS_OBJ:
        return True
    if low == "another" and arg.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True  # "one man died and another was injured": one more person
    if low == "one" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in _single_vocab()["singular_persons"] or g.lemma_.lower() in v["people"])
            for g in c.children) for c in arg.children):
        return True  # "one of the victims, a 20-year-old woman, died"
    if low == "old" and any(c.lower_ in ("year", "years") for c in arg.children):  # "the 19-year-old died"
        return True
    if arg.is_upper and len(arg) > 2 and any(
            c.dep_ == "appos" and c.lemma_.lower() in _single_vocab()["singular_persons"]
            and not any(g.dep_ in ("nummod", "conj") for g in c.children) for c in arg.children):
        return True  # "ELMWOOD, Ky. - A 41-year-old driver was shot": the parse hangs the driver on the dateline's town
    if not (arg.tag_ in ("NN", "NNP") and arg.pos_ in ("NOUN", "PROPN")):
        return False
    if any(c.lower_ == "old" and any(g.lower_ in ("year", "years") for g in c.children) for c in arg.children):
        return not any(c.dep_ in ("nummod", "conj") for c in arg.children)  # "38-year-old Goldie Long"
    if any((c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"))
           or (c.dep_ == "nummod" and c.lower_ not in ("one", "1")) for c in arg.children):
        return False  # "one person was shot" is one person; "two men", "a man and a woman" are not
    if arg.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in _single_vocab()["singular_persons"]
                                   for c in arg.children):
        return True  # "Moreno, a 31-year-old father of two, died": the appositive says a person (whatever NER says)
    if (arg.pos_ == "PROPN" and arg.ent_type_ not in ("GPE", "LOC", "FAC")
            and any(c.dep_ == "appos" and c.text.isdigit() and int(c.text) < 120 for c in arg.children)
            and any(c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN") and c.text[:1].isupper()
                    for c in arg.children)):
        return True  # "Terrell Banks, 33, of Akron, died": a first and last name with an age (whatever NER says)
    if arg.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
        return False
    if low in v["numbers"] or _noun_kind(arg) or low in _single_vocab()["animal_nouns"]:
        return False  # "slaughtering a cow": no person
    if not strict:
        return True
    if arg.lemma_.lower() in _single_vocab()["singular_persons"]:
        return True
    return arg.pos_ == "PROPN" and (arg.ent_type_ == "PERSON" or (not arg.ent_type_ and not headline))


def _verb_reading(tok: Token) -> tuple[str | None, tuple[str, ...], bool, str]:
    """(kind, argument deps, strict person test, method) for a verb that can state one victim."""
    v = _vocab()
    sv = _single_vocab()
    lem = tok.lemma_.lower()
    if lem in sv["death_verbs"]:
        return "killed", ("nsubj",), True, METHOD
    # ("pronounced deceased" is read by the later-death pass, which keeps the first telling of the one shot)
    # "One victim, a 36-year-old man, was pronounced deceased": a noun subject states its own victim (a pronoun's
    # "she was pronounced deceased" stays with that pass)
    deceased_ok = lem == "declare" or (lem == "pronounce" and not any(
        c.dep_ in ("nsubjpass", "nsubj") and c.pos_ == "PRON" for c in tok.children))
    if lem in ("pronounce", "find", "declare") and any((c.lower_ == "dead" or (c.lower_ == "deceased" and deceased_ok))
                                                      and c.dep_ in ("acomp", "oprd", "advcl", "xcomp", "ccomp")
                                                      for c in tok.children):
        return "killed", ("nsubjpass", "dobj", "nsubj"), True, METHOD  # "the man found dead": reduced relative
    if (lem == "find" and tok.tag_ == "VBN" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "dead"
            and any(c.dep_ == "auxpass" for c in tok.children)):
        return "killed", ("nsubjpass",), True, METHOD  # "were found dead Sunday": the parse hangs "dead" on the day
    if lem in sv["wound_verbs"] and _is_fatal(tok):
        # a headline's reduced passive ("Student shot dead") parses its victim as the subject
        return "killed", ("nsubjpass", "dobj", "nsubj"), True, METHOD
    if lem in ("suffer", "sustain") and any(
        (c.dep_ == "dobj" and c.lemma_.lower() in ("wound", "injury"))
        or (c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in ("wound", "injury") for g in c.children))
        for c in tok.children
    ):  # "she suffered two gunshot wounds", "a woman suffering from a stab wound": hurt, the fate untold
        return "injured", ("nsubj",), True, SHOT_METHOD
    if lem == "find" and any(c.dep_ in ("xcomp", "oprd") and c.lower_ == "shot" and not _is_fatal(c)
                             and not any(g.dep_ in ("prep", "prt") and g.lower_ in ("at", "upon") for g in c.children)
                             for c in tok.children):
        return "injured", ("nsubjpass", "dobj"), True, SHOT_METHOD  # "a man, 40, was found shot in his side"
    found = [c for c in tok.children if c.dep_ == "dobj"] if lem in ("find", "discover", "locate", "leave") else []
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.lower_ in sv["wound_nouns"] for g in c.children if g.dep_ == "pobj")
           for c in [*tok.children, *(x for f in found for x in f.children)]):  # "found a man with a wound"
        # "a second victim was found ... with a gunshot wound", "was taken to a hospital with gunshot wounds",
        # "arrived at the hospital with a gunshot wound": hurt, the fate untold (yields to a death)
        return "injured", ("nsubjpass", "dobj", "nsubj"), True, SHOT_METHOD
    if lem == "treat" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and g.lower_ in sv["wound_nouns"] for g in c.children) for c in tok.children):
        # "she was treated for minor injuries": hurt, alive (yields to a death like "was shot")
        return "injured", ("nsubjpass",), True, SHOT_METHOD
    if lem == "treat" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and any(
            (c.dep_ == "prep" and c.lower_ in ("at", "in") and any(
                g.dep_ == "pobj" and g.lower_ in sv["care_places"] for g in c.children))
            or (c.dep_ == "conj" and c.lemma_.lower() in sv["care_outcomes"]) for c in tok.children):
        # "a third man was treated at the hospital and sent home", "was treated and released": hurt, alive
        return "injured", ("nsubjpass",), True, SHOT_METHOD
    if lem == "recover" and not any(c.dep_ == "dobj" for c in tok.children):
        return "injured", ("nsubj",), True, METHOD  # "a man is recovering after the shooting": hurt, alive
    kind = v["verbs"].get(lem)
    if (kind == "killed" and tok.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass", "prt", "xcomp", "conj", "dative") for c in tok.children)
            and any(c.dep_ == "nsubj" and c.i < tok.i and _person_arg(c, True) for c in tok.children)):
        # a note's reduced passive ("Man killed during argument", "terror suspect killed"): no object, no "was",
        # the subject is the one killed; a person noun is required
        return kind, ("nsubj",), True, METHOD
    headline = _headline_passive(tok)
    if kind in _SINGULAR_KINDS:
        # "hurt" and "injure" take things too ("hurt the dollar", "profit was hurt"): a person is required.
        return kind, ("nsubjpass", "dobj", "nsubj") if headline else ("nsubjpass", "dobj"), kind == "injured", METHOD
    if lem in sv["wound_verbs"] and lem not in _PLAIN_INJURY:
        return "injured", ("nsubjpass", "dobj", "nsubj") if headline else ("nsubjpass", "dobj"), True, SHOT_METHOD
    return None, (), False, METHOD


def _headline_passive(tok: Token) -> bool:
    """A headline's reduced passive: "Waitress shot while trying to help", "Teen wounded near school" (no "was", no
    object, a bare singular person noun for subject: prose would say "a waitress", so the noun is the one hurt)."""
    if tok.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass", "prt", "xcomp", "dative") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    return (subj is not None and subj.tag_ == "NN" and subj.i == tok.i - 1
            and subj.lemma_.lower() in _single_vocab()["singular_persons"]
            and not any(c.dep_ in ("det", "poss", "nummod") for c in subj.children))


def _singular_victims(sent: Span, found: list[Count], apart: set[int] | None = None) -> list[Count]:
    """'killed the director', 'the suspect was killed', 'a man died', 'she was shot': one person, no figure given.

    A second such victim in the same sentence counts apart when its clause is joined to the first and names a
    new person ("One woman was shot in the shoulder and a 35-year-old man was shot twice")."""
    have = {c.kind for c in found}
    out: list[Count] = []
    headline = _headline(sent)
    first_verb: dict[str, Token] = {}
    got = _another_hurt(sent) if "injured" not in have else None
    if got is not None:
        out.append(got)
        have.add("injured")
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == "death":
            got = _death_of(sent, tok) if "killed" not in have else None
            if got is not None:
                out.append(got)
                have.add("killed")
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == "condition" and "injured" not in have:
            got = _condition_of(sent, tok)
            if got is not None:
                out.append(got)
                have.add("injured")
            continue
        if tok.pos_ != "VERB" and not _verb_as_noun(tok):
            continue
        kind, deps, strict, method = _verb_reading(tok)
        if kind is None or _unrealised(tok):
            continue
        fates = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]  # "shot and killed", not "and a woman was wounded"
        if kind == "injured" and any(_vocab()["verbs"].get(c.lemma_.lower()) == "killed" for c in fates):
            continue  # "a man was shot and killed and a woman was wounded": his fate is the killing, told apart
        if method == SHOT_METHOD and any(c.lemma_.lower() in _PLAIN_INJURY for c in fates):
            method = METHOD  # "was shot and wounded": the fate is told, hurt and alive
        second = kind in have and (_second_victim(tok, first_verb.get(kind)) or _joined_to_found(tok, found, kind)
                                   or _also_another(tok, found, kind))
        if kind in have and not second:
            continue
        args = _verb_args(tok, deps, climb=kind == "killed")
        if any(a.dep_ in ("dobj", "nsubjpass") for a in args):  # "gunmen shot dead a shopkeeper": not the gunmen
            args = [a for a in args if a.dep_ != "nsubj"]
        if kind == "killed" and _hurt_then_died(tok, args, found):
            have.add(kind)
            first_verb.setdefault(kind, tok)
            continue
        for arg in args:
            if arg.dep_ == "dobj" and arg.lower_ in _PRONOUNS_SUBJ:
                continue
            if arg.dep_ != "dobj" and arg.lower_ in _PRONOUNS_OBJ:
                continue
            people = _coordinated_persons(arg, tok)
            if people == 1 and not _person_arg(arg, strict, headline):
                continue
            if tok.tag_ == "VBG" and arg.i == tok.i + 1 and (
                    (tok.i > sent.start and (sent.doc[tok.i - 1].pos_ in ("DET", "ADJ", "PROPN")
                                             or sent.doc[tok.i - 1].dep_ == "poss"))
                    or (arg.lemma_.lower() in ("suspect", "victim") and not any(c.dep_ == "aux" for c in tok.children))):
                continue  # "the shooting suspect", "Sunday's shooting victim": a noun compound, not an act
            pron = arg.pos_ == "PRON"
            left = min(t.i for t in arg.subtree) if not pron else arg.i
            a, b = min(left, tok.i), max(arg.i, tok.i)
            for c in tok.children:  # the fate belongs in the evidence: "was pronounced dead", "shot to death"
                if c.lower_ == "dead" or (c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 1):
                    b = max(b, *(t.i for t in c.subtree))
                elif c.dep_ == "dobj" and c.lemma_.lower() in ("wound", "injury") and c.i > tok.i:
                    b = max(b, c.i)
            if people > 1:  # the evidence runs to the last person named ("a police officer and his wife")
                b = max([b, *(t.i for t in arg.subtree if t.i > arg.i and t.pos_ in ("NOUN", "PROPN")),
                         *(t.i for t in _along_with(tok))])  # a list: max(b) alone would raise
            span = sent.doc[a : b + 1]
            group_span = sent.doc[left : arg.i + 1]
            while len(group_span) > 1 and (group_span[0].pos_ in ("DET", "PRON") or group_span[0].lower_ == "dead") \
                    and not _another(group_span[0].text):
                group_span = group_span[1:]
            if people > 1:  # "inspector and corporal", "activist and coordinator"
                named = [arg, *(c for c in arg.conjuncts if c.i > arg.i), *_along_with(tok)]
                group = " and ".join(t.text for t in named) if arg.lower_ not in _single_vocab()["pair_nouns"] \
                    else group_span.text
            if second and (pron or not _new_person(arg)):
                break
            out.append(
                Count(kind=kind, low=people, high=people, qualifier="exact",
                      group=None if pron else (group if people > 1 else group_span.text),
                      evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=method,
                      confidence=0.5 if method == METHOD else 0.4)
            )
            also = any(m.dep_ == "advmod" and m.lower_ in ("also", "too") for v in (tok, tok.head) for m in v.children)
            if apart is not None and (second or (also and not pron and _new_person(arg))):
                apart.add(id(out[-1]))  # "the officer also shot and killed a neighbor": one more victim
            have.add(kind)
            first_verb.setdefault(kind, tok)
            break
    return out


def _verb_as_noun(tok: Token) -> bool:
    """'Members of a vigilante group lynch a suspected thief': the tagger reads a plural subject's verb as a noun; a killing word
    heading the sentence with an object is the verb."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and _vocab()["verbs"].get(tok.lemma_.lower()) == "killed"
            and any(c.dep_ == "dobj" for c in tok.children) and any(c.dep_ == "nsubj" for c in tok.children))


def _solo_person(t: Token) -> bool:
    """One person named by a noun or a name, no figure ("his wife", "a corporal with the wildlife service")."""
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in t.children):
        return False
    if t.tag_ == "NN" and t.lemma_.lower() in _single_vocab()["singular_persons"]:
        return True
    return t.tag_ == "NNP" and t.ent_type_ == "PERSON"


def _along_with(verb: Token) -> list[Token]:
    """'was killed along with his coordinator', 'together with his wife': one more person beside the victim."""
    out: list[Token] = []
    doc = verb.doc
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):  # "was stabbed and killed, along with"
        for c in v.children:
            withs = [c] if c.lower_ == "with" else [g for g in c.children if g.lower_ == "with"] \
                if c.lower_ in ("along", "together") else []
            for w in withs:
                if w.i >= 1 and doc[w.i - 1].lower_ in ("along", "together"):
                    out += [g for g in w.children if g.dep_ == "pobj" and _solo_person(g)]
    return out


def _aged_names(arg: Token) -> int:
    """How many names a list of names with ages holds ("Nia Ford, 17, Omar Tate, 20, and Jalen Ruiz, 22": the parse
    chains them as appositives and conjuncts); 0 unless every name carries its age."""
    def aged(t: Token) -> bool:
        return t.pos_ == "PROPN" and any(c.dep_ == "appos" and c.text.isdigit() and int(c.text) < 120
                                         for c in t.children)

    if not aged(arg):
        return 0
    names = [arg]
    k = 0
    while k < len(names):
        for c in names[k].children:
            if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" and c.i > names[k].i:
                if not aged(c):
                    return 0
                names.append(c)
        k += 1
    return len(names)


def _coordinated_persons(arg: Token, verb: Token) -> int:
    """How many people a victim argument names without a figure: 'a police officer and his wife' (2), 'the
    parents of an MP' (2), 'X was killed along with his coordinator' (2); 1 otherwise (the caller's test)."""
    if arg.lower_ in _single_vocab()["pair_nouns"] and not any(c.dep_ == "nummod" for c in arg.children):
        return 2
    listed = _aged_names(arg)
    if listed > 1:
        return listed  # "Killed were Nia Ford, 17, Omar Tate, 20, and Jalen Ruiz, 22"
    conj = [c for c in arg.subtree if c.dep_ == "conj" and c.i > arg.i
            and c.head.i in (arg.i, *(x.i for x in arg.conjuncts if x.i > arg.i))]
    if conj and _solo_person(arg) and all(_solo_person(c) for c in conj):
        return 1 + len(conj)
    if not conj and _solo_person(arg) and _along_with(verb):
        return 1 + len(_along_with(verb))
    return 1


def _another_hurt(sent: Span) -> Count | None:
    """'left a teenager dead and another with serious wounds': one more person, hurt."""
    toks = list(sent)
    for n, t in enumerate(toks[:-2]):
        if t.lower_ != "another" or toks[n + 1].lower_ != "with":
            continue
        hurt = next((k for k in range(n + 2, min(len(toks), n + 6))
                     if toks[k].lemma_.lower() in ("injury", "wound")), None)
        if hurt is None:
            continue
        # the evidence starts at the person noun "another" stands for ("one man dead and another"), when told
        noun = next((k for k in range(n - 1, max(-1, n - 7), -1)
                     if toks[k].lemma_.lower() in _single_vocab()["singular_persons"]), n)
        span = sent.doc[toks[noun].i : toks[hurt].i + 1]
        return Count(kind="injured", low=1, high=1, qualifier="exact", group="another",
                     evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=METHOD,
                     confidence=0.5)
    return None


def _hurt_then_died(tok: Token, args: list[Token], found: list[Count]) -> bool:
    """'A woman was hurt in the blast and died two days later': the one counted hurt is the one who died. Her
    count moves from injured to killed (GVDB: injured means hurt and alive; ACLED: a death)."""
    if tok.dep_ != "conj" or tok.head.lemma_.lower() not in _single_vocab()["wound_verbs"] | _PLAIN_INJURY:
        return False
    for arg in args:
        for c in found:
            if c.kind == "injured" and c.low == 1 and c.high == 1 and any(
                    e.start <= arg.idx < e.end for e in c.evidence):
                c.kind, c.method = "killed", DIED_METHOD
                e = c.evidence[0]
                c.evidence[0] = CharSpan(e.start, max(e.end, tok.idx + len(tok.text)))  # through "died"
                c.phrase = tok.doc.text[c.evidence[0].start : c.evidence[0].end]
                return True
    return False


def _joined_to_found(tok: Token, found: list[Count], kind: str) -> bool:
    """'A woman was shot in the leg and a man was grazed in the arm': the figure pass counted the man (an article
    figure); the woman's verb, joined to his by "and", tells one more person, not him again."""
    same = [c for c in found if c.kind == kind]
    if not same or any(c.low != 1 for c in same) or not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in tok.children):
        return False
    own = (min(t.i for t in tok.subtree), tok.i)
    start, end = tok.doc[own[0]].idx, tok.idx + len(tok.text)
    return all(not (e.start < end and start < e.end) for c in same for e in c.evidence)


def _also_another(tok: Token, found: list[Count], kind: str) -> bool:
    """'gunmen shot dead a candidate ...; a passer-by was also killed': a person noun of its own clause told "also"
    with the same fate is one more victim, not the first again."""
    if not any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj") and c.pos_ == "NOUN"]
    if not subj:
        return False
    start = min(t.idx for t in subj[0].subtree)
    end = max(t.idx + len(t.text) for t in subj[0].subtree)
    return all(not (e.start < end and start < e.end) for c in found if c.kind == kind for e in c.evidence)


def _second_victim(tok: Token, first: Token | None) -> bool:
    """A verb joined to the first victim's verb by "and" ("X was shot ... and a man was shot")."""
    return first is not None and tok.i != first.i and tok.dep_ == "conj" and tok.head.i == first.i and any(
        c.dep_ in ("nsubjpass", "nsubj", "dobj") for c in tok.children)


def _new_person(arg: Token) -> bool:
    """An indefinite or counted person ("a 29-year-old man", "one woman", "another man"): not one told before."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in arg.children)


def _condition_of(sent: Span, tok: Token) -> Count | None:
    """'the man is in critical condition', 'left a woman in stable condition': one person hurt and alive.

    Marked like "was shot" (fate untold): a later death of that person ("he died in hospital") replaces it.
    """
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head is prep:
        return None
    verb = prep.head
    deps = ("dobj",) if verb.lemma_.lower() == "leave" else ("nsubj", "nsubjpass")
    args = [c for c in verb.children if c.dep_ in deps]
    if not args and verb.dep_ == "conj":  # "was taken to hospital and is in critical condition"
        args = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    arg = next((a for a in args if _person_arg(a, strict=True) and a.lower_ not in _PRONOUNS_OBJ), None)
    if arg is None or _unrealised(verb):
        return None
    pron = arg.pos_ == "PRON"
    left = arg.i if pron else min(t.i for t in arg.subtree)
    a, b = min(left, tok.i), max(arg.i, tok.i)
    span = sent.doc[a : b + 1]
    words = sent.doc[left : arg.i + 1]
    while len(words) > 1 and words[0].pos_ == "DET" and not _another(words[0].text):
        words = words[1:]
    group = None if pron else words.text
    return Count(kind="injured", low=1, high=1, qualifier="exact", group=group,
                 evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=SHOT_METHOD,
                 confidence=0.4)


def _death_of(sent: Span, tok: Token) -> Count | None:
    """'the shooting death of a 30-year-old woman', 'in the death of his daughter': one person killed."""
    if any(c.dep_ == "nummod" for c in tok.children) or tok.tag_ != "NN" or _unrealised(tok):
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.lower_ in _PRONOUNS_OBJ or not _person_arg(pobj, strict=True):
        return None
    left = min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod", "nmod") or t.i == tok.i)
    span = sent.doc[left : pobj.i + 1]
    group = sent.doc[min(t.i for t in pobj.subtree) : pobj.i + 1]
    return Count(kind="killed", low=1, high=1, qualifier="exact", group=group.text,
                 evidence=[CharSpan(span.start_char, span.end_char)], phrase=span.text, method=METHOD,
                 confidence=0.5)


def _sentence_counts(sent: Span, marks: dict[int, str] | None = None) -> list[Count]:
    """The figures of one sentence as Counts. ``marks`` gets id → "partitive" ("two of the bodies") or "one"
    (one person, "a man was killed", "one officer died") for the document-level pass."""
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
        if _no_one(toks, f):
            continue
        members = [f, *f.chained]
        if any(_animals(m.group) for m in members):  # "killed 40 goats and two herders": the herders only
            members = [m for m in members if not _animals(m.group)]
            if not members:
                continue
        more = _named_beside(f, figs, toks[0].i)
        low = sum(m.low for m in members) + len(more)
        high = None if any(m.high is None for m in members) else sum(m.high or 0 for m in members) + len(more)
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
            group = f"{group} and {' and '.join(t.text for t in more)}" if group else None
        doc_text, off = sent.text, sent.start_char
        conf = 0.85 if not f.vague else 0.6
        if f.article:
            conf = 0.7
        if not f.chained and f.end + 1 < len(toks) and toks[f.end].lower_ == "of" and (
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


def _bracketed(t: Token) -> bool:
    """A word inside round brackets right beside it ("(machetes)"): an aside the parse may take for an object."""
    doc = t.doc
    return (t.i >= 1 and doc[t.i - 1].text == "(") or (t.i + 1 < len(doc) and doc[t.i + 1].text == ")")


def _animals(group: list[Token]) -> bool:
    """A figure's noun that names animals ("40 goats", "a cow"): ACLED counts human deaths only."""
    nouns = [t for t in group if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and nouns[-1].lower_ in _single_vocab()["animal_nouns"]


def _named_beside(f: _Figure, figs: list[_Figure], base: int) -> list[Token]:
    """People joined to a lone victim read backward from its verb ("killed a police officer and his wife", "shot
    dead a trader, his son and a guard"): each one more, told without a figure. Their own article figures are
    used up here so that nothing counts them again."""
    if not (f.article and not f.chained and f.kind_end is not None and f.group):
        return []
    head = next((g for g in reversed(f.group) if g.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return []
    if f.kind_end > f.start:  # "a pastor was stabbed and killed in his church, along with his son"
        # (the figure already counts its noun as one person: "a farm manager died together with his driver")
        verbs = [t for t in head.doc[base + f.start : base + f.kind_end] if t.pos_ == "VERB" and t.i > head.i]
        return _along_with(verbs[-1]) if verbs else []
    if not _solo_person(head):
        return []
    conj = [c for c in head.conjuncts if c.i > head.i]
    if not conj or not all(_solo_person(c) for c in conj):
        return []
    starts = {min(t.i for t in c.subtree) - base for c in conj}
    for g in figs:
        if g is not f and g.article and g.kind is None and g.start in starts:
            g.used = True
    return conj


def _chain_appositions(toks: list[Token], figs: list[_Figure]) -> None:
    """'killed 1 civilian, a member of the council, and his 2 bodyguards': the appositive names the first
    victim again, the figure after 'and' adds to it (3). Only after a backward read ('killed', 'killing')."""
    for n, f in enumerate(figs):
        if not f.kind or f.kind_end is None or f.kind_end > f.start or f.subset or f.used:
            continue
        j = f.end + len(f.group)
        if f.article and not (f.group and _solo_person(f.group[-1]) and j + 2 < len(toks) and toks[j].lower_ == "and"
                              and toks[j + 1].tag_ == "PRP$"):
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
                    and not any(t.text in _STOP_PUNCT or t.pos_ == "VERB" for t in between)):
                g.group = _noun_after(toks, g.end)
                f.chained.append(g)
                g.used = True
            break


def _norm_group(g: str | None) -> str:
    return (g or "").lower()


def _head_word(g: str | None) -> str:
    """The group's last word, singular: 'Somali refugees' and 'refugees' name the same people."""
    words = _norm_group(g).split()
    return words[-1].rstrip("s") if words else ""


def _merge_repeats(counts: list[Count]) -> list[Count]:
    """One Count per distinct claim: same kind and figure (and compatible group) → more evidence, not more dead."""
    out: list[Count] = []
    for c in counts:
        for o in out:
            same_fig = o.kind == c.kind and o.low == c.low and o.high == c.high
            groups_ok = (
                not o.group or not c.group or _norm_group(o.group) == _norm_group(c.group)
                or _head_word(o.group) == _head_word(c.group)  # "Somali refugees" / "refugees"
                or _norm_group(o.group) in _GENERIC_GROUPS or _norm_group(c.group) in _GENERIC_GROUPS
            )
            overlap = o.kind == c.kind and SELF_METHOD not in (o.method, c.method) and any(
                a.start < b.end and b.start < a.end for a in o.evidence for b in c.evidence)
            if overlap or (same_fig and groups_ok and c.low > 1):
                if not overlap and c.method != SURVIVORS_METHOD:  # "shooting 12 people" never states 9
                    o.evidence.append(c.evidence[0])
                o.group = o.group or c.group
                break
        else:
            out.append(c)
    return out
