"""Every model module, imported once so the metadata (and Alembic) sees all tables."""

from storefront.accounts import audit  # noqa: F401
from storefront.accounts import models as accounts  # noqa: F401
from storefront.admin import report_models as admin_reports  # noqa: F401
from storefront.adoptions import models as adoptions  # noqa: F401
from storefront.catalog import certificates as catalog_certificates  # noqa: F401
from storefront.catalog import lot_models as catalog_lots  # noqa: F401
from storefront.catalog import models as catalog  # noqa: F401
from storefront.farms import models as farms  # noqa: F401
from storefront.media import models as media  # noqa: F401
from storefront.orders import lot_models as order_lots  # noqa: F401
from storefront.orders import models as orders  # noqa: F401
from storefront.orders import settlement_models as settlements  # noqa: F401
from storefront.producers import models as producers  # noqa: F401
from storefront.programme import fair_models as programme_fairs  # noqa: F401
from storefront.programme import news_models as programme_news  # noqa: F401
from storefront.programme import support_models as programme_support  # noqa: F401
from storefront.rating import models as rating  # noqa: F401
from storefront.rating import scoring_models as rating_scoring  # noqa: F401
from storefront.tours import models as tours  # noqa: F401
