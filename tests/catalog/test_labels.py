"""Lot labels printed for real: each PDF is rendered by poppler and its codes decoded by zbar
(the QR gives the lot's Digital Link, the barcode the GTIN), pages measured in millimetres,
fonts checked embedded, the Vietnamese text read back, and long text kept inside its label."""

from datetime import date, timedelta

import pytest
from stdnum import ean

from storefront.catalog import labels
from storefront.catalog.digital_link import absolute, lot_path
from storefront.extensions import db
from storefront.models_base import utcnow
from tests import factories, lot_factories, pdf_tools

MANGO = "Xoài cát Hòa Lộc"


def gtin13(item: str = "604512345") -> str:
    """A Vietnamese GTIN-13 (prefix 893) with its check digit."""
    body = "893" + item
    return body + ean.calc_check_digit(body)


@pytest.fixture
def mango_lot(database):
    maker = factories.producer(name="HTX Xoài Mỹ Xương")
    product = factories.product(
        producer_=maker, category="fresh-fruit", prices=(120_000,), name_vi=MANGO,
        name_en="Cat Hoa Loc mango", net_weight_g=2000,
        storage_vi="Để nơi khô ráo, thoáng mát; cho vào ngăn mát khi xoài đã chín.",
        storage_en="Keep cool and dry; refrigerate once ripe.",
    )  # fmt: skip
    product.variants[0].gtin = gtin13()
    product.variants[0].label_vi = "Hộp 4 trái"
    return lot_factories.lot(product.variants[0], code="HL-2612-01")


def render(lot, key: str, count: int | None = None) -> bytes:
    return labels.render(lot, key, count or labels.FORMATS[key].per_page, date.today())


@pytest.mark.parametrize("key", list(labels.FORMATS))
def test_the_printed_codes_decode_to_the_lot_url_and_the_gtin(mango_lot, key):
    pdf = render(mango_lot, key)
    found = pdf_tools.codes(pdf_tools.pages(pdf, dpi=300)[0])
    url = absolute(lot_path(mango_lot))
    assert url.startswith("https://cho.example.vn/01/0893604512345")
    assert f"?17={mango_lot.best_before:%y%m%d}" in url
    assert found == {("QRCODE", url), ("EAN13", gtin13())}


@pytest.mark.parametrize(
    ("key", "size", "per_page"),
    [("a4-70x42", (210, 297), 21), ("a4-50x30", (210, 297), 36), ("a6", (105, 148), 1)],
)
def test_pages_are_exact_millimetres_and_hold_a_sheet_of_labels(mango_lot, key, size, per_page):
    pdf = render(mango_lot, key, per_page + 1)
    sizes = pdf_tools.page_sizes_mm(pdf)
    assert len(sizes) == 2
    for width, height in sizes:
        assert width == pytest.approx(size[0], abs=0.01)
        assert height == pytest.approx(size[1], abs=0.01)
    assert pdf_tools.text(pdf, page=1).count("HL-2612-01") == per_page
    assert pdf_tools.text(pdf, page=2).count("HL-2612-01") == 1


def test_the_sheets_follow_the_sticker_grids():
    medium, small = labels.FORMATS["a4-70x42"], labels.FORMATS["a4-50x30"]
    assert medium.origin(0) == pytest.approx((0, 0.45))  # 3 x 7 of 70 x 42.3, gapless
    assert medium.origin(20) == pytest.approx((140, 0.45 + 6 * 42.3))
    assert small.origin(0) == pytest.approx((5, 13.5))  # 4 x 9 of 50 x 30, centred
    assert small.origin(35) == pytest.approx((155, 13.5 + 8 * 30))


@pytest.mark.parametrize("key", list(labels.FORMATS))
def test_fonts_are_embedded_subsets_with_the_vietnamese_text_right(mango_lot, key):
    pdf = render(mango_lot, key, 1)
    fonts = pdf_tools.fonts(pdf)
    assert fonts and all(embedded for _name, embedded in fonts)
    assert all(name.split("+")[0].isupper() and "+" in name for name, _ in fonts)  # subsets
    text = pdf_tools.text(pdf)
    assert MANGO in text
    assert "HTX Xoài Mỹ Xương" in text
    assert "Xã Lai Vung, Đồng Tháp" in text
    assert mango_lot.best_before.strftime("%d/%m/%Y") in text
    assert mango_lot.produced_on.strftime("%d/%m/%Y") in text
    assert "Bảo quản: Để nơi khô ráo" in text
    if key == "a4-50x30":
        assert "HSD" in text and "Thu hoạch" in text and "KL tịnh: 2 kg" in text
    else:
        assert "Hạn sử dụng" in text and "Ngày thu hoạch" in text
        assert "Khối lượng tịnh: 2 kg" in text and "Cat Hoa Loc mango" in text


@pytest.mark.parametrize("key", list(labels.FORMATS))
def test_the_ocop_mark_and_its_stars_only_while_the_certificate_runs(mango_lot, key):
    text = pdf_tools.text(render(mango_lot, key, 1))
    assert "OCOP" in text and "★★★★" in text and "★★★★★" not in text
    mango_lot.product.certificates[0].expires_on = date.today() - timedelta(days=1)
    expired = pdf_tools.text(render(mango_lot, key, 1))
    assert "OCOP" not in expired and "★" not in expired
    assert MANGO in expired


def test_a_variant_without_gtin_gets_no_barcode_and_the_trace_path(mango_lot):
    mango_lot.variant.gtin = None
    db.session.flush()
    pdf = render(mango_lot, "a4-70x42", 1)
    found = pdf_tools.codes(pdf_tools.pages(pdf)[0])
    assert found == {
        ("QRCODE", f"https://cho.example.vn/trace/{mango_lot.product.slug}/HL-2612-01")
    }
    assert "893" not in pdf_tools.text(pdf)  # no digits of a barcode that is not there


def test_a_gtin_14_of_a_unit_prints_as_its_ean_13(mango_lot):
    mango_lot.variant.gtin = "0" + gtin13("000777001")
    db.session.flush()
    found = pdf_tools.codes(pdf_tools.pages(render(mango_lot, "a6", 1))[0])
    assert ("EAN13", gtin13("000777001")) in found
    assert ("QRCODE", absolute(lot_path(mango_lot))) in found


def test_a_gtin_14_of_a_case_gets_no_ean_13(mango_lot):
    mango_lot.variant.gtin = "1" + gtin13("000777002")[:-1]
    mango_lot.variant.gtin += ean.calc_check_digit(mango_lot.variant.gtin)
    found = pdf_tools.codes(pdf_tools.pages(render(mango_lot, "a6", 1))[0])
    assert {kind for kind, _ in found} == {"QRCODE"}


def test_the_net_weight_is_printed_only_when_it_names_this_package(mango_lot):
    product = mango_lot.product
    product.variants.append(
        type(mango_lot.variant)(label_vi="Thùng 10 kg", sku="SKU-BIG", price=500_000)
    )
    db.session.flush()
    text = pdf_tools.text(render(mango_lot, "a6", 1))
    assert "2 kg" not in text  # the product's 2 kg could be either package
    assert "Hộp 4 trái" in text


LONG_NAME = (
    "Xoài cát Hòa Lộc loại đặc biệt tuyển chọn từ vườn cây ba đời bên bờ sông Tiền, "
    "đóng hộp quà tặng cao cấp có kèm túi lưới xốp bảo vệ từng trái, giao tận tay"
)


@pytest.mark.parametrize("key", list(labels.FORMATS))
def test_very_long_text_shrinks_or_wraps_and_never_leaves_its_label(mango_lot, key):
    product = mango_lot.product
    product.name_vi = LONG_NAME[:160]
    product.name_en = "Special selection Cat Hoa Loc mango from a three-generation orchard " * 2
    product.storage_vi = ("Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp; " * 5)[:300]
    product.producer.name = "Hợp tác xã Nông nghiệp Dịch vụ Xoài cát Hòa Lộc Mỹ Xương " * 2
    shape = labels.FORMATS[key]
    pdf = render(mango_lot, key, shape.per_page)
    words = pdf_tools.words(pdf)
    assert len(words) > 20 * shape.per_page
    cells = [shape.origin(i) for i in range(shape.per_page)]
    width, height = shape.label
    for word in words:
        inside = [
            (x, y) for x, y in cells
            if x - 0.01 <= word.x0 and word.x1 <= x + width + 0.01
            and y - 0.01 <= word.y0 and word.y1 <= y + height + 0.01
        ]  # fmt: skip
        assert inside, f"{word} leaves its label"
    text = pdf_tools.text(pdf)
    assert "Xoài cát Hòa Lộc loại đặc biệt" in text  # the name's start is still there
    assert mango_lot.best_before.strftime("%d/%m/%Y") in text  # and the date is not cut
    found = pdf_tools.codes(pdf_tools.pages(pdf)[0])
    assert ("QRCODE", absolute(lot_path(mango_lot))) in found


@pytest.mark.parametrize("name", [MANGO, LONG_NAME])
def test_no_text_runs_into_the_ocop_mark_of_the_a6_label(mango_lot, name):
    mango_lot.product.name_vi = name
    words = pdf_tools.words(render(mango_lot, "a6", 1))
    mark = [w for w in words if w.text in ("OCOP", "★★★★") and w.y0 < 30]
    assert len(mark) == 2
    left, bottom = min(w.x0 for w in mark) - 2, max(w.y1 for w in mark) + 2
    assert all(w.x1 <= left or w.y0 >= bottom for w in words if w not in mark)


@pytest.mark.parametrize(
    ("key", "count", "field"),
    [("a4-70x42", 0, "count"), ("a4-70x42", 501, "count"), ("a4-70x42", None, "count"),
     ("a4-70x42", -3, "count"), ("a3-huge", 10, "format"), ("", 10, "format")],
)  # fmt: skip
def test_bad_counts_and_formats_are_refused(app, mango_lot, key, count, field):
    with pytest.raises(labels.LabelError) as refused:
        labels.render(mango_lot, key, count, date.today())
    assert refused.value.field == field
    with app.test_request_context("/?lang=en"):
        message = str(refused.value)
    assert message in (
        "Print between 1 and 500 labels at a time.",
        "Choose one of the label formats.",
    )


def test_a_recalled_lot_is_not_printed(app, mango_lot):
    mango_lot.recalled_at = utcnow()
    with pytest.raises(labels.LabelError) as refused:
        render(mango_lot, "a6", 1)
    with app.test_request_context("/?lang=en"):
        assert "recalled" in str(refused.value)


def test_five_hundred_labels_in_one_go(mango_lot):
    pdf = render(mango_lot, "a4-50x30", 500)
    assert len(pdf_tools.page_sizes_mm(pdf)) == 14  # 13 sheets of 36 and 32 labels
    assert pdf_tools.text(pdf, page=14).count("HL-2612-01") == 500 - 13 * 36


def test_the_download_name_carries_the_lot_code(mango_lot):
    assert labels.file_name(mango_lot, "a6") == "nhan-lo-HL-2612-01-a6.pdf"
    mango_lot.code = "LÔ/1 2"
    assert labels.file_name(mango_lot, "a6") == "nhan-lo-L--1-2-a6.pdf"
