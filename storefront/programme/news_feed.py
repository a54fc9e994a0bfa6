"""The Atom and RSS feeds of the published news, built by feedgen, every link absolute at
SITE_URL (links.external_url: never the request's Host)."""

from datetime import UTC, datetime, time

from feedgen.feed import FeedGenerator
from flask_babel import gettext as _

from storefront.links import external_url
from storefront.programme.news_models import Article
from storefront.programme.news_reads import article_text, published_articles

FEED_SIZE = 20


def news_feed(language: str) -> FeedGenerator:
    """A feed of the newest published articles in one language."""
    feed = FeedGenerator()
    home = external_url("programme.news", lang=language)
    feed.id(home)
    feed.title(_("Dong Thap OCOP: news and policies"))
    feed.subtitle(_("Support policies, programme news and consumer information"))
    feed.link(href=home, rel="alternate")
    feed.link(href=external_url("programme.news_atom", lang=language), rel="self")
    feed.language(language)
    feed.author({"name": _("Dong Thap provincial OCOP office")})
    articles = published_articles(limit=FEED_SIZE)
    feed.updated(max((_moment(a) for a in articles), default=datetime(2026, 1, 1, tzinfo=UTC)))
    for article in reversed(articles):  # feedgen puts each new entry first
        _entry(feed, article, language)
    return feed


def _entry(feed: FeedGenerator, article: Article, language: str) -> None:
    text = article_text(article, language)
    link = external_url("programme.article", slug=article.slug, lang=text.language)
    entry = feed.add_entry()
    entry.id(link)
    entry.title(text.title)
    entry.link(href=link)
    entry.summary(text.summary or text.title)
    entry.content("\n\n".join(_plain(block) for block in text.body), type="text")
    entry.published(_moment(article))
    entry.updated(article.updated_at)


def _plain(block) -> str:
    return "\n".join(f"- {item}" for item in block.items) if block.kind == "ul" else block.text


def _moment(article: Article) -> datetime:
    day = article.published_on or article.created_at.date()
    return datetime.combine(day, time(8), tzinfo=UTC)
