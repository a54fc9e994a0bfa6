"""VietQR payloads: every field where NAPAS puts it, and a CRC that banking apps accept."""

import re

import pytest

from storefront.payments import vietqr

# Published payloads from other implementations: the CRC must come from outside, not from us.
PUBLISHED = [
    # xuannghia/vietnam-qr-pay README (npm "vietnam-qr-pay"), BIDV-style dynamic transfer
    (
        {"bin": "970416", "account": "257678859", "amount": 1000, "memo": "Chuyen tien"},
        "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA"
        "5303704540410005802VN62150811Chuyen tien6304BBB8",
    ),
    # a VietinBank code quoted as accepted by banking apps (BIN 970415, 120.000 ₫)
    (
        {"bin": "970415", "account": "0011001932418", "amount": 120000, "memo": "ung ho lu lut"},
        "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
        "530370454061200005802VN62170813ung ho lu lut6304C15C",
    ),
]


def test_crc_is_ccitt_false():
    assert vietqr.crc16("123456789") == 0x29B1  # the catalogue check value of CRC-16/CCITT-FALSE


@pytest.mark.parametrize(("fields", "expected"), PUBLISHED)
def test_payload_matches_published_codes(fields, expected):
    assert vietqr.payload(**fields) == expected


def test_parse_checks_a_published_code_in_another_field_order():
    # giautm/emvqr-go's test vector puts 62 before 38; the CRC still covers it all
    code = (
        "00020101021262110807tien le38560010A0000007270126000697041501121133666688880208"
        "QRIBFTTA5303704540460005802VN63046893"
    )
    fields = vietqr.parse(code)
    assert fields["38"]["01"] == {"00": "970415", "01": "113366668888"}
    assert fields["62"] == {"08": "tien le"}


def test_every_field_of_our_payload():
    code = vietqr.payload(bin="970436", account="0011004299999", amount=1_250_000, memo="DT250612")
    assert vietqr.parse(code) == {
        "00": "01",
        "01": "12",
        "38": {
            "00": "A000000727",
            "01": {"00": "970436", "01": "0011004299999"},
            "02": "QRIBFTTA",
        },
        "53": "704",
        "54": "1250000",
        "58": "VN",
        "62": {"08": "DT250612"},
        "63": code[-4:],
    }
    assert code[-8:-4] == "6304"
    assert code[-4:] == f"{vietqr.crc16(code[:-4]):04X}"
    assert re.fullmatch(r"[0-9A-F]{4}", code[-4:])


def test_parse_refuses_a_changed_payload():
    code = vietqr.payload(bin="970436", account="0011004299999", amount=50_000, memo="DT1")
    with pytest.raises(ValueError, match="CRC"):
        vietqr.parse(code.replace("50000", "90000"))
    with pytest.raises(ValueError):
        vietqr.parse(code[:-8])


@pytest.mark.parametrize("amount", [0, -1, -50_000, 10**13, 1.5, True, "1000"])
def test_amount_must_be_whole_and_positive(amount):
    with pytest.raises(ValueError):
        vietqr.payload(bin="970436", account="0011004299999", amount=amount, memo="DT1")


@pytest.mark.parametrize(("bin_", "account"), [("97043", "1"), ("97043X", "1"), ("970436", "")])
def test_bank_and_account_are_checked(bin_, account):
    with pytest.raises(ValueError):
        vietqr.payload(bin=bin_, account=account, amount=1000, memo="DT1")


@pytest.mark.parametrize(
    ("memo", "expected"),
    [
        ("Đơn hàng số 42", "Don hang so 42"),
        ("DT-250612-AB12CD", "DT250612AB12CD"),
        ("  xoài   cát Hòa Lộc! ", "xoai cat Hoa Loc"),
        ("Thanh toán đơn hàng DT-250612-AB12CD", "Thanh toan don hang DT250"),
    ],
)
def test_memo_is_plain_ascii_of_at_most_25_characters(memo, expected):
    assert vietqr.clean_memo(memo) == expected
    code = vietqr.payload(bin="970436", account="0011004299999", amount=1000, memo=memo)
    assert vietqr.parse(code)["62"]["08"] == expected
    assert code.isascii()


def test_memo_without_letters_or_digits_is_refused():
    with pytest.raises(ValueError):
        vietqr.payload(bin="970436", account="0011004299999", amount=1000, memo="—!?")


def test_qr_image_is_an_svg_data_uri_of_about_240_px():
    code = vietqr.payload(bin="970436", account="0011004299999", amount=1000, memo="DT1")
    uri = vietqr.qr_svg_data_uri(code)
    assert uri.startswith("data:image/svg+xml")
    assert "2b2b2b" in uri
    width = int(uri.split("width%3D%27")[1].split("%27")[0])
    assert 180 <= width <= 240
