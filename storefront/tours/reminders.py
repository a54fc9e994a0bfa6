"""The day-before reminder e-mail of each confirmed booking, sent once (cron)."""

from datetime import datetime, timedelta

import sqlalchemy as sa

from storefront import mail
from storefront.database import rows_updated
from storefront.extensions import db
from storefront.timeutil import to_local
from storefront.tours.models import Booking, BookingStatus, Departure
from storefront.tours.tickets import ticket_url


def send_reminders(now: datetime) -> int:
    """E-mail every confirmed booking whose departure is tomorrow (Vietnam time), once.

    The conditional UPDATE on reminder_sent_at makes a second run, even a simultaneous one,
    send nothing.
    """
    tomorrow = to_local(now).date() + timedelta(days=1)
    candidates = db.session.scalars(
        sa.select(Booking)
        .join(Booking.departure)
        .where(
            Booking.status == BookingStatus.CONFIRMED,
            Booking.reminder_sent_at.is_(None),
            Departure.cancelled.is_(False),
            Departure.starts_at > now,
            Departure.starts_at < now + timedelta(days=3),
        )
    ).all()
    sent = 0
    for booking in candidates:
        if to_local(booking.departure.starts_at).date() != tomorrow:
            continue
        claimed = rows_updated(
            sa.update(Booking)
            .where(Booking.id == booking.id, Booking.reminder_sent_at.is_(None))
            .values(reminder_sent_at=now)
            .execution_options(synchronize_session=False)
        )
        if claimed == 1 and booking.order.email:
            mail.queue(
                booking.order.email,
                "mail/tours/reminder_subject.txt",
                "mail/tours/reminder_body.txt",
                locale=booking.order.locale,
                booking=booking,
                link=ticket_url(booking, external=True),
            )
            sent += 1
    return sent
