"""The OCOP programme's work with producers and the public: support requests, news and
policies, fairs and events."""

from flask import Blueprint

bp = Blueprint("programme", __name__)
