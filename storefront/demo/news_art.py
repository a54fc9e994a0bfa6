"""Procedural covers of the demo's news: a fair's booths under striped awnings, an OCOP
certificate with its stars over a lotus pond, a basket of specialties with a seal of trust;
the same arguments always give the same picture."""

from __future__ import annotations

import random

from PIL import Image

from storefront.demo.drawing import (
    CREAM,
    GREEN,
    INK,
    MANGO,
    PINK,
    Pen,
    draw_lines,
    fit,
    landscape,
    lotus,
    mix,
    star,
)
from storefront.demo.scenery import GRASS, Scene, sky, treeline

AWNINGS = ("#D6336C", "#F2B705", "#2B8A3E", "#2F6FB0", "#E8590C")
GOODS = ("#F2B705", "#F08C00", "#E64980", "#8CBF3F", "#C99A2E", "#FFFFFF")


def _booths(sc: Scene, hz: float, count: int) -> None:
    """A row of booths under striped awnings, goods piled on their counters."""
    d, rng, w, h = sc.d, sc.rng, sc.w, sc.h
    step = w / count
    for i in range(count):
        x0, x1 = i * step + step * 0.06, (i + 1) * step - step * 0.06
        top, counter, floor = hz - h * 0.16, hz + h * 0.12, hz + h * 0.3
        colour = AWNINGS[(i + rng.randint(0, 4)) % len(AWNINGS)]
        d.rectangle((x0, top, x1, floor), fill=mix(CREAM, colour, 0.12))
        stripes = 6
        for s in range(stripes):
            sx0 = x0 + (x1 - x0) * s / stripes
            sx1 = x0 + (x1 - x0) * (s + 1) / stripes
            fill = colour if s % 2 == 0 else "#FFFFFF"
            edge, tip = top + h * 0.04, top + h * 0.07
            flap = (sx0, top - h * 0.06, sx1, top - h * 0.06, sx1, edge, (sx0 + sx1) / 2, tip)
            d.polygon((*flap, sx0, edge), fill=fill)
        d.rectangle((x0, counter, x1, floor), fill=mix("#8B5A2B", colour, 0.15))
        for _ in range(9):  # mangoes, lotus-tea boxes and jars on the counter
            gx, r = rng.uniform(x0 + step * 0.08, x1 - step * 0.08), h * rng.uniform(0.018, 0.03)
            d.ellipse((gx - r, counter - r * 1.8, gx + r, counter), fill=rng.choice(GOODS))
        sign = (x0 + step * 0.18, top + h * 0.09, x1 - step * 0.18, top + h * 0.15)
        d.rounded_rectangle(sign, radius=h * 0.01, fill="#FFFFFF")
        star(d, (sign[0] + sign[2]) / 2, (sign[1] + sign[3]) / 2, h * 0.022, MANGO)


def render_fair(*, title: str, seed: int, width: int = 1600, height: int = 900) -> Image.Image:
    """A fair ground: booths in a row, bunting overhead, the title on a banner."""
    sc = Scene(width, height, f"fair|{title}|{seed}")
    hz = sc.h * 0.5
    sky(sc, hz)
    treeline(sc, hz, sc.h * 0.05, palms=sc.rng.randint(3, 6))
    sc.gradient(hz, sc.h, mix(GRASS[0], "#D9C7A0", 0.6), "#B89B6E", 0.9)
    _booths(sc, hz, sc.rng.choice((4, 5)))
    d = sc.d
    for i in range(24):  # bunting
        x, y = sc.w * i / 24, sc.h * (0.1 + 0.03 * abs((i % 8) - 4) / 4)
        d.polygon((x, y, x + sc.w / 24, y, x + sc.w / 48, y + sc.h * 0.05), fill=AWNINGS[i % 5])
    _banner(d, title, sc.w, sc.h)
    return sc.picture()


def _banner(d, title: str, w: float, h: float) -> None:
    box = (w * 0.14, h * 0.72, w * 0.86, h * 0.92)
    d.rounded_rectangle(box, radius=h * 0.03, fill=PINK)
    font, lines = fit(title, "Sans-Bold", box[2] - box[0] - w * 0.06, box[3] - box[1], h * 0.07, 2)
    height = len(lines) * font.size * 1.22
    draw_lines(d, lines, font, w / 2, (box[1] + box[3]) / 2 - height / 2, "#FFFFFF")


def render_certificate(*, title: str, seed: int, width: int = 1600, height: int = 900):
    """A lotus-pond view with an OCOP certificate standing in front, its stars golden."""
    pen = Pen(width, height)
    landscape(pen, random.Random(seed), "sen", tint=GREEN)
    d, w, h = pen.d, pen.w, pen.h
    card = (w * 0.3, h * 0.14, w * 0.7, h * 0.9)
    d.rounded_rectangle((card[0] + 12, card[1] + 14, card[2] + 12, card[3] + 14), radius=24,
                        fill=(40, 30, 20, 70))  # fmt: skip
    d.rounded_rectangle(card, radius=24, fill=CREAM, outline=MANGO, width=10)
    font = fit("OCOP", "Serif-Bold", (card[2] - card[0]) * 0.6, h * 0.14, h * 0.14, 1)[0]
    d.text((w / 2, card[1] + h * 0.06), "OCOP", font=font, fill=PINK, anchor="ma")
    for i in range(5):
        star(
            d,
            w / 2 + (i - 2) * w * 0.055,
            card[1] + h * 0.3,
            h * 0.04,
            MANGO if i < 4 else "#E3D9C6",
        )
    font, lines = fit(title, "Sans-Bold", (card[2] - card[0]) * 0.8, h * 0.26, h * 0.06, 3)
    draw_lines(d, lines, font, w / 2, card[1] + h * 0.42, INK)
    lotus(d, w / 2, card[3] - h * 0.05, h * 0.08)
    return pen.im.reduce(2)


def render_trust(*, title: str, seed: int, width: int = 1600, height: int = 900):
    """Specialties in a woven basket on a warm table, a green seal with a tick beside them."""
    pen = Pen(width, height, bg="#F6E7CF")
    d, w, h = pen.d, pen.w, pen.h
    rng = random.Random(seed)
    d.rectangle((0, h * 0.62, w, h), fill="#C58B52")
    for i in range(12):  # the table's boards
        d.line((0, h * (0.62 + i * 0.033), w, h * (0.62 + i * 0.033)), fill="#B27A45", width=3)
    bx, by, r = w * 0.34, h * 0.62, h * 0.3
    for _ in range(26):  # mangoes and lotus seeds heaped in the basket
        x, y, s = bx + rng.uniform(-r * 1.1, r * 1.1), by - rng.uniform(0, r * 0.5), r * 0.2
        d.ellipse((x - s, y - s * 0.8, x + s, y + s * 0.8), fill=rng.choice(GOODS[:5]))
    d.pieslice((bx - r * 1.4, by - r * 0.9, bx + r * 1.4, by + r * 0.9), 0, 180, fill="#A0703C")
    for k in range(8):
        d.arc((bx - r * 1.4, by - r * (0.9 - k * 0.1), bx + r * 1.4, by + r * 0.9), 0, 180,
              fill="#7C5228", width=4)  # fmt: skip
    sx, sy, s = w * 0.74, h * 0.38, h * 0.22
    d.ellipse((sx - s, sy - s, sx + s, sy + s), fill=GREEN)
    d.ellipse(
        (sx - s * 0.82, sy - s * 0.82, sx + s * 0.82, sy + s * 0.82), outline="#FFFFFF", width=8
    )
    d.line((sx - s * 0.4, sy, sx - s * 0.08, sy + s * 0.32, sx + s * 0.45, sy - s * 0.35),
           fill="#FFFFFF", width=int(s * 0.16), joint="curve")  # fmt: skip
    font, lines = fit(title, "Sans-Bold", w * 0.8, h * 0.16, h * 0.07, 2)
    draw_lines(d, lines, font, w / 2, h * 0.05, INK)
    return pen.im.reduce(2)


RENDERERS = {"fair": render_fair, "certificate": render_certificate, "trust": render_trust}


def render_cover(kind: str, *, title: str, seed: int, width: int) -> Image.Image:
    """One of the covers (16:9) by its kind: "fair", "certificate" or "trust"."""
    return RENDERERS[kind](title=title, seed=seed, width=width, height=width * 9 // 16)
