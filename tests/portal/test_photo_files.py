"""Stored files follow their rows through the portal's uploads: a refused batch leaves no file,
an accepted one is served on the page the upload leads to, and a deleted or replaced picture
stops being served at once (unless a copy of the product still shows it)."""

import io
import re

import pytest
import sqlalchemy as sa
from PIL import Image

from storefront.catalog.certificates import OcopCertificate
from storefront.catalog.models import Product, ProductStatus
from storefront.extensions import db
from storefront.farms.models import Orchard
from storefront.media.models import MediaAsset
from storefront.media.storage import media_root
from storefront.producers.models import Producer
from tests import factories
from tests.media import corpus
from tests.portal.test_adoption_portal import adopted
from tests.portal.test_brand import brand_data
from tests.portal.test_products import product_data
from tests.portal.test_tourism import orchard_data
from tests.tours import builders
from tests.web import post

MEDIA_URL = re.compile(r"/media/[0-9a-f]{2}/[0-9a-f]{32}-\d+\.(?:webp|jpg)")


def media_files() -> set[str]:
    """Every file under MEDIA_ROOT, the staging folder included."""
    root = media_root()
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def picture(size=(640, 480), colour=(200, 120, 40)) -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    buffer.seek(0)
    return buffer


def _upload(client, url: str, data: dict, token_from: str | None = None):
    return post(client, url, data, token_from=token_from or url, content_type="multipart/form-data")


def _assets() -> int:
    return db.session.scalar(sa.select(sa.func.count(MediaAsset.id)))


def _product_photos(client, owner) -> tuple[str, str | None]:
    """The upload's address, and the page whose form it comes from (None: the same)."""
    factories.categories()
    product = factories.product(producer_=owner, images=0, published=False, verified=False)
    return f"/portal/products/{product.id}/photos", None


def _orchard_photos(client, owner) -> tuple[str, str | None]:
    orchard = builders.orchard(owner)
    return f"/portal/orchards/{orchard.id}/photos", None


def _tree_update(client, owner) -> tuple[str, str | None]:
    adoption = adopted(client.application, owner)
    return f"/portal/adoptions/{adoption.id}/updates", f"/portal/adoptions/{adoption.id}"


def _brand(client, owner) -> tuple[str, str | None]:
    return "/portal/brand", None


GOOD = [((640, 480), (200, 120, 40), "good-1.jpg"), ((640, 480), (0, 90, 0), "good-2.jpg")]
NOT_A_PICTURE = b"just some notes\n"
# Each place that stores uploads, and a post whose last file is refused after good ones.
REFUSED_BATCHES = {
    "product photos": (_product_photos, lambda good, bad: {"photos": [*good, bad]}),
    "orchard photos": (_orchard_photos, lambda good, bad: {"photos": [*good, bad]}),
    "tree update": (_tree_update, lambda good, bad: {"note": "Ra bông.", "photos": [*good, bad]}),
    "brand logo, then cover": (_brand, lambda good, bad: brand_data(logo=good[0], cover=bad)),
}


@pytest.mark.parametrize("place", REFUSED_BATCHES)
def test_a_refused_batch_leaves_no_new_file_on_disk(client, owner, place):
    make_owner, make_post = REFUSED_BATCHES[place]
    url, token_from = make_owner(client, owner)
    db.session.commit()  # the fixtures' own pictures in place before counting
    files, assets = media_files(), _assets()
    good = [(picture(size, colour), name) for size, colour, name in GOOD]
    data = make_post(good, (io.BytesIO(NOT_A_PICTURE), "notes.jpg"))
    response = _upload(client, url, data, token_from)
    assert response.status_code == 400
    assert "This file is not a JPEG, PNG, WebP or HEIC picture." in response.get_data(as_text=True)
    assert media_files() == files
    assert _assets() == assets


def test_an_accepted_batch_is_served_on_the_page_it_leads_to(client, owner):
    url, _ = _product_photos(client, owner)
    files = media_files()
    response = _upload(client, url, {"photos": [(picture(), "a.jpg"), (picture(), "b.jpg")]})
    assert response.status_code == 302
    new = media_files() - files
    assert len(new) == 2 * 2 * 2  # two photos, two widths, WebP and JPEG
    assert not any(name.startswith(".staging/") for name in new)
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    shown = set(MEDIA_URL.findall(page))
    assert len(shown) == 2
    for address in shown:
        served = client.get(address)
        assert served.status_code == 200 and served.data[:3] == b"\xff\xd8\xff"


def _photo_urls(product_id: int) -> list[str]:
    db.session.expire_all()
    product = db.session.get(Product, product_id)
    return [f"/media/{name}" for image in product.images for name in image.asset.filenames]


def test_a_deleted_photo_is_not_served_any_more(client, owner):
    url, _ = _product_photos(client, owner)
    _upload(client, url, {"photos": [(picture(), "a.jpg"), (picture(), "b.jpg")]})
    product_id = int(url.split("/")[3])
    db.session.expire_all()
    first, second = db.session.get(Product, product_id).images
    gone, kept = ([f"/media/{name}" for name in image.asset.filenames] for image in (first, second))
    assert all(client.get(address).status_code == 200 for address in gone + kept)
    assets = _assets()
    assert post(client, f"{url}/{first.id}/delete", token_from=url).status_code == 302
    assert [client.get(address).status_code for address in gone] == [404] * len(gone)
    assert all(client.get(address).status_code == 200 for address in kept)
    assert _assets() == assets - 1


def test_a_photo_shared_with_a_copy_of_the_product_stays_until_both_let_go(client, owner):
    url, _ = _product_photos(client, owner)
    _upload(client, url, {"photos": [(picture(), "a.jpg")]})
    product_id = int(url.split("/")[3])
    post(client, f"/portal/products/{product_id}/duplicate", token_from=url)
    copy = db.session.scalar(sa.select(Product).where(Product.name_vi.like("% (bản sao)")))
    addresses = _photo_urls(product_id)
    assert _photo_urls(copy.id) == addresses  # the copy shows the same stored files
    db.session.expire_all()
    [original] = db.session.get(Product, product_id).images
    post(client, f"{url}/{original.id}/delete", token_from=url)
    assert all(client.get(address).status_code == 200 for address in addresses)

    copy_url = f"/portal/products/{copy.id}/photos"
    db.session.expire_all()
    [copied] = db.session.get(Product, copy.id).images
    post(client, f"{copy_url}/{copied.id}/delete", token_from=copy_url)
    assert [client.get(address).status_code for address in addresses] == [404] * len(addresses)


def test_a_deleted_product_takes_its_photos_along(client, owner):
    url, _ = _product_photos(client, owner)
    _upload(client, url, {"photos": [(picture(), "a.jpg")]})
    product_id = int(url.split("/")[3])
    addresses = _photo_urls(product_id)
    assert post(client, f"/portal/products/{product_id}/delete", token_from=url).status_code == 302
    assert db.session.get(Product, product_id) is None
    assert [client.get(address).status_code for address in addresses] == [404] * len(addresses)


def test_a_replaced_logo_is_not_served_any_more(client, owner):
    data = brand_data(logo=(picture((600, 600)), "logo.png"))
    assert _upload(client, "/portal/brand", data).status_code == 302
    db.session.expire_all()
    old = [f"/media/{name}" for name in db.session.get(Producer, owner.id).logo.filenames]
    assert all(client.get(address).status_code == 200 for address in old)
    data = brand_data(logo=(picture((600, 600), (0, 0, 200)), "new-logo.png"))
    assert _upload(client, "/portal/brand", data).status_code == 302
    assert [client.get(address).status_code for address in old] == [404] * len(old)
    db.session.expire_all()
    new = db.session.get(Producer, owner.id).logo.filenames
    assert all(client.get(f"/media/{name}").status_code == 200 for name in new)


def test_a_deleted_orchard_photo_is_not_served_any_more(client, owner):
    url, _ = _orchard_photos(client, owner)
    orchard_id = int(url.split("/")[3])
    _upload(client, url, {"photos": [(picture(), "a.jpg")]})
    db.session.expire_all()
    [photo] = db.session.get(Orchard, orchard_id).photos
    addresses = [f"/media/{name}" for name in photo.asset.filenames]
    assert all(client.get(address).status_code == 200 for address in addresses)
    post(client, f"{url}/{photo.id}/delete", token_from=url)
    assert [client.get(address).status_code for address in addresses] == [404] * len(addresses)


def test_files_waiting_for_their_commit_are_never_served(client, database):
    staged = media_root() / ".staging" / "0123456789abcdef0123456789abcdef-320.jpg"
    staged.parent.mkdir(parents=True, exist_ok=True)
    staged.write_bytes(b"\xff\xd8\xff not yet committed")
    assert client.get("/media/.staging/0123456789abcdef0123456789abcdef-320.jpg").status_code == 404
    staged.unlink()


def test_a_replaced_orchard_cover_is_not_served_any_more(client, owner):
    data = orchard_data(cover_file=(picture(), "cover.jpg"))
    assert _upload(client, "/portal/orchards/new", data).status_code == 302
    orchard = db.session.scalar(sa.select(Orchard).where(Orchard.producer_id == owner.id))
    old = [f"/media/{name}" for name in orchard.cover.filenames]
    edit = f"/portal/orchards/{orchard.id}/edit"
    assert _upload(client, edit, orchard_data(cover_file=(picture(), "new.jpg"))).status_code == 302
    assert [client.get(address).status_code for address in old] == [404] * len(old)
    db.session.expire_all()
    new = db.session.get(Orchard, orchard.id).cover.filenames
    assert all(client.get(f"/media/{name}").status_code == 200 for name in new)


def test_a_replaced_certificate_scan_is_not_served_any_more(client, owner):
    factories.categories()
    scan = (io.BytesIO(corpus.pdf()), "certificate.pdf")
    assert (
        _upload(client, "/portal/products/new", product_data(certificate_scan=scan)).status_code
        == 302
    )
    product = db.session.scalar(sa.select(Product).where(Product.producer_id == owner.id))
    old = f"/media/{product.certificate_document.filename}"
    assert client.get(old).status_code == 200
    edit = f"/portal/products/{product.id}/edit"
    data = product_data(
        certificate_scan=(io.BytesIO(corpus.pdf()), "renewed.pdf"),
        **{"variants-0-id": str(product.variants[0].id)},
    )
    assert _upload(client, edit, data).status_code == 302
    assert client.get(old).status_code == 404
    db.session.expire_all()
    new = db.session.get(Product, product.id).certificate_document.filename
    assert client.get(f"/media/{new}").status_code == 200


def test_a_certified_product_is_archived_not_deleted(client, owner):
    """The office's certificate keeps pointing at it: the product stays, archived, with its
    photos, and the certificate is still on record for the next rating."""
    factories.categories()
    product = factories.product(producer_=owner, images=1, published=False)
    url = f"/portal/products/{product.id}/photos"
    assert post(client, f"/portal/products/{product.id}/delete", token_from=url).status_code == 302
    db.session.expire_all()
    assert db.session.get(Product, product.id).status == ProductStatus.ARCHIVED
    assert db.session.scalar(sa.select(OcopCertificate).filter_by(product_id=product.id))
