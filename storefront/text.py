"""Text helpers for Vietnamese: accent folding for search, slugs, one-line text."""

import re
import unicodedata

LINE_BREAKS = re.compile("[\t\n\v\f\r\x85\u2028\u2029]+")
# Characters no text of ours may hold: C0 and C1 controls (NUL, escape codes; tabs and line
# breaks aside), DEL, and the bidirectional embeddings, overrides and isolates that make a
# name display as something else ("\u202e").
UNSAFE_CHARACTERS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]"
)


def fold(text: str) -> str:
    """Lower-case text without diacritics, so 'xoai cat chu' finds 'Xoài cát chu'."""
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def single_line(text: str, max_length: int) -> str:
    """One line of user text: control characters (NUL breaks PostgreSQL) out, spaces collapsed."""
    printable = "".join(c if c.isprintable() else " " for c in text)
    return " ".join(printable.split())[:max_length]


MAX_INTEGER = 2**31 - 1  # the database's integer columns
WHOLE_NUMBER = re.compile(r"-?[0-9]+")


def whole_number(text, limit: int = MAX_INTEGER) -> int | None:
    """An integer typed with ASCII digits (an optional minus), within `limit` either way;
    None for anything else (thousands of digits included, which int() itself refuses)."""
    typed = text.strip() if isinstance(text, str) else ""
    if not WHOLE_NUMBER.fullmatch(typed) or len(typed) > len(str(-limit)):
        return None
    number = int(typed)
    return number if abs(number) <= limit else None
