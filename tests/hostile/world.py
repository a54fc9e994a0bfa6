"""A world in which every URL of the site can be filled: a producer with a product (packages,
photos), an orchard with a tree and a plan, a tour with a departure, an order of each kind,
team members, an invitation, accounts of each role. Built lazily: a rule's test builds only
what its URL and page need, flushed inside the test's transaction."""

from datetime import date, datetime, time, timedelta
from functools import cached_property

import sqlalchemy as sa
import time_machine
from flask import Flask
from werkzeug.routing import Rule

from storefront import places
from storefront.accounts.models import OfficeRole
from storefront.accounts.services import PASSWORD_RESET_PURPOSE
from storefront.accounts.tokens import fingerprint, make_token
from storefront.admin.reports import calendar as report_calendar
from storefront.admin.settlement_forms import last_month
from storefront.adoptions.adopting import adopt
from storefront.adoptions.models import Adoption
from storefront.adoptions.services import adoption_token
from storefront.catalog import labels
from storefront.catalog.models import ProductImage
from storefront.extensions import db
from storefront.mail import outbox
from storefront.models_base import utcnow
from storefront.orders import lifecycle, settling
from storefront.orders.contact import Contact
from storefront.orders.links import order_token
from storefront.orders.models import (
    FulfilmentStatus,
    OrderStatus,
    PaymentMethod,
    PaymentStatus,
    Refund,
    RefundStatus,
)
from storefront.producers import members
from storefront.producers.models import Invitation, ProducerMember, ProducerStatus
from storefront.programme import fairs
from storefront.programme.fair_models import Fair, FairKind
from storefront.programme.news_models import Article, ArticleKind, ArticleStatus
from storefront.programme.support_models import SupportStatus
from storefront.rating import deciding
from storefront.timeutil import VIETNAM, today_local
from storefront.tours.bookings import book, booking_of
from storefront.tours.tickets import ticket_token
from tests import factories, lot_factories
from tests.orders.builders import make_order
from tests.programme import support_factories
from tests.rating import dossier_factories, rating_factories
from tests.tours import builders
from tests.web import login

HOME = Contact("Trần Văn An", "0912345678", "an@example.vn", 82, builders.MY_THO, "Ấp 3")

# Who uses each part of the site (blueprint), and the pages where that differs.
ROLE_OF_BLUEPRINT = {"admin": "admin", "portal": "owner", "accounts": "buyer"}
ROLE_OF_ENDPOINT = {
    "accounts.login": "anonymous",
    "accounts.sign_up": "anonymous",
    "accounts.forgot_password": "anonymous",
    "accounts.reset_password": "anonymous",
    "adoptions.adopt": "buyer",
    "adoptions.my_trees": "buyer",
    "orders.history": "buyer",
    "orders.reorder": "buyer",
    "tours.check_in": "owner",  # the guide of the tour's producer
    "admin.council_rounds": "council",  # a member of the round's council
    "admin.council_round": "council",
    "admin.council_score": "council",
    "admin.council_ask": "council",
}

# A form posted to a rule that takes no GET lives on another page: that page's endpoint.
FORM_PAGES = {
    "accounts.logout": "accounts.profile",
    "orders.reorder": "orders.history",
    "admin.switch_account": "admin.accounts",
    "admin.account_role": "admin.accounts",
    "admin.transfer_received": "admin.orders",
    "admin.refund_paid": "admin.orders",
    "admin.make_settlements": "admin.settlements_list",
    "admin.pay_settlement": "admin.settlement",
    "tours.cancel_booking": "payments.order",
    "tours.check_in": "tours.ticket",
    "tours.join_waitlist": "tours.book",
    "orders.add_to_cart": "catalog.product",
    "orders.remove_from_cart": "orders.cart",
    "orders.update_cart": "orders.cart",
    "payments.cancel_order": "payments.order",
    "payments.pay": "payments.order",
    "portal.advance": "portal.order",
    "portal.cancel_departure": "portal.departures",
    "portal.departure_capacity": "portal.departures",
    "portal.extra_photo_action": "portal.extra_photos",
    "portal.photo_action": "portal.product_photos",
    "portal.post_tree_update": "portal.adoption",
    "portal.product_action": "portal.edit_product",
    "portal.record_delivery": "portal.adoption",
    "portal.record_shortfall": "portal.adoption",
    "portal.remove_member": "portal.members",
    "portal.resubmit": "portal.brand",
    "portal.revoke_invitation": "portal.members",
    "portal.ship": "portal.order",
    "portal.lot_stock": "portal.lot",
    "catalog.report_serial": "catalog.serial",
    "portal.transfer_received": "portal.order",
    "portal.close_support_request": "portal.support_request",
    "admin.assign_support_request": "admin.support_request",
    "admin.move_support_request": "admin.support_request",
    "admin.publish_article": "admin.news_list",
    "admin.unpublish_article": "admin.news_list",
    "admin.decide_booth": "admin.fair",
    "portal.withdraw_booth": "portal.fairs",
    "portal.rating_enter": "portal.rating",
    "portal.rating_upload": "portal.rating_dossier",
    "portal.rating_link": "portal.rating_dossier",
    "portal.rating_remove": "portal.rating_dossier",
    "portal.rating_send": "portal.rating_dossier",
    "portal.rating_answer": "portal.rating_dossier",
    "admin.ask_dossier_question": "admin.dossier",
    "admin.send_report": "admin.report_due",
    "admin.rating_round_status": "admin.rating_round",
    "admin.rating_scorecard_edit": "admin.rating_scorecard",
    "admin.rating_scorecard_in_force": "admin.rating_scorecard",
    "admin.rating_criterion_delete": "admin.rating_scorecard",
    "admin.rating_claim_verify": "admin.rating_claims",
    "admin.council_ask": "admin.council_score",
}
# Rating pages whose scorecard must be a draft (its criteria edited, put in force).
DRAFT_SCORECARD = {
    "admin.rating_scorecard_in_force",
    "admin.rating_criterion",
    "admin.rating_criterion_new",
    "admin.rating_criterion_delete",
}


def role_of(endpoint: str) -> str:
    blueprint = endpoint.split(".")[0]
    return ROLE_OF_ENDPOINT.get(endpoint, ROLE_OF_BLUEPRINT.get(blueprint, "anonymous"))


class World:
    """The rows a rule's URL and page need, made on first use."""

    def __init__(self, app: Flask, client, subject: str = ""):
        self.app = app
        self.client = client
        self.subject = subject  # the endpoint walked: whose order a page shows

    # Accounts -------------------------------------------------------------------------
    @cached_property
    def owner(self):
        return factories.member(self.producer)

    @cached_property
    def buyer(self):
        return factories.user(name="Nguyễn Thị Mua")

    @cached_property
    def admin(self):
        return factories.user(name="Văn phòng OCOP", is_admin=True)

    @cached_property
    def council(self):
        """A council member sitting on the round (and no other)."""
        return factories.user(name="Thành viên hội đồng", office_role=OfficeRole.COUNCIL)

    @cached_property
    def commune_officer(self):
        """The officer of the producer's own commune."""
        return factories.user(name="Cán bộ xã", office_role=OfficeRole.COMMUNE_OFFICER,
                              commune_code=self.producer.ward_code)  # fmt: skip

    def log_in(self, role: str) -> None:
        if role != "anonymous":
            login(self.client, getattr(self, role))

    # Catalogue ------------------------------------------------------------------------
    @cached_property
    def producer(self):
        return factories.producer(name="HTX Xoài Mỹ Xương", phone="0277 3851 234")

    @cached_property
    def product(self):
        """Two photos, each its own stored picture, as uploads make them (the factory's
        photos share one, which deleting the product would release twice)."""
        found = factories.product(producer_=self.producer)
        found.images.append(ProductImage(asset=factories.asset(), position=1, alt_vi="Ảnh 1"))
        db.session.flush()
        return found

    @cached_property
    def lot(self):
        """A traced lot of the product's first variant, which gets a GTIN (893 prefix), backed by
        a document and with an event to correct."""
        variant = self.product.variants[0]
        variant.gtin = variant.gtin or "8935049501237"
        found = lot_factories.lot(variant, code="XC-2026-07")
        found.documents.append(self.document)
        lot_factories.event(found, "harvested")
        return found

    @cached_property
    def document(self):
        return lot_factories.document(self.producer)

    @cached_property
    def draft_dossier(self):
        """A draft rating dossier of the product, in an open round of its group, with one
        uploaded piece and an open question (the producer's pages)."""
        return dossier_factories.walked_dossier(self.product)

    @cached_property
    def serial(self):
        """A printed item code of the lot, checked often enough that its page offers a report."""
        (found,) = lot_factories.serials(self.lot, 1)
        found.scan_count = 50
        db.session.flush()
        return found

    @cached_property
    def producer_under_review(self):
        """Another producer, waiting for the office, with its owner (told by e-mail)."""
        other = factories.producer(status=ProducerStatus.PENDING, submitted_at=utcnow())
        factories.member(other)
        return other

    @cached_property
    def support_request(self):
        """The producer's request to the office, opened by its owner, waiting for an answer."""
        return support_factories.request(self.producer, self.owner)

    # Farms and tours ------------------------------------------------------------------
    @cached_property
    def orchard(self):
        grove = builders.orchard(self.producer)
        builders.extra_photos(grove, 2)
        return grove

    @cached_property
    def plan(self):
        return builders.plan(self.orchard)

    @cached_property
    def tree(self):
        assert self.plan  # an offered tree: its orchard has a running plan
        found = builders.tree(self.orchard)
        builders.extra_photos(found, 2)
        return found

    @cached_property
    def tour(self):
        found = builders.tour(self.producer, orchard=self.orchard)
        builders.extra_photos(found, 2)
        return found

    @cached_property
    def departure(self):
        return builders.departure(self.tour, capacity=12)

    @cached_property
    def booking(self):
        """A confirmed booking of the buyer, paid by transfer, that may still be cancelled."""
        with self.app.test_request_context("/"):
            order = book(
                departure_id=self.departure.id, adults=2, children=1, contact=HOME,
                method=PaymentMethod.BANK_TRANSFER, idempotency_key="walk-booking",
                user=self.buyer,
            )  # fmt: skip
            lifecycle.confirm_payment(order, actor_label="office")
        outbox(self.app).clear()
        return booking_of(order)

    @cached_property
    def adoption(self):
        """A paid adoption of the tree (its deliveries planned)."""
        with self.app.test_request_context("/"):
            order = adopt(
                code=self.tree.code, plate_name="Gia đình An", contact=HOME, gift=None,
                user=self.buyer, method=PaymentMethod.BANK_TRANSFER,
                idempotency_key="walk-adoption",
            )  # fmt: skip
            lifecycle.confirm_payment(order, actor_label="office")
        outbox(self.app).clear()
        return db.session.scalar(sa.select(Adoption).where(Adoption.order_id == order.id))

    # Rating ---------------------------------------------------------------------------
    @cached_property
    def scorecard(self):
        with self.app.test_request_context("/"):
            return rating_factories.scorecard()

    @cached_property
    def draft_scorecard(self):
        with self.app.test_request_context("/"):
            return rating_factories.scorecard("beverages", in_force=False)

    @cached_property
    def rating_round(self):
        return rating_factories.round_(self.scorecard, [self.council, factories.user()])

    @cached_property
    def dossier(self):
        """The product's dossier, sent to the round: scored by the other member only."""
        found = rating_factories.dossier(self.rating_round, self.product)
        with self.app.test_request_context("/"):
            rating_factories.send(found, self.rating_round.members[1].user, 80)
        return found

    @cached_property
    def central_decision(self):
        """A five-star proposal of the province waiting for the central council."""
        found = rating_factories.dossier(self.rating_round)
        with self.app.test_request_context("/"):
            for member in self.rating_round.members:
                rating_factories.send(found, member.user, 100)
            return deciding.record_decision(found, "1/QĐ-UBND", date(2026, 11, 1), self.admin)

    @cached_property
    def claim(self):
        """A product whose typed stars wait for the office, with the certificate's scan."""
        return factories.product(
            producer_=self.producer, verified=False,
            certificate_document=rating_factories.scan(),
        )  # fmt: skip

    # Orders ---------------------------------------------------------------------------
    @cached_property
    def goods_order(self):
        """The buyer's cash-on-delivery order: its part is new for the producer."""
        return make_order(
            [self.product], method=PaymentMethod.COD, status=OrderStatus.CONFIRMED,
            user_id=self.buyer.id,
        )  # fmt: skip

    @cached_property
    def settlement(self):
        """An open statement of the producer for last month: a cash order delivered then."""
        order = make_order([self.product], method=PaymentMethod.COD, status=OrderStatus.CONFIRMED)
        start, end = last_month()
        with time_machine.travel(datetime.combine(end, time(12), VIETNAM), tick=False):
            lifecycle.advance_fulfilment(order.fulfilments[0], "ship")
            lifecycle.advance_fulfilment(order.fulfilments[0], "deliver")
        made, _paid = settling.make_statements(start, end, self.admin, self.producer)
        return made[0]

    @cached_property
    def transfer_order(self):
        """A guest's bank-transfer order waiting for its money (it may be cancelled)."""
        return make_order([self.product])

    @cached_property
    def card_order(self):
        order = make_order([self.product], method=PaymentMethod.CARD)
        order.pay_by = utcnow() + timedelta(minutes=30)
        db.session.flush()
        return order

    @cached_property
    def refund(self):
        """A refund the office still has to transfer by hand."""
        payment = self.transfer_order.payments[0]
        payment.status = PaymentStatus.PAID
        refund = Refund(payment=payment, amount=10_000, status=RefundStatus.TO_PAY)
        db.session.add(refund)
        db.session.flush()
        return refund

    # News and fairs --------------------------------------------------------------------
    @cached_property
    def article(self):
        """A draft article of the office with its cover photo."""
        found = Article(
            slug="ocop-la-gi", kind=ArticleKind.CONSUMER_INFO, title_vi="OCOP là gì?",
            body_vi="Đoạn một.\n\nĐoạn hai.", cover=factories.asset(), cover_alt_vi="Ảnh bìa",
        )  # fmt: skip
        db.session.add(found)
        db.session.flush()
        return found

    @cached_property
    def fair(self):
        today = today_local()
        found = Fair(
            name_vi="Lễ hội Xoài Cao Lãnh", kind=FairKind.FESTIVAL, address="Phường 1",
            starts_on=today + timedelta(days=30), ends_on=today + timedelta(days=32),
            applications_close_on=today + timedelta(days=20), ward_code=factories.LAI_VUNG,
            booths=5,
        )  # fmt: skip
        db.session.add(found)
        db.session.flush()
        return found

    @cached_property
    def booth_application(self):
        """The producer's waiting application for a booth at the fair."""
        with self.app.test_request_context("/"):
            return fairs.apply(self.fair, self.producer, [self.product.id], "Cần ổ điện")

    # Team ------------------------------------------------------------------------------
    @cached_property
    def staff(self) -> ProducerMember:
        assert self.owner  # the owner joined first
        factories.member(self.producer, role="member")
        return self.producer.members[-1]

    @cached_property
    def invitation(self) -> Invitation:
        """A pending invitation (the e-mail with its link leaves only after a commit)."""
        invitation = Invitation(
            producer=self.producer, email="ban.moi@example.vn", invited_by_id=self.owner.id,
            token_hash=members._token_hash(self.invitation_token),
            expires_at=utcnow() + timedelta(days=7),
        )  # fmt: skip
        db.session.add(invitation)
        db.session.flush()
        return invitation

    invitation_token = "loi-moi-cua-cuoc-dao-thu-" + "x" * 20

    @cached_property
    def reset_token(self) -> str:
        user = factories.user()
        with self.app.test_request_context("/"):
            return make_token(
                PASSWORD_RESET_PURPOSE,
                {"user": user.id, "password": fingerprint(user.password_hash)},
            )

    def fill_cart(self) -> None:
        """Two packages in the visitor's cart, through the product page's own form."""
        from tests.web import post

        slug = self.product.slug
        variant = self.product.variants[0]
        response = post(
            self.client, "/cart/add", {"variant_id": str(variant.id), "quantity": "2"},
            token_from=f"/products/{slug}",
        )  # fmt: skip
        assert response.status_code == 303, response.status_code

    # The state a rule's form is shown in --------------------------------------------------
    def prepare(self, endpoint: str, choice: dict[str, str]) -> None:
        """Put the world in the state in which the page offers the rule's form."""
        fulfilment_states = {
            "portal.ship": FulfilmentStatus.PACKED,
            ("portal.advance", "deliver"): FulfilmentStatus.SHIPPED,
        }
        wanted = fulfilment_states.get(endpoint) or fulfilment_states.get(
            (endpoint, choice.get("action"))
        )
        if wanted is not None:
            self.goods_order.fulfilments[0].status = wanted
        if endpoint == "portal.resubmit":
            self.producer.status = ProducerStatus.REJECTED
            self.producer.status_reason = "Thiếu giấy chứng nhận."
        if endpoint == "portal.product_action" and choice["action"] == "publish":
            from storefront.catalog.editing import unpublish

            unpublish(self.product)
        if endpoint == "admin.switch_account" and choice["switch"] == "on":
            self.buyer.is_active_account = False
        if endpoint == "admin.unpublish_article":
            self.article.status = ArticleStatus.PUBLISHED
        if endpoint in ("admin.decide_booth", "portal.withdraw_booth", "admin.fair"):
            assert self.booth_application  # the pages offer its forms
        if endpoint == "admin.rating_decision":  # the form shows once every member sent
            with self.app.test_request_context("/"):
                rating_factories.send(self.dossier, self.council, 70)
        if endpoint in ("admin.council_score", "admin.council_ask"):
            assert self.dossier
        if endpoint == "admin.producer":
            status = ProducerStatus(choice["status"])
            self.producer_under_review.status = status
            self.producer_under_review.status_reason = "Lý do của văn phòng."
        if endpoint == "admin.move_support_request" and choice["step"] == "reopen":
            self.support_request.status = SupportStatus.CLOSED
        db.session.flush()
        if endpoint == "portal.stock":
            assert self.product  # the stock page lists its packages
        if endpoint in (
            "orders.update_cart",
            "orders.remove_from_cart",
            "payments.checkout",
            "orders.cart",
        ):
            self.fill_cart()

    # The office's reporting calendar -------------------------------------------------
    @cached_property
    def report_due(self):
        values = report_calendar.DueValues(
            "sales", date(2026, 1, 1), date(2026, 6, 30), None, today_local(), "UBND tỉnh"
        )
        return report_calendar.add_due(values, today_local())

    @cached_property
    def sent_report(self):
        values = report_calendar.DueValues(
            "producers", date(2026, 1, 1), date(2026, 6, 30), None, today_local(), "UBND tỉnh"
        )
        due = report_calendar.add_due(values, today_local())
        report_calendar.send(due, None)
        return due

    def _report(self, endpoint: str):
        """Only a sent report has files to download."""
        return self.sent_report if endpoint == "admin.report_file" else self.report_due

    # URL arguments ---------------------------------------------------------------------
    def url_values(self, rule: Rule, choice: dict[str, str]) -> dict:
        """Values for every argument of the rule, from this world."""
        values = dict(choice)
        values.pop("status", None)  # a state of the world, not an argument
        for name in rule.arguments:
            if name not in values and name in (rule.defaults or {}):
                values[name] = rule.defaults[name]  # a file's extension fixed by its rule
            elif name not in values:
                values[name] = self._argument(rule.endpoint, name, values)
        return values

    def query(self, endpoint: str) -> dict:
        """Query arguments a page needs to show its form (a departure, the order's link)."""
        if endpoint in ("tours.book", "tours.join_waitlist", "tours.book_quote"):
            return {"departure": self.departure.id}
        if endpoint == "payments.order" or endpoint == "payments.vietqr_png":
            return {"t": order_token(self._order_for(self.subject or endpoint))}
        if endpoint == "portal.rating_sales":
            return {"product": self.product.id, "start": "2026-01-01", "end": "2026-06-30"}
        if endpoint == "portal.lot_labels_pdf":  # the PDF of the labels page's choice
            return {"format": next(iter(labels.FORMATS)), "count": "2"}
        return {}

    @property
    def _published_article(self):
        self.article.status = ArticleStatus.PUBLISHED
        db.session.flush()
        return self.article

    def _order_for(self, endpoint: str):
        return {
            "tours.cancel_booking": lambda: self.booking.order,
            "payments.pay": lambda: self.card_order,
            "orders.reorder": lambda: self.goods_order,
            "payments.cancel_order": lambda: self.transfer_order,
            "payments.vietqr_png": lambda: self.transfer_order,
            "portal.transfer_received": lambda: self.transfer_order,
        }.get(endpoint, lambda: self.goods_order)()

    def _argument(self, endpoint: str, name: str, values: dict):
        kind = values.get("kind")
        owners = {"orchards": "orchard", "trees": "tree", "tours": "tour"}
        second = 1 if values.get("action") in ("up", "main") else 0  # the first is already first
        portal = endpoint.startswith("portal.")  # the producer's draft dossier, not the office's
        by_name = {
            "variant_id": lambda: self.product.variants[0].id,
            "product_id": lambda: (
                (self.claim if endpoint.startswith("admin.rating_claim") else self.product).id
            ),
            "image_id": lambda: self.product.images[second].id,
            "orchard_id": lambda: self.orchard.id,
            "tree_id": lambda: self.tree.id,
            "tour_id": lambda: self.tour.id,
            "plan_id": lambda: self.plan.id,
            "departure_id": lambda: self.departure.id,
            "fulfilment_id": lambda: self._order_for(self.subject).fulfilments[0].id,
            "adoption_id": lambda: self.adoption.id,
            "member_id": lambda: self.staff.id,
            "invitation_id": lambda: self.invitation.id,
            "user_id": lambda: self.buyer.id,
            "order_id": lambda: self.transfer_order.id,
            "producer_id": lambda: self.producer_under_review.id,
            "refund_id": lambda: self.refund.id,
            "settlement_id": lambda: self.settlement.id,
            "lot_id": lambda: self.lot.id,
            "article_id": lambda: self.article.id,
            "fair_id": lambda: self.fair.id,
            "application_id": lambda: self.booth_application.id,
            "document_id": lambda: self.document.id,
            "request_id": lambda: self.support_request.id,
            "dossier_id": lambda: (self.draft_dossier if portal else self.dossier).id,
            "round_id": lambda: self.draft_dossier.round_id if portal else self.rating_round.id,
            "due_id": lambda: self._report(endpoint).id,
            "decision_id": lambda: self.central_decision.id,
            "card_id": lambda: (
                (self.draft_scorecard if self.subject in DRAFT_SCORECARD else self.scorecard).id
            ),
            "criterion_id": lambda: (
                (self.draft_dossier.scorecard if portal else self.draft_scorecard).criteria[0].id
            ),
            "evidence_id": lambda: self.draft_dossier.evidence[0].id,
            "question_id": lambda: self.draft_dossier.questions[0].id,
            "code": lambda: self.tree.code,
            "owner_id": lambda: getattr(self, owners[kind]).id,
            "photo_id": lambda: getattr(self, owners[kind]).photos[second].id,
            "filename": lambda: self.product.images[0].asset.filename(320, "webp"),
        }
        if endpoint == "main.wards":
            return places.DONG_THAP
        if name == "gtin":
            return self.lot.variant.gtin.rjust(14, "0")
        if name == "lot":
            return self.lot.code
        if name == "serial":
            return self.serial.serial
        if name == "number":
            return self._order_for(self.subject or endpoint).number
        if name == "slug":
            return {
                "catalog.product": lambda: self.product.slug,
                "catalog.producer": lambda: self.producer.slug,
                "catalog.trace_page": lambda: self.lot.product.slug,
                "catalog.trace_page_epcis": lambda: self.lot.product.slug,
                "programme.article": lambda: self._published_article.slug,
            }.get(endpoint, lambda: self.tour.slug)()
        if name == "token":
            return {
                "accounts.reset_password": lambda: self.reset_token,
                "producers.invitation": lambda: self.invitation.producer and self.invitation_token,
                "adoptions.my_tree": lambda: adoption_token(self.adoption),
                "adoptions.certificate": lambda: adoption_token(self.adoption),
            }.get(endpoint, lambda: ticket_token(self.booking))()
        return by_name[name]()
