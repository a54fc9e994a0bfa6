"""The base of every form: text that holds no control characters and stays on one line, numbers
read without surprises, WTForms' own messages in Vietnamese; and every form uses it."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict
from wtforms import Form, PasswordField, StringField, TextAreaField

from storefront.forms_common import (
    CONTROL_CHARACTERS,
    FloatField,
    IntegerField,
    SiteForm,
    SubForm,
)
from storefront.text import UNSAFE_CHARACTERS
from tests.web import bare_app


class Profile(SiteForm):
    name = StringField("Name")
    story = TextAreaField("Story")
    password = PasswordField("Password")
    year = IntegerField("Year")
    latitude = FloatField("Latitude")


def _form(app, **data) -> Profile:
    with app.test_request_context("/", method="POST"):
        form = Profile(MultiDict(data), meta={"csrf": False})
        form.validate()
        return form


@pytest.mark.parametrize("typed", ["Xoài\x00cát", "Xoài\x1b[31m", "Xoài\u202ecát", "a\x7fb"])
def test_control_characters_are_refused_with_the_fields_message(app, typed):
    form = _form(app, name=typed, story=typed)
    assert form.name.errors == [CONTROL_CHARACTERS] and form.story.errors == [CONTROL_CHARACTERS]


def test_a_line_break_in_a_name_becomes_a_space_and_a_text_area_keeps_its_lines(app):
    form = _form(app, name="HTX Xoài\r\nMỹ Xương\t", story="Dòng một\r\nDòng hai\rba")
    assert form.name.data == "HTX Xoài Mỹ Xương " and not form.name.errors
    assert form.story.data == "Dòng một\nDòng hai\nba" and not form.story.errors


def test_passwords_are_left_as_typed(app):
    form = _form(app, password="mật\x1bkhẩu\r\n")
    assert form.password.data == "mật\x1bkhẩu\r\n" and not form.password.errors


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1e309", "whole number"),
        ("0x1F", "whole number"),
        ("١٢٣", "whole number"),
        ("1_000", "whole number"),
        ("12.5", "whole number"),
        ("99999999999999999999999", "too large"),
        ("9" * 5000, "too large"),
        ("2147483648", "too large"),
    ],
)
def test_integers_are_ascii_digits_within_the_database(app, typed, message):
    form = _form(app, year=typed)
    assert form.year.data is None and message in form.year.errors[0]


def test_a_whole_number_is_read(app):
    assert _form(app, year=" -12 ").year.data == -12
    assert _form(app, year="2147483647").year.data == 2147483647


@pytest.mark.parametrize("typed", ["nan", "NaN", "inf", "-inf", "1e309"])
def test_infinities_and_nan_are_not_numbers(app, typed):
    form = _form(app, latitude=typed)
    assert form.latitude.data is None and form.latitude.errors


def test_wtforms_own_messages_are_in_vietnamese(app):
    with app.test_request_context("/?lang=vi", method="POST"):
        form = Profile(MultiDict({"latitude": "abc"}), meta={"csrf": False})
        form.validate()
        assert form.latitude.errors == ["Vui lòng nhập một số, ví dụ 10.49."]
    with app.test_request_context("/?lang=en", method="POST"):
        form = Profile(MultiDict({"latitude": "abc"}), meta={"csrf": False})
        form.validate()
        assert form.latitude.errors == ["Not a valid float value."]


@given(typed=st.text())
def test_whatever_is_typed_a_name_is_one_line_or_refused(app, typed):
    form = _form(app, name=typed, story=typed)
    assert form.name.errors or not UNSAFE_CHARACTERS.search(form.name.data)
    assert "\n" not in form.name.data and "\r" not in form.name.data
    assert form.story.errors or not UNSAFE_CHARACTERS.search(form.story.data)


def _subclasses(base) -> set[type]:
    found, todo = set(), [base]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return found


def test_every_form_of_the_site_is_a_site_form():
    bare_app()  # imports every package, and so every form
    ours = {f for f in _subclasses(Form) if f.__module__.startswith("storefront.")}
    bases = {SiteForm, SubForm}
    assert ours, "no forms found"
    assert all(issubclass(f, tuple(bases)) for f in ours), sorted(
        f.__qualname__ for f in ours if not issubclass(f, tuple(bases))
    )
