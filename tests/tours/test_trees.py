"""Cây xoài nhà tôi: the list of trees to adopt, its filters, and a tree's own page."""

import pytest

from storefront.farms.models import MangoVariety, TreeStatus
from storefront.producers.models import ProducerStatus
from tests import factories
from tests.tours import builders

NBSP = "\xa0"


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def test_list_shows_only_trees_that_can_be_adopted_today(client, database):
    offered = builders.offered_tree()
    resting = builders.tree(offered.orchard, status=TreeStatus.RESTING)
    retired = builders.tree(offered.orchard, status=TreeStatus.RETIRED)
    no_plan = builders.tree(builders.orchard())
    past_plan = builders.orchard()
    builders.plan(past_plan, running=False)
    last_season = builders.tree(past_plan)
    pending = builders.orchard(producer_=factories.producer(status=ProducerStatus.PENDING))
    builders.plan(pending)
    unapproved = builders.tree(pending)

    html = page(client, "/mango-trees")

    assert offered.code in html
    for hidden in (resting, retired, no_plan, last_season, unapproved):
        assert hidden.code not in html


def test_card_shows_photo_code_variety_orchard_ward_year_price_and_kg(client, database):
    grove = builders.orchard(name="Vườn Tư Thà")
    builders.plan(grove, price=6_200_000, harvest_kg=35)
    builders.tree(
        grove, code="CC024", variety=MangoVariety.CAT_HOA_LOC, planted_year=2009,
        photo=factories.asset(),
    )  # fmt: skip

    html = page(client, "/mango-trees?lang=en")

    assert 'href="/mango-trees/CC024"' in html
    assert "<picture>" in html and 'alt="Mango tree CC024"' in html
    assert "Cát Hòa Lộc mango" in html
    assert "Vườn Tư Thà" in html and "Xã Mỹ Thọ" in html
    assert "planted in 2009" in html
    assert f"6.200.000{NBSP}₫" in html
    assert "35 kg of mangoes guaranteed" in html


def test_the_latest_started_running_plan_prices_the_tree(client, database):
    grove = builders.orchard()
    builders.plan(grove, price=4_100_000, running=False)
    builders.plan(grove, price=5_200_000)
    builders.plan(
        grove, price=7_300_000, starts_on=builders.days_from_today(-10),
        ends_on=builders.days_from_today(100),
    )  # fmt: skip
    builders.tree(grove)

    html = page(client, "/mango-trees")

    assert f"7.300.000{NBSP}₫" in html
    assert f"5.200.000{NBSP}₫" not in html and f"4.100.000{NBSP}₫" not in html


def test_variety_filter(client, database):
    chu = builders.offered_tree(variety=MangoVariety.CAT_CHU)
    hoa_loc = builders.offered_tree(variety=MangoVariety.CAT_HOA_LOC)

    html = page(client, "/mango-trees?variety=cat_hoa_loc")

    assert hoa_loc.code in html and chu.code not in html


def test_orchard_filter(client, database):
    here = builders.offered_tree()
    there = builders.offered_tree()

    html = page(client, f"/mango-trees?orchard={here.orchard.slug}")

    assert here.code in html and there.code not in html


def test_max_price_filter_accepts_plain_and_dotted_amounts(client, database):
    cheap_orchard = builders.orchard()
    builders.plan(cheap_orchard, price=4_500_000)
    cheap = builders.tree(cheap_orchard)
    dear_orchard = builders.orchard()
    builders.plan(dear_orchard, price=8_000_000)
    dear = builders.tree(dear_orchard)

    for value in ("5000000", "5.000.000"):
        html = page(client, f"/mango-trees?max_price={value}")
        assert cheap.code in html and dear.code not in html


def test_unticking_available_shows_every_tree_still_in_the_scheme(client, database):
    offered = builders.offered_tree()
    resting = builders.tree(offered.orchard, status=TreeStatus.RESTING)
    retired = builders.tree(offered.orchard, status=TreeStatus.RETIRED)
    no_plan = builders.tree(builders.orchard())
    pending = builders.orchard(producer_=factories.producer(status=ProducerStatus.PENDING))
    unapproved = builders.tree(pending)

    # The form sends a hidden "0" and, when ticked, the checkbox's "1".
    html = page(client, "/mango-trees?available=0&lang=en")

    for shown in (offered, resting, no_plan):
        assert shown.code in html
    assert retired.code not in html and unapproved.code not in html
    assert html.count("Not offered this season") == 2
    assert html.index(offered.code) < html.index(resting.code)

    ticked = page(client, "/mango-trees?available=0&available=1")
    assert offered.code in ticked and resting.code not in ticked


@pytest.mark.parametrize(
    "query",
    [
        "variety=apple",
        "variety=",
        "orchard=khong-co",
        "orchard=%00",
        "max_price=abc",
        "max_price=-5",
        "max_price=0",
        "max_price=99999999999999999999999999",
        "max_price=" + "9" * 5000,  # beyond what int() reads: a 500 (issue 9)
        "max_price=2147483648",  # beyond the price column: a 500 on PostgreSQL (issue 9)
        "max_price=1e6",
        "max_price=%EF%BC%95",
        "available=maybe",
        "variety=cat_chu&variety=keo",
    ],
)
def test_malformed_parameters_are_ignored(client, database, query):
    tree = builders.offered_tree(variety=MangoVariety.CAT_CHU)

    assert tree.code in page(client, f"/mango-trees?{query}")


def test_filter_form_keeps_choices_and_marks_the_page_noindex(client, database):
    tree = builders.offered_tree(variety=MangoVariety.KEO)

    html = page(client, f"/mango-trees?variety=keo&orchard={tree.orchard.slug}&max_price=7000000")

    assert '<option value="keo" selected>' in html
    assert f'<option value="{tree.orchard.slug}" selected>' in html
    assert '<option value="7000000" selected>' in html
    assert 'name="robots" content="noindex' in html
    assert 'name="robots"' not in page(client, "/mango-trees")


def test_empty_list_says_so(client, database):
    html = page(client, "/mango-trees?lang=en")
    assert "No tree is open for adoption right now" in html


def test_tree_page_shows_tree_orchard_and_plan(client, database):
    grove = builders.orchard(
        name="Vườn xoài Mười Lợi", address="Ấp Mỹ Phú", latitude=10.4921, longitude=105.6437,
        growing_area_code="VN-DTMX-0099", vietgap=True, cover=factories.asset(),
    )  # fmt: skip
    builders.plan(
        grove, season_en="2026 mango season", price=5_500_000, harvest_kg=40, deliveries=3,
        delivery_months=[4, 6, 8], renewal_opens_on=builders.days_from_today(200),
        renewal_closes_on=builders.days_from_today(230),
    )  # fmt: skip
    builders.tree(
        grove, code="CC024", variety=MangoVariety.CAT_CHU, planted_year=2010,
        profile_en="Our oldest tree, next to the canal.", photo=factories.asset(),
    )  # fmt: skip

    html = page(client, "/mango-trees/CC024?lang=en")

    assert "<h1>Mango tree CC024</h1>" in html
    assert "Cát Chu mango" in html and "2010" in html
    assert "Our oldest tree, next to the canal." in html
    assert "Vườn xoài Mười Lợi" in html and "Ấp Mỹ Phú, Xã Mỹ Thọ, Đồng Tháp" in html
    assert "VietGAP" in html and "VN-DTMX-0099" in html
    assert "Three generations of mangoes by the Tiền River." in html
    assert "https://www.openstreetmap.org/?mlat=10.4921&amp;mlon=105.6437" in html
    assert "<iframe" not in html
    assert "2026 mango season" in html
    assert f"5.500.000{NBSP}₫" in html
    assert "At least 40 kg of mangoes from this tree, in 3 deliveries" in html
    assert "April, June, and August" in html
    assert "A name plate on the tree" in html and "A photo of the tree every month" in html
    assert "You may renew for next season from" in html
    assert 'href="/mango-trees/CC024/adopt"' in html


def test_tree_page_month_names_follow_the_language(client, database):
    tree = builders.offered_tree()

    vi = page(client, f"/mango-trees/{tree.code}?lang=vi")

    assert "tháng 4, tháng 6 và tháng 8" in vi


@pytest.mark.parametrize("status", [TreeStatus.RESTING, TreeStatus.RETIRED])
def test_tree_not_offered_this_season_says_so(client, database, status):
    tree = builders.offered_tree(status=status)

    html = page(client, f"/mango-trees/{tree.code}?lang=en")

    assert "Not offered this season" in html
    assert "Adoption opens soon" not in html
    assert f"5.500.000{NBSP}₫" not in html


def test_tree_without_a_running_plan_is_not_offered(client, database):
    grove = builders.orchard()
    builders.plan(grove, running=False)
    tree = builders.tree(grove)

    html = page(client, f"/mango-trees/{tree.code}?lang=en")

    assert "Its orchard has no adoption season running right now." in html


def test_unknown_or_unapproved_tree_is_not_found(client, database):
    pending = builders.orchard(producer_=factories.producer(status=ProducerStatus.SUSPENDED))
    builders.plan(pending)
    hidden = builders.tree(pending)

    assert client.get("/mango-trees/XX999").status_code == 404
    assert client.get(f"/mango-trees/{hidden.code}").status_code == 404
    assert "Page not found" in client.get("/mango-trees/XX999?lang=en").get_data(as_text=True)


def test_navigation_links_point_to_the_tree_list(client, database):
    html = page(client, "/")
    assert 'href="/mango-trees"' in html


@pytest.mark.parametrize("url", ["/mango-trees/CC%00", "/tours/a%00b", "/mango-trees/" + "X" * 300])
def test_odd_codes_and_slugs_are_not_found(client, database, url):
    assert client.get(url).status_code == 404
