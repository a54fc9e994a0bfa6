"""Times are stored in UTC and shown in Vietnam's time zone, in one format per language.

Pages and e-mails show dates only through the functions below (the `date`, `weekday`, `time`,
`datetime`, `departure_time` and `iso_datetime` template filters): a day in words, never
12/6/26 next to 08/12/2026, so a tourist cannot read 6 December as 12 June.
"""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from flask_babel import format_date, format_time

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def today_local() -> date:
    """Today's date in Vietnam, which decides whether a certificate has expired."""
    return datetime.now(UTC).astimezone(VIETNAM).date()


def to_local(moment: datetime) -> datetime:
    """A stored UTC time as Vietnam's wall-clock time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(VIETNAM)


def day_start_utc(day: date) -> datetime:
    """The UTC moment Vietnam's `day` begins: the lower bound of a period of local days."""
    return datetime(day.year, day.month, day.day, tzinfo=VIETNAM).astimezone(UTC)


def format_day(value: date | datetime) -> str:
    """A day in the current language: '8 tháng 12, 2026', 'December 8, 2026'."""
    return format_date(value, "long")


def format_clock(moment: datetime) -> str:
    """A time of day in Vietnam: '07:30' in Vietnamese, '7:30 AM' in English."""
    return format_time(moment, "short")


def format_moment(moment: datetime) -> str:
    """A day and a time: '8 tháng 12, 2026 · 07:30'."""
    return f"{format_day(moment)} · {format_clock(moment)}"


def format_weekday(value: date | datetime) -> str:
    """A day with its weekday, for planning a trip: 'Thứ Ba, 8 tháng 12, 2026'."""
    return format_date(value, "full")


def format_departure(moment: datetime) -> str:
    """A departure: 'Thứ Ba, 8 tháng 12, 2026 · 07:30'."""
    return f"{format_weekday(moment)} · {format_clock(moment)}"


def iso_datetime(value: date | datetime) -> str:
    """The machine-readable form for <time datetime>: a day, or a minute in Vietnam's time."""
    if isinstance(value, datetime):
        return to_local(value).isoformat(timespec="minutes")
    return value.isoformat()
