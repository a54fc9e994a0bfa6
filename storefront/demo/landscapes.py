"""Procedural pictures for the demo farm tourism: mango trees, orchards and tour covers.

Scenes are painted back to front with Pillow primitives at twice their size, then reduced
(cheap antialiasing): a sky with its sun, a far tree line with coconut palms, fields or water,
then trees, boats, flower beds and people. Colours are mixed rather than blended wherever a
scene paints many shapes, because translucent drawing is about ten times slower. Fonts come only
from the bundled ``fonts`` folder (through ``packaging``). The same arguments always give the
same picture: every choice comes from a ``random.Random`` seeded with them.
"""

from __future__ import annotations

import math
import random
import zlib

import segno
from PIL import Image, ImageDraw, ImageFilter

from storefront.demo.packaging import (
    BLUSH,
    CREAM,
    PINK,
    fit,
    font_at,
    lotus,
    mix,
    palm,
    petal_shape,
    rgba,
)

SS = 2  # scenes are drawn at twice their size, then reduced
BARK, WHITEWASH, WOOD, INK, MULCH = "#4B3C31", "#E6E1D3", "#C98F55", "#3A2414", "#B89D6A"
CANOPY = ("#1C3F20", "#2D6530", "#4A8A37", "#86B74F")  # shadow, body, lit, highlight
FLUSH = ("#9B4B2E", "#B8693A")  # the bronze of new mango leaves
GRASS, FIELD = ("#9CC46A", "#4F7F2E"), "#3F6E24"
# sky at the top, sky at the horizon, far tree line
SKIES = (
    ("#7FB8E0", "#F4E9CF", "#5F8A66"),
    ("#9CCBE8", "#EAF2E2", "#5A8660"),
    ("#F0A47E", "#FBE3BD", "#6A7F58"),
    ("#86BCD9", "#FDEBC8", "#64895E"),
)
# variety: fruit colours (body, shade, blush), length and width in tree heights, share bagged
FRUIT = {
    "cat_chu": (("#E6C23A", "#B8952A", "#E0902E"), 0.05, 0.034, 1.0),
    "cat_hoa_loc": (("#F2C230", "#C9962A", "#E8892A"), 0.066, 0.036, 0.35),
    "dai_loan": (("#7FB347", "#4F7F2C", "#C9B43C"), 0.08, 0.038, 0.0),
    "tu_quy": (("#A9C94A", "#6F9232", "#E3B93A"), 0.056, 0.036, 0.0),
    "keo": (("#5C9A3C", "#3C6E28", "#9DB84A"), 0.05, 0.04, 0.0),
}
BAGS = {"cat_chu": ("#E3C279", "#B98F4B")}  # Cao Lãnh's yellow bags; others white paper
VARIETY_LABEL = {
    "cat_chu": "Xoài cát chu",
    "cat_hoa_loc": "Xoài cát Hòa Lộc",
    "dai_loan": "Xoài Đài Loan",
    "tu_quy": "Xoài tứ quý",
    "keo": "Xoài keo",
}
SHIRTS = ("#D6336C", "#2F6FB0", "#F2B705", "#E8E3D6", "#7A4FA0", "#E8590C", "#3F8F5A")
BLOOMS = ("#F6C90E", "#F6C90E", "#F08C00", "#E64980", "#C2255C", "#FFFFFF", "#F783AC")


class _Brush:
    """ImageDraw that paints opaque colours straight on and blends only RGBA ones."""

    def __init__(self, im: Image.Image):
        self.solid, self.blend = ImageDraw.Draw(im), ImageDraw.Draw(im, "RGBA")

    def __getattr__(self, kind: str):
        def draw(*args, **kw):
            colour = kw.get("fill") or kw.get("outline")
            pen = self.blend if isinstance(colour, tuple) and len(colour) == 4 else self.solid
            return getattr(pen, kind)(*args, **kw)

        return draw


class _Scene:
    """A canvas at twice the picture's size, its brush, and the random choices for it."""

    def __init__(self, width: int, height: int, key: str):
        self.w, self.h = width * SS, height * SS
        self.im = Image.new("RGB", (self.w, self.h))
        self.d = _Brush(self.im)
        self.rng = random.Random(zlib.crc32(key.encode()))
        self.sky, self.glow, self.far = self.rng.choice(SKIES)
        self.sun = self.rng.choice((-1, 1))  # the light comes from the left or the right

    def gradient(self, y0: float, y1: float, top, bottom, gamma: float = 1.0) -> None:
        """Fill the full-width band from y0 to y1 with colours from top to bottom."""
        rows, band = max(2, int(y1) - int(y0)), Image.new("RGB", (1, 64))
        band.putdata([mix(top, bottom, (i / 63) ** gamma) for i in range(64)])
        band = band.resize((1, rows), Image.BILINEAR).resize((self.w, rows), Image.NEAREST)
        self.im.paste(band, (0, int(y0)))

    def ground_under(self, x: float, y: float, darker: float):
        """The colour already painted at (x, y), darkened: an opaque, cheap cast shadow."""
        at = (int(min(max(x, 0), self.w - 1)), int(min(max(y, 0), self.h - 1)))
        return mix(self.im.getpixel(at), "#10240A", darker)

    def picture(self) -> Image.Image:
        return self.im.reduce(SS)


def _sky(sc: _Scene, hz: float) -> None:
    """Sky, the sun and its glow, and a few soft fair-weather clouds above the horizon hz."""
    sc.gradient(0, hz + 2, sc.sky, sc.glow, 0.7)
    rng, r = sc.rng, hz * 0.09
    sx, sy = sc.w * (0.5 - sc.sun * rng.uniform(0.25, 0.38)), hz * rng.uniform(0.3, 0.55)
    glow = Image.radial_gradient("L").point(lambda v: max(0, 150 - v)).resize((int(r * 12),) * 2)
    sc.im.paste("#FFF6DA", (int(sx - r * 6), int(sy - r * 6)), glow)
    sc.d.ellipse((sx - r, sy - r, sx + r, sy + r), fill="#FFF3C4")
    k = 8  # clouds are painted on a small mask, blurred, then laid over the sky once
    mask = Image.new("L", (sc.w // k, int(hz) // k + 1), 0)
    puffs = ImageDraw.Draw(mask)
    for _ in range(rng.randint(2, 5)):
        cx, cy = rng.uniform(0, sc.w), hz * rng.uniform(0.1, 0.6)
        cw = sc.w * rng.uniform(0.05, 0.14)
        for _ in range(8):
            px, pr = cx + rng.uniform(-cw, cw), cw * rng.uniform(0.2, 0.45)
            py = cy - rng.uniform(0, pr * 0.6)
            box = (px - pr, py - pr * 0.55, px + pr, min(cy, py + pr * 0.55))
            puffs.ellipse([v / k for v in box], fill=rng.randint(130, 190))
    mask = mask.filter(ImageFilter.GaussianBlur(2)).resize((sc.w, mask.height * k))
    sc.im.paste("#FFFFFF", (0, 0), mask)


def _treeline(sc: _Scene, y: float, height: float, palms: int = 5) -> None:
    """A far line of tree crowns along the horizon, with coconut palms above it."""
    rng, d, colour = sc.rng, sc.d, mix(sc.far, sc.glow, 0.25)
    for _ in range(palms):
        x, tall = rng.uniform(0, sc.w), height * rng.uniform(2.0, 3.2)
        palm(d, x, y, tall, mix(sc.far, sc.glow, 0.35))
    x = -height
    while x < sc.w + height:
        r = height * rng.uniform(0.35, 0.7)
        d.ellipse((x - r, y - height * rng.uniform(0.5, 1.0), x + r * 1.2, y + r), fill=colour)
        x += r * 1.1
    d.rectangle((0, y - height * 0.3, sc.w, y + 2), fill=colour)


def _oval(x: float, y: float, rx: float, ry: float) -> tuple[float, float, float, float]:
    return (x - rx, y - ry, x + rx, y + ry)


def _grass(sc: _Scene, y0: float, y1: float, count: int, colour, size: float) -> None:
    """Tufts of three blades, larger towards y1."""
    rng = sc.rng
    for _ in range(count):
        y = rng.uniform(y0, y1)
        s, x = size * (0.4 + 0.6 * (y - y0) / max(1, y1 - y0)), rng.uniform(0, sc.w)
        for a in (-25, 0, 25):
            sc.d.polygon(petal_shape(x, y, s, s * 0.12, a + rng.uniform(-15, 15)), fill=colour)


def mango(d, x, y, length, width, colours, tilt, light):
    """A mango hanging from its stalk at (x, y): round shoulder up, curved beak down."""
    body, shade, blush = colours
    ca, sa = math.cos(math.radians(tilt)), math.sin(math.radians(tilt))

    def outline(k, dx):
        pts = []
        for i in range(20):
            u, v = math.sin(i * math.pi / 10), -math.cos(i * math.pi / 10)
            px = width / 2 * k * u * (1.08 - 0.18 * v) + width * 0.16 * ((v + 1) / 2) ** 2 + dx
            py = length / 2 * k * (v + 1) + length * (1 - k) * 0.4
            pts.append((x + px * ca - py * sa, y + px * sa + py * ca))
        return pts

    d.polygon(outline(1.0, 0), fill=shade)
    d.polygon(outline(0.84, light * width * 0.07), fill=body)
    bx, by = x + light * width * 0.14, y + length * 0.3
    d.ellipse((bx - width * 0.2, by - length * 0.16, bx + width * 0.2, by + length * 0.1),
              fill=mix(body, blush, 0.4))  # fmt: skip
    d.ellipse((bx - width * 0.08, by - length * 0.1, bx + width * 0.04, by),
              fill=mix(body, "#FFFFFF", 0.45))  # fmt: skip


def fruit_bag(d, x, y, width, length, tilt, light, paper):
    """A paper bag tied round a young mango, hanging from its stalk at (x, y)."""
    ca, sa = math.cos(math.radians(tilt)), math.sin(math.radians(tilt))

    def place(*pts):
        return [(x + u * width * ca - v * length * sa, y + u * width * sa + v * length * ca)
                for u, v in pts]  # fmt: skip

    face, fold = paper[0], mix(*paper, 0.65)
    d.polygon(place((-0.1, 0), (0.1, 0), (0.46, 0.28), (0.5, 0.9), (0.4, 1), (-0.4, 1),
                    (-0.5, 0.9), (-0.46, 0.28)), fill=face)  # fmt: skip
    side = ((0.05, 0.05), (0.46, 0.28), (0.5, 0.9), (0.4, 1), (0.15, 1))
    d.polygon(place(*((-light * u, v) for u, v in side)), fill=fold)
    d.line(
        place((light * 0.25, 0.3), (light * 0.2, 0.95)), fill=fold, width=max(1, int(width * 0.05))
    )
    d.polygon(place((-0.14, 0.03), (0.14, 0.03), (0.18, 0.11), (-0.18, 0.11)), fill="#6B5030")


def _trunk(sc: _Scene, x, y, h, tone, whitewash: bool):
    """Trunk and main limbs; returns the canopy's centre and radii."""
    rng, d, lit = sc.rng, sc.d, sc.sun
    tw, lean, top = h * 0.085, rng.uniform(-0.04, 0.04) * h, y - h * 0.45
    foot = (x - tw * 0.75, y, x - tw / 2 + lean, top, x + tw / 2 + lean, top, x + tw * 0.75, y)
    d.polygon(foot, fill=tone(BARK))
    shaded = (x + lit * tw * 0.1, y, x + lean + lit * tw * 0.1, top, x + lean - lit * tw * 0.5, top)
    d.polygon((*shaded, x - lit * tw * 0.75, y), fill=tone(mix(BARK, "#000000", 0.3)))
    if whitewash:  # lime on the foot of the trunk against sunscald and borers
        band = (x - tw * 0.64 + lean * 0.2, y - h * 0.11, x + tw * 0.64 + lean * 0.2, y - h * 0.11)
        d.polygon((x - tw * 0.75, y, *band, x + tw * 0.75, y), fill=WHITEWASH)
        edge, mid = band[2 if lit < 0 else 0], x + lit * tw * 0.1
        shaded = (mid, y, mid, y - h * 0.11, edge, y - h * 0.11, x - lit * tw * 0.75, y)
        d.polygon(shaded, fill="#C9C3B2")
    cx, cy = x + lean * 1.4, y - h * 0.66
    rx, ry = h * 0.5 * rng.uniform(0.9, 1.1), h * 0.32 * rng.uniform(0.92, 1.08)
    for _ in range(4):
        end = (cx + rx * rng.uniform(-0.65, 0.65), cy + ry * rng.uniform(-0.3, 0.35))
        d.line((x + lean, top + h * 0.04, *end), fill=tone(BARK), width=max(1, int(h * 0.028)))
    return cx, cy, rx, ry


def _mango_tree(sc: _Scene, x, y, h, variety, *, haze=0.0, detail=1.0) -> float:
    """Paint a mango tree standing at (x, y), h tall; returns the height where its canopy ends.

    The canopy is a dome of leaf clusters, each a shadow blob, a lit blob and single drooping
    leaves; haze fades far trees into the sky and detail (0-1) thins out leaves and fruit."""
    rng, d, lit = sc.rng, sc.d, sc.sun

    def tone(c):
        return mix(c, sc.glow, haze) if haze else c

    leaves = [tone(c) for c in CANOPY]
    dx = h * 0.12 * lit
    shadow = sc.ground_under(x, y + h * 0.05, 0.22 * (1 - haze))
    d.ellipse((x - h * 0.45 - dx, y - h * 0.03, x + h * 0.45 - dx, y + h * 0.04), fill=shadow)
    cx, cy, rx, ry = _trunk(sc, x, y, h, tone, detail > 0.5 and rng.random() < 0.6)
    lx, ly = lit * 0.55, -0.83  # where the light comes from
    clusters = []
    for _ in range(int(12 + 40 * detail)):
        a, r = rng.uniform(0, 2 * math.pi), rng.random() ** 0.6
        u, v = r * math.cos(a), r * math.sin(a) * (0.8 if math.sin(a) > 0 else 1)
        lit_by = 0.5 + 0.5 * (u * lx + v * ly)
        clusters.append((cx + rx * u, cy + ry * v, h * rng.uniform(0.08, 0.13), lit_by, r))
    clusters.sort(key=lambda c: c[3])
    for px, py, cr, _, _ in clusters:
        d.ellipse((px - cr, py - cr * 0.85, px + cr, py + cr * 0.85), fill=leaves[0])
    for px, py, cr, _, r in clusters if detail > 0.3 else ():
        if r > 0.7:  # leaves at the silhouette hang outwards and down
            out = math.degrees(math.atan2(px - cx, cy - py))
            for _ in range(int(2 + 5 * detail)):
                a = out + rng.uniform(-50, 50)
                a, ar = a + 0.35 * ((180 if a > 0 else -180) - a), math.radians(a)
                ex, ey = px + cr * 0.7 * math.sin(ar), py - cr * 0.6 * math.cos(ar)
                d.polygon(
                    petal_shape(ex, ey, h * 0.075, h * 0.02, a), fill=leaves[rng.randint(0, 1)]
                )
    for px, py, cr, s, _ in clusters:
        ox, oy = lx * cr * 0.2, ly * cr * 0.2
        body = mix(leaves[1], leaves[2], min(1, s * 1.1))
        d.ellipse(_oval(px + ox, py + oy, cr * 0.8, cr * 0.68), fill=body)
        for _ in range(int(6 * detail)):
            a = rng.uniform(90, 270) if rng.random() < 0.7 else rng.uniform(-70, 70)
            fx, fy = px + rng.uniform(-cr, cr) * 0.8, py + rng.uniform(-cr, cr) * 0.6
            colour = leaves[min(3, max(0, round(s * 3 + rng.uniform(-0.8, 0.6))))]
            d.polygon(petal_shape(fx, fy, h * 0.06, h * 0.016, a), fill=colour)
        if s > 0.62:
            ox, oy = lx * cr * 0.4, ly * cr * 0.4
            d.ellipse(_oval(px + ox, py + oy, cr * 0.4, cr * 0.3), fill=mix(body, leaves[3], 0.5))
        if detail > 0.5 and py < cy - ry * 0.2 and rng.random() < 0.2:  # young leaves hang limp
            for k in range(5):
                a = 180 + (k - 2) * 14 + rng.uniform(-6, 6)
                d.polygon(petal_shape(px, py - cr * 0.3, h * 0.05, h * 0.013, a), fill=FLUSH[k % 2])
    _fruit(sc, clusters, cy - ry * 0.1, h, variety, tone, detail)
    return cy + ry * 0.8


def _fruit(sc: _Scene, clusters, below: float, h: float, variety: str, tone, detail: float):
    """Mangoes (or paper bags round them) on long stalks under the lower leaf clusters."""
    rng, d, lit = sc.rng, sc.d, sc.sun
    colours, length, width, bagged = FRUIT.get(variety, FRUIT["cat_chu"])
    colours, stem = [tone(c) for c in colours], tone("#5E6B2E")
    paper = [tone(c) for c in BAGS.get(variety, ("#F1ECDD", "#C9BFA6"))]
    hanging = [c for c in clusters if c[1] > below and c[4] > 0.35]
    rng.shuffle(hanging)
    for px, py, cr, _, _ in hanging[: int(4 + 14 * detail)]:
        fx, fy = px + rng.uniform(-cr, cr) * 0.5, py + cr * rng.uniform(0.1, 0.5)
        stalk, tilt = h * rng.uniform(0.015, 0.05), rng.uniform(-12, 12)
        d.line((fx, fy - h * 0.02, fx, fy + stalk), fill=stem, width=max(1, int(h * 0.004)))
        if rng.random() < bagged:
            fruit_bag(d, fx, fy + stalk, h * width * 1.35, h * length * 1.35, tilt, lit, paper)
        else:
            mango(d, fx, fy + stalk, h * length, h * width, colours, tilt, lit)
    if variety == "tu_quy":  # the all-season variety flowers while it fruits
        for px, py, cr, _, _ in clusters[-6:]:
            for k in range(7):
                petal = petal_shape(px, py - cr * 0.5, h * 0.05, h * 0.03, (k - 3) * 12)
                d.polygon(petal, fill=tone("#F3E4A0"))


def _plate(code: str, variety: str, width: float, seed: int) -> Image.Image:
    """The adopted tree's wooden name plate: its code, its variety and a QR code (RGBA)."""
    pw, ph = int(width), int(width * 0.46)
    im = Image.new("RGBA", (pw, ph), (0, 0, 0, 0))
    d, rng = ImageDraw.Draw(im, "RGBA"), random.Random(seed)
    d.rounded_rectangle((0, 0, pw - 1, ph - 1), radius=ph * 0.1, fill=WOOD)
    for i in range(10):  # wood grain
        y0, phase = ph * (0.05 + 0.095 * i), rng.uniform(0, 6)
        grain = [(pw * t / 30, y0 + ph * 0.015 * math.sin(t / 4 + phase)) for t in range(31)]
        d.line(grain, fill=rgba("#8A5A2B", 45), width=max(1, ph // 90))
    d.rounded_rectangle((ph * 0.05, ph * 0.05, pw - ph * 0.05, ph - ph * 0.05), radius=ph * 0.08,
                        outline=rgba(INK, 150), width=max(1, ph // 40))  # fmt: skip
    matrix = segno.make(f"CAY XOAI NHA TOI {code}", error="l", micro=False).matrix
    side, pad = ph * 0.7, ph * 0.15
    d.rectangle((pad, pad, pad + side, pad + side), fill="#FFFFFF")
    unit = side / (len(matrix) + 2)  # one module of quiet zone around the code
    for row, bits in enumerate(matrix, 1):
        for col, bit in enumerate(bits, 1):
            if bit:
                x0, y0 = pad + col * unit, pad + row * unit
                d.rectangle((x0, y0, x0 + unit, y0 + unit), fill=INK)
    tx, tw = pad * 2 + side, pw - pad * 3 - side
    d.text((tx, pad * 1.15), "CÂY XOÀI NHÀ TÔI", font=font_at("Sans-Bold", ph * 0.1), fill=INK)
    font, lines = fit(code, "Serif-Bold", tw, ph * 0.34, ph * 0.36, 1)
    d.text((tx, ph * 0.52), lines[0], font=font, fill=INK, anchor="lm")
    font, lines = fit(VARIETY_LABEL.get(variety, ""), "Sans", tw, ph * 0.12, ph * 0.11, 1)
    d.text((tx, ph - pad), lines[0], font=font, fill=INK, anchor="ld")
    for nx in (ph * 0.12, pw - ph * 0.12):
        d.ellipse((nx - ph * 0.03, ph * 0.09, nx + ph * 0.03, ph * 0.15), fill="#5A5650")
    return im


def render_tree(*, code: str, variety: str, seed: int, size: int = 1200) -> Image.Image:
    """Render a square RGB photo of one mango tree in its orchard, with its code on a plate."""
    sc = _Scene(size, size, f"tree|{code}|{variety}|{seed}")
    rng, d, w, h = sc.rng, sc.d, sc.w, sc.h
    hz = h * rng.uniform(0.46, 0.52)
    _sky(sc, hz)
    _treeline(sc, hz, h * 0.06, palms=rng.randint(2, 4))
    sc.gradient(hz, h, mix(GRASS[0], sc.glow, 0.35), GRASS[1], 0.8)
    d.rectangle((0, hz + h * 0.02, w, hz + h * 0.028), fill=mix(sc.sky, sc.glow, 0.5))  # a ditch
    x = rng.uniform(-0.05, 0.05) * w
    while x < w * 1.05:
        _mango_tree(sc, x, hz + h * 0.06, h * 0.2, variety, haze=0.4, detail=0.15)
        x += h * rng.uniform(0.17, 0.22)
    for side in (-1, 1):
        nx = w / 2 + side * w * rng.uniform(0.6, 0.68)
        _mango_tree(sc, nx, h * 0.78, h * 0.66, variety, haze=0.18, detail=0.4)
    _grass(sc, hz + h * 0.1, h * 0.85, 70, mix(FIELD, GRASS[0], 0.3), h * 0.03)
    tx, ty = w / 2 + rng.uniform(-0.04, 0.04) * w, h * 0.9
    d.ellipse((tx - h * 0.12, ty - h * 0.025, tx + h * 0.12, ty + h * 0.02), fill=MULCH)
    canopy_end = _mango_tree(sc, tx, ty, h * 0.82, variety)
    plate = _plate(code, variety, w * 0.27, seed).rotate(
        rng.uniform(-3, 3), Image.BILINEAR, expand=True
    )
    py = max(canopy_end + h * 0.04, ty - h * 0.24)
    for k in (0.18, 0.82):  # the wire it hangs from
        end = (tx - plate.width / 2 + plate.width * k, py + plate.height * 0.12)
        d.line((tx, py - plate.height * 0.5, *end), fill="#6F6A60", width=max(1, h // 500))
    sc.im.paste(plate, (int(tx - plate.width / 2), int(py)), plate)
    _grass(sc, h * 0.9, h, 60, "#2F5A1C", h * 0.05)
    return sc.picture()


def _orchard(
    sc: _Scene, hz: float, variety: str = "cat_chu", rows=(0.06, 0.16, 0.34, 0.64)
) -> None:
    """Rows of mango trees on raised beds between water ditches, far to near."""
    rng, d, w, h = sc.rng, sc.d, sc.w, sc.h
    water = mix(sc.sky, "#FFFFFF", 0.3)
    for i, depth in enumerate(rows):
        y, size = hz + (h - hz) * depth, h * (0.12 + 0.9 * depth)
        d.rectangle((0, y - size * 0.05, w, y - size * 0.03), fill=water)
        x, detail = rng.uniform(-0.5, 0.5) * size, min(1.0, 0.1 + depth * 1.1)
        while x < w + size:
            kind = variety if rng.random() < 0.8 else rng.choice(list(FRUIT))
            _mango_tree(sc, x, y, size, kind, haze=max(0, 0.45 - depth), detail=detail)
            x += size * rng.uniform(0.95, 1.2)
        if i < len(rows) - 1:
            count = int(30 * depth * w / h)
            _grass(sc, y, y + size * 0.2, count, mix(FIELD, GRASS[0], 0.3), size * 0.06)


def _sign(sc: _Scene, x: float, y: float, width: float, text: str) -> None:
    """A painted wooden board on two posts at an orchard's gate."""
    d, height = sc.d, width * 0.36
    for k in (0.15, 0.85):
        px = x + width * k
        post = (px - width * 0.025, y - height * 0.2, px + width * 0.025, y + height * 1.6)
        d.rectangle(post, fill="#6B4A2B")
    d.rounded_rectangle((x, y, x + width, y + height), radius=height * 0.08, fill=WOOD,
                        outline=INK, width=max(1, int(height * 0.03)))  # fmt: skip
    font, lines = fit(text, "Serif-Bold", width * 0.86, height * 0.8, height * 0.34, 2)
    top = y + height / 2 - len(lines) * font.size * 0.61
    for i, line in enumerate(lines):
        d.text(
            (x + width / 2, top + i * font.size * 1.22), line, font=font, fill=CREAM, anchor="ma"
        )


def render_orchard(
    *, name: str, seed: int, width: int = 2400, height: int = 900, variety: str = "cat_chu"
) -> Image.Image:
    """Render an RGB banner of a mango orchard: rows of trees between ditches, a gate sign."""
    sc = _Scene(width, height, f"orchard|{name}|{seed}|{variety}")
    hz = sc.h * sc.rng.uniform(0.36, 0.42)
    _sky(sc, hz)
    _treeline(sc, hz, sc.h * 0.05, palms=sc.rng.randint(5, 9))
    sc.gradient(hz, sc.h, mix(GRASS[0], sc.glow, 0.35), GRASS[1], 0.8)
    _orchard(sc, hz, variety)
    _sign(sc, sc.w * sc.rng.choice((0.04, 0.74)), sc.h * 0.66, sc.w * 0.22, name)
    return sc.picture()


def _person(d, x, y, h, shirt, facing=1, pose="stand"):
    """A figure in a conical hat, feet at (x, y), h tall; pose "stand", "point" or "row"."""
    legs = (x - h * 0.1, y, x - h * 0.04, y - h * 0.48, x + h * 0.08, y - h * 0.48, x + h * 0.1, y)
    d.polygon(legs, fill="#2E2A2A")
    d.rounded_rectangle((x - h * 0.12, y - h * 0.82, x + h * 0.12, y - h * 0.44), radius=h * 0.05,
                        fill=shirt)  # fmt: skip
    sx, sy, f = x + h * 0.08 * facing, y - h * 0.76, facing
    arm = {"point": (sx + h * 0.36 * f, sy - h * 0.24), "row": (sx + h * 0.2 * f, sy + h * 0.12)}
    hand = arm.get(pose, (sx + h * 0.1 * f, sy + h * 0.28))
    d.line((sx, sy, *hand), fill=shirt, width=max(1, int(h * 0.06)))
    if pose == "row":  # both hands on a long pole
        pole = (x - h * 0.4 * f, y + h * 0.25, x + h * 0.5 * f, y - h * 1.1)
        d.line(pole, fill="#6B4A2B", width=max(1, int(h * 0.03)))
    d.ellipse((x - h * 0.07, y - h * 0.97, x + h * 0.07, y - h * 0.81), fill="#C48A5C")
    d.polygon(
        (x, y - h * 1.12, x - h * 0.22, y - h * 0.9, x + h * 0.22, y - h * 0.9), fill="#E8D3A2"
    )
    d.line((x - h * 0.22, y - h * 0.9, x + h * 0.22, y - h * 0.9), fill="#A8844A",
           width=max(1, int(h * 0.015)))  # fmt: skip


def _visitors(sc: _Scene, x: float, y: float, h: float, count: int, guide: bool = False) -> None:
    """A small group on foot, a little scattered in depth; the first may be a pointing guide."""
    rng, people = sc.rng, []
    for i in range(count):
        depth = rng.uniform(-1, 1)
        px = x + (i - count / 2) * h * 0.45 + rng.uniform(-0.1, 0.1) * h
        people.append((y + depth * h * 0.08, px, h * (1 + depth * 0.1), i == 0 and guide))
    for py, px, ph, leads in sorted(people):
        shadow = sc.ground_under(px, py, 0.35)
        sc.d.ellipse((px - ph * 0.2, py - ph * 0.03, px + ph * 0.22, py + ph * 0.03), fill=shadow)
        shirt = "#2B8A3E" if leads else rng.choice(SHIRTS)
        facing = (-1 if px > x else 1) if leads else rng.choice((-1, 1))
        _person(sc.d, px, py, ph, shirt, facing, "point" if leads else "stand")


def _basket(sc: _Scene, x, y, r):
    """A round bamboo basket heaped with ripe mangoes."""
    d, rng = sc.d, sc.rng
    d.ellipse((x - r * 1.1, y - r * 0.1, x + r * 1.1, y + r * 0.7), fill=sc.ground_under(x, y, 0.3))
    for _ in range(14):  # the heap, back to front
        dx, dy = rng.uniform(-0.75, 0.75), rng.uniform(-0.15, 0.1)
        fx, fy, fw = x + dx * r, y - r * (0.22 + 0.3 * (1 - dx * dx)) + dy * r, r * 0.26
        body = rng.choice(("#F2C230", "#EFB82C", "#F5CB4A"))
        d.ellipse((fx - fw, fy - fw * 0.68, fx + fw, fy + fw * 0.68), fill="#C9962A")
        d.ellipse((fx - fw * 0.9, fy - fw * 0.6, fx + fw * 0.85, fy + fw * 0.56), fill=body)
        d.ellipse(
            (fx - fw * 0.1, fy - fw * 0.45, fx + fw * 0.5, fy), fill=mix(body, "#E8892A", 0.45)
        )
    d.chord((x - r, y - r * 0.6, x + r, y + r * 0.6), 0, 180, fill="#A8844A")
    for i in range(6):
        d.arc((x - r, y - r * 0.6 + i * r * 0.08, x + r, y + r * 0.6), 10, 170, fill="#7A5A2E",
              width=max(1, int(r * 0.03)))  # fmt: skip


def _boat(sc: _Scene, x: float, y: float, length: float) -> None:
    """A three-plank sampan (xuồng ba lá) with a rower standing at its stern and guests."""
    d, rng = sc.d, sc.rng
    top = [(x + length * (t / 20 - 0.5), y - length * 0.05 * (t / 10 - 1) ** 4) for t in range(21)]
    keel = [(x + length * 0.42 * (1 - t / 10), y + length * 0.06) for t in range(21)]
    d.polygon([(px, 2 * y - py + length * 0.12) for px, py in top + keel], fill=rgba("#1E3B3A", 70))
    for i in range(3):
        guest = (x - length * (0.18 - i * 0.15), y + length * 0.01, length * 0.17)
        _person(d, *guest, rng.choice(SHIRTS), 1)
    _person(d, x + length * 0.38, y, length * 0.3, "#E8E3D6", -1, "row")
    d.polygon(top + keel, fill="#5A3B24")
    d.line(top, fill="#8A6038", width=max(1, int(length * 0.012)))


def _lotus_field(sc: _Scene, hz: float) -> None:
    """A Tháp Mười lotus field: leaves and flowers on the water, a channel with a sampan."""
    rng, d, w, h = sc.rng, sc.d, sc.w, sc.h
    sc.gradient(hz, h, mix(sc.glow, sc.sky, 0.3), "#3E6E5E", 0.7)
    vx = w * rng.uniform(0.35, 0.65)

    def channel(t):  # the open water's centre at depth t (0 far, 1 near)
        return vx + (w * 0.5 - vx) * t

    leaves = []
    for _ in range(420):
        t = rng.random() ** 1.3
        x, y = rng.uniform(-0.05, 1.05) * w, hz + (h - hz) * t
        if abs(x - channel(t)) > w * (0.01 + 0.17 * t):
            leaves.append((y, x, h * (0.008 + 0.1 * t)))
    boat = (channel(0.55), hz + (h - hz) * 0.55)
    for y, x, s in sorted(leaves):
        if boat and y > boat[1] + h * 0.02:
            _boat(sc, *boat, w * 0.3)
            boat = None
        rise = s * rng.uniform(0, 1.4)  # some leaves stand above the water on their stalks
        if rise > s * 0.4:
            d.line((x, y, x, y - rise), fill="#3F6E2A", width=max(1, int(s * 0.06)))
        colour = rng.choice(("#2F6B2E", "#3C7D34", "#4E8F3A", "#5E9A44"))
        y -= rise
        d.ellipse((x - s, y - s * 0.32, x + s, y + s * 0.32), fill=colour)
        d.ellipse(
            (x - s * 0.6, y - s * 0.22, x + s * 0.5, y + s * 0.12),
            fill=mix(colour, "#A3D07A", 0.25),
        )
        for a in range(0, 360, 40) if s > h * 0.03 else ():
            ax, ay = math.cos(math.radians(a)), math.sin(math.radians(a))
            d.line((x, y, x + s * 0.9 * ax, y + s * 0.3 * ay), fill=mix(colour, "#1F4A22", 0.3),
                   width=max(1, int(s * 0.03)))  # fmt: skip
        if rng.random() < 0.14:
            fy = y - s * rng.uniform(0.8, 1.6)
            d.line((x, y, x, fy), fill="#4A7A2E", width=max(1, int(s * 0.05)))
            if rng.random() < 0.6:
                lotus(d, x, fy + s * 0.2, s * 0.9, BLUSH, PINK)
            else:  # a bud
                d.polygon(petal_shape(x, fy + s * 0.2, s * 0.75, s * 0.38, 0), fill=PINK)


def _flower_pot(d, x, y, r, colour, rng, dots: int) -> None:
    """A pot at (x, y) with a dome of flowers (the Sa Đéc chrysanthemum mound)."""
    d.ellipse((x - r * 1.02, y - r * 1.55, x + r * 1.02, y - r * 0.3), fill="#2F5A2A")
    d.ellipse(
        (x - r * 0.95, y - r * 1.7, x + r * 0.95, y - r * 0.42), fill=mix(colour, "#000000", 0.18)
    )
    d.ellipse((x - r * 0.9, y - r * 1.72, x + r * 0.8, y - r * 0.55), fill=colour)
    light = mix(colour, "#FFFFFF", 0.4)
    for _ in range(dots):
        a, q = rng.uniform(0, 2 * math.pi), rng.random() ** 0.5
        px, py = x - r * 0.05 + r * 0.8 * q * math.cos(a), y - r * 1.13 + r * 0.55 * q * math.sin(a)
        d.ellipse((px - r * 0.07, py - r * 0.07, px + r * 0.07, py + r * 0.07), fill=light)
    pot, rim, foot = rng.choice(("#9C4A2A", "#2B2B2B", "#B5653A")), y - r * 0.62, r * 0.45
    d.polygon((x - r * 0.62, rim, x + r * 0.62, rim, x + foot, y, x - foot, y), fill=pot)
    d.rectangle(
        (x - r * 0.66, y - r * 0.66, x + r * 0.66, y - r * 0.55), fill=mix(pot, "#FFFFFF", 0.2)
    )


def _flower_village(sc: _Scene, hz: float) -> None:
    """Sa Đéc flower beds raised on trellises either side of a brick path with visitors."""
    rng, d, w, h = sc.rng, sc.d, sc.w, sc.h
    for _ in range(rng.randint(4, 6)):  # tiled roofs of the village behind the gardens
        x, s = rng.uniform(0, w), h * rng.uniform(0.06, 0.09)
        d.rectangle((x - s, hz - s * 0.6, x + s, hz), fill=mix("#F1E3C2", sc.glow, 0.3))
        d.polygon((x - s * 1.2, hz - s * 0.55, x, hz - s * 1.2, x + s * 1.2, hz - s * 0.55),
                  fill=mix("#A4492E", sc.glow, 0.3))  # fmt: skip
    sc.gradient(hz, h, mix("#7FA56A", sc.glow, 0.4), "#5E6B3A", 0.9)
    vx = w * rng.uniform(0.4, 0.6)

    def path(t):  # the path's centre and half width at depth t (0 far, 1 near)
        return vx + (w * 0.5 - vx) * t, w * (0.004 + 0.14 * t)

    (c0, h0), (c1, h1) = path(0), path(1.2)
    d.polygon((c0 - h0, hz, c0 + h0, hz, c1 + h1, h * 1.2, c1 - h1, h * 1.2), fill="#C9A877")
    for depth in (0.04, 0.1, 0.19, 0.31, 0.47, 0.7, 1.0):
        y, s = hz + (h - hz) * depth, h * (0.02 + 0.16 * depth)
        centre, half = path(depth)
        if depth == 0.7:  # visitors on the path, between the middle beds
            walk, _ = path(0.58)
            _visitors(sc, walk, hz + (h - hz) * 0.58, h * 0.2, rng.randint(2, 3), guide=True)
        for x0, x1 in ((-s, centre - half * 1.25), (centre + half * 1.25, w + s)):
            d.rectangle((x0, y - s * 0.08, x1, y + s * 0.06), fill="#8A6A44")
            for k in range(int((x1 - x0) / (s * 2.5)) + 1):
                px = x0 + k * s * 2.5
                d.line((px, y, px, y + s * 0.5), fill="#7A5A36", width=max(1, int(s * 0.08)))
            x, run = x0 + rng.uniform(0, s), 0
            while x < x1 - s * 0.4:
                if run <= 0:  # a bed grows one flower for several pots in a row
                    colour, run = rng.choice(BLOOMS), rng.randint(3, 7)
                r = s * rng.uniform(0.42, 0.5)
                _flower_pot(d, x, y, r, colour, rng, int(2 + 16 * depth))
                x, run = x + r * 2.05, run - 1


def render_tour(
    *, title: str, kind: str, seed: int, width: int = 1800, height: int = 1200
) -> Image.Image:
    """Render an RGB tour cover: "orchard" (visitors among mango trees), "lotus" (a sampan on
    a Tháp Mười lotus field) or "flowers" (the Sa Đéc flower village)."""
    sc = _Scene(width, height, f"tour|{title}|{kind}|{seed}")
    rng, d, h, w = sc.rng, sc.d, sc.h, sc.w
    hz = h * (rng.uniform(0.4, 0.46) if kind == "lotus" else rng.uniform(0.36, 0.42))
    _sky(sc, hz)
    _treeline(sc, hz, h * 0.05, palms=rng.randint(3, 7))
    if kind == "lotus":
        _lotus_field(sc, hz)
        for _ in range(5):  # storks over the field
            x, y, s = w * rng.uniform(0.1, 0.9), hz * rng.uniform(0.15, 0.5), h * 0.02
            d.line([(x - s, y - s * 0.5), (x, y), (x + s, y - s * 0.5)], fill="#FFFFFF",
                   width=max(1, int(s * 0.25)), joint="curve")  # fmt: skip
    elif kind == "flowers":
        _flower_village(sc, hz)
    else:
        sc.gradient(hz, h, mix(GRASS[0], sc.glow, 0.35), GRASS[1], 0.8)
        _orchard(sc, hz, rows=(0.05, 0.14, 0.3))
        side = rng.choice((-1, 1))
        _mango_tree(sc, w * (0.5 + side * 0.42), h * 0.93, h * 0.78, "cat_chu", detail=0.8)
        _visitors(sc, w * (0.5 - side * 0.05), h * 0.86, h * 0.28, rng.randint(3, 5), guide=True)
        _basket(sc, w * (0.5 - side * 0.38), h * 0.9, h * 0.08)
    return sc.picture()
