"""Tree and tour pages show their main picture first, then the extra photos, without script."""

import re

from tests import factories
from tests.tours import builders

SLIDE = re.compile(
    r'<figure id="photo-(\d+)" class="gallery-slide">\s*<picture>.*?<img[^>]+src="([^"]+)"', re.S
)


def _slides(html: str) -> list[str]:
    """The slides' image URLs, in order; they must be numbered 1, 2, 3... for the thumbnails."""
    found = SLIDE.findall(html)
    assert [int(n) for n, _src in found] == list(range(1, len(found) + 1))
    return [src for _n, src in found]


def _key(asset) -> str:
    return asset.filename(asset.widths[0], "jpg")


def _same(slides: list[str], assets: list) -> bool:
    return len(slides) == len(assets) and all(
        src.endswith(f"/{_key(a)}") for src, a in zip(slides, assets, strict=True)
    )


def test_tree_page_shows_main_photo_then_extras_and_the_orchard_strip(client, database):
    tree = builders.offered_tree(photo=factories.asset())
    extras = builders.extra_photos(tree, 2)
    builders.extra_photos(tree.orchard, 2)
    html = client.get(f"/mango-trees/{tree.code}").get_data(as_text=True)

    assert _same(_slides(html), [tree.photo, *(p.asset for p in extras)])
    assert html.count('href="#photo-') == 3  # one thumbnail a slide
    largest = tree.photo.filename(tree.photo.widths[-1], "jpg")
    assert f'og:image" content="https://cho.example.vn/media/{largest}"' in html
    strip = html[html.index('class="orchard-strip"') :]
    assert all(_key(p.asset) in strip for p in tree.orchard.photos)


def test_tour_without_a_cover_shows_its_extras_and_none_shows_the_placeholder(client, database):
    tour = builders.tour(cover=None)
    bare = client.get(f"/tours/{tour.slug}").get_data(as_text=True)
    assert _slides(bare) == [] and "groups/tourism.svg" in bare and "gallery-thumbs" not in bare

    extras = builders.extra_photos(tour, 2)
    html = client.get(f"/tours/{tour.slug}").get_data(as_text=True)
    assert _same(_slides(html), [p.asset for p in extras])
    assert "gallery-thumbs" in html and "groups/tourism.svg" not in html


def test_a_single_picture_has_no_thumbnails(client, database):
    tour = builders.tour(cover=factories.asset())
    html = client.get(f"/tours/{tour.slug}").get_data(as_text=True)
    assert len(_slides(html)) == 1 and "gallery-thumbs" not in html
