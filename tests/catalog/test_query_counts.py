"""Catalogue pages run a fixed number of SQL queries, whatever the number of products."""

from tests import factories


def _queries_for(client, count_queries, url: str) -> int:
    with count_queries() as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_catalogue_query_count_does_not_grow_with_products(client, database, count_queries):
    makers = [factories.producer() for _ in range(3)]
    factories.product(producer_=makers[0])
    few = _queries_for(client, count_queries, "/products")

    for n in range(20):
        factories.product(producer_=makers[n % 3], images=3, prices=(1_000, 2_000, 3_000))
    many = _queries_for(client, count_queries, "/products")

    assert few == many
    assert many <= 8


def test_product_page_query_count_is_fixed(client, database, count_queries):
    small = factories.product(images=1, prices=(10_000,), category="fresh-fruit")
    factories.product(images=1, category="fresh-fruit")  # one related product
    few = _queries_for(client, count_queries, f"/products/{small.slug}")

    big = factories.product(images=6, prices=(1, 2, 3, 4), category="fresh-fruit")
    for _ in range(6):
        factories.product(images=2, category="fresh-fruit")
    many = _queries_for(client, count_queries, f"/products/{big.slug}")

    assert few == many
    assert many <= 8


def test_home_and_producer_page_query_counts_are_fixed(client, database, count_queries):
    maker = factories.producer(logo=factories.asset())
    factories.product(producer_=maker, featured=True)
    home_few = _queries_for(client, count_queries, "/")
    page_few = _queries_for(client, count_queries, f"/producers/{maker.slug}")

    for _ in range(10):
        factories.product(producer_=maker, featured=True, images=2)
        factories.producer(logo=factories.asset())
    assert _queries_for(client, count_queries, "/") == home_few
    assert _queries_for(client, count_queries, f"/producers/{maker.slug}") == page_few
