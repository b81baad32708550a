"""events know the state each of their two actors belongs to, where the report says

"Russian troops", a known actor with a country of its own, or a foreign state acting: the ISO
alpha-2 code, as the record's actors carry it. Rows stored before this revision keep null.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('actor1_country', sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column('actor2_country', sa.String(length=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_column('actor2_country')
        batch_op.drop_column('actor1_country')
