"""VietQR: the NAPAS bank-transfer QR code, an EMVCo payload with the amount and a memo.

A dynamic code carries the order's amount and number, so any Vietnamese banking app fills in
the transfer and the shop can match the money to the order. Field IDs follow the NAPAS
"QR switching" specification (EMVCo merchant-presented QR with the NAPAS GUID under ID 38).
"""

import io
import re
import unicodedata

import segno

NAPAS_GUID = "A000000727"
SERVICE_TO_ACCOUNT = "QRIBFTTA"  # inter-bank fund transfer 24/7 to an account
CURRENCY_VND = "704"  # ISO 4217 numeric
MEMO_MAX = 25
QR_SIZE_PX = 240
PNG_SCALE = 10  # pixels per module: about 500 px, sharp in any gallery
QR_DARK = "#2b2b2b"
NESTED = {"38": {"01"}, "62": set()}  # templates whose value is itself TLV, and their sub-templates


def crc16(data: str) -> int:
    """CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR)."""
    crc = 0xFFFF
    for byte in data.encode("utf-8"):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def clean_memo(text: str) -> str:
    """The memo as banks accept it: ASCII letters, digits and single spaces, at most 25."""
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    kept = re.sub(r"[^A-Za-z0-9 ]+", "", ascii_text)
    return " ".join(kept.split())[:MEMO_MAX].strip()


def payload(*, bin: str, account: str, amount: int, memo: str) -> str:
    """The dynamic VietQR string for a transfer of `amount` đồng to `account` at bank `bin`."""
    if not re.fullmatch(r"\d{6}", bin):
        raise ValueError("The bank BIN must be six digits.")
    if not re.fullmatch(r"[A-Za-z0-9]{1,19}", account):
        raise ValueError("The account number must be 1 to 19 letters or digits.")
    if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount < 10**13:
        raise ValueError("The amount must be a whole, positive number of đồng.")
    purpose = clean_memo(memo)
    if not purpose:
        raise ValueError("The memo must keep at least one letter or digit.")
    beneficiary = _tlv("00", bin) + _tlv("01", account)
    merchant = _tlv("00", NAPAS_GUID) + _tlv("01", beneficiary) + _tlv("02", SERVICE_TO_ACCOUNT)
    body = (
        _tlv("00", "01")
        + _tlv("01", "12")
        + _tlv("38", merchant)
        + _tlv("53", CURRENCY_VND)
        + _tlv("54", str(amount))
        + _tlv("58", "VN")
        + _tlv("62", _tlv("08", purpose))
        + "6304"
    )
    return body + f"{crc16(body):04X}"


# A decoded payload: {id: value}, where a template's value is itself decoded.
Fields = dict[str, "str | Fields"]


def parse(text: str) -> Fields:
    """Decode a VietQR string into {id: value} (templates 38 and 62 nested); check its CRC."""
    if len(text) < 8 or text[-8:-4] != "6304":
        raise ValueError("The payload does not end with a CRC field.")
    expected = f"{crc16(text[:-4]):04X}"
    if text[-4:].upper() != expected:
        raise ValueError(f"CRC mismatch: the payload says {text[-4:]}, its data gives {expected}.")
    flat = _decode(text)
    fields: Fields = dict(flat)
    for tag, inner in NESTED.items():
        if tag in flat:
            template = _decode(flat[tag])
            fields[tag] = {
                sub: dict(_decode(value)) if sub in inner else value
                for sub, value in template.items()
            }
    return fields


def qr_svg_data_uri(text: str) -> str:
    """The QR code of a payload as an SVG data: URI (about 240 px wide) for an <img src>."""
    code = segno.make(text, error="m", micro=False, boost_error=False)
    width, _height = code.symbol_size(scale=1)
    return code.svg_data_uri(scale=max(1, QR_SIZE_PX // width), dark=QR_DARK)


def qr_png(text: str) -> bytes:
    """The QR code of a payload as a PNG to save on a phone and open in a banking app (a
    phone cannot scan its own screen): large modules, the quiet zone scanners need."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False, boost_error=False).save(
        buffer, kind="png", scale=PNG_SCALE, border=4, dark=QR_DARK
    )
    return buffer.getvalue()


def _tlv(tag: str, value: str) -> str:
    if not 0 < len(value) <= 99:
        raise ValueError(f"Field {tag} must hold 1 to 99 characters.")
    return f"{tag}{len(value):02d}{value}"


def _decode(text: str) -> dict[str, str]:
    fields, position = {}, 0
    while position < len(text):
        head = text[position : position + 4]
        if len(head) < 4 or not head.isdigit():
            raise ValueError(f"Malformed field at position {position}.")
        tag, length = head[:2], int(head[2:])
        value = text[position + 4 : position + 4 + length]
        if len(value) != length:
            raise ValueError(f"Field {tag} is shorter than its length {length}.")
        fields[tag] = value
        position += 4 + length
    return fields
