"""The toll grammar's word lists come from data files, read once, and its phrase-table cache is keyed safely."""

from __future__ import annotations

from crosstally.extract._tolls._numbers import _first_words
from crosstally.extract._tolls._terms import _ORDINALS, _person_classes, _single_vocab, _tables, _vocab
from crosstally.vocab import load_vocab


def test_ordinal_ranks_are_ordinal_persons_in_order() -> None:
    persons = load_vocab("quantifiers")["entries"]["ordinal_persons"]
    assert {w: i + 2 for i, w in enumerate(persons[: len(_ORDINALS)])} == _ORDINALS
    assert _ORDINALS["sixth"] == 6 and "seventh" not in _ORDINALS


def test_moved_word_lists_are_lower_case_sets_from_the_data() -> None:
    sv = _single_vocab()
    for key in ("aux_words", "generic_groups", "not_to_death_verbs", "wound_causes", "grievance_death_nouns",
                "not_names", "plain_injury_verbs", "lost_people", "found_dead_verbs"):
        assert sv[key] and all(w == w.lower() for w in sv[key]), key
    assert "civilians and others" in sv["generic_groups"]
    assert "sentence" in sv["not_to_death_verbs"] and "kill" not in sv["not_to_death_verbs"]


def test_all_tables_share_one_build() -> None:
    t = _tables()
    assert _vocab() is t["vocab"] and _single_vocab() is t["single"] and _person_classes() is t["classes"]


def test_first_words_cache_never_serves_another_table() -> None:
    for i in range(50):  # temporaries freed at once: their ids are reused by the next
        word = f"w{i}"
        assert _first_words({(word, "x"): 1}) == frozenset({word})
