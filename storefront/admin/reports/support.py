"""Support requests opened in the period, by kind (opened, answered, closed), and the office's
response times (storefront.programme.support_reads.response_times: minutes from opening to
the first answer, median and 90th percentile), with the requests waiting longest now."""

import sqlalchemy as sa
from flask_babel import gettext as _

from storefront.admin.reports.base import (
    COUNT,
    TEXT,
    Chart,
    Column,
    Result,
    Scope,
    Section,
    Table,
    register,
)
from storefront.extensions import db
from storefront.orders.sales import day_bounds
from storefront.producers.models import Producer
from storefront.programme.support_forms import KINDS
from storefront.programme.support_models import SupportRequest, SupportStatus
from storefront.programme.support_reads import response_times


def _by_kind(scope: Scope) -> list[list]:
    first, after = day_bounds(scope.start, scope.end)
    query = (
        sa.select(SupportRequest.kind, sa.func.count(SupportRequest.id),
                  sa.func.count(SupportRequest.first_response_at),
                  sa.func.sum(sa.case((SupportRequest.status == SupportStatus.CLOSED, 1),
                                      else_=0)))
        .join(Producer, Producer.id == SupportRequest.producer_id)
        .where(SupportRequest.created_at >= first, SupportRequest.created_at < after)
        .group_by(SupportRequest.kind)
    )  # fmt: skip
    if scope.ward_code:
        query = query.where(Producer.ward_code == scope.ward_code)
    rows = [[str(KINDS[kind]), opened, answered, int(closed or 0)]
            for kind, opened, answered, closed in db.session.execute(query)]  # fmt: skip
    rows.sort(key=lambda row: (-row[1], row[0]))
    rows.append([_("Total"), *(sum(row[i] for row in rows) for i in (1, 2, 3))])
    return rows


def read(scope: Scope) -> Result:
    times = response_times(scope.start, scope.end, scope.ward_code)
    waiting = [[w.request.subject, w.request.producer.name, round(w.minutes / 60, 1)]
               for w in times.waiting]  # fmt: skip
    return Result(
        "support", _("Support requests"),
        figures=[(_("Requests opened"), times.opened, COUNT),
                 (_("Answered"), times.answered, COUNT),
                 (_("Median minutes to a first answer"), times.median_minutes, COUNT),
                 (_("90 % answered within (minutes)"), times.p90_minutes, COUNT)],
        tables=[Table("by_kind", _("Support requests by kind"),
                      [Column(_("Kind"), TEXT), Column(_("Opened"), COUNT),
                       Column(_("Answered"), COUNT), Column(_("Closed"), COUNT)],
                      _by_kind(scope), total=True),
                Table("waiting", _("Waiting longest for the office"),
                      [Column(_("Request"), TEXT), Column(_("Producer"), TEXT),
                       Column(_("Hours waiting"), COUNT)], waiting)],
        charts=[Chart(_("Support requests by kind"), "by_kind")],
    )  # fmt: skip


register(Section("support", lambda: _("Support requests"), read, 70))
