"""Users, roles, log in and sign-up."""
