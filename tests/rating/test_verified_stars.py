"""Only verified stars show and count: typed stars are a claim until the office checks the
scan (then a certificate, source "verified claim"), or rejects it with a reason; the
catalogue's star filter counts verified, unexpired certificates only."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from storefront.accounts.audit import AuditEntry
from storefront.catalog.certificates import (
    CertificateSource,
    OcopCertificate,
    current_certificate,
    verified_stars,
    verified_stars_expr,
)
from storefront.catalog.models import Product
from storefront.extensions import db
from storefront.mail import outbox
from storefront.rating import claims
from storefront.rating.errors import RatingError
from tests import factories
from tests.rating import rating_factories as rf
from tests.web import login, post

_scan = rf.scan


def _claim(**fields):
    fields.setdefault("certified_on", date.today() - timedelta(days=200))
    return factories.product(verified=False, **fields)


def test_the_star_filter_counts_verified_unexpired_stars_only(client, database):
    factories.product(name_vi="Bốn sao thật", stars=4)
    _claim(name_vi="Năm sao tự khai", stars=5)  # typed only: a claim
    expired = factories.product(name_vi="Năm sao hết hạn", stars=5)
    expired.certificates[0].expires_on = date.today() - timedelta(days=1)
    revoked = factories.product(name_vi="Năm sao bị thu hồi", stars=5)
    revoked.certificates[0].revoked_at = revoked.created_at
    db.session.flush()
    html = client.get("/products?stars=4").get_data(as_text=True)
    assert "Bốn sao thật" in html
    for hidden in ("Năm sao tự khai", "Năm sao hết hạn", "Năm sao bị thu hồi"):
        assert hidden not in html
    five = client.get("/products?stars=5").get_data(as_text=True)
    assert "Năm sao" not in five


def test_typed_stars_show_nowhere_until_verified(client, database):
    claim = _claim(name_vi="Mứt sen tự khai", stars=5)
    page = client.get(f"/products/{claim.slug}?lang=en").get_data(as_text=True)
    assert "★" not in page and "Not OCOP-rated yet." in page
    assert "★" not in client.get("/products?lang=en").get_data(as_text=True)
    assert verified_stars(claim, date.today()) is None


def test_the_query_expression_and_the_product_agree(database):
    product = factories.product(stars=3)
    factories.certificate(product, stars=4, number="SECOND", issued_on=date.today())
    today = date.today()
    expression = db.session.scalar(
        sa.select(verified_stars_expr(today)).where(Product.id == product.id)
    )
    assert expression == 4 == verified_stars(product, today) == product.verified_stars(today)
    assert current_certificate(product, today).number == "SECOND"
    assert verified_stars(product, today + timedelta(days=3 * 366)) is None


@pytest.fixture
def office(app, client, database):
    login(client, factories.user(is_admin=True))
    outbox(app).clear()
    return client


def test_the_office_verifies_a_claim_with_its_scan(app, office):
    claim = _claim(name_vi="Khô cá lóc", stars=4, certificate_document=_scan())
    listing = office.get("/admin/rating/claims?lang=en").get_data(as_text=True)
    assert "Khô cá lóc" in listing and "Open the scan" in listing
    response = post(office, f"/admin/rating/claims/{claim.id}/verify", {},
                    token_from="/admin/rating/claims")  # fmt: skip
    assert response.status_code == 302
    cert = db.session.scalar(
        sa.select(OcopCertificate).where(OcopCertificate.product_id == claim.id)
    )
    assert cert.source == CertificateSource.VERIFIED_CLAIM and cert.stars == 4
    assert cert.number == claim.certificate_no and cert.scan_id == claim.certificate_document_id
    assert cert.expires_on == claim.certificate_expires_on  # 36 months after the issue
    assert "<strong>Khô cá lóc</strong>" not in office.get("/admin/rating/claims").get_data(
        as_text=True
    )
    shown = office.get(f"/products/{claim.slug}?lang=en").get_data(as_text=True)
    assert f"Verified from certificate No. {claim.certificate_no}." in shown and "★★★★" in shown
    assert db.session.scalar(
        sa.select(AuditEntry).where(AuditEntry.action == "certificate.claim_verified")
    )
    replay = post(office, f"/admin/rating/claims/{claim.id}/verify", {}, token_from="/account")
    assert replay.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count(OcopCertificate.id))) == 1


def test_a_claim_without_a_scan_is_not_verified(request_context):
    claim = _claim(stars=4)
    with pytest.raises(RatingError, match="scan"):
        claims.verify_claim(claim, factories.user(is_admin=True), date.today())
    assert claim.certificates == []


def test_the_office_rejects_a_claim_with_a_reason_the_producer_reads(app, office):
    claim = _claim(name_vi="Bánh phồng tôm", stars=5, certificate_document=_scan())
    owner = factories.member(claim.producer, factories.user(locale="en", name="Lan"))
    url = f"/admin/rating/claims/{claim.id}/reject"
    empty = post(office, url, {"reason": "  "}, token_from=url)
    assert empty.status_code == 400
    response = post(
        office, url, {"reason": "Số giấy chứng nhận không khớp bản scan"}, token_from=url
    )
    assert response.status_code == 302
    (message,) = outbox(app)
    assert message["To"] == owner.email and "could not be verified" in message["Subject"]
    assert "Số giấy chứng nhận không khớp bản scan" in message.get_content()
    assert "Bánh phồng tôm" not in office.get("/admin/rating/claims").get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(OcopCertificate.id))) == 0
    assert db.session.scalar(
        sa.select(AuditEntry).where(AuditEntry.action == "certificate.claim_rejected")
    )
    claim.certificate_no = "OCOP-SỬA-1"  # corrected: a new claim for the office
    db.session.flush()
    assert "Bánh phồng tôm" in office.get("/admin/rating/claims").get_data(as_text=True)


def test_council_members_cannot_open_the_claims(client, database):
    from storefront.accounts.models import OfficeRole

    login(client, factories.user(office_role=OfficeRole.COUNCIL))
    assert client.get("/admin/rating/claims").status_code == 403
    assert client.get("/admin/rating").status_code == 403
