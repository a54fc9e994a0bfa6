"""Flask commands: seed-demo, create-admin EMAIL, and for cron expire-orders, send-reminders and
media sweep, recalls notify, certificates-remind, reports-remind."""

import os

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from storefront.extensions import db


@click.command("seed-demo")
@with_appcontext
@click.option(
    "--if-empty", is_flag=True, help="Do nothing when the catalogue already has products."
)
def seed_demo(if_empty: bool) -> None:
    """Load the demo catalogue of Dong Thap producers and products (safe to run twice)."""
    try:
        from storefront.demo.seed import catalogue_is_empty, seed
    except ModuleNotFoundError as error:
        if error.name not in ("storefront.demo", "storefront.demo.seed"):
            raise
        raise click.ClickException(
            "The demo is not installed: the storefront wheel leaves it out. Load it from a "
            "source checkout installed with `pip install -e .` (as `make run` does)."
        ) from error

    if if_empty and not catalogue_is_empty():
        click.echo("The catalogue already has products; demo data not loaded.")
        return
    summary = seed(progress=click.echo)
    db.session.commit()
    click.echo(
        f"Demo catalogue ready: {summary.producers} producers, {summary.products} products, "
        f"{summary.images} new images."
    )


@click.command("create-admin")
@with_appcontext
@click.argument("email")
@click.option("--name", default="", help="Display name.")
def create_admin(email: str, name: str) -> None:
    """Create an administrator (password from ADMIN_PASSWORD or prompted)."""
    from storefront.accounts.services import AccountError
    from storefront.accounts.services import create_admin as make_admin

    password = os.environ.get("ADMIN_PASSWORD") or click.prompt(
        "Password", hide_input=True, confirmation_prompt=True
    )
    try:
        user = make_admin(email, password, name)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Administrator {user.email} is ready.")


@click.command("expire-orders")
@with_appcontext
def expire_orders() -> None:
    """Cancel unpaid transfer and card orders past their time and release their stock (cron).

    One order per transaction, then the waiting-list offers (database.py's lock order); any
    number of runs at once, and bookings meanwhile, release each hold and offer once."""
    from storefront.database import retry_on_deadlock
    from storefront.models_base import utcnow
    from storefront.orders.lifecycle import overdue

    now = utcnow()
    with _links_to_the_site():
        numbers = []
        for order_id in overdue(now):
            numbers += retry_on_deadlock(_expire_order)(order_id, now)
        lapsed = retry_on_deadlock(_lapse_offers)(now)
    listed = f": {', '.join(numbers)}" if numbers else "."
    click.echo(f"{len(numbers)} unpaid orders expired{listed}")
    click.echo(f"{lapsed} waiting-list offers lapsed and passed on.")


def _expire_order(order_id: int, now) -> list[str]:
    from storefront.database import begin_write_transaction
    from storefront.orders.lifecycle import expire_due
    from storefront.orders.models import Order

    begin_write_transaction()
    numbers = expire_due(now, among=Order.id == order_id)
    db.session.commit()
    return numbers


def _lapse_offers(now) -> int:
    from storefront.database import begin_write_transaction
    from storefront.tours.waitlist import expire_offers

    begin_write_transaction()
    lapsed = expire_offers(now)
    db.session.commit()
    return lapsed


@click.command("send-reminders")
@with_appcontext
def send_reminders() -> None:
    """E-mail tomorrow's tourists their ticket, once per booking (cron, daily; safe to rerun)."""
    from storefront.database import begin_write_transaction
    from storefront.models_base import utcnow
    from storefront.tours.reminders import send_reminders as remind

    with _links_to_the_site():
        begin_write_transaction()
        sent = remind(utcnow())
        db.session.commit()
    click.echo(f"{sent} reminders sent.")


@click.group("recalls")
def recalls() -> None:
    """Recalled lots: telling their buyers."""


@recalls.command("notify")
@with_appcontext
def notify_recalls() -> None:
    """E-mail every buyer a recall notice not yet sent (cron; each notice is sent once, even
    by two runs at once). Orders without an e-mail address are left to the office."""
    from storefront.database import begin_write_transaction
    from storefront.models_base import utcnow
    from storefront.orders.recalls import send_notices

    with _links_to_the_site():
        begin_write_transaction()
        sent = send_notices(utcnow())
        db.session.commit()
    click.echo(f"{sent} recall notices sent.")


@click.command("reports-remind")
@with_appcontext
def reports_remind() -> None:
    """E-mail the office a week before each report's due date, once per due date (cron,
    daily; safe to rerun)."""
    from storefront.admin.reports.calendar import remind
    from storefront.database import begin_write_transaction
    from storefront.timeutil import today_local

    with _links_to_the_site():
        begin_write_transaction()
        reminded = remind(today_local())
        db.session.commit()
    click.echo(f"{reminded} report reminders sent.")


def _links_to_the_site():
    """A request context on SITE_URL, so e-mails sent from cron carry full links."""
    return current_app.test_request_context("/", base_url=current_app.config["SITE_URL"])


def init_app(app: Flask) -> None:
    from storefront.media.commands import media
    from storefront.rating.commands import certificates_remind

    app.cli.add_command(seed_demo)
    app.cli.add_command(create_admin)
    app.cli.add_command(expire_orders)
    app.cli.add_command(send_reminders)
    app.cli.add_command(media)
    app.cli.add_command(recalls)
    app.cli.add_command(certificates_remind)
    app.cli.add_command(reports_remind)
