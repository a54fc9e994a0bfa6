"""Outgoing e-mail: queued during a request, sent only after the database commit.

Backends (MAIL_BACKEND): "smtp" (production), "folder" (writes .eml files to MAIL_FOLDER),
"console" (logs them), "memory" (tests read `outbox(app)`).
"""

import logging
import smtplib
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

from flask import Flask, current_app, render_template
from flask_babel import force_locale

from storefront import after_commit
from storefront.text import single_line

log = logging.getLogger(__name__)
MAX_HEADER = 250  # characters of a subject (folded onto several lines by the email package)


def queue(to: str, subject_template: str, body_template: str, locale: str = "vi", **context):
    """Render a message in the recipient's language and send it once the transaction commits."""
    with force_locale(locale):
        message = EmailMessage()
        message["From"] = current_app.config["MAIL_FROM"]
        # Headers are one line: a name or title holding a line break (stored before forms
        # refused them) must not make EmailMessage raise, and so fail the request that sends.
        message["To"] = single_line(to, MAX_HEADER)
        message["Subject"] = single_line(render_template(subject_template, **context), MAX_HEADER)
        message["Message-ID"] = make_msgid(domain="ocop-dongthap.vn")
        message.set_content(render_template(body_template, **context))
    _outbox.put(message)


def outbox(app: Flask) -> list[EmailMessage]:
    """Messages the memory backend has 'sent' (tests)."""
    return app.extensions.setdefault("mail_outbox", [])


def _send(app: Flask, message: EmailMessage) -> None:
    backend = app.config["MAIL_BACKEND"]
    if backend == "memory":
        outbox(app).append(message)
    elif backend == "folder":
        folder = Path(app.config["MAIL_FOLDER"])
        folder.mkdir(parents=True, exist_ok=True)
        name = message["Message-ID"].strip("<>").replace("@", "_")
        (folder / f"{name}.eml").write_bytes(bytes(message))
    elif backend == "console":
        log.info("E-mail to %s: %s\n%s", message["To"], message["Subject"], message.get_content())
    else:
        with smtplib.SMTP(app.config["MAIL_HOST"], app.config["MAIL_PORT"], timeout=10) as smtp:
            if app.config["MAIL_USE_TLS"]:
                smtp.starttls()
            if app.config["MAIL_USERNAME"]:
                smtp.login(app.config["MAIL_USERNAME"], app.config["MAIL_PASSWORD"])
            smtp.send_message(message)


def _send_committed(app: Flask, message: EmailMessage) -> None:
    try:
        _send(app, message)
    except Exception:  # a mail failure must never undo what was committed
        log.exception("Could not send e-mail to %s", message["To"])


# After the files of a commit are in place (media.storage), so no mail links to a missing one.
_outbox = after_commit.queue("outbox", _send_committed, order=10)
