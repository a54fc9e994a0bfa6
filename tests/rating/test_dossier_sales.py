"""A dossier's sales figures: orders placed in the period (days in Vietnam) whose producer's
part was delivered, for the dossier's product and producer only; a link the demo made without
a period tells the year before the dossier was sent, a trace link without its url the lot's."""

from datetime import UTC, datetime, timedelta

import pytest

from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.orders.models import FulfilmentStatus, OrderStatus, PaymentMethod
from storefront.rating import dossier_book
from storefront.rating import dossier_reads as reads
from storefront.rating.models import EvidenceKind
from storefront.rating.scoring_models import DossierEvidence
from storefront.timeutil import today_local
from tests import factories, lot_factories
from tests.orders.builders import make_order
from tests.rating import dossier_factories as make

# 23:30 in Vietnam on the 1st is 16:30 UTC: the order counts on the 1st, not the 2nd.
FIRST_EVENING = datetime(2026, 6, 1, 16, 30, tzinfo=UTC)


def _order(product, placed: datetime, status=FulfilmentStatus.DELIVERED, quantity: int = 1):
    order = make_order([product], method=PaymentMethod.COD, status=OrderStatus.CONFIRMED,
                       created_at=placed)  # fmt: skip
    order.fulfilments[0].status = status
    order.items[0].quantity = quantity
    db.session.flush()
    return order


@pytest.fixture
def tea(database):
    return factories.product(category="tea-coffee", prices=(120_000,))


def test_only_delivered_parts_of_the_period_count(tea):
    _order(tea, FIRST_EVENING, quantity=3)
    _order(tea, FIRST_EVENING + timedelta(days=3))
    _order(tea, FIRST_EVENING, status=FulfilmentStatus.CANCELLED)
    _order(tea, FIRST_EVENING, status=FulfilmentStatus.SHIPPED)
    _order(tea, FIRST_EVENING - timedelta(days=1))  # 31 May in Vietnam
    _order(factories.product(category="tea-coffee"), FIRST_EVENING)  # another producer
    sales = reads.product_sales(tea.producer_id, tea.id, FIRST_EVENING.date(), FIRST_EVENING.date()
                                + timedelta(days=3))  # fmt: skip
    assert (sales.orders, sales.units, sales.revenue) == (2, 4, 480_000)
    one_day = reads.product_sales(tea.producer_id, tea.id, FIRST_EVENING.date(),
                                  FIRST_EVENING.date())  # fmt: skip
    assert (one_day.orders, one_day.units) == (1, 3)
    other_producer = reads.product_sales(tea.producer_id + 999, tea.id, FIRST_EVENING.date(),
                                         FIRST_EVENING.date())  # fmt: skip
    assert other_producer.orders == 0


def test_links_without_their_period_or_url_are_told_from_the_site(app, tea):
    dossier = make.dossier(make.rating_round(make.scorecard()), tea)
    dossier.sent_at = utcnow()
    lot = lot_factories.lot(tea.variants[0], code="SEN-07")
    criterion = dossier.scorecard.criteria[0]
    _order(tea, utcnow() - timedelta(days=30), quantity=2)
    sales = DossierEvidence(dossier=dossier, criterion_id=criterion.id, kind=EvidenceKind.SALES,
                            reference_id=tea.id, url=f"/products/{tea.slug}")  # fmt: skip
    trace = DossierEvidence(dossier=dossier, criterion_id=criterion.id, reference_id=lot.id,
                            kind=EvidenceKind.TRACE_PAGES, url="")  # fmt: skip
    db.session.add_all([sales, trace])
    db.session.flush()
    with app.test_request_context("/?lang=en"):
        told_sales = dict(dossier_book.tell(sales, "A1.1").facts)
        told_trace = dict(dossier_book.tell(trace, "A1.2").facts)
    assert told_sales["Units sold"] == "2"
    assert str((today_local() - timedelta(days=364)).year) in told_sales["Period"]
    assert told_trace["Trace page"].endswith(f"/trace/{tea.slug}/SEN-07")
