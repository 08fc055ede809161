"""The counts grammar on sentences written for these tests (facts in the style of wire reports)."""

from __future__ import annotations

import pytest

from crosstally.extract import find_counts

CASES = [
    # text, kind, low, high, qualifier, group, words the evidence must contain
    ("The monitor said the raids left over 1,200 Alawite civilians dead in three days.",
     "killed", 1200, None, "over", "Alawite civilians", ["1,200", "dead"]),
    ("The agency has recorded at least 111 verified deaths since Thursday.",
     "killed", 111, None, "at_least", None, ["111", "deaths"]),
    ("Roughly 250 fighters were killed on both sides before the shelling stopped.",
     "killed", 250, 250, "about", "fighters on both sides", ["250", "killed"]),
    ("Officials said between 20 and 30 villagers were killed in the night raid.",
     "killed", 20, 30, "range", "villagers", ["20", "30", "killed"]),
    ("Medics said 20 to 30 protesters were injured near the bridge.",
     "injured", 20, 30, "range", "protesters", ["20 to 30", "injured"]),
    ("Nearly 40 people were wounded when the market was hit.",
     "injured", 40, 40, "about", "people", ["40", "wounded"]),
    ("Up to 7 guards were killed at the depot.", "killed", 7, 7, "up_to", "guards", ["7", "killed"]),
    ("More than one million people have been displaced by the fighting.",
     "displaced", 1_000_000, None, "over", "people", ["one million", "displaced"]),
    ("Two policemen and a civilian were killed at the checkpoint.",
     "killed", 3, 3, "exact", "policemen and civilian", ["Two policemen", "killed"]),
    ("By Sunday the death toll rose to 973, the ministry said.", "killed", 973, 973, "exact", None, ["973", "toll"]),
    ("A dozen herders were abducted by armed men on the road to the market.",
     "abducted", 12, 12, "exact", "herders", ["dozen", "abducted"]),
    ("Dozens of students were arrested after the march.", "detained", 12, 12, "vague", "students", ["Dozens", "arrested"]),
    ("Hundreds of families fled the district overnight.", "displaced", 100, 100, "vague", "families", ["Hundreds", "fled"]),
    ("A man was shot dead outside the mosque on Friday.", "killed", 1, 1, "exact", "man", ["man", "shot dead"]),
    ("One person died in hospital later that day.", "killed", 1, 1, "exact", "person", ["One person", "died"]),
    ("Scores of residents were hurt in the stampede.", "injured", 40, 40, "vague", "residents", ["Scores", "hurt"]),
    ("The bomb left 5 dead at the bus stop.", "killed", 5, 5, "exact", None, ["5 dead"]),
]


@pytest.mark.parametrize(("text", "kind", "low", "high", "qualifier", "group", "words"), CASES)
def test_count_forms(nlp, text, kind, low, high, qualifier, group, words) -> None:
    counts = find_counts(nlp(text))
    assert len(counts) == 1, counts
    c = counts[0]
    assert (c.kind, c.low, c.high, c.qualifier, c.group) == (kind, low, high, qualifier, group)
    ev = text[c.evidence[0].start : c.evidence[0].end]
    assert ev == c.phrase
    for w in words:
        assert w in ev, (w, ev)
    assert c.method == "crosstally.counts.grammar.v1" and 0 < c.confidence <= 1


def test_subset_is_not_added(nlp) -> None:
    text = ("Army units said 12 insurgents, among them 2 local leaders, died and 5 others including a "
            "leader were wounded as they pushed back an assault on Tuesday.")
    counts = {(c.kind, c.low) for c in find_counts(nlp(text))}
    assert counts == {("killed", 12), ("injured", 5)}


def test_killing_and_wounding(nlp) -> None:
    text = "Gunmen attacked a police post, killing 5 officers and wounding 3, in the district centre."
    counts = sorted((c.kind, c.low, c.group) for c in find_counts(nlp(text)))
    assert counts == [("injured", 3, None), ("killed", 5, "officers")]


def test_subset_children_not_double_counted(nlp) -> None:
    counts = find_counts(nlp("Eight people were killed, including three children, in the strike."))
    assert [(c.kind, c.low) for c in counts] == [("killed", 8)]


def test_repeated_figure_is_one_count_with_two_spans(nlp) -> None:
    text = ("At least 45 people were killed in the attack. Later, officials again said at least 45 people "
            "were killed.")
    counts = find_counts(nlp(text))
    assert len(counts) == 1 and counts[0].low == 45
    assert len(counts[0].evidence) == 2
    for span in counts[0].evidence:
        assert "45" in text[span.start : span.end]


def test_dates_and_percentages_are_not_tolls(nlp) -> None:
    text = "On 3 May 2020, at 10 am, turnout fell 30 percent; nobody was hurt."
    assert find_counts(nlp(text)) == []


def test_singular_victim_without_figure(nlp) -> None:
    counts = find_counts(nlp("Unknown gunmen killed the district governor in his home."))
    assert [(c.kind, c.low) for c in counts] == [("killed", 1)]


def test_along_with_inherits_kind(nlp) -> None:
    text = ("After the assault, the militias were cleared from the towns – along with 100,000 civilians.")
    counts = find_counts(nlp(text))
    assert [(c.kind, c.low, c.group) for c in counts] == [("displaced", 100_000, "civilians")]


def test_one_figure_two_fates(nlp) -> None:
    counts = find_counts(nlp("On 6 March 2020, 1 teacher was kidnapped and killed by gunmen near the school."))
    assert sorted((c.kind, c.low) for c in counts) == [("abducted", 1), ("killed", 1)]


def test_age_is_not_a_toll(nlp) -> None:
    counts = find_counts(nlp("A 29-year-old man was fatally shot outside a shop on Saturday."))
    assert [(c.kind, c.low, c.group) for c in counts] == [("killed", 1, "29-year-old man")]


def test_hurt_needs_a_person(nlp) -> None:
    """'hurt' takes things too: only a person hurt is an injured count."""
    assert find_counts(nlp("The strike hurt the dollar on Monday.")) == []
    assert find_counts(nlp("Profit was hurt by the floods.")) == []
    assert [(c.kind, c.low) for c in find_counts(nlp("A woman was hurt when the wall fell."))] == [("injured", 1)]
