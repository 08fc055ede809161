"""One entry point for every dataset: :func:`score` picks the dataset's scorer."""

from __future__ import annotations

from typing import Any

from ._acled import score_acled
from ._glocon import score_glocon
from ._gvdb import score_gvdb
from ._results import RowResult


def score(dataset: str, golds: list[dict[str, Any]], outputs: list[dict[str, Any]], ids: list[str]
          ) -> tuple[dict[str, Any], list[RowResult]]:
    """Dispatch to the scorer of ``dataset`` (acled-*, gvdb, glocon)."""
    if dataset.startswith("acled"):
        return score_acled(golds, outputs, ids)
    if dataset == "gvdb":
        return score_gvdb(golds, outputs, ids)
    if dataset == "glocon":
        return score_glocon(golds, outputs, ids)
    raise ValueError(f"Unknown dataset '{dataset}'")
