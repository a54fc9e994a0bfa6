"""`flask certificates-remind` (cron, daily; safe to rerun): tell each producer once per
certificate that it ends within 90 days, and invite them to the next open round."""

import click
from flask import current_app
from flask.cli import with_appcontext

from storefront.database import begin_write_transaction
from storefront.extensions import db
from storefront.rating.reminders import REMIND_WITHIN_DAYS, remind_expiring
from storefront.timeutil import today_local


@click.command("certificates-remind")
@click.option("--days", type=click.IntRange(1, 366), default=REMIND_WITHIN_DAYS, show_default=True)
@with_appcontext
def certificates_remind(days: int) -> None:
    """E-mail the producers whose OCOP certificate ends within DAYS, once per certificate."""
    site = current_app.config["SITE_URL"]
    with current_app.test_request_context("/", base_url=site):
        begin_write_transaction()
        told = remind_expiring(today_local(), days)
        db.session.commit()
    click.echo(f"{told} certificate reminders sent.")
