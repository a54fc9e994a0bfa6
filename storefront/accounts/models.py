"""The user account: buyers, producer members and administrators."""

import enum
import secrets
from datetime import datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.extensions import Model
from storefront.models_base import UTCDateTime, enum_column, utcnow


def new_session_token() -> str:
    """A fresh random value carried by every session and remember-me cookie of an account."""
    return secrets.token_urlsafe(32)


class OfficeRole(enum.StrEnum):
    """What an office account other than an administrator does (administrators: `is_admin`)."""

    COUNCIL = "council"  # scores the dossiers of the rating rounds they sit on
    COMMUNE_OFFICER = "commune_officer"  # reads and answers the producers of one commune


class User(UserMixin, Model):
    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    password_hash: Mapped[str | None] = mapped_column(sa.String(255))
    name: Mapped[str] = mapped_column(sa.String(120), default="")
    phone: Mapped[str] = mapped_column(sa.String(20), default="")
    locale: Mapped[str] = mapped_column(sa.String(5), default="vi")
    is_admin: Mapped[bool] = mapped_column(default=False)
    is_active_account: Mapped[bool] = mapped_column(default=True)
    office_role: Mapped[OfficeRole | None] = mapped_column(enum_column(OfficeRole))
    # The commune (ward code, vietnam-provinces) a commune officer serves.
    commune_code: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Part of the id kept in sessions and remember-me cookies (get_id): a new value ends them
    # all at once, wherever they were copied to (log out, password change, switched off).
    session_token: Mapped[str] = mapped_column(sa.String(64), default=new_session_token)

    # ProducerMember lives in producers, a floor above that this one does not import: the
    # relationship names it as a string, and the type says only that each one is a model.
    memberships: Mapped[list[Model]] = relationship(
        "ProducerMember", back_populates="user", cascade="all, delete-orphan"
    )

    @property
    def is_active(self) -> bool:
        return self.is_active_account

    def get_id(self) -> str:
        """What Flask-Login stores in the session and the remember-me cookie."""
        return f"{self.id}:{self.session_token}"

    def __repr__(self) -> str:
        return f"<User {self.email}>"
