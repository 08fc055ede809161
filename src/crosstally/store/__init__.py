"""Storage: SQLite (WAL, the embedded default) or PostgreSQL, one schema through SQLAlchemy 2 and Alembic.

The only package that imports SQLAlchemy. Everything else hands it ``records`` objects::

    from crosstally.store import Store
    store = Store("sqlite:///crosstally.db")      # migrates to the newest schema on open
    store.save(extraction)                         # SaveResult(doc_id, status="inserted", ...)
    for ex in store.extractions(): ...
"""

from ._engine import normalise_url
from ._migrate import current_revision, head_revision, upgrade
from ._pagination import Page, decode_cursor, encode_cursor
from ._query import event_target, verdict_state
from ._save import SaveResult, SaveStatus
from ._store import Store

__all__ = [
    "Page",
    "SaveResult",
    "SaveStatus",
    "Store",
    "current_revision",
    "decode_cursor",
    "encode_cursor",
    "event_target",
    "head_revision",
    "normalise_url",
    "upgrade",
    "verdict_state",
]
