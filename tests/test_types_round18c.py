"""Issue 3, definitions 2.12: police who kill a suspect are no mob.

'a suspected thief' is one of the cues of a mob's attack, so a note where police shot a suspect could be read as
Riots/Mob violence; ACLED's Mob violence is violence by an unorganised crowd. Our own sentences about invented
incidents.
"""

from __future__ import annotations

from crosstally.extract._model import apply_definitions


def test_police_who_shot_a_suspect_are_no_mob() -> None:
    text = "On 3 May 2019, police officers in Kakamega shot dead a suspected thief who had broken into a shop."
    assert apply_definitions(text, "Riots", "Mob violence") == ("Violence against civilians", "Attack")


def test_a_crowd_that_kills_a_suspect_stays_mob_violence_with_police_named() -> None:
    for text in ("On 3 May 2019, residents of Kakamega beat a suspected thief to death before police arrived.",
                 "On 3 May 2019, a suspected thief was lynched by a mob in Kakamega; police recovered the body."):
        assert apply_definitions(text, "Riots", "Mob violence") == ("Riots", "Mob violence")


def test_police_trading_fire_with_suspects_is_left_to_the_classifier() -> None:
    text = ("On 3 May 2019, police exchanged fire with suspected robbers in Kakamega, killing one of them.")
    assert apply_definitions(text, "Riots", "Mob violence") == ("Riots", "Mob violence")
