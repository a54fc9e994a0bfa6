"""Image checking and encoding: the one module that imports Pillow (and its HEIC plugin).

An upload is judged by its content, never its name: the format Pillow detects, the pixel size
in the header (checked before anything is decoded), the frame count, then a full decode that
fails on truncated data. Stored copies are upright sRGB pictures over white that carry no
metadata at all (no EXIF, GPS, XMP, comment or ICC profile).
"""

import io
import math
import secrets
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pillow_heif
from flask_babel import lazy_gettext as _l
from PIL import ExifTags, Image, ImageCms

from storefront.media.errors import UploadError

pillow_heif.register_heif_opener()

WEBP_QUALITY = 80
JPEG_QUALITY = 82
DOCUMENT_JPEG_QUALITY = 90
# Formats as Pillow names them. A JPEG carrying extra pictures (a phone's depth or HDR gain
# map) opens as MPO, and a HEIF file may hold a burst: for both the primary picture is the photo.
PICTURE_FORMATS = ("JPEG", "PNG", "WEBP", "HEIF")
DOCUMENT_FORMATS = ("JPEG", "PNG")
JPEG_FORMATS = ("JPEG", "MPO")
ANIMATED_FORMATS = ("PNG", "WEBP")  # where several frames mean an animation
# EXIF orientation -> the transposition that makes the picture upright (as ImageOps.exif_transpose).
UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
QUARTER_TURNS = (5, 6, 7, 8)  # the orientations that swap width and height
# Resizing first shrinks by a whole factor while the result stays this much larger (fast).
REDUCING_GAP = 3.0
WHITE = (255, 255, 255)
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError)

NOT_A_PICTURE = _l("This file is not a JPEG, PNG, WebP or HEIC picture.")
NOT_A_DOCUMENT = _l("This file is not a PDF, JPEG or PNG file.")


@dataclass(frozen=True)
class EncodedImage:
    """A written picture: its key, the upright size of the original, the widths written and
    the file of each (width, extension)."""

    key: str
    width: int
    height: int
    widths: tuple[int, ...]
    files: dict[tuple[int, str], Path]


class _Decoded(NamedTuple):
    image: Image.Image
    size: tuple[int, int]  # in the file (the image may have been decoded at a reduced scale)
    orientation: int


def _stored_widths(width: int, wanted: tuple[int, ...]) -> tuple[int, ...]:
    """The configured widths not wider than the picture (never upscale), at least one."""
    widths = tuple(w for w in sorted(wanted) if w <= width)
    return widths or (width,)


def _orientation(image: Image.Image) -> int:
    """The EXIF orientation, 1 (as stored) when absent or unreadable."""
    try:
        return image.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:  # Pillow's EXIF parser fails in many ways on corrupt blocks
        return 1


def _too_many_pixels(max_pixels: int) -> UploadError:
    return UploadError(
        _l(
            "This picture has too many pixels: at most %(max)s million are accepted.",
            max=max_pixels // 1_000_000,
        ),
        "too_many_pixels",
    )


def _decode(
    data: bytes,
    formats: tuple[str, ...],
    wrong_format,
    *,
    max_pixels: int,
    min_side: int = 0,
    widths: tuple[int, ...] = (),
) -> _Decoded:
    """Open and fully decode upload bytes, or raise UploadError.

    With `widths`, a JPEG much larger than the widest copy needed is decoded by libjpeg at 1/2,
    1/4 or 1/8 scale (`draft`), which saves most of the decoding time and memory.
    """
    with warnings.catch_warnings():
        # Pillow only warns between its own pixel limit and twice that: refuse those too.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=formats)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels(max_pixels) from None
        except DECODING_ERRORS as error:
            raise UploadError(wrong_format, "wrong_format") from error
        size = width, height = image.size
        if width * height > max_pixels:
            raise _too_many_pixels(max_pixels)
        if image.format in ANIMATED_FORMATS and getattr(image, "is_animated", False):
            raise UploadError(
                _l("Animated pictures are not accepted: please choose a still photo."),
                "animated",
            )
        if min(width, height) < min_side:
            raise UploadError(
                _l(
                    "This picture is too small: it needs to be at least %(min)s pixels wide "
                    "and high.",
                    min=min_side,
                ),
                "too_small",
            )
        is_jpeg = image.format in JPEG_FORMATS
        orientation = _orientation(image) if is_jpeg else 1
        if is_jpeg and widths:
            upright_width = height if orientation in QUARTER_TURNS else width
            scale = max(_stored_widths(upright_width, widths)) / upright_width
            if scale < 1:
                image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
        try:
            image.load()
        except DECODING_ERRORS as error:
            raise UploadError(
                _l("This picture could not be read: the file may be damaged or incomplete."),
                "damaged",
            ) from error
    if not is_jpeg:
        orientation = _orientation(image)  # a PNG may keep its EXIF after the pixels
    return _Decoded(image, size, orientation)


def _to_srgb(image: Image.Image, icc_profile: bytes) -> Image.Image:
    """Convert through the picture's own colour profile (Display P3, CMYK, ...) into sRGB."""
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        mode = "RGBA" if image.mode == "RGBA" else "RGB"
        # Pillow types the result Optional for inPlace=True; without it an image comes back.
        return ImageCms.profileToProfile(  # type: ignore[return-value]
            image, source, SRGB, outputMode=mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image  # a broken or mismatched profile: keep the pixel values as they are


def _resizable(image: Image.Image) -> Image.Image:
    """The pixels in a mode that resamples well and takes colour profiles: RGB(A), L or CMYK."""
    if image.mode.startswith("I"):
        # 16-bit grey (PNG scans): scale down, as a plain conversion clips everything to white.
        image = image.convert("I").point(lambda value: value / 256).convert("L")
    keep = ("RGBA",) if image.has_transparency_data else ("RGB", "L", "CMYK")
    return image if image.mode in keep else image.convert(keep[0])


def _clean_rgb(image: Image.Image, orientation: int) -> Image.Image:
    """The picture upright, in sRGB over white, as a new image carrying no metadata."""
    original, icc_profile = image, image.info.get("icc_profile")
    image = _resizable(image)
    if orientation in UPRIGHT:
        image = image.transpose(UPRIGHT[orientation])
    if icc_profile:
        image = _to_srgb(image, icc_profile)
    if image.mode == "RGBA":
        flat = Image.new("RGB", image.size, WHITE)
        flat.paste(image, mask=image)
        image = flat
    elif image.mode != "RGB":
        image = image.convert("RGB")
    if image is original:
        image = image.copy()  # never strip the caller's own picture
    image.info = {}
    return image


def _encode(decoded: _Decoded, folder: Path, widths: tuple[int, ...]) -> EncodedImage:
    """Write the picture into `folder` upright, without metadata, in each width as WebP and
    JPEG; if writing fails, the files written so far are deleted."""
    image, (width, height), orientation = decoded
    turned = orientation in QUARTER_TURNS
    if turned:
        width, height = height, width
    stored = _stored_widths(width, widths)
    # Shrink to the widest copy first (in the file's orientation), so that turning and colour
    # conversion work on few pixels; each narrower copy then comes from the previous one.
    image = _resizable(image)
    widest = (stored[-1], max(1, round(height * stored[-1] / width)))
    in_file = widest[::-1] if turned else widest
    if image.size != in_file:
        image = image.resize(in_file, Image.Resampling.LANCZOS, reducing_gap=REDUCING_GAP)
    image = _clean_rgb(image, orientation)
    key = secrets.token_hex(16)
    files: dict[tuple[int, str], Path] = {}
    try:
        for stored_width in reversed(stored):
            size = (stored_width, max(1, round(height * stored_width / width)))
            if image.size != size:
                image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=REDUCING_GAP)
            webp, jpeg = (folder / f"{key}-{stored_width}.{ext}" for ext in ("webp", "jpg"))
            files[stored_width, "webp"], files[stored_width, "jpg"] = webp, jpeg
            image.save(webp, "WEBP", quality=WEBP_QUALITY, method=4)
            image.save(jpeg, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    except BaseException:
        for path in files.values():
            path.unlink(missing_ok=True)
        raise
    return EncodedImage(key, width, height, stored, files)


def encode_and_store(image: Image.Image, folder: Path, widths: tuple[int, ...]) -> EncodedImage:
    """Write a decoded picture into `folder` upright, without metadata, in each width as WebP
    and JPEG."""
    return _encode(_Decoded(image, image.size, _orientation(image)), folder, widths)


def encode_upload(
    data: bytes, folder: Path, widths: tuple[int, ...], *, max_pixels: int, min_side: int
) -> EncodedImage:
    """Check uploaded picture bytes (UploadError if refused), then store them the same way."""
    decoded = _decode(
        data,
        PICTURE_FORMATS,
        NOT_A_PICTURE,
        max_pixels=max_pixels,
        min_side=min_side,
        widths=widths,
    )
    return _encode(decoded, folder, widths)


def reencode_document_picture(data: bytes, *, max_pixels: int) -> tuple[str, bytes]:
    """Check a scanned certificate (JPEG or PNG) and re-encode it; returns (MIME type, bytes)."""
    decoded = _decode(data, DOCUMENT_FORMATS, NOT_A_DOCUMENT, max_pixels=max_pixels)
    is_png = decoded.image.format == "PNG"
    image = _clean_rgb(decoded.image, decoded.orientation)
    output = io.BytesIO()
    if is_png:
        image.save(output, "PNG")
        return "image/png", output.getvalue()
    image.save(output, "JPEG", quality=DOCUMENT_JPEG_QUALITY, optimize=True)
    return "image/jpeg", output.getvalue()
