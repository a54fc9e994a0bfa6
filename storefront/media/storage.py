"""Stored files follow their rows: written to a staging folder inside the transaction, moved
into place after the commit, removed if it rolls back; removed after the commit that deletes
their row.

A refused batch (one bad photo among good ones) or a view run again after a deadlock thus
leaves no file behind, and a picture is never in place before its row can be read. The move
is a rename within MEDIA_ROOT, so the slow part (encoding and writing) happens before the
commit and only renames happen after it. Whatever a crash leaves in the staging folder,
`flask media sweep` deletes (or moves into place, when its row was committed).
"""

import logging
import os
from collections.abc import Iterable
from pathlib import Path

from flask import Flask, current_app

from storefront import after_commit

log = logging.getLogger(__name__)
STAGING = ".staging"  # under MEDIA_ROOT: on the same file system, so a move is a rename
# A sweep may remove a folder it emptied between our mkdir and our rename: try again.
MOVE_ATTEMPTS = 3


def media_root() -> Path:
    """The folder that holds every stored file (served under /media/)."""
    return Path(current_app.config["MEDIA_ROOT"])


def staging_folder() -> Path:
    """Where files wait for their commit (created on demand)."""
    folder = media_root() / STAGING
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def publish_after_commit(moves: Iterable[tuple[Path, str]]) -> None:
    """Move each staged file to its name under MEDIA_ROOT once the transaction commits; delete
    it instead if the transaction rolls back. Call it as soon as the files are staged."""
    root = media_root()
    _staged.put(tuple((staged, root / name) for staged, name in moves))


def delete_after_commit(names: Iterable[str]) -> None:
    """Delete these files under MEDIA_ROOT once the transaction that deleted their row commits
    (nothing happens if it rolls back)."""
    root = media_root()
    _deleted.put(tuple(root / name for name in names))


def move_into_place(staged: Path, target: Path) -> None:
    """Rename a staged file to its final name, making its folder if needed."""
    for attempt in range(1, MOVE_ATTEMPTS + 1):
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(staged, target)
            return
        except FileNotFoundError:
            if attempt == MOVE_ATTEMPTS or not staged.exists():
                raise


def _publish(_app: Flask, moves: tuple[tuple[Path, Path], ...]) -> None:
    for staged, target in moves:
        try:
            move_into_place(staged, target)
        except OSError:
            log.exception("Could not move %s into place as %s", staged, target)


def _discard(moves: tuple[tuple[Path, Path], ...]) -> None:
    for staged, _target in moves:
        staged.unlink(missing_ok=True)


def _delete(_app: Flask, paths: tuple[Path, ...]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            log.exception("Could not delete %s", path)


# Files first, then e-mails (mail.py): a message never links to a picture not yet in place.
_staged = after_commit.queue("media_staged", _publish, _discard, order=0)
_deleted = after_commit.queue("media_deleted", _delete, order=0)
