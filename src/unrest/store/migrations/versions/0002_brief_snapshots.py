"""brief_snapshots joins the migrated schema

Before this revision `unrest brief` created the table itself on first write, so a store may
already have it: create it only where it is missing.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 04:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if inspector.has_table('brief_snapshots'):
        if not any(ix['name'] == 'ix_brief_snapshots_filter_key' for ix in inspector.get_indexes('brief_snapshots')):
            op.create_index('ix_brief_snapshots_filter_key', 'brief_snapshots', ['filter_key'])
        return
    op.create_table('brief_snapshots',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('filter_key', sa.Text(), nullable=False),
    sa.Column('made_at', sa.String(length=32), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('brief_snapshots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_brief_snapshots_filter_key'), ['filter_key'], unique=False)


def downgrade() -> None:
    op.drop_table('brief_snapshots')
