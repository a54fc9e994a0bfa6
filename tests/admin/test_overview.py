"""The office's overview counts what waits for it and links to every office page."""

import re

from storefront.producers.models import ProducerStatus
from tests import factories


def _figures(client) -> dict[str, int]:
    html = client.get("/admin/?lang=en").get_data(as_text=True)
    return {
        label.strip(): int(count)
        for count, label in re.findall(r"<strong>(\d+)</strong>([^<]+)</a>", html)
    }


def test_overview_counts_the_office_work_and_links_its_pages(auth, client):
    auth.login(auth.new_user(is_admin=True))
    before = _figures(client)
    factories.producer(status=ProducerStatus.PENDING)
    factories.producer(status=ProducerStatus.PENDING)
    factories.producer(status=ProducerStatus.SUSPENDED)
    after = _figures(client)
    assert after["producers waiting for review"] == before["producers waiting for review"] + 2
    assert after["suspended producers"] == before["suspended producers"] + 1
    assert after["bank transfers to check"] == before["bank transfers to check"]

    html = client.get("/admin/?lang=en").get_data(as_text=True)
    for href in ('href="/admin/producers"', 'href="/admin/orders"', 'href="/admin/accounts"'):
        assert href in html
    assert 'aria-current="page">Overview</a>' in html


def test_every_office_page_carries_the_office_navigation(auth, client):
    auth.login(auth.new_user(is_admin=True))
    producer = factories.producer(status=ProducerStatus.PENDING)
    for url in ("/admin/", "/admin/producers", f"/admin/producers/{producer.id}",
                "/admin/orders", "/admin/accounts"):  # fmt: skip
        html = client.get(url + "?lang=en").get_data(as_text=True)
        nav = html.split('aria-label="Provincial OCOP office">', 1)[1].split("</nav>", 1)[0]
        assert nav.count('aria-current="page"') == 1, url
