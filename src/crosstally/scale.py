"""Scale-out of the per-document stages on Ray Data (``pip install 'crosstally[scale]'``).

The same :func:`crosstally.pipeline.process` runs inside an autoscaling actor pool
(one spaCy pipeline per actor; the pool itself is in ``crosstally._ray_pool``, which
``process_many(backend="ray")`` uses too). A fixed pool that takes every CPU hangs on small
machines, so the pool grows from one actor as Ray sees fit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ._ray_pool import map_on_ray
from .config import Settings
from .pipeline import process
from .records import Document, Extraction


def process_on_ray(docs: Iterable[Document], *, settings: Settings, max_actors: int | None = None) -> Iterator[Extraction]:
    """Process documents on Ray Data, preserving input order."""
    return map_on_ray(process, docs, settings=settings, max_actors=max_actors)
