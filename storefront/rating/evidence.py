"""Reads of a dossier's evidence, shared by the council's score screen, the office's pages
and the producer's dossier (portal, PDF and ZIP exports)."""

from collections import defaultdict

from storefront.rating.models import Criterion
from storefront.rating.scoring_models import Dossier, DossierEvidence


def evidence_by_criterion(dossier: Dossier) -> dict[Criterion, list[DossierEvidence]]:
    """Every criterion of the dossier's scorecard, in the scorecard's order, with the
    evidence given for it (an empty list: nothing given yet)."""
    given: dict[int, list[DossierEvidence]] = defaultdict(list)
    for piece in dossier.evidence:
        given[piece.criterion_id].append(piece)
    return {c: given.get(c.id, []) for c in dossier.scorecard.criteria}


def missing_criteria(dossier: Dossier) -> list[Criterion]:
    """The criteria with no evidence yet (what the producer still lacks)."""
    return [c for c, pieces in evidence_by_criterion(dossier).items() if not pieces]
