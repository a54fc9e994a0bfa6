"""The Dong Thap OCOP storefront: application factory."""

import importlib
import logging

from flask import Flask

from storefront.config import INSTANCE_PATH, PROJECT_ROOT, Config, require_site_url


def create_app(config: type[Config] | Config | None = None, **overrides) -> Flask:
    """Build the application: a table of contents of what it is made of."""
    app = Flask(
        __name__,
        instance_path=str(INSTANCE_PATH),
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    if config is None or isinstance(config, type):
        config = (config or Config)(INSTANCE_PATH)
    app.config.from_object(config)
    app.config.update(overrides)
    require_site_url(app)
    from storefront.routing import BoundedIntConverter

    app.url_map.converters["int"] = BoundedIntConverter

    register_extensions(app)
    register_blueprints(app)
    register_template_helpers(app)
    register_errorhandlers(app)
    register_commands(app)
    register_logging(app)
    return app


def register_extensions(app: Flask) -> None:
    import storefront.adoptions.receivers
    import storefront.mail  # sends queued e-mail after each commit
    import storefront.models  # all tables known to the metadata
    import storefront.tours.receivers  # noqa: F401  and closed orders)
    from storefront import database, i18n, limits, security
    from storefront.extensions import babel, csrf, db, login_manager, migrate

    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"), render_as_batch=True)
    babel.init_app(app, locale_selector=i18n.select_locale, timezone_selector=None)
    csrf.init_app(app)
    limits.init_app(app)
    login_manager.init_app(app)
    database.init_app(app)
    i18n.init_app(app)
    security.init_app(app)


# Each package defines its blueprint in its __init__.py; these view modules add their routes.
VIEW_MODULES = {
    "main": ("views",),
    "media": ("views",),
    "accounts": ("views",),
    "producers": ("views",),
    "catalog": ("views", "producer_views", "trace_views", "serial_views"),
    "orders": ("cart_views", "history_views"),
    "payments": ("checkout_views", "order_views", "views"),
    "adoptions": ("views",),
    "tours": ("views", "booking_views"),
    "portal": (
        "views",
        "product_views",
        "fulfilment_views",
        "team_views",
        "farm_views",
        "tour_views",
        "adoption_views",
        "photo_views",
        "label_views",
        "lot_views",
        "document_views",
        "serial_views",
        "recall_views",
        "sales_views",
        "support_views",
        "settlement_views",
        "fair_views",
        "rating_views",
    ),
    "admin": (
        "views",
        "account_views",
        "audit_views",
        "trace_views",
        "recall_views",
        "support_views",
        "settlement_views",
        "refund_views",
        "news_views",
        "fair_views",
        "rating_views",
        "rating_scorecard_views",
        "rating_claim_views",
        "council_views",
        "dossier_views",
        "report_views",
    ),
    "programme": ("views",),
}


def register_blueprints(app: Flask) -> None:
    from storefront.database import check_write_views

    for package, modules in VIEW_MODULES.items():
        for module in modules:
            importlib.import_module(f"storefront.{package}.{module}")
        app.register_blueprint(importlib.import_module(f"storefront.{package}").bp)
    check_write_views(app)  # once every view is known: each one that writes owns its transaction


def register_template_helpers(app: Flask) -> None:
    from storefront import templating

    templating.init_app(app)


def register_errorhandlers(app: Flask) -> None:
    from storefront import errors

    errors.init_app(app)


def register_commands(app: Flask) -> None:
    from storefront import cli

    cli.init_app(app)


def register_logging(app: Flask) -> None:
    if not app.debug and not app.testing:
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s"
        )
