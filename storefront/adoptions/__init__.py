"""Adopting a mango tree for a season ("Cây xoài nhà tôi"): the adoption, the farmer's news,
the harvest boxes and the credit for a short harvest."""

from flask import Blueprint

bp = Blueprint("adoptions", __name__)
