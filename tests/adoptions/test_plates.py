"""The A6 plate of an adopted tree, printed for real: poppler renders it, zbar reads its QR
code back (the tree's public page), and its text names the adopter, the tree and the season."""

import pytest

from storefront.adoptions import plates
from storefront.adoptions.adopting import Gift
from storefront.farms.models import MangoVariety
from tests import factories, pdf_tools
from tests.portal.test_adoption_portal import adopted


@pytest.fixture
def farm(database):
    return factories.producer(name="HTX Xoài Mỹ Xương")


def test_the_plate_is_a6_and_its_qr_opens_the_tree_page(app, farm):
    adoption = adopted(app, farm)
    adoption.tree.variety = MangoVariety.CAT_HOA_LOC
    pdf = plates.render(adoption)
    [(width, height)] = pdf_tools.page_sizes_mm(pdf)
    assert (width, height) == (pytest.approx(105, abs=0.01), pytest.approx(148, abs=0.01))
    found = pdf_tools.codes(pdf_tools.pages(pdf, dpi=300)[0])
    assert found == {("QRCODE", f"https://cho.example.vn/mango-trees/{adoption.tree.code}")}
    assert all(embedded for _name, embedded in pdf_tools.fonts(pdf))
    text = pdf_tools.text(pdf)
    plan = adoption.plan
    for expected in (
        adoption.tree.code, "Gia đình An", "Nhận nuôi bởi", "Xoài cát Hòa Lộc", "Mùa xoài 2026",
        f"{plan.starts_on:%d/%m/%Y} – {plan.ends_on:%d/%m/%Y}", "2026 mango season",
        adoption.tree.orchard.name, "Xã Mỹ Thọ, Đồng Tháp", "HTX Xoài Mỹ Xương",
    ):  # fmt: skip
        assert expected in text
    assert "Quà tặng" not in text


def test_a_gift_plate_names_whom_it_is_for(app, farm):
    gift = Gift("Phạm Ngọc Lan", "ngoclan@example.vn", "Chúc mừng cô nghỉ hưu!")
    adoption = adopted(app, farm, gift=gift)
    text = pdf_tools.text(plates.render(adoption))
    assert "Gia đình An" in text  # the name the buyer chose for the plate
    assert "Quà tặng cho · A gift for Phạm Ngọc Lan" in text


def test_long_names_stay_on_the_plate(app, farm):
    gift = Gift("Nguyễn Thị Phương Thảo Ngọc Hân Bảo Châu " * 3, "a@example.vn")
    adoption = adopted(app, farm, gift=gift)
    adoption.plate_name = "Gia đình ông bà Nguyễn Văn Hùng Thị Lụa"  # 40 characters
    adoption.tree.orchard.name = "Vườn xoài cát Hòa Lộc ba đời của gia đình ông Tư Mỹ Xương " * 2
    pdf = plates.render(adoption)
    words = pdf_tools.words(pdf)
    assert words
    for word in words:
        assert word.x0 >= 3.5 and word.x1 <= 101.5 and word.y0 >= 3.5 and word.y1 <= 144.5, word
    assert "Gia đình ông bà" in pdf_tools.text(pdf)
    found = pdf_tools.codes(pdf_tools.pages(pdf)[0])
    assert {kind for kind, _ in found} == {"QRCODE"}


def test_the_download_name_carries_the_tree_code(app, farm):
    adoption = adopted(app, farm)
    assert plates.file_name(adoption) == f"bien-cay-{adoption.tree.code}.pdf"
