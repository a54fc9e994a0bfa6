"""The limits' settings: on by default, in memory unless told otherwise, checked at start."""

import pytest

from storefront import create_app
from storefront.config import Config, TestConfig


def test_a_limit_that_does_not_parse_stops_the_start(tmp_path):
    with pytest.raises(ValueError, match="RATELIMIT_LOGIN_PER_ACCOUNT='lots' is not a limit"):
        create_app(
            TestConfig(tmp_path), SQLALCHEMY_DATABASE_URI="sqlite://",
            RATELIMIT_LOGIN_PER_ACCOUNT="lots",
        )  # fmt: skip


def test_limits_are_on_by_default_and_need_no_redis(tmp_path, monkeypatch):
    """`make run` counts in memory; production sets RATELIMIT_STORAGE_URI to its Redis."""
    for name in ("RATELIMIT_ENABLED", "RATELIMIT_STORAGE_URI", "PROXY_COUNT"):
        monkeypatch.delenv(name, raising=False)
    config = Config(tmp_path)
    assert config.RATELIMIT_ENABLED is True
    assert config.RATELIMIT_STORAGE_URI == "memory://"
    assert config.PROXY_COUNT == 0
    monkeypatch.setenv("RATELIMIT_LOGIN_PER_ACCOUNT", "3 per minute")
    assert Config(tmp_path).RATELIMIT_LOGIN_PER_ACCOUNT == "3 per minute"
