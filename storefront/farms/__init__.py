"""Orchards and their mango trees, the seasons they are offered for adoption, and their photos."""
