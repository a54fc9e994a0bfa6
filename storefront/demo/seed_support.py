"""The demo's support desk (data/support.toml): a commune officer, an office administrator, a
member for each producer who asked, and their threads, played through the support services
and then dated as the data says.

Only what is missing is created (an account by its e-mail, a request by its producer and
subject), so `flask seed-demo` can run again. The e-mails the services queue are dropped: the
demo's history was never news to anyone.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from PIL import Image, ImageDraw

from storefront import printing
from storefront.accounts.models import OfficeRole, User
from storefront.accounts.passwords import hash_password
from storefront.accounts.services import find_user
from storefront.demo.dataset import DATA, read_toml
from storefront.demo.drawing import CREAM, GREEN, INK, PINK, draw_lines, font_at, wrap
from storefront.extensions import db
from storefront.models_base import utcnow
from storefront.producers.models import MemberRole, Producer, ProducerMember
from storefront.programme import support
from storefront.programme.support_models import SupportEvent, SupportRequest


def seed_support(progress: Callable[[str], None]) -> None:
    data = read_toml(DATA / "support.toml")
    password = data["password"]
    officer = _account(data["officer"], password, role=OfficeRole.COMMUNE_OFFICER)
    officer.commune_code = data["officer"]["commune"]
    admin = _account(data["administrator"], password, admin=True)
    for row in data["members"]:
        _member(row, password)
    now = utcnow()
    for number, row in enumerate(data["requests"], 1):
        progress(f"[support {number}/{len(data['requests'])}] {row['subject']}")
        _request(row, {"officer": officer, "administrator": admin}, now)
    db.session.flush()
    db.session.info.pop("outbox", None)


def _account(row: dict, password: str, *, role=None, admin: bool = False) -> User:
    user = find_user(row["email"])
    if user is None:
        user = User(email=row["email"], name=row["name"], password_hash=hash_password(password))
        db.session.add(user)
    user.office_role, user.is_admin = role, admin
    db.session.flush()
    return user


def _member(row: dict, password: str) -> None:
    producer = _producer(row["producer"])
    user = _account(row, password)
    if not any(m.user_id == user.id for m in producer.members):
        db.session.add(ProducerMember(producer=producer, user=user, role=MemberRole.OWNER))
        db.session.flush()


def _producer(slug: str) -> Producer:
    return db.session.scalars(sa.select(Producer).where(Producer.slug == slug)).one()


def _request(row: dict, office: dict[str, User], now: datetime) -> None:
    producer = _producer(row["producer"])
    known = db.session.scalar(
        sa.select(SupportRequest).where(
            SupportRequest.producer_id == producer.id, SupportRequest.subject == row["subject"]
        )
    )
    if known is not None:
        return
    member = producer.members[0].user
    officer = office["officer"]
    answerer = officer if officer.commune_code == producer.ward_code else office["administrator"]
    first, *rest = row["messages"]
    ticket = support.open_request(
        producer, member, row["kind"], row["subject"], first["body"], _files(first, producer)
    )
    moments = [(now - timedelta(hours=first["hours_ago"]), 1)]
    for message in rest:
        files = _files(message, producer)
        if message["side"] == "office":
            support.office_answers(ticket, answerer, message["body"], files)
        else:
            support.producer_writes(ticket, member, message["body"], files)
        moments.append((now - timedelta(hours=message["hours_ago"]), _events(ticket)))
    if row.get("assignee"):
        support.assign(ticket, answerer, office[row["assignee"]].id)
    if row.get("closed"):
        support.close(ticket, answerer, by_office=True)
        moments.append((moments[-1][0] + timedelta(hours=2), _events(ticket)))
    _date(ticket, moments)


def _events(ticket: SupportRequest) -> int:
    db.session.flush()
    return db.session.scalar(sa.select(sa.func.count()).where(SupportEvent.request_id == ticket.id))


def _date(ticket: SupportRequest, moments: list[tuple[datetime, int]]) -> None:
    """Put the thread back in time: each message at its moment, each event at the moment of
    the step that made it, and the request's own times to match."""
    messages = list(ticket.messages)
    for message, (at, _count) in zip(messages, moments, strict=False):
        message.created_at = at
    events = db.session.scalars(
        sa.select(SupportEvent)
        .where(SupportEvent.request_id == ticket.id)
        .order_by(SupportEvent.id)
    ).all()
    for position, event in enumerate(events):
        event.created_at = next(at for at, count in moments if position < count)
    ticket.created_at = messages[0].created_at
    ticket.last_message_at = messages[-1].created_at
    office = [m.created_at for m in messages if m.from_office]
    ticket.first_response_at = office[0] if office else None
    if ticket.waiting_since is not None:  # since the producer's first word after the office's
        last = office[-1] if office else None
        ticket.waiting_since = next(
            m.created_at
            for m in messages
            if not m.from_office and (last is None or m.created_at > last)
        )
    if ticket.closed_at is not None:
        ticket.closed_at = moments[-1][0]


def _files(message: dict, producer: Producer) -> list[tuple[str, bytes]]:
    drawings: dict[str, Callable[[Producer], tuple[str, bytes]]] = {
        "label": _label_photo,
        "booth_plan": _booth_plan,
    }
    kind = message.get("attachment")
    return [drawings[kind](producer)] if kind else []


def _label_photo(producer: Producer) -> tuple[str, bytes]:
    """A photo of the label in use: a cream box front, small print, no QR code."""
    w, h = 900, 640
    page = Image.new("RGB", (w, h), (214, 206, 190))
    d = ImageDraw.Draw(page)
    d.rounded_rectangle((90, 60, w - 90, h - 60), radius=24, fill=CREAM, outline=GREEN, width=6)
    d.ellipse((w / 2 - 70, 100, w / 2 + 70, 240), outline=PINK, width=8)
    title = font_at("Serif-Bold", 54)
    y = draw_lines(d, ["TRÀ SEN"], title, w / 2, 270, PINK)
    small = font_at("Sans", 22)
    y = draw_lines(d, wrap(producer.name, small, w - 260), small, w / 2, y + 20, INK)
    draw_lines(d, ["Khối lượng tịnh: 100 g"], small, w / 2, y + 30, INK)
    out = io.BytesIO()
    page.save(out, "JPEG", quality=85)
    return "nhan-tra-sen-dang-dung.jpg", out.getvalue()


def _booth_plan(_producer: Producer) -> tuple[str, bytes]:
    """A one-page PDF: the fair's booth rows, numbered, with the entrance."""
    pdf = printing.document(297, 210, "Sơ đồ gian hàng Hội chợ OCOP")
    pdf.add_page()
    pdf.set_font(printing.FAMILY, "B", 18)
    pdf.set_xy(15, 12)
    pdf.cell(267, 10, "Sơ đồ khu gian hàng Hội chợ OCOP Đồng Tháp", align="C")
    pdf.set_font(printing.FAMILY, "", 11)
    for number in range(1, 25):
        row, column = divmod(number - 1, 8)
        x, y = 20 + column * 33, 40 + row * 45
        pdf.rect(x, y, 30, 30)
        pdf.set_xy(x, y + 11)
        pdf.cell(30, 8, f"Gian {number}", align="C")
    pdf.set_xy(15, 180)
    pdf.cell(267, 8, "Lối vào ↓ (cổng chính, gần gian 1 đến 8)", align="C")
    data: Any = pdf.output()
    return "so-do-gian-hang.pdf", bytes(data)
