"""Stored files follow their rows: in place once the row commits, never if it rolls back, not
twice when a deadlocked view runs again, and deleted after the commit that lets go of them."""

import pytest
from sqlalchemy.exc import OperationalError

from storefront.database import writes
from storefront.extensions import db
from storefront.media.services import release, store_document, store_upload
from storefront.media.storage import media_root
from tests.media import corpus


def media_files() -> set[str]:
    """Every file under MEDIA_ROOT, the staging folder included."""
    root = media_root()
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def in_place(thing) -> list[bool]:
    return [(media_root() / name).is_file() for name in thing.filenames]


def test_a_picture_is_in_place_once_its_row_commits_and_not_before(database):
    before = media_files()
    asset = store_upload(corpus.jpeg(), "IMG_0001.JPG")
    assert in_place(asset) == [False] * 4
    assert {name.split("/")[0] for name in media_files() - before} == {".staging"}
    db.session.commit()
    assert in_place(asset) == [True] * 4
    assert media_files() - before == set(asset.filenames)


@pytest.mark.parametrize(
    "store",
    [
        lambda: store_upload(corpus.jpeg(), "a.jpg"),
        lambda: store_document(corpus.pdf(), "certificate.pdf"),
    ],
    ids=["picture", "document"],
)
def test_a_rollback_leaves_no_file_at_all(database, store):
    before = media_files()
    store()
    store()
    db.session.rollback()
    assert media_files() == before


def test_a_savepoint_rolled_back_takes_its_files_along(database):
    before = media_files()
    kept = store_upload(corpus.jpeg(), "kept.jpg")
    with pytest.raises(LookupError), db.session.begin_nested():
        store_upload(corpus.jpeg(), "dropped.jpg")
        raise LookupError
    db.session.commit()
    assert media_files() - before == set(kept.filenames)


class _Deadlock(Exception):
    sqlstate = "40P01"


def test_a_view_run_again_after_a_deadlock_stores_its_files_once(app, database):
    attempts = []

    @writes
    def upload_view():
        asset = store_upload(corpus.jpeg(), "IMG_0002.JPG")
        attempts.append(asset.key)
        if len(attempts) == 1:
            raise OperationalError("UPDATE product ...", {}, _Deadlock())
        stored.append(asset)
        return "stored"  # @writes commits

    stored = []
    before = media_files()
    with app.test_request_context("/", method="POST"):
        upload_view()
    assert len(attempts) == 2
    assert media_files() - before == set(stored[0].filenames)
    assert not any(attempts[0] in name for name in media_files())


def test_released_files_go_after_the_commit_and_stay_if_it_rolls_back(database):
    asset = store_upload(corpus.jpeg(), "a.jpg")
    document = store_document(corpus.pdf(), "certificate.pdf")
    db.session.commit()
    release(asset, document)  # nothing points at them
    assert in_place(asset) == [True] * 4 and in_place(document) == [True]
    db.session.rollback()
    assert in_place(asset) == [True] * 4 and in_place(document) == [True]
    release(asset, document)
    db.session.commit()
    assert in_place(asset) == [False] * 4 and in_place(document) == [False]


def test_a_picture_given_twice_is_released_once(database):
    asset = store_upload(corpus.jpeg(), "a.jpg")
    db.session.commit()
    release(asset, asset)  # a product whose two photos share one stored picture
    db.session.commit()
    assert in_place(asset) == [False] * 4
