"""What machines read on a lot's Digital Link: JSON-LD, the linkset (RFC 9264), the Link
header, the link-type redirects, and the EPCIS 2.0 export checked against GS1's schema."""

import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest

from storefront.catalog.digital_link import lot_path
from storefront.catalog.lot_models import LotInput
from storefront.extensions import db
from storefront.media.models import Document
from tests import factories
from tests import lot_factories as lots

SCHEMA = json.loads((Path(__file__).parents[1] / "schemas" / "EPCIS-JSON-Schema.json").read_text())
VALIDATOR = jsonschema.Draft7Validator(
    SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
)
SITE = "https://cho.example.vn"
GS1 = "https://ref.gs1.org/voc/"


def gtin_lot(code="XC-2026-07", **fields):
    product = factories.product(prices=(60_000,))
    product.variants[0].gtin = "8935049501237"
    return lots.lot(product.variants[0], code=code, **fields)


def rich_lot():
    pond = lots.lot(code="SEN-AO3")
    lot = gtin_lot()
    lot.inputs.append(LotInput(input_lot=pond, description="Hoa sen", quantity="120 kg"))
    vietgap = lots.document(lot.product.producer, "vietgap", number="VG-1")
    vietgap.file = Document(key="ab12" * 8, content_type="application/pdf", size=1200)
    lot.documents.append(vietgap)
    lots.event(lot, "harvested", days_ago=9)
    wrong = lots.event(lot, "processed", days_ago=8, place="Xưởng sai")
    lots.event(lot, "processed", days_ago=7, place="Xưởng đúng", corrects=wrong)
    lots.event(lot, "inspected", days_ago=6, actor_role="inspector", document=vietgap)
    lots.event(lot, "packed", days_ago=5)
    lots.event(lot, "shipped", days_ago=2, actor_role="carrier")
    lots.event(lot, "received_by_shop", days_ago=1, actor_role="shop")
    db.session.flush()
    return lot


def test_json_ld_on_the_same_url(client, database):
    lot = rich_lot()
    response = client.get(lot_path(lot), headers={"Accept": "application/ld+json"})
    assert response.status_code == 200
    assert response.mimetype == "application/ld+json"
    assert "Accept" in response.headers["Vary"]
    data = json.loads(response.get_data(as_text=True))
    assert data["@context"]["gs1"] == GS1
    assert "SomeProducts" in data["@type"]
    assert data["@id"] == f"{SITE}/01/08935049501237/10/XC-2026-07"
    assert data["hasGS1DigitalLink"] == SITE + lot_path(lot)
    assert data["gtin"] == "8935049501237"  # schema.org: not left-padded
    assert data["gs1:hasBatchLotNumber"] == "XC-2026-07"
    assert data["gs1:expirationDate"] == {
        "@value": lot.best_before.isoformat(),
        "@type": "xsd:date",
    }
    assert data["gs1:productionDate"]["@value"] == lot.produced_on.isoformat()
    assert data["manufacturer"]["name"] == lot.product.producer.name
    assert data["manufacturer"]["address"]["addressCountry"] == "VN"
    assert data["manufacturer"]["address"]["addressLocality"]
    assert data["image"][0].startswith(f"{SITE}/media/")
    certs = {c["name"]: c for c in data["hasCertification"]}
    assert certs["vietgap"]["certificationStatus"] == "CertificationActive"
    assert certs["OCOP"]["certificationRating"]["ratingValue"] == 4


def test_json_ld_hides_expired_stars(client, database):
    lot = gtin_lot()
    certificate = lot.product.certificates[0]
    certificate.issued_on, certificate.expires_on = (
        datetime(2017, 1, 1).date(),
        datetime(2020, 1, 1).date(),
    )
    db.session.flush()
    data = client.get(lot_path(lot), headers={"Accept": "application/ld+json"}).get_json(force=True)
    ocop = next(c for c in data["hasCertification"] if c["name"] == "OCOP")
    assert ocop["certificationStatus"] == "CertificationInactive"
    assert "certificationRating" not in ocop


def test_the_page_embeds_the_same_json_ld(client, database):
    lot = gtin_lot()
    page = client.get(lot_path(lot)).get_data(as_text=True)
    start = page.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    data = json.loads(page[start : page.index("</script>", start)])
    assert data["gs1:hasBatchLotNumber"] == lot.code


def _check_linkset(data):
    """RFC 9264 section 4.2: {"linkset": [context objects]}, each with an "anchor" and link
    relation keys whose values are arrays of target objects with an "href"."""
    assert set(data) == {"linkset"} and isinstance(data["linkset"], list)
    for context in data["linkset"]:
        assert context["anchor"].startswith("https://")
        for relation, targets in context.items():
            if relation == "anchor":
                continue
            assert relation.startswith(GS1)  # GS1 link types are extension relation URIs
            assert isinstance(targets, list) and targets
            for target in targets:
                assert target["href"].startswith("https://")
                assert isinstance(target.get("title", ""), str)
                assert isinstance(target.get("type", ""), str)
                assert isinstance(target.get("hreflang", []), list)


def test_link_type_all_answers_a_linkset(client, database):
    lot = rich_lot()
    lot.recalled_at = datetime.now(UTC)
    lot.recall_reason = "Nấm mốc"
    db.session.flush()
    response = client.get(lot_path(lot) + "&linkType=all")
    assert response.status_code == 200
    assert response.mimetype == "application/linkset+json"
    data = json.loads(response.get_data(as_text=True))
    _check_linkset(data)
    links = data["linkset"][0]
    assert links["anchor"] == f"{SITE}/01/08935049501237/10/XC-2026-07"
    assert links[GS1 + "pip"][0]["href"] == f"{SITE}/products/{lot.product.slug}"
    assert links[GS1 + "traceability"][0]["href"] == links["anchor"]
    assert links[GS1 + "epcis"][0]["href"] == links["anchor"] + "/epcis"
    assert links[GS1 + "recallStatus"][0]["href"].endswith("#recall")
    certificate = links[GS1 + "certificationInfo"][0]
    assert certificate["href"] == f"{SITE}/media/documents/ab/{'ab12' * 8}.pdf"
    assert certificate["type"] == "application/pdf"
    # the same by content negotiation
    other = client.get(lot_path(lot), headers={"Accept": "application/linkset+json"})
    assert json.loads(other.get_data(as_text=True)) == data


def test_certificates_are_listed_and_recall_only_when_recalled(client, database):
    lot = gtin_lot()
    doc = lots.document(lot.product.producer, "vietgap", number="VG-9")
    lot.documents.append(doc)
    db.session.flush()
    links = client.get(lot_path(lot) + "&linkType=all").get_json(force=True)["linkset"][0]
    assert GS1 + "recallStatus" not in links


def test_the_page_has_a_link_header(client, database):
    lot = gtin_lot()
    header = client.get(lot_path(lot)).headers["Link"]
    assert f'<{SITE}/01/08935049501237/10/XC-2026-07?linkType=all>; rel="linkset"' in header
    assert f'rel="{GS1}pip"' in header and f'rel="{GS1}epcis"' in header


@pytest.mark.parametrize("link_type", ["gs1:pip", GS1 + "pip"])
def test_a_link_type_redirects_to_its_target(client, database, link_type):
    lot = gtin_lot()
    response = client.get(lot_path(lot) + f"&linkType={link_type}")
    assert response.status_code == 307
    assert response.headers["Location"] == f"{SITE}/products/{lot.product.slug}"


def test_an_unknown_link_type_gives_the_default_page(client, database):
    lot = gtin_lot()
    assert client.get(lot_path(lot) + "&linkType=gs1:nothing").status_code == 200


def test_the_epcis_export_is_valid_epcis_2(client, database):
    lot = rich_lot()
    response = client.get(f"/01/08935049501237/10/{lot.code}/epcis")
    assert response.status_code == 200
    assert response.mimetype == "application/ld+json"
    assert "attachment" in response.headers["Content-Disposition"]
    assert ".jsonld" in response.headers["Content-Disposition"]
    document = json.loads(response.get_data(as_text=True))
    errors = sorted(VALIDATOR.iter_errors(document), key=str)
    assert not errors, errors[0]

    events = document["epcisBody"]["eventList"]
    assert len(events) == len(lot.events)
    assert [e["eventTime"] for e in events] == sorted(e["eventTime"] for e in events)
    assert all(
        e["eventTime"].endswith("+07:00") and e["eventTimeZoneOffset"] == "+07:00" for e in events
    )
    lot_class = f"{SITE}/01/08935049501237/10/XC-2026-07"
    harvest = events[0]
    assert harvest["type"] == "ObjectEvent" and harvest["action"] == "ADD"
    assert harvest["quantityList"][0]["epcClass"] == lot_class
    transformations = [e for e in events if e["type"] == "TransformationEvent"]
    assert transformations and transformations[0]["outputQuantityList"][0]["epcClass"] == lot_class
    assert transformations[0]["inputQuantityList"][0]["epcClass"].endswith("/SEN-AO3")
    shipped = next(e for e in events if e.get("bizStep") == "shipping")
    assert shipped["action"] == "OBSERVE" and shipped["disposition"] == "in_transit"
    inspected = next(e for e in events if e.get("bizStep") == "inspecting")
    assert inspected["certificationInfo"].endswith(".pdf")
    corrected = [e for e in events if "errorDeclaration" in e]
    assert len(corrected) == 1
    correction_ids = corrected[0]["errorDeclaration"]["correctiveEventIDs"]
    assert correction_ids == [
        e["eventID"] for e in events if e.get("ocop:corrects") == corrected[0]["eventID"]
    ]
    assert len({e["eventID"] for e in events}) == len(events)


def test_the_schema_check_is_real(client, database):
    """The vendored schema and its format checks refuse a broken document."""
    lot = rich_lot()
    document = client.get(f"/01/08935049501237/10/{lot.code}/epcis").get_json(force=True)
    document["epcisBody"]["eventList"][0]["eventTime"] = "yesterday"
    assert list(VALIDATOR.iter_errors(document))
    document["epcisBody"]["eventList"][0].pop("eventTime")
    assert list(VALIDATOR.iter_errors(document))


def test_the_epcis_export_of_a_trace_path(client, database):
    lot = lots.lot(code="TS-02")
    lots.event(lot, "harvested")
    response = client.get(f"/trace/{lot.product.slug}/TS-02/epcis")
    assert response.status_code == 200
    document = response.get_json(force=True)
    assert not list(VALIDATOR.iter_errors(document))
    event = document["epcisBody"]["eventList"][0]
    assert event["quantityList"][0]["epcClass"] == f"{SITE}/trace/{lot.product.slug}/TS-02"


def test_no_epcis_for_an_unknown_lot(client, database):
    gtin_lot()
    assert client.get("/01/08935049501237/10/NOPE/epcis").status_code == 404
    response = client.get("/01/08935049501237/10/NOPE", headers={"Accept": "application/ld+json"})
    assert response.status_code == 404 and response.get_json(force=True)["error"]


def _page_json_ld(page: str) -> dict:
    marker = '<script type="application/ld+json">'
    start = page.index(marker) + len(marker)
    return json.loads(page[start : page.index("</script>", start)])


def test_the_product_page_json_ld_links_to_the_digital_link(client, database):
    product = factories.product(prices=(60_000, 90_000))
    product.variants[1].gtin = "8935049501237"  # the first variant with a GTIN
    db.session.flush()
    data = _page_json_ld(client.get(f"/products/{product.slug}").get_data(as_text=True))
    assert data["@type"] == "Product"
    assert data["hasGS1DigitalLink"] == f"{SITE}/01/08935049501237"
    assert data["gtin"] == "8935049501237"
    assert client.get("/01/08935049501237").headers["Location"].endswith(product.slug)


def test_a_product_without_gtin_has_no_digital_link(client, database):
    product = factories.product()
    data = _page_json_ld(client.get(f"/products/{product.slug}").get_data(as_text=True))
    assert "hasGS1DigitalLink" not in data and data["name"] == product.name_vi
