"""Placing an order: validate the lines, reserve stock atomically, snapshot, split by producer.

Stock is reserved with one conditional UPDATE per line (`stock = stock - q WHERE stock >= q`)
inside the order's transaction, so any number of buyers at once never oversell, on SQLite
(BEGIN IMMEDIATE, see database.begin_write_transaction) and on PostgreSQL alike. A variant
kept by lots then takes the units from its lots, first-expiring-first-out, one conditional
UPDATE per lot (orders.lot_stock), and each line records the lots it took.
"""

import secrets
from datetime import timedelta

import sqlalchemy as sa
from flask import current_app
from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.catalog.models import Variant
from storefront.database import begin_write_transaction
from storefront.extensions import db
from storefront.i18n import localized
from storefront.models_base import utcnow
from storefront.orders import credit, lifecycle, lot_stock, shipping
from storefront.orders.cart import MAX_LINES, MAX_QUANTITY, load_variants, on_sale
from storefront.orders.checkout_errors import CheckoutError, OutOfStockError, TotalChangedError
from storefront.orders.contact import Contact, check_contact, remember_address
from storefront.orders.links import order_url
from storefront.orders.models import (
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderItem,
    OrderKind,
    OrderStatus,
    Payment,
    PaymentMethod,
    PaymentStatus,
)
from storefront.orders.signals import order_confirmed
from storefront.orders.states import record_creation
from storefront.places import province_of
from storefront.producers.models import Producer


def _check_lines(lines: list[tuple[int, int]]) -> dict[int, Variant]:
    if not lines:
        raise CheckoutError(_l("Your cart is empty."))
    if len(lines) > MAX_LINES:
        raise CheckoutError(_l("Too many different products in one order."))
    variants = load_variants([variant_id for variant_id, _q in lines], images=False)
    for variant_id, quantity in lines:
        variant = variants.get(variant_id)
        if variant is None or not on_sale(variant):
            raise CheckoutError(_l("A product in your cart is no longer on sale."))
        if variant.product.is_experience:  # never charge shipping on an experience
            raise CheckoutError(
                _l(
                    "%(name)s is an experience: book it for a date on its page. It is not "
                    "shipped, so please take it out of your cart.",
                    name=localized(variant.product, "name"),
                )
            )
        if not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
            raise CheckoutError(_l("Quantities go from 1 to %(max)s.", max=MAX_QUANTITY))
    return variants


def _reserve(variant: Variant, quantity: int) -> lot_stock.Taken:
    """Take the quantity off the stock in one atomic statement, or say how many are left; a
    lot-tracked variant then takes them from its lots (the lots and units it took)."""
    tracked = db.session.execute(
        sa.update(Variant)
        .where(Variant.id == variant.id, Variant.stock >= quantity)
        .values(stock=Variant.stock - quantity)
        .returning(Variant.lot_tracked)  # read under the row lock the UPDATE took
        .execution_options(synchronize_session=False)
    ).scalar()
    if tracked is None:
        left = db.session.scalar(sa.select(Variant.stock).where(Variant.id == variant.id))
        raise OutOfStockError.of(variant, left)
    return lot_stock.take(variant, quantity) if tracked else []


def _serialise_on(idempotency_key: str) -> None:
    """Two copies of one form (a double click) wait for each other on PostgreSQL, so the
    second finds the first's order instead of hitting the unique key. SQLite is already
    serialised by BEGIN IMMEDIATE."""
    if db.engine.dialect.name == "postgresql":
        db.session.execute(
            sa.text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": idempotency_key}
        )


def _payment_time(method: PaymentMethod) -> timedelta:
    """How long unpaid goods keep their stock: a card payment is made at once on Stripe's page
    (which closes when this runs out), a bank transfer may wait for the buyer's bank."""
    config = current_app.config
    if method == PaymentMethod.CARD:
        return timedelta(minutes=config["CARD_HOLD_MINUTES"])
    return timedelta(hours=config["TRANSFER_HOURS"])


def _new_number() -> str:
    """DT-YYMMDD-XXXXXX: readable on the phone, random so numbers say nothing about volume."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    suffix = "".join(secrets.choice(alphabet) for _ in range(6))
    return f"DT-{utcnow():%y%m%d}-{suffix}"


def open_order(
    *,
    kind: OrderKind,
    contact: Contact,
    method: PaymentMethod,
    idempotency_key: str,
    user=None,
    locale: str = "vi",
    hold: timedelta | None = None,
) -> tuple[Order, bool]:
    """Check the contact, start the write transaction and add an empty order of this kind.

    Returns (order, True), or (the order this idempotency key already made, False): a double
    click or a re-posted form never places a second order. Payment is due within `hold`
    (default CARD_HOLD_MINUTES for a card, TRANSFER_HOURS for a transfer) unless the method
    is cash on delivery.
    """
    contact = check_contact(contact, method, needs_address=kind != OrderKind.BOOKING)
    if not idempotency_key or len(idempotency_key) > 64:
        raise CheckoutError(_l("Please reload the page and try again."))
    begin_write_transaction()
    _serialise_on(idempotency_key)
    existing = db.session.scalar(sa.select(Order).where(Order.idempotency_key == idempotency_key))
    if existing is not None:
        existing.placed_now = False
        return existing, False
    paid_later = method != PaymentMethod.COD
    hold = hold or _payment_time(method)
    order = Order(
        number=_new_number(),
        kind=kind,
        user_id=getattr(user, "id", None),
        idempotency_key=idempotency_key,
        locale=locale,
        contact_name=contact.name,
        phone=contact.phone,
        email=contact.email,
        province_code=contact.province or None,
        ward_code=contact.ward or None,
        street=contact.street,
        note=contact.note,
        payment_method=method,
        status=OrderStatus.AWAITING_PAYMENT if paid_later else OrderStatus.CONFIRMED,
        subtotal=0,
        shipping_total=0,
        credit_used=0,
        total=0,
        pay_by=utcnow() + hold if paid_later else None,
    )
    db.session.add(order)
    return order, True


def add_part(
    order: Order,
    producer: Producer,
    items: list[OrderItem],
    shipping_fee: int = 0,
    weight_g: int = 0,
) -> Fulfilment:
    """One producer's part of the order: its lines (snapshots) and its shipping fee."""
    subtotal = sum(item.unit_price * item.quantity for item in items)
    waiting = order.status == OrderStatus.AWAITING_PAYMENT
    fulfilment = Fulfilment(
        producer_id=producer.id,
        producer_name=producer.name,
        status=FulfilmentStatus.PENDING if waiting else FulfilmentStatus.NEW,
        subtotal=subtotal,
        shipping_fee=shipping_fee,
        weight_g=weight_g,
    )
    with db.session.no_autoflush:  # an item is complete only once in both collections
        order.fulfilments.append(fulfilment)
        for item in items:
            item.producer_id = producer.id
            fulfilment.items.append(item)
            order.items.append(item)
    order.subtotal += subtotal
    order.shipping_total += shipping_fee
    order.total = order.subtotal + order.shipping_total - order.credit_used
    return fulfilment


def finish_order(order: Order, user, total_seen: int | None = None) -> Order:
    """Add the pending payment, record the creation events and queue the e-mails.

    `total_seen` is the total the buyer's page showed: an order that would cost anything else
    is refused (TotalChangedError) and the caller rolls it back. None: nobody saw a total.
    """
    if total_seen is not None and order.total != total_seen:
        raise TotalChangedError(order.total)
    if order.status == OrderStatus.AWAITING_PAYMENT and order.total == 0:
        order.status, order.pay_by = OrderStatus.CONFIRMED, None  # store credit paid it all
        for fulfilment in order.fulfilments:
            fulfilment.status = FulfilmentStatus.NEW
    if order.status == OrderStatus.AWAITING_PAYMENT:
        method = order.payment_method
        order.payments.append(
            Payment(
                method=method,
                status=PaymentStatus.PENDING,
                amount=order.total,
                provider_reference=order.number if method == PaymentMethod.BANK_TRANSFER else "",
            )
        )
    db.session.flush()
    order.placed_now = True
    _record_placement(order, user)
    if order.status == OrderStatus.CONFIRMED:
        order_confirmed.send(order)
    _queue_mail(order)
    return order


def place_order(
    *,
    lines: list[tuple[int, int]],
    contact: Contact,
    method: PaymentMethod,
    idempotency_key: str,
    user=None,
    locale: str = "vi",
    save_address: bool = False,
    use_credit: bool = False,
    total_seen: int | None = None,
) -> Order:
    """Place an order of products (or return the one this idempotency key already made),
    if it costs the `total_seen` the buyer agreed to (see finish_order)."""
    order, new = open_order(
        kind=OrderKind.GOODS,
        contact=contact,
        method=method,
        idempotency_key=idempotency_key,
        user=user,
        locale=locale,
    )
    if not new:
        return order
    variants = _check_lines(lines)
    if use_credit and user is not None:
        credit.lock_balance(user.id)  # the buyer before the stock (database.py's lock order)
    quantities: dict[int, int] = {}
    for variant_id, quantity in lines:
        quantities[variant_id] = quantities.get(variant_id, 0) + quantity
    taken: dict[int, lot_stock.Taken] = {}
    for variant_id, quantity in sorted(quantities.items()):  # by id: database.py's lock order
        taken[variant_id] = _reserve(variants[variant_id], quantity)
    _split_by_producer(order, variants, quantities)
    lot_stock.record(order.items, taken)
    if use_credit and user is not None:
        credit.spend(user, order)
    finish_order(order, user, total_seen)
    if save_address and user is not None:
        remember_address(user, contact)
    return order


def _split_by_producer(order, variants, quantities) -> None:
    rules = shipping.rules()
    by_producer: dict[int, list[tuple[Variant, int]]] = {}
    for variant_id, quantity in quantities.items():
        variant = variants[variant_id]
        by_producer.setdefault(variant.product.producer_id, []).append((variant, quantity))
    for producer_id in sorted(by_producer):
        producer: Producer = by_producer[producer_id][0][0].product.producer
        rows = by_producer[producer_id]
        subtotal = sum(v.price * q for v, q in rows)
        weight = sum(v.weight_g * q for v, q in rows)
        fee = rules.fee(province_of(order.ward_code) or order.province_code, weight, subtotal)
        items = [
            OrderItem(
                product_id=variant.product_id,
                variant_id=variant.id,
                product_name=variant.product.name_vi,
                variant_label=variant.label_vi,
                product_name_en=(variant.product.name_en or "")[:160],
                variant_label_en=(variant.label_en or "")[:80],
                sku=variant.sku,
                unit_price=variant.price,
                quantity=quantity,
                weight_g=variant.weight_g,
            )
            for variant, quantity in rows
        ]
        add_part(order, producer, items, shipping_fee=fee, weight_g=weight)


def _record_placement(order: Order, user) -> None:
    label = "buyer" if user is not None else "guest"
    record_creation(order, actor=user, actor_label=label, note=order.payment_method.value)
    for fulfilment in order.fulfilments:
        record_creation(fulfilment, actor=user, actor_label=label)
    for payment in order.payments:
        record_creation(payment, actor=user, actor_label=label)


def _queue_mail(order: Order) -> None:
    if order.email:
        mail.queue(
            order.email,
            "mail/orders/confirmation_subject.txt",
            "mail/orders/confirmation_body.txt",
            locale=order.locale,
            order=order,
            link=order_url(order, external=True),
        )
    if order.status == OrderStatus.CONFIRMED and order.kind == OrderKind.GOODS:
        lifecycle.notify_producers(order)
