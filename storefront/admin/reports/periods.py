"""The period and area a report is read for, from the dashboard's query: a preset (this month,
this quarter, this year, last year) or two dates, and the province or one of its communes.
Bad input is answered with a message per field, never a guess."""

from dataclasses import dataclass, field
from datetime import date

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from storefront.admin.reports.base import Scope
from storefront.places import DONG_THAP, is_valid_ward
from storefront.routing import parse_id

PRESETS = {
    "month": _l("This month"),
    "quarter": _l("This quarter"),
    "year": _l("This year"),
    "last_year": _l("Last year"),
}
EARLIEST = date(2000, 1, 1)
MAX_DAYS = 366 * 5  # five years at most in one report


def preset_period(preset: str, today: date) -> tuple[date, date]:
    if preset == "month":
        start = today.replace(day=1)
    elif preset == "quarter":
        start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    elif preset == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    else:
        start = date(today.year, 1, 1)
    return start, today


@dataclass
class Choice:
    """What the dashboard's form asked for, and the messages for what was wrong."""

    preset: str = "year"
    start: date | None = None
    end: date | None = None
    ward_code: int | None = None
    errors: dict[str, str] = field(default_factory=dict)


def _day(text: str, name: str, errors: dict[str, str]) -> date | None:
    if not text:
        return None
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        errors[name] = _("Give a date as YYYY-MM-DD.")
        return None
    if value < EARLIEST:
        errors[name] = _("Give a date from the year 2000 on.")
        return None
    return value


def _ward(text: str, errors: dict[str, str]) -> int | None:
    if not text:
        return None
    code = parse_id(text)
    if code is None or not is_valid_ward(code, DONG_THAP):
        errors["ward"] = _("Choose a commune or ward of Đồng Tháp.")
        return None
    return code


def choose(args, today: date) -> tuple[Choice, Scope]:
    """The scope asked for by `args` (a query's values); with errors, this year's province."""
    choice = Choice(preset=args.get("preset", "") or "")
    errors = choice.errors
    choice.start = _day(args.get("from", ""), "from", errors)
    choice.end = _day(args.get("to", ""), "to", errors)
    choice.ward_code = _ward(args.get("ward", ""), errors)
    if choice.preset and choice.preset not in PRESETS:
        errors["preset"] = _("Choose one of the periods offered.")
    if choice.start or choice.end:
        choice.preset = ""
        start, end = choice.start or EARLIEST, choice.end or today
        if start > end:
            errors["to"] = _("The period must end on or after its first day.")
        elif (end - start).days > MAX_DAYS:
            errors["to"] = _("Choose a period of five years at most.")
    else:
        choice.preset = choice.preset if choice.preset in PRESETS else "year"
        start, end = preset_period(choice.preset, today)
    if errors:
        start, end = preset_period("year", today)
    choice.start, choice.end = start, end
    return choice, Scope(start, end, None if errors else choice.ward_code, today)
