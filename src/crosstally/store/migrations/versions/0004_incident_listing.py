"""Indexes for the incident list: events by incident id with the filtered columns, and events.date_end.

The API's /api/incidents pages incidents in SQL (DISTINCT incident_id in id order, filtered by event type,
country, admin1 and dates) instead of reading every event per request; this index lets the database walk
incident ids in order and test the filters on the index entry alone. date_end serves the date_from filter.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 20:45:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_events_incident_listing', 'events',
                    ['incident_id', 'event_type', 'country_code', 'admin1', 'date_start', 'date_end'])
    op.create_index('ix_events_date_end', 'events', ['date_end'])


def downgrade() -> None:
    op.drop_index('ix_events_date_end', table_name='events')
    op.drop_index('ix_events_incident_listing', table_name='events')
