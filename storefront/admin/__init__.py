"""The provincial OCOP office: producer approvals (reports and moderation come later)."""
