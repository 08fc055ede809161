"""Framing: how each source names the violence, the perpetrators and the victims; who acts in its
clauses (active, passive with or without agent, intransitive, nominalisation); its hedges; whose
voices it quotes. Lexicons are versioned data files (``data/framing_*.yaml``)."""

from ._agency import AGENCY_KINDS, AgencyClause, agency_clauses
from ._frame import (
    Framing,
    FramingRow,
    FramingTable,
    aggregate_framing,
    compare_framing,
    frame_document,
    framing_of,
    source_framing_view,
)

__all__ = [
    "AGENCY_KINDS",
    "AgencyClause",
    "Framing",
    "FramingRow",
    "FramingTable",
    "agency_clauses",
    "aggregate_framing",
    "compare_framing",
    "frame_document",
    "framing_of",
    "source_framing_view",
]
