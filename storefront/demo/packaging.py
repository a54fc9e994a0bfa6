"""Procedural product photos for the demo catalogue.

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

from PIL import Image, ImageDraw, ImageFilter

from storefront.catalog.groups import GROUPS_BY_SLUG
from storefront.demo.drawing import (
    BLUSH,
    CREAM,
    GOLD,
    GREEN,
    INK,
    KRAFT,
    MANGO,
    PINK,
    PORCELAIN,
    Pen,
    Solid,
    lotus,
    mix,
    petal_shape,
    rgb,
    rgba,
)
from storefront.demo.pack_labels import Info
from storefront.demo.pack_shapes import SHAPES, TEXTURES, inset, liquid_colour, pack, pieces

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


def _prop(kind: str, w: int, info: Info, pal, rng: random.Random):
    """A lifestyle prop: the product served on a plate, in a bowl, cup or glass, a hat, a lotus."""
    p = Pen(w, w * {"glass": 1.3, "hat": 0.62, "lotus": 0.7}.get(kind, 0.6), PORCELAIN)
    if kind == "plate":
        p.ellipse((0, 0.25, 1, 1), fill=PORCELAIN, solid=True)
        p.ellipse((0.1, 0.35, 0.9, 0.9), fill="#E6E0D3")
        if info.contents in TEXTURES:
            inset(p, (0.12, 0.37, 0.88, 0.88), info.contents, rng, "#E6E0D3", oval=True)
        else:
            pieces(Solid(p), p.px(0.12, 0.1, 0.88, 0.85), info.contents, rng)
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
        inset(p, inner, contents, rng, "#B8862F" if cup else "#EFE7D6", oval=True)
        if cup:
            p.ellipse(inner, fill=rgba("#A8741C", 215))
        for dx in (0, 0.05) if not cup else ():  # chopsticks
            p.line((0.5 + dx, 0.12, 1, -0.08 + dx), fill="#8A5A2B", width=0.02, solid=True)
    elif kind == "glass":
        liquid = liquid_colour(info, pal)
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
        lotus(Solid(p), *p.px(0.5, 0.7), p.h * 0.62)
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
    hue, light, sat = colorsys.rgb_to_hls(*(v / 255 for v in rgb(colour)))
    hue, light = hue + rng.uniform(-0.04, 0.04), min(0.6, light * rng.uniform(0.8, 1.2))
    base = tuple(round(v * 255) for v in colorsys.hls_to_rgb(hue % 1, light, sat))
    return {
        "base": base,
        "dark": mix(base, "#000000", 0.3),
        "light": mix(base, "#FFFFFF", 0.35),
        "tint": rgb(rng.choice((base, base, PINK, MANGO, GREEN))),
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
    info = Info(name, brand, variant_label, stars, group, motif, contents)
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
        im, mask = pack(shape, w, h, info, pal, seed, face)
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
