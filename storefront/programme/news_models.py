"""News and policies the OCOP office publishes: articles in Vietnamese and English, with a
cover photo, a draft until published."""

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.extensions import Model
from storefront.media.models import MediaAsset
from storefront.models_base import UTCDateTime, enum_column, utcnow

MAX_SLUG = 80
MAX_TITLE = 160
MAX_SUMMARY = 300
MAX_ALT = 200
MAX_BODY = 20_000


class ArticleKind(enum.StrEnum):
    SUPPORT_POLICY = "support_policy"
    PROGRAMME_NEWS = "programme_news"
    CONSUMER_INFO = "consumer_info"


class ArticleStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class Article(Model):
    __tablename__ = "article"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(sa.String(MAX_SLUG), unique=True)
    kind: Mapped[ArticleKind] = mapped_column(enum_column(ArticleKind), index=True)
    status: Mapped[ArticleStatus] = mapped_column(
        enum_column(ArticleStatus), default=ArticleStatus.DRAFT, index=True
    )
    title_vi: Mapped[str] = mapped_column(sa.String(MAX_TITLE))
    title_en: Mapped[str] = mapped_column(sa.String(MAX_TITLE), default="")
    summary_vi: Mapped[str] = mapped_column(sa.String(MAX_SUMMARY), default="")
    summary_en: Mapped[str] = mapped_column(sa.String(MAX_SUMMARY), default="")
    # Plain paragraphs with a little markup ("## " headings, "- " list items): see news.blocks.
    body_vi: Mapped[str] = mapped_column(sa.Text, default="")
    body_en: Mapped[str] = mapped_column(sa.Text, default="")
    cover_id: Mapped[int | None] = mapped_column(sa.ForeignKey("media_asset.id"))
    cover_alt_vi: Mapped[str] = mapped_column(sa.String(MAX_ALT), default="")
    cover_alt_en: Mapped[str] = mapped_column(sa.String(MAX_ALT), default="")
    # The date shown and sorted on; set when first published unless the office chose one.
    published_on: Mapped[date | None] = mapped_column(sa.Date, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    cover: Mapped[MediaAsset | None] = relationship()

    @property
    def is_published(self) -> bool:
        return self.status == ArticleStatus.PUBLISHED

    @property
    def has_english(self) -> bool:
        return bool(self.title_en and self.body_en)

    def __repr__(self) -> str:
        return f"<Article {self.slug}>"
