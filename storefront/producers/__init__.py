"""Producer profiles, their teams and the office's review of them; producers' sign-up."""

from flask import Blueprint

bp = Blueprint("producers", __name__)
