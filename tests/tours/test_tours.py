"""Farm-experience tours: the list, a tour's page, its departures and its cancellation policy."""

from datetime import UTC, datetime, time, timedelta

import pytest
from babel.dates import format_date

from storefront.models_base import utcnow
from storefront.producers.models import ProducerStatus
from storefront.timeutil import VIETNAM
from storefront.tours.services import RefundRow, refund_rows
from tests import factories
from tests.tours import builders

NBSP = "\xa0"


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def test_list_shows_published_tours_of_approved_producers(client, database):
    maker = factories.producer(name="HTX Xoài Mỹ Xương")
    shown = builders.tour(
        maker, title_en="Mango orchard morning", duration_minutes=210, adult_price=350_000,
        cover=factories.asset(),
    )  # fmt: skip
    hidden = builders.tour(maker, published=False, title_en="Draft tour")
    pending = builders.tour(
        factories.producer(status=ProducerStatus.PENDING), title_en="Pending producer tour"
    )

    html = page(client, "/tours?lang=en")

    assert "Mango orchard morning" in html and 'href="/tours/' + shown.slug + '"' in html
    assert "<picture>" in html
    assert "HTX Xoài Mỹ Xương" in html
    assert "3 h 30 min" in html
    assert f'350.000{NBSP}₫</span> <span class="price-from">per adult' in html
    assert hidden.title_en not in html and pending.title_en not in html
    assert "1 tour" in html


def test_list_shows_the_next_open_departure_soonest_tour_first(client, database):
    later = builders.tour(title_en="Later tour")
    sooner = builders.tour(title_en="Sooner tour")
    idle = builders.tour(title_en="Idle tour")
    now = utcnow()
    builders.departure(later, starts_at=now + timedelta(days=9))
    builders.departure(later, starts_at=now - timedelta(days=1))  # past
    builders.departure(later, starts_at=now + timedelta(days=3), cancelled=True)
    builders.departure(sooner, starts_at=now + timedelta(days=4))
    builders.departure(idle, starts_at=now - timedelta(days=2))

    html = page(client, "/tours?lang=en")

    expected = format_date((now + timedelta(days=9)).astimezone(VIETNAM), "long", locale="en")
    later_card = html.split("Later tour")[1].split("</article>")[0]
    assert f"Next departure: {expected}" in later_card
    assert "No departures scheduled yet" in html.split("Idle tour")[1].split("</article>")[0]
    assert html.index("Sooner tour") < html.index("Later tour") < html.index("Idle tour")


def test_empty_tour_list(client, database):
    assert "No tours are published yet" in page(client, "/tours?lang=en")


def test_tour_page_shows_the_tour_and_links_each_departure_to_booking(client, database):
    grove = builders.orchard(name="Vườn Ba Tâm")
    tour = builders.tour(
        orchard=grove, adult_price=350_000, child_price=200_000, min_age=6,
        visits_adopted_trees=True, cover=factories.asset(),
    )  # fmt: skip
    coming = builders.departure(tour)

    html = page(client, f"/tours/{tour.slug}?lang=en")

    assert f"<h1>{tour.title_en}</h1>" in html
    assert "Reach the orchard by boat" in html
    assert "Mỹ Xương ferry landing" in html
    assert "<li>Drinks</li>" in html and "<li>Lunch</li>" in html
    assert "6 years old" in html
    assert "Wear a hat and closed shoes." in html
    assert f"350.000{NBSP}₫" in html and f"200.000{NBSP}₫" in html
    assert f'href="/mango-trees?orchard={grove.slug}"' in html
    assert f'href="/tours/{tour.slug}/book?departure={coming.id}"' in html


def test_free_child_ticket_and_no_minimum_age(client, database):
    tour = builders.tour(child_price=0, min_age=None)

    html = page(client, f"/tours/{tour.slug}?lang=en")

    assert "Free" in html and "All ages" in html


def test_departures_in_vietnam_time_with_seats_left(client, database):
    tour = builders.tour()
    day = (utcnow() + timedelta(days=5)).date()
    # 18:00 UTC is 01:00 the next morning in Vietnam.
    late = datetime.combine(day, time(18, 0), tzinfo=UTC)
    builders.departure(tour, starts_at=late, capacity=20, seats_taken=15)
    builders.departure(tour, starts_at=late + timedelta(days=1), capacity=10, seats_taken=9)
    builders.departure(tour, starts_at=late + timedelta(days=2), capacity=10, seats_taken=10)

    html = page(client, f"/tours/{tour.slug}?lang=en")

    local_day = format_date(day + timedelta(days=1), "full", locale="en")
    assert local_day in html
    assert "01:00" in html and "18:00" not in html
    assert "5 seats left" in html
    assert "1 seat left" in html
    assert "Full" in html
    assert "Times are in Vietnam time (UTC+7)." in html


def test_past_cancelled_and_far_departures_are_hidden(client, database):
    tour = builders.tour()
    now = utcnow()
    builders.departure(tour, starts_at=now - timedelta(hours=1), capacity=11)
    builders.departure(tour, starts_at=now + timedelta(days=3), capacity=12, cancelled=True)
    builders.departure(tour, starts_at=now + timedelta(days=61), capacity=13)
    builders.departure(tour, starts_at=now + timedelta(days=59), capacity=14)

    html = page(client, f"/tours/{tour.slug}?lang=en")

    assert "14 seats left" in html
    for capacity in (11, 12, 13):
        assert f"{capacity} seats left" not in html


def test_dates_after_the_first_eight_fold_away(client, database):
    tour = builders.tour()
    for day in range(1, 11):
        builders.departure(tour, starts_at=utcnow() + timedelta(days=day), capacity=day + 20)

    html = page(client, f"/tours/{tour.slug}?lang=en")
    shown, folded = html.split('<details class="more-departures">')

    assert "28 seats left" in shown and "29 seats left" not in shown
    assert "Show 2 more dates" in folded and "29 seats left" in folded and "30 seats left" in folded


def test_tour_without_departures_says_so(client, database):
    tour = builders.tour()
    builders.departure(tour, starts_at=utcnow() - timedelta(days=1))

    html = page(client, f"/tours/{tour.slug}?lang=en")

    assert "No departures in the next 60 days." in html


def test_cancellation_policy_is_a_table(client, database):
    tour = builders.tour(cancellation_policy=[[2, 50], [7, 100]])

    html = page(client, f"/tours/{tour.slug}?lang=en")
    table = html.split('class="variants policy"')[1].split("</table>")[0]

    rows = [
        ("7 days or more before departure", "100%"),
        ("2 days or more before departure", "50%"),
        ("Less than 2 days before departure", "No refund"),
    ]
    position = 0
    for label, refund in rows:
        position = table.index(label, position)
        position = table.index(refund, position)
    assert "refunded in full" in html


@pytest.mark.parametrize(
    ("policy", "rows"),
    [
        ([], []),
        ([[7, 100], [2, 50]], [(7, 100, False), (2, 50, False), (2, 0, True)]),
        ([[1, 50], [10, 100]], [(10, 100, False), (1, 50, False), (1, 0, True)]),
        ([[3, 100], [0, 30]], [(3, 100, False), (3, 30, True)]),
        ([[7, 100], [3, 50], [0, 0]], [(7, 100, False), (3, 50, False), (3, 0, True)]),
        ([[0, 80]], [(0, 80, False)]),
        ([[5, 80], [1, 0]], [(5, 80, False), (1, 0, False)]),
    ],
)
def test_refund_rows(policy, rows):
    assert refund_rows(policy) == [RefundRow(*row) for row in rows]


def test_policy_label_for_cancelling_up_to_departure(client, database):
    tour = builders.tour(cancellation_policy=[[0, 80]])

    html = page(client, f"/tours/{tour.slug}?lang=en")

    assert "Up to the departure time" in html and "80%" in html


@pytest.mark.parametrize(
    "fields",
    [
        {"published": False},
        {"producer_": "pending"},
        {"producer_": "suspended"},
    ],
)
def test_hidden_tours_are_not_found(client, database, fields):
    if "producer_" in fields:
        fields = {"producer_": factories.producer(status=ProducerStatus(fields["producer_"]))}
    tour = builders.tour(**fields)

    assert client.get(f"/tours/{tour.slug}").status_code == 404


def test_unknown_tour_is_not_found(client, database):
    response = client.get("/tours/khong-co?lang=en")
    assert response.status_code == 404
    assert "Page not found" in response.get_data(as_text=True)


def test_sitemap_lists_public_trees_and_tours_only(client, database):
    public_tree = builders.offered_tree()
    public_tour = builders.tour()
    hidden_tour = builders.tour(producer_=factories.producer(status=ProducerStatus.PENDING))
    xml = client.get("/sitemap.xml").get_data(as_text=True)
    assert f"/mango-trees/{public_tree.code}</loc>" in xml
    assert f"/tours/{public_tour.slug}</loc>" in xml
    assert f"/tours/{hidden_tour.slug}</loc>" not in xml
