"""What the support tests build: office accounts (administrators, commune officers) and
requests opened through the service, with real files."""

import io

from PIL import Image

from storefront.accounts.models import OfficeRole
from storefront.programme import support
from tests import factories
from tests.media import corpus


def admin(**fields):
    return factories.user(is_admin=True, name=fields.pop("name", "Chị Lan (Sở)"), **fields)


def officer(commune: int = factories.LAI_VUNG, **fields):
    """A commune officer of `commune` (a ward code)."""
    return factories.user(office_role=OfficeRole.COMMUNE_OFFICER, commune_code=commune, **fields)


def photo_bytes(size=(640, 480), colour=(200, 120, 40)) -> bytes:
    """A real JPEG drawn by Pillow."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return buffer.getvalue()


def png_bytes(size=(320, 240)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (40, 160, 90)).save(buffer, "PNG")
    return buffer.getvalue()


PDF = corpus.pdf
EXE_AS_PNG = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def request(producer=None, author=None, *, subject="Thiết kế lại nhãn trà sen", **fields):
    """A request opened through the service by a member of `producer` (a new one by default)."""
    producer = producer or factories.producer()
    author = author or next((m.user for m in producer.members), None) or factories.member(producer)
    return support.open_request(
        producer,
        author,
        fields.pop("kind", "packaging"),
        subject,
        fields.pop("body", "Chúng tôi cần nhãn mới cho hộp trà sen 100 g."),
        fields.pop("uploads", []),
    )
