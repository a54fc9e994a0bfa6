"""Reading news and policies: the public list (published only, newest first), one article in
the visitor's language (English falling back to Vietnamese), and its body as blocks of text
that the templates escape: no markup typed into the form ever reaches a page as HTML."""

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from storefront.extensions import db
from storefront.i18n import current_language
from storefront.programme.news_models import Article, ArticleKind, ArticleStatus

PAGE_SIZE = 12
HEADING = re.compile(r"^#{1,3}\s+")
LIST_ITEM = re.compile(r"^[-*•]\s+")


@dataclass(frozen=True)
class Block:
    """One block of an article's body: a paragraph, a heading or a list (its items)."""

    kind: str  # "p", "h2" or "ul"
    text: str = ""
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleText:
    """What a visitor reads: the article's texts in one language, and whether it is the
    Vietnamese shown for want of an English version."""

    title: str
    summary: str
    body: tuple[Block, ...]
    cover_alt: str
    language: str
    fallback: bool


def blocks(text: str) -> tuple[Block, ...]:
    """Plain text as blocks: paragraphs split by blank lines, "## " starts a heading, lines
    starting with "- " make a list. Everything stays text (escaped by Jinja)."""
    found: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        if len(lines) == 1 and HEADING.match(lines[0]):
            found.append(Block("h2", HEADING.sub("", lines[0])))
        elif all(LIST_ITEM.match(line) for line in lines):
            found.append(Block("ul", items=tuple(LIST_ITEM.sub("", line) for line in lines)))
        else:
            found.append(Block("p", " ".join(lines)))
    return tuple(found)


def article_text(article: Article, language: str | None = None) -> ArticleText:
    """The article in the page's language; English without its own title and body shows the
    Vietnamese (fallback=True, so the page can say so)."""
    wanted = language or current_language()
    english = wanted == "en" and article.has_english
    if english:
        return ArticleText(
            article.title_en,
            article.summary_en or article.summary_vi,
            blocks(article.body_en),
            article.cover_alt_en or article.cover_alt_vi,
            "en",
            False,
        )
    return ArticleText(
        article.title_vi,
        article.summary_vi,
        blocks(article.body_vi),
        article.cover_alt_vi,
        "vi",
        wanted != "vi",
    )


def _published():
    return (
        sa.select(Article)
        .where(Article.status == ArticleStatus.PUBLISHED)
        .options(joinedload(Article.cover))
        .order_by(Article.published_on.desc(), Article.id.desc())
    )


def published_articles(kind: ArticleKind | None = None, limit: int = PAGE_SIZE) -> list[Article]:
    """The newest published articles, of one kind if given."""
    query = _published().limit(limit)
    if kind is not None:
        query = query.where(Article.kind == kind)
    return list(db.session.scalars(query).unique())


def public_article(slug: str) -> Article | None:
    """A published article by its address; drafts are not found."""
    return db.session.scalar(_published().where(Article.slug == slug).order_by(None).limit(1))


def all_articles() -> list[Article]:
    """Every article for the office, drafts first, then the newest."""
    return list(
        db.session.scalars(
            sa.select(Article)
            .options(joinedload(Article.cover))
            .order_by(
                (Article.status == ArticleStatus.PUBLISHED),
                Article.published_on.desc(),
                Article.id.desc(),
            )
        ).unique()
    )


def parse_kind(value) -> ArticleKind | None:
    """A kind from a query string, or None for anything else."""
    try:
        return ArticleKind(value)
    except ValueError:
        return None
