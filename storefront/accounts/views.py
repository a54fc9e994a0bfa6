"""Account pages; for now the session loader that Flask-Login needs."""

from flask import Blueprint

from storefront.accounts.models import User
from storefront.extensions import db, login_manager

bp = Blueprint("accounts", __name__, url_prefix="/account")


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    return db.session.get(User, int(user_id)) if user_id.isdigit() else None
