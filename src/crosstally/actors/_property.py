"""A group named only as the owner of the property an attack hit ("bombs hurled at the office of a local BNP unit",
"set fire to a PTI office"): the side whose property it was, never the attacker.

Why (round 32a): the parse made the only name in "attackers hurled bombs at the shuttered office of a local BNP
unit" the actor1, so the party became the bomber. ACLED codes who threw the bombs first (the unidentified armed group
when the note cannot name them); whose office it was says whom it hit (ACLED Codebook, 'Actors': actor1 initiated
the event). Spent world notes 59 for the form.
"""

from __future__ import annotations

import re

# "... at the shuttered office of a local BNP unit", "torched the house of an ODM official": a property word, "of",
# and at most three words saying which branch, right before the name
_OWNER_BEFORE = re.compile(
    r"(?<![\w-])(?:offices?|headquarters|house|houses|home|homes|residence|premises|shop|shops|vehicle|car|camp)\s+of\s+"
    r"(?:(?:a|an|the|its|their|local|district|ward|branch|party|regional|upazila|city|town|village|area|county|"
    r"municipal|provincial|state)\s+){0,3}$", re.I)
# "hurled bombs at a BNP office", "set fire to the ANC's regional headquarters": the name before a property word, the
# property the object of an attack word or a preposition of place
_PROPERTY_AFTER = re.compile(
    r"^(?:'s)?\s*(?:(?:local|district|ward|branch|party|regional|unit|upazila|city|town|area|county|youth|wing)\s+)"
    r"{0,3}(?:offices?|headquarters|premises)(?![\w-])", re.I)
_TARGET_BEFORE = re.compile(
    r"(?<![\w-])(?:at|on|into|outside|targeting|targeted|attacked|torched|vandali[sz]ed|ransacked|burn(?:ed|t)|"
    r"set\s+fire\s+to|set\s+ablaze|stormed|raided)\s+(?:[\w-]+\s+){0,2}$", re.I)


def owns_target(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is named only as the owner of property an attack hit."""
    before = text[max(0, start - 100):start]
    owner = _OWNER_BEFORE.search(before)
    if owner is not None:
        # "hurled bombs at the shuttered | office of a local | BNP": the property is what the attack word hit
        return _TARGET_BEFORE.search(before[:owner.start()]) is not None
    return _PROPERTY_AFTER.match(text[end:end + 60]) is not None and _TARGET_BEFORE.search(before) is not None
