"""GS1 Digital Link paths on our own domain for products, lots and serials.

`/01/{GTIN-14}` opens the product, `/01/{GTIN-14}/10/{lot}` a lot (with `?17=YYMMDD` when it
has a best-before date), `/01/{GTIN-14}/21/{serial}` one item; a product without a GTIN uses
`/trace/{product slug}/{lot}`. Lot codes and serials are percent-encoded as the standard asks.
"""

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qsl, quote, unquote

from biip import ParseError
from biip.gs1_digital_link_uris import GS1DigitalLinkURI
from biip.gs1_element_strings import GS1ElementString
from flask_babel import lazy_gettext as _l
from stdnum import ean
from stdnum.exceptions import ValidationError

from storefront.catalog.lot_models import Lot
from storefront.catalog.models import Variant
from storefront.domain_errors import DomainError
from storefront.links import site_url

EPCIS_SEGMENT = "epcis"
# Primary key and key qualifiers of AI (01): they belong in the path, never in the query.
PATH_AIS = frozenset({"01", "22", "10", "21", "235"})
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,119}")


def is_valid_gtin(value: str) -> bool:
    """A GTIN-8, -12, -13 or -14 whose last digit is the GS1 check digit."""
    if not value.isdigit() or len(value) not in (8, 12, 13, 14):
        return False
    try:
        ean.validate(value)
    except ValidationError:
        return False
    return True


def gtin14(gtin: str) -> str:
    """A GTIN-8/12/13/14 written as the 14 digits Digital Link paths use."""
    return gtin.rjust(14, "0")


def _segment(value: str) -> str:
    return quote(value, safe="")


def lot_path(lot: Lot) -> str:
    """The path a lot's QR code carries."""
    if lot.variant.gtin:
        path = f"/01/{gtin14(lot.variant.gtin)}/10/{_segment(lot.code)}"
        if lot.best_before:
            path += f"?17={lot.best_before:%y%m%d}"
        return path
    return f"/trace/{_segment(lot.product.slug)}/{_segment(lot.code)}"


def serial_path(variant: Variant, serial: str) -> str:
    """The path one serialised item's QR code carries (the variant must have a GTIN)."""
    if not variant.gtin:
        raise ValueError("serials need a GTIN")
    return f"/01/{gtin14(variant.gtin)}/21/{_segment(serial)}"


def absolute(path: str) -> str:
    """The path on SITE_URL: what goes into a printed QR code or an e-mail."""
    return site_url(path)


class DigitalLinkError(DomainError):
    """A path that is not a well-formed GS1 Digital Link (or trace path) of ours."""

    code = "bad_digital_link"
    status = 404


@dataclass(frozen=True)
class LotLink:
    """What a lot's path names: the GTIN-14 (or the product slug on `/trace/`), the lot code,
    the expiry date the code carries (AI 17, if any) and the GS1 link type asked for."""

    lot_code: str
    gtin: str | None = None
    slug: str | None = None
    expiry: date | None = None
    link_type: str | None = None
    epcis: bool = False  # the path ends in /epcis: the lot's EPCIS export


def _refuse(reason: str) -> DigitalLinkError:
    return DigitalLinkError(_l("This code is not a valid product code."), code=reason)


def _raw_segments(raw_path: str) -> list[str]:
    """The path's segments still percent-encoded: an encoded "/" (%2F) stays inside its value."""
    return raw_path.split("?", 1)[0].strip("/").split("/")


def _element(ai: str, value: str) -> GS1ElementString:
    """The value checked by biip against the AI's pattern (character set 82, length)."""
    try:
        return GS1ElementString.parse(ai + value)
    except ParseError as error:
        raise _refuse(f"bad_ai_{ai}") from error


def parse_lot_code(raw: str) -> str:
    """A percent-encoded lot code segment, decoded and checked as GS1 AI (10) requires."""
    try:
        code = unquote(raw, errors="strict")
    except UnicodeDecodeError as error:
        raise _refuse("bad_ai_10") from error
    element = _element("10", code)
    if element.value != code:  # biip reads a prefix of a longer value
        raise _refuse("bad_ai_10")
    return code


def _data_attributes(query: str) -> tuple[date | None, str | None]:
    """AI 17 (expiry, YYMMDD, day 00 = end of month) and `linkType` from the query string.
    Key qualifiers and primary keys belong in the path: one in the query is refused."""
    pairs = parse_qsl(query, keep_blank_values=True)
    expiry = None
    link_type = None
    for key, value in pairs:
        if key in PATH_AIS:
            raise _refuse("qualifier_in_query")
        if key == "17":
            expiry = _element("17", value).date
        elif key == "linkType":
            link_type = value
    return expiry, link_type


def parse_gtin_path(raw_path: str, query: str = "") -> LotLink | str:
    """`/01/{GTIN-14}[/10/{lot}][/epcis]` as the GS1 Digital Link URI syntax says: a GTIN of
    exactly 14 digits with its check digit, the key qualifiers 22, 10, 21 only in that order,
    values of character set 82 within their length, percent-decoded after the split on "/".
    Returns the GTIN-14 alone for `/01/{GTIN}`, a LotLink for a lot; raises DigitalLinkError."""
    segments = _raw_segments(raw_path)
    epcis = len(segments) % 2 == 1 and segments[-1] == EPCIS_SEGMENT
    if epcis:
        segments = segments[:-1]
    if len(segments) < 2 or segments[0] != "01":
        raise _refuse("no_gtin")
    if not (len(segments[1]) == 14 and segments[1].isascii() and segments[1].isdigit()):
        raise _refuse("gtin_not_14_digits")  # gtin-value = 14DIGIT
    try:
        uri = GS1DigitalLinkURI.parse(f"https://digital-link.invalid/{'/'.join(segments)}")
    except (ParseError, UnicodeDecodeError) as error:
        raise _refuse("bad_path") from error
    elements = {element.ai.ai: element for element in uri.element_strings}
    gtin = elements["01"]
    if gtin.gtin is None:  # biip keeps a wrong check digit as gtin_error
        raise _refuse("bad_check_digit")
    if len(segments) == 2:
        if epcis:
            raise _refuse("no_lot")
        return gtin.value
    if set(elements) - {"01", "10"} or "10" not in elements or len(segments) != 4:
        raise _refuse("not_a_lot")  # /22/ and /21/ are not lot paths (serials are elsewhere)
    lot_code = parse_lot_code(segments[3])
    expiry, link_type = _data_attributes(query)
    return LotLink(lot_code, gtin=gtin.value, expiry=expiry, link_type=link_type, epcis=epcis)


def parse_trace_path(raw_path: str, query: str = "") -> LotLink:
    """`/trace/{product slug}/{lot}[/epcis]`: our own path for a product without a GTIN."""
    segments = _raw_segments(raw_path)
    epcis = len(segments) == 4 and segments[-1] == EPCIS_SEGMENT
    if epcis:
        segments = segments[:-1]
    if len(segments) != 3 or segments[0] != "trace":
        raise _refuse("bad_path")
    try:
        slug = unquote(segments[1], errors="strict")
    except UnicodeDecodeError as error:
        raise _refuse("bad_slug") from error
    if not SLUG.fullmatch(slug):
        raise _refuse("bad_slug")
    lot_code = parse_lot_code(segments[2])
    expiry, link_type = _data_attributes(query)
    return LotLink(lot_code, slug=slug, expiry=expiry, link_type=link_type, epcis=epcis)
