"""The life cycles of a rating round (open -> scoring -> closed) and of a dossier (draft ->
sent -> decided): one state machine each (state_machine.py), each step a RatingEvent row."""

import enum

from flask_babel import lazy_gettext as _l

from storefront.extensions import db
from storefront.rating.models import RatingEvent, RatingRound, RoundStatus
from storefront.rating.scoring_models import Dossier, DossierStatus
from storefront.state_machine import Event, StateMachine


class RoundAction(enum.StrEnum):
    START_SCORING = "start_scoring"  # the office closes the dossier intake
    CLOSE = "close"  # every dossier decided (or the office ends the round)


class DossierAction(enum.StrEnum):
    SEND = "send"  # the producer sends it to the council
    DECIDE = "decide"  # the office records the decision


ROUND_TRANSITIONS: dict[tuple[RoundStatus, RoundAction], RoundStatus] = {
    (RoundStatus.OPEN, RoundAction.START_SCORING): RoundStatus.SCORING,
    (RoundStatus.OPEN, RoundAction.CLOSE): RoundStatus.CLOSED,
    (RoundStatus.SCORING, RoundAction.CLOSE): RoundStatus.CLOSED,
}
DOSSIER_TRANSITIONS: dict[tuple[DossierStatus, DossierAction], DossierStatus] = {
    (DossierStatus.DRAFT, DossierAction.SEND): DossierStatus.SENT,
    (DossierStatus.SENT, DossierAction.DECIDE): DossierStatus.DECIDED,
}


def _record(thing: RatingRound | Dossier, event: Event) -> None:
    db.session.add(RatingEvent(thing_id=thing.id, **vars(event)))


ROUND_MACHINE = StateMachine(
    "round", ROUND_TRANSITIONS, _record, _l("This round cannot be changed that way now.")
)
DOSSIER_MACHINE = StateMachine(
    "dossier", DOSSIER_TRANSITIONS, _record, _l("This dossier cannot be changed that way now.")
)
