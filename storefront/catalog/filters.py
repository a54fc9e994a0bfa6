"""Catalogue query parameters, parsed leniently: anything malformed is ignored or clamped."""

from dataclasses import dataclass, replace

from werkzeug.datastructures import MultiDict

from storefront.catalog.models import MAX_STARS, MIN_STARS
from storefront.places import DONG_THAP, is_valid_ward
from storefront.text import single_line

SORTS = ("newest", "price_asc", "price_desc", "stars")
MAX_QUERY_LENGTH = 100
MAX_PAGE = 10_000


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class CatalogFilters:
    q: str = ""
    group: str | None = None
    stars: int | None = None
    ward: int | None = None
    sort: str = "newest"
    page: int = 1

    @classmethod
    def from_args(cls, args: MultiDict, known_categories: set[str]) -> "CatalogFilters":
        """Read the GET parameters; an unknown group, star level, ward or sort is dropped."""
        stars = _int(args.get("stars"))
        ward = _int(args.get("ward"))
        page = _int(args.get("page")) or 1
        group = args.get("group")
        sort = args.get("sort", "newest")
        return cls(
            q=single_line(args.get("q", ""), MAX_QUERY_LENGTH),
            group=group if group in known_categories else None,
            stars=stars if stars is not None and MIN_STARS <= stars <= MAX_STARS else None,
            ward=ward if is_valid_ward(ward, DONG_THAP) else None,
            sort=sort if sort in SORTS else "newest",
            page=min(max(page, 1), MAX_PAGE),
        )

    def args(self, **changes) -> dict:
        """URL parameters of these filters with some changed, without the defaults."""
        changed = replace(self, **changes)
        params = {
            "q": changed.q or None,
            "group": changed.group,
            "stars": changed.stars,
            "ward": changed.ward,
            "sort": None if changed.sort == "newest" else changed.sort,
            "page": None if changed.page == 1 else changed.page,
        }
        return {k: v for k, v in params.items() if v is not None}

    @property
    def active(self) -> bool:
        return bool(self.q or self.group or self.stars or self.ward)
