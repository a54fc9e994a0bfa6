"""Portal forms of the rating dossier: entering a product in a round, a piece of evidence (a
file, or a link to what the site knows), and an answer to the council. Ownership is the
services' business: the selects take any value and another producer's id is refused there."""

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import DateField, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from storefront.forms_common import REQUIRED, SiteForm
from storefront.rating.dossiers import NOTE_LENGTH, QUESTION_LENGTH
from storefront.routing import parse_id

EVIDENCE_FILE_TYPES = "application/pdf,image/jpeg,image/png"


class EnterForm(SiteForm):
    product_id = SelectField(
        _l("Product"), coerce=parse_id, validate_choice=False, validators=[InputRequired(REQUIRED)]
    )


class UploadForm(SiteForm):
    file = FileField(_l("File (PDF or photo)"), render_kw={"accept": EVIDENCE_FILE_TYPES})
    note = StringField(_l("Note for the council"), [Optional(), Length(max=NOTE_LENGTH)])


class LinkForm(SiteForm):
    # "kind" or "kind:id" (a lot, a document, a product): one list of what may be linked.
    target = SelectField(
        _l("What to link"), validate_choice=False, validators=[InputRequired(REQUIRED)]
    )
    start = DateField(_l("Sales from"), [Optional()])
    end = DateField(_l("Sales until"), [Optional()])
    note = StringField(_l("Note for the council"), [Optional(), Length(max=NOTE_LENGTH)])


class AnswerForm(SiteForm):
    answer = TextAreaField(
        _l("Your answer"), [InputRequired(REQUIRED), Length(max=QUESTION_LENGTH)]
    )
