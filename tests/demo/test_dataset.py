"""The demo's data files: every name one file gives another is there, and a mistake in a file
fails when it is read, not halfway through `flask seed-demo`."""

import shutil
from collections import Counter

import pytest

from storefront.catalog.groups import GROUPS_BY_SLUG
from storefront.demo import dataset, updates_art

DEMO = dataset.load()


def test_products_name_sub_categories_and_unique_slugs_and_skus():
    categories = {sub[0] for group in GROUPS_BY_SLUG.values() for sub in group.subcategories}
    assert {p.category for p in DEMO.products} <= categories
    for names in (
        [p.slug for p in DEMO.producers],
        [p.slug for p in DEMO.products],
        [v.sku for p in DEMO.products for v in p.variants],
    ):
        assert [name for name, n in Counter(names).items() if n > 1] == []


def test_tourism_names_its_producers_orchards_traits_and_products():
    producers, orchards = {p.slug for p in DEMO.producers}, {o.slug for o in DEMO.orchards}
    assert {row.producer for row in (*DEMO.orchards, *DEMO.tours)} <= producers
    assert {t.orchard for t in DEMO.tours if t.orchard} <= orchards
    assert {t.trait for t in DEMO.trees} <= set(DEMO.traits)
    products = {p.slug: p for p in DEMO.products}
    experiences = [products[e.product] for e in DEMO.experiences]
    assert all(p.category in {"community-tourism", "destinations"} for p in experiences)


def test_adopters_name_trees_buyers_tours_and_stages():
    trees, tours = {t.code for t in DEMO.trees}, {t.slug for t in DEMO.tours}
    buyers = {b.email for b in DEMO.buyers}
    assert {a.tree for a in DEMO.adoptions} <= trees
    assert {a.buyer for a in DEMO.adoptions} <= buyers
    assert {u.stage for a in DEMO.adoptions for u in a.updates} <= set(updates_art.STAGES)
    assert {b.tour for b in DEMO.bookings} <= tours
    assert all((b.buyer in buyers) != (b.contact is not None) for b in DEMO.bookings)


@pytest.fixture
def copy_of_data(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(dataset.DATA, folder)
    return folder


def test_a_products_file_of_no_producer_is_refused(copy_of_data):
    shutil.copy(copy_of_data / "products/huong-tra.toml", copy_of_data / "products/huong-tra2.toml")
    with pytest.raises(ValueError, match="huong-tra2"):
        dataset.load(copy_of_data)


def test_a_misspelt_key_is_refused(copy_of_data):
    path = copy_of_data / "tourism.toml"
    path.write_text(path.read_text().replace("harvest_kg =", "harvest_kgs =", 1))
    with pytest.raises(TypeError, match="harvest_kgs"):
        dataset.load(copy_of_data)
