"""Upload corpus built in memory with real bytes: photos, phone quirks, bombs and impostors."""

import io
import random

from PIL import Image, ImageCms, ImageDraw

RED = (220, 20, 20)
GPS_IFD = 0x8825
ORIENTATION = 0x0112


def picture(size=(800, 600), mode="RGB", marker=True) -> Image.Image:
    """A picture with some detail (so it compresses like one) and a red top-left corner."""
    gradient = Image.linear_gradient("L").resize(size)
    # Seeded noise between 96 and 159: detail for the encoders, never mistaken for the marker.
    noise = Image.frombytes("L", size, random.Random(3).randbytes(size[0] * size[1]))
    noise = noise.point(lambda value: 96 + value // 4)
    image = Image.merge("RGB", (gradient, noise, gradient.transpose(Image.Transpose.ROTATE_180)))
    if marker:
        ImageDraw.Draw(image).rectangle((0, 0, size[0] // 8, size[1] // 8), fill=RED)
    return image.convert(mode)


def encode(image: Image.Image, fmt: str, **params) -> bytes:
    """The picture saved in a format, as bytes."""
    output = io.BytesIO()
    image.save(output, fmt, **params)
    return output.getvalue()


def gps_exif(orientation: int = 1) -> Image.Exif:
    """EXIF as a phone writes it: maker, orientation, and where the photo was taken."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[ORIENTATION] = orientation
    exif[GPS_IFD] = {
        1: "N",
        2: (10.0, 27.0, 36.5),
        3: "E",
        4: (105.0, 38.0, 12.25),
    }
    return exif


def jpeg(size=(800, 600), orientation: int = 1, **params) -> bytes:
    """A phone-style JPEG with GPS EXIF and the given orientation."""
    return encode(picture(size), "JPEG", exif=gps_exif(orientation), quality=90, **params)


def srgb_profile() -> bytes:
    """An ICC profile's bytes (sRGB), as phones and editors embed."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def png_bomb(size=(30000, 30000)) -> bytes:
    """A small PNG whose header claims a huge size (1-bit blank pixels compress to nothing)."""
    return encode(Image.new("1", size), "PNG", optimize=True)


def animated(fmt: str) -> bytes:
    """A two-frame animation (GIF, APNG or WebP) of a comfortable size."""
    frames = [picture(), picture(marker=False)]
    return encode(frames[0], fmt, save_all=True, append_images=frames[1:], duration=200, loop=0)


def pdf() -> bytes:
    """A minimal valid one-page PDF, written by hand with a correct cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return body


HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>\n"
