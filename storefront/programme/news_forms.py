"""The office's article form and the labels of the kinds of articles."""

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import DateField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from storefront.forms_common import REQUIRED, SiteForm
from storefront.programme.news_models import (
    MAX_ALT,
    MAX_BODY,
    MAX_SLUG,
    MAX_SUMMARY,
    MAX_TITLE,
    ArticleKind,
)

KIND_LABELS = {
    ArticleKind.SUPPORT_POLICY: _l("Support policy"),
    ArticleKind.PROGRAMME_NEWS: _l("Programme news"),
    ArticleKind.CONSUMER_INFO: _l("For consumers"),
}
ARTICLE_FIELDS = (
    "slug", "kind", "title_vi", "title_en", "summary_vi", "summary_en", "body_vi", "body_en",
    "cover_alt_vi", "cover_alt_en", "published_on",
)  # fmt: skip
BODY_HELP = _l(
    "Plain text. Leave a blank line between paragraphs; a line starting with ## is a heading, "
    "lines starting with - make a list."
)


class ArticleForm(SiteForm):
    kind = SelectField(_l("Kind"), choices=[(k.value, label) for k, label in KIND_LABELS.items()])
    title_vi = StringField(
        _l("Article title (Vietnamese)"), [DataRequired(REQUIRED), Length(max=MAX_TITLE)]
    )
    title_en = StringField(_l("Article title (English)"), [Optional(), Length(max=MAX_TITLE)])
    slug = StringField(
        _l("Web address"),
        [Optional(), Length(max=MAX_SLUG)],
        description=_l("Made from the Vietnamese title when left empty."),
    )
    summary_vi = TextAreaField(
        _l("Summary (Vietnamese)"), [Optional(), Length(max=MAX_SUMMARY)], render_kw={"rows": 2}
    )
    summary_en = TextAreaField(
        _l("Summary (English)"), [Optional(), Length(max=MAX_SUMMARY)], render_kw={"rows": 2}
    )
    body_vi = TextAreaField(
        _l("Text (Vietnamese)"),
        [DataRequired(REQUIRED), Length(max=MAX_BODY)],
        render_kw={"rows": 12},
    )
    body_en = TextAreaField(
        _l("Text (English)"), [Optional(), Length(max=MAX_BODY)], render_kw={"rows": 12}
    )
    cover = FileField(_l("Cover photo"), render_kw={"accept": "image/*"})
    cover_alt_vi = StringField(
        _l("What the photo shows (Vietnamese)"), [Optional(), Length(max=MAX_ALT)]
    )
    cover_alt_en = StringField(
        _l("What the photo shows (English)"), [Optional(), Length(max=MAX_ALT)]
    )
    published_on = DateField(
        _l("Date shown"),
        [Optional()],
        description=_l("The day it is published when left empty."),
    )
