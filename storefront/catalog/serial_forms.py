"""Forms of item serials: the shopper's report of a copied label, the producer's request."""

from flask_babel import lazy_gettext as _l
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from storefront.forms_common import IntegerField, SiteForm


class CopyReportForm(SiteForm):
    message = TextAreaField(
        _l("What did you see?"),
        [DataRequired(_l("Tell us what you saw.")), Length(max=2000)],
        description=_l("Where you bought it, the price, what looked different."),
    )
    contact = StringField(
        _l("Phone or e-mail (optional)"),
        [Optional(), Length(max=200)],
        description=_l("Only if you want the producer to call you back."),
    )


class SerialCountForm(SiteForm):
    count = IntegerField(
        _l("How many codes to make"),
        [InputRequired(_l("Say how many codes to make."))],
        description=_l("One code per item: up to 5,000 at a time."),
    )
