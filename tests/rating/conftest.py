"""The rating tests run their services inside a request, in English (messages are lazy)."""

import pytest


@pytest.fixture
def request_context(app, database):
    with app.test_request_context("/?lang=en"):  # messages checked in English
        yield
