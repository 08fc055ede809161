"""Incidents across sources: link event claims, nest parts under wholes, reconcile figures.

Cross-document stages take claim objects (``Extraction`` / ``Event``), never a database
session, so the same code links an in-memory batch, claims read from the store, or a
Parquet shard. Blocking by (country, admin1, event-type family, week) keeps the cost
near-linear.
"""

from ._batch import link_batch
from ._claimants import claimant_resolver
from ._config import LinkConfig
from ._eval import pairwise_f1
from ._link import link_events
from ._profile import family_of, weapon_of
from ._reconcile import (
    FigureClaim,
    FigureSummary,
    Part,
    Reconciliation,
    reconcile,
    reconcile_all,
    victim_class,
)
from ._store_link import incident_data, incident_view, incidents_table, link_store
from ._subplaces import known_subplaces, subplaces_of
from ._syndication import near_duplicate, syndication_groups, wire_origin
from ._types import ClaimProfile, Incident, LinkResult, LinkState, LinkStats, Override

__all__ = [
    "ClaimProfile",
    "FigureClaim",
    "FigureSummary",
    "Incident",
    "LinkConfig",
    "LinkResult",
    "LinkState",
    "LinkStats",
    "Override",
    "Part",
    "Reconciliation",
    "claimant_resolver",
    "family_of",
    "incident_data",
    "incident_view",
    "incidents_table",
    "known_subplaces",
    "link_batch",
    "link_events",
    "link_store",
    "near_duplicate",
    "pairwise_f1",
    "reconcile",
    "reconcile_all",
    "subplaces_of",
    "syndication_groups",
    "victim_class",
    "weapon_of",
    "wire_origin",
]
