"""The rating tests run their services inside a request (messages are translated lazily)."""

import pytest


@pytest.fixture
def request_context(app, database):
    with app.test_request_context("/"):
        yield
