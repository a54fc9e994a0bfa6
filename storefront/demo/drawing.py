"""What the demo's product and brand pictures are drawn with: the palette, the bundled fonts, a
pen that draws in fractions of its layer with a silhouette mask, text that fits its box, small
ornaments, and the Mekong delta view of producers' covers and tour tickets.

Fonts come only from the bundled ``fonts`` folder (DejaVu covers every Vietnamese diacritic).
Layers are drawn at twice their size and reduced, for cheap antialiasing.
"""

from __future__ import annotations

import math
import random
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).with_name("fonts")
PINK, MANGO, GREEN, CREAM, INK = "#D6336C", "#F2B705", "#2B8A3E", "#FBF7F0", "#2B2B2B"
KRAFT, GOLD, BLUSH, PORCELAIN = "#C9A373", "#C99A2E", "#F4A3C0", "#F3EFE6"
LEAVES = ("#2B8A3E", "#3F6B30", "#4E9A3A")
SS = 2  # layers are drawn at twice their size, then reduced: cheap antialiasing


class Pen:
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


class Solid:
    """An ImageDraw look-alike (pixel coordinates) painting both a pen's layer and its mask."""

    def __init__(self, pen: Pen):
        self.pen = pen

    def __getattr__(self, kind: str):
        def draw(xy, *args, fill=None, **kw):
            getattr(self.pen.d, kind)(xy, *args, fill=fill, **kw)
            getattr(self.pen.m, kind)(xy, *args, fill=255, **kw)

        return draw


def rgb(c) -> tuple[int, int, int]:
    """An "#RRGGBB" string or an RGB(A) tuple as an RGB tuple."""
    return tuple(c[:3]) if isinstance(c, tuple) else tuple(int(c[i : i + 2], 16) for i in (1, 3, 5))


def mix(a, b, t: float) -> tuple[int, int, int]:
    """The colour a fraction t of the way from a to b."""
    return tuple(round(x + (y - x) * t) for x, y in zip(rgb(a), rgb(b), strict=True))


def rgba(c, alpha: float) -> tuple[int, int, int, int]:
    """A colour with an alpha, for translucent drawing."""
    return (*rgb(c), int(alpha))


@lru_cache(maxsize=512)
def font_at(face: str, size: int) -> ImageFont.FreeTypeFont:
    """A bundled DejaVu face ("Sans", "Sans-Bold", "Serif-Bold") at a size of 8 px or more."""
    return ImageFont.truetype(str(FONTS / f"DejaVu{face}.ttf"), max(8, int(size)))


def wrap(text: str, font, width: float) -> list[str]:
    """The text broken into lines at spaces, each as long as fits in width."""
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
        lines = wrap(text, font, width)
        fits = max((font.getlength(x) for x in lines), default=0) <= width
        if size <= 14 or (fits and len(lines) <= max_lines and len(lines) * size * 1.22 <= height):
            for _ in range(12 if len(lines) > 1 else 0):  # balance the lines: no lonely last word
                if len(wrap(text, font, width * 0.95)) != len(lines):
                    break
                width *= 0.95
            return font, wrap(text, font, width)
        size = int(size * 0.93)


def draw_lines(d, lines, font, x, y, fill, anchor="ma") -> float:
    """Draw the lines one under the other from (x, y); returns the y below the last."""
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


def star(d, x, y, r, fill):
    """A five-pointed star of radius r centred at (x, y)."""
    radii = [(i * math.pi / 5, r if i % 2 == 0 else r * 0.45) for i in range(10)]
    d.polygon([(x + q * math.sin(a), y - q * math.cos(a)) for a, q in radii], fill=fill)


def lotus(d, x, y, size, petal=BLUSH, inner=PINK):
    """A lotus flower of seven petals rising from (x, y)."""
    for a, s in ((-70, 0.55), (70, 0.55), (-40, 0.8), (40, 0.8)):
        d.polygon(petal_shape(x, y, size * s, size * 0.4 * s, a), fill=petal)
    for a, s in ((-15, 0.92), (15, 0.92), (0, 1.0)):
        d.polygon(petal_shape(x, y, size * s, size * 0.42 * s, a), fill=inner)


def ornament(d, kind: str, box, fill, stem=None):
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


def palm(d, x, y, h, colour="#2F5E3A"):
    """A coconut palm h tall standing at (x, y)."""
    top = (x + h * 0.12, y - h)
    trunk = [(x, y), (x + h * 0.03, y - h * 0.5), top]
    d.line(trunk, fill=colour, width=max(2, int(h * 0.04)), joint="curve")
    for a in range(-130, 140, 32):
        d.polygon(petal_shape(*top, h * 0.42, h * 0.11, a + 8 * math.sin(a)), fill=colour)


def landscape(p: Pen, rng: random.Random, name: str = "", tint=GREEN):
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
