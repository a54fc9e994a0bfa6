"""The forms of the office's and the council's rating pages."""

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    DateField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from storefront.catalog.groups import OCOP_GROUPS
from storefront.forms_common import REQUIRED, SiteForm
from storefront.rating.models import SITE_LINK_KINDS, Part, Scorecard
from storefront.routing import parse_id

EVIDENCE_KIND_LABELS = {
    "upload": _l("Uploaded document"),
    "brand_story": _l("The producer's story"),
    "packaging_photos": _l("Packaging photos"),
    "lots": _l("Lots"),
    "trace_pages": _l("Trace pages"),
    "documents": _l("Certificates and documents"),
    "sales": _l("Sales on the storefront"),
}


def _an_id(value):
    return value if isinstance(value, int) else parse_id(value)


class Checkboxes(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ScorecardForm(SiteForm):
    group_slug = SelectField(
        _l("Product group"),
        choices=[(g.slug, g.name_vi) for g in OCOP_GROUPS],
        validators=[InputRequired(REQUIRED)],
    )
    name_vi = StringField(_l("Name (Vietnamese)"), [DataRequired(REQUIRED), Length(max=160)])
    name_en = StringField(_l("Name (English)"), [Optional(), Length(max=160)])


class CriterionForm(SiteForm):
    part = SelectField(
        _l("Part"),
        choices=[
            (Part.A.value, _l("A: the product and the community's strength (40)")),
            (Part.B.value, _l("B: marketing and the product's story (25)")),
            (Part.C.value, _l("C: quality (35)")),
        ],
        validators=[InputRequired(REQUIRED)],
    )
    code = StringField(_l("Code"), [DataRequired(REQUIRED), Length(max=8)])
    title_vi = StringField(_l("Criterion (Vietnamese)"), [DataRequired(REQUIRED), Length(max=300)])
    title_en = StringField(_l("Criterion (English)"), [Optional(), Length(max=300)])
    evidence_vi = TextAreaField(_l("Evidence asked for (Vietnamese)"), [Length(max=2000)])
    evidence_en = TextAreaField(_l("Evidence asked for (English)"), [Length(max=2000)])
    evidence_kinds = Checkboxes(
        _l("Site links that may serve as evidence"),
        choices=[(k.value, EVIDENCE_KIND_LABELS[k.value]) for k in SITE_LINK_KINDS],
        validate_choice=False,
    )
    option_lines = TextAreaField(
        _l("Options, one a line: points | label (Vietnamese) | label (English)"),
        [DataRequired(REQUIRED), Length(max=6000)],
        render_kw={"rows": 6},
    )


class RoundForm(SiteForm):
    name = StringField(_l("Name of the round"), [DataRequired(REQUIRED), Length(max=160)])
    scorecard_ids = Checkboxes(
        _l("Product groups (with their scorecard in force)"), coerce=_an_id, validate_choice=False
    )
    dossier_deadline = DateField(_l("Deadline for dossiers"), [InputRequired(REQUIRED)])
    member_ids = Checkboxes(_l("Council members"), coerce=_an_id, validate_choice=False)


class DecisionForm(SiteForm):
    number = StringField(_l("Decision number"), [DataRequired(REQUIRED), Length(max=60)])
    decided_on = DateField(_l("Date of the decision"), [InputRequired(REQUIRED)])


class RejectClaimForm(SiteForm):
    reason = TextAreaField(
        _l("Why the stars cannot be verified (the producer reads it)"),
        [DataRequired(REQUIRED), Length(max=500)],
    )


def score_form(card: Scorecard, formdata=None) -> SiteForm:
    """The score screen's form: a radio group of options and a note for each criterion
    (named c<id> and n<id>), and whether to send it now. The options' ids are checked by
    the service, which refuses one that is not its criterion's with its own message."""

    class ScoreForm(SiteForm):
        send = BooleanField(_l("Send my score now (it is final and cannot be changed)"))

    for criterion in card.criteria:
        choices = [(o.id, f"{o.points} · {o.label_vi}") for o in criterion.options]
        setattr(
            ScoreForm,
            f"c{criterion.id}",
            RadioField(
                f"{criterion.code}. {criterion.title_vi}",
                choices=choices,
                coerce=_an_id,
                validate_choice=False,
                validators=[Optional()],
            ),
        )
        setattr(
            ScoreForm,
            f"n{criterion.id}",
            TextAreaField(_l("Note on %(code)s", code=criterion.code), [Length(max=1000)]),
        )
    return ScoreForm(formdata=formdata) if formdata is not None else ScoreForm()


class QuestionForm(SiteForm):
    about = SelectField(_l("About"), coerce=_an_id, validate_choice=False)
    question = TextAreaField(
        _l("Your question to the producer"), [DataRequired(REQUIRED), Length(max=2000)]
    )


def question_form(card: Scorecard) -> QuestionForm:
    form = QuestionForm()
    form.about.choices = [("", _l("The whole dossier"))] + [
        (c.id, f"{c.code}. {c.title_vi}") for c in card.criteria
    ]
    return form
