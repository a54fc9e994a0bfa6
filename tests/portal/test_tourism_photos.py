"""More photos of orchards, trees and tours: upload several, move earlier, delete, limits."""

import io

import pytest
import sqlalchemy as sa
from PIL import Image

from storefront.extensions import db
from storefront.farms import photos
from storefront.farms.models import Orchard, Tree
from storefront.media.models import MediaAsset
from storefront.tours.models import Tour
from tests import factories
from tests.tours import builders
from tests.web import post

MODELS = {"orchards": Orchard, "trees": Tree, "tours": Tour}
EDIT_PAGES = {"orchards": "/portal/orchards/{}/edit", "trees": "/portal/trees/{}/edit",
              "tours": "/portal/tours/{}/edit"}  # fmt: skip


def picture(fmt: str = "PNG", size=(480, 420), colour=(40, 140, 60)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, fmt)
    return buffer.getvalue()


def _owner_of(kind: str, producer):
    if kind == "orchards":
        return builders.orchard(producer)
    if kind == "trees":
        return builders.tree(builders.orchard(producer))
    return builders.tour(producer)


def _upload(client, kind: str, owner_id: int, files: list[tuple[bytes, str]]):
    url = f"/portal/{kind}/{owner_id}/photos"
    data = {"photos": [(io.BytesIO(data), name) for data, name in files]}
    return post(client, url, data, token_from=url, content_type="multipart/form-data")


def _photo_ids(kind: str, owner_id: int) -> list[int]:
    db.session.expire_all()
    return [p.id for p in db.session.get(MODELS[kind], owner_id).photos]


def _assets() -> int:
    return db.session.scalar(sa.select(sa.func.count(MediaAsset.id)))


@pytest.mark.parametrize("kind", MODELS)
def test_upload_several_move_earlier_and_delete(client, owner, kind):
    thing = _owner_of(kind, owner)
    edit_page = EDIT_PAGES[kind].format(thing.id)
    response = _upload(
        client,
        kind,
        thing.id,
        [(picture("PNG"), "a.png"), (picture("JPEG", (640, 480)), "b.jpg"), (picture(), "c.png")],
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"{edit_page}#photos")
    first, second, third = _photo_ids(kind, thing.id)

    page = client.get(edit_page).get_data(as_text=True)
    assert 'id="photos"' in page and "multiple" in page and 'accept="image/*"' in page
    assert f"/portal/{kind}/{thing.id}/photos/{second}/up" in page
    assert f"/portal/{kind}/{thing.id}/photos/{first}/up" not in page  # already first

    url = f"/portal/{kind}/{thing.id}/photos"
    assert post(client, f"{url}/{third}/up", token_from=url).status_code == 302
    assert _photo_ids(kind, thing.id) == [first, third, second]
    assert post(client, f"{url}/{first}/up", token_from=url).status_code == 302
    assert _photo_ids(kind, thing.id) == [first, third, second]

    assert post(client, f"{url}/{third}/delete", token_from=url).status_code == 302
    assert _photo_ids(kind, thing.id) == [first, second]
    assert [p.position for p in db.session.get(MODELS[kind], thing.id).photos] == [0, 1]


@pytest.mark.parametrize("kind", MODELS)
def test_a_text_file_named_jpg_is_refused_and_nothing_is_stored(client, owner, kind):
    thing = _owner_of(kind, owner)
    before = _assets()
    response = _upload(
        client, kind, thing.id, [(picture(), "good.png"), (b"just some notes\n", "notes.jpg")]
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "notes.jpg: This file is not a JPEG, PNG, WebP or HEIC picture." in page
    assert 'class="error"' in page
    assert _photo_ids(kind, thing.id) == []
    assert _assets() == before


def test_choosing_no_file_is_refused(client, owner):
    orchard = builders.orchard(owner)
    response = _upload(client, "orchards", orchard.id, [])
    assert response.status_code == 400
    assert "Choose one or more photos." in response.get_data(as_text=True)


def test_at_most_twelve_photos(client, owner):
    tour = builders.tour(owner)
    builders.extra_photos(tour, photos.MAX_PHOTOS - 1)
    before = _assets()

    response = _upload(client, "tours", tour.id, [(picture(), "a.png"), (picture(), "b.png")])
    assert response.status_code == 400
    assert "At most 12 photos besides the main one." in response.get_data(as_text=True)
    assert len(_photo_ids("tours", tour.id)) == 11 and _assets() == before

    assert _upload(client, "tours", tour.id, [(picture(), "a.png")]).status_code == 302
    assert len(_photo_ids("tours", tour.id)) == 12
    edit_page = client.get(f"/portal/tours/{tour.id}/edit").get_data(as_text=True)
    assert f'action="/portal/tours/{tour.id}/photos"' not in edit_page  # no upload form when full


def test_a_photo_of_another_tree_gives_404_and_changes_nothing(client, owner):
    orchard = builders.orchard(owner)
    tree, other = builders.tree(orchard), builders.tree(orchard)
    builders.extra_photos(tree, 2)
    (elsewhere,) = builders.extra_photos(other, 1)
    url = f"/portal/trees/{tree.id}/photos/{elsewhere.id}"
    for action in ("up", "delete"):
        assert post(client, f"{url}/{action}", token_from="/portal/").status_code == 404
    assert _photo_ids("trees", other.id) == [elsewhere.id]
    assert len(_photo_ids("trees", tree.id)) == 2


def test_the_photos_page_opens_for_the_owner(client, owner):
    tree = builders.tree(builders.orchard(owner), code="MINE7")
    builders.extra_photos(tree, 1)
    page = client.get(f"/portal/trees/{tree.id}/photos").get_data(as_text=True)
    assert "Photos of MINE7" in page and f'href="/portal/trees/{tree.id}/edit#photos"' in page


def test_new_forms_have_no_photo_section(client, owner):
    orchard = builders.orchard(owner)
    for url in (
        "/portal/orchards/new",
        f"/portal/orchards/{orchard.id}/trees/new",
        "/portal/tours/new",
    ):
        assert 'id="photos"' not in client.get(url).get_data(as_text=True)


def test_photos_go_with_their_owner(database):
    tour = builders.tour(factories.producer())
    builders.extra_photos(tour, 2)
    db.session.delete(tour)
    db.session.flush()
    assert db.session.scalar(sa.text("SELECT count(*) FROM tour_photo")) == 0
