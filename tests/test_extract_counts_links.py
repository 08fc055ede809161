"""Related-story link lists glued into a scraped article ('Read: ...', 'Watch: ...'): their headlines tell other
incidents, never this story's toll. All texts written for these tests."""

from __future__ import annotations

from crosstally.extract import toll
from crosstally.extract._counts import find_counts
from crosstally.extract._tolls._background import _link_headlines


def _tolls(nlp, text: str) -> tuple[int, int]:
    counts = find_counts(nlp(text))
    return toll(counts, "killed", text).low or 0, toll(counts, "injured", text).low or 0


def test_link_headlines_run_to_the_next_label_or_the_line_end():
    text = "Body text. Read: Council votes on budget Watch: Two hurt in crash\nMore text."
    ranges = _link_headlines(text)
    assert [text[a:b] for a, b in ranges] == ["Read: Council votes on budget ", "Watch: Two hurt in crash"]
    assert _link_headlines("She said: Two men ran.") == []  # a quote's colon is no link label


def test_a_toll_in_a_link_headline_is_not_this_storys(nlp):
    text = ("A pharmacy on Elm Road was robbed at knifepoint on Tuesday evening and nobody was hurt, the owner "
            "said. Read: Two hurt in highway pile-up Watch: Man wounded in bar fight\n"
            "Officers asked anyone with camera footage to come forward.")
    assert _tolls(nlp, text) == (0, 0)


def test_the_same_toll_outside_a_link_list_counts(nlp):
    text = ("A pharmacy on Elm Road was robbed at knifepoint on Tuesday evening, the owner said. "
            "A man was wounded in a bar fight next door, officers said.")
    assert _tolls(nlp, text) == (0, 1)
