"""The A6 plate the farmer hangs on an adopted mango tree: the name the adopter chose for it
(and, for a gift, whom it is for), the tree's code, its variety, the season and a QR code to
the tree's public page. Printed in Vietnamese with English under it, like the pack labels."""

from flask_babel import force_locale

from storefront import printing
from storefront.adoptions.models import Adoption
from storefront.farms.labels import variety_label
from storefront.links import external_url
from storefront.places import ward_label
from storefront.printing import Block, Box

WIDTH, HEIGHT = 105.0, 148.0  # A6 portrait
MARGIN = 7.0


def tree_url(adoption: Adoption) -> str:
    return external_url("adoptions.tree", code=adoption.tree.code)


def _varieties(adoption: Adoption) -> tuple[str, str]:
    variety = adoption.tree.variety
    with force_locale("vi"):
        vi = variety_label(variety)
    with force_locale("en"):
        en = variety_label(variety)
    return vi, en


def _season(adoption: Adoption) -> tuple[str, str]:
    plan = adoption.plan
    dates = f"{printing.day(plan.starts_on)} – {printing.day(plan.ends_on)}"
    return f"{plan.season_vi} · {dates}", plan.season_en


def render(adoption: Adoption) -> bytes:
    """The plate of an adoption as a one-page A6 PDF."""
    tree, orchard = adoption.tree, adoption.tree.orchard
    pdf = printing.document(WIDTH, HEIGHT, f"Cây xoài {tree.code} – {adoption.plate_name}")
    pdf.add_page()
    printing.draw_box(pdf, Box(3.5, 3.5, WIDTH - 7, HEIGHT - 7), line_width=0.6, radius=4)
    inner = WIDTH - 2 * MARGIN
    centred = "C"
    head = [
        Block("CÂY XOÀI NHÀ TÔI · MY MANGO TREE", bold=True, max_lines=1, align=centred),
    ]
    printing.draw_text(pdf, head, Box(MARGIN, MARGIN, inner, 5), 9, 6)
    printing.draw_text(
        pdf, [Block(tree.code, bold=True, max_lines=1, align=centred)],
        Box(MARGIN, 13, inner, 14), 34, 14,
    )  # fmt: skip
    named = [Block("Nhận nuôi bởi · Adopted by", 0.45, max_lines=1, align=centred),
             Block(adoption.plate_name, bold=True, max_lines=2, align=centred)]  # fmt: skip
    if adoption.is_gift and adoption.recipient_name:
        named.append(
            Block(f"Quà tặng cho · A gift for {adoption.recipient_name}", 0.5, align=centred)
        )
    printing.draw_text(pdf, named, Box(MARGIN, 29, inner, 25), 20, 9)
    variety_vi, variety_en = _varieties(adoption)
    season_vi, season_en = _season(adoption)
    facts = [
        Block(f"{variety_vi} · {variety_en}", bold=True, align=centred),
        Block(season_vi, align=centred),
        Block(season_en, 0.85, align=centred),
        Block(orchard.name, align=centred),
        Block(ward_label(orchard.ward_code), 0.85, align=centred),
    ]
    printing.draw_text(pdf, facts, Box(MARGIN, 56, inner, 26), 10, 6)
    size = 46.0
    printing.draw_qr(pdf, tree_url(adoption), (WIDTH - size) / 2, 83, size)
    caption = [
        Block("Quét mã để xem cây và tin từ vườn · Scan for the tree's news", 0.9, align=centred),
        Block(orchard.producer.name, bold=True, max_lines=1, align=centred),
    ]
    printing.draw_text(pdf, caption, Box(MARGIN, 130, inner, HEIGHT - MARGIN - 130), 8, 5)
    return bytes(pdf.output())


def file_name(adoption: Adoption) -> str:
    safe = "".join(
        c if c.isascii() and (c.isalnum() or c in "-_") else "-" for c in adoption.tree.code
    )
    return f"bien-cay-{safe}.pdf"
