"""Registries for pluggable parts, built on ``catalogue`` with entry points on.

Names carry a version (``crosstally.counts.grammar.v1``): changed behaviour gets a
new name instead of silently altering old configs. Built-ins register the same way
as outside packages, which add entries through the ``crosstally_<kind>`` entry-point
group without patching crosstally.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import catalogue

from .errors import ConfigError, Errors

readers = catalogue.create("crosstally", "readers", entry_points=True)
extractors = catalogue.create("crosstally", "extractors", entry_points=True)
geocoders = catalogue.create("crosstally", "geocoders", entry_points=True)
actor_resolvers = catalogue.create("crosstally", "actor_resolvers", entry_points=True)
exporters = catalogue.create("crosstally", "exporters", entry_points=True)

_KINDS = {
    "readers": readers,
    "extractors": extractors,
    "geocoders": geocoders,
    "actor_resolvers": actor_resolvers,
    "exporters": exporters,
}


def resolve(kind: str, name: str) -> Callable[..., Any]:
    """Look a name up, failing with the list of registered names."""
    reg = _KINDS[kind]
    try:
        return reg.get(name)
    except catalogue.RegistryError:
        raise ConfigError(
            Errors.E001.format(kind=kind, name=name, available=", ".join(sorted(reg.get_all())) or "none")
        ) from None
