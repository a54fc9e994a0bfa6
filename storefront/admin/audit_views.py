"""The office's audit log: search it, page through it, export it. Nothing here changes it."""

import json

from flask import render_template, request
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import DateField, SelectField, StringField
from wtforms.validators import Length, Optional, ValidationError

from storefront.accounts.audit_reads import AuditSearch, action_families, audit_page, audit_rows
from storefront.admin import bp
from storefront.downloads import csv_response
from storefront.forms_common import SiteForm
from storefront.routing import page_number
from storefront.timeutil import iso_datetime


class AuditSearchForm(SiteForm):
    """The search, sent by GET (it changes nothing), so no CSRF token."""

    class Meta:
        csrf = False

    text = StringField(_l("E-mail or words"), [Optional(), Length(max=120)])
    action = SelectField(_l("Kind of action"), default="")
    since = DateField(_l("From"), [Optional()])
    until = DateField(_l("To"), [Optional()])

    def validate_until(self, field) -> None:
        if field.data and self.since.data and field.data < self.since.data:
            raise ValidationError(_l("The last day comes before the first."))

    def search(self) -> AuditSearch:
        return AuditSearch((self.text.data or "").strip(), self.action.data or "",
                           self.since.data, self.until.data)  # fmt: skip


def _form() -> tuple[AuditSearchForm, int]:
    form = AuditSearchForm(request.args)
    form.action.choices = [("", _l("All actions"))] + [(a, a) for a in action_families()]
    return form, 200 if form.validate() else 400


def _json(value) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


@bp.get("/audit")
def audit():
    form, status = _form()
    search = form.search() if status == 200 else AuditSearch()
    entries = audit_page(search, request.args.get("page", 1, type=page_number))
    search_args = {k: v for k, v in request.args.items() if k != "page"}
    return render_template(
        "admin/audit.html", form=form, entries=entries, search_args=search_args
    ), status


@bp.get("/audit.csv")
def audit_csv():
    form, status = _form()
    if status != 200:
        return render_template("admin/audit.html", form=form, entries=None), status
    header = (_("When"), _("Who"), _("Action"), _("Subject"), _("Id"), _("Summary"),
              _("Before"), _("After"))  # fmt: skip
    rows = (
        [iso_datetime(e.at), e.actor_email, e.action, e.subject_type, e.subject_id, e.summary,
         _json(e.before), _json(e.after)]
        for e in audit_rows(form.search())
    )  # fmt: skip
    return csv_response("nhat-ky-kiem-toan.csv", header, rows)
