"""Picture uploads: judged by content, refused whole (no file, no row), stored upright and clean.

Stored files are in place once their row commits, hence the commits before reading them.
"""

import io

import pytest
import sqlalchemy as sa
from PIL import Image, ImageFile

from storefront.extensions import db
from storefront.media.errors import UploadError
from storefront.media.models import Document, MediaAsset
from storefront.media.services import store_image, store_upload
from storefront.media.storage import media_root
from tests.media import corpus


def stored_state() -> tuple[set, tuple[int, int]]:
    """Every file under MEDIA_ROOT and the number of MediaAsset and Document rows."""
    files = {p for p in media_root().rglob("*") if p.is_file()} if media_root().exists() else set()
    rows = tuple(
        db.session.scalar(sa.select(sa.func.count()).select_from(model))
        for model in (MediaAsset, Document)
    )
    return files, rows


def refused(store, data: bytes, filename: str = "") -> UploadError:
    """Call `store`, expect UploadError, and check nothing was stored."""
    before = stored_state()
    with pytest.raises(UploadError) as caught:
        store(data, filename)
    assert stored_state() == before
    return caught.value


def open_stored(asset: MediaAsset, width: int, fmt: str) -> tuple[Image.Image, bytes]:
    data = (media_root() / asset.filename(width, fmt)).read_bytes()
    image = Image.open(io.BytesIO(data))
    image.load()
    return image, data


def stored_copies(asset: MediaAsset):
    for width in asset.widths:
        for fmt in ("jpg", "webp"):
            yield open_stored(asset, width, fmt)


def is_red(pixel) -> bool:
    red, green, blue = pixel[:3]
    return red > 180 and green < 80 and blue < 80


def test_truncated_pictures_are_never_loaded_on_purpose():
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


REFUSALS = [
    ("pdf renamed .jpg", lambda: corpus.pdf(), "scan.jpg", "wrong_format"),
    ("html renamed .png", lambda: corpus.HTML, "photo.png", "wrong_format"),
    ("empty file", lambda: b"", "photo.jpg", "wrong_format"),
    ("animated gif", lambda: corpus.animated("GIF"), "cat.gif", "wrong_format"),
    ("animated webp", lambda: corpus.animated("WEBP"), "cat.webp", "animated"),
    ("animated png", lambda: corpus.animated("PNG"), "cat.png", "animated"),
    ("truncated jpeg", lambda: corpus.jpeg()[: len(corpus.jpeg()) // 2], "a.jpg", "damaged"),
    ("too small", lambda: corpus.jpeg((300, 300)), "small.jpg", "too_small"),
    ("too narrow", lambda: corpus.jpeg((1200, 399)), "banner.jpg", "too_small"),
    ("png bomb", lambda: corpus.png_bomb(), "bomb.png", "too_many_pixels"),
    ("over pillow's warning", lambda: corpus.png_bomb((10000, 9000)), "b.png", "too_many_pixels"),
    ("over our own cap", lambda: corpus.png_bomb((8000, 7000)), "b.png", "too_many_pixels"),
    ("20 MB", lambda: corpus.jpeg() + bytes(20 * 1024 * 1024), "huge.jpg", "too_big"),
]


@pytest.mark.parametrize(
    ("make", "filename", "reason"),
    [case[1:] for case in REFUSALS],
    ids=[case[0] for case in REFUSALS],
)
def test_refused_uploads_store_nothing(database, make, filename, reason):
    assert refused(store_upload, make(), filename).reason == reason


def test_refusal_message_is_friendly_english(app, database):
    with app.test_request_context("/?lang=en"):
        message = str(refused(store_upload, corpus.jpeg((300, 300))))
        assert message == (
            "This picture is too small: it needs to be at least 400 pixels wide and high."
        )
        for data in (corpus.HTML, corpus.png_bomb(), corpus.animated("WEBP"), bytes(16 << 20)):
            message = str(refused(store_upload, data))
            assert message.isascii() and message.endswith(".") and "%(" not in message


def test_gps_and_all_metadata_are_stripped(database):
    source = corpus.jpeg(icc_profile=corpus.srgb_profile(), comment=b"secret")
    assert Image.open(io.BytesIO(source)).getexif().get_ifd(corpus.GPS_IFD)
    asset = store_upload(source, "IMG_0001.JPG")
    db.session.commit()
    assert asset.widths == [320, 640]
    for image, data in stored_copies(asset):
        assert not image.getexif()
        assert b"Exif" not in data and b"PhoneMaker" not in data and b"secret" not in data
        assert "icc_profile" not in image.info


def test_phone_photo_turned_by_exif_is_stored_upright(database):
    asset = store_upload(corpus.jpeg((800, 600), orientation=6), "IMG_0002.JPG")
    db.session.commit()
    assert (asset.width, asset.height) == (600, 800)
    for image, _ in stored_copies(asset):
        width, height = image.size
        assert height == asset.height_for(width)
        # Orientation 6 turns the picture a quarter clockwise: top-left goes to top-right.
        assert is_red(image.getpixel((width - 5, 5)))
        assert not is_red(image.getpixel((5, 5)))
        assert not is_red(image.getpixel((width - 5, height - 5)))


def test_big_jpeg_is_decoded_at_reduced_scale_and_keeps_its_true_size(database):
    asset = store_upload(corpus.jpeg((3000, 2000), orientation=8), "IMG_0003.JPG")
    db.session.commit()
    assert (asset.width, asset.height) == (2000, 3000)
    image, _ = open_stored(asset, 640, "webp")
    assert image.size == (640, 960)
    # Orientation 8 turns it a quarter anticlockwise: top-left goes to bottom-left.
    assert is_red(image.getpixel((5, 955)))


@pytest.mark.parametrize(
    ("mode", "fmt", "params"),
    [
        pytest.param("CMYK", "JPEG", {}, id="cmyk jpeg"),
        pytest.param("RGBA", "PNG", {}, id="rgba png"),
        pytest.param("P", "PNG", {}, id="palette png"),
        pytest.param("L", "PNG", {}, id="grey png"),
        pytest.param("RGB", "WEBP", {}, id="webp"),
        pytest.param("RGB", "HEIF", {}, id="heic"),
        pytest.param(
            "RGB",
            "MPO",
            {"save_all": True, "append_images": [corpus.picture((400, 300))]},
            id="jpeg with a gain map (mpo)",
        ),
    ],
)
def test_accepted_formats_are_stored_as_rgb(database, mode, fmt, params):
    source = corpus.picture(mode=mode)
    asset = store_upload(corpus.encode(source, fmt, **params), "upload")
    db.session.commit()
    assert (asset.width, asset.height) == (800, 600)
    corner = source.convert("RGB").getpixel((3, 3))
    for image, _ in stored_copies(asset):
        assert image.mode == "RGB"
        assert image.size == (image.width, asset.height_for(image.width))
        assert all(abs(a - b) < 24 for a, b in zip(image.getpixel((3, 3)), corner, strict=True))


def test_transparent_parts_become_white(database):
    image = corpus.picture(mode="RGBA")
    image.putalpha(Image.new("L", image.size, 0))
    asset = store_upload(corpus.encode(image, "PNG"))
    db.session.commit()
    stored, _ = open_stored(asset, 320, "jpg")
    assert all(channel > 245 for channel in stored.getpixel((160, 120)))


def test_sixteen_bit_grey_is_scaled_not_clipped_to_white(database):
    grey = Image.new("I;16", (600, 600), 128 * 256)
    asset = store_upload(corpus.encode(grey, "PNG"))
    db.session.commit()
    stored, _ = open_stored(asset, 320, "webp")
    assert all(120 < channel < 136 for channel in stored.getpixel((160, 160)))


def test_store_image_keeps_working_with_the_same_encoder(database):
    image = corpus.picture((500, 400), mode="RGBA")
    image.info["exif"] = corpus.gps_exif(orientation=6).tobytes()
    asset = store_image(image)
    db.session.commit()
    assert (asset.width, asset.height, asset.widths) == (400, 500, [320])
    stored, data = open_stored(asset, 320, "jpg")
    assert stored.mode == "RGB" and b"Exif" not in data
    assert image.mode == "RGBA" and image.size == (500, 400)  # the caller's picture is untouched


def test_unreadable_exif_is_dropped_not_fatal(database):
    data = corpus.jpeg((800, 600), orientation=6)
    start = data.index(b"Exif\x00\x00") + 6
    broken = data[:start] + b"XX" + data[start + 2 :]  # not a TIFF header any more
    asset = store_upload(broken, "IMG_0004.JPG")
    db.session.commit()
    assert (asset.width, asset.height) == (800, 600)  # orientation unknown: kept as stored
    for _, stored in stored_copies(asset):
        assert b"Exif" not in stored
