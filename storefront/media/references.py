"""Which rows still point at a stored picture or document, found from the foreign keys.

Every table of the metadata that has a foreign key to media_asset or document counts (product
photos, logos and covers, tree photos, farmer updates, certificate scans...), so a table added
tomorrow counts without a change here. Products duplicated with their photos share assets.
"""

import sqlalchemy as sa

from storefront.media.models import Document, MediaAsset
from storefront.references import referencing_columns, still_referenced

Stored = MediaAsset | Document
__all__ = ["referenced_ids", "still_referenced"]


def referenced_ids(model: type[Stored]) -> sa.CompoundSelect:
    """The ids of the `model` rows some row points at, as one query that is read once rather
    than once per row (the foreign-key columns carry no index)."""
    return sa.union(
        *(sa.select(column).where(column.is_not(None)) for column in referencing_columns(model))
    )
