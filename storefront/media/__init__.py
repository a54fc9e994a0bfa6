"""Stored images: the upload pipeline and the files it writes."""

from flask import Blueprint

bp = Blueprint("media", __name__)
