"""community-tourism products booked on a tour

Revision ID: 33740e9f2b00
Revises: 8e0559e353bc
Create Date: 2026-12-06 06:16:12.390170

A product of the community-tourism group is an experience: it is booked on a date of one of
its producer's tours (product.tour_id) instead of being shipped as a parcel. Existing products
keep no tour; the tour's deletion unlinks them.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '33740e9f2b00'
down_revision = '8e0559e353bc'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tour_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_product_tour_id'), ['tour_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_product_tour_id_tour'), 'tour', ['tour_id'], ['id'], ondelete='SET NULL')


def downgrade():
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_product_tour_id_tour'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_product_tour_id'))
        batch_op.drop_column('tour_id')
