"""The recall form the producer and the office share (reason, then a confirm step), and the
message that says what a recall did."""

from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from wtforms import HiddenField, TextAreaField
from wtforms.validators import DataRequired, Length

from storefront.forms_common import SiteForm
from storefront.orders.recalls import MAX_REASON, RecallOutcome


class RecallForm(SiteForm):
    reason = TextAreaField(
        _l("Why is the lot recalled?"),
        [DataRequired(_l("Say why the lot is recalled: buyers will read it.")),
         Length(max=MAX_REASON)],
        description=_l("Buyers read this in their e-mail and on the product page."),
    )  # fmt: skip
    confirmed = HiddenField()  # "1" once the confirm step was shown


def outcome_message(outcome: RecallOutcome) -> str:
    """What the recall did, for the flash message."""
    told = ngettext(
        "Lot recalled: %(num)d unit taken off sale.",
        "Lot recalled: %(num)d units taken off sale.",
        outcome.set_aside,
    )
    mailed = ngettext(
        "%(num)d buyer is being told by e-mail.",
        "%(num)d buyers are being told by e-mail.",
        outcome.sent,
    )
    unreachable = ngettext(
        "%(num)d order has no e-mail address: call that buyer.",
        "%(num)d orders have no e-mail address: call those buyers.",
        outcome.without_email,
    )
    return " ".join([told, mailed] + ([unreachable] if outcome.without_email else []))
