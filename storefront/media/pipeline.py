"""Image encoding: the one module that turns pictures into stored files with Pillow."""

import io
import secrets
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

WEBP_QUALITY = 80
JPEG_QUALITY = 82


@dataclass(frozen=True)
class EncodedImage:
    key: str
    width: int
    height: int
    widths: tuple[int, ...]


def _stored_widths(width: int, wanted: tuple[int, ...]) -> tuple[int, ...]:
    """The configured widths not wider than the picture (never upscale), at least one."""
    widths = tuple(w for w in sorted(wanted) if w <= width)
    return widths or (width,)


def encode_and_store(image: Image.Image, root: Path, widths: tuple[int, ...]) -> EncodedImage:
    """Write the picture upright, without metadata, in each width as WebP and JPEG."""
    image = ImageOps.exif_transpose(image)
    if image.mode not in ("RGB", "L"):
        background = Image.new("RGB", image.size, (255, 255, 255))
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    elif image.mode == "L":
        image = image.convert("RGB")
    key = secrets.token_hex(16)
    folder = root / key[:2]
    folder.mkdir(parents=True, exist_ok=True)
    stored = _stored_widths(image.width, widths)
    for width in stored:
        height = round(image.height * width / image.width)
        resized = image if width == image.width else image.resize((width, height), Image.LANCZOS)
        resized.save(folder / f"{key}-{width}.webp", "WEBP", quality=WEBP_QUALITY, method=4)
        resized.save(
            folder / f"{key}-{width}.jpg",
            "JPEG",
            quality=JPEG_QUALITY,
            optimize=True,
            progressive=True,
        )
    return EncodedImage(key, image.width, image.height, stored)


def open_image(data: bytes) -> Image.Image:
    """Open image bytes fully (decoding now, so a broken file fails here)."""
    image = Image.open(io.BytesIO(data))
    image.load()
    return image
