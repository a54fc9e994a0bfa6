"""README's "Other commands" work as written: `.venv/bin/flask ...` from the project folder
finds the app through the committed .flaskenv, with no FLASK_APP in the environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLASK = Path(sys.executable).parent / "flask"


def run_flask(args: list[str], tmp_path, **env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("FLASK_APP", "FLASK_DEBUG")}
    clean.pop("SITE_URL", None)
    clean.update(STOREFRONT_INSTANCE=str(tmp_path), **env)
    return subprocess.run(
        [str(FLASK), *args], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def test_flask_finds_the_app_and_its_commands_from_the_project_folder(tmp_path):
    result = run_flask(["--help"], tmp_path, SITE_URL="http://127.0.0.1:5000")
    assert result.returncode == 0, result.stderr
    for command in ("create-admin", "seed-demo", "expire-orders", "send-reminders", "media", "db"):
        assert f"  {command} " in result.stdout, result.stdout


def test_a_command_runs_as_written(tmp_path):
    database = f"sqlite:///{tmp_path / 'storefront.db'}"
    env = {"SITE_URL": "http://127.0.0.1:5000", "DATABASE_URL": database}
    assert run_flask(["db", "upgrade"], tmp_path, **env).returncode == 0
    result = run_flask(["expire-orders"], tmp_path, **env)
    assert result.returncode == 0, result.stderr


def test_without_site_url_the_command_refuses_with_a_clear_message(tmp_path):
    result = run_flask(["expire-orders"], tmp_path)
    assert result.returncode != 0
    assert "SITE_URL is not set" in result.stderr
