"""The <form>s of a page as a browser sees them (stdlib html.parser): fields, the values a
browser would send, the options of selects and radios, and the errors shown next to fields."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

NOT_SENT = {"submit", "button", "reset", "image", "file"}


@dataclass
class Field:
    name: str
    kind: str  # an input's type, "select", "select-multiple", "textarea" or "submit"
    value: str = ""
    checked: bool = False
    options: list[str] = field(default_factory=list)
    selected: list[str] = field(default_factory=list)
    id: str = ""
    describedby: str = ""
    invalid: bool = False
    formaction: str = ""  # a submit button that sends its form elsewhere


@dataclass
class Form:
    action: str  # absolute path with its query
    method: str
    enctype: str
    fields: list[Field] = field(default_factory=list)

    @property
    def path(self) -> str:
        return urlsplit(self.action).path

    def names(self) -> list[str]:
        """Each name a field of this form sends, once, in page order (not the buttons)."""
        seen: dict[str, None] = {}
        for f in self.fields:
            if f.kind not in NOT_SENT:
                seen.setdefault(f.name)
        return list(seen)

    def kind_of(self, name: str) -> str:
        return next((f.kind for f in self.fields if f.name == name), "")

    def options_of(self, name: str) -> list[str]:
        """The values a select, radio group or checkbox group offers."""
        found = [f for f in self.fields if f.name == name]
        if found[0].kind.startswith("select"):
            return found[0].options
        return [f.value for f in found if f.kind in ("radio", "checkbox")]

    def first(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def default_data(self) -> dict[str, str | list[str]]:
        """What the browser sends when the form is submitted as the page filled it, with its
        last submit button (the main action comes last: "Save" after "Add a package size")."""
        data: dict[str, list[str]] = {}
        for f in self.fields:
            if f.kind in ("checkbox", "radio"):
                if f.checked:
                    data.setdefault(f.name, []).append(f.value or "on")
            elif f.kind == "select":
                chosen = f.selected[-1:] or f.options[:1]
                data.setdefault(f.name, []).extend(chosen)
            elif f.kind == "select-multiple":
                data.setdefault(f.name, []).extend(f.selected)
            elif f.kind not in NOT_SENT:
                data.setdefault(f.name, []).append(f.value)
        buttons = [f for f in self.fields if f.kind == "submit"]
        if buttons and buttons[-1].name:
            data[buttons[-1].name] = [buttons[-1].value]
        return {k: v[0] if len(v) == 1 else v for k, v in data.items() if v}


class _Parser(HTMLParser):
    def __init__(self, page_url: str):
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.forms: list[Form] = []
        self.error_ids: dict[str, str] = {}
        self._form: Form | None = None
        self._select: Field | None = None
        self._option: tuple[str | None, bool] | None = None
        self._option_text = ""
        self._textarea: Field | None = None
        self._error_id: str | None = None
        self._error_tag = ""
        self._error_text = ""

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if a.get("id", "").endswith("-error") and tag in ("p", "div", "span"):
            self._error_id, self._error_tag, self._error_text = a["id"], tag, ""
        if tag == "form":
            action = urljoin(self.page_url, a.get("action") or self.page_url)
            parts = urlsplit(action)
            self._form = Form(
                action=parts.path + (f"?{parts.query}" if parts.query else ""),
                method=a.get("method", "get").lower(),
                enctype=a.get("enctype", "application/x-www-form-urlencoded"),
            )
            self.forms.append(self._form)
            return
        if self._form is None:
            return
        common = {
            "id": a.get("id", ""),
            "describedby": a.get("aria-describedby", ""),
            "invalid": a.get("aria-invalid") == "true",
        }
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text").lower()
            self._form.fields.append(
                Field(a["name"], kind, a.get("value", ""), "checked" in a, **common)
            )
        elif tag == "button" and a.get("type", "submit").lower() == "submit":
            formaction = a.get("formaction", "")
            if formaction:
                parts = urlsplit(urljoin(self.page_url, formaction))
                formaction = parts.path + (f"?{parts.query}" if parts.query else "")
            self._form.fields.append(
                Field(a.get("name", ""), "submit", a.get("value", ""), formaction=formaction)
            )
        elif tag == "select" and a.get("name"):
            kind = "select-multiple" if "multiple" in a else "select"
            self._select = Field(a["name"], kind, **common)
            self._form.fields.append(self._select)
        elif tag == "option" and self._select is not None:
            self._option, self._option_text = (a.get("value"), "selected" in a), ""
        elif tag == "textarea" and a.get("name"):
            self._textarea = Field(a["name"], "textarea", **common)
            self._form.fields.append(self._textarea)

    def handle_data(self, data):
        if self._option is not None:
            self._option_text += data
        if self._textarea is not None:
            self._textarea.value += data
        if self._error_id is not None:
            self._error_text += data

    def handle_endtag(self, tag):
        if tag == "option" and self._option is not None:
            value, selected = self._option
            value = self._option_text.strip() if value is None else value
            self._select.options.append(value)
            if selected:
                self._select.selected.append(value)
            self._option = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            # A newline right after <textarea> is not part of the value (HTML's parsing rule).
            self._textarea.value = self._textarea.value.removeprefix("\n")
            self._textarea = None
        elif tag == "form":
            self._form = None
        elif self._error_id is not None and tag == self._error_tag:
            self.error_ids[self._error_id] = " ".join(self._error_text.split())
            self._error_id = None


@dataclass
class Page:
    forms: list[Form]
    error_ids: dict[str, str]  # id of each error element next to a field: its text

    def form_posting_to(self, path: str) -> Form | None:
        """The form that posts to `path`, or the form of a button that sends it there (with
        that button as its only one)."""
        for form in self.forms:
            if form.method != "post":
                continue
            if form.path == path:
                own = [f for f in form.fields if not f.formaction]
                return Form(form.action, form.method, form.enctype, own)
            for button in form.fields:
                if button.formaction and urlsplit(button.formaction).path == path:
                    kept = [f for f in form.fields if f.kind != "submit"] + [button]
                    return Form(button.formaction, form.method, form.enctype, kept)
        return None


def parse(html: str, page_url: str) -> Page:
    parser = _Parser(page_url)
    parser.feed(html)
    parser.close()
    return Page(parser.forms, parser.error_ids)
