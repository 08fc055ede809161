"""The Store: one object over the database for every other package (none of them imports SQLAlchemy).

This module keeps the class, its constructor (open + migrate) and the connection; the methods live in modules
named for what they do, mixed into the one class so callers see one Store:

* ``_save.py``       save / save_many (idempotent by content hash, one transaction a document), has_document,
                     add_publication; ``SaveResult``, ``SaveStatus``
* ``_read.py``       document(s) / documents_page, extraction(s), event / events / events_page, tallies
* ``_review.py``     correct, revert_correction, corrections, audit, audit_log(_page), review_states
* ``_incidents.py``  set_incidents, incidents / incidents_page, incident_claims_page, lock_incident,
                     add_override, overrides
* ``_admin.py``      put_state / get_state, record_run / runs, create / check / revoke_token, stats
* ``_query.py``      the SQL they share: event filters, review verdicts, corrections applied on read,
                     ``event_target``
* ``_base.py``       the attributes the groups rely on (engine, sessions), UTC time, ``IN`` batching

Below them: ``_models.py`` (the ORM tables), ``_convert.py`` (records <-> rows), ``_corrections.py`` (field
paths), ``_pagination.py`` (keyset pages), ``_engine.py`` / ``_migrate.py`` (connections, Alembic).
"""

from __future__ import annotations

from alembic.util.exc import CommandError
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from ..errors import Errors, StoreError
from ._admin import AdminMethods
from ._engine import make_engine, writer
from ._incidents import IncidentMethods
from ._migrate import head_revision, revision_of, upgrade_engine
from ._review import ReviewMethods
from ._save import SaveMethods


class Store(SaveMethods, ReviewMethods, IncidentMethods, AdminMethods):
    """Documents, extracted claims, incidents and analysts' corrections in SQLite or PostgreSQL.

    Opening a Store migrates the database to the newest schema (``upgrade=False`` only checks it).
    """

    def __init__(self, url: str, *, upgrade: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        found: str | None = None
        try:
            found = revision_of(self.engine)
            expected = head_revision()
            if found != expected:
                if not upgrade:
                    raise StoreError(Errors.E031.format(url=url, found=found, expected=expected))
                upgrade_engine(self.engine)
        except CommandError as exc:  # e.g. a revision from a newer crosstally
            self.engine.dispose()
            raise StoreError(Errors.E031.format(url=url, found=found, expected=head_revision()) + f" ({exc})") from exc
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(Errors.E030.format(url=url, detail=exc.__class__.__name__ + ": " + str(exc).splitlines()[0])) from exc
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    def close(self) -> None:
        """Release the connections (a Store is also a context manager)."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"
