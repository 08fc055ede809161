"""Issue 3: a death among the hurt told twice is one death.

'Several others were hurt, including a woman who died later ... Four others were wounded, including the woman who
died overnight': the second telling is the same woman. Since two people of different genders are never merged, the
parser's own count of "the woman who died" no longer folded into the man killed first, so she was counted twice.
Our own sentences about an invented incident.
"""

from __future__ import annotations

from datetime import date

from toll_notes import note_low


def test_a_woman_who_died_among_the_hurt_told_twice_is_one_death() -> None:
    text = ("A shooting at a crowded cookout in Macon on Sunday killed a man and left several others hurt, including a "
            "woman who died hours later, police said. A 41-year-old man was pronounced dead at the scene. Four others "
            "were wounded, including the woman who died overnight at a hospital, the police chief said.")
    assert note_low(text, date(2025, 6, 2)) == 2
