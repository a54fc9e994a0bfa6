"""The current producer's own things, or 404: a producer never reaches another's by its id."""

import sqlalchemy as sa
from flask import abort, g
from sqlalchemy.orm import joinedload, selectinload

from storefront.adoptions.models import Adoption
from storefront.adoptions.services import HOLDING
from storefront.catalog.lot_models import Lot, ProducerDocument
from storefront.catalog.models import Product, ProductImage, ProductStatus
from storefront.extensions import db
from storefront.farms.models import AdoptionPlan, Orchard, Tree
from storefront.orders.models import (
    Fulfilment,
    Order,
    OrderKind,
)
from storefront.tours.models import Departure, Tour


def own_product(product_id: int) -> Product:
    """The current producer's product, or 404 (never another producer's)."""
    product = db.session.scalar(
        sa.select(Product)
        .where(Product.id == product_id, Product.producer_id == g.producer.id)
        .options(selectinload(Product.variants), selectinload(Product.images))
    )
    if product is None or product.status == ProductStatus.ARCHIVED:
        abort(404)
    return product


def own_image(product: Product, image_id: int) -> ProductImage:
    image = next((i for i in product.images if i.id == image_id), None)
    if image is None:
        abort(404)
    return image


def own_fulfilment(fulfilment_id: int) -> Fulfilment:
    """The current producer's part of an order, with its order and lines, or 404."""
    fulfilment = db.session.scalar(
        sa.select(Fulfilment)
        .join(Fulfilment.order)
        .where(
            Fulfilment.id == fulfilment_id,
            Fulfilment.producer_id == g.producer.id,
            Order.kind == OrderKind.GOODS,
        )
        .options(
            joinedload(Fulfilment.order).selectinload(Order.payments),
            selectinload(Fulfilment.items),
        )
    )
    if fulfilment is None:
        abort(404)
    return fulfilment


def own_orchard(orchard_id: int) -> Orchard:
    """The current producer's orchard, or 404 (never another producer's)."""
    orchard = db.session.scalar(
        sa.select(Orchard).where(Orchard.id == orchard_id, Orchard.producer_id == g.producer.id)
    )
    if orchard is None:
        abort(404)
    return orchard


def own_tree(tree_id: int) -> Tree:
    """A tree in one of the current producer's orchards, or 404."""
    tree = db.session.scalar(
        sa.select(Tree)
        .join(Tree.orchard)
        .where(Tree.id == tree_id, Orchard.producer_id == g.producer.id)
    )
    if tree is None:
        abort(404)
    return tree


def own_tour(tour_id: int) -> Tour:
    """The current producer's tour, or 404."""
    tour = db.session.scalar(
        sa.select(Tour).where(Tour.id == tour_id, Tour.producer_id == g.producer.id)
    )
    if tour is None:
        abort(404)
    return tour


def own_departure(departure_id: int) -> Departure:
    """A departure of one of the current producer's tours, or 404."""
    departure = db.session.scalar(
        sa.select(Departure)
        .join(Departure.tour)
        .where(Departure.id == departure_id, Tour.producer_id == g.producer.id)
    )
    if departure is None:
        abort(404)
    return departure


def own_plan(plan_id: int) -> AdoptionPlan:
    """A plan of one of the current producer's orchards, or 404."""
    plan = db.session.scalar(
        sa.select(AdoptionPlan)
        .join(AdoptionPlan.orchard)
        .where(AdoptionPlan.id == plan_id, Orchard.producer_id == g.producer.id)
    )
    if plan is None:
        abort(404)
    return plan


def own_adoption(adoption_id: int) -> Adoption:
    """A paid adoption of a tree in one of the current producer's orchards, or 404."""
    adoption = db.session.scalar(
        sa.select(Adoption)
        .join(Adoption.tree)
        .join(Tree.orchard)
        .where(
            Adoption.id == adoption_id,
            Orchard.producer_id == g.producer.id,
            Adoption.status.in_(HOLDING),
        )
    )
    if adoption is None:
        abort(404)
    return adoption


def own_lot(lot_id: int) -> Lot:
    """A lot of one of the current producer's products, or 404."""
    lot = db.session.scalar(
        sa.select(Lot)
        .join(Product, Product.id == Lot.product_id)
        .where(Lot.id == lot_id, Product.producer_id == g.producer.id)
        .options(joinedload(Lot.product), joinedload(Lot.variant))
    )
    if lot is None:
        abort(404)
    return lot


def own_document(document_id: int) -> ProducerDocument:
    """One of the current producer's documents (certificates, lab reports), or 404."""
    document = db.session.scalar(
        sa.select(ProducerDocument).where(
            ProducerDocument.id == document_id, ProducerDocument.producer_id == g.producer.id
        )
    )
    if document is None:
        abort(404)
    return document
