"""The reference pages bench/throughput.py measures the site against, served by the same
gunicorn: `/lean` renders 24 product cards from one raw sqlite3 query with Jinja and Babel
prices (what a page needs at the least), `/hello` is Flask's own floor.

    LEAN_DATABASE=/path/to/bench.db gunicorn -w 2 bench.lean_app:app
"""

import os
import sqlite3

from babel.numbers import format_currency
from flask import Flask, g
from jinja2 import Environment

app = Flask(__name__)
PAGE = Environment(autoescape=True).from_string(
    """<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Sản phẩm</title></head>
<body><main><h1>Sản phẩm OCOP</h1><ul>
{% for p in products %}<li class="card"><a href="/products/{{ p.slug }}">
<img src="/media/{{ p.asset }}-320.webp" width="320" height="320" alt="{{ p.name }}">
<strong>{{ p.name }}</strong></a><span>{{ p.price }}</span> {{ "★" * p.stars }}</li>
{% endfor %}</ul></main></body></html>"""
)
QUERY = """
    SELECT p.slug, p.name_vi, p.price_from, p.stars, i.asset_id
    FROM product AS p JOIN product_image AS i ON i.product_id = p.id AND i.position = 0
    WHERE p.status = 'published' ORDER BY p.published_at DESC LIMIT 24
"""


def connection() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(os.environ["LEAN_DATABASE"])
    return g.db


@app.teardown_appcontext
def close(_error) -> None:
    if (found := g.pop("db", None)) is not None:
        found.close()


@app.get("/lean")
def lean() -> str:
    rows = connection().execute(QUERY).fetchall()
    products = [
        {
            "slug": slug, "name": name, "stars": stars or 0, "asset": asset,
            "price": format_currency(price or 0, "VND", locale="vi_VN"),
        }
        for slug, name, price, stars, asset in rows
    ]  # fmt: skip
    return PAGE.render(products=products)


@app.get("/hello")
def hello() -> str:
    return "Hello, World!"
