"""figures know the total they are a part of, where the report names both ("at least five killed,
including two guards"): the record id of the total. Such parts are no rival claims when figures
are reconciled. Rows stored before this revision keep null.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 14:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('part_of', sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_column('part_of')
