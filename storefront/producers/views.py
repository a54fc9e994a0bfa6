"""Public producer pages: the list of producers and each brand's page."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user

from storefront.accounts.access import membership_of
from storefront.accounts.services import AccountError
from storefront.extensions import db
from storefront.forms_common import setup_address
from storefront.i18n import current_language
from storefront.producers import profiles, services
from storefront.producers.forms import ProducerSignupForm

bp = Blueprint("producers", __name__)


@bp.get("/producers")
def index():
    return render_template("producers/index.html", producers=services.producers_with_counts())


@bp.get("/producers/<slug>")
def detail(slug: str):
    producer = services.get_public_producer(slug)
    if producer is None:
        abort(404)
    return render_template(
        "producers/detail.html", producer=producer, products=services.producer_products(producer)
    )


@bp.route("/producers/join", methods=["GET", "POST"])
def join():
    """Sign-up for producers: an account and a profile that waits for the office's review."""
    if current_user.is_authenticated and membership_of(current_user):
        return redirect(url_for("portal.dashboard"))
    form = ProducerSignupForm()
    setup_address(form)
    if "reload_wards" not in request.form and form.validate_on_submit():
        try:
            user, _producer = profiles.sign_up_producer(
                account={
                    "email": form.email.data,
                    "password": form.password.data,
                    "name": form.contact_name.data,
                },
                profile={
                    "name": form.name.data,
                    "kind": form.kind.data,
                    "ward_code": int(form.ward.data),
                    "address": form.address.data,
                    "phone": form.phone.data,
                    "story_vi": form.story_vi.data,
                },
                locale=current_language(),
            )
        except AccountError as error:
            db.session.rollback()
            getattr(form, getattr(error, "field", None) or "email").errors.append(str(error))
        else:
            db.session.commit()
            login_user(user)
            flash(_("Welcome! The OCOP office will review your profile soon."), "success")
            return redirect(url_for("portal.dashboard"))
    return render_template("producers/join.html", form=form)
