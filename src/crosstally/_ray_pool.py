"""Run a per-document function on a Ray Data actor pool, in input order (``pip install 'crosstally[scale]'``).

Why its own module: ``pipeline.process_many(backend="ray")`` and ``scale.process_on_ray`` both run
:func:`crosstally.pipeline.process` here; the function is passed in, so this module imports neither of them and
the two import each other in one direction only (``scale`` → ``pipeline``). A fixed pool that takes every CPU
hangs on small machines, so the pool grows from one actor as Ray sees fit.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .config import Settings
from .errors import ConfigError
from .records import Document, Extraction

#: The per-document function each actor runs: ``crosstally.pipeline.process``.
ProcessFn = Callable[[Document, Settings], Extraction]


class _Processor:
    def __init__(self, process: ProcessFn, settings: Settings) -> None:
        self._process = process
        self._settings = settings

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        doc: Document = pickle.loads(row["doc"])
        return {"ex": pickle.dumps(self._process(doc, self._settings))}


def map_on_ray(process: ProcessFn, docs: Iterable[Document], *, settings: Settings,
               max_actors: int | None = None) -> Iterator[Extraction]:
    """``process(doc, settings)`` for every document on Ray Data (one actor per CPU at most), in input order."""
    try:
        import ray
    except ImportError:
        raise ConfigError("Ray is not installed: pip install 'crosstally[scale]' (ray[data]).") from None
    if not ray.is_initialized():
        ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False,
                 num_cpus=os.cpu_count() or 1)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    items = [{"doc": pickle.dumps(d)} for d in docs]
    if not items:
        return
    n = max_actors or max(1, (os.cpu_count() or 2) - 1)
    ds = ray.data.from_items(items).map(
        _Processor, fn_constructor_kwargs={"process": process, "settings": settings}, concurrency=(1, n), num_cpus=1
    )
    for row in ds.iter_rows():
        yield pickle.loads(row["ex"])
