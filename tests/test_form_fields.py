"""Every form field renders through templates/forms.html with only the attributes that have a
value (WTForms prints None as "None": screen readers then call every field invalid)."""

import re

import pytest
from flask import render_template_string
from flask_wtf import FlaskForm
from wtforms import FieldList, FormField, SelectFieldBase, StringField

from tests.web import bare_app

FIELD = '{% from "forms.html" import field %}{{ field(f, help=help, autocomplete=autocomplete) }}'


def _all_forms() -> list[type[FlaskForm]]:
    bare_app()  # imports every package, and so every form
    found, todo = set(), [FlaskForm]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub.__module__.startswith("storefront.") and sub not in found:
                found.add(sub)
                todo.append(sub)
    return sorted(found, key=lambda form: f"{form.__module__}.{form.__name__}")


def _leaf_fields(fields):
    for f in fields:
        if isinstance(f, FieldList):
            yield from _leaf_fields(f.entries)
        elif isinstance(f, FormField):
            yield from _leaf_fields(f.form)
        elif f.type not in ("CSRFTokenField", "HiddenField", "SubmitField"):
            yield f


def _render(f, help="", autocomplete=None) -> str:
    if isinstance(f, SelectFieldBase) and getattr(f, "choices", ()) is None:
        f.choices = [("1", "một")]
    return render_template_string(FIELD, f=f, help=help, autocomplete=autocomplete)


@pytest.mark.parametrize("form_class", _all_forms(), ids=lambda form: form.__name__)
def test_no_field_of_any_form_renders_an_attribute_without_value(app, form_class):
    with app.test_request_context("/?lang=en"):
        form = form_class(meta={"csrf": False})
        for f in _leaf_fields(form):
            html = _render(f)
            assert '"None"' not in html, html
            assert "aria-invalid" not in html and "aria-describedby" not in html, html


def test_help_errors_and_autocomplete_are_linked_when_they_exist(app):
    class Contact(FlaskForm):
        phone = StringField("Phone", render_kw={"autocomplete": "tel-national"})

    with app.test_request_context("/"):
        form = Contact(meta={"csrf": False})
        plain = _render(form.phone)
        assert 'autocomplete="tel-national"' in plain  # the form's own value is kept
        form.phone.errors = ["Wrong number."]
        html = _render(form.phone, help="Mobile or landline.", autocomplete="tel")
        tag = re.search(r"<input[^>]*>", html)[0]
        assert 'aria-invalid="true"' in tag and 'autocomplete="tel"' in tag
        assert 'aria-describedby="phone-help phone-error"' in tag
        assert '<p class="error" id="phone-error"' in html and 'id="phone-help"' in html
