"""The shopping cart: a guest's lives in the signed session cookie, a buyer's in cart_item rows."""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext
from flask_login import current_user
from sqlalchemy.orm import joinedload

from storefront.catalog.models import Category, Product, ProductImage, ProductStatus, Variant
from storefront.domain_errors import DomainError
from storefront.extensions import db
from storefront.i18n import localized
from storefront.orders.cart_stores import AccountStore, Entry, SessionStore
from storefront.producers.models import Producer, ProducerStatus

MAX_QUANTITY = 99
# Distinct packages in one cart: keeps the guest's session cookie far below 4 KB.
MAX_LINES = 50

UNAVAILABLE = "unavailable"  # product no longer published, or producer no longer approved
OUT_OF_STOCK = "out_of_stock"
NOT_ENOUGH_STOCK = "not_enough_stock"
BOOKED = "booked"  # an experience (community tourism): booked for a date, never in a parcel

EXPERIENCE = _l(
    "This is an experience: it is booked for a date on its page and never shipped, so it "
    "cannot go in the cart."
)

_NUMBER = re.compile(r"\s*([0-9]{1,12})\s*")


class CartError(DomainError):
    """A cart change refused, with a message for the buyer (and the line it is about)."""

    code = "cart"

    def __init__(self, message, variant_id: int | None = None):
        super().__init__(message)
        self.variant_id = variant_id


@dataclass(frozen=True)
class CartLine:
    """One package in the cart as it stands now: current price and stock, and what is wrong."""

    variant: Variant
    product: Product
    producer: Producer
    quantity: int
    unit_price: int
    price_when_added: int
    price_changed: bool
    available: int
    problem: str | None

    @property
    def variant_id(self) -> int:
        return self.variant.id

    @property
    def buyable_quantity(self) -> int:
        """What could be bought of this line today: nothing, or at most the stock."""
        if self.problem in (UNAVAILABLE, OUT_OF_STOCK, BOOKED):
            return 0
        return min(self.quantity, self.available)

    @property
    def line_total(self) -> int:
        return self.unit_price * self.buyable_quantity


@dataclass(frozen=True)
class ProducerGroup:
    """The lines one producer will ship, with their subtotal."""

    producer: Producer
    lines: list[CartLine]

    @property
    def subtotal(self) -> int:
        return sum(line.line_total for line in self.lines)

    @property
    def units(self) -> int:
        return sum(line.buyable_quantity for line in self.lines)


def _parse_id(value) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    match = _NUMBER.fullmatch(value) if isinstance(value, str) else None
    return int(match.group(1)) if match else None


def parse_quantity(value, allow_zero: bool = False) -> int:
    """A quantity typed by the buyer, as a whole number from 1 (or 0) to MAX_QUANTITY."""
    quantity = _parse_id(value)
    if quantity is None or not (0 if allow_zero else 1) <= quantity <= MAX_QUANTITY:
        raise CartError(_l("Choose a quantity from 1 to %(num)d.", num=MAX_QUANTITY))
    return quantity


def on_sale(variant: Variant) -> bool:
    product = variant.product
    return (
        product.status == ProductStatus.PUBLISHED
        and product.producer.status == ProducerStatus.APPROVED
    )


def load_variants(ids: Iterable[int], images: bool = True) -> dict[int, Variant]:
    """Variants with their product and producer (and photos), in two queries at most."""
    ids = list(ids)
    if not ids:
        return {}
    product = joinedload(Variant.product)
    options = [
        product.joinedload(Product.producer),
        product.joinedload(Product.category).joinedload(Category.parent),
    ]
    if images:
        options.append(product.selectinload(Product.images).joinedload(ProductImage.asset))
    variants = db.session.scalars(sa.select(Variant).where(Variant.id.in_(ids)).options(*options))
    return {variant.id: variant for variant in variants}


def _check_stock(variant: Variant, wanted: int, in_cart: int = 0) -> None:
    if variant.stock <= 0:
        raise CartError(_l("This package is out of stock."), variant.id)
    if wanted <= variant.stock:
        return
    if in_cart:
        raise CartError(
            _l(
                "Only %(num)d left, and your cart already has %(have)d.",
                num=variant.stock,
                have=in_cart,
            ),
            variant.id,
        )
    raise CartError(
        lazy_ngettext("Only %(num)d left", "Only %(num)d left", variant.stock), variant.id
    )


def _sellable(variant: Variant | None, variant_id: int | None) -> Variant:
    if variant is None:
        raise CartError(_l("We could not find that product. Please choose it again from its page."))
    if not on_sale(variant):
        raise CartError(_l("This product is no longer sold."), variant_id)
    if variant.product.is_experience:
        raise CartError(EXPERIENCE, variant_id)
    return variant


def _problem(variant: Variant, quantity: int) -> str | None:
    if not on_sale(variant):
        return UNAVAILABLE
    if variant.product.is_experience:
        return BOOKED
    if variant.stock <= 0:
        return OUT_OF_STOCK
    if quantity > variant.stock:
        return NOT_ENOUGH_STOCK
    return None


class Cart:
    """The rules of a cart, whichever store keeps its lines."""

    def __init__(self, store: SessionStore | AccountStore):
        self._store = store

    def add(self, variant_id, quantity) -> Variant:
        """Put `quantity` more of a package in the cart; the variant added, or CartError."""
        quantity = parse_quantity(quantity)
        vid = _parse_id(variant_id)
        variant = _sellable(load_variants([vid], images=False).get(vid) if vid else None, vid)
        entries = self._store.items()
        in_cart = entries[variant.id].quantity if variant.id in entries else 0
        if not in_cart and len(entries) >= MAX_LINES:
            raise CartError(
                _l("Your cart is full: at most %(num)d different packages.", num=MAX_LINES)
            )
        if in_cart + quantity > MAX_QUANTITY:
            raise CartError(
                _l("You can buy at most %(num)d of one package.", num=MAX_QUANTITY), vid
            )
        _check_stock(variant, in_cart + quantity, in_cart)
        # Adding again from the product page means the buyer has seen today's price.
        self._store.put(variant.id, in_cart + quantity, variant.price)
        return variant

    def set_quantity(self, variant_id, quantity) -> None:
        """Change one line's quantity (0 removes it); CartError if it is not in the cart."""
        vid = _parse_id(variant_id)
        if vid not in self._store.items():
            raise CartError(_l("That product is not in your cart."))
        self.update({vid: quantity})

    def update(self, quantities: Mapping) -> None:
        """Set several lines at once ({variant id: quantity}, 0 removes); all or nothing.

        Lines no longer in the cart are left out (removed in another tab, say).
        """
        entries = self._store.items()
        wanted: dict[int, int] = {}
        for variant_id, value in quantities.items():
            vid = _parse_id(variant_id)
            if vid in entries:
                try:
                    wanted[vid] = parse_quantity(value, allow_zero=True)
                except CartError as error:
                    raise CartError(error.message, vid) from None
        keep = {vid: n for vid, n in wanted.items() if n}
        variants = load_variants(keep, images=False)
        for vid, quantity in keep.items():
            variant = _sellable(variants.get(vid), vid)
            _check_stock(variant, quantity)
        for vid, quantity in wanted.items():
            if not quantity:
                self._store.delete(vid)
            elif quantity != entries[vid].quantity:
                self._store.put(vid, quantity, entries[vid].price_when_added)

    def add_order_again(self, order) -> tuple[int, int]:
        """Add each line of an earlier order; (lines added, lines skipped: no longer sold,
        out of stock or over a limit)."""
        added = skipped = 0
        for item in order.items:
            try:
                if item.variant_id is None:
                    raise CartError(_l("This product is no longer sold."))
                self.add(item.variant_id, item.quantity)
            except CartError:
                skipped += 1
            else:
                added += 1
        return added, skipped

    def remove(self, variant_id: int) -> None:
        """Take a line out of the cart; nothing happens if it is not there."""
        self._store.delete(variant_id)

    def clear(self) -> None:
        """Empty the cart (after an order is placed, say)."""
        self._store.clear()

    def count(self) -> int:
        """Units in the cart: no query for a guest, one for a buyer."""
        return self._store.count()

    def lines(self) -> list[CartLine]:
        """Every line with today's price and stock, in a fixed number of queries.

        A package deleted since it was added has nothing left to show or buy: its line is
        dropped (account rows go with the variant; a guest's is pruned from the session).
        """
        entries = self._store.items()
        variants = load_variants(entries)
        lines = []
        for vid, entry in entries.items():
            variant = variants.get(vid)
            if variant is None:
                self._store.delete(vid)
                continue
            lines.append(
                CartLine(
                    variant=variant,
                    product=variant.product,
                    producer=variant.product.producer,
                    quantity=entry.quantity,
                    unit_price=variant.price,
                    price_when_added=entry.price_when_added,
                    price_changed=variant.price != entry.price_when_added,
                    available=max(variant.stock, 0),
                    problem=_problem(variant, entry.quantity),
                )
            )
        return lines

    def groups(self) -> list[ProducerGroup]:
        """Lines grouped by producer, producers and products in name order (stable)."""
        by_producer: dict[int, list[CartLine]] = {}
        for line in sorted(self.lines(), key=_line_order):
            by_producer.setdefault(line.producer.id, []).append(line)
        return [ProducerGroup(lines[0].producer, lines) for lines in by_producer.values()]


def _line_order(line: CartLine) -> tuple:
    return (
        line.producer.name.casefold(),
        line.producer.id,
        localized(line.product, "name").casefold(),
        line.product.id,
        line.variant.position,
        line.variant.id,
    )


def current_cart() -> Cart:
    """The visitor's cart: the account's once logged in, else the session's."""
    if current_user.is_authenticated:
        return Cart(AccountStore(current_user.id))
    return Cart(SessionStore())


def merge_guest_cart(user) -> bool:
    """Move the session's cart into `user`'s: quantities add up, capped at stock and at
    MAX_QUANTITY; packages no longer sold stay behind. True if the guest had a cart."""
    guest = SessionStore()
    entries = guest.items()
    if not entries:
        guest.clear()
        return False
    account = AccountStore(user.id)
    mine = account.items()
    variants = load_variants(entries, images=False)
    for vid, entry in entries.items():
        variant = variants.get(vid)
        if variant is None or not on_sale(variant) or variant.product.is_experience:
            continue
        if vid not in mine and len(mine) >= MAX_LINES:
            continue
        have = mine.get(vid)
        total = min((have.quantity if have else 0) + entry.quantity, variant.stock, MAX_QUANTITY)
        if total > 0:
            price = have.price_when_added if have else entry.price_when_added
            account.put(vid, total, price)
            mine[vid] = Entry(total, price)
    guest.clear()
    return True
