"""The site's front: home, and the machine endpoints (/healthz, robots, sitemap, place lists)."""

from flask import Blueprint

bp = Blueprint("main", __name__)
