"""crosstally: conflict reporting in, an evidence-linked ledger of claims and incidents out."""

from .records import (
    ActorMention,
    Count,
    DateClaim,
    Document,
    Event,
    Extraction,
    Fatalities,
    Location,
    Quote,
    SourceCited,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "ActorMention",
    "Count",
    "DateClaim",
    "Document",
    "Event",
    "Extraction",
    "Fatalities",
    "Location",
    "Quote",
    "SourceCited",
    "Span",
    "__version__",
]
