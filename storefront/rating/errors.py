"""The rating's refusals, each with its message for the office, the council or the producer."""

from storefront.domain_errors import DomainError


class RatingError(DomainError):
    """A rating request that cannot be carried out as asked; nothing of it is kept."""

    code = "rating_refused"


class NotOnRound(RatingError):
    """A council member asked for a round they do not sit on."""

    code = "not_on_round"
    status = 403


class ScoreFinal(RatingError):
    """A score once sent cannot change."""

    code = "score_final"
    status = 409


class RoundNotAccepting(RatingError):
    """The round's deadline for dossiers is past, or it is no longer open."""

    code = "round_not_accepting"
    status = 409
