"""news articles, fairs and booth applications

The office's news and policies (article, its cover a media asset), its fairs with their booth
count and the booths taken (one conditional UPDATE keeps acceptances within it), producers'
booth applications (one per producer and fair) and the products each will show.

Revision ID: 28c913041292
Revises: cf1c4109f26c
Create Date: 2026-12-07 22:45:04.902102

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '28c913041292'
down_revision = 'cf1c4109f26c'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('fair',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name_vi', sa.String(length=160), nullable=False),
    sa.Column('name_en', sa.String(length=160), nullable=False),
    sa.Column('kind', sa.Enum('ocop_fair', 'festival', 'trade_fair', 'market', name='fairkind', native_enum=False, length=20), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('applications_close_on', sa.Date(), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('ward_code', sa.Integer(), nullable=False),
    sa.Column('booths', sa.Integer(), nullable=False),
    sa.Column('booths_taken', sa.Integer(), nullable=False),
    sa.Column('description_vi', sa.Text(), nullable=False),
    sa.Column('description_en', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('booths_taken >= 0 AND booths_taken <= booths', name=op.f('ck_fair_booths_within')),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_fair_ends_after_start')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fair'))
    )
    with op.batch_alter_table('fair', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fair_starts_on'), ['starts_on'], unique=False)

    op.create_table('article',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.Enum('support_policy', 'programme_news', 'consumer_info', name='articlekind', native_enum=False, length=20), nullable=False),
    sa.Column('status', sa.Enum('draft', 'published', name='articlestatus', native_enum=False, length=20), nullable=False),
    sa.Column('title_vi', sa.String(length=160), nullable=False),
    sa.Column('title_en', sa.String(length=160), nullable=False),
    sa.Column('summary_vi', sa.String(length=300), nullable=False),
    sa.Column('summary_en', sa.String(length=300), nullable=False),
    sa.Column('body_vi', sa.Text(), nullable=False),
    sa.Column('body_en', sa.Text(), nullable=False),
    sa.Column('cover_id', sa.Integer(), nullable=True),
    sa.Column('cover_alt_vi', sa.String(length=200), nullable=False),
    sa.Column('cover_alt_en', sa.String(length=200), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['cover_id'], ['media_asset.id'], name=op.f('fk_article_cover_id_media_asset')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article')),
    sa.UniqueConstraint('slug', name=op.f('uq_article_slug'))
    )
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_published_on'), ['published_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_status'), ['status'], unique=False)

    op.create_table('booth_application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fair_id', sa.Integer(), nullable=False),
    sa.Column('producer_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('waiting', 'accepted', 'declined', 'withdrawn', name='applicationstatus', native_enum=False, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('office_note', sa.Text(), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['fair_id'], ['fair.id'], name=op.f('fk_booth_application_fair_id_fair')),
    sa.ForeignKeyConstraint(['producer_id'], ['producer.id'], name=op.f('fk_booth_application_producer_id_producer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booth_application')),
    sa.UniqueConstraint('fair_id', 'producer_id', name=op.f('uq_booth_application_fair_id'))
    )
    with op.batch_alter_table('booth_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booth_application_fair_id'), ['fair_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booth_application_producer_id'), ['producer_id'], unique=False)

    op.create_table('booth_product',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['booth_application.id'], name=op.f('fk_booth_product_application_id_booth_application'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_booth_product_product_id_product'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('application_id', 'product_id', name=op.f('pk_booth_product'))
    )


def downgrade():
    op.drop_table('booth_product')
    with op.batch_alter_table('booth_application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_booth_application_producer_id'))
        batch_op.drop_index(batch_op.f('ix_booth_application_fair_id'))

    op.drop_table('booth_application')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_status'))
        batch_op.drop_index(batch_op.f('ix_article_published_on'))
        batch_op.drop_index(batch_op.f('ix_article_kind'))

    op.drop_table('article')
    with op.batch_alter_table('fair', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fair_starts_on'))

    op.drop_table('fair')
