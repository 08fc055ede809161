"""Number words, digits and vague quantifiers read as figures, and the numbers that are no tolls (ages, dates)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from ._terms import _single_vocab, _vocab

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


_SKIP_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"}


def _low(tok: Token) -> str:
    return tok.lower_


def _match_seq(tokens: list[Token], i: int, table: dict[tuple[str, ...], Any], max_len: int) -> tuple[int, Any]:
    """Longest lower-cased token sequence starting at ``i`` found in ``table``: (length, value)."""
    firsts = _first_words(table)
    if tokens[i].lower_ not in firsts:
        return 0, None
    for n in range(min(max_len, len(tokens) - i), 0, -1):
        key = tuple(_low(t) for t in tokens[i : i + n])
        if key in table:
            return n, table[key]
    return 0, None


# id(table) → (table, its first words): the table is kept, so its id cannot be reused by another while cached
_FIRSTS: dict[int, tuple[dict[tuple[str, ...], Any], frozenset[str]]] = {}


def _first_words(table: dict[tuple[str, ...], Any]) -> frozenset[str]:
    """First words of a phrase table (cached): most tokens start no phrase and are skipped at once."""
    got = _FIRSTS.get(id(table))
    if got is None or got[0] is not table:
        got = _FIRSTS[id(table)] = (table, frozenset(k[0] for k in table))
    return got[1]


def _word_number(tokens: list[Token], i: int) -> tuple[int, int | None]:
    """Parse a written or digit number at ``i``: (tokens used, value); handles '1,200', 'one million', 'twenty-five'."""
    v = _vocab()
    nums, mult = v["numbers"], v["multipliers"]
    t = tokens[i]
    text = t.text.lower().replace("\u2009", "")
    if text[:1] in "-\u2013\u2014" and _DIGITS.match(text[1:]) and (i == 0 or tokens[i - 1].whitespace_):
        # a scraped headline's dash glued to the figure ("Continued attacks -5 killed"): a separator, not a sign
        text = text[1:]
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


# "One of them, 19, died", "The other, 22, was taken to hospital": a person told by a pronoun or "one" / "other",
# then a number between commas: the person's age, as after a noun or a name
_AGE_HOLDERS = frozenset({"them", "him", "her", "one", "other", "another"})


# a school year named by its number ("Form Four", "Standard 8", "Grade 7", "Class Six"): capitalised, as schools
# write them
_GRADE_WORDS = frozenset({"Form", "Standard", "Grade", "Class", "Year"})


def _is_date_like(tok: Token) -> bool:
    doc = tok.doc
    if tok.i >= 1 and (doc[tok.i - 1].lower_ in ("aged", "ages") or (
            tok.i >= 2 and doc[tok.i - 2].lower_ in ("age", "ages") and doc[tok.i - 1].lower_ in ("of", "to", "from"))):
        return True  # "kids under the age of 12", "aged 15": an age, not a toll
    if (tok.text.isdigit() and tok.i >= 1 and doc[tok.i - 1].lower_ in _vocab()["place_labels"]
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN")):
        return True  # "a bus in zona 18", "Sector 7": a numbered part of a town or road, not a toll
    if (tok.i >= 1 and doc[tok.i - 1].text in _GRADE_WORDS and tok.text[:1].isupper() or tok.i >= 1
            and doc[tok.i - 1].text in _GRADE_WORDS and tok.text.isdigit() and int(tok.text) <= 13):
        return True  # "a Form Four student", "Grade 7 pupils": a school year, not a toll
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
        and (doc[tok.i - 2].pos_ in ("PROPN", "NOUN") or doc[tok.i - 2].lower_ in _AGE_HOLDERS)
        and tok.text.isdigit() and int(tok.text) < 120
        and (doc[tok.i - 2].ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP") or _name_then_home(doc, tok.i))
    ):
        return True
    if (  # "Ann Lima, 23 - The Crime Log": a headline's name and age, the age the story tells ("a 23-year-old")
        nxt is not None and nxt.text in (",", ")", "-", "–", "—", "[") and tok.i >= 2 and doc[tok.i - 1].text == ","
        and doc[tok.i - 2].pos_ == "PROPN" and tok.text.isdigit() and int(tok.text) < 120
        and f"{tok.text}-year-old" in doc.text
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
