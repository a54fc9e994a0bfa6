"""The office's reporting calendar: which report is due to whom and when, and once sent, the
report frozen as it was that day (its figures as JSON and the files that went out), so later
orders or corrections never change what was reported."""

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storefront.extensions import Model
from storefront.models_base import UTCDateTime, utcnow


class ReportDue(Model):
    """A periodic report: what it covers (report, period, area), its due date and recipient."""

    __tablename__ = "report_due"
    __table_args__ = (sa.CheckConstraint("period_end >= period_start", "period_in_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # "dashboard" (every section) or one section's key (storefront.admin.reports.base).
    report: Mapped[str] = mapped_column(sa.String(40))
    period_start: Mapped[date]
    period_end: Mapped[date]
    ward_code: Mapped[int | None]  # None: the whole province
    due_on: Mapped[date] = mapped_column(index=True)
    recipient: Mapped[str] = mapped_column(sa.String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The due date a reminder went out for: one reminder per due date, even if run twice.
    reminded_for: Mapped[date | None]
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("user.id", ondelete="SET NULL"))
    # The frozen report: {"scope": ..., "title": ..., "results": [...]} (base.Result.to_json).
    figures: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)

    files: Mapped[list["ReportFile"]] = relationship(
        back_populates="due", cascade="all, delete-orphan", order_by="ReportFile.id"
    )


class ReportFile(Model):
    """One file of a sent report (CSV, XLSX or PDF), stored as it was sent."""

    __tablename__ = "report_file"
    __table_args__ = (sa.UniqueConstraint("due_id", "format"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    due_id: Mapped[int] = mapped_column(sa.ForeignKey("report_due.id", ondelete="CASCADE"))
    format: Mapped[str] = mapped_column(sa.String(8))
    filename: Mapped[str] = mapped_column(sa.String(120))
    content: Mapped[bytes] = mapped_column(sa.LargeBinary)

    due: Mapped[ReportDue] = relationship(back_populates="files")
