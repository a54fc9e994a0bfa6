"""The checkout page: contact and address, how to pay, the total the buyer agrees to, and
the hand-off to the payment (payments.flow)."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from storefront.accounts.services import AccountError
from storefront.database import writes
from storefront.forms_common import (
    amount_seen,
    filled,
    form_error,
    form_status,
    province_or_home,
    setup_address,
)
from storefront.i18n import current_language
from storefront.limits import limit_posts
from storefront.orders import cart as carts
from storefront.orders import checkout, credit, idempotency
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.contact import Contact, saved_addresses
from storefront.orders.models import PaymentMethod
from storefront.orders.quote import Quote
from storefront.orders.quote import quote as quote_order
from storefront.payments import bp
from storefront.payments import flow as payment_flow
from storefront.payments.forms import CheckoutForm, checkout_methods

bp.add_app_template_global(payment_flow.card_enabled, "card_enabled")


@bp.route("/checkout", methods=["GET", "POST"], endpoint="checkout")
@limit_posts("RATELIMIT_ORDER_PER_ADDRESS", refreshes=True)
@limit_posts("RATELIMIT_ORDER_PER_BUYER", idempotency.buyer_scope, refreshes=True)
@writes
def checkout_page():
    basket = carts.current_cart()
    lines = basket.lines()
    if not lines:
        flash(_("Your cart is empty."), "info")
        return redirect(url_for("orders.cart"))
    form = CheckoutForm()
    form.method.choices = checkout_methods(payment_flow.card_enabled())
    if request.method == "GET":
        form.idempotency_key.data = idempotency.new_form_key()
        _prefill(form)
    setup_address(form)
    balance = credit.balance(current_user.id) if current_user.is_authenticated else 0
    status = None
    if "reload_wards" not in request.form and form.validate_on_submit():
        try:
            order = _place(form, lines, balance)
        except (CheckoutError, AccountError) as error:
            status = form_error(form, error)
        else:
            if order.placed_now:  # a re-posted form returns the earlier order: keep the cart
                basket.clear()
            return payment_flow.after_placing(order)
    summary = _quote(lines, form.province.data, balance, bool(form.use_credit.data))
    form.total_seen.data = str(summary.total)  # what the buyer agrees to by placing the order
    return render_template(
        "payments/checkout.html", form=form, summary=summary, balance=balance
    ), status or form_status(form)


@bp.get("/checkout/quote")
def checkout_quote():
    """The checkout's summary and amount to pay for another province or credit choice, for
    the page's script: the same quote the page itself shows."""
    lines = carts.current_cart().lines()
    balance = credit.balance(current_user.id) if current_user.is_authenticated else 0
    province = province_or_home(request.args.get("province"))
    summary = _quote(lines, province, balance, "use_credit" in request.args)
    return render_template("payments/_checkout_quote.html", summary=summary)


def _place(form: CheckoutForm, lines, balance: int):
    return checkout.place_order(
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


def _quote(lines, province: int, balance: int, use_credit: bool) -> Quote:
    return quote_order(lines, province, balance if use_credit else 0)


def _contact(form: CheckoutForm) -> Contact:
    return Contact(
        name=filled(form.name),
        phone=filled(form.phone),
        email=form.email.data or "",
        province=form.province.data,
        ward=int(form.ward.data),
        street=filled(form.address),
        note=form.note.data or "",
    )


def _prefill(form: CheckoutForm) -> None:
    if not current_user.is_authenticated:
        return
    form.name.data = current_user.name
    form.phone.data = current_user.phone
    form.email.data = current_user.email
    saved = saved_addresses(current_user)
    if saved:
        address = saved[0]
        form.name.data, form.phone.data = address.contact_name, address.phone
        form.province.data, form.ward.data = address.province_code, str(address.ward_code)
        form.address.data = address.street
