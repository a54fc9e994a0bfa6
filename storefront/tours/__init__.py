"""Farm tours: their departures, the seats booked on them, the waiting list and the tickets."""

from flask import Blueprint

bp = Blueprint("tours", __name__)
