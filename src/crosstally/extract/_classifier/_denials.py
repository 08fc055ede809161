"""Denied clauses blanked out: what a note denies is taken out before the classifier or its definitions read it."""

from __future__ import annotations

import re

# a clause that denies an event or its outcome: "no arrests had been made", "no one was hurt", "police did not
# fire", "none of the suspects was detained"; from the negator to the end of its clause
_DENIAL = re.compile(
    # "has had no news of him since" tells a disappearance, not a denial
    r"\b(?:no(?!\s+(?:news|word|trace)\s+(?:of|from|about)\b)|none of the|nobody|no one|neither|not a single)\b[^.;:!?]*"
    # "had not been seen since" tells a disappearance, not a denial; so does "could not find out where he was held"
    r"|\b(?:did|does|do|was|were|is|are|has|have|had|could|would)(?:\s+not|n['’]t)\b"
    r"(?!\s+(?:been\s+)?(?:seen|heard|found|located|traced|returned)\b"
    r"|\s+(?:find\s+out|learn|establish|say|know|tell)\s+where\b)[^.;:!?]*"
    r"|\bwithout\s+(?:any\s+)?(?:arrests?|injur\w+|casualt\w+|incidents?|violence)\b",
    re.I,
)


def without_denials(text: str) -> str:
    """``text`` with the clauses that deny an event blanked out (same length, so offsets still hold).

    Why: 'Police said no arrests had been made' names arrests only to deny them; a classifier over words reads
    'arrests' all the same and would report an arrest that did not happen. It lives with the classifier, which
    applies it in :func:`predict`; the model-only event rule (``_mentions/_model_only``) reads it from here."""
    return _DENIAL.sub(lambda m: " " * len(m.group(0)), text)
