"""The Dong Thap OCOP storefront: application factory."""

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


def register_blueprints(app: Flask) -> None:
    from storefront.accounts.views import bp as accounts_bp
    from storefront.admin.views import bp as admin_bp
    from storefront.adoptions import bp as adoptions_bp
    from storefront.adoptions import views as _adoption_views  # noqa: F401
    from storefront.catalog.views import bp as catalog_bp
    from storefront.database import retry_write_views
    from storefront.main.views import bp as main_bp
    from storefront.media.views import bp as media_bp
    from storefront.orders.cart_views import bp as cart_bp
    from storefront.orders.views import bp as checkout_bp
    from storefront.orders.views import orders_bp
    from storefront.payments.transfer_views import bp as transfers_bp
    from storefront.payments.views import bp as payments_bp
    from storefront.portal.views import bp as portal_bp
    from storefront.producers.views import bp as producers_bp
    from storefront.tours import booking_views as _booking_views  # noqa: F401
    from storefront.tours import bp as tours_bp
    from storefront.tours import views as _tour_views  # noqa: F401

    for bp in (main_bp, catalog_bp, producers_bp, accounts_bp, media_bp, portal_bp, admin_bp):
        app.register_blueprint(bp)
    for bp in (checkout_bp, orders_bp):
        app.register_blueprint(bp)
    app.register_blueprint(payments_bp)
    app.register_blueprint(transfers_bp)
    app.register_blueprint(cart_bp)
    app.register_blueprint(tours_bp)
    app.register_blueprint(adoptions_bp)
    retry_write_views(app)  # once every view is known: each one that writes retries deadlocks


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
