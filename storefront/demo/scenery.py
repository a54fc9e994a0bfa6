"""What every outdoor demo picture starts from: a canvas at twice its size with its own random
choices, a sky with sun and clouds, a far tree line with palms, and tufts of grass.

Colours are mixed rather than blended wherever a scene paints many shapes, because translucent
drawing is about ten times slower. The same key always gives the same scene.
"""

from __future__ import annotations

import random
import zlib

from PIL import Image, ImageDraw, ImageFilter

from storefront.demo.drawing import mix, palm, petal_shape

SS = 2  # scenes are drawn at twice their size, then reduced
GRASS, FIELD = ("#9CC46A", "#4F7F2E"), "#3F6E24"
# sky at the top, sky at the horizon, far tree line
SKIES = (
    ("#7FB8E0", "#F4E9CF", "#5F8A66"),
    ("#9CCBE8", "#EAF2E2", "#5A8660"),
    ("#F0A47E", "#FBE3BD", "#6A7F58"),
    ("#86BCD9", "#FDEBC8", "#64895E"),
)


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


class Scene:
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


def sky(sc: Scene, hz: float) -> None:
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


def treeline(sc: Scene, y: float, height: float, palms: int = 5) -> None:
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


def oval(x: float, y: float, rx: float, ry: float) -> tuple[float, float, float, float]:
    """The bounding box of an ellipse centred at (x, y) with radii rx and ry."""
    return (x - rx, y - ry, x + rx, y + ry)


def grass(sc: Scene, y0: float, y1: float, count: int, colour, size: float) -> None:
    """Tufts of three blades, larger towards y1."""
    rng = sc.rng
    for _ in range(count):
        y = rng.uniform(y0, y1)
        s, x = size * (0.4 + 0.6 * (y - y0) / max(1, y1 - y0)), rng.uniform(0, sc.w)
        for a in (-25, 0, 25):
            sc.d.polygon(petal_shape(x, y, s, s * 0.12, a + rng.uniform(-15, 15)), fill=colour)
