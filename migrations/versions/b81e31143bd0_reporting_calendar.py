"""reporting calendar: due dates of the office's reports and their frozen snapshots

Revision ID: b81e31143bd0
Revises: de4b026dc9ad
Create Date: 2026-12-07 22:47:25.870789

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b81e31143bd0'
down_revision = 'de4b026dc9ad'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('report_due',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report', sa.String(length=40), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('ward_code', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reminded_for', sa.Date(), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_by_id', sa.Integer(), nullable=True),
    sa.Column('figures', sa.JSON(), nullable=True),
    sa.CheckConstraint('period_end >= period_start', name=op.f('ck_report_due_period_in_order')),
    sa.ForeignKeyConstraint(['sent_by_id'], ['user.id'], name=op.f('fk_report_due_sent_by_id_user'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_due'))
    )
    with op.batch_alter_table('report_due', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_due_due_on'), ['due_on'], unique=False)

    op.create_table('report_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('due_id', sa.Integer(), nullable=False),
    sa.Column('format', sa.String(length=8), nullable=False),
    sa.Column('filename', sa.String(length=120), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['due_id'], ['report_due.id'], name=op.f('fk_report_file_due_id_report_due'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_file')),
    sa.UniqueConstraint('due_id', 'format', name=op.f('uq_report_file_due_id'))
    )


def downgrade():
    op.drop_table('report_file')
    with op.batch_alter_table('report_due', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_due_due_on'))

    op.drop_table('report_due')
