"""URL converters and query-string ids: ids too large for the database are simply not found
(404, not a 500)."""

import re

from werkzeug.routing import IntegerConverter

MAX_ID = 2**31 - 1
ID = re.compile(r"[0-9]{1,10}")


def parse_id(text) -> int | None:
    """A database id typed in a query string or a field name ("12"), or None for anything
    else (letters, "-1", "١٢٣", 23 digits): `request.args.get("plan", type=parse_id)`."""
    if not isinstance(text, str) or not ID.fullmatch(text):
        return None
    number = int(text)
    return number if 1 <= number <= MAX_ID else None


MAX_PAGE = 10_000


def page_number(text) -> int:
    """A list's page from the query string (`?page=`): 1 for anything that is not a page
    number, at most MAX_PAGE: `request.args.get("page", 1, type=page_number)`."""
    number = parse_id(text) or 1
    return min(number, MAX_PAGE)


class BoundedIntConverter(IntegerConverter):
    """`<int:...>` that refuses values no 32-bit id column can hold."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)
