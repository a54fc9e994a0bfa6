"""Procedural pictures of the demo's mango orchards: a tree with its name plate and QR code,
and orchard banners of rows of trees between water ditches, with a sign at the gate. The same
arguments always give the same picture: every choice comes from a seeded ``random.Random``."""

from __future__ import annotations

import math
import random

import segno
from PIL import Image, ImageDraw

from storefront.demo.drawing import CREAM, fit, font_at, mix, petal_shape, rgba
from storefront.demo.scenery import FIELD, GRASS, Scene, grass, oval, sky, treeline

BARK, WHITEWASH, WOOD, INK, MULCH = "#4B3C31", "#E6E1D3", "#C98F55", "#3A2414", "#B89D6A"
CANOPY = ("#1C3F20", "#2D6530", "#4A8A37", "#86B74F")  # shadow, body, lit, highlight
FLUSH = ("#9B4B2E", "#B8693A")  # the bronze of new mango leaves
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


def _trunk(sc: Scene, x, y, h, tone, whitewash: bool):
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


def mango_tree(sc: Scene, x, y, h, variety, *, haze=0.0, detail=1.0) -> float:
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
        d.ellipse(oval(px + ox, py + oy, cr * 0.8, cr * 0.68), fill=body)
        for _ in range(int(6 * detail)):
            a = rng.uniform(90, 270) if rng.random() < 0.7 else rng.uniform(-70, 70)
            fx, fy = px + rng.uniform(-cr, cr) * 0.8, py + rng.uniform(-cr, cr) * 0.6
            colour = leaves[min(3, max(0, round(s * 3 + rng.uniform(-0.8, 0.6))))]
            d.polygon(petal_shape(fx, fy, h * 0.06, h * 0.016, a), fill=colour)
        if s > 0.62:
            ox, oy = lx * cr * 0.4, ly * cr * 0.4
            d.ellipse(oval(px + ox, py + oy, cr * 0.4, cr * 0.3), fill=mix(body, leaves[3], 0.5))
        if detail > 0.5 and py < cy - ry * 0.2 and rng.random() < 0.2:  # young leaves hang limp
            for k in range(5):
                a = 180 + (k - 2) * 14 + rng.uniform(-6, 6)
                d.polygon(petal_shape(px, py - cr * 0.3, h * 0.05, h * 0.013, a), fill=FLUSH[k % 2])
    _fruit(sc, clusters, cy - ry * 0.1, h, variety, tone, detail)
    return cy + ry * 0.8


def _fruit(sc: Scene, clusters, below: float, h: float, variety: str, tone, detail: float):
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
    sc = Scene(size, size, f"tree|{code}|{variety}|{seed}")
    rng, d, w, h = sc.rng, sc.d, sc.w, sc.h
    hz = h * rng.uniform(0.46, 0.52)
    sky(sc, hz)
    treeline(sc, hz, h * 0.06, palms=rng.randint(2, 4))
    sc.gradient(hz, h, mix(GRASS[0], sc.glow, 0.35), GRASS[1], 0.8)
    d.rectangle((0, hz + h * 0.02, w, hz + h * 0.028), fill=mix(sc.sky, sc.glow, 0.5))  # a ditch
    x = rng.uniform(-0.05, 0.05) * w
    while x < w * 1.05:
        mango_tree(sc, x, hz + h * 0.06, h * 0.2, variety, haze=0.4, detail=0.15)
        x += h * rng.uniform(0.17, 0.22)
    for side in (-1, 1):
        nx = w / 2 + side * w * rng.uniform(0.6, 0.68)
        mango_tree(sc, nx, h * 0.78, h * 0.66, variety, haze=0.18, detail=0.4)
    grass(sc, hz + h * 0.1, h * 0.85, 70, mix(FIELD, GRASS[0], 0.3), h * 0.03)
    tx, ty = w / 2 + rng.uniform(-0.04, 0.04) * w, h * 0.9
    d.ellipse((tx - h * 0.12, ty - h * 0.025, tx + h * 0.12, ty + h * 0.02), fill=MULCH)
    canopy_end = mango_tree(sc, tx, ty, h * 0.82, variety)
    plate = _plate(code, variety, w * 0.27, seed).rotate(
        rng.uniform(-3, 3), Image.BILINEAR, expand=True
    )
    py = max(canopy_end + h * 0.04, ty - h * 0.24)
    for k in (0.18, 0.82):  # the wire it hangs from
        end = (tx - plate.width / 2 + plate.width * k, py + plate.height * 0.12)
        d.line((tx, py - plate.height * 0.5, *end), fill="#6F6A60", width=max(1, h // 500))
    sc.im.paste(plate, (int(tx - plate.width / 2), int(py)), plate)
    grass(sc, h * 0.9, h, 60, "#2F5A1C", h * 0.05)
    return sc.picture()


def orchard_rows(
    sc: Scene, hz: float, variety: str = "cat_chu", rows=(0.06, 0.16, 0.34, 0.64)
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
            mango_tree(sc, x, y, size, kind, haze=max(0, 0.45 - depth), detail=detail)
            x += size * rng.uniform(0.95, 1.2)
        if i < len(rows) - 1:
            count = int(30 * depth * w / h)
            grass(sc, y, y + size * 0.2, count, mix(FIELD, GRASS[0], 0.3), size * 0.06)


def _sign(sc: Scene, x: float, y: float, width: float, text: str) -> None:
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
    sc = Scene(width, height, f"orchard|{name}|{seed}|{variety}")
    hz = sc.h * sc.rng.uniform(0.36, 0.42)
    sky(sc, hz)
    treeline(sc, hz, sc.h * 0.05, palms=sc.rng.randint(5, 9))
    sc.gradient(hz, sc.h, mix(GRASS[0], sc.glow, 0.35), GRASS[1], 0.8)
    orchard_rows(sc, hz, variety)
    _sign(sc, sc.w * sc.rng.choice((0.04, 0.74)), sc.h * 0.66, sc.w * 0.22, name)
    return sc.picture()
