"""The table of hostile values: what a careless phone keyboard, a copy-paste or an attacker
puts in a field or a query string."""

BEYOND_64_BITS = "99999999999999999999999"

# name: value (the name is what a failure report shows)
FIELD_VALUES = {
    "empty": "",
    "blank": "  \t  ",
    "long": "Đ" * 10_000,
    "nul": "Xoài\x00cát",
    "crlf": "Dòng một\r\nDòng hai",
    "escape": "Xoài\x1b[31m",
    "bidi": "Xoài\u202ecát",
    "script": "<script>alert(1)</script>",
    "sql": "' OR '1'='1'; DROP TABLE \"user\"; --",
    "arabic_digits": "١٢٣",
    "infinite": "1e309",
    "nan": "NaN",
    "minus_one": "-1",
    "beyond_64_bits": BEYOND_64_BITS,
    "hex": "0x1F",
    "emoji": "🥭👨‍👩‍👧",
    "invalid_choice": "không-có-lựa-chọn-này",
}
# Text fields get nearly every value (a price or a weight is typed in a text box too); other
# kinds get those that can reach their parsing: the walk stays within its time.
NOT_FOR_TEXT = {"invalid_choice", "nan"}
VALUES_BY_KIND = {
    "number": ("empty", "blank", "long", "nul", "arabic_digits", "infinite", "nan", "minus_one",
               "beyond_64_bits", "hex", "script"),
    "date": ("empty", "nul", "long", "script", "minus_one", "beyond_64_bits", "infinite"),
    "time": ("empty", "nul", "long", "script", "minus_one", "beyond_64_bits"),
    "hidden": ("empty", "nul", "crlf", "long", "script", "minus_one", "beyond_64_bits"),
    "choice": ("empty", "nul", "long", "script", "minus_one", "beyond_64_bits", "invalid_choice"),
    "file": ("empty", "nul", "long"),
    "password": ("empty", "nul", "long", "crlf", "emoji"),
}  # fmt: skip
# Values that a text field must refuse with its own message (never store them).
REFUSED_IN_TEXT = {"nul", "escape", "bidi"}

# Ids in field names ("stock-<variant id>", "qty-<variant id>").
ID_IN_NAMES = {"beyond_64_bits": BEYOND_64_BITS, "zero": "0", "arabic_digits": "١٢٣"}

QUERY_VALUES = {
    "beyond_64_bits": BEYOND_64_BITS,
    "beyond_32_bits": str(2**31),
    "minus_one": "-1",
    "nul": "1\x00",
    "letters": "<script>",
    "arabic_digits": "١٢٣",
    "long": "9" * 5000,
}
