"""The definitions' patterns stay fast on text with long runs of spaces.

Why: blanked denials (``without_denials`` keeps offsets by writing spaces) and scraped layout leave long space runs;
patterns with optional-space pieces once backtracked for minutes over a short article.
"""

import time

from crosstally.extract import _model
from crosstally.extract._events import without_denials


def test_argument_tokens_are_quick_on_space_runs() -> None:
    gap = " " * 40  # before the fix: 1.5 s with 20 spaces, over 30 s with 30
    text = f"Two gunmen shot{gap}at the building{gap}on Friday, no one was hurt."
    start = time.perf_counter()
    toks = _model.argument_tokens(without_denials(text))
    assert time.perf_counter() - start < 5.0
    assert toks == _model.argument_tokens("Two gunmen shot at the building on Friday.")


def test_space_runs_read_like_single_spaces() -> None:
    """Collapsing the runs changes no reading: the patterns count words, not spaces."""
    spaced = "Police   fired  live rounds\n\n at   protesters who had gathered in the square"
    single = " ".join(spaced.split())
    assert _model.argument_tokens(spaced) == _model.argument_tokens(single)
    assert _model.one_sided(spaced) == _model.one_sided(single)
    assert _model.apply_definitions(spaced, "Protests", "Peaceful protest") == _model.apply_definitions(
        single, "Protests", "Peaceful protest")
