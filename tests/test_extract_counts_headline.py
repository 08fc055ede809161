"""A headline's toll and the body's telling of it count once; a toll told only in the headline is kept.

Why: ingest cleaning sets a scraped page's title line apart from its body ("… | site.com\\n\\nMILWAUKEE —"), so
the headline's "1 hurt" and the lead's "a third man was injured" are two counts of one victim. Texts are ours.
"""

from __future__ import annotations

import pytest

from crosstally.extract import find_counts, toll
from crosstally.ingest import clean_text

CASES = [
    # raw scraped text, kind, expected total
    ("2 dead, 1 hurt in overnight shooting | FOX6Now.comMILWAUKEE — Two men died and a third man was injured "
     "after a shooting overnight near a tavern, police said.", "injured", 1),
    ("2 dead, 1 hurt in overnight shooting | FOX6Now.comMILWAUKEE — Two men died and a third man was injured "
     "after a shooting overnight near a tavern, police said.", "killed", 2),
    # the body tells more than the headline: the larger telling wins
    ("Man killed in shooting | example13.com\n\nDAYTON — Two men were shot and killed outside a bar late "
     "Saturday, police said.", "killed", 2),
    # the headline tells more than the body: kept
    ("3 killed in house fire shooting | example13.com\n\nDAYTON — A woman was shot and killed inside the house "
     "on Elm Street, police said. Officers were still at the scene on Sunday.", "killed", 3),
    # only the headline tells the toll
    ("Man fatally shot on East Side | example13.com\n\nDAYTON — Officers were called to Elm Street shortly after "
     "midnight. Police have not named a suspect.", "killed", 1),
]


@pytest.mark.parametrize(("raw", "kind", "total"), CASES)
def test_headline_and_body_toll(nlp, raw: str, kind: str, total: int) -> None:
    text = clean_text(raw)
    counts = find_counts(nlp(text))
    assert toll(counts, kind, text).low == total, [(c.kind, c.low, c.phrase) for c in counts]


def test_no_title_line_no_change(nlp) -> None:
    # a note without a title line: "1 hurt ... a third man" is not a headline summing up its body
    text = ("On 3 May 2020, two men died in an attack on a bar in Dayton. One was hurt at the door and a third man "
            "was injured inside.")
    counts = find_counts(nlp(text))
    assert toll(counts, "injured", text).low == 2, [(c.kind, c.low, c.phrase) for c in counts]


def test_lead_paragraph_is_no_headline(nlp) -> None:
    # a first paragraph ending on a full stop is the lead, not a title: disjoint victims still add up
    text = ("Three soldiers were killed when gunmen attacked a checkpoint near Dayton on Monday.\n\n"
            "Two civilians also died in the attack, a police spokesman said.")
    counts = find_counts(nlp(text))
    assert toll(counts, "killed", text).low == 5, [(c.kind, c.low, c.phrase) for c in counts]



def _parsed(nlp, words, heads, deps, pos, tags, lemmas):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_victim_hung_on_the_dateline_town(nlp) -> None:
    # the parse en_core_web_sm gives "…Home\n\nELMWOOD, Mo. - A 41-year-old man was shot": the town is the
    # subject, the man its apposition; the man is the one person shot
    from crosstally.extract._tolls._lone_victims import _person_arg

    words = ["ELMWOOD", ",", "A", "man", "was", "shot"]
    doc = _parsed(nlp, words, heads=[5, 0, 3, 0, 5, 5], deps=["nsubjpass", "punct", "det", "appos", "auxpass", "ROOT"],
                  pos=["NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB"], tags=["NNS", ",", "DT", "NN", "VBD", "VBN"],
                  lemmas=["ELMWOOD", ",", "a", "man", "be", "shoot"])
    assert _person_arg(doc[0], strict=True)
    # two men in apposition are not one person; a lower-case subject is no dateline
    two = _parsed(nlp, ["ELMWOOD", ",", "two", "men", "were", "shot"], heads=[5, 0, 3, 0, 5, 5],
                  deps=["nsubjpass", "punct", "nummod", "appos", "auxpass", "ROOT"],
                  pos=["NOUN", "PUNCT", "NUM", "NOUN", "AUX", "VERB"], tags=["NNS", ",", "CD", "NNS", "VBD", "VBN"],
                  lemmas=["ELMWOOD", ",", "two", "man", "be", "shoot"])
    assert not _person_arg(two[0], strict=True)
    lower = _parsed(nlp, ["houses", ",", "a", "man", "was", "shot"], heads=[5, 0, 3, 0, 5, 5],
                    deps=["nsubjpass", "punct", "det", "appos", "auxpass", "ROOT"],
                    pos=["NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB"], tags=["NNS", ",", "DT", "NN", "VBD", "VBN"],
                    lemmas=["house", ",", "a", "man", "be", "shoot"])
    assert not _person_arg(lower[0], strict=True)
