"""What machines read about a lot: JSON-LD (schema.org with the GS1 Web Vocabulary), the
GS1 resolver's linkset (RFC 9264) and the `Link` header of the trace page.

schema.org: `SomeProducts` (a lot: "products from that lot", as `hasGS1DigitalLink` asks for a
Digital Link with AI 10), `hasGS1DigitalLink`, `gtin` (not left-padded, as schema.org asks),
`manufacturer`/`brand` with a `PostalAddress`, `hasCertification` with `Certification`
(status CertificationActive/CertificationInactive). GS1 Web Vocabulary (https://ref.gs1.org/voc/):
`hasBatchLotNumber`, `productionDate`, `packagingDate`, `expirationDate` (the date the code
carries as AI 17), and the link types of the linkset.
"""

from datetime import date
from typing import Any

from flask_babel import gettext as _

from storefront import places
from storefront.catalog.digital_link import absolute, gtin14, lot_path
from storefront.catalog.lot_models import Lot, ProducerDocument
from storefront.catalog.models import Product
from storefront.catalog.trace import Trace
from storefront.i18n import localized
from storefront.links import external_url

GS1 = "https://ref.gs1.org/voc/"
CONTEXT = {
    "@vocab": "https://schema.org/",
    "gs1": GS1,
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
LINKSET_TYPE = "application/linkset+json"
LD_TYPE = "application/ld+json"
LANGUAGES = ["vi", "en"]


def lot_uri(lot: Lot) -> str:
    """The lot's Digital Link without data attributes: its identifier (GTIN + lot)."""
    return absolute(lot_path(lot).split("?", 1)[0])


def lot_digital_link(lot: Lot) -> str:
    """The full Digital Link its QR code carries (with ?17= when it has a best-before date)."""
    return absolute(lot_path(lot))


def epcis_url(lot: Lot) -> str:
    return lot_uri(lot) + "/epcis"


def product_digital_link(product: Product) -> str | None:
    """`/01/{GTIN-14}` of the product's first variant that has a GTIN, or None."""
    gtin = next((variant.gtin for variant in product.variants if variant.gtin), None)
    return absolute(f"/01/{gtin14(gtin)}") if gtin else None


def _day(value: date | None) -> dict[str, str] | None:
    return {"@value": value.isoformat(), "@type": "xsd:date"} if value else None


def _document_url(document: ProducerDocument) -> str | None:
    if document.file is None:
        return None
    return external_url("media.file", filename=document.file.filename)


def _certification(document: ProducerDocument, today: date) -> dict[str, Any]:
    active = document.valid_on(today)
    item = {
        "@type": "Certification",
        "name": document.kind.value,
        "certificationIdentification": document.number,
        "issuedBy": {"@type": "Organization", "name": document.issuer},
        "certificationStatus": "CertificationActive" if active else "CertificationInactive",
        "validFrom": document.valid_from.isoformat() if document.valid_from else None,
        "expires": document.valid_until.isoformat() if document.valid_until else None,
        "url": _document_url(document),
    }
    return {key: value for key, value in item.items() if value}


def _ocop(product: Product, today: date) -> dict[str, Any] | None:
    """The verified OCOP certificate (never the producer's typed claim): in force, or the
    last one, marked inactive, once it expired."""
    certificate = product.verified_certificate(today) or product.last_certificate()
    if certificate is None:
        return None
    active = certificate.valid_on(today)
    item: dict[str, Any] = {
        "@type": "Certification",
        "name": "OCOP",
        "certificationIdentification": certificate.number,
        "certificationStatus": "CertificationActive" if active else "CertificationInactive",
        "validFrom": certificate.issued_on.isoformat(),
        "expires": certificate.expires_on.isoformat(),
    }
    if active:  # stars only while the certificate runs, as on the page
        item["certificationRating"] = {
            "@type": "Rating",
            "ratingValue": certificate.stars,
            "bestRating": 5,
        }
    return {key: value for key, value in item.items() if value}


def _producer(product: Product) -> dict[str, Any]:
    producer = product.producer
    return {
        "@type": "Organization",
        "name": producer.name,
        "url": external_url("catalog.producer", slug=producer.slug),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": producer.address or None,
            "addressLocality": places.ward_name(producer.ward_code),
            "addressRegion": places.province_name(places.province_of(producer.ward_code) or 0)
            if places.province_of(producer.ward_code)
            else None,
            "addressCountry": "VN",
        },
    }


def lot_json_ld(trace: Trace, today: date, images: list[str]) -> dict[str, Any]:
    """The lot as JSON-LD: a schema.org SomeProducts with the GS1 Web Vocabulary's lot terms."""
    lot, product = trace.lot, trace.product
    maker = _producer(product)
    maker["address"] = {k: v for k, v in maker["address"].items() if v}
    certifications = [_certification(doc, today) for doc in lot.documents]
    ocop = _ocop(product, today)
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": ["SomeProducts", "gs1:Product"],
        "@id": lot_uri(lot),
        "name": localized(product, "name"),
        "description": localized(product, "short") or None,
        "image": images or None,
        "url": lot_uri(lot),
        "hasGS1DigitalLink": lot_digital_link(lot) if lot.variant.gtin else None,
        "gtin": lot.variant.gtin or None,
        "sku": lot.variant.sku,
        "brand": {"@type": "Brand", "name": product.producer.name},
        "manufacturer": maker,
        "countryOfOrigin": {"@type": "Country", "name": "VN"},
        "isVariantOf": {
            "@type": "ProductGroup",
            "name": localized(product, "name"),
            "url": external_url("catalog.product", slug=product.slug),
        },
        "hasCertification": certifications + ([ocop] if ocop else []) or None,
        "inventoryLevel": {"@type": "QuantitativeValue", "value": lot.quantity},
        "gs1:hasBatchLotNumber": lot.code,
        "gs1:productionDate": _day(lot.produced_on),
        "gs1:packagingDate": _day(lot.packed_on),
        "gs1:expirationDate": _day(lot.best_before),
        "subjectOf": {"@type": "Dataset", "name": "EPCIS 2.0", "url": epcis_url(lot)},
    }
    return {key: value for key, value in data.items() if value is not None}


def links(trace: Trace) -> dict[str, list[dict[str, Any]]]:
    """The lot's links by GS1 link type, as a resolver lists them."""
    lot, product = trace.lot, trace.product
    page = lot_uri(lot)
    found: dict[str, list[dict[str, Any]]] = {
        GS1 + "defaultLink": [_target(page, _("Trace page"), "text/html")],
        GS1 + "pip": [
            _target(
                external_url("catalog.product", slug=product.slug),
                localized(product, "name"),
                "text/html",
            )
        ],
        GS1 + "traceability": [_target(page, _("Trace page"), "text/html")],
        GS1 + "epcis": [_target(epcis_url(lot), _("EPCIS 2.0 events"), LD_TYPE, languages=False)],
    }
    certificates = [
        _target(url, f"{doc.kind.value} {doc.number}".strip(), _file_type(doc), languages=False)
        for doc in lot.documents
        if (url := _document_url(doc))
    ]
    if certificates:
        found[GS1 + "certificationInfo"] = certificates
    if lot.recalled_at:
        found[GS1 + "recallStatus"] = [_target(page + "#recall", _("Recall notice"), "text/html")]
    return found


def _file_type(document: ProducerDocument) -> str:
    return document.file.content_type if document.file else "application/octet-stream"


def _target(href: str, title: str, kind: str, *, languages: bool = True) -> dict[str, Any]:
    target: dict[str, Any] = {"href": href, "title": title, "type": kind}
    if languages:
        target["hreflang"] = LANGUAGES
    return target


def linkset(trace: Trace) -> dict[str, Any]:
    """RFC 9264's JSON linkset: one context object whose anchor is the lot's Digital Link."""
    return {"linkset": [{"anchor": lot_uri(trace.lot), **links(trace)}]}


def link_header(trace: Trace) -> str:
    """The `Link` header of the trace page: the linkset itself, then each link."""
    parts = [f'<{lot_uri(trace.lot)}?linkType=all>; rel="linkset"; type="{LINKSET_TYPE}"']
    for relation, targets in links(trace).items():
        for target in targets:
            parts.append(f'<{target["href"]}>; rel="{relation}"; type="{target["type"]}"')
    return ", ".join(parts)


def image_urls(product: Product) -> list[str]:
    """Absolute addresses of the product's photos, largest size, for JSON-LD."""
    return [
        external_url("media.file", filename=image.asset.filename(image.asset.widths[-1], "jpg"))
        for image in product.images
    ]


def redirect_target(trace: Trace, link_type: str) -> str | None:
    """Where `?linkType=gs1:pip` (or the full URI) sends a resolver's client, if we have it."""
    wanted = link_type.replace("gs1:", GS1, 1) if link_type.startswith("gs1:") else link_type
    targets = links(trace).get(wanted)
    return targets[0]["href"] if targets else None


def product_json_ld(product: Product) -> dict[str, Any]:
    """The product page's JSON-LD: a schema.org Product with its GS1 Digital Link."""
    gtin = next((variant.gtin for variant in product.variants if variant.gtin), None)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": localized(product, "name"),
        "description": localized(product, "short") or None,
        "url": external_url("catalog.product", slug=product.slug),
        "image": image_urls(product) or None,
        "gtin": gtin,
        "hasGS1DigitalLink": product_digital_link(product),
        "brand": {"@type": "Brand", "name": product.producer.name},
        "manufacturer": {
            "@type": "Organization",
            "name": product.producer.name,
            "url": external_url("catalog.producer", slug=product.producer.slug),
        },
    }
    if product.price_from is not None:
        data["offers"] = {
            "@type": "AggregateOffer",
            "lowPrice": product.price_from,
            "priceCurrency": "VND",
        }
    return {key: value for key, value in data.items() if value is not None}
