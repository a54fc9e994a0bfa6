"""Rating objects for the tests: a small scorecard whose parts reach 40/25/35 exactly, council
members, rounds and dossiers sent to them (flushed only)."""

import io
from datetime import date, timedelta

from pypdf import PdfWriter

from storefront.accounts.models import OfficeRole
from storefront.extensions import db
from storefront.media.services import store_document
from storefront.models_base import utcnow
from storefront.rating import scorecards
from storefront.rating.models import RatingRound, RoundMember, Scorecard
from storefront.rating.scoring import Pick, save_score
from storefront.rating.scoring_models import Dossier, DossierStatus
from tests import factories

# (part, code, options as "points | label" lines): best options give 40, 25 and 35.
CRITERIA = (
    ("A", "A1", "0 | Chưa có | None\n10 | Có một phần | Some\n20 | Đầy đủ | Full"),
    ("A", "A2", "0 | Không | No\n20 | Có | Yes"),
    ("B", "B1", "0 | Không | No\n5 | Có ít | A little\n25 | Tốt | Good"),
    ("C", "C1", "0 | Không đạt | Fails\n15 | Đạt | Meets\n35 | Vượt | Beyond"),
)


def scorecard(group: str = "food", *, in_force: bool = True) -> Scorecard:
    card = scorecards.new_scorecard(group, f"Phiếu chấm {group}", f"{group} scorecard")
    for part, code, options in CRITERIA:
        scorecards.save_criterion(
            card,
            None,
            scorecards.CriterionValues(
                part, code, f"Tiêu chí {code}", f"Criterion {code}", "Giấy tờ", "Papers",
                ["documents"], options,
            ),
        )  # fmt: skip
    if in_force:
        scorecards.put_in_force(card)
    return card


def council_member(**fields):
    fields.setdefault("office_role", OfficeRole.COUNCIL)
    return factories.user(**fields)


def round_(card: Scorecard, members, *, deadline: date | None = None, **fields) -> RatingRound:
    found = RatingRound(
        name=fields.pop("name", "Đợt đánh giá thử"),
        dossier_deadline=deadline or date.today() + timedelta(days=30),
        scorecards=[card],
        members=[RoundMember(user_id=m.id) for m in members],
        **fields,
    )
    db.session.add(found)
    db.session.flush()
    return found


def dossier(found: RatingRound, product=None, *, sent: bool = True) -> Dossier:
    product = product or factories.product(verified=False, stars=None, certificate_no="")
    item = Dossier(
        round_id=found.id,
        product_id=product.id,
        producer_id=product.producer_id,
        scorecard_id=found.scorecards[0].id,
        status=DossierStatus.SENT if sent else DossierStatus.DRAFT,
        sent_at=utcnow() if sent else None,
    )
    db.session.add(item)
    db.session.flush()
    return item


def picks_for(item: Dossier, points: dict[str, int]) -> dict[int, Pick]:
    """The option of each criterion (by code) giving these points."""
    chosen = {}
    for criterion in item.scorecard.criteria:
        option = next(o for o in criterion.options if o.points == points[criterion.code])
        chosen[criterion.id] = Pick(option.id, f"Ghi chú {criterion.code}")
    return chosen


def total_points(total: int) -> dict[str, int]:
    """Points per criterion that add up to `total` (a multiple of 5 from the options)."""
    for a1 in (20, 10, 0):
        for a2 in (20, 0):
            for b1 in (25, 5, 0):
                for c1 in (35, 15, 0):
                    if a1 + a2 + b1 + c1 == total:
                        return {"A1": a1, "A2": a2, "B1": b1, "C1": c1}
    raise ValueError(total)


def send(item: Dossier, member, total: int, *, send_it: bool = True):
    return save_score(item, member, picks_for(item, total_points(total)), send=send_it)


def scan():
    """A real one-page PDF stored by the media pipeline: a certificate's scan."""
    buffer = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(210, 297)
    writer.write(buffer)
    return store_document(buffer.getvalue(), "chung-nhan.pdf")
