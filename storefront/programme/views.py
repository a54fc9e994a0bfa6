"""Public pages of the programme: news and policies (list, article, Atom and RSS feeds) and
the fairs and events calendar with who exhibits at each."""

from flask import Response, abort, render_template, request

from storefront.extensions import db
from storefront.i18n import current_language
from storefront.programme import bp, fair_reads, news_reads
from storefront.programme.fair_forms import KIND_LABELS as FAIR_KINDS
from storefront.programme.fair_models import Fair
from storefront.programme.news_feed import news_feed
from storefront.programme.news_forms import KIND_LABELS as ARTICLE_KINDS
from storefront.timeutil import today_local

HOME_STRIP = 3


@bp.app_template_global()
def latest_news(limit: int = HOME_STRIP):
    """The newest published articles, for the home page's news strip."""
    return news_reads.published_articles(limit=limit)


@bp.app_template_global()
def article_text(article):
    """An article's texts in the page's language (see news_reads.article_text)."""
    return news_reads.article_text(article)


@bp.app_template_filter()
def article_kind(kind) -> str:
    return str(ARTICLE_KINDS[kind])


@bp.get("/news")
def news():
    kind = news_reads.parse_kind(request.args.get("kind"))
    return render_template(
        "programme/news.html",
        articles=news_reads.published_articles(kind),
        kind=kind,
        kinds=ARTICLE_KINDS,
    )


@bp.get("/news/<slug>")
def article(slug: str):
    found = news_reads.public_article(slug) or abort(404)
    return render_template(
        "programme/article.html",
        article=found,
        text=news_reads.article_text(found),
        kinds=ARTICLE_KINDS,
    )


@bp.get("/news/feed.atom")
def news_atom():
    body = news_feed(current_language()).atom_str(pretty=True)
    return Response(body, mimetype="application/atom+xml")


@bp.get("/news/feed.rss")
def news_rss():
    body = news_feed(current_language()).rss_str(pretty=True)
    return Response(body, mimetype="application/rss+xml")


@bp.get("/events")
def events():
    return render_template(
        "programme/events.html", calendar=fair_reads.calendar(today_local()), kinds=FAIR_KINDS
    )


@bp.get("/events/<int:fair_id>")
def event(fair_id: int):
    fair = db.session.get(Fair, fair_id) or abort(404)
    return render_template(
        "programme/event.html",
        fair=fair,
        exhibitors=fair_reads.exhibitors(fair),
        kinds=FAIR_KINDS,
        today=today_local(),
    )
