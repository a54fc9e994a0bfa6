"""A producer's settlements: its statements, each one's lines, and their files (CSV, PDF).
Only its own: another producer's statement is a 404."""

from flask import abort, g, render_template

from storefront.orders import settlement_documents, settlements
from storefront.orders.settlement_models import Settlement
from storefront.portal import bp


@bp.get("/settlements")
def settlements_page():
    found = settlements.statements(producer_id=g.producer.id)
    return render_template(
        "portal/settlement_list.html", statements=found, totals=settlements.totals(found)
    )


@bp.get("/settlements/<int:settlement_id>")
def settlement(settlement_id: int):
    return render_template(
        "portal/settlement_statement.html", statement=_own(settlement_id),
        kinds=settlement_documents.KIND_LABELS, effect=settlement_documents.effect,
        rate_text=settlement_documents.rate_text,
    )  # fmt: skip


@bp.get("/settlements/<int:settlement_id>/statement.csv", defaults={"extension": "csv"})
@bp.get("/settlements/<int:settlement_id>/statement.pdf", defaults={"extension": "pdf"})
def settlement_file(settlement_id: int, extension: str):
    return settlement_documents.download(_own(settlement_id), extension)


def _own(settlement_id: int) -> Settlement:
    """The current producer's statement, or 404 (never another producer's)."""
    return settlements.statement(settlement_id, producer_id=g.producer.id) or abort(404)
