"""The office's programme reports: one module per section, each registering itself in
`base.SECTIONS`; importing this package loads them all."""

from storefront.admin.reports import (  # noqa: F401  each registers its section
    certificates,
    coverage,
    producers,
    products,
    recalls,
    sales,
    support,
    tourism,
    traceability,
)
from storefront.admin.reports.base import Result, Scope, sections


def read_all(scope: Scope, keys: list[str] | None = None) -> list[Result]:
    """The results of the dashboard's sections (or of those named), in their order."""
    chosen = [s for s in sections() if (s.key in keys if keys else s.on_dashboard)]
    return [s.read(scope) for s in chosen]
