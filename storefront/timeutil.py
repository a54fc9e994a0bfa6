"""Times are stored in UTC and shown in Vietnam's time zone."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def today_local() -> date:
    """Today's date in Vietnam, which decides whether a certificate has expired."""
    return datetime.now(UTC).astimezone(VIETNAM).date()


def to_local(moment: datetime) -> datetime:
    """A stored UTC time as Vietnam's wall-clock time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(VIETNAM)
