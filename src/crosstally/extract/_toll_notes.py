"""ACLED's own coding notes inside a note: the figure a coder states for the row (_acled_coding), the rows one toll
was shared across (_acled_share) and the days a toll is spread over (_period_days)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import load_vocab
from ._doc_basics import _SHORT_DOC
from ._tolls._terms import _vocab

# ACLED's own coding notes inside its notes: "Fatalities coded as 0 (<outlet> reported N fatalities)",
# "Fatalities are split across N events (M)", "Fatalities split over 2 locations (5)".
_CODED = re.compile(r"fatalities\s+(?:were\s+|are\s+)?coded\s+as\s+(\d+)", re.I)
_SPLIT = re.compile(r"fatalities\s+(?:are\s+|were\s+)?split\s+(?:across|over|between)\s+\w+\s+\w+\s*\((\d+)", re.I)
# A coder's notes: "coded as 8 here", "FATALITIES: 15", "FATALITIES: estimate:10/ confirmed: 6", "(ESTIMATE ONLY:24";
# a toll shared across rows: "(coded across 6 events)", "(split between 2 events)" (ACLED codes each row's share)
_CODED_HERE = re.compile(r"\bcoded\s+as\s+(\d+)\s+here\b", re.I)
_FIELD = re.compile(r"\bFATALITIES\s*:\s*(?:DETAILS\s+NOT\s+SPECIFIED\s*\(?\s*)?(?:estimate(?:\s+only)?\s*(?::|of)\s*)?"
                    r"(\d+)\b(?!\s*(?:more|others?|-|to|were|killed))", re.I)
_CONFIRMED = re.compile(r"\bconfirmed\s*:\s*(\d+)", re.I)
_SHARE = re.compile(r"\((?:coded|split|spread)\s+(?:across|between|over)\s+(\d+)\s+(?:separate\s+)?(?:events|days)\)",
                    re.I)


def _acled_coding(text: str) -> int | None:
    """A figure a coder's note states for this row: "fatalities coded as 3", "coded as 8 here", "FATALITIES: 15"."""
    m = _CODED.search(text) or _SPLIT.search(text) or _CODED_HERE.search(text)
    if m:
        return int(m.group(1))
    m = _FIELD.search(text)
    if m:
        confirmed = _CONFIRMED.search(text, m.end())
        return int(confirmed.group(1) if confirmed and confirmed.start() - m.end() < 60 else m.group(1))
    m = _FIELD_WORDS.search(text)
    if m:  # "Fatalities: several": ACLED's figure for the vague word (data/quantifiers.yaml)
        vague = load_vocab("quantifiers")["entries"]["vague"]
        word = " ".join(m.group(1).lower().split())
        if word in vague:
            return int(vague[word]["value"])
    return None


# "Fatalities: several, according to the chief": a coder's field told with a vague word ("Fatalities unknown" is none)
_FIELD_WORDS = re.compile(r"\bFATALITIES\s*:\s*(several|many|numerous|a\s+few|dozens|hundreds|a\s+number)\b(?!\s+of)",
                          re.I)


def _acled_share(text: str) -> int | None:
    """How many rows a coder's note says one toll was coded across ("6 deaths (coded across 6 events)", "split
    between 2 events"): this row carries its share. A toll a report tells for several days stays whole: the claim
    keeps what the source said, and splitting by day is an export's business."""
    m = _SHARE.search(text)
    return int(m.group(1)) if m and int(m.group(1)) > 1 else None


# "killed over the course of ten days", "following two days of clashes", "over a 36 hour period", "fought for three
# days", "during a two-day raid": a toll told for a fight that lasted several days (never "over the past six days",
# a running tally, nor "the second attack in two days"). The number words are count_terms.yaml's.
@lru_cache(maxsize=1)
def _period_re() -> re.Pattern[str]:
    words = sorted((w for w, v in _vocab()["numbers"].items() if isinstance(v, int) and v >= 2 and w.isalpha()),
                   key=len, reverse=True)
    num = rf"({'|'.join(words)}|\d{{1,3}})"
    return re.compile(
        rf"\bover\s+(?:the\s+(?:course|span)\s+of\s+)?(?:an?\s+)?{num}[\s-]+(days?|hours?)\b"
        rf"|\b(?:following|after)\s+{num}\s+(days)\s+of\s+(?:\w+\s+){{0,2}}?(?:fighting|clashes|violence|attacks|raids|battles?|unrest)\b"
        rf"|\b(?:fought|clashed|battled|fighting|clashes)\s+(?:\w+\s+){{0,3}}?for\s+{num}\s+(days)\b"
        rf"|\b(?:during|in)\s+an?\s+{num}-(day)\s+(?:raid|attack|assault|siege|battle|clash|offensive|fighting)\b",
        re.I)


# the sentence that tells the period is about the fighting itself, not a protest or an arrest campaign
_PERIOD_FIGHT = re.compile(r"\b(?:clash|fight|fought|violence|raid|attack|assault|battle|siege|offensive|unrest|killed|dead|"
                           r"died|deaths?)", re.I)
# a coder's note that the row carries the whole toll ("FATALITIES = TOTAL FOR 2 DAYS", "coded on last day")
_PERIOD_WHOLE = re.compile(r"\btotal\s+(?:coded\s+)?for\s+\d+\s+days\b|\b(?:coded|recorded)\s+on\s+(?:the\s+)?"
                           r"(?:last|first|final)\s+day\b|\bFATALITIES\s*[:=]", re.I)


def _period_days(text: str) -> int | None:
    """How many days a note says its toll spans ("Seventeen are killed in clashes over a 36 hour period": 2).

    Why: ACLED's fatalities FAQ divides a toll reported for several days evenly across the days' events (each row
    carries its share; the remainder goes to the first day, so the floor is every later day's share)."""
    if len(text) > _SHORT_DOC or _PERIOD_WHOLE.search(text):
        return None
    words = _vocab()["numbers"]
    for m in _period_re().finditer(text):
        num, unit = next((g, u) for g, u in zip(m.groups()[::2], m.groups()[1::2], strict=True) if g)
        left = re.split(r"[.;!?]\s", text[: m.start()])[-1]
        if re.search(r"\b(?:past|last|previous)\s*$", left, re.I):
            continue
        sent_end = re.search(r"[.;!?](?:\s|$)", text[m.end():])
        sentence = left + text[m.start(): m.end() + (sent_end.start() if sent_end else len(text))]
        if not _PERIOD_FIGHT.search(sentence):
            continue
        n = int(num) if num.isdigit() else int(words.get(num.lower(), 0))
        days = -(-n // 24) if unit.lower().startswith("hour") else n
        if days >= 2:
            return days
    return None
