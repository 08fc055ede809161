"""``jsonl``: the contract's output lines (shared/contracts/extract-jsonl.md), one per document."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from ..records import Extraction
from ._flat import text_out


def write_jsonl(
    extractions: Iterable[Extraction], out: Path | str | TextIO, *, incidents: bool = False, store: Any = None,
    **_: Any,
) -> int:
    """One ``Extraction.to_contract()`` line per document (per incident with ``incidents=True``); returns lines."""
    if incidents:
        from ._incident_writers import write_jsonl_incidents

        return write_jsonl_incidents(extractions, out, store=store)
    n = 0
    with text_out(out) as fh:
        for ex in extractions:
            fh.write(json.dumps(ex.to_contract(), ensure_ascii=False) + "\n")
            n += 1
    return n
