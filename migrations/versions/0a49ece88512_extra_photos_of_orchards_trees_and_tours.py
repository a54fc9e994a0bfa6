"""extra photos of orchards, trees and tours

Revision ID: 0a49ece88512
Revises: f1b57c1b219a
Create Date: 2026-11-29 05:41:04.730429

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0a49ece88512'
down_revision = 'f1b57c1b219a'
branch_labels = None
depends_on = None

# One table of extra photos for each owner: orchard_photo, tree_photo, tour_photo.
OWNERS = ('orchard', 'tree', 'tour')


def upgrade():
    for owner in OWNERS:
        table = f'{owner}_photo'
        op.create_table(table,
        sa.Column(f'{owner}_id', sa.Integer(), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('asset_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['asset_id'], ['media_asset.id'], name=op.f(f'fk_{table}_asset_id_media_asset')),
        sa.ForeignKeyConstraint([f'{owner}_id'], [f'{owner}.id'], name=op.f(f'fk_{table}_{owner}_id_{owner}'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}'))
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f'ix_{table}_{owner}_id'), [f'{owner}_id'], unique=False)


def downgrade():
    for owner in reversed(OWNERS):
        table = f'{owner}_photo'
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_{owner}_id'))
        op.drop_table(table)
