"""Producers: OCOP subjects (cooperatives, enterprises, households) and their members."""
