"""Demo news and fairs (data/news.toml): the office's three articles with drawn covers, an
upcoming fair whose booth applications go through the real services (some accepted, one
waiting) and a past fair with its exhibitors. Idempotent: articles by slug, fairs by name,
applications by producer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app

from storefront.catalog.models import Product
from storefront.demo import news_art
from storefront.demo.dataset import DATA, read_toml
from storefront.extensions import db
from storefront.media.services import store_image
from storefront.producers.models import Producer
from storefront.programme import fairs
from storefront.programme.fair_models import (
    ApplicationStatus,
    BoothApplication,
    Fair,
    FairKind,
    booth_product,
)
from storefront.programme.news_models import Article, ArticleKind, ArticleStatus
from storefront.timeutil import today_local

ARTICLE_TEXT = (
    "title_vi", "title_en", "summary_vi", "summary_en", "body_vi", "body_en",
    "cover_alt_vi", "cover_alt_en",
)  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class Application:
    producer: str
    products: list[str]
    note: str
    decision: str  # "accept", "decline" or "" (waiting)
    office_note: str


@dataclass(frozen=True, kw_only=True)
class DemoFair:
    name_vi: str
    name_en: str
    kind: str
    starts_in_days: int
    days: int
    applications_close_in_days: int
    address: str
    ward_code: int
    booths: int
    description_vi: str
    description_en: str
    applications: list[Application] = field(default_factory=list)


def seed_news(progress: Callable[[str], None] = lambda _: None) -> None:
    """Create the demo articles and fairs where missing (flushed)."""
    data = read_toml(DATA / "news.toml")
    for number, row in enumerate(data["articles"], 1):
        progress(f"[article {number}/{len(data['articles'])}] {row['slug']}")
        _upsert_article(row, number)
    for row in data["fairs"]:
        progress(f"[fair] {row['name_vi']}")
        applications = [Application(**a) for a in row.pop("applications", [])]
        _seed_fair(DemoFair(**row, applications=applications))
    db.session.flush()


def _upsert_article(row: dict, seed: int) -> None:
    article = db.session.scalar(sa.select(Article).where(Article.slug == row["slug"]))
    if article is None:
        article = Article(slug=row["slug"])
        db.session.add(article)
    article.kind, article.status = ArticleKind(row["kind"]), ArticleStatus.PUBLISHED
    for name in ARTICLE_TEXT:
        setattr(article, name, row[name].strip())
    article.published_on = today_local() - timedelta(days=row["published_days_ago"])
    if article.cover is None:
        width = 2 * current_app.config["DEMO_IMAGE_SIZE"] // 3
        art = news_art.render_cover(row["cover"], title=row["title_vi"], seed=seed, width=width)
        article.cover = store_image(art)


def _seed_fair(row: DemoFair) -> None:
    fair = db.session.scalar(sa.select(Fair).where(Fair.name_vi == row.name_vi))
    if fair is not None:
        return
    today = today_local()
    starts = today + timedelta(days=row.starts_in_days)
    fair = Fair(
        name_vi=row.name_vi, name_en=row.name_en, kind=FairKind(row.kind), starts_on=starts,
        ends_on=starts + timedelta(days=row.days - 1), address=row.address,
        applications_close_on=today + timedelta(days=row.applications_close_in_days),
        ward_code=row.ward_code, booths=row.booths, booths_taken=0,
        description_vi=row.description_vi.strip(), description_en=row.description_en.strip(),
    )  # fmt: skip
    db.session.add(fair)
    db.session.flush()
    for application in row.applications:
        producer = db.session.scalar(
            sa.select(Producer).where(Producer.slug == application.producer)
        )
        products = db.session.scalars(
            sa.select(Product.id).where(Product.slug.in_(application.products))
        ).all()
        if starts > today:  # what a producer and the office do on the site
            made = fairs.apply(fair, producer, list(products), application.note, today)
            if application.decision:
                fairs.decide(made, application.decision, application.office_note)
        else:  # a fair that is over: its record as it was left
            _past_application(fair, producer, list(products), application)


def _past_application(fair: Fair, producer, products: list[int], row: Application) -> None:
    accepted = row.decision == "accept"
    made = BoothApplication(
        fair=fair, producer=producer, note=row.note, office_note=row.office_note,
        status=ApplicationStatus.ACCEPTED if accepted else ApplicationStatus.DECLINED,
    )  # fmt: skip
    db.session.add(made)
    fair.booths_taken += 1 if accepted else 0
    db.session.flush()
    if products:
        db.session.execute(
            sa.insert(booth_product),
            [{"application_id": made.id, "product_id": product} for product in products],
        )
