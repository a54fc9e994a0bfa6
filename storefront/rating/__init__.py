"""OCOP rating: the office's scorecards and rounds, the producers' digitised dossiers, the
council's independent scores and the decisions that grant a product its stars."""
