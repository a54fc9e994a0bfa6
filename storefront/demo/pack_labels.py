"""The labels printed on the demo's packs: the front (brand, ornament, name, size and the
OCOP seal) and the back (the product's details and a barcode-like block)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from storefront.demo.drawing import (
    CREAM,
    INK,
    MANGO,
    PINK,
    draw_lines,
    fit,
    font_at,
    ornament,
    rgba,
    star,
    wrap,
)

BACK_INFO = {"food": ("Thành phần", "Nông sản Đồng Tháp tuyển chọn, không chất bảo quản"),
             "beverages": ("Thành phần", "Nước tinh khiết, nguyên liệu tự nhiên Đồng Tháp"),
             "herbal": ("Thành phần", "Thảo mộc sấy khô tự nhiên, không hương liệu"),
             "textiles": ("Chất liệu", "Sợi tự nhiên, dệt và nhuộm thủ công"),
             "souvenirs": ("Chất liệu", "Nguyên liệu tự nhiên, đan và hoàn thiện thủ công"),
             "tourism": ("Bao gồm", "Hướng dẫn viên, xuồng tham quan, nước uống")}  # fmt: skip


@dataclass
class Info:
    """What a pack says and shows: its texts, its OCOP stars, its motif and its contents."""

    name: str
    brand: str
    variant: str
    stars: int | None
    group: str
    motif: str
    contents: str


def _seal(d, x, y, dia, stars: int):
    """The round OCOP seal with its stars."""
    r = dia / 2
    d.ellipse((x - r, y - r, x + r, y + r), fill="#FFFFFF", outline=PINK, width=int(r * 0.1))
    inner = (x - r * 0.78, y - r * 0.78, x + r * 0.78, y + r * 0.78)
    d.ellipse(inner, outline=rgba(PINK, 120), width=max(1, int(r * 0.03)))
    d.text((x, y - r * 0.14), "OCOP", font=font_at("Sans-Bold", r * 0.42), fill=PINK, anchor="mm")
    n = max(0, min(5, stars))
    for i in range(n):
        dx = (i - (n - 1) / 2) * r * 0.25
        star(d, x + dx, y + r * 0.3 + dx * dx / r * 0.5, r * 0.115, MANGO)


def _pill(d, x, y, text, height, max_w, fill, ink, left=False):
    if not text:
        return
    font, lines = fit(text, "Sans-Bold", max_w - height, height, height * 0.5, 1)
    tw = font.getlength(lines[0]) + height * 0.9
    x0 = x if left else x - tw / 2
    d.rounded_rectangle((x0, y, x0 + tw, y + height), radius=height / 2, fill=fill)
    d.text((x0 + tw / 2, y + height / 2), lines[0], font=font, fill=ink, anchor="mm")


def front_label(d, box, info: Info, pal, on_colour: bool):
    """The front label: brand, ornament, product name, variant pill and OCOP seal."""
    x0, y0, x1, y1 = box
    bw, bh = x1 - x0, y1 - y0
    ink, sub = (CREAM, MANGO) if on_colour else (INK, pal["base"])
    wide, sealed = bw > 1.35 * bh, info.stars is not None
    sd = (min(bh * 0.8, bw * 0.26) if wide else min(bw * 0.34, bh * 0.28)) if sealed else 0
    tx1 = x1 - sd * 1.12 if wide else x1
    cx, tw = (x0 + tx1) / 2, tx1 - x0
    font, lines = fit(info.brand.upper(), "Sans-Bold", tw, bh * 0.13, bh * 0.056 * (1 + wide), 2)
    y = draw_lines(d, lines, font, cx, y0, sub)
    orn = bh * (0.1 if wide else 0.07)
    ornament(d, info.motif, (cx - orn * 2.4, y + orn * 0.25, cx + orn * 2.4, y + orn * 1.1), sub)
    top, row = y + orn * 1.45, bh * (0.17 if wide else 0.1)
    bottom = y1 - (row if wide else max(row, sd)) - bh * 0.03
    font, lines = fit(info.name, "Serif-Bold", tw, bottom - top, bh * (0.22 if wide else 0.15))
    y = (top + bottom - len(lines) * font.size * 1.22) / 2 + font.size * 0.1
    draw_lines(d, lines, font, cx, y, ink)
    pill = (MANGO, INK) if on_colour else (pal["base"], CREAM)
    if wide:
        _pill(d, cx, y1 - row, info.variant, row, tw, *pill)
    elif sd:
        _pill(d, x0, y1 - sd / 2 - row / 2, info.variant, row, bw - sd * 1.1, *pill, left=True)
    else:
        _pill(d, cx, y1 - row, info.variant, row, bw, *pill)
    if sd:
        _seal(d, x1 - sd / 2, (y0 + y1) / 2 if wide else y1 - sd / 2, sd, info.stars)


def back_label(d, box, info: Info, pal, seed: int):
    """The back label: product details, a barcode-like block and the seal."""
    x0, y0, x1, y1 = box
    bw, bh = x1 - x0, y1 - y0
    rng, wide = random.Random(seed), bw > 1.35 * bh
    key, value = BACK_INFO.get(info.group, BACK_INFO["food"])
    lines = [
        f"Sản phẩm: {info.name}",
        f"{key}: {value}",
        f"Quy cách: {info.variant}",
        "Bảo quản: nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp.",
        f"Cơ sở sản xuất: {info.brand}, tỉnh Đồng Tháp.",
    ]
    tw, bar_h = (bw * 0.6, bh * 0.45) if wide else (bw, bh * 0.2)
    heading = "THÔNG TIN VÉ" if info.group == "tourism" else "THÔNG TIN SẢN PHẨM"
    font, title = fit(heading, "Sans-Bold", tw, bh, bh * (0.075 if wide else 0.042), 1)
    y = draw_lines(d, title, font, x0, y0, pal["base"], "la") + bh * 0.01
    d.line((x0, y, x0 + tw, y), fill=rgba(pal["base"], 160), width=max(2, int(bh * 0.006)))
    room, size = (y1 - y) if wide else (y1 - bar_h - y - bh * 0.05), min(bh * 0.07, tw * 0.06)
    while True:
        font = font_at("Sans", size)
        wrapped = [w for line in lines for w in wrap(line, font, tw)]
        if len(wrapped) * font.size * 1.22 <= room or size < 16:
            break
        size *= 0.93
    draw_lines(d, wrapped, font, x0, y + bh * 0.025, INK, "la")
    bx, by = (x1 - bw * 0.36, y0) if wide else (x0, y1 - bar_h)
    bar_w = bw * 0.36 if wide else bw * (0.55 if info.stars is not None else 0.7)
    d.rectangle((bx, by, bx + bar_w, by + bar_h), fill="#FFFFFF")
    x, unit = bx + bar_w * 0.08, bar_w * 0.84 / 95
    while x < bx + bar_w * 0.88:
        k = rng.choice((1, 1, 2, 3))
        d.rectangle((x, by + bar_h * 0.08, x + k * unit, by + bar_h * 0.74), fill=INK)
        x += (k + rng.choice((1, 1, 2, 3))) * unit
    digits = "893" + "".join(str(rng.randrange(10)) for _ in range(10))
    font = font_at("Sans", bar_h * 0.13)
    d.text((bx + bar_w / 2, by + bar_h * 0.87), digits, font=font, fill=INK, anchor="mm")
    if info.stars is not None:
        sd = min(bar_h, bw * 0.3) if not wide else min(bh - bar_h, bw * 0.3) * 0.9
        sx, sy = (bx + bar_w / 2, y1 - sd / 2) if wide else (x1 - sd / 2, by + bar_h / 2)
        _seal(d, sx, sy, sd, info.stars)
