"""Home page and machine endpoints."""
