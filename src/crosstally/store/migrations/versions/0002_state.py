"""Add the state table: named JSON a resumable stage (the linker) hands to its next run.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 18:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table('state',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('data', JSONType, nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_state'))
    )


def downgrade() -> None:
    op.drop_table('state')
