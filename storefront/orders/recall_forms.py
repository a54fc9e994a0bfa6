"""The recall form the producer and the office share (reason, then a confirm step), its steps,
and the message that says what a recall did."""

from collections.abc import Callable

from flask import flash, redirect
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user
from wtforms import HiddenField, TextAreaField
from wtforms.validators import DataRequired, Length

from storefront.catalog.lot_models import Lot
from storefront.forms_common import SiteForm, form_error, form_status
from storefront.orders.recalls import MAX_REASON, RecallError, RecallOutcome, recall_lot


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


def recall_steps(lot: Lot, form: RecallForm, page: Callable[..., str], done_url: str):
    """The answer of a recall page, the producer's or the office's: the form, then the confirm
    step, then the recall (its message flashed, `done_url` next); `page(lot, form,
    confirming=False)` renders the page."""
    if not form.validate_on_submit():
        return page(lot, form), form_status(form)
    if form.confirmed.data != "1" and not lot.recalled:
        return page(lot, form, confirming=True)
    try:
        outcome = recall_lot(lot, form.reason.data or "", current_user)
    except RecallError as error:
        status = form_error(form, error)  # on the form before the page is drawn
        return page(lot, form), status
    flash(outcome_message(outcome), "success")
    return redirect(done_url)
