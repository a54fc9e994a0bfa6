"""Language choice, bilingual model fields and money formatting."""

from functools import cache
from pathlib import Path

from babel.numbers import format_currency
from babel.support import NullTranslations, Translations
from flask import Flask, current_app, g, has_request_context, request, session
from flask_babel import format_decimal, get_locale

COOKIE_NAME = "lang"
COOKIE_MAX_AGE = 365 * 24 * 3600


def select_locale() -> str:
    """Explicit choice (?lang, then session or cookie) first, then Accept-Language, then vi."""
    languages = current_app.config["LANGUAGES"]
    for choice in (
        request.args.get("lang"),
        session.get("lang"),
        request.cookies.get(COOKIE_NAME),
    ):
        if isinstance(choice, str) and choice in languages:
            return choice
    return (
        request.accept_languages.best_match(languages) or current_app.config["BABEL_DEFAULT_LOCALE"]
    )


TRANSLATIONS = Path(__file__).parent / "translations"


@cache
def _wtforms_catalogue(language: str) -> NullTranslations:
    return Translations.load(str(TRANSLATIONS), [language], domain="wtforms")


def wtforms_translations() -> NullTranslations:
    """WTForms' own messages ("Not a valid choice.") in the page's language: WTForms has no
    Vietnamese of its own, so the site keeps them in its `wtforms` catalogue."""
    return _wtforms_catalogue(current_language() if has_request_context() else "vi")


def current_language() -> str:
    return get_locale().language if get_locale() else "vi"


def init_app(app: Flask) -> None:
    @app.before_request
    def remember_language_choice():
        lang = request.args.get("lang")
        if lang in app.config["LANGUAGES"]:
            g.language_choice = lang
            if session.get("lang") != lang:
                session["lang"] = lang

    @app.after_request
    def set_language_cookie(response):
        lang = g.get("language_choice")
        if lang and request.cookies.get(COOKIE_NAME) != lang:
            response.set_cookie(
                COOKIE_NAME,
                lang,
                max_age=COOKIE_MAX_AGE,
                samesite="Lax",
                secure=app.config["SESSION_COOKIE_SECURE"],
                httponly=True,
            )
        response.headers.setdefault("Content-Language", current_language())
        vary = response.vary
        vary.add("Accept-Language")
        vary.add("Cookie")
        return response


def localized(obj, field: str) -> str:
    """The current language's text of a bilingual field, falling back to Vietnamese."""
    if current_language() == "en":
        text = getattr(obj, f"{field}_en", None)
        if text:
            return text
    return getattr(obj, f"{field}_vi", "") or ""


def format_kg(grams: int) -> str:
    """Grams as kilograms in the page's language ("12,5 kg" in Vietnamese)."""
    return f"{format_decimal(grams / 1000, format='#,##0.###')} kg"


def format_vnd(amount: int) -> str:
    """Whole đồng in the Vietnamese way (1.250.000 ₫), whatever the page language."""
    return format_currency(amount, "VND", locale="vi_VN")
