"""`flask media sweep` (cron): delete stored files and records that nothing needs any more."""

from datetime import timedelta

import click
from flask import current_app
from flask.cli import AppGroup

from storefront.media.sweep import BATCH, Sweep

media = AppGroup("media", help="Stored pictures and documents.")


@media.command("sweep")
@click.option(
    "--grace",
    type=click.FloatRange(min=0),
    metavar="HOURS",
    help="Touch only what is older than this (default: MEDIA_SWEEP_GRACE_HOURS, 24). "
    "It protects uploads in flight: keep it well above the longest request.",
)
@click.option("--dry-run", is_flag=True, help="Count what would go; change nothing.")
def sweep(grace: float | None, dry_run: bool) -> None:
    """Delete files no record refers to and records nothing refers to, once older than the
    grace period; report records whose files are missing (cron, daily; safe to rerun)."""
    hours = current_app.config["MEDIA_SWEEP_GRACE_HOURS"] if grace is None else grace
    run = Sweep(timedelta(hours=hours), dry_run=dry_run)
    run.drop_unreferenced_records()
    files = run.files()
    with click.progressbar(length=len(files), label="Checking stored files", show_pos=True) as bar:
        for start in range(0, len(files), BATCH):
            batch = files[start : start + BATCH]
            run.check(batch)
            bar.update(len(batch))
    run.remove_empty_folders()
    run.find_missing()
    _summary(run, hours)


def _summary(run, hours: float) -> None:
    report, verb = run.report, "would be" if run.dry_run else "were"
    if run.dry_run:
        click.echo("Dry run: nothing was deleted, moved or removed.")
    click.echo(
        f"{report.looked_at} files looked at under {run.root}: {report.deleted} {verb} deleted "
        f"({report.bytes_freed:,} bytes freed), {report.young} unreferenced kept "
        f"(younger than {hours:g} hours), {report.not_ours} not named like ours left alone."
    )
    click.echo(
        f"{report.moved_into_place} staged files {verb} moved into place, "
        f"{report.folders_removed} empty folders {verb} removed."
    )
    removed = report.records_removed
    click.echo(
        f"{removed['pictures']} picture and {removed['documents']} document records that "
        f"nothing refers to {verb} deleted."
    )
    if not report.missing:
        click.echo("Every record has its files.")
        return
    listed = ", ".join(f"{key} ({count})" for key, count in sorted(report.missing.items()))
    click.echo(f"{len(report.missing)} records miss files (how many): {listed}", err=True)
