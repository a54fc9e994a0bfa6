"""Producers' pictures for the demo: a round brand emblem and a Mekong delta cover banner."""

from __future__ import annotations

import math
import random
import unicodedata
import zlib

from PIL import Image

from storefront.demo.drawing import (
    CREAM,
    GREEN,
    INK,
    MANGO,
    SS,
    Pen,
    fit,
    font_at,
    landscape,
    lotus,
    mix,
    petal_shape,
    rgba,
    star,
)


def render_logo(*, name: str, colour: str, seed: int, size: int = 512) -> Image.Image:
    """Render a round brand emblem (RGBA, transparent corners): initials, lotus, wreath."""
    rng, p = random.Random(seed), Pen(size, size, colour)
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
        star(p.d, s * (0.5 + dx), s * 0.74, s * 0.016, MANGO)
    im, mask = p.reduced()
    im.putalpha(mask)
    return im


def render_cover(
    *, name: str, colour: str, seed: int, width: int = 1600, height: int = 600
) -> Image.Image:
    """Render an RGB landscape banner (river, lotus pond, rice fields or orchard)."""
    p = Pen(width, height)
    landscape(p, random.Random(seed * 31 + zlib.crc32(name.encode())), name, tint=colour)
    im = p.im.reduce(SS)
    shade = Image.linear_gradient("L").resize((width, height)).point(lambda v: max(0, v - 150))
    im.paste(mix(colour, INK, 0.4), (0, 0), shade)
    return im
