"""People a short ACLED note says were shot, with no fate and no word of wounds: ACLED codes them dead.

Why: in ACLED's notes "Police shoot two gang members", "a police officer is shot twice by gunmen" and "3 people were
shot by militiamen" are coded as fatalities (about two in three such Kenya dev notes carry the figure), while news
articles (GVDB) count the same words as injuries. Only a note that tells no death, no wound and no survival is read
so; "shot and injured", "shot at", "survived" and "in hospital" keep the shot alive, and so does a short news
brief (a headline bar, paragraphs, "a shooting", "police said", officers who responded).
"""

from __future__ import annotations

import dataclasses
import re

from ...records import Count
from ._terms import SHOT_METHOD

# words that tell the shot person's fate, or that the shots missed (then the figure is no death); "attempted" only
# of the shooting ("an attempt on his life", "attempted to kill"), not of what the shot were doing ("gunmen who
# were attempting to plant a device")
_FATE_TOLD = re.compile(r"\b(?:injur\w*|wound\w*|hurt|hospital\w*|surviv\w*|critical|condition|treat\w*|recover\w*|"
                        r"escap\w*|unharmed|miss\w*|graz\w*|shot\s+(?:at|into|in\s+the\s+air)|shoot\s+(?:at|into)|"
                        r"fired\s+(?:at|into|in\s+the\s+air)|narrowly|attempt\w*(?!\s+to\s+(?!kill|murder|shoot|assassinat))|"
                        r"accident\w*|inadvertent\w*|"
                        # a hurt the note tells by where the shot or the blows landed and where the person was taken:
                        # "shot the driver in the leg", "beat him unconscious", "took him to a clinic", "pulled him
                        # out alive", "she was admitted"
                        r"in\s+the\s+(?:legs?|thighs?|arms?|hands?|foot|feet|knees?|shoulders?|buttocks?|ankles?|"
                        r"hips?|calf)|unconscious|badly|clinic|admitted|(?:out|found|rescued|still|left)\s+alive|"
                        r"rubber|pellet\w*|tear\s*gas|dead|kill\w*|death|died|dies|murder\w*|fatal\w*|bod(?:y|ies))\b",
                        re.I)
# a short news brief, not a note: a headline or link bar, paragraphs, "a shooting", police answering a call
_NEWS = re.compile(r"\||\n|\bshooting\b|\bpolice\s+(?:say|said)\b|\brespond\w*\b|\binvestigat\w*", re.I)
_NOTE_LIMIT = 700  # characters: an ACLED note (a news article keeps GVDB's reading: shot is hurt)


# "residents protest the killings", "angered by the deaths": the note's own dead told again by a definite noun
# with no figure and no victim of its own (not "the killing of a trader": another person's death)
_BACK_TO_DEAD = re.compile(r"\bthe\s+(?:killings?|deaths?)\b(?!\s+of\b)", re.I)


def shot_in_note(text: str, counts: list[Count]) -> list[Count]:
    """The shot of a short note that tells no fate, as deaths; nothing for an article or a note that tells one.

    A note whose only fate word names the deaths again ("Two raiders are shot ... residents protest the killings")
    tells the shot died: they are its dead."""
    if not text or len(text) > _NOTE_LIMIT or _NEWS.search(text):
        return []
    back = [m.span() for m in _BACK_TO_DEAD.finditer(text)]
    if any(not any(a <= m.start() < b for a, b in back) for m in _FATE_TOLD.finditer(text)):
        return []
    return [dataclasses.replace(c, kind="killed") for c in counts if c.kind == "injured" and c.method == SHOT_METHOD]
