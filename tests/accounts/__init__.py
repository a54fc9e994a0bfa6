"""Accounts: log in and out, password reset, account rules."""
