"""Payments: VietQR bank transfers, Stripe card checkout and its webhooks."""
