"""The trace page, its JSON-LD and its EPCIS export run a fixed number of SQL statements,
whatever the length of the timeline or the number of documents and inputs."""

from storefront.catalog.digital_link import lot_path
from storefront.catalog.lot_models import LotInput
from storefront.catalog.models import ProductStatus
from storefront.extensions import db
from storefront.media.models import Document
from tests import factories
from tests import lot_factories as lots


def _statements(client, count_queries, url: str, **headers) -> int:
    with count_queries() as queries:
        response = client.get(url, headers=headers)
    assert response.status_code == 200
    return len(queries)


def _gtin_lot(gtin: str, code: str):
    product = factories.product(prices=(60_000,), images=3)
    product.variants[0].gtin = gtin
    return lots.lot(product.variants[0], code=code)


def test_trace_page_query_count_is_fixed(client, database, count_queries):
    small = _gtin_lot("8935049501237", "SMALL")
    lots.event(small, "harvested")

    big = _gtin_lot("8935049501244", "BIG")
    documents = []
    for n in range(5):
        doc = lots.document(big.product.producer, "lab_report", valid_days=-1 if n % 2 else 30)
        doc.file = Document(key=f"{n:02d}" * 16, content_type="application/pdf", size=10)
        big.documents.append(doc)
        report = lots.document(big.product.producer, "lab_report")  # only on its event
        report.file = Document(key=f"{n + 5:02d}" * 16, content_type="image/jpeg", size=10)
        documents.append(report)
        source = lots.lot(code=f"IN-{n}")  # each input lot of its own product and producer
        big.inputs.append(LotInput(input_lot=source, description=f"Nguyên liệu {n}"))
        used_in = lots.lot(code=f"OUT-{n}")
        used_in.inputs.append(LotInput(input_lot=big, description="Trà"))
    for n in range(30):
        kind = ("harvested", "processed", "packed", "inspected", "shipped")[n % 5]
        lots.event(big, kind, days_ago=40 - n, document=documents[n % 5])
    first = big.events[0]
    lots.event(big, "harvested", days_ago=1, corrects=first)
    db.session.flush()
    db.session.expire_all()

    for suffix, headers in (("", {}), ("", {"Accept": "application/ld+json"}), ("/epcis", {})):
        few = _statements(client, count_queries, lot_path(small).split("?")[0] + suffix, **headers)
        many = _statements(client, count_queries, lot_path(big).split("?")[0] + suffix, **headers)
        assert few == many, (suffix, headers)
        assert many <= 8


def test_a_hidden_lot_costs_what_a_missing_one_does(client, database, count_queries):
    """Same statements for an unpublished product's lot as for a code that names nothing:
    the answer (and its work) does not tell a guesser that the lot exists."""
    hidden = _gtin_lot("8935049501237", "HIDDEN")
    for n in range(10):
        lots.event(hidden, "harvested", days_ago=n + 1)
    hidden.product.status = ProductStatus.HIDDEN
    db.session.flush()

    def statements(path):
        with count_queries() as queries:
            response = client.get(path)
        assert response.status_code == 404
        return queries

    missing = statements("/01/08935049501237/10/NOTHING")
    found_hidden = statements("/01/08935049501237/10/HIDDEN")
    assert len(missing) == len(found_hidden) == 1
