"""Procedural product photos, brand emblems and cover banners for the demo data.

Each pack (or prop) is drawn with Pillow primitives at twice its size on its own layer with a
silhouette mask, reduced for antialiasing, and pasted on a soft studio background with a cast
shadow. Fonts come only from the bundled ``fonts`` folder (DejaVu covers every Vietnamese
diacritic). The same arguments always give the same image: every choice uses ``random.Random``.
"""

from __future__ import annotations

import colorsys
import math
import random
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from storefront.catalog.groups import GROUPS_BY_SLUG

FONTS = Path(__file__).with_name("fonts")
PINK, MANGO, GREEN, CREAM, INK = "#D6336C", "#F2B705", "#2B8A3E", "#FBF7F0", "#2B2B2B"
KRAFT, GOLD, BLUSH, PORCELAIN = "#C9A373", "#C99A2E", "#F4A3C0", "#F3EFE6"
LEAVES = ("#2B8A3E", "#3F6B30", "#4E9A3A")
SS = 2  # layers are drawn at twice their size, then reduced: cheap antialiasing

# category: (pack shape, lifestyle prop, label motif, what shows through windows and on plates)
CATEGORIES = {
    "fresh-fruit": ("carton", "plate", "leaves", "mango"),
    "rice-noodles": ("bag", "bowl", "rice", "noodle"),
    "processed-food": ("pouch", "plate", "lotus", "nem"),
    "dried-seafood": ("pouch", "plate", "waves", "fish"),
    "sweets": ("pouch", "plate", "lotus", "candy"),
    "tea-coffee": ("box", "cup", "lotus", "tea"),
    "seasonings": ("jar", "bowl", "leaves", "sauce"),
    "spirits": ("bottle", "glass", "rice", "wine"),
    "soft-drinks": ("bottle", "glass", "waves", "juice"),
    "herbal-teas": ("tin", "cup", "leaves", "tea"),
    "natural-care": ("bottle", "lotus", "leaves", "oil"),
    "fabric-garments": ("scarf", "hat", "waves", "candy"),
    "handicrafts": ("basket", "lotus", "leaves", "candy"),
    "flowers-plants": ("pot", "lotus", "leaves", "candy"),
    "community-tourism": ("ticket", "hat", "waves", "candy"),
    "destinations": ("ticket", "hat", "lotus", "candy"),
}
# words in a product name that say better what the pieces on show are
KEYWORDS = (("xoài", "mango"), ("quýt", "citrus"), ("bưởi", "citrus"), ("cam", "citrus"),
            ("phồng", "chip"), ("nem", "nem"), ("khô", "fish"), ("gạo", "rice"),
            ("bún", "noodle"), ("hủ tiếu", "noodle"))  # fmt: skip
TEXTURES = {"rice": "#F4EFE2", "noodle": "#F6F1E4", "tea": "#5E6B2E", "sauce": "#9C2F14"}
BACK_INFO = {"food": ("Thành phần", "Nông sản Đồng Tháp tuyển chọn, không chất bảo quản"),
             "beverages": ("Thành phần", "Nước tinh khiết, nguyên liệu tự nhiên Đồng Tháp"),
             "herbal": ("Thành phần", "Thảo mộc sấy khô tự nhiên, không hương liệu"),
             "textiles": ("Chất liệu", "Sợi tự nhiên, dệt và nhuộm thủ công"),
             "souvenirs": ("Chất liệu", "Nguyên liệu tự nhiên, đan và hoàn thiện thủ công"),
             "tourism": ("Bao gồm", "Hướng dẫn viên, xuồng tham quan, nước uống")}  # fmt: skip


@dataclass
class _Info:
    name: str
    brand: str
    variant: str
    stars: int | None
    group: str
    motif: str
    contents: str


class _Pen:
    """A layer and its silhouette mask; drawing calls take coordinates as layer fractions."""

    def __init__(self, w: float, h: float, bg=INK, ss: int = SS):
        self.w, self.h = int(w * ss), int(h * ss)
        self.im = Image.new("RGB", (self.w, self.h), bg)
        self.mask = Image.new("L", (self.w, self.h), 0)
        self.d, self.m = ImageDraw.Draw(self.im, "RGBA"), ImageDraw.Draw(self.mask)

    def px(self, *xy) -> list[float]:
        flat = [v for p in xy for v in (p if isinstance(p, tuple | list) else (p,))]
        return [v * (self.h if i % 2 else self.w) for i, v in enumerate(flat)]

    def __getattr__(self, kind: str):
        def draw(xy, *args, fill=None, solid=False, width=None, radius=None, **kw):
            kw |= {"width": max(1, int(width * self.w))} if width else {}
            kw |= {"radius": radius * self.w} if radius else {}
            getattr(self.d, kind)(self.px(*xy), *args, fill=fill, **kw)
            if solid:
                paint = {"fill": 255} if fill is not None else {"outline": 255}
                getattr(self.m, kind)(self.px(*xy), *args, **(kw | paint))

        return draw

    def reduced(self) -> tuple[Image.Image, Image.Image]:
        return self.im.reduce(SS), self.mask.reduce(SS)


class _Solid:
    """An ImageDraw look-alike (pixel coordinates) painting both a pen's layer and its mask."""

    def __init__(self, pen: _Pen):
        self.pen = pen

    def __getattr__(self, kind: str):
        def draw(xy, *args, fill=None, **kw):
            getattr(self.pen.d, kind)(xy, *args, fill=fill, **kw)
            getattr(self.pen.m, kind)(xy, *args, fill=255, **kw)

        return draw


def _rgb(c) -> tuple[int, int, int]:
    return tuple(c[:3]) if isinstance(c, tuple) else tuple(int(c[i : i + 2], 16) for i in (1, 3, 5))


def mix(a, b, t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(_rgb(a), _rgb(b), strict=True))


def rgba(c, alpha: float) -> tuple[int, int, int, int]:
    return (*_rgb(c), int(alpha))


@lru_cache(maxsize=512)
def font_at(face: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"DejaVu{face}.ttf"), max(8, int(size)))


def _wrap(text: str, font, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        if cur and font.getlength(f"{cur} {word}") > width:
            lines, cur = [*lines, cur], word
        else:
            cur = f"{cur} {word}".strip()
    return [*lines, cur] if cur else lines


def fit(text: str, face: str, width: float, height: float, start: float, max_lines: int = 4):
    """The largest font (from start down) whose balanced wrapped lines fit in the box."""
    size = int(start)
    while True:
        font = font_at(face, size)
        lines = _wrap(text, font, width)
        fits = max((font.getlength(x) for x in lines), default=0) <= width
        if size <= 14 or (fits and len(lines) <= max_lines and len(lines) * size * 1.22 <= height):
            for _ in range(12 if len(lines) > 1 else 0):  # balance the lines: no lonely last word
                if len(_wrap(text, font, width * 0.95)) != len(lines):
                    break
                width *= 0.95
            return font, _wrap(text, font, width)
        size = int(size * 0.93)


def _text(d, lines, font, x, y, fill, anchor="ma") -> float:
    for i, line in enumerate(lines):
        d.text((x, y + i * font.size * 1.22), line, font=font, fill=fill, anchor=anchor)
    return y + len(lines) * font.size * 1.22


def petal_shape(x, y, length, width, angle) -> list[tuple[float, float]]:
    """A pointed petal (or leaf, or grain) from its base, angle in degrees clockwise from up."""
    ux, uy = math.sin(math.radians(angle)), -math.cos(math.radians(angle))
    side = [(t / 10, width / 2 * math.sin(math.pi * (t / 10) ** 0.8)) for t in range(11)]
    left = [(x + ux * length * t - uy * s, y + uy * length * t + ux * s) for t, s in side]
    right = [(x + ux * length * t + uy * s, y + uy * length * t - ux * s) for t, s in side]
    return left + right[::-1]


def _star(d, x, y, r, fill):
    radii = [(i * math.pi / 5, r if i % 2 == 0 else r * 0.45) for i in range(10)]
    d.polygon([(x + q * math.sin(a), y - q * math.cos(a)) for a, q in radii], fill=fill)


def lotus(d, x, y, size, petal=BLUSH, inner=PINK):
    for a, s in ((-70, 0.55), (70, 0.55), (-40, 0.8), (40, 0.8)):
        d.polygon(petal_shape(x, y, size * s, size * 0.4 * s, a), fill=petal)
    for a, s in ((-15, 0.92), (15, 0.92), (0, 1.0)):
        d.polygon(petal_shape(x, y, size * s, size * 0.42 * s, a), fill=inner)


def _motif(d, kind: str, box, fill, stem=None):
    """A small ornament in a box: a lotus, waves, rice stalks or a leafy branch."""
    x0, y0, x1, y1 = box
    w, h, cx, cy = x1 - x0, y1 - y0, (x0 + x1) / 2, (y0 + y1) / 2
    line = max(2, int(h * 0.06))
    if kind == "lotus":
        lotus(d, cx, y1, h, fill, fill)
    elif kind == "waves":
        for i in range(3):
            wave = [(t / 40, 0.25 + 0.3 * i + 0.12 * math.sin(t / 3.2 + i)) for t in range(41)]
            wave = [(x0 + w * u, y0 + h * v) for u, v in wave]
            d.line(wave, fill=fill, width=line, joint="curve")
    elif kind == "rice":
        for sgn in (-1, 1):
            curve = [(sgn * 0.46 * t / 12, 0.9 * math.sin(t / 12 * 2.2)) for t in range(13)]
            stalk = [(cx + w * u, y1 - h * v) for u, v in curve]
            d.line(stalk, fill=stem or fill, width=line)
            for px, py in stalk[3::2]:
                d.polygon(petal_shape(px, py, h * 0.35, h * 0.16, sgn * 45), fill=fill)
    else:  # leaves along a branch
        d.line((x0 + w * 0.1, cy, x1 - w * 0.1, cy), fill=stem or fill, width=line)
        for i in range(6):
            leaf = petal_shape(x0 + w * (0.16 + i * 0.13), cy, h * 0.5, h * 0.3, 40 + 100 * (i % 2))
            d.polygon(leaf, fill=fill)


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
        _star(d, x + dx, y + r * 0.3 + dx * dx / r * 0.5, r * 0.115, MANGO)


def _pill(d, x, y, text, height, max_w, fill, ink, left=False):
    if not text:
        return
    font, lines = fit(text, "Sans-Bold", max_w - height, height, height * 0.5, 1)
    tw = font.getlength(lines[0]) + height * 0.9
    x0 = x if left else x - tw / 2
    d.rounded_rectangle((x0, y, x0 + tw, y + height), radius=height / 2, fill=fill)
    d.text((x0 + tw / 2, y + height / 2), lines[0], font=font, fill=ink, anchor="mm")


def _label(d, box, info: _Info, pal, on_colour: bool):
    """The front label: brand, ornament, product name, variant pill and OCOP seal."""
    x0, y0, x1, y1 = box
    bw, bh = x1 - x0, y1 - y0
    ink, sub = (CREAM, MANGO) if on_colour else (INK, pal["base"])
    wide, sealed = bw > 1.35 * bh, info.stars is not None
    sd = (min(bh * 0.8, bw * 0.26) if wide else min(bw * 0.34, bh * 0.28)) if sealed else 0
    tx1 = x1 - sd * 1.12 if wide else x1
    cx, tw = (x0 + tx1) / 2, tx1 - x0
    font, lines = fit(info.brand.upper(), "Sans-Bold", tw, bh * 0.13, bh * 0.056 * (1 + wide), 2)
    y = _text(d, lines, font, cx, y0, sub)
    orn = bh * (0.1 if wide else 0.07)
    _motif(d, info.motif, (cx - orn * 2.4, y + orn * 0.25, cx + orn * 2.4, y + orn * 1.1), sub)
    top, row = y + orn * 1.45, bh * (0.17 if wide else 0.1)
    bottom = y1 - (row if wide else max(row, sd)) - bh * 0.03
    font, lines = fit(info.name, "Serif-Bold", tw, bottom - top, bh * (0.22 if wide else 0.15))
    y = (top + bottom - len(lines) * font.size * 1.22) / 2 + font.size * 0.1
    _text(d, lines, font, cx, y, ink)
    pill = (MANGO, INK) if on_colour else (pal["base"], CREAM)
    if wide:
        _pill(d, cx, y1 - row, info.variant, row, tw, *pill)
    elif sd:
        _pill(d, x0, y1 - sd / 2 - row / 2, info.variant, row, bw - sd * 1.1, *pill, left=True)
    else:
        _pill(d, cx, y1 - row, info.variant, row, bw, *pill)
    if sd:
        _seal(d, x1 - sd / 2, (y0 + y1) / 2 if wide else y1 - sd / 2, sd, info.stars)


def _back(d, box, info: _Info, pal, seed: int):
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
    y = _text(d, title, font, x0, y0, pal["base"], "la") + bh * 0.01
    d.line((x0, y, x0 + tw, y), fill=rgba(pal["base"], 160), width=max(2, int(bh * 0.006)))
    room, size = (y1 - y) if wide else (y1 - bar_h - y - bh * 0.05), min(bh * 0.07, tw * 0.06)
    while True:
        font = font_at("Sans", size)
        wrapped = [w for line in lines for w in _wrap(line, font, tw)]
        if len(wrapped) * font.size * 1.22 <= room or size < 16:
            break
        size *= 0.93
    _text(d, wrapped, font, x0, y + bh * 0.025, INK, "la")
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


def _fruit(d, x, y, r, angle, citrus=False):
    """A mango (kidney shaped, blushing) or a round citrus, with a leaf."""
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    flat, bend = (0.92, 0.02) if citrus else (0.68, 0.22)
    ring = [(math.cos(t / 12 * math.pi), math.sin(t / 12 * math.pi)) for t in range(24)]

    def blob(k, dx=0.0, dy=0.0):
        pts = [(r * (k * u + dx), r * (k * flat * v + dy - bend * (1 - u * u))) for u, v in ring]
        return [(x + u * ca - v * sa, y + u * sa + v * ca) for u, v in pts]

    edge, body = ("#D9480F", "#F08C2E") if citrus else ("#E9A21B", MANGO)
    d.polygon(blob(1.0), fill=edge)
    d.polygon(blob(0.9, -0.05, -0.05), fill=body)
    d.polygon(blob(0.5, -0.4, 0.1), fill=rgba("#E8590C", 80))
    d.polygon(blob(0.22, 0.25, -0.3), fill=rgba("#FFFFFF", 120))
    tip = (x, y - r * 0.85) if citrus else (x + r * 0.9 * ca, y + r * 0.9 * sa - r * 0.15)
    d.polygon(petal_shape(*tip, r * 0.75, r * 0.3, angle + 40), fill=GREEN)


def _pieces(d, box, kind: str, rng: random.Random):
    """Scatter pieces of food (or a texture of grains, noodles, tea leaves) over a box."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if kind in TEXTURES:
        d.rectangle(box, fill=TEXTURES[kind])
    for _ in range({"noodle": 26, "rice": 120, "tea": 120, "sauce": 14}.get(kind, 0)):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        if kind == "noodle":
            pts = [(x + i * w * 0.02, y + h * 0.03 * math.sin(i * 1.3)) for i in range(18)]
            d.line(pts, fill=rgba("#D9CDB0", 200), width=max(2, int(w * 0.008)))
        elif kind == "sauce":
            d.ellipse((x, y, x + w * 0.05, y + w * 0.05), fill=rgba(MANGO, 150))
        else:
            colour = "#FFFFFF" if kind == "rice" else rng.choice(("#3F4A1E", "#7A7F3A", "#4D5A24"))
            d.polygon(petal_shape(x, y, w * 0.04, w * 0.016, rng.uniform(0, 360)), fill=colour)
    count = {"mango": 3, "citrus": 4, "chip": 11, "fish": 5, "nem": 6, "candy": 9}.get(kind, 0)
    for _ in range(count):
        x, y = rng.uniform(x0 + w * 0.18, x1 - w * 0.18), rng.uniform(y0 + h * 0.18, y1 - h * 0.18)
        s = w * 0.1
        if kind in ("mango", "citrus"):
            _fruit(d, x, y, w * 0.2, rng.uniform(-30, 30), kind == "citrus")
        elif kind == "chip":
            s *= rng.uniform(0.9, 1.3)
            colour = rng.choice(("#F3B9A2", "#F7D6BD", "#EFA58C"))
            d.ellipse((x - s, y - s * 0.8, x + s, y + s * 0.8), fill=colour)
            d.ellipse(
                (x - s * 0.5, y - s * 0.4, x + s * 0.4, y + s * 0.3), fill=rgba("#FFFFFF", 70)
            )
        elif kind == "fish":
            colour = rng.choice(("#C98B3C", "#B8772E", "#D9A25A"))
            d.polygon(petal_shape(x - s * 1.5, y, s * 3.2, h * 0.16, 90), fill=colour)
            tail = [(x + s * 1.5, y), (x + s * 2.2, y - h * 0.07), (x + s * 2.2, y + h * 0.07)]
            d.polygon(tail, fill="#9A6224")
            d.ellipse((x - s * 1.1, y - s * 0.15, x - s * 0.9, y + s * 0.05), fill="#5A3A14")
        elif kind == "nem":  # nem Lai Vung: wrapped in leaves, tied with a pink band
            d.rounded_rectangle((x - s, y - s * 0.7, x + s, y + s * 0.7), s * 0.2, fill="#4E8B3A")
            d.rectangle((x - s * 0.2, y - s * 0.7, x + s * 0.2, y + s * 0.7), fill="#E7859A")
        else:  # wrapped candy
            s, colour = s * 0.6, rng.choice((PINK, MANGO, BLUSH, "#7FB77E", CREAM))
            for k in (-s, s):
                wing = [(x + k, y), (x + k * 1.9, y - s * 0.7), (x + k * 1.9, y + s * 0.7)]
                d.polygon(wing, fill=colour)
            d.rounded_rectangle((x - s, y - s * 0.8, x + s, y + s * 0.8), s * 0.4, fill=colour)


def _inset(p: _Pen, box, kind, rng, bg, oval=False):
    """Pieces seen through a window (or in a bowl), clipped to a rounded box or an oval."""
    box = [int(v) for v in p.px(box)]
    size = (box[2] - box[0], box[3] - box[1])
    sub, mask = Image.new("RGB", size, bg), Image.new("L", size, 0)
    _pieces(ImageDraw.Draw(sub, "RGBA"), (0, 0, *size), kind, random.Random(rng.random()))
    if oval:
        ImageDraw.Draw(mask).ellipse((0, 0, *size), fill=255)
    else:
        ImageDraw.Draw(mask).rounded_rectangle((0, 0, *size), radius=size[1] * 0.3, fill=255)
    p.im.paste(sub, box[:2], mask)


def _shade(im: Image.Image, box, strength=1.0):
    """Vertical light and shadow bands that make a flat shape read as a cylinder."""
    box = [int(v) for v in box]
    ts = [(i + 0.5) / 64 for i in range(64)]
    light = [110 * max(0.0, 1 - abs(t - 0.27) / 0.1) for t in ts]
    dark = [150 * min(1, max(t - 0.55, 0) ** 1.5 * 2.4 + max(0.12 - t, 0) * 4) for t in ts]
    for colour, ramp in (("#FFFFFF", light), ("#140A00", dark)):
        band = Image.new("L", (64, 1))
        band.putdata([int(v * strength) for v in ramp])
        im.paste(colour, box, band.resize((box[2] - box[0], box[3] - box[1]), Image.BILINEAR))


def _panel(p: _Pen, box, pal, radius=0.06, fill=CREAM) -> tuple[float, ...]:
    """A cream label panel with a thin inner border; returns the box left for its content."""
    x0, y0, x1, y1 = p.px(box)
    pad, r = min(x1 - x0, y1 - y0) * 0.07, (x1 - x0) * radius
    p.d.rounded_rectangle((x0, y0, x1, y1), radius=r, fill=fill)
    border = (x0 + pad * 0.4, y0 + pad * 0.4, x1 - pad * 0.4, y1 - pad * 0.4)
    outline, width = rgba(pal["base"], 150), max(2, int(pad * 0.08))
    p.d.rounded_rectangle(border, radius=r * 0.8, outline=outline, width=width)
    return (x0 + pad, y0 + pad, x1 - pad, y1 - pad)


# Each shape draws its pack on the pen and returns (label box, label style, cylinder shading).


def _box(p: _Pen, pal, rng, info):
    p.polygon((0, 0.05, 0.15, 0, 1, 0, 0.85, 0.05), fill=pal["light"], solid=True)
    p.polygon((0.85, 0.05, 1, 0, 1, 0.95, 0.85, 1), fill=pal["dark"], solid=True)
    p.rectangle((0, 0.05, 0.85, 1), fill=pal["base"], solid=True)
    ghost, ghost2 = rgba(pal["light"], 90), rgba(pal["light"], 130)
    lotus(p.d, *p.px(rng.uniform(0.3, 0.55), 0.97), p.h * 0.15, ghost, ghost2)
    for i in range(5):
        lotus(p.d, *p.px(0.925, 0.2 + 0.15 * i), p.w * 0.06, ghost, ghost2)
    p.rectangle((0.035, 0.07, 0.815, 0.98), outline=pal["accent"], width=0.01)
    return (0.1, 0.14, 0.75, 0.8), "panel", None


def _tin(p: _Pen, pal, rng, info):
    e, lid = 0.1 * p.w / p.h, 0.12
    p.rectangle((0, e, 1, 1 - e), fill=pal["base"], solid=True)
    p.ellipse((0, 1 - 2 * e, 1, 1), fill=pal["base"], solid=True)
    _motif(p.d, "waves", p.px(0, 0.83, 1, 0.95), rgba(pal["light"], 120))
    p.ellipse((0, lid, 1, lid + 2 * e), fill=pal["dark"], solid=True)
    p.rectangle((0, e, 1, lid + e), fill=pal["dark"], solid=True)
    p.ellipse((0, 0, 1, 2 * e), fill=pal["light"], solid=True)
    p.ellipse((0.06, e * 0.15, 0.94, e * 1.85), outline=pal["accent"], width=0.012)
    return (0.08, 0.25, 0.92, 0.8), "band", (0, e, 1, 1)


def _pouch(p: _Pen, pal, rng, info, crimped=False):
    if crimped:  # a pillow bag with crimped seals
        top = [(0.03 + 0.94 * i / 16, 0.02 * (i % 2)) for i in range(17)]
        side = [(1 - 0.03 * (1 - math.sin(math.pi * t / 10)), t / 10) for t in range(1, 10)]
        bottom, back = [(x, 1 - y) for x, y in top[::-1]], [(1 - x, y) for x, y in side[::-1]]
        p.polygon(top + side + bottom + back, fill=pal["base"], solid=True)
        for y in (0.015, 0.93):
            p.rectangle((0, y, 1, y + 0.055), fill=rgba(pal["accent"], 150))
        window = (0.16, 0.6, 0.84, 0.86)
    else:  # a stand-up pouch with a zip, tear notches and a gusset
        p.rounded_rectangle((0, 0, 1, 1), fill=pal["base"], solid=True, radius=0.05)
        p.rectangle((0, 0, 1, 0.05), fill=rgba(pal["light"], 50))
        p.line((0.04, 0.09, 0.96, 0.09), fill=rgba(pal["dark"], 160), width=0.012)
        for x, k in ((0, 1), (1, -1)):
            p.m.polygon(p.px(x, 0.06, x + 0.025 * k, 0.07, x, 0.08), fill=0)
        p.ellipse((-0.2, 0.93, 1.2, 1.1), fill=rgba(pal["dark"], 70))
        window = (0.2, 0.62, 0.8, 0.86)
    _motif(p.d, info.motif, p.px(0.05, 0.87, 0.95, 0.98), rgba(pal["light"], 90))
    phase = rng.uniform(0, 6)
    wave = [(i / 30, 0.59 + 0.012 * math.sin(i / 5 + phase)) for i in range(31)]
    p.polygon(wave + [(x, y + 0.016) for x, y in wave[::-1]], fill=rgba(pal["accent"], 210))
    _inset(p, window, info.contents, rng, mix(CREAM, pal["base"], 0.08))
    p.rounded_rectangle(window, outline=rgba(CREAM, 200), width=0.012, radius=0.08)
    x0, y0, _, y1 = window
    p.polygon(
        (x0 + 0.06, y1, x0 + 0.18, y0, x0 + 0.24, y0, x0 + 0.12, y1), fill=rgba("#FFFFFF", 60)
    )
    style = "colour" if rng.random() < 0.6 else "panel"
    return (0.1, 0.12, 0.9, 0.575), style, (0, 0, 1, 1, 0.45)


def _bottle(p: _Pen, pal, rng, info):
    oil = info.contents == "oil"
    glass = "#6B3B12" if oil else mix(pal["light"], "#FFFFFF", 0.45)
    neck, shoulder = (0.36, 0.2) if oil else (0.3, 0.34)
    p.rectangle((0.5 - neck / 2, 0.06, 0.5 + neck / 2, shoulder + 0.1), fill=glass, solid=True)
    p.rounded_rectangle((0, shoulder, 1, 0.8), fill=glass, solid=True, radius=0.3 if oil else 0.4)
    p.rounded_rectangle((0, 0.5, 1, 1), fill=glass, solid=True, radius=0.1)
    if not oil:
        liquid = rgba(_liquid(info, pal), 170)
        p.rounded_rectangle((0.05, 0.44, 0.95, 0.985), fill=liquid, radius=0.08)
    cap = (0.5 - neck * 0.62, 0, 0.5 + neck * 0.62, 0.12)
    p.rounded_rectangle(cap, fill=INK if oil else GOLD, solid=True, radius=0.04)
    p.rectangle((0.12, shoulder + 0.08, 0.2, 0.95), fill=rgba("#FFFFFF", 90))
    return (0.04, 0.5, 0.96, 0.92), "band", (0, shoulder, 1, 1)


def _liquid(info: _Info, pal):
    if "xoài" in info.name.lower():
        return MANGO
    return "#EFE6CC" if info.contents == "wine" else mix(pal["base"], "#E9C46A", 0.55)


def _jar(p: _Pen, pal, rng, info):
    p.rounded_rectangle((0, 0.12, 1, 1), fill="#8E2F17", solid=True, radius=0.12)
    p.rounded_rectangle((0.04, 0, 0.96, 0.16), fill=pal["base"], solid=True, radius=0.04)
    for x in (0.04 + 0.92 * i / 12 for i in range(1, 12)):
        p.line((x, 0.01, x, 0.15), fill=rgba(pal["dark"], 120), width=0.006)
    return (0.06, 0.3, 0.94, 0.9), "panel", (0, 0, 1, 1)


def _carton(p: _Pen, pal, rng, info):
    top, solid = 0.36, _Solid(p)
    rim = (0.05, top * 0.55, 0.95, top * 0.55, 1, top, 0, top)
    p.polygon(rim, fill=mix(KRAFT, INK, 0.35), solid=True)
    for i in range(5):
        x, angle = 0.14 + 0.18 * i + rng.uniform(-0.02, 0.02), rng.uniform(-20, 20)
        _fruit(solid, *p.px(x, top * 0.72), p.w * 0.12, angle, info.contents == "citrus")
    p.rectangle((0, top, 1, 1), fill=KRAFT, solid=True)
    p.rectangle((0, 0.86, 1, 1), fill=pal["base"])
    _motif(p.d, "leaves", p.px(0.02, 0.87, 0.4, 0.99), rgba(CREAM, 150))
    handle = (0.44, top + 0.04, 0.56, top + 0.09)
    p.rounded_rectangle(handle, fill=mix(KRAFT, INK, 0.5), radius=0.03)
    return (0.12, top + 0.12, 0.88, 0.82), "panel", None


def _scarf(p: _Pen, pal, rng, info):
    fold = 0.6
    for i in range(4):
        y, colour = fold + 0.1 * i, pal["dark"] if i % 2 else pal["base"]
        layer = (0.01 * i, y - 0.02, 1 - 0.01 * i, y + 0.1)
        p.rounded_rectangle(layer, fill=colour, solid=True, radius=0.05)
    p.polygon((0.05, 0, 0.95, 0, 1, fold, 0, fold), fill=CREAM, solid=True)
    for i in range(12):  # the checks of a khăn rằn
        p.rectangle((i / 11, 0, i / 11 + 0.045, fold), fill=rgba(pal["base"], 140))
        p.rectangle((0, fold * i / 11, 1, fold * (i + 0.5) / 11), fill=rgba(pal["base"], 140))
    p.rectangle((0.31, 0, 0.69, 1), fill=mix(KRAFT, CREAM, 0.4))
    return (0.34, 0.05, 0.66, 0.95), "plain", None


def _basket(p: _Pen, pal, rng, info):
    p.polygon((0, 0.1, 1, 0.1, 0.92, 1, 0.08, 1), fill=mix(KRAFT, pal["dark"], 0.5), solid=True)
    for r in range(13):
        y = 0.1 + 0.9 * r / 13
        for i in range(-1, 12):
            x, colour = (i + 0.5 * (r % 2)) / 11, mix(KRAFT, pal["dark"], 0.1 + (i + r) % 2 / 4)
            cell = (x + 0.006, y + 0.006, x + 1 / 11 - 0.006, y + 0.9 / 13 - 0.006)
            p.rounded_rectangle(cell, fill=colour, radius=0.02)
    p.rounded_rectangle((0, 0, 1, 0.14), fill=pal["dark"], solid=True, radius=0.05)
    for i in range(40):
        p.line((i / 40, 0.02, (i + 1) / 40, 0.12), fill=rgba(KRAFT, 140), width=0.006)
    p.line((0.5, 0.14, 0.5, 0.3), fill=INK, width=0.006)
    return (0.24, 0.28, 0.76, 0.92), "panel", None


def _pot(p: _Pen, pal, rng, info):
    top, solid = 0.5, _Solid(p)
    for i in range(11):
        angle, length = -70 + 14 * i + rng.uniform(-8, 8), p.h * rng.uniform(0.3, 0.46)
        solid.polygon(
            petal_shape(*p.px(0.5, top), length, p.w * 0.14, angle), fill=rng.choice(LEAVES)
        )
    for _ in range(6):
        a, length = math.radians(rng.uniform(-55, 55)), p.h * rng.uniform(0.28, 0.42)
        x, y = p.w / 2 + math.sin(a) * length, p.h * top - math.cos(a) * length
        colour, r = rng.choice((MANGO, PINK, "#F08C2E", BLUSH)), p.w * 0.085
        for k in range(8):
            px, py = x + r * 0.6 * math.cos(k * 0.785), y + r * 0.6 * math.sin(k * 0.785)
            solid.ellipse((px - r * 0.5, py - r * 0.5, px + r * 0.5, py + r * 0.5), fill=colour)
        heart = (x - r * 0.35, y - r * 0.35, x + r * 0.35, y + r * 0.35)
        p.d.ellipse(heart, fill=mix(colour, "#7A3B00", 0.4))
    p.rounded_rectangle((0.08, top, 0.92, top + 0.08), fill=pal["dark"], solid=True, radius=0.02)
    p.polygon((0.12, top + 0.07, 0.88, top + 0.07, 0.78, 1, 0.22, 1), fill=pal["base"], solid=True)
    return (0.16, top + 0.12, 0.84, 0.94), "panel", (0.08, top, 0.92, 1)


def _ticket(p: _Pen, pal, rng, info):
    stub, m = 0.75, int(p.h * 0.04)
    p.rounded_rectangle((0, 0, 1, 1), fill=CREAM, solid=True, radius=0.025)
    scene = _Pen(p.w * stub - 2 * m, p.h * 0.47, ss=1)
    _landscape(scene, rng, info.name)
    p.im.paste(scene.im, (m, m))
    for i in range(15):
        p.line((stub, 0.04 + i * 0.064, stub, 0.07 + i * 0.064), fill=rgba(INK, 120), width=0.004)
    for y in (0, 1):
        p.m.ellipse(p.px(stub - 0.03, y - 0.045, stub + 0.03, y + 0.045), fill=0)
    p.rectangle((stub + 0.03, 0, 1, 1), fill=rgba(pal["base"], 235))
    cx, h = p.w * (stub + 1.03) / 2, p.h
    p.d.text((cx, h * 0.2), "VÉ", font=font_at("Serif-Bold", h * 0.14), fill=CREAM, anchor="mm")
    lotus(p.d, cx, h * 0.64, h * 0.26)
    number = f"№ {rng.randrange(10000, 99999)}"
    p.d.text((cx, h * 0.82), number, font=font_at("Sans", h * 0.05), fill=CREAM, anchor="mm")
    return (0.05, 0.55, stub - 0.04, 0.95), "plain", None


# shape: (drawing function, width / height)
SHAPES = {"box": (_box, 0.62), "tin": (_tin, 0.6), "pouch": (_pouch, 0.74),
          "bag": (lambda *a: _pouch(*a, crimped=True), 0.7), "bottle": (_bottle, 0.38),
          "jar": (_jar, 0.8), "carton": (_carton, 1.25), "scarf": (_scarf, 1.15),
          "basket": (_basket, 1.05), "pot": (_pot, 0.72), "ticket": (_ticket, 1.55)}  # fmt: skip


def _pack(shape: str, w: float, h: float, info: _Info, pal, seed: int, face: str):
    p = _Pen(w, h, pal["dark"])
    box, style, shade = SHAPES[shape][0](p, pal, random.Random(seed), info)
    if style in ("panel", "band") or (face == "back" and style == "colour"):
        box = _panel(p, box, pal, 0.06 if style == "panel" else 0.02)
    else:
        box = p.px(box)
    if face == "back":
        _back(p.d, box, info, pal, seed)
    else:
        _label(p.d, box, info, pal, style == "colour")
    if shade:
        _shade(p.im, p.px(shade[:4]), *shade[4:])
    return p.reduced()


def palm(d, x, y, h, colour="#2F5E3A"):
    top = (x + h * 0.12, y - h)
    trunk = [(x, y), (x + h * 0.03, y - h * 0.5), top]
    d.line(trunk, fill=colour, width=max(2, int(h * 0.04)), joint="curve")
    for a in range(-130, 140, 32):
        d.polygon(petal_shape(*top, h * 0.42, h * 0.11, a + 8 * math.sin(a)), fill=colour)


def _landscape(p: _Pen, rng: random.Random, name: str = "", tint=GREEN):
    """A Mekong delta view: a river with a boat, a lotus pond, rice fields or an orchard."""
    hints = {"sen": "lotus", "vườn": "orchard", "xoài": "orchard", "tràm": "fields"}
    scene = next((hints[w] for w in name.lower().split() if w in hints), None)
    scene = scene or rng.choice(("river", "lotus", "fields", "orchard"))
    sky, glow = rng.choice((("#8EC5E8", "#FDE8C8"), ("#F4A989", "#FCE6C4"), ("#A9D6E5", "#F3F6E4")))
    hz, h, d = rng.uniform(0.5, 0.6), p.h, p.d
    for i in range(96):
        p.rectangle((0, hz * i / 96, 1, hz * (i + 1) / 96 + 0.01), fill=mix(sky, glow, i / 95))
    sx, sy, r = p.w * rng.uniform(0.55, 0.85), h * hz * 0.45, h * 0.09
    for k in (2.6, 2.0, 1.5):
        d.ellipse((sx - r * k, sy - r * k, sx + r * k, sy + r * k), fill=rgba("#FFF4D6", 45))
    d.ellipse((sx - r, sy - r, sx + r, sy + r), fill="#FFE08A")
    phase = rng.uniform(0, 6)
    ridge = [(i / 80, hz - 0.035 - 0.03 * abs(math.sin(i * 0.23 + phase))) for i in range(81)]
    p.polygon([*ridge, (1, hz + 0.01), (0, hz + 0.01)], fill="#5E8C6A")
    water = scene in ("river", "lotus")
    p.rectangle((0, hz, 1, 1), fill="#7FB7C9" if water else mix("#8DBA5A", tint, 0.15))
    for i in range(-12, 13) if scene == "fields" else ():
        p.line((0.5 + i * 0.01, hz, 0.5 + i * 0.2, 1), fill=rgba("#5E9440", 150), width=0.004)
    for i in range(14 if water else 0):
        x, y = rng.random(), hz + (1 - hz) * (i / 14) ** 1.4 + 0.01
        p.line((x, y, x + 0.04 + 0.08 * i / 14, y), fill=rgba("#FFFFFF", 120), width=0.002)
    for _ in range(16 if scene == "lotus" else 0):
        x, y = rng.uniform(0, p.w), h * rng.uniform(hz + 0.05, 1)
        s = h * 0.04 + (y - h * hz) * 0.12
        d.ellipse((x - s * 1.4, y - s * 0.4, x + s * 1.4, y + s * 0.4), fill=rng.choice(LEAVES))
        if rng.random() < 0.5:
            lotus(d, x, y - s * 0.2, s * 1.1)
    for row in range(4 if scene == "orchard" else 0):
        y, s = h * (hz + (1 - hz) * (0.12 + row * 0.3)), h * (0.05 + row * 0.05)
        for i in range(int(p.w / (s * 2.6)) + 1):
            x = i * s * 2.6 + (row % 2) * s * 1.3 + rng.uniform(-s * 0.2, s * 0.2)
            d.rectangle((x - s * 0.08, y - s * 0.3, x + s * 0.08, y + s * 0.5), fill="#6B4A2B")
            d.ellipse((x - s, y - s * 1.6, x + s, y + s * 0.1), fill=rng.choice(LEAVES))
            for _ in range(3):
                fx, fy = x + rng.uniform(-s * 0.6, s * 0.6), y - rng.uniform(s * 0.2, s * 1.2)
                d.ellipse((fx - s * 0.1, fy - s * 0.13, fx + s * 0.1, fy + s * 0.13), fill=MANGO)
    if scene == "river":  # a sampan with a rower in a conical hat
        x, y, s = p.w * rng.uniform(0.25, 0.55), h * (hz + (1 - hz) * 0.45), h * 0.3
        hull = [(x - s / 2, y), (x + s / 2, y), (x + s * 0.38, y + s * 0.1)]
        d.polygon([*hull, (x - s * 0.38, y + s * 0.1)], fill="#4A3322")
        oar = (x + s * 0.1, y, x + s * 0.25, y - s * 0.3)
        d.line(oar, fill="#4A3322", width=max(2, int(s * 0.02)))
        d.rectangle((x - s * 0.05, y - s * 0.16, x + s * 0.05, y), fill=PINK)
        hat = [(x, y - s * 0.3), (x - s * 0.12, y - s * 0.16), (x + s * 0.12, y - s * 0.16)]
        d.polygon(hat, fill="#E8D3A2")
    for _ in range(5 if scene in ("fields", "lotus") else 0):  # storks
        x, y, s = p.w * rng.uniform(0.1, 0.9), h * hz * rng.uniform(0.12, 0.4), h * 0.025
        wings = [(x - s, y - s * 0.5), (x, y), (x + s, y - s * 0.5)]
        d.line(wings, fill="#FFFFFF", width=max(2, int(s * 0.25)), joint="curve")
    for x in (rng.uniform(0.02, 0.12), rng.uniform(0.85, 0.97)) if scene != "orchard" else ():
        palm(d, p.w * x, h * (hz + 0.03), h * rng.uniform(0.3, 0.45))


def _prop(kind: str, w: int, info: _Info, pal, rng: random.Random):
    """A lifestyle prop: the product served on a plate, in a bowl, cup or glass, a hat, a lotus."""
    p = _Pen(w, w * {"glass": 1.3, "hat": 0.62, "lotus": 0.7}.get(kind, 0.6), PORCELAIN)
    if kind == "plate":
        p.ellipse((0, 0.25, 1, 1), fill=PORCELAIN, solid=True)
        p.ellipse((0.1, 0.35, 0.9, 0.9), fill="#E6E0D3")
        if info.contents in TEXTURES:
            _inset(p, (0.12, 0.37, 0.88, 0.88), info.contents, rng, "#E6E0D3", oval=True)
        else:
            _pieces(_Solid(p), p.px(0.12, 0.1, 0.88, 0.85), info.contents, rng)
    elif kind in ("bowl", "cup"):
        cup = kind == "cup"
        x0, x1, rim, depth = (0.2, 0.8, 0.2, 0.68) if cup else (0, 1, 0.34, 0.8)
        if cup:
            p.ellipse((0, 0.62, 1, 1), fill=PORCELAIN, solid=True)
            p.ellipse((0.72, 0.18, 0.95, 0.55), outline=PORCELAIN, width=0.035, solid=True)
        p.pieslice((x0, rim / 2 - depth, x1, rim / 2 + depth), 0, 180, fill="#F7F4EE", solid=True)
        p.rectangle((x0, 0.42, x1, 0.47), fill=rgba(pal["base"], 200))
        p.ellipse((x0, 0, x1, rim), fill="#FBF9F4", solid=True)
        inner = (x0 + 0.03, rim * 0.12, x1 - 0.03, rim * 0.88)
        contents = "tea" if cup else info.contents
        _inset(p, inner, contents, rng, "#B8862F" if cup else "#EFE7D6", oval=True)
        if cup:
            p.ellipse(inner, fill=rgba("#A8741C", 215))
        for dx in (0, 0.05) if not cup else ():  # chopsticks
            p.line((0.5 + dx, 0.12, 1, -0.08 + dx), fill="#8A5A2B", width=0.02, solid=True)
    elif kind == "glass":
        liquid = _liquid(info, pal)
        p.polygon((0.04, 0.03, 0.96, 0.03, 0.86, 1, 0.14, 1), fill="#E3EBEE", solid=True)
        p.ellipse((0.04, 0, 0.96, 0.06), fill="#F4F8F9", outline="#C9D6DB", width=0.012, solid=True)
        p.polygon((0.08, 0.3, 0.92, 0.3, 0.845, 0.97, 0.155, 0.97), fill=liquid)
        p.ellipse((0.08, 0.27, 0.92, 0.33), fill=mix(liquid, "#FFFFFF", 0.35))
        for i in range(3):  # ice
            x, y = 0.2 + 0.22 * i, 0.33 + 0.07 * (i % 2)
            p.rounded_rectangle((x, y, x + 0.2, y + 0.14), fill=rgba("#FFFFFF", 110), radius=0.04)
        p.polygon((0.16, 0.06, 0.24, 0.06, 0.26, 0.94, 0.2, 0.94), fill=rgba("#FFFFFF", 120))
    elif kind == "hat":  # a nón lá
        p.polygon((0.5, 0, 0.03, 0.8, 0.97, 0.8), fill="#E8D3A2", solid=True)
        p.ellipse((0, 0.66, 1, 1), fill="#D9C08A", solid=True)
        for t in (i / 9 for i in range(1, 9)):
            ring = (0.5 - 0.47 * t, 0.8 * t, 0.5 + 0.47 * t, 0.8 * t)
            p.line(ring, fill=rgba("#A8844A", 120), width=0.006)
        p.line((0.2, 0.86, 0.5, 0.98, 0.8, 0.86), fill=pal["base"], width=0.02)
    else:  # a lotus flower on its leaf
        p.ellipse((0, 0.35, 1, 1), fill="#3F8F3A", solid=True)
        for a in (math.radians(a) for a in range(0, 360, 30)):
            vein = (0.5, 0.675, 0.5 + 0.47 * math.cos(a), 0.675 + 0.31 * math.sin(a))
            p.line(vein, fill=rgba("#A3D07A", 120), width=0.008)
        lotus(_Solid(p), *p.px(0.5, 0.7), p.h * 0.62)
        p.ellipse((0.46, 0.46, 0.54, 0.52), fill=MANGO)
    return p.reduced()


def _background(size: int, pal, rng: random.Random, layers, table: bool) -> Image.Image:
    """A soft studio sweep (or a wooden table), with the layers' cast and contact shadows."""
    n = size // 6
    wall = mix(CREAM, pal["tint"], rng.uniform(0.1, 0.2))
    floor = mix("#B98A5E", pal["tint"], 0.12) if table else mix(wall, "#7A6A55", 0.16)
    hz, im = n * (0.6 if table else 0.7), Image.new("RGB", (n, n))
    d = ImageDraw.Draw(im, "RGBA")
    for y in range(n):
        if y < hz:
            d.line((0, y, n, y), fill=mix(mix(wall, "#FFFFFF", 0.4), wall, y / hz))
        else:
            d.line((0, y, n, y), fill=mix(floor, mix(floor, INK, 0.2), (y - hz) / (n - hz)))
    for _ in range(rng.choice((0, 0, 4, 6))):  # leaf shadows on the wall
        leaf = petal_shape(rng.uniform(0, n * 0.3), 0, n * 0.5, n * 0.1, rng.uniform(110, 160))
        d.polygon(leaf, fill=(40, 40, 10, 16))
    im = im.filter(ImageFilter.GaussianBlur(n * 0.012))
    k, cast, contact = n / size, Image.new("L", (n, n), 0), Image.new("L", (n, n), 0)
    for _, mask, x, y in layers:
        small = mask.resize((max(1, int(mask.width * k)), max(1, int(mask.height * k))))
        cast.paste(110, (int(x * k + n * 0.035), int(y * k - n * 0.01)), small)
        x0, _, x1, y1 = mask.getbbox() or (0, 0, *mask.size)
        foot = ((x + x0) * k, (y + y1) * k - n * 0.012, (x + x1) * k, (y + y1) * k + n * 0.008)
        ImageDraw.Draw(contact).ellipse(foot, fill=170)
    im.paste(mix(floor, INK, 0.6), (0, 0), cast.filter(ImageFilter.GaussianBlur(n * 0.025)))
    im.paste(mix(floor, INK, 0.7), (0, 0), contact.filter(ImageFilter.GaussianBlur(n * 0.008)))
    vignette = Image.radial_gradient("L").resize((n, n)).point(lambda v: max(0, v - 140))
    im.paste(mix(wall, INK, 0.5), (0, 0), vignette)
    out = im.resize((size, size), Image.BICUBIC)
    for i in range(1, 6 if table else 0):  # seams between the table's planks
        y = int(size * (0.6 + 0.4 * (i / 6) ** 0.8))
        ImageDraw.Draw(out, "RGBA").line((0, y, size, y), fill=(60, 35, 15, 30), width=size // 500)
    return out


def _palette(colour: str, rng: random.Random) -> dict:
    """The pack colours: the group colour nudged in hue and lightness, shades and an accent."""
    hue, light, sat = colorsys.rgb_to_hls(*(v / 255 for v in _rgb(colour)))
    hue, light = hue + rng.uniform(-0.04, 0.04), min(0.6, light * rng.uniform(0.8, 1.2))
    base = tuple(round(v * 255) for v in colorsys.hls_to_rgb(hue % 1, light, sat))
    return {
        "base": base,
        "dark": mix(base, "#000000", 0.3),
        "light": mix(base, "#FFFFFF", 0.35),
        "tint": _rgb(rng.choice((base, base, PINK, MANGO, GREEN))),
        "accent": rng.choice((MANGO, GOLD, CREAM, BLUSH, "#7FB77E")),
    }


def render_packaging(
    *,
    product_name: str,
    brand: str,
    group: str,
    category: str,
    variant_label: str,
    stars: int | None,
    view: int,
    seed: int,
    size: int = 1200,
) -> Image.Image:
    """Render a square RGB product photo: view 0 front, 1 angled front and back, 2 lifestyle."""
    rng = random.Random(seed)
    pal = _palette(GROUPS_BY_SLUG[group].colour if group in GROUPS_BY_SLUG else KRAFT, rng)
    shape, prop, motif, contents = CATEGORIES.get(category, ("box", "cup", "lotus", "tea"))
    name, brand, variant_label = (
        unicodedata.normalize("NFC", s).strip() for s in (product_name, brand, variant_label)
    )
    if contents in ("mango", "nem", "fish", "candy", "noodle"):
        contents = next((c for k, c in KEYWORDS if k in f" {name.lower()} "), contents)
    info = _Info(name, brand, variant_label, stars, group, motif, contents)
    aspect, pose, crng = SHAPES[shape][1], view % 3, random.Random(seed * 7919 + view)
    if aspect > 1.4:  # view 1: the front leaning behind the back, then side by side
        scale, cx, bottom, cx2 = 0.56, 0.45, 0.56, 0.55
    else:
        scale, cx, bottom, cx2 = (0.48, 0.36, 0.7, 0.64) if aspect > 1 else (0.6, 0.37, 0.8, 0.63)
    places = [
        [("front", 0.7, 0.5 + crng.uniform(-0.02, 0.02), 0.88)],
        [("front", scale, cx, bottom), ("back", scale * 1.04, cx2, 0.93)],
        [("front", 0.5, 0.4, 0.7) if aspect > 1 else ("front", 0.56, 0.35, 0.7)],
    ][pose]
    layers = []
    for face, scale, cx, bottom in places:
        s = size * scale
        w, h = (s * aspect, s) if aspect <= 1 else (s * 1.1, s * 1.1 / aspect)
        im, mask = _pack(shape, w, h, info, pal, seed, face)
        if pose == 1 and face == "front":
            angle = crng.uniform(3, 7) * (1 if aspect > 1 else -1)
            im = im.rotate(angle, Image.BILINEAR, expand=True, fillcolor=pal["dark"])
            mask = mask.rotate(angle, Image.BILINEAR, expand=True)
        layers.append((im, mask, int(cx * size - im.width / 2), int(bottom * size - im.height)))
    if pose == 2:
        width = int(size * {"glass": 0.28, "hat": 0.38}.get(prop, 0.44))
        im, mask = _prop(prop, width, info, pal, crng)
        layers.append((im, mask, int(size * 0.68 - im.width / 2), int(size * 0.93 - im.height)))
    canvas = _background(size, pal, rng, layers, table=pose == 2)
    for im, mask, x, y in layers:
        canvas.paste(im, (x, y), mask)
    return canvas


def render_logo(*, name: str, colour: str, seed: int, size: int = 512) -> Image.Image:
    """Render a round brand emblem (RGBA, transparent corners): initials, lotus, wreath."""
    rng, p = random.Random(seed), _Pen(size, size, colour)
    s = p.w
    p.ellipse((0, 0, 1, 1), fill=colour, solid=True)
    p.ellipse((0.04, 0.04, 0.96, 0.96), fill=mix(colour, "#FFFFFF", 0.1))
    p.ellipse((0.07, 0.07, 0.93, 0.93), outline=CREAM, width=0.012)
    rice = rng.random() < 0.5
    grain, length, width = (MANGO, 0.07, 0.03) if rice else (mix(CREAM, GREEN, 0.3), 0.08, 0.04)
    for side in (-1, 1):  # a wreath of rice grains or leaves on both sides
        arc = (-32, 50) if side > 0 else (130, 212)
        p.arc((0.16, 0.16, 0.84, 0.84), *arc, fill=grain, width=0.01)
        for t in range(58, 150, 13):
            x = s * (0.5 + side * 0.34 * math.sin(math.radians(t)))
            y = s * (0.5 - 0.34 * math.cos(math.radians(t)))
            for tilt in (-30, 30):
                p.d.polygon(
                    petal_shape(x, y, s * length, s * width, side * (t - 90) + tilt), fill=grain
                )
    lotus(p.d, s / 2, s * 0.36, s * 0.17)
    words = [w for w in unicodedata.normalize("NFC", name).split() if w[:1].isalnum()]
    initials = "".join(w[0] for w in words[-2:]).upper() if len(words) > 1 else name[:2].upper()
    font, lines = fit(initials, "Serif-Bold", s * 0.46, s * 0.26, s * 0.26, 1)
    p.d.text((s / 2, s * 0.54), lines[0], font=font, fill=CREAM, anchor="mm")
    small = font_at("Sans-Bold", s * 0.045)
    p.d.text((s / 2, s * 0.74), "ĐỒNG THÁP", font=small, fill=rgba(CREAM, 220), anchor="mm")
    for dx in (-0.2, 0.2):
        _star(p.d, s * (0.5 + dx), s * 0.74, s * 0.016, MANGO)
    im, mask = p.reduced()
    im.putalpha(mask)
    return im


def render_cover(
    *, name: str, colour: str, seed: int, width: int = 1600, height: int = 600
) -> Image.Image:
    """Render an RGB landscape banner (river, lotus pond, rice fields or orchard)."""
    p = _Pen(width, height)
    _landscape(p, random.Random(seed * 31 + zlib.crc32(name.encode())), name, tint=colour)
    im = p.im.reduce(SS)
    shade = Image.linear_gradient("L").resize((width, height)).point(lambda v: max(0, v - 150))
    im.paste(mix(colour, INK, 0.4), (0, 0), shade)
    return im
