"""A stored image: one random key, several widths on disk as WebP and JPEG."""

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from storefront.extensions import Model
from storefront.models_base import UTCDateTime, utcnow

FORMATS = ("webp", "jpg")  # each width is stored in both


class MediaAsset(Model):
    __tablename__ = "media_asset"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(40), unique=True)
    width: Mapped[int]
    height: Mapped[int]
    widths_csv: Mapped[str] = mapped_column(sa.String(60))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @property
    def widths(self) -> list[int]:
        return [int(w) for w in self.widths_csv.split(",")]

    def filename(self, width: int, fmt: str) -> str:
        return f"{self.key[:2]}/{self.key}-{width}.{fmt}"

    @property
    def filenames(self) -> list[str]:
        """Every file of this picture, under MEDIA_ROOT."""
        return [self.filename(width, fmt) for width in self.widths for fmt in FORMATS]

    def height_for(self, width: int) -> int:
        return round(self.height * width / self.width)


class Document(Model):
    """A stored file that is not a picture for the catalogue, such as a certificate scan (PDF)."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(sa.String(40), unique=True)
    content_type: Mapped[str] = mapped_column(sa.String(40))
    size: Mapped[int]
    original_name: Mapped[str] = mapped_column(sa.String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @property
    def extension(self) -> str:
        return {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}.get(
            self.content_type, "bin"
        )

    @property
    def filename(self) -> str:
        return f"documents/{self.key[:2]}/{self.key}.{self.extension}"

    @property
    def filenames(self) -> list[str]:
        """Its one file, under MEDIA_ROOT (as MediaAsset.filenames)."""
        return [self.filename]
