"""Forms of support requests, for the portal and the office, and the labels of their kinds and
statuses. Text length and emptiness are the service's rules (support.py), which puts its
message next to the field; the selects take any value and the service refuses a stranger."""

from collections.abc import Mapping

from flask_babel import lazy_gettext as _l
from flask_wtf.file import MultipleFileField
from wtforms import SelectField, StringField, TextAreaField

from storefront.forms_common import SiteForm
from storefront.programme.support_models import SupportKind, SupportStatus
from storefront.programme.support_reads import OfficeFilters
from storefront.routing import parse_id

KINDS = {
    SupportKind.PACKAGING: _l("Packaging or label design"),
    SupportKind.TRADE_FAIR: _l("Trade fair"),
    SupportKind.TRAINING: _l("Training"),
    SupportKind.FINANCE: _l("Finance"),
    SupportKind.ECOMMERCE: _l("E-commerce onboarding"),
    SupportKind.CERTIFICATION: _l("Certification"),
    SupportKind.OTHER: _l("Other"),
}
STATUSES = {
    SupportStatus.OPEN: _l("Waiting for the office"),
    SupportStatus.ANSWERED: _l("Answered"),
    SupportStatus.CLOSED: _l("Closed"),
}
FILE_TYPES = "application/pdf,image/jpeg,image/png"


def _files():
    return MultipleFileField(_l("Attachments (photos or PDF)"), render_kw={"accept": FILE_TYPES})


class NewRequestForm(SiteForm):
    kind = SelectField(
        _l("What do you need help with?"), choices=[(k.value, v) for k, v in KINDS.items()]
    )
    subject = StringField(_l("Subject"))
    description = TextAreaField(_l("Description"), render_kw={"rows": 6})
    files = _files()


class MessageForm(SiteForm):
    body = TextAreaField(_l("Your message"), render_kw={"rows": 5})
    files = _files()


class AssignForm(SiteForm):
    assignee = SelectField(_l("Handled by"), validate_choice=False, default="")


def parse_filters(args: Mapping[str, str]) -> OfficeFilters:
    """The office list's filters from its query string; a value that names nothing is 'any'
    ("assignee=none" asks for the requests nobody has yet)."""
    assignee = args.get("assignee", "")
    return OfficeFilters(
        status=_member(SupportStatus, args.get("status")),
        kind=_member(SupportKind, args.get("kind")),
        commune=parse_id(args.get("commune")),
        assignee=0 if assignee == "none" else parse_id(assignee),
    )


def _member(enum_cls, value):
    try:
        return enum_cls(value)
    except ValueError:
        return None
