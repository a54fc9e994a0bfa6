"""Tree and tour pages run a fixed number of SQL queries, whatever the number of rows."""

from datetime import timedelta

from storefront.models_base import utcnow
from tests import factories
from tests.tours import builders


def _queries_for(client, count_queries, url: str) -> int:
    with count_queries() as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def _trees(count: int) -> None:
    """`count` offered trees with photos, spread over new orchards of new producers."""
    for n in range(count):
        if n % 3 == 0:
            grove = builders.orchard(cover=factories.asset())
            builders.plan(grove)
        builders.tree(grove, photo=factories.asset())


def test_tree_list_query_count_does_not_grow_with_trees(client, database, count_queries):
    _trees(2)
    few = _queries_for(client, count_queries, "/mango-trees")
    few_all = _queries_for(client, count_queries, "/mango-trees?available=0")

    _trees(20)
    many = _queries_for(client, count_queries, "/mango-trees")

    assert few == many == _queries_for(client, count_queries, "/mango-trees?available=0")
    assert few_all == few
    assert many <= 5


def test_tree_page_query_count_is_fixed(client, database, count_queries):
    tree = builders.offered_tree(photo=factories.asset())
    builders.extra_photos(tree, 1)
    builders.extra_photos(tree.orchard, 1)
    few = _queries_for(client, count_queries, f"/mango-trees/{tree.code}")

    _trees(20)
    for _ in range(5):
        builders.plan(tree.orchard, running=False)
    builders.extra_photos(tree, 11)
    builders.extra_photos(tree.orchard, 11)
    page = client.get(f"/mango-trees/{tree.code}").get_data(as_text=True)
    assert page.count('class="gallery-slide"') == 13 and page.count("orchard-strip") == 1
    assert _queries_for(client, count_queries, f"/mango-trees/{tree.code}") == few
    assert few <= 4  # the tree with its orchard and plan, its photos, the orchard's photos


def test_tour_pages_query_counts_are_fixed(client, database, count_queries):
    first = builders.tour(cover=factories.asset())
    builders.extra_photos(first, 1)
    builders.departure(first)
    builders.tour(cover=factories.asset())
    list_few = _queries_for(client, count_queries, "/tours")
    page_few = _queries_for(client, count_queries, f"/tours/{first.slug}")

    for _ in range(20):
        other = builders.tour(cover=factories.asset(), producer_=factories.producer())
        builders.departure(other)
    for day in range(1, 21):
        builders.departure(first, starts_at=utcnow() + timedelta(days=day))
    builders.extra_photos(first, 11)

    assert _queries_for(client, count_queries, "/tours") == list_few
    assert _queries_for(client, count_queries, f"/tours/{first.slug}") == page_few
    assert list_few <= 4 and page_few <= 5
