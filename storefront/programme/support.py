"""Writing support requests: a producer opens one and writes in its thread, the office answers,
assigns and closes it. One state machine says whose turn it is:

- open (waiting for the office) -> answered, when the office writes;
- answered -> open, when the producer writes again;
- open or answered -> closed, by the office or the producer;
- closed -> open, when the producer writes again (a good desk reopens rather than make them
  start over) or the office reopens it.

Office answers to a closed request are refused: reopen it first, so its status never says
"closed" over a conversation still going on. The office is told of each new request by
e-mail (the commune's officers, or the administrators when the commune has none), and the
producer of each office answer.
"""

import enum

from flask_babel import lazy_gettext as _l

from storefront import mail
from storefront.accounts import audit
from storefront.accounts.models import User
from storefront.extensions import db
from storefront.links import external_url
from storefront.media.errors import UploadError
from storefront.media.services import store_document
from storefront.models_base import utcnow
from storefront.producers.models import MemberRole, Producer
from storefront.programme.support_models import (
    MESSAGE_LENGTH,
    SUBJECT_LENGTH,
    SupportAttachment,
    SupportEvent,
    SupportKind,
    SupportMessage,
    SupportRequest,
    SupportStatus,
)
from storefront.programme.support_reads import (
    SupportError,
    SupportNotFound,
    may_handle,
    office_accounts,
)
from storefront.state_machine import Event, StateMachine

MAX_ATTACHMENTS = 5  # files with one message


class SupportAction(enum.StrEnum):
    ANSWER = "answer"  # the office writes in the thread
    REPLY = "reply"  # the producer writes in the thread
    CLOSE = "close"
    REOPEN = "reopen"  # the office opens a closed request again


S, A = SupportStatus, SupportAction
TRANSITIONS: dict[tuple[SupportStatus, SupportAction], SupportStatus] = {
    (S.OPEN, A.ANSWER): S.ANSWERED,
    (S.ANSWERED, A.REPLY): S.OPEN,
    (S.CLOSED, A.REPLY): S.OPEN,
    (S.OPEN, A.CLOSE): S.CLOSED,
    (S.ANSWERED, A.CLOSE): S.CLOSED,
    (S.CLOSED, A.REOPEN): S.OPEN,
}
# A message that leaves the status as it is: the office writing again before the producer
# does, the producer adding to a request that still waits for the office.
STAYS = {(S.ANSWERED, A.ANSWER), (S.OPEN, A.REPLY)}


class RequestClosed(SupportError):
    """An office answer to a closed request: its status would no longer tell the truth."""

    code = "request_closed"
    status = 409


def _record(request: SupportRequest, event: Event) -> None:
    db.session.add(SupportEvent(request_id=request.id, **vars(event)))


MACHINE = StateMachine(
    "support",
    TRANSITIONS,
    _record,
    _l("This request is closed: reopen it before answering."),
)


def open_request(
    producer: Producer,
    author: User,
    kind: str,
    subject: str,
    body: str,
    uploads: list[tuple[str, bytes]],
) -> SupportRequest:
    """A new request of the producer with its first message and files (flushed); the office
    is told. SupportError, keeping nothing, for a kind not in the list, an empty or too long
    subject or description, too many files, or a file that is not a photo or a PDF."""
    try:
        chosen = SupportKind(kind)
    except ValueError:
        raise SupportError(_l("Choose one of the list."), "kind") from None
    subject = _text(subject, SUBJECT_LENGTH, "subject")
    now = utcnow()
    request = SupportRequest(
        producer=producer,
        opened_by=author,
        kind=chosen,
        subject=subject,
        status=S.OPEN,
        created_at=now,
        waiting_since=now,
        last_message_at=now,
    )
    db.session.add(request)
    _add_message(request, author, False, body, uploads, "description")
    MACHINE.created(request, actor=author, actor_label="producer")
    for officer in _desk(producer):
        _tell(officer, "new", request)
    return request


def producer_writes(
    request: SupportRequest, author: User, body: str, uploads: list[tuple[str, bytes]]
) -> SupportMessage:
    """The producer adds to its own request (taken with `producer_request(..., lock=True)`);
    a request answered or closed waits for the office again, and its assignee is told."""
    message = _add_message(request, author, False, body, uploads, "body")
    if (request.status, A.REPLY) not in STAYS:
        MACHINE.move(request, A.REPLY, actor=author, actor_label="producer")
        request.closed_at = None
    if request.waiting_since is None:
        request.waiting_since = message.created_at
    if request.assignee is not None and request.assignee.is_active:
        _tell(request.assignee, "reply", request)
    return message


def office_answers(
    request: SupportRequest, officer: User, body: str, uploads: list[tuple[str, bytes]]
) -> SupportMessage:
    """The office answers (the request taken with `office_request(..., lock=True)`): the
    first answer sets the response time, and the producer is told. Refused on a closed
    request."""
    _check_office(request, officer)
    if (request.status, A.ANSWER) not in STAYS and not MACHINE.can(request, A.ANSWER):
        raise RequestClosed(MACHINE.refusal, "body")
    message = _add_message(request, officer, True, body, uploads, "body")
    if (request.status, A.ANSWER) not in STAYS:
        MACHINE.move(request, A.ANSWER, actor=officer, actor_label="office")
    if request.first_response_at is None:
        request.first_response_at = message.created_at
    request.waiting_since = None
    recipient = _producer_contact(request)
    if recipient is not None:
        _tell(recipient, "answer", request)
    return message


def assign(request: SupportRequest, officer: User, assignee_id: int | None) -> None:
    """Give the request to an office account that may see it (an administrator, or an
    officer of the producer's commune), or to nobody (None); audited."""
    _check_office(request, officer)
    assignee = db.session.get(User, assignee_id) if assignee_id is not None else None
    if assignee_id is not None and (assignee is None or not may_handle(assignee, request)):
        raise SupportError(
            _l("Choose an office account of the list: this one cannot see the request."),
            "assignee",
        )
    before = request.assignee.email if request.assignee else None
    after = assignee.email if assignee else None
    if before == after:
        return
    request.assignee = assignee
    audit.record(
        "support.assigned",
        request,
        summary=f"{request.subject} → {after or '-'}",
        before={"assignee": before},
        after={"assignee": after},
        actor=officer,
    )


def close(request: SupportRequest, actor: User, *, by_office: bool) -> None:
    """Close the request (the office's or the producer's decision); audited."""
    if by_office:
        _check_office(request, actor)
    before = request.status.value
    MACHINE.move(request, A.CLOSE, actor=actor, actor_label="office" if by_office else "producer")
    request.closed_at, request.waiting_since = utcnow(), None
    audit.record(
        "support.closed",
        request,
        summary=request.subject,
        before={"status": before},
        after={"status": request.status.value},
        actor=actor,
    )


def reopen(request: SupportRequest, officer: User) -> None:
    """The office opens a closed request again: it waits for the office from now."""
    _check_office(request, officer)
    MACHINE.move(request, A.REOPEN, actor=officer, actor_label="office")
    request.closed_at, request.waiting_since = None, utcnow()


def _check_office(request: SupportRequest, officer: User) -> None:
    if not may_handle(officer, request):
        raise SupportNotFound(_l("This support request does not exist."))


def _text(value: str, limit: int, field: str) -> str:
    value = (value or "").strip()
    if not value:
        raise SupportError(_l("Please write something here."), field)
    if len(value) > limit:
        raise SupportError(
            _l("Please keep it under %(max)s characters (now %(now)s).", max=limit, now=len(value)),
            field,
        )
    return value


def _add_message(
    request: SupportRequest,
    author: User,
    from_office: bool,
    body: str,
    uploads: list[tuple[str, bytes]],
    field: str,
) -> SupportMessage:
    body = _text(body, MESSAGE_LENGTH, field)
    if len(uploads) > MAX_ATTACHMENTS:
        raise SupportError(
            _l("Send at most %(max)s files with one message.", max=MAX_ATTACHMENTS), "files"
        )
    last = request.messages[-1] if request.messages else None
    if last is not None and last.author_id == author.id and last.body == body:
        raise SupportError(_l("This message was already sent."), field, code="duplicate")
    now = utcnow()
    message = SupportMessage(author=author, from_office=from_office, body=body, created_at=now)
    request.messages.append(message)
    for filename, data in uploads:
        message.attachments.append(SupportAttachment(document=_stored(filename, data)))
    request.last_message_at = now
    db.session.flush()
    return message


def _stored(filename: str, data: bytes):
    try:
        return store_document(data, filename)
    except UploadError as error:
        message = _l("%(file)s: %(problem)s", file=filename, problem=str(error))
        raise SupportError(message, "files", code=error.code) from error


def _desk(producer: Producer) -> list[User]:
    """Who hears of a new request: the officers of the producer's commune, or, when it has
    none, the administrators."""
    accounts = office_accounts(producer.ward_code)
    officers = [user for user in accounts if not user.is_admin]
    return officers or accounts


def _producer_contact(request: SupportRequest) -> User | None:
    """Who hears of the office's answers: the member who opened the request, while still a
    member of the producer; else the producer's owner."""
    opener = request.opened_by
    members = {m.user_id: m for m in request.producer.members}
    if opener is not None and opener.id in members and opener.is_active:
        return opener
    owners = sorted(
        (m for m in members.values() if m.role == MemberRole.OWNER and m.user.is_active),
        key=lambda m: m.id,
    )
    return owners[0].user if owners else None


def _tell(user: User, what: str, request: SupportRequest) -> None:
    endpoint = "portal.support_request" if what == "answer" else "admin.support_request"
    mail.queue(
        user.email,
        f"mail/programme/support_{what}_subject.txt",
        f"mail/programme/support_{what}_body.txt",
        locale=user.locale,
        ticket=request,
        recipient=user,
        link=external_url(endpoint, request_id=request.id),
    )
