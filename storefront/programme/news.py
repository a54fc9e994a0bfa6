"""The office's writes on news and policies: saving an article (its cover through the media
pipeline), publishing and taking it back. Both steps are one table of the state machine,
each step an entry of the audit log."""

import enum
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront.accounts import audit
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.media import services as media
from storefront.programme.news_models import MAX_SLUG, Article, ArticleKind, ArticleStatus
from storefront.state_machine import Event, StateMachine
from storefront.text import slugify
from storefront.timeutil import today_local

S = ArticleStatus
TEXT_FIELDS = (
    "title_vi", "title_en", "summary_vi", "summary_en", "body_vi", "body_en",
    "cover_alt_vi", "cover_alt_en",
)  # fmt: skip


class NewsError(DomainError):
    """An article that cannot be saved or published as asked."""

    code = "news_refused"


class ArticleAction(enum.StrEnum):
    PUBLISH = "publish"
    UNPUBLISH = "unpublish"


TRANSITIONS = {
    (S.DRAFT, ArticleAction.PUBLISH): S.PUBLISHED,
    (S.PUBLISHED, ArticleAction.UNPUBLISH): S.DRAFT,
}


def _record(article: Article, event: Event) -> None:
    published = event.to_state == S.PUBLISHED.value
    audit.record(
        "news.published" if published else "news.unpublished",
        article,
        summary=article.title_vi,
        before={"status": event.from_state} if event.from_state else None,
        after={"status": event.to_state, "published_on": _iso(article.published_on)},
    )


MACHINE = StateMachine(
    "article", TRANSITIONS, _record, _l("This article has already moved on: reload the page.")
)


def save_article(
    article: Article | None, values: dict, cover: tuple[str, bytes] | None = None
) -> Article:
    """Create or update an article from the form's values (flushed); its new cover photo is
    checked and stored by the media pipeline, the one it replaces released. NewsError (or the
    pipeline's UploadError on the `cover` field) and nothing kept for a slug already taken,
    or a cover without its Vietnamese alt text."""
    slug = slugify(values.get("slug") or values["title_vi"])[:MAX_SLUG].strip("-")
    if not slug:
        raise NewsError(_l("Give the article a web address (letters and digits)."), "slug")
    if _slug_taken(slug, article):
        raise NewsError(_l("Another article already has this web address."), "slug")
    creating = article is None
    if article is None:
        article = Article(status=S.DRAFT)
        db.session.add(article)
    before = _snapshot(article) if not creating else None
    article.slug, article.kind = slug, ArticleKind(values["kind"])
    for field in TEXT_FIELDS:
        setattr(article, field, values.get(field) or "")
    article.published_on = values.get("published_on") or article.published_on
    old_cover = article.cover
    if cover is not None:
        article.cover = media.store_upload(cover[1], cover[0])
    if article.cover is not None and not article.cover_alt_vi:
        raise NewsError(_l("Describe the cover photo for those who cannot see it."), "cover_alt_vi")
    try:
        with db.session.begin_nested():  # two tabs saving the same address at once
            db.session.flush()
    except sa.exc.IntegrityError:
        raise NewsError(_l("Another article already has this web address."), "slug") from None
    if cover is not None and old_cover is not None:
        media.release(old_cover)
    action = "news.created" if creating else "news.edited"
    audit.record(action, article, summary=article.title_vi, before=before, after=_snapshot(article))
    return article


def publish(article: Article, today: date | None = None) -> None:
    """Show the article on the public pages (dated today unless the office chose a date)."""
    if MACHINE.can(article, ArticleAction.PUBLISH) and not article.body_vi.strip():
        raise NewsError(_l("Write the Vietnamese text before publishing."), "body_vi")
    if article.published_on is None:
        article.published_on = today or today_local()
    MACHINE.move(article, ArticleAction.PUBLISH)
    db.session.flush()


def unpublish(article: Article) -> None:
    """Take the article back to a draft: its public page answers 404 again."""
    MACHINE.move(article, ArticleAction.UNPUBLISH)
    db.session.flush()


def _slug_taken(slug: str, article: Article | None) -> bool:
    query = sa.select(Article.id).where(Article.slug == slug)
    if article is not None and article.id is not None:
        query = query.where(Article.id != article.id)
    return db.session.scalar(query) is not None


def _snapshot(article: Article) -> dict:
    return {
        "slug": article.slug,
        "kind": article.kind.value if article.kind else None,
        "title_vi": article.title_vi,
        "title_en": article.title_en,
        "cover_id": article.cover_id,
        "published_on": _iso(article.published_on),
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
