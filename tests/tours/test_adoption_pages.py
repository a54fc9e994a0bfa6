"""The adoption pages: the form, the taken-tree page, my tree, the certificate, my trees."""

import sqlalchemy as sa

from storefront.adoptions import adopting as adoptions
from storefront.adoptions import services as adoption_services
from storefront.adoptions.models import Adoption, TreeUpdate, TreeUpdatePhoto
from storefront.extensions import db
from storefront.orders import credit, lifecycle
from storefront.orders.models import Order, OrderStatus
from tests import factories
from tests.tours import builders
from tests.web import csrf_token, input_value, login

FORM = {
    "plate_name": "Gia đình Bảo",
    "phone": "0912 345 678",
    "name": "Phạm Bảo",
    "email": "bao@example.vn",
    "province": "82",
    "ward": str(builders.MY_THO),
    "address": "Ấp 3",
    "method": "bank_transfer",
}


def _form(client, url, **changes):
    page = client.get(url).get_data(as_text=True)
    data = {**FORM, "csrf_token": csrf_token(client, url),
            "idempotency_key": input_value(page, "idempotency_key"),
            "total_seen": input_value(page, "total_seen"), **changes}  # fmt: skip
    return client.post(url, data=data)


def test_adopting_needs_an_account(client, database):
    tree = builders.offered_tree()
    response = client.get(f"/mango-trees/{tree.code}/adopt")
    assert response.status_code == 302 and "/account/login" in response.location


def test_adopt_form_places_the_order_and_shows_the_transfer_details(client, database):
    tree = builders.offered_tree()
    login(client, factories.user())
    url = f"/mango-trees/{tree.code}/adopt?lang=en"
    page = client.get(url).get_data(as_text=True)
    assert "Cash on delivery" not in page and "Bank transfer (VietQR)" in page

    response = _form(client, url)

    assert response.status_code == 302 and "/orders/DT-" in response.location
    order = db.session.scalar(sa.select(Order).order_by(Order.id.desc()))
    assert order.status == OrderStatus.AWAITING_PAYMENT and order.total == 5_500_000
    page = client.get(response.location).get_data(as_text=True)
    assert "VietQR" in page and order.number in page


def test_bad_input_stays_on_the_form_with_the_message_and_saves_nothing(client, database):
    tree = builders.offered_tree()
    login(client, factories.user())
    url = f"/mango-trees/{tree.code}/adopt?lang=en"
    for changes in (
        {"plate_name": ""},
        {"is_gift": "y", "recipient_name": "", "recipient_email": "hoa@example.vn"},
        {"is_gift": "y", "recipient_name": "Hoa", "recipient_email": "hoa@"},
        {"method": "cod"},
        {"phone": "12"},
    ):
        response = _form(client, url, **changes)
        assert response.status_code == 400, changes
        assert 'role="alert"' in response.get_data(as_text=True) or "error" in response.get_data(
            as_text=True
        )
    assert db.session.scalar(sa.select(sa.func.count(Adoption.id))) == 0


def test_a_taken_tree_says_so_and_offers_others(client, database):
    grove = builders.orchard()
    builders.plan(grove)
    wanted, other = builders.tree(grove), builders.tree(grove)
    login(client, factories.user())
    url = f"/mango-trees/{wanted.code}/adopt?lang=en"
    page = client.get(url).get_data(as_text=True)
    key, total = input_value(page, "idempotency_key"), input_value(page, "total_seen")
    # someone else adopts it while this visitor fills the form
    with client.application.test_request_context("/"):
        from storefront.orders.contact import Contact
        from storefront.orders.models import PaymentMethod

        contact = Contact("A", "0912345678", "a@example.vn", 82, builders.MY_THO, "Ấp")
        adoptions.adopt(code=wanted.code, plate_name="Ai đó", user=factories.user(),
                        contact=contact, method=PaymentMethod.BANK_TRANSFER,
                        idempotency_key="other")  # fmt: skip

    response = client.post(url, data={**FORM, "csrf_token": csrf_token(client, "/account"),
                                      "idempotency_key": key, "total_seen": total})  # fmt: skip

    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert wanted.code in html and f"/mango-trees/{other.code}" in html


def _active_adoption(**gift):
    tree = builders.offered_tree()
    from storefront.orders.contact import Contact
    from storefront.orders.models import PaymentMethod

    order = adoptions.adopt(
        code=tree.code, plate_name="Bé Na", user=factories.user(),
        contact=Contact("Phạm Bảo", "0912345678", "bao@example.vn", 82, builders.MY_THO, "Ấp 3"),
        method=PaymentMethod.BANK_TRANSFER, idempotency_key=f"k-{tree.code}",
        gift=adoptions.Gift(**gift) if gift else None,
    )  # fmt: skip
    lifecycle.confirm_payment(order)
    return adoption_services.adoption_of(order)


def test_my_tree_page_shows_updates_newest_first_and_the_deliveries(app, client, database):
    with app.test_request_context("/"):
        adoption = _active_adoption()
        token = adoption_services.adoption_token(adoption)
    old = TreeUpdate(tree_id=adoption.tree_id, note="Cây ra bông đợt đầu.")
    new = TreeUpdate(tree_id=adoption.tree_id, note="Đã bao trái xong.")
    db.session.add(old)
    db.session.flush()
    db.session.add(new)
    new.photos.append(TreeUpdatePhoto(asset=factories.asset(), position=0))
    db.session.flush()

    html = client.get(f"/adoptions/{token}?lang=en").get_data(as_text=True)

    assert "Bé Na" in html and adoption.tree.code in html
    assert html.index("Đã bao trái xong.") < html.index("Cây ra bông đợt đầu.")
    assert html.count("Box ") == 3 and "Planned" in html
    assert client.get(f"/adoptions/{token}x").status_code == 404


def test_certificate_carries_the_tree_code_a_qr_code_season_and_harvest(app, client, database):
    with app.test_request_context("/"):
        adoption = _active_adoption(recipient_name="Chị Hoa", recipient_email="hoa@example.vn")
        token = adoption_services.adoption_token(adoption)

    html = client.get(f"/adoptions/{token}/certificate?lang=en").get_data(as_text=True)

    assert adoption.tree.code in html and "Bé Na" in html
    assert 'src="data:image/svg+xml' in html and f"/mango-trees/{adoption.tree.code}" in html
    assert "2026 mango season" in html and "40 kg in 3 deliveries" in html
    assert "A gift from" in html and "Phạm Bảo" in html


def test_a_held_adoption_has_no_certificate_yet(app, client, database):
    tree = builders.offered_tree()
    with app.test_request_context("/"):
        from storefront.orders.contact import Contact
        from storefront.orders.models import PaymentMethod

        order = adoptions.adopt(
            code=tree.code, plate_name="X", user=factories.user(), idempotency_key="held",
            contact=Contact("A", "0912345678", "a@example.vn", 82, builders.MY_THO, "Ấp"),
            method=PaymentMethod.BANK_TRANSFER,
        )  # fmt: skip
        token = adoption_services.adoption_token(adoption_services.adoption_of(order))
    assert client.get(f"/adoptions/{token}/certificate").status_code == 404


def test_my_trees_lists_adoptions_and_the_store_credit(app, client, database):
    with app.test_request_context("/"):
        adoption = _active_adoption()
    credit.grant(adoption.user_id, 412_500, "CC short harvest", adoption_id=adoption.id)
    db.session.flush()
    login(client, adoption.user)

    html = client.get("/account/trees?lang=en").get_data(as_text=True)

    assert adoption.tree.code in html and "Bé Na" in html
    assert "412.500" in html


def test_my_tree_page_offers_the_visit_tours_and_lists_the_adopters_visits(app, client, database):
    with app.test_request_context("/"):
        adoption = _active_adoption()
        token = adoption_services.adoption_token(adoption)
        orchard = adoption.tree.orchard
        visit = builders.tour(orchard.producer, orchard=orchard, visits_adopted_trees=True)
        other = builders.tour(orchard.producer, visits_adopted_trees=False)
        departure = builders.departure(visit)
        from storefront.orders.contact import Contact
        from storefront.orders.models import PaymentMethod
        from storefront.tours import bookings

        order = bookings.book(
            departure_id=departure.id, adults=2, children=0, user=adoption.user,
            contact=Contact("Phạm Bảo", "0912345678", "bao@example.vn", 0, 0, ""),
            method=PaymentMethod.BANK_TRANSFER, idempotency_key="visit",
        )  # fmt: skip
        lifecycle.confirm_payment(order)

    html = client.get(f"/adoptions/{token}?lang=en").get_data(as_text=True)

    assert "Visit your tree" in html and f"/tours/{visit.slug}" in html
    assert f"/tours/{other.slug}" not in html
    assert "Your visits" in html and "/tickets/" in html


def test_my_trees_needs_an_account(client, database):
    response = client.get("/account/trees")
    assert response.status_code == 302 and "/account/login" in response.location


def test_a_plan_price_edited_after_the_page_was_shown_is_confirmed_again(client, database):
    tree = builders.offered_tree()
    plan = tree.orchard.plans[0]
    login(client, factories.user())
    url = f"/mango-trees/{tree.code}/adopt?lang=en"
    page = client.get(url).get_data(as_text=True)
    assert input_value(page, "total_seen") == "5500000" and "Adopt and pay · 5.500.000" in page
    data = {**FORM, "csrf_token": input_value(page, "csrf_token"),
            "idempotency_key": input_value(page, "idempotency_key"),
            "total_seen": input_value(page, "total_seen")}  # fmt: skip
    plan.price = 6_000_000  # the farmer edits the plan meanwhile
    db.session.flush()

    refused = client.post(url, data=data)

    assert refused.status_code == 409
    html = refused.get_data(as_text=True)
    assert "The total has changed to 6.000.000" in html and "Adopt and pay · 6.000.000" in html
    assert input_value(html, "total_seen") == "6000000"
    assert db.session.scalar(sa.select(sa.func.count(Adoption.id))) == 0
    assert client.post(url, data={**data, "total_seen": "6000000"}).status_code == 302
