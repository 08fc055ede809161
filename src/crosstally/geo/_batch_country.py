"""The country of a batch of documents, for the documents of it that do not name their own.

Why: a file of notes from one feed (a monitor's country page, an outlet's regional archive) is one
country's, and most of its documents say so; the rest name only a village, an estate or nothing at all
("Rioters burnt a lorry in Kasarani"). A coder reading the feed knows its country, and a caller who
gave ``--country`` would have said it; when nobody did, the batch says it instead. The prior is given
only where the batch is decisive (most documents that name a country name the same one) and only to
documents whose own text is not decisive; a document that names its own country keeps it, and a batch
of mixed countries gives no prior at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..records import Location
from ._country import CountryGuess, infer_country
from ._index import Gazetteer
from ._location import METHOD

METHOD_BATCH = "crosstally.geo.country_from_batch.v1"

MIN_DECIDED = 5  # at least this many documents of the batch must name their country ...
MIN_BATCH_SHARE = 0.8  # ... and this share of them the same one


@dataclass(frozen=True, slots=True)
class BatchCountry:
    """The batch's country and the counts behind it (recorded on each document it is given to)."""

    code: str
    agreeing: int  # documents whose own text names this country
    decided: int  # documents whose own text names any country
    total: int  # documents read

    def as_meta(self) -> dict[str, Any]:
        return {"code": self.code, "agreeing": self.agreeing, "decided": self.decided, "total": self.total,
                "method": METHOD_BATCH}


def batch_country(texts: Iterable[str]) -> BatchCountry | None:
    """The country most documents of a batch decisively name, or None when too few name one or they disagree."""
    votes: Counter[str] = Counter()
    total = 0
    for text in texts:
        total += 1
        code = infer_country(text or "").code
        if code is not None:
            votes[code] += 1
    decided = sum(votes.values())
    if decided < MIN_DECIDED:
        return None
    code, agreeing = votes.most_common(1)[0]
    if agreeing < MIN_BATCH_SHARE * decided:
        return None
    return BatchCountry(code, agreeing, decided, total)


def prior_from_batch(guess: CountryGuess, batch: dict[str, Any] | None) -> str | None:
    """The batch's country for a document whose own guess is ``guess`` (undecided), or None.

    The prior is withheld when the document's own (too weak) evidence leans to another country more than to
    the batch's: a note that names only 'Somali refugees' or a town of Uganda is not placed in Kenya by its
    neighbours.
    """
    code = (batch or {}).get("code")
    if not code or guess.code is not None:
        return None
    own = guess.scores.get(code, 0.0)
    if any(score > own for cc, score in guess.scores.items() if cc != code):
        return None
    return code


# the words that put an event at a place ('near Afgoye', 'marched through Hoima', 'in the village of X'); a name
# told otherwise ('when Kibaki named', 'the beheading of Virginia N.') is a person's as often as a place's
_AT_PLACE = re.compile(r"(?<![\w\-])(?:in|at|near|outside|around|through|into|across|from|towards?|inside|within|"
                       r"along|between)\s+(?:the\s+)?(?:(?:town|village|city|district|area|county)\s+of\s+)?$", re.I)


def held_abroad(gz: Gazetteer, alone: Location | None, prior: str, text: str) -> bool:
    """Whether the place a text gives on its own (``alone``, geocoded with no country) stays, in a document whose
    country comes only from its batch (``prior``): the event's own mention, told as a place ('near Afgoye'),
    resolved directly to a listed place in another country whose name the batch's country has no place for.

    Why: the batch's country settles names it shares ('Mbale': Uganda's city, or Vihiga's town in a Kenyan
    feed), but a note of the batch from elsewhere ('fighting near Afgoye', 'marched through Hoima') names a
    place only that other country has; a feed's country must not move it home. A fallback place (the
    document's most mentioned) or a name not told as a place ('Kibaki', 'Man') is a stray namesake: the
    batch's country wins, as a hint's does.
    """
    if alone is None or alone.geonameid is None or alone.country_code in (None, prior) or alone.method != METHOD:
        return False
    place = gz.places.get(alone.geonameid)
    if place is None or place.kind == "country" or not alone.evidence:
        return False
    start = alone.evidence[0].start
    if _AT_PLACE.search(text[max(0, start - 40):start]) is None:
        return False
    names = {alone.mention or alone.name, alone.name}
    return not any(p.country_code == prior for n in names if n for p in gz.lookup(n))
