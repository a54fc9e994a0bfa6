"""`flask media sweep`: real files under a MEDIA_ROOT of the test's own, real rows, the real
command. It deletes what no record names and no row points at once older than the grace
period (file mtimes, record dates), never touches what is referenced or not named like ours,
reports records whose files are missing, and changes nothing the second time."""

import os
import pty
import select
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from storefront.extensions import db
from storefront.media.models import Document, MediaAsset
from storefront.media.services import store_document, store_upload
from storefront.media.storage import media_root
from storefront.models_base import utcnow
from tests import factories
from tests.media import corpus

ROOT = Path(__file__).resolve().parents[2]
FLASK = Path(sys.executable).parent / "flask"
DAY = 24 * 3600
ORPHAN_KEY = "ab" + "0" * 30
YOUNG_KEY = "ab" + "1" * 30
STAGED_KEY = "cd" + "2" * 30


@pytest.fixture
def root(app, database, monkeypatch, tmp_path) -> Path:
    """An empty MEDIA_ROOT for this test alone."""
    folder = tmp_path / "media"
    monkeypatch.setitem(app.config, "MEDIA_ROOT", str(folder))
    return folder


def sweep(app, *args: str):
    result = app.test_cli_runner().invoke(args=["media", "sweep", *args])
    assert result.exit_code == 0, result.output
    return result.output


def age(path: Path, seconds: float) -> Path:
    """Make a file look written `seconds` ago."""
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def write(root: Path, name: str, seconds_old: float, data: bytes = b"x" * 1000) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return age(path, seconds_old)


def files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def folders(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir()}


def aged_files(root: Path, names: list[str], seconds: float) -> None:
    for name in names:
        age(root / name, seconds)


def referenced_photo(root: Path) -> MediaAsset:
    """A product photo (a row points at it), its files written days ago."""
    product = factories.product(images=1)
    db.session.commit()
    asset = product.images[0].asset
    aged_files(root, asset.filenames, 3 * DAY)
    return asset


def unreferenced(days_old: float) -> MediaAsset:
    """A picture record nothing points at, created `days_old` ago, its files as old."""
    asset = store_upload(corpus.jpeg(), "left.jpg")
    asset.created_at = utcnow() - timedelta(days=days_old)
    db.session.commit()
    aged_files(media_root(), asset.filenames, days_old * DAY)
    return asset


def exists(model, key: str) -> bool:
    return db.session.scalar(sa.select(model.id).where(model.key == key)) is not None


def test_orphans_older_than_the_grace_go_and_everything_else_stays(app, root):
    photo = referenced_photo(root)
    document = store_document(corpus.pdf(), "certificate.pdf")
    factories.product(certificate_document=document)
    db.session.commit()
    age(root / document.filename, 3 * DAY)
    # Shard folders no kept file lives in (a random key may start with any two hex digits).
    taken = (photo.key[:2], document.key[:2])
    empty, spare = [x for x in ("0f", "ef", "1e", "d0") if x not in taken][:2]
    old_orphans = [
        write(root, f"ab/{ORPHAN_KEY}-320.webp", 2 * DAY, b"x" * 4000),
        write(root, f"ab/{ORPHAN_KEY}-320.jpg", 2 * DAY, b"x" * 6000),
        write(root, f".staging/{STAGED_KEY}-640.jpg", 2 * DAY),  # a crashed upload
        write(root, f"documents/{spare}/{spare * 16}.pdf", 2 * DAY),
        write(root, f"{photo.key[:2]}/{photo.key}-999.jpg", 2 * DAY),  # a width it has not
    ]
    young_orphan = write(root, f"ab/{YOUNG_KEY}-320.webp", 3600)
    in_flight = write(root, f".staging/{'f' * 32}-320.webp", 60)
    not_ours = [
        write(root, "notes.txt", 30 * DAY),
        write(root, "ab/README", 30 * DAY),
        write(root, f"ab/{ORPHAN_KEY}-320.png", 30 * DAY),
    ]
    (root / empty).mkdir()  # an empty shard folder left by older code
    before = files(root)

    output = sweep(app)

    assert not any(path.exists() for path in old_orphans)
    assert files(root) == before - {f.relative_to(root).as_posix() for f in old_orphans}
    assert young_orphan.exists() and in_flight.exists()
    assert all(path.exists() for path in not_ours)
    assert all((root / name).is_file() for name in photo.filenames)
    assert (root / document.filename).is_file()
    assert empty not in folders(root) and f"documents/{spare}" not in folders(root)
    assert {"ab", "documents", ".staging", photo.key[:2]} <= folders(root)
    assert (
        f"{len(before)} files looked at under {root}: 5 were deleted (13,000 bytes freed)" in output
    )
    assert "2 unreferenced kept (younger than 24 hours), 3 not named like ours left alone" in output
    assert "2 empty folders were removed" in output
    assert "Every record has its files." in output


def test_records_nothing_refers_to_go_with_their_files_after_the_grace(app, root):
    old, young = unreferenced(days_old=3), unreferenced(days_old=0.5)
    photo = referenced_photo(root)
    old_key, old_files = old.key, old.filenames

    output = sweep(app)

    assert not exists(MediaAsset, old_key) and not any((root / n).exists() for n in old_files)
    assert exists(MediaAsset, young.key) and all((root / n).is_file() for n in young.filenames)
    assert exists(MediaAsset, photo.key)
    assert "1 picture and 0 document records that nothing refers to were deleted." in output
    assert f"{len(old_files)} were deleted" in output


def test_a_staged_file_whose_record_committed_is_moved_into_place(app, root):
    photo = referenced_photo(root)
    crashed = photo.filenames[0]  # as if the worker died between the commit and this rename
    staged = root / ".staging" / Path(crashed).name
    os.replace(root / crashed, staged)

    output = sweep(app)

    assert (root / crashed).is_file() and not staged.exists()
    assert "1 staged files were moved into place" in output
    assert "Every record has its files." in output


def test_records_whose_files_are_missing_are_reported_and_kept(app, root):
    photo = referenced_photo(root)
    (root / photo.filenames[0]).unlink()
    (root / photo.filenames[1]).unlink()

    output = sweep(app)

    assert f"1 records miss files (how many): {photo.key} (2)" in output
    assert exists(MediaAsset, photo.key)


def test_a_dry_run_counts_and_changes_nothing(app, root):
    old = unreferenced(days_old=3)
    orphan = write(root, f"ab/{ORPHAN_KEY}-320.webp", 2 * DAY)
    before, before_folders = files(root), folders(root)

    output = sweep(app, "--dry-run")

    assert files(root) == before and folders(root) == before_folders
    assert exists(MediaAsset, old.key) and orphan.exists()
    assert "Dry run: nothing was deleted, moved or removed." in output
    assert f"{len(old.filenames) + 1} would be deleted" in output
    assert "1 picture and 0 document records that nothing refers to would be deleted." in output
    assert "2 empty folders would be removed" in output


def test_a_second_run_finds_nothing_more(app, root):
    referenced_photo(root)
    unreferenced(days_old=3)
    write(root, f"ab/{ORPHAN_KEY}-320.webp", 2 * DAY)
    sweep(app)
    kept = files(root)

    output = sweep(app)

    assert files(root) == kept
    assert f"{len(kept)} files looked at under {root}: 0 were deleted" in output
    assert "0 picture and 0 document records" in output


def test_the_grace_comes_from_the_option_or_the_setting(app, root, monkeypatch):
    two_hours = write(root, f"ab/{ORPHAN_KEY}-320.webp", 2 * 3600)
    hour_old_record = unreferenced(days_old=1 / 24).key

    assert "0 were deleted" in sweep(app)  # the default grace: 24 hours
    assert "0 were deleted" in sweep(app, "--grace", "3")
    assert two_hours.exists()

    monkeypatch.setitem(app.config, "MEDIA_SWEEP_GRACE_HOURS", 1.5)
    assert "1 were deleted" in sweep(app)
    assert not two_hours.exists() and exists(MediaAsset, hour_old_record)

    assert "0.5 hours" in sweep(app, "--grace", "0.5")
    assert not exists(MediaAsset, hour_old_record)


def test_documents_nothing_refers_to_go_too(app, root):
    document = store_document(corpus.pdf(), "replaced.pdf")
    document.created_at = utcnow() - timedelta(days=2)
    db.session.commit()
    key, path = document.key, age(root / document.filename, 2 * DAY)

    output = sweep(app)

    assert not exists(Document, key) and not path.exists()
    assert "0 picture and 1 document records" in output


def _on_a_terminal(args: list[str], env: dict) -> str:
    """Run `flask ...` with its output on a pseudo-terminal; what the terminal showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [str(FLASK), *args], cwd=ROOT, env=env, stdin=follower, stdout=follower, stderr=follower
    )
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        try:
            chunk = os.read(leader, 4096) if ready else b""
        except OSError:  # the command ended and closed the terminal
            chunk = b""
        if not chunk:
            break
        shown += chunk
    process.wait(timeout=60)
    os.close(leader)
    assert process.returncode == 0, shown
    return shown.decode()


def test_on_a_terminal_it_shows_a_progress_line(make_database_url, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("FLASK_APP", "FLASK_DEBUG")}
    env.update(
        STOREFRONT_INSTANCE=str(tmp_path),
        SITE_URL="http://127.0.0.1:5000",
        DATABASE_URL=make_database_url("sweep_terminal"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    subprocess.run(
        [str(FLASK), "db", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True
    )
    for n in range(3):
        write(tmp_path / "media", f"ab/{n:032x}-320.webp", 2 * DAY)

    shown = _on_a_terminal(["media", "sweep"], env)

    bar = shown.split("\r")  # the line is redrawn in place
    assert any("Checking stored files  [---" in line and "0/3" in line for line in bar)
    assert any("Checking stored files  [###" in line and "3/3" in line for line in bar)
    assert "3 files looked at" in shown and "3 were deleted" in shown
