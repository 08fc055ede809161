"""clean_text: a headline glued to the article's first word, in the shapes the camel-case rule alone misses.

Why: a scraped page's title glued to the body ('… in Lake CharlesWoman hurt …') hides the first sentence's
subject from entity recognition, places and tolls. Three rules (ingest/_clean.py): a title printed twice is split
where its copy starts; a headline ending in a quotation is split after the closing mark; and a camel-case join
inside a title-case headline that runs on to the title's separator is a name, not the body's start. Names
('McDonald', 'DeShawn', 'LaToya', 'iPhone', 'YouTube', 'PhD', 'Ke'Arre', 'O'Neill') and the keep list in
data/debris.yaml are never split. Fixture texts are our own writing (invented people, real towns).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from crosstally.ingest import clean_text, prepare
from crosstally.ingest._clean import _quote_closing_glue, _repeated_title
from crosstally.records import Document

SPLITS = [
    # (scraped text, what ends the title, how the body starts): only a space is put between them
    # a title printed twice, glued where the copy starts ('CharlesWoman' would pass for a camel-case name)
    ("Woman hurt in crash near Lake CharlesWoman hurt in crash near Lake Charles - KPLC | Local A woman was hurt.",
     "near Lake Charles", "Woman hurt in crash near Lake Charles - KPLC"),
    # ... also where no camel case shows the join (a number, then the copy)
    ("Two hurt in shooting on Route 9Two hurt in shooting on Route 9 | WXYZ Two men were shot on Friday night.",
     "on Route 9", "Two hurt in shooting on Route 9 | WXYZ"),
    # a headline ending in a quotation: straight and curly marks
    ("Deputy remembered as 'kind and steady'Ramona Illes served the county for twelve years.",
     "'kind and steady'", "Ramona Illes served"),
    ("Teacher shot outside school was ‘a light to everyone’Students gathered on Monday to remember Ana Voss.",
     "‘a light to everyone’", "Students gathered on Monday"),
    ("Pastor on shooting: “We will not be afraid”Church members met on Sunday after Friday's shooting.",
     "“We will not be afraid”", "Church members met"),
]


@pytest.mark.parametrize(("raw", "title_end", "body_start"), SPLITS)
def test_glued_headline_split(raw: str, title_end: str, body_start: str) -> None:
    out = clean_text(raw)
    assert title_end + " " + body_start in out, out
    at = raw.index(title_end) + len(title_end)
    assert out == raw[:at] + " " + raw[at:]  # nothing dropped or moved: evidence offsets shift by one char only
    assert clean_text(out) == out


KEPT = [
    # a camel-case name inside a title-case headline that runs on to its separator (not on the keep list)
    "Clerk Shot During Robbery At PumpKing On Main Street | KWCH",
    "Man Shot Outside SnackBarn In Tulsa Dies",
    # keep-list names, also where a sentence follows them
    "Man Shot Outside GameStop Police said a man was hurt in the lot.",
    "Two Hurt In QuikTrip Lot Shooting | News, Weather, Sports",
    # camel-case personal and brand names in a headline
    "DeShawn Carter, LaToya Reed Hurt In iPhone Theft Filmed For YouTube By PhD Student Near McDonald's",
    # apostrophes before a capital in names, and a quotation closed earlier on the line
    "Ke'Arre Jones, 29, and D'Angelo O'Neill hurt in Colorado Springs shooting",
    "Family of 'quiet' student O'Brien asks for calm after D’Angelo Ruiz is charged",
    # the same words twice in a sentence, not a title printed twice
    "Police said the car was stolen. Police said the car was found on Monday in Tacoma.",
]


@pytest.mark.parametrize("raw", KEPT)
def test_names_and_headlines_untouched(raw: str) -> None:
    assert clean_text(raw) == raw


def test_title_case_headline_still_splits_where_a_sentence_follows() -> None:
    # the run-on rule only protects a join followed by more title-case words; a lower-case sentence still splits
    raw = "Teen Charged After Store RobberyGreene County deputies say a teen took cash on Monday."
    assert clean_text(raw) == raw.replace("RobberyGreene", "Robbery Greene")


def test_prepare_offsets_index_the_prepared_text() -> None:
    raw = "Deputy remembered as 'kind and steady'Ramona Illes served the county for twelve years."
    doc = prepare(Document(text=raw))
    start = doc.text.index("Ramona Illes")
    assert doc.text[start:start + len("Ramona Illes")] == "Ramona Illes"
    assert start == raw.index("Ramona Illes") + 1  # spans index the cleaned text; the break adds one character


@pytest.mark.devdata
def test_gvdb_dev_titles_no_longer_glued(devdata: Path) -> None:
    """On GVDB dev (even rows): no top line keeps a title glued to its copy or a closing quotation glued on."""
    path = devdata / "gvdb_gun_violence_articles" / "dev.tsv"
    if not path.exists():
        pytest.skip("GVDB dev.tsv absent")
    csv.field_size_limit(1 << 27)
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [row["Full text"] for i, row in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
                 if i % 2 == 0]
    found = 0
    for raw in texts:
        found += _repeated_title(raw[:400]) is not None or _quote_closing_glue(raw[:400]) is not None
        out = clean_text(raw)
        top = out[:400].split("\n", 1)[0]
        assert _repeated_title(top) is None and _quote_closing_glue(top) is None, top
    assert found >= 2
