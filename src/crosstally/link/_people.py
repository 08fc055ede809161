"""The people a report names (victims, suspects): the same person named by two outlets is one incident."""

from __future__ import annotations

import re

from ..records import Event, Extraction
from ._names import norm_name

_CAP = r"[A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)?"
# a name with an age, as reports identify victims and suspects: "Jose Rivera, 24", "Amina Yusuf, aged 31"
_AGED = re.compile(rf"\b({_CAP}(?: (?:[A-Z]\. )?{_CAP}){{1,2}}), (?:aged? )?(\d{{1,2}})\b(?![,.]\d| ?%)")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'\-]+\b")
MAX_PEOPLE = 8


def _capitalised(token: str) -> bool:
    """A capital, then lower case: "Rivera", "O'Neil", "Al-Amin"; not "IMPD", nor "ChicagoHe" glued at a break."""
    return token[:1].isupper() and token[1:].replace("'", "").replace("-", "").islower()


def people_of(ext: Extraction, ev: Event) -> tuple[str, ...]:
    """Surnames of the people a report names: the same victim or suspect named by two outlets is one incident.

    Names come from "Name Surname, age" phrases (the whole text of a one-event report, else the event's evidence)
    and the event's actor mentions that look like a person: capitalised words the text never writes in lower case
    (so not "Gunmen" opening a sentence), not a place the document names, and a lone surname only where the text
    writes it mid-sentence ("said Taylor").
    """
    text = ext.document.text
    # a report of one event names its people anywhere; in a report of several, only its own sentences count
    own = text if len(ext.events) <= 1 else " ".join(text[s.start:s.end] for s in ev.evidence)
    aged = [[t for t in m.group(1).split() if not t.endswith(".")] for m in _AGED.finditer(own)]
    mentions = [toks for a in ev.actors if 1 <= len(toks := (a.mention or "").split()) <= 3
                and all(_capitalised(t) for t in toks)]
    if not aged and not mentions:
        return ()  # the common case, cheaply: linking profiles every claim
    lower = set(_LOWER_WORD.findall(text))
    places: set[str] = set()
    for loc in [*ext.places, *([ev.location] if ev.location else [])]:
        for n in (loc.name, loc.admin1, loc.admin2, loc.country):
            places.update((norm_name(n) or "").split())

    def name_like(tokens: list[str]) -> bool:
        return bool(tokens) and all(_capitalised(t) and t.casefold() not in lower and norm_name(t) not in places
                                    for t in tokens)

    names: set[str] = set()
    for toks in aged:
        if len(toks) >= 2 and name_like(toks):
            names.add(norm_name(toks[-1]) or "")
    for toks in mentions:
        if not name_like(toks):
            continue
        if len(toks) == 1 and not re.search(rf"\b[a-z]+ {re.escape(toks[0])}\b", text):
            continue  # a lone capitalised word only at a sentence's start or after another capital: not a name
        names.add(norm_name(toks[-1]) or "")
    return tuple(sorted(n for n in names if n))[:MAX_PEOPLE]
