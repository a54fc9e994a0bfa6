"""The demo's pack shapes (box, tin, pouch, bottle, jar, carton, scarf, basket, pot, ticket),
each drawn on its own layer with a silhouette mask and its label, and the food that shows
through its windows or on a plate."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from storefront.demo.drawing import (
    BLUSH,
    CREAM,
    GOLD,
    GREEN,
    INK,
    KRAFT,
    LEAVES,
    MANGO,
    PINK,
    Pen,
    Solid,
    font_at,
    landscape,
    lotus,
    mix,
    ornament,
    petal_shape,
    rgba,
)
from storefront.demo.pack_labels import Info, back_label, front_label

TEXTURES = {"rice": "#F4EFE2", "noodle": "#F6F1E4", "tea": "#5E6B2E", "sauce": "#9C2F14"}


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


def pieces(d, box, kind: str, rng: random.Random):
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


def inset(p: Pen, box, kind, rng, bg, oval=False):
    """Pieces seen through a window (or in a bowl), clipped to a rounded box or an oval."""
    box = [int(v) for v in p.px(box)]
    size = (box[2] - box[0], box[3] - box[1])
    sub, mask = Image.new("RGB", size, bg), Image.new("L", size, 0)
    pieces(ImageDraw.Draw(sub, "RGBA"), (0, 0, *size), kind, random.Random(rng.random()))
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


def _panel(p: Pen, box, pal, radius=0.06, fill=CREAM) -> tuple[float, ...]:
    """A cream label panel with a thin inner border; returns the box left for its content."""
    x0, y0, x1, y1 = p.px(box)
    pad, r = min(x1 - x0, y1 - y0) * 0.07, (x1 - x0) * radius
    p.d.rounded_rectangle((x0, y0, x1, y1), radius=r, fill=fill)
    border = (x0 + pad * 0.4, y0 + pad * 0.4, x1 - pad * 0.4, y1 - pad * 0.4)
    outline, width = rgba(pal["base"], 150), max(2, int(pad * 0.08))
    p.d.rounded_rectangle(border, radius=r * 0.8, outline=outline, width=width)
    return (x0 + pad, y0 + pad, x1 - pad, y1 - pad)


# Each shape draws its pack on the pen and returns (label box, label style, cylinder shading).


def _box(p: Pen, pal, rng, info):
    p.polygon((0, 0.05, 0.15, 0, 1, 0, 0.85, 0.05), fill=pal["light"], solid=True)
    p.polygon((0.85, 0.05, 1, 0, 1, 0.95, 0.85, 1), fill=pal["dark"], solid=True)
    p.rectangle((0, 0.05, 0.85, 1), fill=pal["base"], solid=True)
    ghost, ghost2 = rgba(pal["light"], 90), rgba(pal["light"], 130)
    lotus(p.d, *p.px(rng.uniform(0.3, 0.55), 0.97), p.h * 0.15, ghost, ghost2)
    for i in range(5):
        lotus(p.d, *p.px(0.925, 0.2 + 0.15 * i), p.w * 0.06, ghost, ghost2)
    p.rectangle((0.035, 0.07, 0.815, 0.98), outline=pal["accent"], width=0.01)
    return (0.1, 0.14, 0.75, 0.8), "panel", None


def _tin(p: Pen, pal, rng, info):
    e, lid = 0.1 * p.w / p.h, 0.12
    p.rectangle((0, e, 1, 1 - e), fill=pal["base"], solid=True)
    p.ellipse((0, 1 - 2 * e, 1, 1), fill=pal["base"], solid=True)
    ornament(p.d, "waves", p.px(0, 0.83, 1, 0.95), rgba(pal["light"], 120))
    p.ellipse((0, lid, 1, lid + 2 * e), fill=pal["dark"], solid=True)
    p.rectangle((0, e, 1, lid + e), fill=pal["dark"], solid=True)
    p.ellipse((0, 0, 1, 2 * e), fill=pal["light"], solid=True)
    p.ellipse((0.06, e * 0.15, 0.94, e * 1.85), outline=pal["accent"], width=0.012)
    return (0.08, 0.25, 0.92, 0.8), "band", (0, e, 1, 1)


def _pouch(p: Pen, pal, rng, info, crimped=False):
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
    ornament(p.d, info.motif, p.px(0.05, 0.87, 0.95, 0.98), rgba(pal["light"], 90))
    phase = rng.uniform(0, 6)
    wave = [(i / 30, 0.59 + 0.012 * math.sin(i / 5 + phase)) for i in range(31)]
    p.polygon(wave + [(x, y + 0.016) for x, y in wave[::-1]], fill=rgba(pal["accent"], 210))
    inset(p, window, info.contents, rng, mix(CREAM, pal["base"], 0.08))
    p.rounded_rectangle(window, outline=rgba(CREAM, 200), width=0.012, radius=0.08)
    x0, y0, _, y1 = window
    p.polygon(
        (x0 + 0.06, y1, x0 + 0.18, y0, x0 + 0.24, y0, x0 + 0.12, y1), fill=rgba("#FFFFFF", 60)
    )
    style = "colour" if rng.random() < 0.6 else "panel"
    return (0.1, 0.12, 0.9, 0.575), style, (0, 0, 1, 1, 0.45)


def _bottle(p: Pen, pal, rng, info):
    oil = info.contents == "oil"
    glass = "#6B3B12" if oil else mix(pal["light"], "#FFFFFF", 0.45)
    neck, shoulder = (0.36, 0.2) if oil else (0.3, 0.34)
    p.rectangle((0.5 - neck / 2, 0.06, 0.5 + neck / 2, shoulder + 0.1), fill=glass, solid=True)
    p.rounded_rectangle((0, shoulder, 1, 0.8), fill=glass, solid=True, radius=0.3 if oil else 0.4)
    p.rounded_rectangle((0, 0.5, 1, 1), fill=glass, solid=True, radius=0.1)
    if not oil:
        liquid = rgba(liquid_colour(info, pal), 170)
        p.rounded_rectangle((0.05, 0.44, 0.95, 0.985), fill=liquid, radius=0.08)
    cap = (0.5 - neck * 0.62, 0, 0.5 + neck * 0.62, 0.12)
    p.rounded_rectangle(cap, fill=INK if oil else GOLD, solid=True, radius=0.04)
    p.rectangle((0.12, shoulder + 0.08, 0.2, 0.95), fill=rgba("#FFFFFF", 90))
    return (0.04, 0.5, 0.96, 0.92), "band", (0, shoulder, 1, 1)


def liquid_colour(info: Info, pal):
    """The colour of the drink or oil in a bottle or glass."""
    if "xoài" in info.name.lower():
        return MANGO
    return "#EFE6CC" if info.contents == "wine" else mix(pal["base"], "#E9C46A", 0.55)


def _jar(p: Pen, pal, rng, info):
    p.rounded_rectangle((0, 0.12, 1, 1), fill="#8E2F17", solid=True, radius=0.12)
    p.rounded_rectangle((0.04, 0, 0.96, 0.16), fill=pal["base"], solid=True, radius=0.04)
    for x in (0.04 + 0.92 * i / 12 for i in range(1, 12)):
        p.line((x, 0.01, x, 0.15), fill=rgba(pal["dark"], 120), width=0.006)
    return (0.06, 0.3, 0.94, 0.9), "panel", (0, 0, 1, 1)


def _carton(p: Pen, pal, rng, info):
    top, solid = 0.36, Solid(p)
    rim = (0.05, top * 0.55, 0.95, top * 0.55, 1, top, 0, top)
    p.polygon(rim, fill=mix(KRAFT, INK, 0.35), solid=True)
    for i in range(5):
        x, angle = 0.14 + 0.18 * i + rng.uniform(-0.02, 0.02), rng.uniform(-20, 20)
        _fruit(solid, *p.px(x, top * 0.72), p.w * 0.12, angle, info.contents == "citrus")
    p.rectangle((0, top, 1, 1), fill=KRAFT, solid=True)
    p.rectangle((0, 0.86, 1, 1), fill=pal["base"])
    ornament(p.d, "leaves", p.px(0.02, 0.87, 0.4, 0.99), rgba(CREAM, 150))
    handle = (0.44, top + 0.04, 0.56, top + 0.09)
    p.rounded_rectangle(handle, fill=mix(KRAFT, INK, 0.5), radius=0.03)
    return (0.12, top + 0.12, 0.88, 0.82), "panel", None


def _scarf(p: Pen, pal, rng, info):
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


def _basket(p: Pen, pal, rng, info):
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


def _pot(p: Pen, pal, rng, info):
    top, solid = 0.5, Solid(p)
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


def _ticket(p: Pen, pal, rng, info):
    stub, m = 0.75, int(p.h * 0.04)
    p.rounded_rectangle((0, 0, 1, 1), fill=CREAM, solid=True, radius=0.025)
    scene = Pen(p.w * stub - 2 * m, p.h * 0.47, ss=1)
    landscape(scene, rng, info.name)
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


def pack(shape: str, w: float, h: float, info: Info, pal, seed: int, face: str):
    """One face ("front" or "back") of a pack, drawn and labelled: its picture and its mask."""
    p = Pen(w, h, pal["dark"])
    box, style, shade = SHAPES[shape][0](p, pal, random.Random(seed), info)
    if style in ("panel", "band") or (face == "back" and style == "colour"):
        box = _panel(p, box, pal, 0.06 if style == "panel" else 0.02)
    else:
        box = p.px(box)
    if face == "back":
        back_label(p.d, box, info, pal, seed)
    else:
        front_label(p.d, box, info, pal, style == "colour")
    if shade:
        _shade(p.im, p.px(shade[:4]), *shade[4:])
    return p.reduced()
