"""Text helpers for Vietnamese: accent folding for search, slugs."""

import re
import unicodedata


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
