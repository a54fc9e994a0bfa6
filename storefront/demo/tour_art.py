"""Procedural tour covers for the demo: visitors among mango trees, a sampan on a Tháp Mười
lotus field, or the Sa Đéc flower village; the same arguments always give the same picture."""

from __future__ import annotations

import math

from PIL import Image

from storefront.demo.drawing import BLUSH, PINK, lotus, mix, petal_shape, rgba
from storefront.demo.orchard_art import mango_tree, orchard_rows
from storefront.demo.scenery import GRASS, Scene, sky, treeline

SHIRTS = ("#D6336C", "#2F6FB0", "#F2B705", "#E8E3D6", "#7A4FA0", "#E8590C", "#3F8F5A")
BLOOMS = ("#F6C90E", "#F6C90E", "#F08C00", "#E64980", "#C2255C", "#FFFFFF", "#F783AC")


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


def _visitors(sc: Scene, x: float, y: float, h: float, count: int, guide: bool = False) -> None:
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


def _basket(sc: Scene, x, y, r):
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


def _boat(sc: Scene, x: float, y: float, length: float) -> None:
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


def _lotus_field(sc: Scene, hz: float) -> None:
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


def _flower_village(sc: Scene, hz: float) -> None:
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
    sc = Scene(width, height, f"tour|{title}|{kind}|{seed}")
    rng, d, h, w = sc.rng, sc.d, sc.h, sc.w
    hz = h * (rng.uniform(0.4, 0.46) if kind == "lotus" else rng.uniform(0.36, 0.42))
    sky(sc, hz)
    treeline(sc, hz, h * 0.05, palms=rng.randint(3, 7))
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
        orchard_rows(sc, hz, rows=(0.05, 0.14, 0.3))
        side = rng.choice((-1, 1))
        mango_tree(sc, w * (0.5 + side * 0.42), h * 0.93, h * 0.78, "cat_chu", detail=0.8)
        _visitors(sc, w * (0.5 - side * 0.05), h * 0.86, h * 0.28, rng.randint(3, 5), guide=True)
        _basket(sc, w * (0.5 - side * 0.38), h * 0.9, h * 0.08)
    return sc.picture()
