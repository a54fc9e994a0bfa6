"""Per-item serials of a lot (GS1 AI 21, `/01/{GTIN}/21/{serial}`): made in bulk, random and
unguessable, and counted each time someone scans one.

A serial is 12 characters of a 32-symbol alphabet without look-alikes (Crockford's: no I, L,
O or U), so 60 random bits from `secrets`: a guesser who tries a million codes finds one of a
million printed labels with odds of about one in a million. Every symbol is in GS1's
character set 82, so the serial needs no percent-encoding in the path.
"""

import secrets
from datetime import datetime

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l
from sqlalchemy.orm import joinedload

from storefront import mail
from storefront.accounts.models import User
from storefront.catalog.digital_link import absolute, gtin14, lot_path, serial_path
from storefront.catalog.errors import CatalogError
from storefront.catalog.lot_models import MAX_SERIAL, Lot, LotSerial, SerialReport
from storefront.catalog.models import Product, Variant
from storefront.database import rows_updated
from storefront.extensions import db
from storefront.producers.models import MemberRole, ProducerMember

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SERIAL_LENGTH = 12
MAX_SERIALS_AT_ONCE = 5_000
GTIN_LENGTHS = (8, 12, 13, 14)


class SerialError(CatalogError):
    """A refused request for serials."""


def new_serial() -> str:
    """12 symbols from 60 random bits (5 bits a symbol)."""
    bits = secrets.randbits(5 * SERIAL_LENGTH)
    return "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in range(SERIAL_LENGTH))


def make_serials(lot: Lot, count: int) -> int:
    """Store `count` new serials for `lot` (1 to MAX_SERIALS_AT_ONCE), all in one INSERT;
    a serial already in the table (a 1-in-2^60 clash) is drawn again. Returns how many."""
    if not lot.variant.gtin:
        raise SerialError(
            _l("Serials need a GTIN (barcode number): add one to this variant first."),
            "count",
            code="no_gtin",
        )
    if not 1 <= count <= MAX_SERIALS_AT_ONCE:
        raise SerialError(
            _l("Make between 1 and %(most)s serials at a time.", most=f"{MAX_SERIALS_AT_ONCE:,}"),
            "count",
            code="serial_count",
        )
    serials = _unused(count)
    db.session.execute(sa.insert(LotSerial), [{"lot_id": lot.id, "serial": s} for s in serials])
    return count


def _unused(count: int) -> set[str]:
    """`count` distinct serials none of which is in the table yet."""
    chosen: set[str] = set()
    while len(chosen) < count:
        drawn = {new_serial() for _ in range(count - len(chosen))} - chosen
        taken = set(
            db.session.scalars(sa.select(LotSerial.serial).where(LotSerial.serial.in_(drawn)))
        )
        chosen |= drawn - taken
    return chosen


def serial_count(lot: Lot) -> int:
    return (
        db.session.scalar(sa.select(sa.func.count(LotSerial.id)).where(LotSerial.lot_id == lot.id))
        or 0
    )


def serial_urls(lot: Lot) -> list[str]:
    """The printed URL of each serial of the lot, oldest first (for the producer's CSV)."""
    rows = db.session.scalars(
        sa.select(LotSerial.serial).where(LotSerial.lot_id == lot.id).order_by(LotSerial.id)
    )
    return [absolute(serial_path(lot.variant, serial)) for serial in rows]


def gtin_forms(gtin: str) -> list[str]:
    """The ways a variant may store the GTIN a path names (GTIN-8/12/13 are padded to 14)."""
    full = gtin14(gtin)
    return [full[-n:] for n in GTIN_LENGTHS if not full[:-n].strip("0")]


def record_scan(gtin: str, serial: str, now: datetime) -> LotSerial | None:
    """Count one scan of the serial of a variant with this GTIN (one relative UPDATE, so
    scans at the same moment are all counted) and return it with its lot; None when no such
    serial exists (nothing is written)."""
    if not serial or len(serial) > MAX_SERIAL:
        return None
    of_gtin = (
        sa.select(Lot.id)
        .join(Variant, Variant.id == Lot.variant_id)
        .where(Variant.gtin.in_(gtin_forms(gtin)))
    )
    counted = rows_updated(
        sa.update(LotSerial)
        .where(LotSerial.serial == serial, LotSerial.lot_id.in_(of_gtin))
        .values(
            scan_count=LotSerial.scan_count + 1,
            first_scanned_at=sa.func.coalesce(LotSerial.first_scanned_at, now),
            last_scanned_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    if not counted:
        return None
    return find_serial(gtin, serial)


def find_serial(gtin: str, serial: str) -> LotSerial | None:
    """The serial with its lot, product and variant, as stored now (no scan counted)."""
    return db.session.scalar(
        sa.select(LotSerial)
        .join(Lot, Lot.id == LotSerial.lot_id)
        .join(Variant, Variant.id == Lot.variant_id)
        .where(LotSerial.serial == serial, Variant.gtin.in_(gtin_forms(gtin)))
        .options(
            joinedload(LotSerial.lot).joinedload(Lot.product).joinedload(Product.producer),
            joinedload(LotSerial.lot).joinedload(Lot.variant),
        )
        .execution_options(populate_existing=True)
    )


def report_copy(found: LotSerial, message: str, contact: str) -> SerialReport:
    """Store a shopper's report that this label may be copied and e-mail it to the producer's
    owners and to the office (every active administrator), each in their own language."""
    message, contact = message.strip(), contact.strip()
    if not message:
        raise SerialError(_l("Tell us what you saw."), "message", code="empty_report")
    report = SerialReport(serial=found, message=message, contact=contact)
    db.session.add(report)
    db.session.flush()
    lot = found.lot
    context = {
        "report": report,
        "lot": lot,
        "product": lot.product,
        "scans": found.scan_count,
        "link": absolute(lot_path(lot)),
    }
    for user in _report_recipients(lot.product.producer_id):
        mail.queue(
            user.email,
            "mail/catalog/serial_report_subject.txt",
            "mail/catalog/serial_report_body.txt",
            locale=user.locale,
            **context,
        )
    return report


def _report_recipients(producer_id: int) -> list[User]:
    owners = sa.select(ProducerMember.user_id).where(
        ProducerMember.producer_id == producer_id, ProducerMember.role == MemberRole.OWNER
    )
    return list(
        db.session.scalars(
            sa.select(User)
            .where(
                sa.or_(User.id.in_(owners), User.is_admin.is_(True)),
                User.is_active_account.is_(True),
            )
            .order_by(User.id)
        )
    )
