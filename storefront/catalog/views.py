"""Public catalogue pages: the product list with its filters, and a product's page."""

from flask import abort, current_app, render_template, request

from storefront import places
from storefront.catalog import bp, recall_reads, services
from storefront.catalog.filters import MAX_QUERY_LENGTH, SORTS, CatalogFilters
from storefront.text import single_line
from storefront.timeutil import today_local


@bp.app_template_global()
def search_query() -> str:
    """The header's search box keeps what was searched, cleaned as the catalogue reads it."""
    return single_line(request.args.get("q", ""), MAX_QUERY_LENGTH)


@bp.get("/products")
def index():
    groups, subcategories = services.groups_with_counts(), services.subcategories()
    known = {group.slug for group, _count in groups} | {sub.slug for sub in subcategories}
    filters = CatalogFilters.from_args(request.args, known)
    page = services.search_products(filters, current_app.config["CATALOG_PAGE_SIZE"])
    return render_template(
        "catalog/index.html",
        filters=filters,
        page=page,
        groups=groups,
        subcategories=subcategories,
        wards=sorted(services.wards_with_products(), key=lambda c: places.ward_name(c)),
        sorts=SORTS,
    )


@bp.get("/products/<slug>")
def product(slug: str):
    found = services.get_visible_product(slug)
    if found is None:
        abort(404)
    today = today_local()
    return render_template(
        "catalog/product.html",
        product=found,
        related=services.related_products(found),
        recalled_lots=recall_reads.recalled_lots(found.id, today),
    )
