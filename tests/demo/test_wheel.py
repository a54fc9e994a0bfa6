"""The production wheel leaves the demo out (its data files, fonts and drawing code), and
`flask seed-demo` on such an install says so instead of failing on an import."""

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel `pip wheel .` builds from this checkout (copied: setuptools builds in the
    source tree, and a build/ folder left there would end up in the wheel)."""
    source, out = tmp_path_factory.mktemp("source"), tmp_path_factory.mktemp("wheel")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source)
    shutil.copytree(
        ROOT / "storefront", source / "storefront", ignore=shutil.ignore_patterns("__pycache__")
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--quiet", "-w", str(out)],
        check=True,
        cwd=out,
    )
    [built] = out.glob("storefront-*.whl")
    return built


def test_the_wheel_has_the_application_and_its_translations_but_no_demo(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "storefront/cli.py" in names
    assert "storefront/translations/vi/LC_MESSAGES/messages.mo" in names
    assert [name for name in names if name.startswith("storefront/demo")] == []


def test_seed_demo_says_the_demo_is_not_installed(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    # An install of the wheel and its dependencies only: -S skips the .pth files, among them
    # the editable install's, which would find storefront.demo in this checkout.
    packages = sysconfig.get_paths()["purelib"]
    env = os.environ | {
        "PYTHONPATH": os.pathsep.join((str(site), packages)),
        "STOREFRONT_INSTANCE": str(tmp_path / "instance"),
        "SITE_URL": "http://127.0.0.1:5000",
    }
    result = subprocess.run(
        [sys.executable, "-S", "-m", "flask", "--app", "storefront", "seed-demo"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "The demo is not installed" in result.stderr
    assert "Traceback" not in result.stderr
