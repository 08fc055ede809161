"""Add documents.places: every place a document names, geocoded (Extraction.places).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 19:15:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table('documents') as batch:
        batch.add_column(sa.Column('places', JSONType, nullable=False, server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('documents') as batch:
        batch.drop_column('places')
