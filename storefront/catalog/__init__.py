"""Categories, products, variants, images, the public catalogue and the producers' pages."""

from flask import Blueprint

bp = Blueprint("catalog", __name__)
