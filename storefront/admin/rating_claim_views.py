"""The office's certificate pages: the stars producers typed in (claims) to verify against
their scan or reject with a reason, and the certificates ending within 90 days by commune."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront import places
from storefront.admin import bp
from storefront.admin.rating_forms import RejectClaimForm
from storefront.catalog.certificates import expiring
from storefront.catalog.models import Product
from storefront.database import writes
from storefront.extensions import db
from storefront.forms_common import ActionForm, filled, form_error, form_status
from storefront.rating import claims
from storefront.rating.errors import RatingError
from storefront.rating.reminders import REMIND_WITHIN_DAYS
from storefront.routing import parse_id
from storefront.timeutil import format_day, today_local


@bp.get("/rating/claims")
def rating_claims():
    return _claims_page()


def _claims_page(error: RatingError | None = None):
    if error is not None:
        flash(str(error), "error")
    page = render_template(
        "admin/rating_claims.html", products=claims.pending_claims(today_local()), form=ActionForm()
    )
    return page, error.status if error else 200


@bp.post("/rating/claims/<int:product_id>/verify")
@writes
def rating_claim_verify(product_id: int):
    product = db.session.get(Product, product_id) or abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        certificate = claims.verify_claim(product, current_user, today_local())
    except RatingError as error:
        return _claims_page(error)
    flash(
        _("Verified: %(name)s shows %(n)s stars until %(date)s.", name=product.name_vi,
          n=certificate.stars, date=format_day(certificate.expires_on)),
        "success",
    )  # fmt: skip
    return redirect(url_for("admin.rating_claims"))


@bp.route("/rating/claims/<int:product_id>/reject", methods=["GET", "POST"])
@writes
def rating_claim_reject(product_id: int):
    product = db.session.get(Product, product_id) or abort(404)
    form = RejectClaimForm()
    if form.validate_on_submit():
        try:
            claims.reject_claim(product, filled(form.reason), current_user)
        except RatingError as error:
            form_error(form, error)
        else:
            flash(_("Claim rejected; the producer is told why by e-mail."), "success")
            return redirect(url_for("admin.rating_claims"))
    return render_template(
        "admin/rating_claim_reject.html", product=product, form=form
    ), form_status(form)


@bp.get("/rating/expiring")
def rating_expiring():
    commune = request.args.get("commune", type=parse_id)
    if commune is not None and not places.is_valid_ward(commune):
        commune = None
    by_commune: dict[int, list] = {}
    for row in expiring(REMIND_WITHIN_DAYS, today_local()):
        by_commune.setdefault(row.product.ward_code, []).append(row)
    return render_template(
        "admin/rating_expiring.html", communes=sorted(by_commune, key=places.ward_name),
        by_commune={c: by_commune[c] for c in by_commune if commune in (None, c)},
        commune=commune, days=REMIND_WITHIN_DAYS,
    )  # fmt: skip
