"""Language choice and the completeness of the Vietnamese catalogue."""

import re
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from tests import factories

ROOT = Path(__file__).resolve().parent.parent
PO_FILE = ROOT / "storefront/translations/vi/LC_MESSAGES/messages.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def test_vietnamese_is_the_default(client, database):
    response = client.get("/")
    assert '<html lang="vi">' in response.get_data(as_text=True)
    assert response.headers["Content-Language"] == "vi"


def test_accept_language_is_the_first_guess(client, database):
    response = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert '<html lang="en">' in response.get_data(as_text=True)


def test_switcher_choice_is_remembered_over_accept_language(client, database):
    first = client.get("/products?lang=en", headers={"Accept-Language": "vi"})
    assert '<html lang="en">' in first.get_data(as_text=True)
    assert "lang=en" in first.headers["Set-Cookie"]

    later = client.get("/", headers={"Accept-Language": "vi"})
    assert '<html lang="en">' in later.get_data(as_text=True)

    back = client.get("/?lang=vi")
    assert '<html lang="vi">' in back.get_data(as_text=True)


def test_switcher_links_keep_the_current_page_and_filters(client, database):
    html = client.get("/products?group=food&stars=4").get_data(as_text=True)
    link = re.search(r'href="([^"]+)" hreflang="en"', html).group(1)
    assert link.startswith("/products?") and "group=food" in link and "lang=en" in link


def test_pages_are_translated(client, database):
    product = factories.product(stars=4)
    vi = client.get(f"/products/{product.slug}?lang=vi").get_data(as_text=True)
    en = client.get(f"/products/{product.slug}?lang=en").get_data(as_text=True)
    assert "Package sizes" in en and "Package sizes" not in vi
    assert "Origin and details" in en and "Origin and details" not in vi


def test_not_found_page_speaks_the_visitors_language(client, database):
    vi = client.get("/products/khong-co?lang=vi")
    en = client.get("/products/nope?lang=en")
    assert vi.status_code == en.status_code == 404
    assert "Page not found" in en.get_data(as_text=True)
    assert "Page not found" not in vi.get_data(as_text=True)


def test_every_string_in_the_code_has_a_vietnamese_translation(tmp_path):
    pot = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "_l",
            "-k",
            "lazy_gettext",
            "-o",
            str(pot),
            "--no-location",
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with pot.open("rb") as handle:
        wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    with PO_FILE.open("rb") as handle:
        catalog = read_po(handle)
    translated = {}
    for message in catalog:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"no Vietnamese for {key!r}"
        assert not message.fuzzy, f"fuzzy translation for {key!r}"
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(key)), key
        translated[key] = strings
    missing = wanted - translated.keys()
    assert not missing, f"strings without a Vietnamese translation: {sorted(missing)}"


def test_every_message_of_wtforms_itself_has_a_vietnamese_translation():
    """WTForms ships no Vietnamese: its messages ("Not a valid choice.") have our catalogue."""
    from wtforms.i18n import messages_path

    with (Path(messages_path()) / "wtforms.pot").open("rb") as handle:
        wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    with (PO_FILE.parent / "wtforms.po").open("rb") as handle:
        catalog = read_po(handle)
    translated = set()
    for message in catalog:
        if message.id:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            key = message.id if isinstance(message.id, str) else message.id[0]
            assert all(strings) and not message.fuzzy, key
            translated.add(key)
    assert wanted <= translated, sorted(wanted - translated)
