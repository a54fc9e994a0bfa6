"""Stored images: the upload pipeline and the files it writes."""
