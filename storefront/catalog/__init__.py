"""The catalogue: OCOP groups, products, variants and their packaging photos."""
