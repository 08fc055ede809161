"""Helpers the toll tests share: a sentence's toll through the count grammar, a note's first event's toll through
the whole pipeline, and the same for a news article (a sentence with a neutral tail that makes it article-long)."""

from __future__ import annotations

from datetime import date
from typing import Any

from crosstally.extract import toll
from crosstally.extract._counts import find_counts


def sentence_toll(nlp: Any, text: str, kind: str = "killed") -> int:
    """The conservative toll the count grammar reads in ``text`` (0 when none)."""
    return toll(find_counts(nlp(text)), kind, text).low or 0


def note_low(text: str, published: date = date(2021, 7, 12)) -> int:
    """The low fatalities of the first event the pipeline finds in a note (0 when none)."""
    from crosstally.pipeline import process
    from crosstally.records import Document

    out = process(Document(text=text, published=published, input_id="n")).to_contract()
    return ((out.get("events") or [{}])[0].get("fatalities") or {}).get("low") or 0


# An article is longer than a note (700 characters): the article rules apply only then.
ARTICLE_TAIL = ("\n\nNeighbors said the block is usually quiet after dark and that children ride bikes there on summer "
                "evenings. Detectives asked residents with doorbell cameras to share any footage, and said more "
                "details would come once relatives had been told. The city added patrols to several districts this "
                "spring, a spokesperson said, and a community meeting is planned for next week at a nearby library "
                "branch.")


def article_tolls(nlp: Any, text: str) -> tuple[int, int]:
    """Killed and injured the count grammar reads in ``text`` told as an article."""
    return sentence_toll(nlp, text + ARTICLE_TAIL, "killed"), sentence_toll(nlp, text + ARTICLE_TAIL, "injured")


def article_event_tolls(text: str) -> tuple[int | None, int | None]:
    """The first event's killed and injured for ``text`` told as an article, through the whole pipeline, as the
    GVDB scorer reads them."""
    from crosstally.eval._scoring._readings import fatalities_of, first_event, injured_of
    from crosstally.pipeline import process
    from crosstally.records import Document

    out = process(Document(text=text + ARTICLE_TAIL, published=date(2025, 6, 2), input_id="a")).to_contract()
    ev = first_event(out)
    return fatalities_of(ev), injured_of(ev, out.get("text") or "")
