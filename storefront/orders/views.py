"""Checkout, the order page (signed link or owner), buyer cancellation and order lookup."""

import sqlalchemy as sa
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy.orm import selectinload

from storefront.accounts.services import AccountError, normalise_phone
from storefront.database import writes
from storefront.extensions import db
from storefront.forms_common import (
    ActionForm,
    amount_seen,
    form_status,
    province_or_home,
    refuse,
    setup_address,
)
from storefront.i18n import current_language
from storefront.limits import form_field, limit_posts
from storefront.orders import cart as carts
from storefront.orders import checkout, credit, idempotency, lifecycle, payment_flow
from storefront.orders.checkout_forms import METHOD_LABELS, CheckoutForm, LookupForm
from storefront.orders.links import may_see, order_url
from storefront.orders.models import Order, PaymentMethod
from storefront.orders.states import IllegalTransition
from storefront.security import private

bp = private(Blueprint("checkout", __name__))
orders_bp = private(Blueprint("orders", __name__, url_prefix="/orders"))
bp.add_app_template_global(payment_flow.card_enabled, "card_enabled")


def _methods() -> list[tuple[str, str]]:
    methods = ["cod", "bank_transfer"] + (["card"] if payment_flow.card_enabled() else [])
    return [(m, METHOD_LABELS[m]) for m in methods]


@bp.route("/checkout", endpoint="start", methods=["GET", "POST"])
@limit_posts("RATELIMIT_ORDER_PER_ADDRESS", refreshes=True)
@limit_posts("RATELIMIT_ORDER_PER_BUYER", idempotency.buyer_scope, refreshes=True)
def start():
    cart = carts.current_cart()
    lines = cart.lines()
    if not lines:
        flash(_("Your cart is empty."), "info")
        return redirect(url_for("cart.view"))
    form = CheckoutForm()
    form.method.choices = _methods()
    if request.method == "GET":
        form.idempotency_key.data = idempotency.new_form_key()
        _prefill(form)
    setup_address(form)
    balance = credit.balance(current_user.id) if current_user.is_authenticated else 0
    status = None
    if "reload_wards" not in request.form and form.validate_on_submit():
        try:
            order = checkout.place_order(
                lines=[(line.variant.id, line.quantity) for line in lines],
                contact=_contact(form),
                method=PaymentMethod(form.method.data),
                idempotency_key=idempotency.scoped_key(form.idempotency_key.data or ""),
                user=current_user if current_user.is_authenticated else None,
                locale=current_language(),
                save_address=bool(form.save_address.data),
                use_credit=balance > 0 and bool(form.use_credit.data),
                total_seen=amount_seen(form.total_seen),
            )
        except (checkout.CheckoutError, AccountError) as error:
            db.session.rollback()
            status = refuse(form, error)
        else:
            if order.placed_now:  # a re-posted form returns the earlier order: keep the cart
                cart.clear()
            db.session.commit()
            return payment_flow.after_placing(order)
    summary = _quote(lines, form.province.data, balance, bool(form.use_credit.data))
    form.total_seen.data = str(summary.total)  # what the buyer agrees to by placing the order
    return render_template(
        "orders/checkout.html", form=form, summary=summary, balance=balance
    ), status or form_status(form)


@bp.get("/checkout/quote", endpoint="quote")
def quote():
    """The checkout's summary and amount to pay for another province or credit choice, for
    the page's script: the same quote the page itself shows."""
    lines = carts.current_cart().lines()
    balance = credit.balance(current_user.id) if current_user.is_authenticated else 0
    province = province_or_home(request.args.get("province"))
    summary = _quote(lines, province, balance, "use_credit" in request.args)
    return render_template("orders/_checkout_quote.html", summary=summary)


def _quote(lines, province: int, balance: int, use_credit: bool) -> checkout.Quote:
    return checkout.quote(lines, province, balance if use_credit else 0)


def _contact(form: CheckoutForm) -> checkout.Contact:
    return checkout.Contact(
        name=form.name.data,
        phone=form.phone.data,
        email=form.email.data or "",
        province=form.province.data,
        ward=int(form.ward.data),
        street=form.address.data,
        note=form.note.data or "",
    )


def _prefill(form: CheckoutForm) -> None:
    if not current_user.is_authenticated:
        return
    form.name.data = current_user.name
    form.phone.data = current_user.phone
    form.email.data = current_user.email
    saved = checkout.saved_addresses(current_user)
    if saved:
        address = saved[0]
        form.name.data, form.phone.data = address.contact_name, address.phone
        form.province.data, form.ward.data = address.province_code, str(address.ward_code)
        form.address.data = address.street


def _order_number(text: str) -> str:
    """An order number as typed or linked: case and surrounding spaces forgiven."""
    return text.strip().upper()[:20]


def _viewable_order(number: str) -> Order:
    """The order, if this visitor may see it (owner, signed link, admin); 404 otherwise."""
    order = db.session.scalar(
        sa.select(Order)
        .where(Order.number == _order_number(number))
        .options(
            selectinload(Order.items),
            selectinload(Order.fulfilments),
            selectinload(Order.payments),
            selectinload(Order.events),
        )
    )
    if order is None:
        abort(404)
    if not may_see(order, current_user, request.values.get("t")):
        abort(404)
    return order


@orders_bp.get("/<number>")
def detail(number: str):
    order = _viewable_order(number)
    return render_template(
        "orders/order.html",
        order=order,
        token=request.values.get("t", ""),
        transfer=payment_flow.transfer_details(order),
        card=payment_flow.card_state(order, back_from_stripe="paid" in request.args),
        can_cancel=lifecycle.can_cancel(order),
        action=ActionForm(),
    )


@orders_bp.post("/<number>/pay")
def pay(number: str):
    """Pay by card (again): Stripe's page for the order, opened now if it never was."""
    order = _viewable_order(number)
    if not ActionForm().validate_on_submit():
        abort(400)
    return payment_flow.pay_by_card(order)


@orders_bp.post("/<number>/cancel")
@writes
def cancel(number: str):
    order = _viewable_order(number)
    if ActionForm().validate_on_submit():
        try:
            lifecycle.cancel(
                order,
                actor=current_user if current_user.is_authenticated else None,
                actor_label="buyer",
                note=_("cancelled by the buyer"),
            )
        except IllegalTransition as error:
            flash(str(error), "error")
        else:
            db.session.commit()
            flash(_("Your order is cancelled."), "success")
    return redirect(order_url(order))


@orders_bp.route("/lookup", methods=["GET", "POST"])
@limit_posts("RATELIMIT_LOOKUP_PER_ADDRESS")
@limit_posts("RATELIMIT_LOOKUP_PER_ORDER", form_field("number", _order_number))
def lookup():
    """Find an order by its number and the phone used: no account needed."""
    form = LookupForm()
    if form.validate_on_submit():
        try:
            phone = normalise_phone(form.phone.data)
        except AccountError:
            phone = None
        order = db.session.scalar(
            sa.select(Order).where(
                Order.number == _order_number(form.number.data), Order.phone == phone
            )
        )
        if order is not None:
            return redirect(order_url(order))
        form.number.errors.append(_("No order with this number and phone."))
    return render_template("orders/lookup.html", form=form), form_status(form)
