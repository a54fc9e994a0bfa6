"""Factories for the dossier tests: a small food scorecard (two criteria per part, each taking
every kind of evidence), an open round with council members, a draft dossier."""

from datetime import timedelta

import sqlalchemy as sa

from storefront.accounts.models import OfficeRole
from storefront.extensions import db
from storefront.media.services import store_document
from storefront.rating.models import (
    SITE_LINK_KINDS,
    Criterion,
    CriterionOption,
    EvidenceKind,
    Part,
    RatingRound,
    RoundMember,
    Scorecard,
    ScorecardStatus,
)
from storefront.rating.scoring_models import (
    Dossier,
    DossierEvidence,
    DossierQuestion,
)
from storefront.timeutil import today_local
from tests import factories
from tests.media import corpus

CRITERIA = (
    (Part.A, "A1", "Tổ chức sản xuất", "Giấy đăng ký kinh doanh, hợp đồng liên kết"),
    (Part.A, "A2", "Phát triển sản phẩm", "Quy trình sản xuất, nguồn nguyên liệu"),
    (Part.B, "B1", "Tiếp thị", "Bao bì, nhãn, doanh số bán hàng"),
    (Part.B, "B2", "Câu chuyện sản phẩm", "Câu chuyện thương hiệu"),
    (Part.C, "C1", "Chất lượng cảm quan", "Phiếu kết quả thử nghiệm"),
    (Part.C, "C2", "Tiêu chuẩn", "Giấy chứng nhận VietGAP, an toàn thực phẩm"),
)


# The best option of each criterion when the parts must give 40, 25 and 35 points.
FULL_MARKS = (20, 20, 15, 10, 20, 15)


def scorecard(group: str = "food", kinds=None, best: tuple[int, ...] | None = None) -> Scorecard:
    """A scorecard in force of `group`; each criterion's best option gives 5 points, or its
    value in `best` (FULL_MARKS: a total of 100)."""
    latest = sa.select(sa.func.max(Scorecard.version)).where(Scorecard.group_slug == group)
    version = (db.session.scalar(latest) or 0) + 1  # after the demo's, if any
    card = Scorecard(group_slug=group, version=version, name_vi="Phiếu thực phẩm",
                     status=ScorecardStatus.IN_FORCE)  # fmt: skip
    for position, (part, code, title, asks) in enumerate(CRITERIA):
        criterion = Criterion(
            part=part, code=code, position=position, title_vi=title, title_en=f"Criterion {code}",
            evidence_vi=asks, evidence_en=f"Evidence for {code}",
            evidence_kinds=[k.value for k in (kinds if kinds is not None else SITE_LINK_KINDS)],
        )  # fmt: skip
        criterion.options = [
            CriterionOption(position=0, label_vi="Không có", points=0),
            CriterionOption(position=1, label_vi="Đầy đủ", points=best[position] if best else 5),
        ]
        card.criteria.append(criterion)
    db.session.add(card)
    db.session.flush()
    return card


def rating_round(*cards: Scorecard, days_left: int = 20, members=()) -> RatingRound:
    found = RatingRound(
        name=f"Đợt đánh giá OCOP {factories.next_number()}",
        dossier_deadline=today_local() + timedelta(days=days_left),
    )
    found.scorecards = list(cards) or [scorecard()]
    for user in members:
        found.members.append(RoundMember(user=user))
    db.session.add(found)
    db.session.flush()
    return found


def council_member(**fields):
    return factories.user(office_role=OfficeRole.COUNCIL, **fields)


def dossier(rating_round: RatingRound, product) -> Dossier:
    made = Dossier(
        round_id=rating_round.id, product_id=product.id, producer_id=product.producer_id,
        scorecard_id=rating_round.scorecards[0].id,
    )  # fmt: skip
    db.session.add(made)
    db.session.flush()
    return made


def walked_dossier(product) -> Dossier:
    """A draft dossier of `product` in an open round of its group, with an uploaded PDF on
    its first criterion and a question waiting for its answer (the hostile walk's)."""
    group = product.category.group_slug
    made = dossier(rating_round(scorecard(group)), product)
    criterion = made.scorecard.criteria[0]
    document = store_document(corpus.pdf(), "giay-phep.pdf")
    made.evidence.append(
        DossierEvidence(criterion_id=criterion.id, kind=EvidenceKind.UPLOAD,
                        document_id=document.id)
    )  # fmt: skip
    made.questions.append(DossierQuestion(question="Xin bổ sung bản gốc?"))
    factories.product(producer_=product.producer, category=product.category.slug)  # to enter
    db.session.flush()
    return made
