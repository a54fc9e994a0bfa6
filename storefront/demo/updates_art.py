"""Procedural phone photos for the demo farmers' news of adopted trees.

A close-up in front of the tree's own orchard picture (``orchard_art.render_tree``), blurred as
a phone camera blurs what lies behind: a branch in flower, the young fruit set on it, the fruit
growing in its paper bags (or bare, for the varieties nobody bags), or the harvest heaped in
bamboo baskets with the tree's paper tag. Drawn at twice the size, then reduced; the same
arguments always give the same picture.
"""

from __future__ import annotations

import math
import random
import zlib

from PIL import Image, ImageDraw, ImageFilter

from storefront.demo.drawing import font_at, mix, petal_shape
from storefront.demo.orchard_art import BAGS, CANOPY, FLUSH, FRUIT, fruit_bag, mango, render_tree

SS = 2
STAGES = ("flowering", "fruit_set", "growing", "harvest")
TWIG = ("#5A4632", "#7A6246")  # bark in shade, bark in light
PANICLE = ("#B5523B", "#C8703F")  # the reddish stalks of a mango inflorescence
FLOWERS = ("#F4E7B2", "#EFD98A", "#F8F0CF", "#E7B96A", "#D9785A")
YOUNG = ("#86B54A", "#5E8C32", "#B7C653")  # fruit the size of a thumb
BASKET = ("#A8844A", "#7A5A2E", "#C9A766")  # bamboo, its shade, its lit rim


def render_update(
    *, code: str, variety: str, stage: str, seed: int, width: int = 1200, height: int = 900
) -> Image.Image:
    """Render an RGB photo of tree `code` at one stage of its season (one of STAGES)."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    rng = random.Random(zlib.crc32(f"update|{code}|{variety}|{stage}|{seed}".encode()))
    w, h = width * SS, height * SS
    im = _backdrop(code, variety, seed, w, h, low=stage == "harvest")
    d = ImageDraw.Draw(im)
    light = rng.choice((-1, 1))
    if stage == "harvest":
        _harvest(im, d, rng, code, variety, light)
    else:
        _branch(d, rng, w, h, stage, variety, light)
    return im.reduce(SS)


def _backdrop(code: str, variety: str, seed: int, w: int, h: int, low: bool) -> Image.Image:
    """The orchard behind the subject, out of focus: a small render, blurred, enlarged."""
    side = max(160, max(w, h) // (3 * SS))
    scene = render_tree(code=code, variety=variety, seed=seed + 1000, size=side)
    crop_h = side * h // w
    top = side - crop_h if low else int(side * 0.12)
    scene = scene.crop((0, top, side, top + crop_h)).filter(ImageFilter.GaussianBlur(side / 70))
    return scene.resize((w, h), Image.BILINEAR)


def _leaf(d, rng, x, y, size, angle, shade: float) -> None:
    """A long pointed mango leaf with its pale midrib; shade 0 (lit) to 1 (in shadow)."""
    length, width = size * rng.uniform(0.85, 1.15), size * rng.uniform(0.2, 0.26)
    body = mix(CANOPY[2], CANOPY[0], shade)
    d.polygon(petal_shape(x, y, length, width, angle), fill=body)
    ux, uy = math.sin(math.radians(angle)), -math.cos(math.radians(angle))
    d.line((x, y, x + ux * length * 0.9, y + uy * length * 0.9), fill=mix(body, CANOPY[3], 0.55),
           width=max(1, int(size * 0.012)))  # fmt: skip


def _branch(d, rng, w, h, stage: str, variety: str, light: int) -> None:
    """A branch reaching in from one side, whorls of leaves, and what this stage hangs on it."""
    side = rng.choice((-1, 1))
    x0, y0 = (w * 1.05 if side > 0 else -w * 0.05), h * rng.uniform(0.22, 0.38)
    x1, y1 = w * (0.5 - side * rng.uniform(0.12, 0.22)), h * rng.uniform(0.34, 0.46)
    bend = h * rng.uniform(-0.08, 0.08)
    points = [
        (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t + bend * math.sin(math.pi * t)) for t in
        (i / 24 for i in range(25))
    ]  # fmt: skip
    size = h * 0.34
    for _ in range(12):  # leaves behind the branch, in shade
        px, py = rng.choice(points[4:])
        _leaf(d, rng, px, py, size, rng.uniform(-160, 160), rng.uniform(0.55, 0.85))
    for i in range(len(points) - 1):
        width = max(2, int(h * (0.045 - 0.03 * i / len(points))))
        d.line((*points[i], *points[i + 1]), fill=TWIG[0], width=width)
        lit = (points[i][0], points[i][1] - width * 0.25, points[i + 1][0], points[i + 1][1])
        d.line(lit, fill=TWIG[1], width=max(1, width // 3))
    tips = [points[-1], points[rng.randint(9, 14)], points[rng.randint(15, 19)]]
    for tx, ty in tips:
        for _ in range(rng.randint(5, 8)):  # a whorl of leaves drooping from each tip
            angle = 180 + side * 25 + rng.gauss(0, 50)
            _leaf(d, rng, tx, ty, size * rng.uniform(0.7, 1.1), angle, rng.uniform(0, 0.45))
        if stage != "growing" and rng.random() < 0.3:
            for k in range(4):  # a new flush of bronze leaves
                d.polygon(petal_shape(tx, ty, size * 0.45, size * 0.1, 150 + k * 20),
                          fill=FLUSH[k % 2])  # fmt: skip
    for tx, ty in tips:
        if stage == "flowering":
            _panicle(d, rng, tx, ty, h * rng.uniform(0.3, 0.4), rng.uniform(-25, 25), 1.0)
        elif stage == "fruit_set":
            _fruit_set(d, rng, tx, ty, h, light)
        else:
            _growing(d, rng, tx, ty, h, variety, light)


def _panicle(d, rng, x, y, length, angle, bloom: float) -> None:
    """An upright cone of tiny flowers on reddish stalks; bloom thins it as petals fall."""
    ux, uy = math.sin(math.radians(angle)), -math.cos(math.radians(angle))
    d.line((x, y, x + ux * length, y + uy * length), fill=PANICLE[0],
           width=max(2, int(length * 0.02)))  # fmt: skip
    for i in range(14):
        t = 0.08 + 0.9 * i / 14
        bx, by = x + ux * length * t, y + uy * length * t
        reach = length * 0.32 * (1 - t) + length * 0.04
        for turn in (-1, 1):
            a = math.radians(angle + turn * rng.uniform(45, 70))
            ex, ey = bx + math.sin(a) * reach, by - math.cos(a) * reach
            d.line((bx, by, ex, ey), fill=PANICLE[1], width=max(1, int(length * 0.008)))
            for _ in range(int(9 * bloom * (1.2 - t)) + 1):
                k = rng.random()
                fx = bx + (ex - bx) * k + rng.uniform(-1, 1) * length * 0.03
                fy = by + (ey - by) * k + rng.uniform(-1, 1) * length * 0.03
                r = length * rng.uniform(0.01, 0.018)
                colour = rng.choice(FLOWERS if bloom > 0.5 else FLOWERS[3:])
                d.ellipse((fx - r, fy - r, fx + r, fy + r), fill=colour)


def _fruit_set(d, rng, x, y, h, light) -> None:
    """A spent panicle with a few young fruit the size of a thumb hanging from it."""
    angle = rng.uniform(-20, 20)
    length = h * rng.uniform(0.22, 0.3)
    _panicle(d, rng, x, y, length, angle, 0.3)
    ux, uy = math.sin(math.radians(angle)), -math.cos(math.radians(angle))
    for _ in range(rng.randint(2, 4)):
        t = rng.uniform(0.25, 0.7)
        sx, sy = x + ux * length * t + rng.uniform(-1, 1) * h * 0.03, y + uy * length * t
        stalk = h * rng.uniform(0.03, 0.07)
        d.line((sx, sy, sx, sy + stalk), fill=PANICLE[0], width=max(1, int(h * 0.004)))
        mango(d, sx, sy + stalk, h * 0.07, h * 0.045, YOUNG, rng.uniform(-15, 15), light)


def _growing(d, rng, x, y, h, variety: str, light) -> None:
    """Fruit hanging on long stalks below the leaves: in paper bags where the variety is bagged."""
    colours, _length, _width, bagged = FRUIT.get(variety, FRUIT["cat_chu"])
    paper = BAGS.get(variety, ("#F1ECDD", "#C9BFA6"))
    for _ in range(rng.randint(1, 2)):
        fx, stalk = x + rng.uniform(-1, 1) * h * 0.06, h * rng.uniform(0.06, 0.16)
        d.line((x, y, fx, y + stalk), fill="#5E6B2E", width=max(2, int(h * 0.005)))
        tilt = rng.uniform(-10, 10)
        if bagged >= 0.5 or (bagged and rng.random() < bagged):
            fruit_bag(d, fx, y + stalk, h * 0.14, h * 0.22, tilt, light, paper)
        else:
            green = (mix(colours[0], YOUNG[0], 0.5), colours[1], colours[2])
            mango(d, fx, y + stalk, h * 0.2, h * 0.13, green, tilt, light)


def _harvest(im, d, rng, code: str, variety: str, light: int) -> None:
    """Baskets heaped with ripe mangoes on the grass, one with the tree's paper tag."""
    w, h = im.size
    ground = h * 0.4
    band, fade = Image.new("RGB", (1, 32)), Image.new("L", (1, 32))
    band.putdata([mix("#7FA552", "#3F6E24", i / 31) for i in range(32)])
    fade.putdata([min(255, i * 64) for i in range(32)])  # the grass comes into focus softly
    size = (w, int(h - ground))
    im.paste(band.resize(size, Image.BILINEAR), (0, int(ground)), fade.resize(size))
    for _ in range(160):  # blades of grass, larger towards the camera
        gy = rng.uniform(ground, h)
        s = h * 0.03 * (0.4 + (gy - ground) / (h - ground))
        d.polygon(petal_shape(rng.uniform(0, w), gy, s, s * 0.14, rng.uniform(-35, 35)),
                  fill=rng.choice(("#5D8A34", "#6E9C3E", "#355F1F")))  # fmt: skip
    count = rng.choice((2, 3))
    spots = sorted(
        (w * (i + 0.5) / count + rng.uniform(-0.05, 0.05) * w, h * rng.uniform(0.56, 0.66))
        for i in range(count)
    )
    body, shade, blush = FRUIT.get(variety, FRUIT["cat_chu"])[0]
    ripe = (mix(body, blush, 0.3), shade, blush)  # picked ripe: warmer than on the tree
    for n, (bx, by) in enumerate(sorted(spots, key=lambda s: s[1])):
        r = w / count * rng.uniform(0.36, 0.42)
        _basket(d, rng, bx, by + (n % 2) * h * 0.08, min(r, w * 0.24), ripe, light)
    tx, ty = spots[0][0] + w * 0.08, spots[0][1] + h * 0.2
    _tag(im, tx, ty, w * 0.16, code, rng.uniform(-8, 8))


def _basket(d, rng, x, y, r, ripe, light) -> None:
    """A round bamboo basket (thúng) seen from above the rim, heaped with mangoes."""
    d.ellipse((x - r * 1.08, y + r * 0.3, x + r * 1.12, y + r * 0.78), fill="#2F4F1C")
    d.ellipse((x - r, y - r * 0.34, x + r, y + r * 0.34), fill=BASKET[1])
    fruit = []
    for _ in range(11):
        u, v = rng.uniform(-0.75, 0.75), rng.uniform(-0.25, 0.2)
        fruit.append((y + v * r, x + u * r, rng.uniform(60, 120) * rng.choice((-1, 1))))
    for fy, fx, tilt in sorted(fruit):
        lift = r * 0.22 * (1 - ((fx - x) / r) ** 2)
        body = mix(ripe[0], "#FFFFFF", rng.uniform(0, 0.12))
        mango(d, fx, fy - lift, r * 0.46, r * 0.3, (body, ripe[1], ripe[2]), tilt, light)
    d.chord((x - r, y - r * 0.34, x + r, y + r * 0.34), 0, 180, fill=BASKET[0])
    d.rectangle((x - r, y, x + r, y + r * 0.3), fill=BASKET[0])
    d.chord((x - r, y + r * 0.02, x + r, y + r * 0.58), 0, 180, fill=BASKET[0])
    for i in range(1, 7):  # the weave
        d.arc((x - r, y - r * 0.34 + i * r * 0.08, x + r, y + r * 0.34 + i * r * 0.08), 15, 165,
              fill=BASKET[1], width=max(1, int(r * 0.02)))  # fmt: skip
    d.arc((x - r, y - r * 0.34, x + r, y + r * 0.34), 0, 180, fill=BASKET[2],
          width=max(2, int(r * 0.05)))  # fmt: skip


def _tag(im, x, y, width, code: str, angle: float) -> None:
    """The tree's code written on a white card, tied to the basket."""
    tw, th = int(width), int(width * 0.5)
    card = Image.new("RGBA", (tw, th), (0, 0, 0, 0))
    c = ImageDraw.Draw(card)
    c.rounded_rectangle((0, 0, tw - 1, th - 1), radius=th * 0.12, fill="#F7F3E8",
                        outline="#B8AE96", width=max(1, th // 40))  # fmt: skip
    c.ellipse((th * 0.1, th * 0.4, th * 0.22, th * 0.52), fill="#8C8372")
    c.text((tw * 0.58, th * 0.5), code, font=font_at("Sans-Bold", th * 0.42), fill="#2B2A6B",
           anchor="mm")  # fmt: skip
    card = card.rotate(angle, Image.BILINEAR, expand=True)
    im.paste(card, (int(x - card.width / 2), int(y - card.height / 2)), card)
