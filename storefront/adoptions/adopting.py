"""Adopting a tree for a season through the shared checkout, and what follows payment.

A tree is claimed by inserting an Adoption whose UNIQUE `claim` names the tree and the plan:
of any number of adopters at once exactly one insert succeeds, the others are told the tree
was just taken. The claim is dropped when the order expires or is cancelled unpaid.
"""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError

from storefront import mail
from storefront.accounts.services import AccountError, check_email
from storefront.adoptions.models import Adoption, AdoptionStatus, DeliveryStatus, HarvestDelivery
from storefront.adoptions.offers import renewal_holder, renewal_open, running_plan
from storefront.adoptions.services import adoption_of, adoption_token, my_tree_url
from storefront.extensions import db
from storefront.farms.models import AdoptionPlan, Orchard, Tree, TreeStatus
from storefront.links import external_url
from storefront.models_base import utcnow
from storefront.orders import lifecycle
from storefront.orders.checkout import add_part, finish_order
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.contact import Contact
from storefront.orders.holds import open_held_order
from storefront.orders.models import Order, OrderItem, OrderKind, PaymentMethod
from storefront.orders.states import record_creation, transition
from storefront.payments import flow as payment_flow
from storefront.producers.models import Producer, ProducerStatus
from storefront.text import single_line
from storefront.timeutil import today_local


class TreeTakenError(CheckoutError):
    """Someone else adopted (or holds) this tree for this season."""


@dataclass(frozen=True)
class Gift:
    recipient_name: str
    recipient_email: str
    message: str = ""


def _check_gift(gift: Gift | None) -> Gift | None:
    if gift is None:
        return None
    name = single_line(gift.recipient_name, 120)
    if not name:
        raise CheckoutError(
            _l("Please enter the name of the person receiving the gift."), "recipient_name"
        )
    try:
        email = check_email(gift.recipient_email)
    except AccountError as error:
        raise CheckoutError(error.message, "recipient_email") from error
    if len(gift.message) > 500:
        raise CheckoutError(_l("The message is too long (at most 500 characters)."), "message")
    return Gift(name, email, gift.message.strip())


def _adoptable(code: str, plan_id: int | None, user, today: date):
    """The tree and the plan it would be adopted under, with the earlier adoption it renews."""
    tree = db.session.scalar(
        sa.select(Tree)
        .join(Tree.orchard)
        .join(Orchard.producer)
        .where(Tree.code == code, Producer.status == ProducerStatus.APPROVED)
    )
    if tree is None or tree.status != TreeStatus.AVAILABLE:
        raise CheckoutError(_l("This tree cannot be adopted at the moment."))
    plan = running_plan(tree.orchard_id, today)
    if plan_id is not None and (plan is None or plan.id != plan_id):
        plan = db.session.get(AdoptionPlan, plan_id)
        if plan is None or plan.orchard_id != tree.orchard_id or plan.ends_on < today:
            raise CheckoutError(_l("This season can no longer be chosen."))
    if plan is None:
        raise CheckoutError(_l("This tree cannot be adopted at the moment."))
    holder = renewal_holder(tree, plan, today)
    if holder is not None and holder.user_id != getattr(user, "id", None):
        closes = holder.plan.renewal_closes_on
        raise TreeTakenError(
            _l("This tree is kept for its adopter's renewal until %(date)s.", date=closes)
        )
    if plan.starts_on > today and holder is None:
        raise CheckoutError(_l("This season is not open for adoption yet."))
    if holder is not None and not renewal_open(holder.plan, today):
        raise CheckoutError(_l("Renewal is not open yet."))
    return tree, plan, holder


def adopt(
    *,
    code: str,
    plate_name: str,
    contact: Contact,
    method: PaymentMethod,
    idempotency_key: str,
    user,
    gift: Gift | None = None,
    plan_id: int | None = None,
    locale: str = "vi",
    total_seen: int | None = None,
):
    """Place the order that adopts a tree for a season (transfer or card only), if it costs
    the `total_seen` the buyer agreed to (see checkout.finish_order)."""
    if user is None:
        raise CheckoutError(_l("Please log in to adopt a tree."))
    plate = single_line(plate_name, 40)
    if not plate:
        raise CheckoutError(_l("Please enter the name for the plate on the tree."), "plate_name")
    gift = _check_gift(gift)
    order, new = open_held_order(
        OrderKind.ADOPTION,
        cod_refusal=_l("Adoptions are paid by bank transfer or card.")
        if payment_flow.card_enabled()
        else _l("Adoptions are paid by bank transfer."),
        contact=contact,
        method=method,
        idempotency_key=idempotency_key,
        user=user,
        locale=locale,
    )
    if not new:
        return order
    today = today_local()
    tree, plan, holder = _adoptable(code.strip().upper()[:20], plan_id, user, today)
    holds = sa.select(Adoption.order_id).where(Adoption.tree_id == tree.id)
    lifecycle.expire_due(utcnow(), among=Order.id.in_(holds))  # a hold that just ran out
    orchard = tree.orchard
    season_en = plan.season_en or plan.season_vi
    item = OrderItem(
        product_name=f"Nhận nuôi cây xoài {tree.code} – {plan.season_vi}"[:160],
        product_name_en=f"Adoption of mango tree {tree.code} – {season_en}"[:160],
        variant_label=orchard.name[:80],
        variant_label_en=orchard.name[:80],
        sku=tree.code,
        unit_price=plan.price,
        quantity=1,
        weight_g=0,
    )
    add_part(order, orchard.producer, [item])
    db.session.flush()
    adoption = Adoption(
        order_id=order.id,
        tree_id=tree.id,
        plan_id=plan.id,
        user_id=user.id,
        claim=f"{tree.id}:{plan.id}",
        status=AdoptionStatus.HELD,
        plate_name=plate,
        is_gift=gift is not None,
        recipient_name=gift.recipient_name if gift else "",
        recipient_email=gift.recipient_email if gift else "",
        gift_message=gift.message if gift else "",
        renewal_of_id=holder.id if holder is not None else None,
    )
    try:
        with db.session.begin_nested():
            db.session.add(adoption)
            db.session.flush()
    except IntegrityError:
        raise TreeTakenError(
            _l(
                "Sorry, someone has just adopted tree %(code)s. Please choose another tree.",
                code=tree.code,
            )
        ) from None
    adoption.order = order
    record_creation(adoption, actor=user, actor_label="buyer")
    return finish_order(order, user, total_seen)


def on_confirmed(order) -> None:
    """Paid: the season's crop is the adopter's; plan the deliveries, send the certificate."""
    adoption = adoption_of(order)
    if adoption is None or adoption.status != AdoptionStatus.HELD:
        return
    transition(adoption, "pay", actor_label="system")
    _plan_deliveries(adoption)
    _send_certificate(adoption)


def on_closed(order) -> None:
    """Unpaid in time or cancelled: the tree is free again."""
    adoption = adoption_of(order)
    if adoption is not None and adoption.status == AdoptionStatus.HELD:
        transition(adoption, "release", actor_label="system")
        adoption.claim = None


def _plan_deliveries(adoption: Adoption) -> None:
    plan = adoption.plan
    grams, count = plan.harvest_kg * 1000, plan.deliveries
    months = list(plan.delivery_months or [])
    for number in range(1, count + 1):
        share = grams // count + (grams % count if number == count else 0)
        month = months[number - 1] if number <= len(months) else None
        adoption.deliveries.append(
            HarvestDelivery(
                number=number,
                planned_month=month,
                planned_grams=share,
                status=DeliveryStatus.PLANNED,
            )
        )


def _send_certificate(adoption: Adoption) -> None:
    """The certificate goes to the gift's recipient, or to the adopter; the adopter is told."""
    order = adoption.order
    link = my_tree_url(adoption, external=True)
    certificate = external_url("adoptions.certificate", token=adoption_token(adoption))
    to = adoption.recipient_email if adoption.is_gift else (order.email or adoption.user.email)
    mail.queue(
        to,
        "mail/adoptions/certificate_subject.txt",
        "mail/adoptions/certificate_body.txt",
        locale=order.locale,
        adoption=adoption,
        link=link,
        certificate=certificate,
    )
    if adoption.is_gift and order.email:
        mail.queue(
            order.email,
            "mail/adoptions/gift_sent_subject.txt",
            "mail/adoptions/gift_sent_body.txt",
            locale=order.locale,
            adoption=adoption,
            link=link,
        )
