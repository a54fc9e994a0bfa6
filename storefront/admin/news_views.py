"""The office's news and policies: the list of articles, writing and editing one (its cover
photo through the media pipeline), a preview, publishing and taking back."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from storefront.admin import bp
from storefront.database import refuse_changes, writes
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.forms_common import (
    ActionForm,
    form_error,
    form_status,
    form_values,
    uploaded_file,
)
from storefront.media.errors import UploadError
from storefront.programme import news, news_reads
from storefront.programme.news_forms import ARTICLE_FIELDS, BODY_HELP, KIND_LABELS, ArticleForm
from storefront.programme.news_models import Article


@bp.get("/news")
def news_list():
    return render_template(
        "admin/news_list.html",
        articles=news_reads.all_articles(),
        kinds=KIND_LABELS,
        form=ActionForm(),
    )


@bp.route("/news/new", methods=["GET", "POST"])
@writes
def new_article():
    return _article_form(None)


@bp.route("/news/<int:article_id>/edit", methods=["GET", "POST"])
@writes
def edit_article(article_id: int):
    return _article_form(_article(article_id))


@bp.get("/news/<int:article_id>/preview")
def preview_article(article_id: int):
    found = _article(article_id)
    return render_template(
        "programme/article.html",
        article=found,
        text=news_reads.article_text(found),
        kinds=KIND_LABELS,
        preview=True,
    )


@bp.post("/news/<int:article_id>/publish")
@writes
def publish_article(article_id: int):
    found = _article(article_id)
    if _publication(found, news.publish):
        flash(_("Published: %(title)s", title=found.title_vi), "success")
    return redirect(url_for("admin.news_list"))


@bp.post("/news/<int:article_id>/unpublish")
@writes
def unpublish_article(article_id: int):
    found = _article(article_id)
    if _publication(found, news.unpublish):
        flash(_("Back to a draft, hidden from the public: %(title)s", title=found.title_vi), "info")
    return redirect(url_for("admin.news_list"))


def _article_form(article: Article | None):
    form = ArticleForm(obj=article)
    status = 200
    if form.validate_on_submit():
        try:
            saved = news.save_article(
                article, form_values(form, ARTICLE_FIELDS), uploaded_file(form.cover.data)
            )
        except (news.NewsError, UploadError) as error:
            error.field = error.field or "cover"
            status = form_error(form, error)
        else:
            flash(_("Article saved: %(title)s", title=saved.title_vi), "success")
            return redirect(url_for("admin.edit_article", article_id=saved.id))
    page = render_template("admin/news_form.html", form=form, article=article, body_help=BODY_HELP)
    return page, max(status, form_status(form))


def _publication(article: Article, step) -> bool:
    """Run one step of the article's life cycle; a refusal is flashed and nothing kept."""
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        step(article)
    except DomainError as error:
        flash(str(error), "error")
        refuse_changes()
        return False
    return True


def _article(article_id: int) -> Article:
    return db.session.get(Article, article_id) or abort(404)
