"""The sweep behind `flask media sweep`: stored files and records that nothing needs any more.

Files are moved into place after their row commits and deleted after the commit that deletes
their row (media.storage), so the sweep only collects what crashes, races and older code left:
- picture and document records no row points at, older than the grace period (two people
  deleting the two copies of a shared photo at once, or photos deleted before deletes took
  their files along);
- files under MEDIA_ROOT named like ours that no record names, older than the grace period
  (file mtimes): the grace protects uploads in flight, whose files wait in the staging folder
  until their commit. A staged file whose record did commit is moved into place instead;
- then the shard folders this left empty.
Files not named like ours are never touched, whatever MEDIA_ROOT points at. Every decision is
taken against the database of the moment, so the sweep may run twice, or while people upload.
"""

import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path, PurePosixPath

import sqlalchemy as sa

from storefront.extensions import db
from storefront.media.models import Document, MediaAsset
from storefront.media.references import Stored, referenced_ids
from storefront.media.storage import STAGING, media_root, move_into_place
from storefront.models_base import utcnow

KEY = r"(?P<key>[0-9a-f]{32})"
SHARD = r"[0-9a-f]{2}"
PICTURE = re.compile(rf"{SHARD}/{KEY}-\d+\.(?:webp|jpg)")
DOCUMENT = re.compile(rf"documents/{SHARD}/{KEY}\.(?:pdf|jpg|png|bin)")
STAGED = re.compile(rf"{re.escape(STAGING)}/{KEY}(?:-\d+)?\.(?:webp|jpg|pdf|png|bin)")
SHARD_FOLDER = re.compile(rf"(?:documents/)?{SHARD}")
# Files checked per database query; each batch reads a fresh snapshot (SQLite keeps one per
# transaction), so a record committed during the sweep is seen.
BATCH = 500
STORED_MODELS: tuple[type[Stored], ...] = (MediaAsset, Document)  # the records of stored files


@dataclass
class SweepReport:
    """What a sweep looked at and did (or, dry, would do)."""

    looked_at: int = 0
    deleted: int = 0
    bytes_freed: int = 0
    young: int = 0  # unreferenced, but within the grace period: kept
    moved_into_place: int = 0  # staged files of committed records
    not_ours: int = 0  # not named like a stored file: left alone
    folders_removed: int = 0
    records_removed: Counter = field(default_factory=Counter)  # "pictures", "documents"
    missing: dict[str, int] = field(default_factory=dict)  # record key -> files missing


class Sweep:
    """One run: `drop_unreferenced_records`, `files`, `check` each batch, `remove_empty_folders`,
    `find_missing`; with `dry_run` nothing is deleted, moved or removed, only counted."""

    def __init__(self, grace: timedelta, *, dry_run: bool = False):
        self.root = media_root()
        self.cutoff = utcnow() - grace
        self.dry_run = dry_run
        self.report = SweepReport()
        self._dropped: set[str] = set()  # keys of the records removed (or, dry, that would be)
        self._shards: set[Path] = set()  # the shard folders seen
        self._kept: Counter = Counter()  # folder -> entries that stay in it

    def drop_unreferenced_records(self) -> None:
        """Delete the picture and document records nothing points at, older than the grace."""
        for model, kind in ((MediaAsset, "pictures"), (Document, "documents")):
            stale = sa.and_(model.created_at < self.cutoff, model.id.not_in(referenced_ids(model)))
            keys = list(db.session.scalars(sa.select(model.key).where(stale)))
            if keys and not self.dry_run:
                # One statement that checks again: a row may point at one by now.
                deleted = sa.delete(model).where(stale, model.key.in_(keys)).returning(model.key)
                keys = list(db.session.scalars(deleted))
            self._dropped.update(keys)
            self.report.records_removed[kind] = len(keys)
        db.session.commit()

    def files(self) -> list[Path]:
        """Every file under MEDIA_ROOT (symbolic links are listed, never followed)."""
        found: list[Path] = []
        for folder, subfolders, names in os.walk(self.root):
            here = Path(folder)
            if SHARD_FOLDER.fullmatch(self._relative(here)):
                self._shards.add(here)
                self._kept[here] += len(subfolders)  # not ours: the folder stays
            found += (here / name for name in names)
        return sorted(found)

    def check(self, paths: list[Path]) -> None:
        """Delete, keep or move each file of a batch, as the database says now."""
        named = {path: self._match(path) for path in paths}
        needed, by_key = self._needed({match["key"] for match in named.values() if match})
        cutoff = self.cutoff.timestamp()
        for path, match in named.items():
            self.report.looked_at += 1
            try:
                info = path.lstat()
            except FileNotFoundError:
                continue  # moved or deleted meanwhile (an upload's commit, another sweep)
            if match is None or not stat.S_ISREG(info.st_mode):
                self.report.not_ours += 1
                self._kept[path.parent] += 1
            elif match.string in needed:
                self._kept[path.parent] += 1
            elif info.st_mtime >= cutoff:
                self.report.young += 1
                self._kept[path.parent] += 1
            elif match.re is STAGED and match["key"] in by_key:
                self._move_into_place(path, by_key[match["key"]], info.st_size)
            else:
                self._delete(path, info.st_size)
        db.session.commit()

    def remove_empty_folders(self) -> None:
        """Remove the shard folders (ab/, documents/ab/) left with no file."""
        for folder in sorted(f for f in self._shards if not self._kept[f]):
            if not self.dry_run:
                try:
                    folder.rmdir()
                except OSError:
                    continue  # a file arrived meanwhile, or another sweep removed it
            self.report.folders_removed += 1

    def find_missing(self) -> None:
        """Note the records whose files are not all there (reported, never deleted)."""
        for model in STORED_MODELS:
            query: sa.Select[Stored] = sa.select(model)  # typed: select() would say Base
            query = query.order_by(model.id).execution_options(yield_per=BATCH)
            for thing in db.session.scalars(query):
                absent = sum(not (self.root / name).is_file() for name in thing.filenames)
                if absent and thing.key not in self._dropped:
                    self.report.missing[thing.key] = absent
        db.session.commit()

    def _relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def _match(self, path: Path) -> re.Match | None:
        """The match of a stored file's name (relative to MEDIA_ROOT), None if not ours."""
        relative = self._relative(path)
        for pattern in (PICTURE, DOCUMENT, STAGED):
            if match := pattern.fullmatch(relative):
                return match
        return None

    def _needed(self, keys: set[str]) -> tuple[set[str], dict[str, list[str]]]:
        """The files that the records of these keys need, and each key's files."""
        keys -= self._dropped
        by_key: dict[str, list[str]] = {}
        for model in STORED_MODELS:
            query: sa.Select[Stored] = sa.select(model)  # typed: select() would say Base
            for thing in db.session.scalars(query.where(model.key.in_(keys))):
                by_key[thing.key] = thing.filenames
        return {name for names in by_key.values() for name in names}, by_key

    def _delete(self, path: Path, size: int) -> None:
        if not self.dry_run:
            try:
                path.unlink()
            except FileNotFoundError:
                return  # another sweep was first
        self.report.deleted += 1
        self.report.bytes_freed += size

    def _move_into_place(self, staged: Path, names: list[str], size: int) -> None:
        """A crash between a commit and its renames left this file staged: finish the rename."""
        target = next((self.root / n for n in names if PurePosixPath(n).name == staged.name), None)
        if target is None:
            self._delete(staged, size)
            return
        if not self.dry_run:
            try:
                move_into_place(staged, target)
            except FileNotFoundError:
                return  # its own request, or another sweep, was first
        self.report.moved_into_place += 1
        self._kept[target.parent] += 1
