"""Who receives an order and where: checking the contact a buyer typed; their saved addresses."""

from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from storefront.accounts.services import AccountError, check_email, normalise_phone
from storefront.extensions import db
from storefront.orders.checkout_errors import CheckoutError
from storefront.orders.models import (
    PaymentMethod,
    SavedAddress,
)
from storefront.places import is_valid_ward
from storefront.text import single_line

MAX_NOTE = 500


@dataclass(frozen=True)
class Contact:
    name: str
    phone: str
    email: str
    province: int
    ward: int
    street: str
    note: str = ""


def check_contact(
    contact: Contact, method: PaymentMethod, *, needs_address: bool = True
) -> Contact:
    """Normalise and check who (and where) to deliver; raises CheckoutError naming the field."""
    name = single_line(contact.name, 120)
    if not name:
        raise CheckoutError(_l("Please enter the name of the person receiving the order."), "name")
    try:
        phone = normalise_phone(contact.phone)
        email = check_email(contact.email) if contact.email.strip() else ""
    except AccountError as error:
        raise CheckoutError(error.message, error.field) from error
    if method == PaymentMethod.CARD and not email:
        raise CheckoutError(_l("Card payments need an e-mail address for the receipt."), "email")
    if len(contact.note) > MAX_NOTE:
        raise CheckoutError(_l("The note is too long (at most 500 characters)."), "note")
    if not needs_address:
        return Contact(name, phone, email, 0, 0, "", contact.note.strip())
    if not is_valid_ward(contact.ward, contact.province):
        raise CheckoutError(_l("Choose a commune or ward of the chosen province."), "ward")
    street = single_line(contact.street, 200)
    if not street:
        raise CheckoutError(_l("Please enter the street address or hamlet."), "address")
    return Contact(name, phone, email, contact.province, contact.ward, street, contact.note.strip())


def remember_address(user, contact: Contact) -> None:
    known = db.session.scalar(
        sa.select(SavedAddress).where(
            SavedAddress.user_id == user.id,
            SavedAddress.ward_code == contact.ward,
            SavedAddress.street == contact.street,
        )
    )
    if known is None:
        db.session.add(
            SavedAddress(
                user_id=user.id,
                contact_name=contact.name,
                phone=contact.phone,
                province_code=contact.province,
                ward_code=contact.ward,
                street=contact.street,
            )
        )


def saved_addresses(user) -> list[SavedAddress]:
    return list(
        db.session.scalars(
            sa.select(SavedAddress)
            .where(SavedAddress.user_id == user.id)
            .order_by(SavedAddress.id.desc())
        )
    )
