"""Sending one hostile request and judging the answer: never a 5xx; when refused, nothing in
the database changed; a refused form shows each message next to its field, in Vietnamese;
no stored text ever holds a control character."""

import re
import traceback
from dataclasses import dataclass

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
    changed: list[str]  # tables whose rows differ from before
    stored: list[str]  # control characters found in stored text


class Walker:
    """Sends requests from one logged-in client, each undone afterwards (a savepoint of the
    test's connection, and the cookies as they were), and collects what went wrong."""

    def __init__(self, client):
        self.client = client
        self.connection = db.session.connection()
        self.before = database.fingerprint(self.connection)
        self.failures: list[str] = []

    def send(self, label: str, method: str, url: str, **kwargs) -> Answer | None:
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
            answer = Answer(response.status_code, page, count[0] > 0, [], [])
            if answer.wrote:
                after = database.fingerprint(self.connection)
                answer.changed = [t for t in after if after[t] != self.before[t]]
                answer.stored = database.stored_control_characters(self.connection)
            if answer.status >= 500:
                self.failures.append(f"{label}: {answer.status}")
            if answer.stored:
                self.failures.append(f"{label}: stored {answer.stored}")
            return answer
        finally:
            savepoint.rollback()
            for name, cookie in cookies.items():
                if cookie is None:
                    self.client.delete_cookie(name)
                else:
                    self.client.set_cookie(name, cookie.value)

    def refused(self, label: str, answer: Answer, path: str, url: str) -> bool:
        """Check a refusal (a 4xx, or the form shown again with errors): nothing changed, and
        every message sits next to its field in Vietnamese. Whether it was refused."""
        page = html_forms.parse(answer.html, url)
        form = page.form_posting_to(path)
        if sum(f.method == "post" and f.path == path for f in page.forms) > 1:
            self.failures.append(f"{label}: two forms post to {path} (one has no action?)")
        invalid = [f for f in form.fields if f.invalid] if form else []
        if answer.status < 400 and not invalid:
            return False
        if answer.changed:
            self.failures.append(f"{label}: refused ({answer.status}) but wrote {answer.changed}")
        for f in invalid:
            messages = [
                page.error_ids.get(i) for i in f.describedby.split() if i.endswith("-error")
            ]
            if not messages or None in messages:
                self.failures.append(f"{label}: {f.name} is invalid without its message")
            for text in filter(None, messages):
                if not VIETNAMESE.search(text):
                    self.failures.append(f"{label}: {f.name}'s message is not Vietnamese: {text!r}")
        return True

    def invalid_fields(self, answer: Answer, path: str, url: str) -> set[str]:
        form = html_forms.parse(answer.html, url).form_posting_to(path)
        return {f.name for f in form.fields if f.invalid} if form else set()


def _where(error: Exception) -> str:
    """The error and the last line of our own code it came through."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "/storefront/" in f.filename]
    place = (
        f" at {frames[-1].filename.split('/storefront/')[-1]}:{frames[-1].lineno}" if frames else ""
    )
    return f"{type(error).__name__}: {str(error)[:160]}{place}"
