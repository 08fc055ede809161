"""The contract's batch mode: link a batch of extractions, return the output lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..records import Extraction
from ._link import link_events
from ._types import Override


def link_batch(extractions: Sequence[Extraction], *, overrides: Sequence[Override] = ()) -> list[dict[str, Any]]:
    """``crosstally link --jsonl``: the contract lines, every event with ``incident_id`` and
    ``parent_incident_id`` (null when not nested), in input order, no database needed."""
    link_events(extractions, overrides=overrides)
    lines = []
    for ext in extractions:
        line = ext.to_contract()
        for ev, d in zip(ext.events, line["events"], strict=True):
            d["incident_id"] = ev.incident_id
            d["parent_incident_id"] = ev.parent_incident_id
        lines.append(line)
    return lines
