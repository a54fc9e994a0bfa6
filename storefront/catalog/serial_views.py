"""One item's page, `/01/{GTIN}/21/{serial}`: its lot, and how often its code was checked.

Each visit counts as a scan. Past SERIAL_COPY_WARNING scans the page warns that the label may
have been copied and offers a report to the producer and the office. A code that does not
exist answers a friendly 404, and such misses are limited per address (guessing); a real
code never counts against anyone.
"""

from flask import current_app, render_template
from flask_babel import gettext as _

from storefront.catalog import bp, serials
from storefront.catalog.digital_link import is_valid_gtin, lot_path
from storefront.catalog.lot_models import LotSerial
from storefront.catalog.serial_forms import CopyReportForm
from storefront.database import begin_write_transaction, writes
from storefront.forms_common import form_error, form_status
from storefront.limits import limit_misses, limit_posts
from storefront.models_base import utcnow
from storefront.security import private


@bp.get("/01/<gtin>/21/<serial>")
@private  # each visit is a counted scan: no cache may answer for us
@limit_misses("RATELIMIT_SERIAL_MISSES_PER_ADDRESS")
@writes
def serial(gtin: str, serial: str):
    found = None
    if is_valid_gtin(gtin):
        begin_write_transaction()  # the scan is counted on a GET
        found = serials.record_scan(gtin, serial, utcnow())
    if found is None:
        return _unknown()
    return _page(found, CopyReportForm())


@bp.post("/01/<gtin>/21/<serial>/report")
@private
@limit_posts("RATELIMIT_SERIAL_REPORT_PER_ADDRESS")
@writes
def report_serial(gtin: str, serial: str):
    found = serials.find_serial(gtin, serial) if is_valid_gtin(gtin) else None
    if found is None or not _copied(found):
        return _unknown()
    form = CopyReportForm()
    if form.validate_on_submit():
        try:
            serials.report_copy(found, form.message.data or "", form.contact.data or "")
        except serials.SerialError as error:
            form_error(form, error)
        else:
            return _page(found, None, reported=True)
    return _page(found, form), form_status(form)


def _copied(found: LotSerial) -> bool:
    return found.scan_count > current_app.config["SERIAL_COPY_WARNING"]


def _page(found: LotSerial, form: CopyReportForm | None, reported: bool = False):
    return render_template(
        "catalog/serial.html",
        item=found,
        lot=found.lot,
        product=found.lot.product,
        trace_url=lot_path(found.lot),
        copied=_copied(found),
        form=form,
        reported=reported,
    )


def _unknown():
    return render_template("catalog/serial_unknown.html", title=_("Unknown code")), 404
