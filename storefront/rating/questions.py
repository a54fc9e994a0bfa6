"""The council's questions on a sent dossier (about one criterion or the whole of it): a
member asks from the score screen, the producer is told by e-mail and answers in the portal."""

from flask_babel import lazy_gettext as _l

from storefront.accounts import audit
from storefront.accounts.models import User
from storefront.extensions import db
from storefront.links import external_url
from storefront.rating.errors import RatingError
from storefront.rating.notices import tell_owners
from storefront.rating.rounds import check_member, check_scoring_allowed
from storefront.rating.scoring_models import Dossier, DossierQuestion, DossierStatus

MAX_QUESTION = 2000


def ask(dossier: Dossier, member: User, criterion_id: int | None, text: str) -> DossierQuestion:
    check_member(dossier.round, member)
    check_scoring_allowed(dossier.round)
    if dossier.status != DossierStatus.SENT:
        raise RatingError(_l("Questions are asked while the council scores the dossier."))
    text = text.strip()
    if not text:
        raise RatingError(_l("Write the question."), "question")
    if len(text) > MAX_QUESTION:
        raise RatingError(_l("At most %(n)s characters.", n=MAX_QUESTION), "question")
    known = {c.id for c in dossier.scorecard.criteria}
    if criterion_id is not None and criterion_id not in known:
        raise RatingError(_l("Choose a criterion of this scorecard."), "about")
    question = DossierQuestion(
        dossier_id=dossier.id, criterion_id=criterion_id, asked_by_id=member.id, question=text
    )
    db.session.add(question)
    db.session.flush()
    audit.record("rating.question_asked", question, summary=text[:120])
    tell_owners(
        dossier.producer,
        "mail/rating/question_subject.txt",
        "mail/rating/question_body.txt",
        product=dossier.product,
        question=question,
        link=external_url("portal.dashboard"),
    )
    return question
