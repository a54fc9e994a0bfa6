"""Adopting a tree, the adopter's private tree page and certificate, their list of trees."""

import segno
from babel.dates import get_month_names
from babel.lists import format_list
from flask import abort, render_template, request
from flask_babel import get_locale
from flask_login import current_user, login_required

from storefront.adoptions import adopting as adoptions
from storefront.adoptions import bp, offers
from storefront.adoptions import services as adoption_services
from storefront.adoptions.forms import AdoptForm
from storefront.adoptions.labels import ADOPTION_STATUS_LABELS, DELIVERY_STATUS_LABELS
from storefront.adoptions.models import AdoptionStatus
from storefront.database import refuse_changes, writes
from storefront.farms.labels import variety_label
from storefront.farms.models import AdoptionPlan, MangoVariety
from storefront.forms_common import amount_seen, filled, form_error, form_status, setup_address
from storefront.i18n import current_language
from storefront.limits import limit_posts
from storefront.links import external_url
from storefront.orders import credit, idempotency
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.contact import Contact, saved_addresses
from storefront.orders.models import PaymentMethod
from storefront.payments import flow as payment_flow
from storefront.payments.forms import method_choices
from storefront.routing import parse_id
from storefront.security import private
from storefront.timeutil import today_local


@bp.route("/mango-trees/<code>/adopt", methods=["GET", "POST"])
@login_required
@limit_posts("RATELIMIT_ORDER_PER_ADDRESS", refreshes=True)
@limit_posts("RATELIMIT_ORDER_PER_BUYER", idempotency.buyer_scope, refreshes=True)
@private
@writes
def adopt(code: str):
    offer = offers.get_public_tree(code)
    if offer is None:
        abort(404)
    plan_id = request.args.get("plan", type=parse_id)
    plan = _plan_asked(offer, plan_id)
    if plan is None:
        return _unavailable(offer)
    form = AdoptForm()
    form.method.choices = method_choices(payment_flow.card_enabled())
    if request.method == "GET":
        _prefill(form)
    setup_address(form)
    status = None
    if "reload_wards" not in request.form and form.validate_on_submit():
        try:
            order = _place(form, offer.tree.code, plan_id)
        except CheckoutError as error:
            refuse_changes()
            if isinstance(error, adoptions.TreeTakenError):
                return _unavailable(offer, str(error))
            status = form_error(form, error)
        else:
            return payment_flow.after_placing(order)
    form.total_seen.data = str(plan.price)  # what the adopter agrees to by confirming
    return render_template(
        "adoptions/adopt.html", form=form, offer=offer, tree=offer.tree, plan=plan
    ), status or form_status(form)


def _plan_asked(offer: offers.TreeOffer, plan_id: int | None) -> AdoptionPlan | None:
    """The renewal plan asked for (404 when it is not the buyer's), else the season's if offered."""
    if plan_id is None:
        return offer.plan if offer.offered else None
    plan = offers.renewal_plan(offer.tree, plan_id, current_user.id)
    if plan is None:
        abort(404)
    return plan


def _place(form: AdoptForm, code: str, plan_id: int | None):
    return adoptions.adopt(
        code=code,
        plan_id=plan_id,
        plate_name=filled(form.plate_name),
        gift=_gift(form),
        contact=Contact(
            filled(form.name),
            filled(form.phone),
            form.email.data or "",
            form.province.data,
            int(form.ward.data),
            filled(form.address),
        ),
        method=PaymentMethod(form.method.data),
        idempotency_key=idempotency.scoped_key(form.idempotency_key.data or ""),
        user=current_user,
        locale=current_language(),
        total_seen=amount_seen(form.total_seen),
    )


def _unavailable(offer, message: str = ""):
    """The tree is taken (or not offered): say so and show trees still free."""
    others = [o for o in offers.search_trees(offers.TreeFilters()) if o.tree.id != offer.tree.id]
    return render_template(
        "adoptions/adopt_unavailable.html", offer=offer, message=message, others=others[:6]
    ), 409


def _gift(form: AdoptForm) -> adoptions.Gift | None:
    if not form.is_gift.data:
        return None
    return adoptions.Gift(
        form.recipient_name.data or "", form.recipient_email.data or "", form.message.data or ""
    )


def _prefill(form: AdoptForm) -> None:
    form.idempotency_key.data = idempotency.new_form_key()
    form.name.data, form.phone.data = current_user.name, current_user.phone
    form.email.data, form.plate_name.data = current_user.email, current_user.name[:40]
    saved = saved_addresses(current_user)
    if saved:
        form.province.data, form.ward.data = saved[0].province_code, str(saved[0].ward_code)
        form.address.data = saved[0].street


def _from_token(token: str):
    adoption = adoption_services.adoption_from_token(token)
    if adoption is None or adoption.status not in adoption_services.HOLDING:
        abort(404)
    return adoption


@bp.get("/adoptions/<token>")
@private
def my_tree(token: str):
    adoption = _from_token(token)
    visits = adoption_services.visit_tours(adoption.tree)
    return render_template(
        "adoptions/my_tree.html",
        adoption=adoption,
        tree=adoption.tree,
        plan=adoption.plan,
        token=token,
        updates=adoption_services.tree_updates(adoption),
        visits=visits,
        visit_bookings=adoption_services.visit_bookings(adoption, visits),
        renewal=offers.renewal_offer(adoption, today_local()),
        is_adopter=current_user.is_authenticated and current_user.id == adoption.user_id,
    )


@bp.get("/adoptions/<token>/certificate")
@private
def certificate(token: str):
    adoption = _from_token(token)
    tree_url = external_url("adoptions.tree", code=adoption.tree.code)
    qr = segno.make(tree_url, error="m").svg_data_uri(scale=4, dark="#1d3b2a")
    return render_template(
        "adoptions/certificate.html",
        adoption=adoption,
        tree=adoption.tree,
        plan=adoption.plan,
        qr=qr,
        tree_url=tree_url,
        token=token,
    )


@bp.get("/account/trees")
@login_required
@private
def my_trees():
    """The buyer's adopted trees and store credit."""
    return render_template(
        "adoptions/my_trees.html",
        adoptions=adoption_services.adoptions_of_user(current_user.id),
        token_of=adoption_services.adoption_token,
        balance=credit.balance(current_user.id),
        entries=credit.entries(current_user.id),
        active=AdoptionStatus.ACTIVE,
    )


bp.add_app_template_global(variety_label, "variety_label")
bp.add_app_template_global(adoption_services.adoption_of, "adoption_of")
bp.add_app_template_global(adoption_services.adoption_token, "adoption_token")
bp.add_app_template_global(adoption_services.my_tree_url, "my_tree_url")
bp.add_app_template_global(lambda status: str(DELIVERY_STATUS_LABELS[status]), "delivery_label")
bp.add_app_template_global(lambda status: str(ADOPTION_STATUS_LABELS[status]), "adoption_label")


# Steps offered in the "up to" price select (whole đồng).
PRICE_STEPS = (3_000_000, 5_000_000, 7_000_000, 10_000_000, 15_000_000)


@bp.app_template_filter("month_list")
def month_list(months: list[int]) -> str:
    """Month numbers in the page's language and list style: "June, July and August"."""
    locale = get_locale()
    names = get_month_names("wide", context="format", locale=locale)
    return format_list([names[m] for m in months if m in names], locale=locale)


@bp.get("/mango-trees")
def trees():
    orchards = offers.tree_orchards()
    filters = offers.TreeFilters.from_args(request.args, {o.slug for o in orchards})
    steps = sorted({*PRICE_STEPS, filters.max_price} - {None})
    return render_template(
        "adoptions/trees.html",
        filters=filters,
        offers=offers.search_trees(filters),
        orchards=orchards,
        varieties=list(MangoVariety),
        price_steps=steps,
    )


@bp.get("/mango-trees/<code>")
def tree(code: str):
    offer = offers.get_public_tree(code)
    if offer is None:
        abort(404)
    return render_template("adoptions/tree.html", offer=offer, tree=offer.tree, plan=offer.plan)
