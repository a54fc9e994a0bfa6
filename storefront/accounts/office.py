"""The office's accounts: who is an administrator, a council member or a commune officer.
Every change is written to the audit log."""

from flask_babel import lazy_gettext as _l

from storefront import places
from storefront.accounts import audit
from storefront.accounts.models import OfficeRole, User
from storefront.accounts.services import AccountError

ADMIN = "admin"
# The choices of the office's role select, in the order it lists them ("" = no office role).
ROLE_CHOICES = ("", ADMIN, OfficeRole.COUNCIL.value, OfficeRole.COMMUNE_OFFICER.value)


def role_of(user: User) -> str:
    """The account's office role as one of ROLE_CHOICES."""
    if user.is_admin:
        return ADMIN
    return user.office_role.value if user.office_role else ""


def _described(user: User) -> dict:
    return {"role": role_of(user), "commune_code": user.commune_code}


def set_office_role(user: User, role: str, commune_code: int | None, actor: User) -> bool:
    """Give an account an office role (or none); a commune officer needs a commune of Đồng
    Tháp. Nobody changes their own role (an administrator cannot lock the office out by
    mistake). False when nothing changed."""
    if role not in ROLE_CHOICES:
        raise AccountError(_l("Choose one of the listed roles."), "role")
    if user.id == actor.id:
        raise AccountError(_l("You cannot change your own role."), "role")
    if role == OfficeRole.COMMUNE_OFFICER:
        if not places.is_valid_ward(commune_code, places.DONG_THAP):
            raise AccountError(_l("Choose the commune this officer serves."), "commune_code")
    else:
        commune_code = None
    before = _described(user)
    user.is_admin = role == ADMIN
    user.office_role = OfficeRole(role) if role not in ("", ADMIN) else None
    user.commune_code = commune_code
    after = _described(user)
    if after == before:
        return False
    audit.record("account.role_changed", user, summary=user.email, before=before, after=after,
                 actor=actor)  # fmt: skip
    return True
