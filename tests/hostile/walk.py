"""Sending one hostile request and judging the answer: never a 5xx; when refused, nothing in
the database changed; a refused form shows each message next to its field, in Vietnamese;
no stored text ever holds a control character."""

import re
import traceback
from dataclasses import dataclass, field

from storefront.extensions import db
from tests.hostile import database, html_forms

VIETNAMESE = re.compile(
    "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.I
)
COOKIES = ("session", "remember_token")
TEXT_KINDS = {"text", "email", "tel", "search", "url", "textarea"}


@dataclass
class Answer:
    status: int
    html: str
    wrote: bool  # some INSERT, UPDATE or DELETE ran (perhaps rolled back)
    refused: bool = False  # a 4xx, or the form shown again with errors
    invalid: set[str] = field(default_factory=set)  # fields shown with an error


class Walker:
    """Sends requests from one logged-in client, each undone afterwards (a savepoint of the
    test's connection, and the cookies as they were), and collects what went wrong."""

    def __init__(self, client):
        self.client = client
        self.connection = db.session.connection()
        self.before = database.fingerprint(self.connection)
        self.failures: list[str] = []

    def send(self, label, method, url, *, form_path=None, hostile="", **kwargs) -> Answer | None:
        """Send a request; with `form_path`, judge it as a post of the form posting there.
        `hostile`: the value sent, whose control characters must never be stored."""
        cookies = {name: self.client.get_cookie(name) for name in COOKIES}
        savepoint = self.connection.begin_nested()
        try:
            with database.writes_counted() as count:
                try:
                    response = self.client.open(url, method=method, **kwargs)
                except Exception as error:  # the test client re-raises what answered 500
                    self.failures.append(f"{label}: 500 {_where(error)}")
                    return None
            page = response.get_data().decode("utf-8", "replace")  # a PNG too
            answer = Answer(response.status_code, page, count[0] > 0)
            if answer.status >= 500:
                self.failures.append(f"{label}: {answer.status}")
            if form_path is not None:
                self._judge(label, answer, form_path, url)
            if answer.wrote and not answer.refused and database.FORBIDDEN_STORED.search(hostile):
                stored = database.stored_control_characters(self.connection)
                if stored:
                    self.failures.append(f"{label}: stored {stored}")
            return answer
        finally:
            savepoint.rollback()
            for name, cookie in cookies.items():
                if cookie is None:
                    self.client.delete_cookie(name)
                else:
                    self.client.set_cookie(name, cookie.value)

    def _judge(self, label: str, answer: Answer, path: str, url: str) -> None:
        """A refusal (a 4xx, or the form shown again with errors) changed nothing, and shows
        every message next to its field, in Vietnamese."""
        invalid = []
        if 'aria-invalid="true"' in answer.html:  # parsing every page would double the walk
            page = html_forms.parse(answer.html, url)
            form = page.form_posting_to(path)
            if sum(f.method == "post" and f.path == path for f in page.forms) > 1:
                self.failures.append(f"{label}: two forms post to {path} (one has no action?)")
            invalid = [f for f in form.fields if f.invalid] if form else []
        answer.invalid = {f.name for f in invalid}
        answer.refused = answer.status >= 400 or bool(invalid)
        if not answer.refused:
            return
        if answer.wrote:
            after = database.fingerprint(self.connection)
            changed = [table for table in after if after[table] != self.before[table]]
            if changed:
                self.failures.append(f"{label}: refused ({answer.status}) but wrote {changed}")
        for f in invalid:
            ids = [i for i in f.describedby.split() if i.endswith("-error")]
            messages = [page.error_ids.get(i) for i in ids]
            if not messages or None in messages:
                self.failures.append(f"{label}: {f.name} is invalid without its message")
            for text in filter(None, messages):
                if not VIETNAMESE.search(text):
                    self.failures.append(f"{label}: {f.name}'s message is not Vietnamese: {text!r}")


def _where(error: Exception) -> str:
    """The error and the last line of our own code it came through."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "/storefront/" in f.filename]
    place = ""
    if frames:
        place = f" at {frames[-1].filename.split('/storefront/')[-1]}:{frames[-1].lineno}"
    return f"{type(error).__name__}: {str(error)[:160]}{place}"
