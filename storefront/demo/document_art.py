"""The demo's scanned documents: a certificate or a lab report page, drawn as a PNG with the
document's number, issuer and dates (what a producer photographs and uploads)."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image, ImageDraw

from storefront.demo.drawing import CREAM, GREEN, INK, PINK, draw_lines, font_at, wrap

TITLES = {
    "certificate": "GIẤY CHỨNG NHẬN",
    "lab_report": "PHIẾU KẾT QUẢ THỬ NGHIỆM",
}
KINDS = {
    "vietgap": "Sản phẩm trồng trọt phù hợp VietGAP",
    "growing_area": "Mã số vùng trồng",
    "food_safety": "Cơ sở đủ điều kiện an toàn thực phẩm",
    "lab_report": "Kết quả thử nghiệm mẫu sản phẩm",
    "ocop": "Giấy chứng nhận sản phẩm OCOP",
}
W, H = 900, 1200


def document_png(
    picture: str, kind: str, number: str, issuer: str, holder: str, issued: date, until: date
) -> bytes:
    """A page of the document, as PNG bytes."""
    page = Image.new("RGB", (W, H), CREAM)
    d = ImageDraw.Draw(page)
    accent = PINK if picture == "lab_report" else GREEN
    d.rectangle((30, 30, W - 30, H - 30), outline=accent, width=8)
    y = draw_lines(
        d,
        wrap(issuer.upper(), font_at("Sans-Bold", 26), W - 160),
        font_at("Sans-Bold", 26),
        W / 2,
        90,
        INK,
    )
    y = draw_lines(d, [TITLES[picture]], font_at("Serif-Bold", 50), W / 2, y + 70, accent)
    body = font_at("Sans", 30)
    y = draw_lines(d, wrap(KINDS.get(kind, ""), body, W - 160), body, W / 2, y + 30, INK)
    lines = [
        f"Số: {number}",
        f"Cấp cho: {holder}",
        f"Ngày cấp: {issued:%d/%m/%Y}",
        f"Có giá trị đến: {until:%d/%m/%Y}",
    ]
    draw_lines(d, lines, body, 110, y + 90, INK, anchor="la")
    d.ellipse((W - 330, H - 330, W - 110, H - 110), outline=PINK, width=6)
    draw_lines(d, ["ĐÃ KÝ", "VÀ ĐÓNG DẤU"], font_at("Sans-Bold", 24), W - 220, H - 250, PINK)
    out = io.BytesIO()
    page.save(out, "PNG")
    return out.getvalue()
