"""Recording and keeping lots: a lot of one of the producer's variants, its inputs and
documents, its stock (a count correction) and its descriptive fields.

A variant's first lot makes it lot-kept (`Variant.lot_tracked`): from then on its stock is
the sum of its lots' stock. Every stock change is a conditional or relative UPDATE of the
variant row first, then of the lot row (the app's lock order: variants before lots), never
a read-modify-write; no ORM change of the lot may be pending when they run, or the flush
would write the lot row first.
"""

import re
import secrets
from datetime import date

import sqlalchemy as sa
from flask_babel import format_number
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError

from storefront import places, references
from storefront.catalog.errors import LotCodeError, LotError, LotNotYours, LotStockChanged
from storefront.catalog.lot_models import (
    MAX_LOT_CODE,
    Lot,
    LotEvent,
    LotInput,
    ProducerDocument,
    lot_document,
)
from storefront.catalog.models import Product, Variant
from storefront.database import rows_updated
from storefront.extensions import db
from storefront.producers.models import Producer
from storefront.timeutil import today_local

MAX_LOT_QUANTITY = 1_000_000
# GS1 General Specifications, figure 7.11-1: the 82 characters allowed in AI (10).
GS1_CHARACTER_SET_82 = re.compile(r"[!\"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+")
GENERATED_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off a label
DESCRIPTIVE_FIELDS = (
    "produced_on", "packed_on", "best_before", "growing_area_name", "growing_area_code",
    "facility_name", "facility_ward_code",
)  # fmt: skip
INPUT_FIELDS = ("input_lot_id", "description", "source_name", "source_code", "quantity")


class _LotDocuments:
    """The lot-document link table seen as a row type, for `references`."""

    __table__ = lot_document


def record_lot(
    producer: Producer,
    variant: Variant,
    values: dict,
    *,
    recorded_by_id: int | None = None,
    replace_untracked: bool = False,
) -> Lot:
    """A new lot of `variant` with `values["quantity"]` units in stock (flushed).

    The first lot of a variant that still has hand-counted units needs `replace_untracked`:
    those units have no lot, so they are replaced by this lot's quantity."""
    if variant.product.producer_id != producer.id:
        raise LotNotYours(_l("This package size is not yours."), "variant_id")
    quantity = _check_quantity(values.get("quantity"))
    _check_dates(values)
    _check_ward(values.get("facility_ward_code"))
    code = _lot_code(variant.product_id, values.get("code") or "", None)
    documents = _own_documents(producer, values.get("document_ids") or [])
    inputs = _inputs(producer, values.get("inputs") or [], None)
    if not variant.lot_tracked and variant.stock > 0 and not replace_untracked:
        raise LotError(
            _l(
                "This package size has %(num)s units counted by hand. Tick the box to count "
                "its stock from lots from now on: they are replaced by this lot's quantity.",
                num=variant.stock,
            ),
            "replace_untracked",
        )
    _add_first_lot_stock(variant, quantity)
    lot = Lot(
        product_id=variant.product_id,
        variant_id=variant.id,
        code=code,
        quantity=quantity,
        stock=quantity,
        created_by_id=recorded_by_id,
        documents=documents,
        inputs=inputs,
        **{name: values.get(name) for name in DESCRIPTIVE_FIELDS},
    )
    _clean_text(lot)
    try:
        with db.session.begin_nested():  # two producers' tabs typing the same code at once
            db.session.add(lot)
    except IntegrityError:
        raise LotCodeError(_l("This product already has a lot with this code."), "code") from None
    db.session.expire(variant, ["stock", "lot_tracked"])
    return lot


def _add_first_lot_stock(variant: Variant, quantity: int) -> None:
    """The variant's stock gains the lot's units; on its first lot it becomes exactly them."""
    became_tracked = rows_updated(
        sa.update(Variant)
        .where(Variant.id == variant.id, Variant.lot_tracked.is_(False))
        .values(stock=quantity, lot_tracked=True)
        .execution_options(synchronize_session=False)
    )
    if not became_tracked:
        rows_updated(
            sa.update(Variant)
            .where(Variant.id == variant.id)
            .values(stock=Variant.stock + quantity)
            .execution_options(synchronize_session=False)
        )


def adjust_stock(lot: Lot, counted: int, seen: int) -> None:
    """A count correction: the lot holds `counted` units where the page showed `seen`.
    Refused (409) when an order took units since; the variant moves by the same amount."""
    if lot.recalled:
        raise LotError(_l("This lot is recalled: its stock is set aside."), "stock")
    if not isinstance(counted, int) or not 0 <= counted <= lot.quantity:
        raise LotError(
            _l("The units left go from 0 to the %(num)s made.", num=lot.quantity), "stock"
        )
    _move_stock(lot, counted - seen, Lot.stock == seen)


def _move_stock(lot: Lot, delta: int, lot_condition, **lot_values) -> None:
    """Move the variant's then the lot's stock by `delta`, the lot's only if it still meets
    `lot_condition`; nothing moves (the request rolls back) when either refuses."""
    moved = rows_updated(
        sa.update(Variant)
        .where(Variant.id == lot.variant_id, Variant.stock + delta >= 0)
        .values(stock=Variant.stock + delta)
        .execution_options(synchronize_session=False)
    )
    if moved:
        moved = rows_updated(
            sa.update(Lot)
            .where(Lot.id == lot.id, lot_condition, Lot.stock + delta >= 0)
            .values(stock=Lot.stock + delta, **lot_values)
            .execution_options(synchronize_session=False)
        )
    if not moved:
        raise LotStockChanged(
            _l("The stock of this lot changed meanwhile (an order?): check it and try again."),
            "stock",
        )
    db.session.expire(lot, ["stock", "quantity"])
    db.session.expire(lot.variant, ["stock"])


def locked(lot: Lot) -> bool:
    """Whether the lot's code and quantity are fixed: it has events, sales, serials, or is
    another lot's input (whatever points at it but its own parts)."""
    owned = (LotEvent, LotInput, _LotDocuments)
    return bool(
        db.session.scalar(sa.select(sa.exists().where(LotEvent.lot_id == lot.id)))
        or db.session.scalar(sa.select(sa.exists().where(LotInput.input_lot_id == lot.id)))
        or references.still_referenced(lot, owned=owned)  # type: ignore[arg-type]
    )


def update_lot(producer: Producer, lot: Lot, values: dict) -> Lot:
    """Change a lot's descriptive fields, documents and inputs; its code and quantity too
    while nothing points at it yet (no events, no sales)."""
    _check_dates(values)
    _check_ward(values.get("facility_ward_code"))
    documents = _own_documents(producer, values.get("document_ids") or [])
    inputs = _inputs(producer, values.get("inputs") or [], lot)
    code = (values.get("code") or "").strip() or lot.code
    quantity = values.get("quantity", lot.quantity)
    if (code != lot.code or quantity != lot.quantity) and locked(lot):
        field = "code" if code != lot.code else "quantity"
        raise LotError(
            _l("The code and quantity are fixed once the lot has events or sales."), field
        )
    if code != lot.code:
        code = _lot_code(lot.product_id, code, lot.id)
    if quantity != lot.quantity:
        quantity = _check_quantity(quantity)
        # the stock follows the units made; only while the lot is untouched (checked above)
        _move_stock(lot, quantity - lot.quantity, Lot.quantity == lot.quantity, quantity=quantity)
    lot.code = code
    for name in DESCRIPTIVE_FIELDS:
        setattr(lot, name, values.get(name))
    _clean_text(lot)
    lot.documents = documents
    lot.inputs = inputs
    db.session.flush()
    return lot


def _check_quantity(quantity) -> int:
    if not isinstance(quantity, int) or not 1 <= quantity <= MAX_LOT_QUANTITY:
        raise LotError(
            _l("A lot holds from 1 to %(max)s units.", max=format_number(MAX_LOT_QUANTITY)),
            "quantity",
        )
    return quantity


def _check_dates(values: dict) -> None:
    """Production (or harvest) not in the future; packing not before it; best-before not
    before packing (nor before production when there is no packing date)."""
    produced: date | None = values.get("produced_on")
    packed: date | None = values.get("packed_on")
    best_before: date | None = values.get("best_before")
    if produced is None:
        raise LotError(_l("Give the production or harvest date."), "produced_on")
    if produced > today_local():
        raise LotError(_l("The production date cannot be in the future."), "produced_on")
    if packed is not None and packed < produced:
        raise LotError(_l("The packing date cannot come before production."), "packed_on")
    if best_before is not None and best_before < (packed or produced):
        raise LotError(
            _l("The best-before date cannot come before packing.")
            if packed
            else _l("The best-before date cannot come before production."),
            "best_before",
        )


def _check_ward(code: int | None) -> None:
    if code is not None and not places.is_valid_ward(code):
        raise LotError(_l("Choose a commune or ward from the list."), "facility_ward_code")


def _lot_code(product_id: int, typed: str, lot_id: int | None) -> str:
    """The typed code checked against GS1's rules and the product's other lots, or a new one
    (`L` + YYMMDD + 3 random characters) when none was typed."""
    code = typed.strip()
    if not code:
        return _generated_code(product_id)
    if len(code) > MAX_LOT_CODE:
        raise LotCodeError(
            _l("A lot code has at most %(max)s characters.", max=MAX_LOT_CODE), "code"
        )
    if not GS1_CHARACTER_SET_82.fullmatch(code):
        raise LotCodeError(
            _l(
                "A lot code uses only unaccented letters, digits and - . / _ (no spaces, "
                "no Vietnamese accents)."
            ),
            "code",
        )
    if _code_taken(product_id, code, lot_id):
        raise LotCodeError(_l("This product already has a lot with this code."), "code")
    return code


def _generated_code(product_id: int) -> str:
    stamp = f"{today_local():%y%m%d}"
    while True:
        code = "L" + stamp + "".join(secrets.choice(GENERATED_ALPHABET) for _ in range(3))
        if not _code_taken(product_id, code, None):
            return code


def _code_taken(product_id: int, code: str, lot_id: int | None) -> bool:
    query = sa.select(Lot.id).where(Lot.product_id == product_id, Lot.code == code)
    if lot_id is not None:
        query = query.where(Lot.id != lot_id)
    return db.session.scalar(query) is not None


def _own_documents(producer: Producer, ids: list[int]) -> list[ProducerDocument]:
    if not ids:
        return []
    found = list(
        db.session.scalars(
            sa.select(ProducerDocument).where(
                ProducerDocument.id.in_(ids), ProducerDocument.producer_id == producer.id
            )
        )
    )
    if len(found) != len(set(ids)):
        raise LotNotYours(_l("Some of these documents are not yours."), "document_ids")
    return found


def _inputs(producer: Producer, rows: list[dict], lot: Lot | None) -> list[LotInput]:
    """The input rows: another of the producer's lots, or a described source."""
    made = []
    for index, row in enumerate(rows):
        input_lot = _own_lot(producer, row.get("input_lot_id"), lot, index)
        description = (row.get("description") or "").strip()
        if input_lot is None and not description:
            continue  # an empty row of the form
        if not description and input_lot is not None:
            description = f"{input_lot.product.name_vi} · {input_lot.code}"
        made.append(
            LotInput(
                input_lot=input_lot,
                description=description,
                source_name=(row.get("source_name") or "").strip(),
                source_code=(row.get("source_code") or "").strip(),
                quantity=(row.get("quantity") or "").strip(),
            )
        )
    return made


def _own_lot(producer: Producer, lot_id: int | None, lot: Lot | None, index: int) -> Lot | None:
    if not lot_id:
        return None
    found = db.session.scalar(
        sa.select(Lot)
        .join(Product, Product.id == Lot.product_id)
        .where(Lot.id == lot_id, Product.producer_id == producer.id)
    )
    if found is None:
        raise LotNotYours(_l("This lot is not yours."), f"inputs-{index}-input_lot_id")
    if lot is not None and found.id == lot.id:
        raise LotError(_l("A lot cannot be its own input."), f"inputs-{index}-input_lot_id")
    return found


def _clean_text(lot: Lot) -> None:
    for name in ("growing_area_name", "growing_area_code", "facility_name"):
        setattr(lot, name, (getattr(lot, name) or "").strip())
